/* The re module (MicroPython's ure) over the regex engine of lib/regex.h (docs/regex.md).
 *
 * The engine works on UTF-8 bytes for str patterns; Python positions are code points, so
 * pos/endpos are converted to byte offsets before a match and spans back to code points when
 * a Match is asked for them (slices of the text need no conversion).  A compiled program is a
 * pointer-free block on the GC heap; each match takes work memory from the GC heap too,
 * doubled and retried on RE_ERR_WORK.  Like CPython there is no step limit: a runaway match
 * runs until Ctrl-C, which the engine's poll callback notices. */
#include <string.h>
#include <stddef.h>
#include "regex.h"
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objint.h"
#include "objstr.h"
#include "objbytes.h"
#include "objtuple.h"
#include "objlist.h"
#include "objdict.h"
#include "objfun.h"
#include "objtype.h"
#include "objmodule.h"
#include "vstr.h"
#include "vm.h"

#define CACHE_SIZE 8        /* compiled patterns kept by the module functions */

extern const Type pattern_type, match_type, scanner_type;
extern const BuiltinModule mod_re;

/* re.error(msg, pattern, pos): attributes msg, pattern, pos, lineno, colno */
TYPE_HEAD_ONLY(re_error_type, TF_BASETYPE | TF_EXCEPTION | TF_HAS_DICT,
    .type = &type_type, .name = V_MKNAME(N_error), .base = &exc_Exception,
    .instance_size = sizeof(Exception), .dict_offset = offsetof(Exception, attrs));

typedef struct {
    Object base;
    Value pattern;        /* the str or bytes it was compiled from */
    re_prog *prog;        /* GC leaf memory */
    int flags;            /* pattern.flags */
    unsigned ngroups;
    bool bytes;
} Pattern;

typedef struct {
    Object base;
    Value re;             /* the Pattern */
    Value string;         /* the subject as given */
    Value text;           /* its str/bytes data (see get_text) */
    Int pos, endpos;      /* as Python sees them (code points) */
    unsigned lastindex;   /* 0: None */
    size_t spans[];       /* 2 * (ngroups + 1) byte offsets, RE_UNSET when unmatched */
} Match;

/* ---------------- text ---------------- */

typedef struct {
    Value obj;            /* a str or bytes holding the data (a copy of a bytearray subject) */
    const char *data;
    size_t len;
    bool bytes;
    bool ascii;           /* byte offsets are code point indices */
} Text;

/* The subject's text.  A mutable subject (bytearray, memoryview) is copied first, so that
 * code run during sub() or between finditer steps cannot pull the data from under a match. */
static void get_text(Pattern *p, Value s, Text *t) {
    if (str_is(s)) {
        if (p->bytes) exc_raise_msg(&exc_TypeError, "cannot use a bytes pattern on a string-like object");
        t->obj = s;
        t->data = str_data(s, &t->len);
        t->ascii = str_nchars(s) == t->len;
        t->bytes = false;
        return;
    }
    if (!bytes_get_data(s, &t->data, &t->len))
        exc_raise_msg(&exc_TypeError, "expected string or bytes-like object, got '%T'", s);
    if (!p->bytes) exc_raise_msg(&exc_TypeError, "cannot use a string pattern on a bytes-like object");
    if (!is_type(s, &bytes_type)) {
        s = bytes_new((const uint8_t *)t->data, t->len);
        bytes_get_data(s, &t->data, &t->len);
    }
    t->obj = s;
    t->bytes = true;
    t->ascii = true;
}

static size_t to_chars(const Text *t, size_t off) { return t->ascii ? off : utf8_count(t->data, off); }

static size_t to_bytes(const Text *t, size_t chars) {
    if (t->ascii) return chars < t->len ? chars : t->len;
    const char *p = t->data, *e = t->data + t->len;
    while (chars > 0 && p < e) {
        p++;
        while (p < e && ((uint8_t)*p & 0xC0) == 0x80) p++;
        chars--;
    }
    return (size_t)(p - t->data);
}

static Value slice(const Text *t, size_t a, size_t b) {
    return t->bytes ? bytes_new((const uint8_t *)t->data + a, b - a) : str_new(t->data + a, b - a);
}

/* ---------------- errors ---------------- */

static size_t char_pos(const char *s, size_t byte_pos, bool bytes) { return bytes ? byte_pos : utf8_count(s, byte_pos); }

/* CPython's re.error: "msg at position N" (and "(line L, column C)" for multi-line patterns). */
static ES_NORETURN void raise_error(const re_error *err, Value pattern, const char *src, size_t srclen, bool bytes) {
    switch (err->code) {
    case RE_ERR_OVERFLOW: exc_raise_msg(&exc_OverflowError, "%s", err->msg);
    case RE_ERR_VALUE: exc_raise_msg(&exc_ValueError, "%s", err->msg);
    case RE_ERR_INDEX: exc_raise_msg(&exc_IndexError, "%s", err->msg);
    case RE_ERR_LIMIT: exc_raise_msg(&exc_NotImplementedError, "%s", err->msg);
    default: break;
    }
    Vstr v;
    vstr_init(&v, 64);
    Print p;
    print_to_vstr(&p, &v);
    print_cstr(&p, err->msg);
    Value pos = V_NONE, line = V_NONE, col = V_NONE;
    if (err->pos != RE_NOPOS) {
        size_t at = err->pos <= srclen ? err->pos : srclen;
        pos = V_MKINT((Int)char_pos(src, at, bytes));
        print_fmt(&p, " at position %v", pos);
        if (memchr(src, '\n', srclen)) {
            size_t ln = 1, start = 0;
            for (size_t i = 0; i < at; i++)
                if (src[i] == '\n') { ln++; start = i + 1; }
            line = V_MKINT((Int)ln);
            col = V_MKINT((Int)char_pos(src + start, at - start, bytes) + 1);
            print_fmt(&p, " (line %v, column %v)", line, col);
        }
    }
    Value msg = vstr_to_str(&v);
    Value e = exc_new(&re_error_type, tuple_from_array(&msg, 1));
    Map *m = &((Exception *)V_PTR(e))->attrs;
    map_set(m, V_MKNAME(N_msg), str_new_cstr(err->msg));
    map_set(m, V_MKNAME(N_pattern), pattern);
    map_set(m, V_MKNAME(N_pos), pos);
    map_set(m, V_MKNAME(N_lineno), line);
    map_set(m, V_MKNAME(N_colno), col);
    exc_raise(e);
}

