/* The expression parser (see parse.h). */
#include <string.h>
#include "parse.h"
#include "gc.h"
#include "exc.h"
#include "names.h"
#include "objstr.h"
#include "objint.h"
#include "objfloat.h"
#include "vstr.h"
#include "objtuple.h"
#include "vm.h"
#include "print.h"

#define MAX_PARSE_DEPTH 200

/* ---------------- arena ---------------- */

struct ArenaChunk {
    ArenaChunk *prev;
    size_t size;
    size_t data[];
};

#define ARENA_CHUNK (sizeof(Value) * 256)

void arena_init(Arena *a) { memset(a, 0, sizeof *a); }

void *arena_alloc(Arena *a, size_t n) {
    n = (n + sizeof(size_t) - 1) & ~(sizeof(size_t) - 1);
    if (!a->chunk || a->used + n > a->chunk->size) {
        size_t size = n > ARENA_CHUNK ? n : ARENA_CHUNK;
        ArenaChunk *c;
        if (a->spare && a->spare->size >= size) {
            c = a->spare;
            a->spare = NULL;
            memset(c->data, 0, c->size);
        } else {
            c = gc_alloc(sizeof(ArenaChunk) + size, 0);
            c->size = size;
        }
        c->prev = a->chunk;
        a->chunk = c;
        a->used = 0;
    }
    void *p = (char *)a->chunk->data + a->used;
    a->used += n;
    return p;
}

ArenaMark arena_mark(Arena *a) {
    ArenaMark m = {a->chunk, a->used};
    return m;
}

void arena_release(Arena *a, ArenaMark m) {
    while (a->chunk && a->chunk != m.chunk) {
        ArenaChunk *c = a->chunk;
        a->chunk = c->prev;
        if (!a->spare || c->size > a->spare->size) {
            if (a->spare) gc_free(a->spare);
            c->prev = NULL;
            a->spare = c;
        } else {
            gc_free(c);
        }
    }
    a->used = m.used;
    if (a->chunk) memset((char *)a->chunk->data + a->used, 0, a->chunk->size - a->used);
}

void arena_free(Arena *a) {
    ArenaMark m = {NULL, 0};
    arena_release(a, m);
    if (a->spare) gc_free(a->spare);
    a->spare = NULL;
}

/* ---------------- helpers ---------------- */

Node *node_new(Parser *p, int kind) {
    Node *n = arena_alloc(p->arena, sizeof(Node));
    n->kind = (uint8_t)kind;
    n->line = p->lx.tok.line;
    n->col = p->lx.tok.col;
    return n;
}

Value parse_private_prefix(Value name) {
    size_t n;
    const char *s = str_data(name, &n);
    /* The class name may be a static name in flash, and this file is built without -mforce-l32
     * (L32_OFF_SRCS, mk/firmware.mk): its bytes are looked at in a RAM copy ("_" + name). */
    Vstr v;
    vstr_init(&v, n + 1);
    vstr_addc(&v, '_');
    vstr_add(&v, s, n);
    size_t k = 1;
    while (k < v.len && v.buf[k] == '_') k++;
    Value r = V_NULL;   /* a class named only with underscores mangles nothing */
    if (k < v.len) {
        memmove(v.buf + 1, v.buf + k, v.len - k);
        r = name_from_str(v.buf, v.len - k + 1);
    }
    vstr_free(&v);
    return r;
}

Value parse_ident(Parser *p, const Token *t, bool *mangled) {
    const char *s = t->start;
    size_t n = t->len;
    bool private = p->private_prefix && n > 2 && s[0] == '_' && s[1] == '_' &&
                   !(s[n - 1] == '_' && s[n - 2] == '_');
    if (mangled) *mangled = private;
    if (!private) return name_from_str(s, n);
    size_t pn;
    const char *ps = str_data(p->private_prefix, &pn);
    Vstr v;
    vstr_init(&v, pn + n);
    vstr_add(&v, ps, pn);
    vstr_add(&v, s, n);
    Value r = name_from_str(v.buf, v.len);
    vstr_free(&v);
    return r;
}

void (parse_error)(Parser *p, const char *msg) { lex_error(&p->lx, NULL, msg); }

void (parse_error_node)(Parser *p, const Node *n, const char *msg) {
    /* Find the start of the node's line for the caret display. */
    const char *ls = p->lx.src;
    uint32_t line = p->lx.line;
    const char *q = p->lx.line_start;
    if (n->line <= line) {
        ls = q;
        while (line > n->line && ls > p->lx.src) {
            ls--;       /* the newline that ends the line above */
            line--;
            while (ls > p->lx.src && ls[-1] != '\n') ls--;
        }
        if (line != n->line) ls = q;
    }
    lex_error_at(&p->lx, n->line, ls, n->col, msg);
}

bool accept(Parser *p, int kind) {
    if (tok(p) != kind) return false;
    advance(p);
    return true;
}