/* ---------------- compiling ---------------- */

static Int flags_arg(Value v) {
    if (!v) return 0;
    if (!int_is_int(v)) exc_raise_msg(&exc_TypeError, "unsupported operand type(s) for &: '%T' and 'int'", v);
    return obj_get_int(v);
}

static Value compile_new(Value pattern, Int flags) {
    const char *src;
    size_t len;
    bool bytes = false;
    if (str_is(pattern)) src = str_data(pattern, &len);
    else if (is_type(pattern, &bytes_type) || bytes_is_bytearray(pattern)) {
        bytes_get_data(pattern, &src, &len);
        bytes = true;
        pattern = is_type(pattern, &bytes_type) ? pattern : bytes_new((const uint8_t *)src, len);
        bytes_get_data(pattern, &src, &len);
    } else {
        exc_raise_msg(&exc_TypeError, "first argument must be string or compiled pattern");
    }
    int f = (int)(flags & 0xFFFF) | (bytes ? RE_BYTES : 0);
    re_error err;
    re_prog *prog;
    /* re_compile keeps ~2.5 kB of state on the C stack (8 kB on the board): the usual margin
     * below vm.stack_limit is not enough for it, so ask for 1.5 kB more first */
    char here;
    if (vm.stack_limit && &here < vm.stack_limit + 1536) exc_raise_recursion();
    int need = re_compile(src, len, f, NULL, 0, &prog, &err);
    if (need < 0) raise_error(&err, pattern, src, len, bytes);
    void *mem = gc_alloc((size_t)need, GC_LEAF);
    need = re_compile(src, len, f, mem, (size_t)need, &prog, &err);
    if (need < 0 || !prog) raise_error(&err, pattern, src, len, bytes);
    Pattern *p = gc_alloc(sizeof(Pattern), 0);
    p->base.type = &pattern_type;
    p->pattern = pattern;
    p->prog = prog;
    p->flags = re_flags(prog);
    p->ngroups = re_ngroups(prog);
    p->bytes = bytes;
    return V_FROMPTR(p);
}

/* The module functions keep the last few patterns: a list of (pattern, flags, Pattern)
 * tuples in the module's RAM overlay, so that nothing is allocated before re is used. */
static Value compile_cached(Value pattern, Value flags_v) {
    Int flags = flags_arg(flags_v);
    if (is_type(pattern, &pattern_type)) {
        if (flags) exc_raise_msg(&exc_ValueError, "cannot process flags argument with a compiled pattern");
        return pattern;
    }
    Value mod = V_FROMPTR(&mod_re);
    Value cache = obj_getattr_maybe(mod, V_MKNAME(N__cache));
    if (cache && is_type(cache, &list_type)) {
        for (size_t i = 0; i < list_len(cache); i++) {
            Value *e = tuple_items(list_items(cache)[i]);
            if (V_INT(e[1]) == flags && type_of(e[0]) == type_of(pattern) && obj_equal(e[0], pattern)) return e[2];
        }
    } else {
        cache = V_NULL;
    }
    Value r = compile_new(pattern, flags);
    if (!cache) {
        cache = list_new(0);
        obj_setattr(mod, V_MKNAME(N__cache), cache);
    }
    if (list_len(cache) >= CACHE_SIZE) list_pop(cache, 0);
    Value e[3] = {pattern, V_MKINT(flags), r};
    list_append(cache, tuple_from_array(e, 3));
    return r;
}

/* ---------------- matching ---------------- */

typedef struct {
    Pattern *p;
    Text t;
    size_t *work;
    size_t workcap;
} Matcher;

static int poll_interrupt(void *ctx) { (void)ctx; return (vm.pending & PENDING_INTERRUPT) != 0; }

static void matcher_init(Matcher *m, Pattern *p, Value string) {
    m->p = p;
    get_text(p, string, &m->t);
    m->work = NULL;
    m->workcap = 0;
}

static void matcher_done(Matcher *m) {
    gc_free(m->work);
    m->work = NULL;
}

/* One run of the engine; returns RE_MATCHED or RE_NOMATCH.  groups has 2*(ngroups+1) words. */
static int run(Matcher *m, size_t start, size_t end, int mode, size_t *groups, unsigned *lastindex) {
    re_limits lim = {0, poll_interrupt, NULL};
    for (;;) {
        if (!m->work) {
            size_t min = re_work_min(m->p->prog);
            m->workcap = min < 256 ? 256 : min;
            m->work = gc_alloc(m->workcap, GC_LEAF);
        }
        int r = re_match_ex(m->p->prog, m->t.data, m->t.len, start, end, mode, groups, m->work, m->workcap, &lim, lastindex);
        if (r >= 0) return r;
        if (r == RE_ERR_WORK) {
            size_t cap = m->workcap * 2;
            gc_free(m->work);
            m->work = NULL;
            m->work = gc_alloc(cap, GC_LEAF);
            m->workcap = cap;
            continue;
        }
        if (r == RE_ERR_ABORT) {
            matcher_done(m);
            vm_handle_pending();
            continue;
        }
        exc_raise_msg(&exc_RuntimeError, r == RE_ERR_STEPS ? "regular expression too complex" : "internal error in regular expression engine");
    }
}

/* pos/endpos (Python's, clamped as CPython does) as byte offsets; false if endpos < pos. */
static bool range_args(Matcher *m, Value pos_v, Value endpos_v, size_t *start, size_t *end, Int *pos_out, Int *endpos_out) {
    Int nchars = (Int)to_chars(&m->t, m->t.len);
    Int pos = pos_v && pos_v != V_NONE ? obj_get_int(pos_v) : 0;
    Int endpos = endpos_v && endpos_v != V_NONE ? obj_get_int(endpos_v) : nchars;
    if (pos < 0) pos = 0;
    if (pos > nchars) pos = nchars;
    if (endpos < 0) endpos = 0;
    if (endpos > nchars) endpos = nchars;
    *pos_out = pos;
    *endpos_out = endpos;
    if (endpos < pos) return false;
    *start = to_bytes(&m->t, (size_t)pos);
    *end = to_bytes(&m->t, (size_t)endpos);
    return true;
}

static Value match_new(Matcher *m, Value string, Int pos, Int endpos, const size_t *groups, unsigned lastindex) {
    size_t n = 2 * (m->p->ngroups + 1);
    Match *r = gc_alloc(sizeof(Match) + n * sizeof(size_t), 0);
    r->base.type = &match_type;
    r->re = V_FROMPTR(m->p);
    r->string = string;
    r->text = m->t.obj;
    r->pos = pos;
    r->endpos = endpos;
    r->lastindex = lastindex;
    memcpy(r->spans, groups, n * sizeof(size_t));
    return V_FROMPTR(r);
}

static size_t *groups_alloc(Pattern *p) {
    return gc_alloc(2 * (p->ngroups + 1) * sizeof(size_t), GC_LEAF);
}

static Value do_match(Value pat, Value string, Value pos_v, Value endpos_v, int mode) {
    Pattern *p = V_PTR(pat);
    Matcher m;
    matcher_init(&m, p, string);
    size_t start, end;
    Int pos, endpos;
    if (!range_args(&m, pos_v, endpos_v, &start, &end, &pos, &endpos)) return V_NONE;
    size_t *groups = groups_alloc(p);
    unsigned li = 0;
    int r = run(&m, start, end, mode, groups, &li);
    matcher_done(&m);
    Value res = r == RE_MATCHED ? match_new(&m, string, pos, endpos, groups, li) : V_NONE;
    gc_free(groups);
    return res;
}

/* ---------------- findall, finditer, split, sub ---------------- */

/* The successive non-overlapping matches, as CPython finds them: each search starts where the
 * previous match ended, and an empty match may not sit where the previous one ended. */
typedef struct {
    Matcher m;
    size_t *groups;
    size_t at, end;
    bool last_empty, done;
} Scan;

static bool scan_next(Scan *s) {
    if (s->done || s->at > s->end) return false;
    int mode = RE_MODE_SEARCH | (s->last_empty ? RE_NOTEMPTY_ATSTART : 0);
    if (run(&s->m, s->at, s->end, mode, s->groups, NULL) != RE_MATCHED) {
        s->done = true;
        return false;
    }
    s->last_empty = s->groups[0] == s->groups[1];
    s->at = s->groups[1];
    return true;
}

static bool scan_init(Scan *s, Value pat, Value string, Value pos_v, Value endpos_v) {
    Pattern *p = V_PTR(pat);
    matcher_init(&s->m, p, string);
    Int pos, endpos;
    s->last_empty = s->done = false;
    s->groups = NULL;
    if (!range_args(&s->m, pos_v, endpos_v, &s->at, &s->end, &pos, &endpos)) return false;
    s->groups = groups_alloc(p);
    return true;
}

static void scan_done(Scan *s) {
    matcher_done(&s->m);
    gc_free(s->groups);
}

/* Group g of the current match as a str/bytes, or dflt when it did not take part. */
static Value group_value(const Text *t, const size_t *groups, unsigned g, Value dflt) {
    size_t a = groups[2 * g], b = groups[2 * g + 1];
    if (a == RE_UNSET || b == RE_UNSET) return dflt;
    return slice(t, a, b);
}

static Value empty_of(const Text *t) { return t->bytes ? bytes_new(NULL, 0) : V_MKNAME(N_); }

static Value do_findall(Value pat, Value string, Value pos_v, Value endpos_v) {
    Scan s;
    Value out = list_new(0);
    if (!scan_init(&s, pat, string, pos_v, endpos_v)) return out;
    unsigned ng = s.m.p->ngroups;
    Value empty = empty_of(&s.m.t);
    while (scan_next(&s)) {
        Value v;
        if (ng == 0) v = group_value(&s.m.t, s.groups, 0, empty);
        else if (ng == 1) v = group_value(&s.m.t, s.groups, 1, empty);
        else {
            v = tuple_new(ng);
            for (unsigned g = 1; g <= ng; g++) tuple_items(v)[g - 1] = group_value(&s.m.t, s.groups, g, empty);
        }
        list_append(out, v);
    }
    scan_done(&s);
    return out;
}

static Value do_split(Value pat, Value string, Int maxsplit) {
    Scan s;
    scan_init(&s, pat, string, V_NULL, V_NULL);
    Value out = list_new(0);
    unsigned ng = s.m.p->ngroups;
    size_t last = 0;
    Int n = 0;
    while ((maxsplit <= 0 || n < maxsplit) && scan_next(&s)) {
        list_append(out, slice(&s.m.t, last, s.groups[0]));
        for (unsigned g = 1; g <= ng; g++) list_append(out, group_value(&s.m.t, s.groups, g, V_NONE));
        last = s.groups[1];
        n++;
    }
    list_append(out, slice(&s.m.t, last, s.m.t.len));
    scan_done(&s);
    return out;
}