void (expect)(Parser *p, int kind, const char *what) {
    if (tok(p) == kind) { advance(p); return; }
    if (what) parse_error(p, what);
    if (tok(p) == T_END && p->lx.repl_cont) parse_error(p, "incomplete input");
    parse_error(p, "invalid syntax");
}

static void enter(Parser *p) {
    vm_check_stack();   /* each level is several C frames: the board's stack is 8 kB */
    if (++p->depth > MAX_PARSE_DEPTH) parse_error(p, "too many nested parentheses");
}
static void leave(Parser *p) { p->depth--; }

bool tok_starts_expr(int k) {
    switch (k) {
    case T_NAME: case T_NUMBER: case T_STRING: case T_FALSE: case T_NONE: case T_TRUE:
    case T_LAMBDA: case T_NOT: case T_AWAIT: case T_LPAR: case T_LSQB: case T_LBRACE:
    case T_ELLIPSIS: case T_PLUS: case T_MINUS: case T_TILDE: case T_STAR:
        return true;
    default:
        return false;
    }
}

static Node *list_append(Node **head, Node **tail, Node *n) {
    if (*tail) (*tail)->next = n;
    else *head = n;
    *tail = n;
    return n;
}

static Node *make_const(Parser *p, Value v) {
    Node *n = node_new(p, ND_CONST);
    n->v = v;
    return n;
}

static Node *parse_atom(Parser *p);
static Node *parse_primary(Parser *p);
static Node *parse_comp_fors(Parser *p);
static Node *parse_or_test(Parser *p);
static Node *parse_yield(Parser *p);

/* ---------------- strings and f-strings ---------------- */

static Node *fstring_parts(Parser *p, const Token *t, const char **ps, const char *e, bool in_spec,
                           Node **tail_out);