static Value do_sub(Value pat, Value repl, Value string, Int count, bool with_count) {
    Pattern *p = V_PTR(pat);
    const char *tmpl = NULL;
    size_t tlen = 0;
    bool callable = false, literal = false;
    if (p->bytes ? bytes_get_data(repl, &tmpl, &tlen) && !str_is(repl) : str_is(repl)) {
        if (!p->bytes) tmpl = str_data(repl, &tlen);
        literal = !memchr(tmpl, '\\', tlen);
        if (!literal) {
            /* check the template before matching, as CPython does */
            re_error err;
            size_t olen;
            int r = re_expand(p->prog, tmpl, tlen, NULL, NULL, NULL, 0, &olen, &err);
            if (r < 0) raise_error(&err, repl, tmpl, tlen, p->bytes);
        }
    } else if (obj_callable(repl)) {
        callable = true;
    } else if (str_is(repl) || bytes_get_data(repl, &tmpl, &tlen)) {
        exc_raise_msg(&exc_TypeError, p->bytes ? "expected a bytes-like object, %T found" : "expected str instance, %T found",
                      repl);
    } else {
        exc_raise_msg(&exc_TypeError, "decoding to str: need a bytes-like object, %T found", repl);
    }
    Scan s;
    scan_init(&s, pat, string, V_NULL, V_NULL);
    Vstr out;
    vstr_init(&out, s.m.t.len + 16);
    size_t last = 0;
    Int n = 0;
    while ((count <= 0 || n < count) && scan_next(&s)) {
        vstr_add(&out, s.m.t.data + last, s.groups[0] - last);
        if (callable) {
            Value m = match_new(&s.m, string, 0, (Int)to_chars(&s.m.t, s.m.t.len), s.groups, 0);
            Value r = obj_call1(repl, m);
            const char *d;
            size_t dn;
            if (p->bytes ? (!bytes_get_data(r, &d, &dn) || str_is(r)) : !str_is(r))
                exc_raise_msg(&exc_TypeError, p->bytes ? "expected a bytes-like object, %T found" : "expected str instance, %T found",
                              r);
            if (!p->bytes) d = str_data(r, &dn);
            vstr_add(&out, d, dn);
        } else if (literal) {
            vstr_add(&out, tmpl, tlen);
        } else {
            re_error err;
            size_t olen;
            re_expand(p->prog, tmpl, tlen, s.m.t.data, s.groups, NULL, 0, &olen, &err);
            char *dst = vstr_extend(&out, olen);
            re_expand(p->prog, tmpl, tlen, s.m.t.data, s.groups, dst, olen, &olen, &err);
        }
        last = s.groups[1];
        n++;
    }
    vstr_add(&out, s.m.t.data + last, s.m.t.len - last);
    scan_done(&s);
    Value r = s.m.t.bytes ? vstr_to_bytes(&out) : vstr_to_str(&out);
    if (!with_count) return r;
    Value pair[2] = {r, V_MKINT(n)};
    return tuple_from_array(pair, 2);
}

/* ---------------- the scanner behind finditer ---------------- */

typedef struct {
    Object base;
    Value pattern, string;
    Scan s;
    bool ok;
} Scanner;

static Value scanner_next(Value self) {
    Scanner *sc = V_PTR(self);
    if (!sc->ok) return V_NULL;
    if (!scan_next(&sc->s)) {
        sc->ok = false;
        scan_done(&sc->s);
        return V_NULL;
    }
    Int endpos = (Int)to_chars(&sc->s.m.t, sc->s.end);
    return match_new(&sc->s.m, sc->string, 0, endpos, sc->s.groups, 0);
}

static Value iter_self(Value self, IterBuf *buf) { (void)buf; return self; }

const Type scanner_type = {
    .type = &type_type, .name = V_MKNAME(N_callable_iterator), .base = &object_type, .flags = TF_ITER_SELF,
    .getiter = iter_self, .iternext = scanner_next,
};

static Value do_finditer(Value pat, Value string, Value pos_v, Value endpos_v) {
    Scanner *sc = gc_alloc(sizeof(Scanner), 0);
    sc->base.type = &scanner_type;
    sc->pattern = pat;
    sc->string = string;
    sc->ok = scan_init(&sc->s, pat, string, pos_v, endpos_v);
    return V_FROMPTR(sc);
}

/* ---------------- Pattern ---------------- */

/* method(string, pos=0, endpos=maxsize) */
static void parse_string_pos(const char *fname, Value *a, int n, Value kw, Value *out) {
    static const uint16_t names[] = {N_string, N_pos, N_endpos};
    arg_parse(fname, a + 1, n - 1, kw, 3, names, 3, out);
    if (!out[0]) exc_raise_msg(&exc_TypeError, "%s() missing required argument 'string' (pos 1)", fname);
}

static Value p_match(Value *a, int n, Value kw) {
    Value o[3];
    parse_string_pos("match", a, n, kw, o);
    return do_match(a[0], o[0], o[1], o[2], RE_MODE_MATCH);
}

static Value p_search(Value *a, int n, Value kw) {
    Value o[3];
    parse_string_pos("search", a, n, kw, o);
    return do_match(a[0], o[0], o[1], o[2], RE_MODE_SEARCH);
}

static Value p_fullmatch(Value *a, int n, Value kw) {
    Value o[3];
    parse_string_pos("fullmatch", a, n, kw, o);
    return do_match(a[0], o[0], o[1], o[2], RE_MODE_FULLMATCH);
}

static Value p_findall(Value *a, int n, Value kw) {
    Value o[3];
    parse_string_pos("findall", a, n, kw, o);
    return do_findall(a[0], o[0], o[1], o[2]);
}

static Value p_finditer(Value *a, int n, Value kw) {
    Value o[3];
    parse_string_pos("finditer", a, n, kw, o);
    return do_finditer(a[0], o[0], o[1], o[2]);
}

static Value p_split(Value *a, int n, Value kw) {
    static const uint16_t names[] = {N_string, N_maxsplit};
    Value o[2];
    arg_parse("split", a + 1, n - 1, kw, 2, names, 2, o);
    if (!o[0]) exc_raise_msg(&exc_TypeError, "split() missing required argument 'string' (pos 1)");
    return do_split(a[0], o[0], o[1] ? obj_get_int(o[1]) : 0);
}

static Value sub_common(Value *a, int n, Value kw, bool with_count) {
    static const uint16_t names[] = {N_repl, N_string, N_count};
    Value o[3];
    const char *fname = with_count ? "subn" : "sub";
    arg_parse(fname, a + 1, n - 1, kw, 3, names, 3, o);
    if (!o[0] || !o[1]) exc_raise_msg(&exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, o[0] ? "string" : "repl", o[0] ? 2 : 1);
    return do_sub(a[0], o[0], o[1], o[2] ? obj_get_int(o[2]) : 0, with_count);
}

static Value p_sub(Value *a, int n, Value kw) { return sub_common(a, n, kw, false); }
static Value p_subn(Value *a, int n, Value kw) { return sub_common(a, n, kw, true); }

/* re.compile('pat', re.IGNORECASE|re.MULTILINE) */
static const struct { uint16_t bit; uint16_t name; } flag_names[] = {
    {RE_TEMPLATE, N_TEMPLATE}, {RE_IGNORECASE, N_IGNORECASE}, {RE_LOCALE, N_LOCALE}, {RE_MULTILINE, N_MULTILINE},
    {RE_DOTALL, N_DOTALL}, {RE_UNICODE, N_UNICODE}, {RE_VERBOSE, N_VERBOSE}, {RE_DEBUG, N_DEBUG}, {RE_ASCII, N_ASCII},
};

static void pattern_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    Pattern *pt = V_PTR(self);
    print_fmt(p, "re.compile(%r", pt->pattern);
    int flags = pt->flags & ~(pt->bytes ? 0 : RE_UNICODE);
    bool first = true;
    for (size_t i = 0; i < sizeof flag_names / sizeof flag_names[0]; i++) {
        if (!(flags & flag_names[i].bit)) continue;
        print_fmt(p, first ? ", re.%n" : "|re.%n", V_MKNAME(flag_names[i].name));
        first = false;
    }
    print_char(p, ')');
}

static Value groupindex(Pattern *p) {
    Value d = dict_new(0);
    const char *name;
    size_t n;
    int g;
    for (unsigned i = 0; (g = re_group_name(p->prog, i, &name, &n)) >= 0; i++) dict_set(d, str_new(name, n), V_MKINT(g));
    return d;
}

static void pattern_attr(Value self, Value name, Value *dest) {
    if (dest[1] != V_SENTINEL_METHOD || !V_IS_NAME(name)) return;
    Pattern *p = V_PTR(self);
    Value v;
    switch (V_NAME(name)) {
    case N_pattern: v = p->pattern; break;
    case N_flags: v = V_MKINT(p->flags); break;
    case N_groups: v = V_MKINT((Int)p->ngroups); break;
    case N_groupindex: v = groupindex(p); break;
    default: return;
    }
    dest[0] = v;
    dest[1] = V_NULL;
}

static Value pattern_binary(BinaryOp op, Value a, Value b) {
    op = (BinaryOp)(op & ~OP_REFLECTED);
    if (op != OP_EQ && op != OP_NE) return V_NULL;
    if (!is_type(a, &pattern_type) || !is_type(b, &pattern_type)) return V_NOTIMPL;
    Pattern *x = V_PTR(a), *y = V_PTR(b);
    bool eq = x->flags == y->flags && x->bytes == y->bytes && obj_equal(x->pattern, y->pattern);
    return V_BOOL(eq == (op == OP_EQ));
}

static NATIVE_METHOD_KW(p_match_fn, match, 0, 3, p_match);
static NATIVE_METHOD_KW(p_search_fn, search, 0, 3, p_search);
static NATIVE_METHOD_KW(p_fullmatch_fn, fullmatch, 0, 3, p_fullmatch);
static NATIVE_METHOD_KW(p_findall_fn, findall, 0, 3, p_findall);
static NATIVE_METHOD_KW(p_finditer_fn, finditer, 0, 3, p_finditer);
static NATIVE_METHOD_KW(p_split_fn, split, 0, 2, p_split);
static NATIVE_METHOD_KW(p_sub_fn, sub, 0, 3, p_sub);
static NATIVE_METHOD_KW(p_subn_fn, subn, 0, 3, p_subn);

static const MapEntry pattern_table[] = {
    METHOD_ENTRY(findall, p_findall_fn),
    METHOD_ENTRY(finditer, p_finditer_fn),
    METHOD_ENTRY(fullmatch, p_fullmatch_fn),
    METHOD_ENTRY(match, p_match_fn),
    METHOD_ENTRY(search, p_search_fn),
    METHOD_ENTRY(split, p_split_fn),
    METHOD_ENTRY(sub, p_sub_fn),
    METHOD_ENTRY(subn, p_subn_fn),
};
static const Dict pattern_locals = DICT_CONST_INIT(pattern_table);