/* Parses the replacement field starting after '{' at *ps; leaves *ps after its '}'. */
static Node *fstring_field(Parser *p, const Token *t, const char **ps, const char *e, Node **lit_head,
                           Node **lit_tail) {
    const char *s = *ps;
    const char *close = s;
    for (; close < e && *close != '}'; close++)
        if (*close == '\\') lex_error(&p->lx, t, "f-string expression part cannot include a backslash");
    if (close == e) lex_error(&p->lx, t, "f-string: expecting '}'");   /* f"{x" */
    Parser sub;
    sub.arena = p->arena;
    sub.depth = p->depth;
    sub.private_prefix = p->private_prefix;   /* f"{self.__x}" mangles as outside */
    /* The expression is lexed from the source itself, as if inside brackets. */
    uint32_t line = t->line;
    for (const char *q = t->start; q < s; q++) if (*q == '\n') line++;
    const char *ls = s;
    while (ls > p->lx.src && ls[-1] != '\n') ls--;
    lex_init(&sub.lx, s, (size_t)(e - s), p->lx.filename, line);
    sub.lx.src = p->lx.src;
    sub.lx.line_start = ls;
    sub.lx.paren = 1;
    sub.lx.at_bol = false;
    lex_next(&sub.lx);
    while (tok(&sub) == T_NEWLINE) lex_next(&sub.lx);
    if (tok(&sub) == T_RBRACE || tok(&sub) == T_END || tok(&sub) == T_BANG || tok(&sub) == T_COLON)
        lex_error(&p->lx, t, "f-string: empty expression not allowed");
    /* CPython 3.11 prefixes errors inside the expression with "f-string: " */
    Node *volatile expr = NULL;
    ExcFrame ef;
    if (EXC_TRY(ef)) {
        if (tok(&sub) == T_YIELD) expr = parse_yield(&sub);
        else expr = parse_expr_list(&sub, true, false);
        exc_end(&ef);
    } else {
        Exception *x = V_PTR(ef.exc);
        size_t n;
        const char *m = type_of(ef.exc) == &exc_SyntaxError && is_type(x->args, &tuple_type) &&
                        tuple_len(x->args) == 2 && str_is(tuple_items(x->args)[0])
                        ? str_data(tuple_items(x->args)[0], &n) : NULL;
        if (!m || (n >= 8 && memcmp(m, "f-string", 8) == 0)) exc_raise(ef.exc);
        Vstr v;
        vstr_init(&v, n + 10);
        vstr_add(&v, "f-string: ", 10);
        vstr_add(&v, m, n);
        Value args[2] = {vstr_to_str(&v), tuple_items(x->args)[1]};
        exc_raise(exc_new(&exc_SyntaxError, tuple_from_array(args, 2)));
    }
    Node *fv = node_new(p, ND_FMTVAL);
    fv->line = expr->line;
    fv->a = expr;
    const char *q = sub.lx.tok.start;
    if (sub.lx.tok.kind == T_END) q = e;
    if (q < e && *q == '=' && q + 1 < e && q[1] != '=') {
        /* self-documenting: the expression text and '=' become literal text */
        const char *txt_end = q + 1;
        while (txt_end < e && (*txt_end == ' ')) txt_end++;
        Vstr v;
        vstr_init(&v, (size_t)(txt_end - s));
        vstr_add(&v, s, (size_t)(txt_end - s));
        Node *lit = make_const(p, vstr_to_str(&v));
        list_append(lit_head, lit_tail, lit);
        fv->op = 'r';
        fv->n = 1;  /* default conversion; a format spec switches it to format() */
        q = txt_end;
    }
    if (q < e && *q == '!') {
        q++;
        if (q >= e || (*q != 's' && *q != 'r' && *q != 'a'))
            lex_error(&p->lx, t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        fv->op = (uint8_t)*q++;
        fv->n = 0;
    }
    if (q < e && *q == ':') {
        q++;
        Node *tail = NULL;
        Node *spec = node_new(p, ND_FSTRING);
        spec->a = fstring_parts(p, t, &q, e, true, &tail);
        fv->b = spec;
        if (fv->n == 1) fv->op = 0;
    }
    if (q >= e || *q != '}') lex_error(&p->lx, t, "f-string: expecting '}'");
    *ps = q + 1;
    return fv;
}

static Node *fstring_parts(Parser *p, const Token *t, const char **ps, const char *e, bool in_spec,
                           Node **tail_out) {
    Node *head = NULL, *tail = NULL;
    const char *s = *ps;
    bool raw = t->flags & STR_RAW;
    Vstr lit;
    vstr_init(&lit, 16);
    for (;;) {
        const char *start = s;
        while (s < e && *s != '{' && *s != '}') {
            if (*s == '\\' && !raw && s + 1 < e) s++;
            s++;
        }
        if (s > start) lex_decode(&p->lx, t, start, s, &lit);
        if (s >= e) break;
        if (*s == '{' && !in_spec && s + 1 < e && s[1] == '{') { vstr_addc(&lit, '{'); s += 2; continue; }
        if (*s == '}' && !in_spec && s + 1 < e && s[1] == '}') { vstr_addc(&lit, '}'); s += 2; continue; }
        if (*s == '}') {
            if (in_spec) break;
            lex_error(&p->lx, t, "f-string: single '}' is not allowed");
        }
        /* '{' */
        if (lit.len) {
            list_append(&head, &tail, make_const(p, vstr_to_str(&lit)));
            vstr_init(&lit, 16);
        }
        s++;
        Node *fv = fstring_field(p, t, &s, e, &head, &tail);
        list_append(&head, &tail, fv);
    }
    if (lit.len) list_append(&head, &tail, make_const(p, vstr_to_str(&lit)));
    *ps = s;
    if (tail_out) *tail_out = tail;
    return head;
}

Node *parse_strings(Parser *p) {
    Node *head = NULL, *tail = NULL;
    bool any_fmt = false, bytes = p->lx.tok.flags & STR_BYTES;
    uint32_t line = p->lx.tok.line;
    uint16_t col = p->lx.tok.col;
    Vstr acc;
    vstr_init(&acc, 16);
    while (tok(p) == T_STRING) {
        Token t = p->lx.tok;
        if (((t.flags & STR_BYTES) != 0) != bytes) parse_error(p, "cannot mix bytes and nonbytes literals");
        if (t.flags & STR_FMT) {
            any_fmt = true;
            if (acc.len) {
                list_append(&head, &tail, make_const(p, vstr_to_str(&acc)));
                vstr_init(&acc, 16);
            }
            const char *s = t.start + t.body;
            Node *parts_tail = NULL;
            Node *parts = fstring_parts(p, &t, &s, s + t.body_len, false, &parts_tail);
            if (parts) {
                if (tail) tail->next = parts;
                else head = parts;
                tail = parts_tail;
            }
        } else {
            lex_string_into(&p->lx, &t, &acc);
        }
        advance(p);
    }
    Node *n;
    if (!any_fmt) {
        n = make_const(p, bytes ? vstr_to_bytes(&acc) : str_intern_maybe(vstr_to_str(&acc)));
    } else {
        if (acc.len) list_append(&head, &tail, make_const(p, vstr_to_str(&acc)));
        n = node_new(p, ND_FSTRING);
        n->a = head;
    }
    n->line = line;
    n->col = col;
    return n;
}

/* ---------------- atoms and trailers ---------------- */

Node *parse_arguments(Parser *p) {
    Node *head = NULL, *tail = NULL;
    bool seen_kw = false, seen_dstar = false;
    int count = 0;
    while (tok(p) != T_RPAR) {
        Node *arg;
        if (accept(p, T_STAR)) {
            if (seen_dstar) parse_error(p, "iterable argument unpacking follows keyword argument unpacking");
            arg = node_new(p, ND_STARRED);
            arg->a = parse_expr(p);
        } else if (accept(p, T_DSTAR)) {
            arg = node_new(p, ND_DSTAR);
            arg->a = parse_expr(p);
            seen_dstar = true;
        } else {
            Node *e = parse_named_expr(p);
            if (tok(p) == T_ASSIGN) {
                if (e->kind != ND_NAME)
                    parse_error_node(p, e, "expression cannot contain assignment, perhaps you meant \"==\"?");
                advance(p);
                arg = node_new(p, ND_KWARG);
                arg->v = e->v;
                if (e->n) {
                    size_t len, pn;
                    const char *nm = str_data(e->v, &len);
                    str_data(p->private_prefix, &pn);
                    arg->v = name_from_str(nm + pn, len - pn);
                }
                arg->line = e->line;
                arg->col = e->col;
                arg->a = parse_expr(p);
                seen_kw = true;
            } else if (tok(p) == T_FOR) {
                Node *g = node_new(p, ND_GENEXP);
                g->line = e->line;
                g->col = e->col;
                g->a = e;
                g->b = parse_comp_fors(p);
                arg = g;
                if (count > 0 || tok(p) == T_COMMA) {
                    accept(p, T_COMMA);
                    if (tok(p) != T_RPAR || count > 0)
                        parse_error_node(p, g, "Generator expression must be parenthesized");
                }
            } else {
                if (seen_dstar) parse_error_node(p, e, "positional argument follows keyword argument unpacking");
                if (seen_kw) parse_error_node(p, e, "positional argument follows keyword argument");
                arg = e;
            }
        }
        list_append(&head, &tail, arg);
        count++;
        if (!accept(p, T_COMMA)) break;
    }
    expect(p, T_RPAR, NULL);
    return head;
}

static Node *parse_slice_item(Parser *p) {
    Node *lo = NULL;
    if (tok(p) != T_COLON) {
        if (tok(p) == T_STAR) {
            advance(p);
            Node *s = node_new(p, ND_STARRED);
            s->a = parse_or_expr(p);
            return s;
        }
        lo = parse_named_expr(p);
        if (tok(p) != T_COLON) return lo;
    }
    Node *s = node_new(p, ND_SLICE);
    if (lo) { s->line = lo->line; s->col = lo->col; }
    s->a = lo;
    advance(p);  /* ':' */
    if (tok(p) != T_COLON && tok(p) != T_RSQB && tok(p) != T_COMMA) s->b = parse_expr(p);
    if (accept(p, T_COLON)) {
        if (tok(p) != T_RSQB && tok(p) != T_COMMA) s->c = parse_expr(p);
    }
    return s;
}

static Node *parse_subscript(Parser *p) {
    Node *first = parse_slice_item(p);
    if (tok(p) != T_COMMA) {
        if (first->kind == ND_STARRED) goto tuple;
        return first;
    }
tuple:;
    Node *t = node_new(p, ND_TUPLE);
    t->line = first->line;
    t->col = first->col;
    Node *head = first, *tail = first;
    while (accept(p, T_COMMA)) {
        if (tok(p) == T_RSQB) break;
        list_append(&head, &tail, parse_slice_item(p));
    }
    t->a = head;
    return t;
}

static Node *parse_primary(Parser *p) {
    Node *n = parse_atom(p);
    for (;;) {
        int k = tok(p);
        if (k == T_LPAR) {
            Node *c = node_new(p, ND_CALL);
            c->line = n->line;
            c->col = n->col;
            advance(p);
            enter(p);
            c->a = n;
            c->b = parse_arguments(p);
            leave(p);
            n = c;
        } else if (k == T_LSQB) {
            Node *s = node_new(p, ND_SUBSCR);
            s->line = n->line;
            s->col = n->col;
            advance(p);
            enter(p);
            s->a = n;
            s->b = parse_subscript(p);
            leave(p);
            expect(p, T_RSQB, NULL);
            n = s;
        } else if (k == T_DOT) {
            advance(p);
            if (tok(p) != T_NAME) parse_error(p, "invalid syntax");
            Node *a = node_new(p, ND_ATTR);
            a->line = n->line;
            a->col = n->col;
            a->a = n;
            a->v = parse_ident(p, &p->lx.tok, NULL);
            advance(p);
            n = a;
        } else {
            return n;
        }
    }
}

static Node *parse_comp_fors(Parser *p) {
    Node *head = NULL, *tail = NULL;
    while (tok(p) == T_FOR) {
        Node *f = node_new(p, ND_COMPFOR);
        advance(p);
        f->a = parse_target_list(p);
        expect(p, T_IN, NULL);
        f->b = parse_or_test(p);
        Node *ch = NULL, *ct = NULL;
        while (tok(p) == T_IF) {
            advance(p);
            list_append(&ch, &ct, parse_or_test(p));
        }
        f->c = ch;
        list_append(&head, &tail, f);
        if (tok(p) == T_ASYNC) parse_error(p, "asynchronous comprehensions are not supported");
    }
    return head;
}

static Node *parse_display_elem(Parser *p) {
    if (accept(p, T_STAR)) {
        Node *s = node_new(p, ND_STARRED);
        s->a = parse_or_expr(p);
        return s;
    }
    return parse_named_expr(p);
}

/* After '(' : tuple, parenthesised expression, generator expression or yield. */
static Node *parse_paren(Parser *p, uint32_t line, uint16_t col) {
    if (tok(p) == T_RPAR) {
        advance(p);
        Node *t = node_new(p, ND_TUPLE);
        t->line = line;
        t->col = col;
        return t;
    }
    if (tok(p) == T_YIELD) {
        Node *y = parse_yield(p);
        expect(p, T_RPAR, NULL);
        return y;
    }
    Node *first = parse_display_elem(p);
    if (tok(p) == T_FOR) {
        if (first->kind == ND_STARRED) parse_error_node(p, first, "iterable unpacking cannot be used in comprehension");
        Node *g = node_new(p, ND_GENEXP);
        g->line = line;
        g->col = col;
        g->a = first;
        g->b = parse_comp_fors(p);
        expect(p, T_RPAR, NULL);
        return g;
    }
    if (tok(p) == T_RPAR) {
        advance(p);
        if (first->kind == ND_STARRED) parse_error_node(p, first, "cannot use starred expression here");
        return first;
    }
    Node *t = node_new(p, ND_TUPLE);
    t->line = line;
    t->col = col;
    Node *head = first, *tail = first;
    while (accept(p, T_COMMA)) {
        if (tok(p) == T_RPAR) break;
        list_append(&head, &tail, parse_display_elem(p));
    }
    t->a = head;
    expect(p, T_RPAR, NULL);
    return t;
}

static Node *parse_list_display(Parser *p, uint32_t line, uint16_t col) {
    Node *l = node_new(p, ND_LIST);
    l->line = line;
    l->col = col;
    if (accept(p, T_RSQB)) return l;
    Node *first = parse_display_elem(p);
    if (tok(p) == T_FOR) {
        if (first->kind == ND_STARRED) parse_error_node(p, first, "iterable unpacking cannot be used in comprehension");
        l->kind = ND_LISTCOMP;
        l->a = first;
        l->b = parse_comp_fors(p);
        expect(p, T_RSQB, NULL);
        return l;
    }
    Node *head = first, *tail = first;
    while (accept(p, T_COMMA)) {
        if (tok(p) == T_RSQB) break;
        list_append(&head, &tail, parse_display_elem(p));
    }
    l->a = head;
    expect(p, T_RSQB, NULL);
    return l;
}

static Node *parse_brace_display(Parser *p, uint32_t line, uint16_t col) {
    Node *d = node_new(p, ND_DICT);
    d->line = line;
    d->col = col;
    if (accept(p, T_RBRACE)) return d;
    Node *head = NULL, *tail = NULL;
    bool is_dict;
    Node *first;
    if (accept(p, T_DSTAR)) {
        first = node_new(p, ND_DSTAR);
        first->a = parse_or_expr(p);
        is_dict = true;
    } else {
        Node *e = parse_display_elem(p);
        if (e->kind != ND_STARRED && accept(p, T_COLON)) {
            first = node_new(p, ND_PAIR);
            first->line = e->line;
            first->a = e;
            first->b = parse_expr(p);
            is_dict = true;
        } else {
            first = e;
            is_dict = false;
        }
    }
    if (tok(p) == T_FOR) {
        if (first->kind == ND_DSTAR) parse_error_node(p, first, "dict unpacking cannot be used in dict comprehension");
        if (first->kind == ND_STARRED) parse_error_node(p, first, "iterable unpacking cannot be used in comprehension");
        d->kind = is_dict ? ND_DICTCOMP : ND_SETCOMP;
        d->a = first;
        d->b = parse_comp_fors(p);
        expect(p, T_RBRACE, NULL);
        return d;
    }
    list_append(&head, &tail, first);
    while (accept(p, T_COMMA)) {
        if (tok(p) == T_RBRACE) break;
        if (is_dict) {
            if (accept(p, T_DSTAR)) {
                Node *ds = node_new(p, ND_DSTAR);
                ds->a = parse_or_expr(p);
                list_append(&head, &tail, ds);
            } else {
                Node *pair = node_new(p, ND_PAIR);
                pair->a = parse_expr(p);
                expect(p, T_COLON, "':' expected after dictionary key");
                pair->b = parse_expr(p);
                list_append(&head, &tail, pair);
            }
        } else {
            list_append(&head, &tail, parse_display_elem(p));
        }
    }
    expect(p, T_RBRACE, NULL);
    d->kind = is_dict ? ND_DICT : ND_SET;
    d->a = head;
    return d;
}

static Node *parse_atom(Parser *p) {
    Token t = p->lx.tok;
    Node *n;
    switch (t.kind) {
    case T_NAME:
        n = node_new(p, ND_NAME);
        bool mangled;
        n->v = parse_ident(p, &t, &mangled);
        n->n = mangled;   /* a keyword argument takes the name as written */
        advance(p);
        return n;
    case T_NUMBER:
        n = make_const(p, lex_number(&p->lx, &p->lx.tok));
        advance(p);
        return n;
    case T_STRING:
        return parse_strings(p);
    case T_NONE: n = make_const(p, V_NONE); advance(p); return n;
    case T_TRUE: n = make_const(p, V_TRUE); advance(p); return n;
    case T_FALSE: n = make_const(p, V_FALSE); advance(p); return n;
    case T_ELLIPSIS: n = make_const(p, V_ELLIPSIS); advance(p); return n;
    case T_LPAR:
        advance(p);
        enter(p);
        n = parse_paren(p, t.line, t.col);
        leave(p);
        return n;
    case T_LSQB:
        advance(p);
        enter(p);
        n = parse_list_display(p, t.line, t.col);
        leave(p);
        return n;
    case T_LBRACE:
        advance(p);
        enter(p);
        n = parse_brace_display(p, t.line, t.col);
        leave(p);
        return n;
    case T_AWAIT: case T_ASYNC:
        parse_error(p, "async and await are not supported");
    case T_END:
        if (p->lx.repl_cont) parse_error(p, "incomplete input");
        parse_error(p, "invalid syntax");
    case T_NEWLINE: case T_INDENT: case T_DEDENT:
        parse_error(p, t.kind == T_INDENT ? ES_SMSG("unexpected indent") : ES_SMSG("invalid syntax"));
    default:
        parse_error(p, "invalid syntax");
    }
}

/* ---------------- operators ---------------- */

static Node *parse_factor(Parser *p);

static Node *parse_power(Parser *p) {
    Node *n = parse_primary(p);
    if (tok(p) == T_DSTAR) {
        Node *b = node_new(p, ND_BINOP);
        b->line = n->line;
        b->col = n->col;
        advance(p);
        b->op = OP_POW;
        b->a = n;
        enter(p);
        b->b = parse_factor(p);
        leave(p);
        return b;
    }
    return n;
}

/* Folds unary minus/plus/invert of a numeric constant at compile time. */
static Node *fold_unary(Node *u) {
    Node *a = u->a;
    if (a->kind != ND_CONST) return u;
    Value v = a->v;
    if (V_IS_INT(v)) {
        Int i = V_INT(v);
        if (u->op == UOP_NEG && i != SMALLINT_MIN) { a->v = int_from_int(-i); }
        else if (u->op == UOP_POS) { }
        else if (u->op == UOP_INVERT) { a->v = V_MKINT(~i); }
        else return u;
    } else if (is_type(v, &float_type)) {
        if (u->op == UOP_NEG) a->v = float_new(-float_value(v));
        else if (u->op != UOP_POS) return u;
    } else {
        return u;
    }
    a->line = u->line;
    a->col = u->col;
    return a;
}

static Node *parse_factor(Parser *p) {
    int k = tok(p);
    if (k == T_MINUS || k == T_PLUS || k == T_TILDE) {
        Node *u = node_new(p, ND_UNARY);
        advance(p);
        u->op = k == T_MINUS ? UOP_NEG : k == T_PLUS ? UOP_POS : UOP_INVERT;
        enter(p);
        u->a = parse_factor(p);
        leave(p);
        return fold_unary(u);
    }
    return parse_power(p);
}

/* Binary operator precedence: higher binds tighter; 0 = not a binary operator. */
static int binop_prec(int k, int *op) {
    switch (k) {
    case T_PIPE: *op = OP_OR; return 1;
    case T_CARET: *op = OP_XOR; return 2;
    case T_AMP: *op = OP_AND; return 3;
    case T_LSHIFT: *op = OP_LSHIFT; return 4;
    case T_RSHIFT: *op = OP_RSHIFT; return 4;
    case T_PLUS: *op = OP_ADD; return 5;
    case T_MINUS: *op = OP_SUB; return 5;
    case T_STAR: *op = OP_MUL; return 6;
    case T_SLASH: *op = OP_TRUEDIV; return 6;
    case T_DSLASH: *op = OP_FLOORDIV; return 6;
    case T_PERCENT: *op = OP_MOD; return 6;
    case T_AT: *op = OP_MATMUL; return 6;
    default: return 0;
    }
}

static Node *parse_binary(Parser *p, int min_prec) {
    Node *lhs = parse_factor(p);
    for (;;) {
        int op;
        int prec = binop_prec(tok(p), &op);
        if (prec == 0 || prec < min_prec) return lhs;
        Node *b = node_new(p, ND_BINOP);
        b->line = lhs->line;
        b->col = lhs->col;
        advance(p);
        b->op = (uint8_t)op;
        b->a = lhs;
        enter(p);
        b->b = parse_binary(p, prec + 1);
        leave(p);
        lhs = b;
    }
}

Node *parse_or_expr(Parser *p) { return parse_binary(p, 1); }

static int compare_op(Parser *p) {
    switch (tok(p)) {
    case T_LT: advance(p); return OP_LT;
    case T_GT: advance(p); return OP_GT;
    case T_LE: advance(p); return OP_LE;
    case T_GE: advance(p); return OP_GE;
    case T_EQEQ: advance(p); return OP_EQ;
    case T_NE: advance(p); return OP_NE;
    case T_IN: advance(p); return OP_CONTAINS;
    case T_NOT:
        advance(p);
        expect(p, T_IN, NULL);
        return CMP_NOT_IN;
    case T_IS:
        advance(p);
        if (accept(p, T_NOT)) return CMP_IS_NOT;
        return CMP_IS;
    default:
        return -1;
    }
}

static Node *parse_comparison(Parser *p) {
    Node *lhs = parse_or_expr(p);
    int op = compare_op(p);
    if (op < 0) return lhs;
    Node *c = node_new(p, ND_COMPARE);
    c->line = lhs->line;
    c->col = lhs->col;
    c->a = lhs;
    Node *head = NULL, *tail = NULL;
    while (op >= 0) {
        Node *o = node_new(p, ND_CMPOP);
        o->op = (uint8_t)op;
        o->a = parse_or_expr(p);
        list_append(&head, &tail, o);
        c->n++;
        op = compare_op(p);
    }
    c->b = head;
    return c;
}

static Node *parse_not_test(Parser *p) {
    if (tok(p) == T_NOT) {
        Node *n = node_new(p, ND_NOT);
        advance(p);
        enter(p);
        n->a = parse_not_test(p);
        leave(p);
        if (n->a->kind == ND_CONST && (n->a->v == V_TRUE || n->a->v == V_FALSE)) {
            n->a->v = V_BOOL(n->a->v == V_FALSE);
            return n->a;
        }
        return n;
    }
    return parse_comparison(p);
}

static Node *parse_bool_chain(Parser *p, int kind) {
    Node *first = kind == ND_AND ? parse_not_test(p) : parse_bool_chain(p, ND_AND);
    int k = kind == ND_AND ? T_AND : T_OR;
    if (tok(p) != k) return first;
    Node *n = node_new(p, kind);
    n->line = first->line;
    n->col = first->col;
    Node *head = first, *tail = first;
    while (accept(p, k)) {
        list_append(&head, &tail, kind == ND_AND ? parse_not_test(p) : parse_bool_chain(p, ND_AND));
        n->n++;
    }
    n->a = head;
    return n;
}

static Node *parse_or_test(Parser *p) { return parse_bool_chain(p, ND_OR); }

static Node *parse_lambda(Parser *p) {
    Node *l = node_new(p, ND_LAMBDA);
    advance(p);
    l->a = parse_params(p, true);
    expect(p, T_COLON, NULL);
    enter(p);
    l->b = parse_expr(p);
    leave(p);
    return l;
}

/* Inside brackets an expression followed by the start of another: CPython's hint.  (A name
 * then a string is left alone, as CPython does: print "x" has its own message.) */
static void check_missing_comma(Parser *p, Node *n) {
    if (p->lx.paren <= 0) return;
    switch (tok(p)) {
    case T_STRING:
        if (n->kind == ND_NAME) return;
        /* fall through */
    case T_NAME: case T_NUMBER: case T_FALSE: case T_NONE: case T_TRUE: case T_LAMBDA:
    case T_ELLIPSIS: case T_LBRACE: case T_TILDE:
        if (!p->lx.repl_cont) lex_report_unclosed(&p->lx);   /* CPython blames a bracket never closed first */
        parse_error_node(p, n, "invalid syntax. Perhaps you forgot a comma?");
    default:
        return;
    }
}

Node *parse_expr(Parser *p) {
    if (tok(p) == T_LAMBDA) return parse_lambda(p);
    Node *n = parse_or_test(p);
    check_missing_comma(p, n);
    if (tok(p) == T_IF) {
        Node *c = node_new(p, ND_IFEXP);
        c->line = n->line;
        c->col = n->col;
        advance(p);
        c->b = n;
        c->a = parse_or_test(p);
        if (tok(p) != T_ELSE) parse_error(p, "expected 'else' after 'if' expression");
        advance(p);
        enter(p);
        c->c = parse_expr(p);
        leave(p);
        return c;
    }
    return n;
}

Node *parse_named_expr(Parser *p) {
    Node *n = parse_expr(p);
    if (tok(p) == T_WALRUS) {
        if (n->kind != ND_NAME) parse_error_node(p, n, "cannot use assignment expressions with this expression");
        Node *w = node_new(p, ND_WALRUS);
        w->line = n->line;
        w->col = n->col;
        advance(p);
        w->a = n;
        w->b = parse_expr(p);
        return w;
    }
    return n;
}

Node *parse_expr_list(Parser *p, bool star, bool walrus) {
    uint32_t line = p->lx.tok.line;
    uint16_t col = p->lx.tok.col;
    Node *first;
    if (star && tok(p) == T_STAR) {
        advance(p);
        first = node_new(p, ND_STARRED);
        first->line = line;
        first->col = col;
        first->a = parse_or_expr(p);
    } else {
        first = walrus ? parse_named_expr(p) : parse_expr(p);
    }
    if (tok(p) != T_COMMA) {
        return first;
    }
    Node *t = node_new(p, ND_TUPLE);
    t->line = line;
    t->col = col;
    Node *head = first, *tail = first;
    while (accept(p, T_COMMA)) {
        if (!tok_starts_expr(tok(p))) break;
        Node *e;
        if (star && tok(p) == T_STAR) {
            e = node_new(p, ND_STARRED);
            advance(p);
            e->a = parse_or_expr(p);
        } else {
            e = walrus ? parse_named_expr(p) : parse_expr(p);
        }
        list_append(&head, &tail, e);
    }
    t->a = head;
    return t;
}

static Node *parse_yield(Parser *p) {
    Node *y = node_new(p, ND_YIELD);
    advance(p);
    if (accept(p, T_FROM)) {
        y->kind = ND_YIELDFROM;
        y->a = parse_expr(p);
        return y;
    }
    if (tok_starts_expr(tok(p))) y->a = parse_expr_list(p, true, false);
    return y;
}

Node *parse_star_exprs_or_yield(Parser *p) {
    if (tok(p) == T_YIELD) return parse_yield(p);
    return parse_expr_list(p, true, false);   /* statement level: no bare x := 1 */
}

static Node *parse_target_atom(Parser *p) {
    if (tok(p) == T_STAR) {
        Node *s = node_new(p, ND_STARRED);
        advance(p);
        s->a = parse_or_expr(p);
        return s;
    }
    return parse_or_expr(p);
}

Node *parse_target_list(Parser *p) {
    Node *first = parse_target_atom(p);
    if (tok(p) != T_COMMA) return first;
    Node *t = node_new(p, ND_TUPLE);
    t->line = first->line;
    t->col = first->col;
    Node *head = first, *tail = first;
    while (accept(p, T_COMMA)) {
        if (tok(p) == T_IN || tok(p) == T_ASSIGN) break;
        list_append(&head, &tail, parse_target_atom(p));
    }
    t->a = head;
    return t;
}

/* ---------------- parameters ---------------- */

Node *parse_params(Parser *p, bool is_lambda) {
    Node *ps = node_new(p, ND_PARAMS);
    Node *head = NULL, *tail = NULL;
    int end = is_lambda ? T_COLON : T_RPAR;
    int kind = PARAM_POS;
    bool seen_default = false, seen_varkw = false, seen_star = false;
    int npos = 0;
    while (tok(p) != end) {
        if (seen_varkw) parse_error(p, "arguments cannot follow var-keyword argument");
        if (accept(p, T_SLASH)) {
            if (seen_star || kind != PARAM_POS) parse_error(p, "/ must be ahead of *");
            if (!head) parse_error(p, "at least one argument must precede /");
            for (Node *q = head; q; q = q->next) q->op = PARAM_POSONLY;
            ps->op = 1;
            if (!accept(p, T_COMMA)) break;
            continue;
        }
        Node *prm = node_new(p, ND_PARAM);
        Token star_tok = p->lx.tok;
        if (accept(p, T_STAR)) {
            if (seen_star) parse_error(p, "* argument may appear only once");
            seen_star = true;
            if (tok(p) == T_COMMA || tok(p) == end) {
                /* bare '*': keyword-only parameters follow (not just **kwargs) */
                kind = PARAM_KWONLY;
                if (tok(p) == T_COMMA) advance(p);
                if (tok(p) == end || tok(p) == T_DSTAR)
                    lex_error(&p->lx, &star_tok, "named arguments must follow bare *");
                continue;
            }
            prm->op = PARAM_VARARGS;
            kind = PARAM_KWONLY;
        } else if (accept(p, T_DSTAR)) {
            prm->op = PARAM_VARKW;
            seen_varkw = true;
        } else {
            prm->op = (uint8_t)kind;
        }
        if (tok(p) != T_NAME) parse_error(p, "invalid syntax");
        prm->v = parse_ident(p, &p->lx.tok, NULL);
        prm->line = p->lx.tok.line;
        prm->col = p->lx.tok.col;
        for (Node *q = head; q; q = q->next)
            if (q->v == prm->v) {
                parse_error(p, cstr_printf("duplicate argument '%n' in function definition", prm->v));
            }
        advance(p);
        if (!is_lambda && accept(p, T_COLON)) parse_expr(p);  /* annotation: parsed, ignored */
        if (accept(p, T_ASSIGN)) {
            if (prm->op == PARAM_VARARGS || prm->op == PARAM_VARKW)
                parse_error(p, prm->op == PARAM_VARARGS ? ES_SMSG("var-positional argument cannot have default value")
                                                         : ES_SMSG("var-keyword argument cannot have default value"));
            prm->a = parse_expr(p);
            if (prm->op != PARAM_KWONLY) seen_default = true;
        } else if (seen_default && (prm->op == PARAM_POS || prm->op == PARAM_POSONLY)) {
            parse_error(p, "non-default argument follows default argument");
        }
        if (prm->op == PARAM_POS || prm->op == PARAM_POSONLY) npos++;
        list_append(&head, &tail, prm);
        if (!accept(p, T_COMMA)) break;
    }
    if (tok(p) != end) parse_error(p, "invalid syntax");
    ps->a = head;
    ps->n = (uint16_t)npos;
    return ps;
}