const Type pattern_type = {
    .type = &type_type, .name = V_MKNAME(N_Pattern), .base = &object_type,
    .dict = V_FROMPTR(&pattern_locals),
    .print = pattern_print, .attr = pattern_attr, .binary_op = pattern_binary,
};

/* ---------------- Match ---------------- */

static Pattern *M_P(Match *m) { return V_PTR(m->re); }

static void match_text(Match *m, Text *t) { get_text(M_P(m), m->text, t); }

/* A group given by number or name; IndexError "no such group" otherwise. */
static unsigned group_index(Match *m, Value g) {
    Pattern *p = M_P(m);
    Int i = -1;
    if (int_is_int(g)) {
        if (!int_to_machine(g, &i)) i = -1;
    } else if (str_is(g)) {
        size_t n;
        const char *d = str_data(g, &n);
        i = re_group_index(p->prog, d, n);
    } else {
        Value idx = type_lookup(type_of(g), V_MKNAME(N___index__)) ? obj_unary_op(UOP_INDEX, g) : V_NULL;
        if (idx && !int_to_machine(idx, &i)) i = -1;
    }
    if (i < 0 || i > (Int)p->ngroups) exc_raise_msg(&exc_IndexError, "no such group");
    return (unsigned)i;
}

static Value m_group_one(Match *m, const Text *t, Value g) {
    return group_value(t, m->spans, group_index(m, g), V_NONE);
}

static Value m_group(Value *a, int n, Value kw) {
    (void)kw;
    Match *m = V_PTR(a[0]);
    Text t;
    match_text(m, &t);
    if (n <= 2) return m_group_one(m, &t, n == 2 ? a[1] : V_MKINT(0));
    Value r = tuple_new((size_t)n - 1);
    for (int i = 1; i < n; i++) tuple_items(r)[i - 1] = m_group_one(m, &t, a[i]);
    return r;
}

static Value m_groups(Value *a, int n, Value kw) {
    static const uint16_t names[] = {N_default};
    Value dflt;
    arg_parse("groups", a + 1, n - 1, kw, 1, names, 1, &dflt);
    Match *m = V_PTR(a[0]);
    Text t;
    match_text(m, &t);
    unsigned ng = M_P(m)->ngroups;
    Value r = tuple_new(ng);
    for (unsigned g = 1; g <= ng; g++) tuple_items(r)[g - 1] = group_value(&t, m->spans, g, dflt ? dflt : V_NONE);
    return r;
}

static Value m_groupdict(Value *a, int n, Value kw) {
    static const uint16_t names[] = {N_default};
    Value dflt;
    arg_parse("groupdict", a + 1, n - 1, kw, 1, names, 1, &dflt);
    Match *m = V_PTR(a[0]);
    Text t;
    match_text(m, &t);
    Value d = dict_new(0);
    const char *name;
    size_t len;
    int g;
    for (unsigned i = 0; (g = re_group_name(M_P(m)->prog, i, &name, &len)) >= 0; i++)
        dict_set(d, str_new(name, len), group_value(&t, m->spans, (unsigned)g, dflt ? dflt : V_NONE));
    return d;
}

/* start/end/span of a group in code points, -1 when it did not take part */
static Int m_edge(Match *m, const Text *t, unsigned g, int which) {
    size_t off = m->spans[2 * g + which];
    return off == RE_UNSET ? -1 : (Int)to_chars(t, off);
}

static Value m_span_common(Value *a, int n, int which) {
    Match *m = V_PTR(a[0]);
    unsigned g = group_index(m, n > 1 ? a[1] : V_MKINT(0));
    Text t;
    match_text(m, &t);
    if (which < 2) return V_MKINT(m_edge(m, &t, g, which));
    Value pair[2] = {V_MKINT(m_edge(m, &t, g, 0)), V_MKINT(m_edge(m, &t, g, 1))};
    return tuple_from_array(pair, 2);
}

static Value m_start(Value *a, int n, Value kw) { (void)kw; return m_span_common(a, n, 0); }
static Value m_end(Value *a, int n, Value kw) { (void)kw; return m_span_common(a, n, 1); }
static Value m_span(Value *a, int n, Value kw) { (void)kw; return m_span_common(a, n, 2); }

static Value m_expand(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Match *m = V_PTR(a[0]);
    Pattern *p = M_P(m);
    Text t;
    match_text(m, &t);
    const char *tmpl;
    size_t tlen;
    if (p->bytes ? !bytes_get_data(a[1], &tmpl, &tlen) || str_is(a[1]) : !str_is(a[1]))
        exc_raise_msg(&exc_TypeError, p->bytes ? "expected a bytes-like object, %T found" : "expected str instance, %T found",
                      a[1]);
    if (!p->bytes) tmpl = str_data(a[1], &tlen);
    re_error err;
    size_t olen;
    if (re_expand(p->prog, tmpl, tlen, t.data, m->spans, NULL, 0, &olen, &err) < 0) raise_error(&err, a[1], tmpl, tlen, p->bytes);
    Vstr v;
    vstr_init(&v, olen);
    char *dst = vstr_extend(&v, olen);
    re_expand(p->prog, tmpl, tlen, t.data, m->spans, dst, olen, &olen, &err);
    return p->bytes ? vstr_to_bytes(&v) : vstr_to_str(&v);
}

static void match_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    Match *m = V_PTR(self);
    Text t;
    match_text(m, &t);
    print_fmt(p, "<re.Match object; span=(%D, %D), match=%r>", m_edge(m, &t, 0, 0), m_edge(m, &t, 0, 1),
              group_value(&t, m->spans, 0, V_NONE));
}

static void match_attr(Value self, Value name, Value *dest) {
    if (dest[1] != V_SENTINEL_METHOD || !V_IS_NAME(name)) return;
    Match *m = V_PTR(self);
    Value v;
    switch (V_NAME(name)) {
    case N_string: v = m->string; break;
    case N_re: v = m->re; break;
    case N_pos: v = V_MKINT(m->pos); break;
    case N_endpos: v = V_MKINT(m->endpos); break;
    case N_lastindex: v = m->lastindex ? V_MKINT((Int)m->lastindex) : V_NONE; break;
    case N_lastgroup: {
        v = V_NONE;
        const char *nm;
        size_t len;
        int g;
        for (unsigned i = 0; m->lastindex && (g = re_group_name(M_P(m)->prog, i, &nm, &len)) >= 0; i++)
            if ((unsigned)g == m->lastindex) v = str_new(nm, len);
        break;
    }
    case N_regs: {
        Text t;
        match_text(m, &t);
        unsigned ng = M_P(m)->ngroups;
        v = tuple_new(ng + 1);
        for (unsigned g = 0; g <= ng; g++) {
            Value pair[2] = {V_MKINT(m_edge(m, &t, g, 0)), V_MKINT(m_edge(m, &t, g, 1))};
            tuple_items(v)[g] = tuple_from_array(pair, 2);
        }
        break;
    }
    default: return;
    }
    dest[0] = v;
    dest[1] = V_NULL;
}

static Value match_subscr(Value self, Value index, Value value) {
    if (value != V_NULL) exc_raise_msg(&exc_TypeError, "'re.Match' object does not support item assignment");
    Match *m = V_PTR(self);
    Text t;
    match_text(m, &t);
    return m_group_one(m, &t, index);
}

static NATIVE_METHOD(m_group_fn, group, 0, NARGS_ANY, m_group);
static NATIVE_METHOD_KW(m_groups_fn, groups, 0, 1, m_groups);
static NATIVE_METHOD_KW(m_groupdict_fn, groupdict, 0, 1, m_groupdict);
static NATIVE_METHOD(m_start_fn, start, 0, 1, m_start);
static NATIVE_METHOD(m_end_fn, end, 0, 1, m_end);
static NATIVE_METHOD(m_span_fn, span, 0, 1, m_span);
static NATIVE_METHOD(m_expand_fn, expand, 1, 1, m_expand);

static const MapEntry match_table[] = {
    METHOD_ENTRY(end, m_end_fn),
    METHOD_ENTRY(expand, m_expand_fn),
    METHOD_ENTRY(group, m_group_fn),
    METHOD_ENTRY(groupdict, m_groupdict_fn),
    METHOD_ENTRY(groups, m_groups_fn),
    METHOD_ENTRY(span, m_span_fn),
    METHOD_ENTRY(start, m_start_fn),
};
static const Dict match_locals = DICT_CONST_INIT(match_table);

const Type match_type = {
    .type = &type_type, .name = V_MKNAME(N_Match), .base = &object_type,
    .dict = V_FROMPTR(&match_locals),
    .print = match_print, .attr = match_attr, .subscr = match_subscr,
};

/* ---------------- module functions ---------------- */

static Value re_compile_f(Value *a, int n, Value kw) {
    static const uint16_t names[] = {N_pattern, N_flags};
    Value o[2];
    arg_parse("compile", a, n, kw, 2, names, 2, o);
    if (!o[0]) exc_raise_msg(&exc_TypeError, "compile() missing required argument 'pattern' (pos 1)");
    return compile_cached(o[0], o[1]);
}

/* f(pattern, string, flags=0) */
static Value pat_string_flags(const char *fname, Value *a, int n, Value kw, Value *string) {
    static const uint16_t names[] = {N_pattern, N_string, N_flags};
    Value o[3];
    arg_parse(fname, a, n, kw, 3, names, 3, o);
    if (!o[0] || !o[1]) exc_raise_msg(&exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, o[0] ? "string" : "pattern", o[0] ? 2 : 1);
    *string = o[1];
    return compile_cached(o[0], o[2]);
}

static Value re_match_f(Value *a, int n, Value kw) {
    Value s, p = pat_string_flags("match", a, n, kw, &s);
    return do_match(p, s, V_NULL, V_NULL, RE_MODE_MATCH);
}

static Value re_search_f(Value *a, int n, Value kw) {
    Value s, p = pat_string_flags("search", a, n, kw, &s);
    return do_match(p, s, V_NULL, V_NULL, RE_MODE_SEARCH);
}

static Value re_fullmatch_f(Value *a, int n, Value kw) {
    Value s, p = pat_string_flags("fullmatch", a, n, kw, &s);
    return do_match(p, s, V_NULL, V_NULL, RE_MODE_FULLMATCH);
}

static Value re_findall_f(Value *a, int n, Value kw) {
    Value s, p = pat_string_flags("findall", a, n, kw, &s);
    return do_findall(p, s, V_NULL, V_NULL);
}

static Value re_finditer_f(Value *a, int n, Value kw) {
    Value s, p = pat_string_flags("finditer", a, n, kw, &s);
    return do_finditer(p, s, V_NULL, V_NULL);
}

static Value re_split_f(Value *a, int n, Value kw) {
    static const uint16_t names[] = {N_pattern, N_string, N_maxsplit, N_flags};
    Value o[4];
    arg_parse("split", a, n, kw, 4, names, 4, o);
    if (!o[0] || !o[1]) exc_raise_msg(&exc_TypeError, "split() missing required argument '%s' (pos %d)", o[0] ? "string" : "pattern", o[0] ? 2 : 1);
    return do_split(compile_cached(o[0], o[3]), o[1], o[2] ? obj_get_int(o[2]) : 0);
}

static Value re_sub_common(const char *fname, Value *a, int n, Value kw, bool with_count) {
    static const uint16_t names[] = {N_pattern, N_repl, N_string, N_count, N_flags};
    Value o[5];
    arg_parse(fname, a, n, kw, 5, names, 5, o);
    for (int i = 0; i < 3; i++)
        if (!o[i]) exc_raise_msg(&exc_TypeError, "%s() missing required argument '%n' (pos %d)", fname, V_MKNAME(names[i]), i + 1);
    return do_sub(compile_cached(o[0], o[4]), o[1], o[2], o[3] ? obj_get_int(o[3]) : 0, with_count);
}

static Value re_sub_f(Value *a, int n, Value kw) { return re_sub_common("sub", a, n, kw, false); }
static Value re_subn_f(Value *a, int n, Value kw) { return re_sub_common("subn", a, n, kw, true); }

/* CPython 3.7+: only these characters are escaped */
static bool needs_escape(uint8_t c) {
    return c && strchr("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", c) != NULL;
}

static Value re_escape_f(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    const char *d;
    size_t len;
    bool bytes = !str_is(a[0]);
    if (!bytes) d = str_data(a[0], &len);
    else if (!bytes_get_data(a[0], &d, &len)) exc_raise_msg(&exc_TypeError, "expected str or bytes-like object, got '%T'", a[0]);
    Vstr v;
    vstr_init(&v, len + 8);
    for (size_t i = 0; i < len; i++) {
        if (needs_escape((uint8_t)d[i])) vstr_addc(&v, '\\');
        vstr_addc(&v, d[i]);
    }
    return bytes ? vstr_to_bytes(&v) : vstr_to_str(&v);
}

static Value re_purge_f(Value *a, int n, Value kw) {
    (void)a; (void)n; (void)kw;
    Value mod = V_FROMPTR(&mod_re);
    if (obj_getattr_maybe(mod, V_MKNAME(N__cache))) obj_setattr(mod, V_MKNAME(N__cache), V_NONE);
    return V_NONE;
}

static NATIVE_FN_KW(re_compile_fn, compile, 0, 2, re_compile_f);
static NATIVE_FN_KW(re_match_fn, match, 0, 3, re_match_f);
static NATIVE_FN_KW(re_search_fn, search, 0, 3, re_search_f);
static NATIVE_FN_KW(re_fullmatch_fn, fullmatch, 0, 3, re_fullmatch_f);
static NATIVE_FN_KW(re_findall_fn, findall, 0, 3, re_findall_f);
static NATIVE_FN_KW(re_finditer_fn, finditer, 0, 3, re_finditer_f);
static NATIVE_FN_KW(re_split_fn, split, 0, 4, re_split_f);
static NATIVE_FN_KW(re_sub_fn, sub, 0, 5, re_sub_f);
static NATIVE_FN_KW(re_subn_fn, subn, 0, 5, re_subn_f);
static NATIVE_FN(re_escape_fn, escape, 1, 1, re_escape_f);
static NATIVE_FN(re_purge_fn, purge, 0, 0, re_purge_f);

static const MapEntry re_table[] = {
    {V_MKNAME(N_A), V_MKINT(RE_ASCII)},
    {V_MKNAME(N_ASCII), V_MKINT(RE_ASCII)},
    {V_MKNAME(N_DEBUG), V_MKINT(RE_DEBUG)},
    {V_MKNAME(N_DOTALL), V_MKINT(RE_DOTALL)},
    {V_MKNAME(N_I), V_MKINT(RE_IGNORECASE)},
    {V_MKNAME(N_IGNORECASE), V_MKINT(RE_IGNORECASE)},
    {V_MKNAME(N_L), V_MKINT(RE_LOCALE)},
    {V_MKNAME(N_LOCALE), V_MKINT(RE_LOCALE)},
    {V_MKNAME(N_M), V_MKINT(RE_MULTILINE)},
    {V_MKNAME(N_MULTILINE), V_MKINT(RE_MULTILINE)},
    {V_MKNAME(N_Match), V_FROMPTR(&match_type)},
    {V_MKNAME(N_NOFLAG), V_MKINT(0)},
    {V_MKNAME(N_Pattern), V_FROMPTR(&pattern_type)},
    {V_MKNAME(N_S), V_MKINT(RE_DOTALL)},
    {V_MKNAME(N_T), V_MKINT(RE_TEMPLATE)},
    {V_MKNAME(N_TEMPLATE), V_MKINT(RE_TEMPLATE)},
    {V_MKNAME(N_U), V_MKINT(RE_UNICODE)},
    {V_MKNAME(N_UNICODE), V_MKINT(RE_UNICODE)},
    {V_MKNAME(N_VERBOSE), V_MKINT(RE_VERBOSE)},
    {V_MKNAME(N_X), V_MKINT(RE_VERBOSE)},
    {V_MKNAME(N___name__), V_MKNAME(N_re)},
    METHOD_ENTRY(compile, re_compile_fn),
    {V_MKNAME(N_error), V_FROMPTR(&re_error_type)},
    METHOD_ENTRY(escape, re_escape_fn),
    METHOD_ENTRY(findall, re_findall_fn),
    METHOD_ENTRY(finditer, re_finditer_fn),
    METHOD_ENTRY(fullmatch, re_fullmatch_fn),
    METHOD_ENTRY(match, re_match_fn),
    METHOD_ENTRY(purge, re_purge_fn),
    METHOD_ENTRY(search, re_search_fn),
    METHOD_ENTRY(split, re_split_fn),
    METHOD_ENTRY(sub, re_sub_fn),
    METHOD_ENTRY(subn, re_subn_fn),
};
MODULE_CONST(mod_re, re_table);
