/* The lexer (see lex.h). */
#include <string.h>
#include "lex.h"
#include "exc.h"
#include "gc.h"
#include "objint.h"
#include "objfloat.h"
#include "objcomplex.h"
#include "objstr.h"
#include "vstr.h"
#include "print.h"

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
};
#define NKEYWORDS (int)(sizeof keywords / sizeof keywords[0])

static const char *const token_names[] = {
    "end of input", "newline", "indent", "dedent", "name", "number", "string",
};
static const char *const op_texts[] = {
    "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "->", "@", ":=", "!",
    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "~",
    "<", ">", "<=", ">=", "==", "!=", "=",
    "+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "^=", "|=",
};

const char *lex_token_name(int kind) {
    if (kind <= T_STRING) return token_names[kind];
    if (kind <= T_YIELD) return keywords[kind - T_FALSE];
    return op_texts[kind - T_LPAR];
}

bool lex_is_keyword_name(const char *s, size_t n) {
    for (int i = 0; i < NKEYWORDS; i++)
        if (strlen(keywords[i]) == n && memcmp(keywords[i], s, n) == 0) return true;
    return false;
}

void lex_init(Lexer *lx, const char *src, size_t len, Value filename, uint32_t first_line) {
    memset(lx, 0, sizeof *lx);
    lx->src = lx->p = lx->line_start = src;
    lx->end = src + len;
    lx->line = first_line;
    lx->at_bol = true;
    lx->filename = filename;
    lx->tok.kind = T_NEWLINE;
}

void (lex_error_at)(Lexer *lx, uint32_t line, const char *line_start, uint32_t col, const char *msg) {
    exc_raise_syntax_error(lx->filename, line, col, line_start, lx->end, msg);
}

/* An error at the end of a source that ends with a newline is reported, as CPython does, at
 * that newline (the end of the last line), not on the empty line after it. */
static const Token *at_final_newline(Lexer *lx, const Token *t, Token *tmp) {
    if ((t->kind != T_END && t->kind != T_DEDENT) || t->start < lx->end || lx->end <= lx->src ||
        lx->end[-1] != '\n' || t->line < 2 || t->col != 0)
        return t;
    const char *nl = lx->end - 1, *ls = nl;
    if (ls > lx->src && ls[-1] == '\r') nl--;
    while (ls > lx->src && ls[-1] != '\n') ls--;
    *tmp = *t;
    tmp->line = t->line - 1;
    tmp->col = (uint16_t)(nl - ls);
    tmp->start = nl;
    return tmp;
}

void (lex_error)(Lexer *lx, const Token *t, const char *msg) {
    Token tmp;
    if (!t) t = &lx->tok;
    t = at_final_newline(lx, t, &tmp);
    const char *ls = t->start - t->col;
    if (ls < lx->src || ls > lx->end) ls = lx->line_start;
    lex_error_at(lx, t->line, ls, t->col, msg);
}

void (lex_indent_error)(Lexer *lx, const Token *t, const char *msg) {
    Token tmp;
    if (!t) t = &lx->tok;
    t = at_final_newline(lx, t, &tmp);
    const char *ls = t->start - t->col;
    if (ls < lx->src || ls > lx->end) ls = lx->line_start;
    exc_raise_syntax_error_kind(&exc_IndentationError, lx->filename, t->line, t->col, ls, lx->end, msg);
}

static ES_NORETURN void error_here(Lexer *lx, const char *msg) {
    lex_error_at(lx, lx->line, lx->line_start, (uint32_t)(lx->p - lx->line_start), msg);
}
#define error_here(lx, msg) error_here(lx, ES_STEXT(msg))

/* A bracket left open at the end of the source: CPython names the innermost one
 * ("'(' was never closed") at its own position, also when the parser stopped earlier at an
 * error the open bracket explains.  The whole source is scanned again for it, skipping
 * strings and comments; returns when there is none. */
void lex_report_unclosed(Lexer *lx) {
    const char *stack[32];
    int depth = 0;
    const char *q = lx->src, *e = lx->end;
    while (q < e) {
        char c = *q;
        if (c == '#') { while (q < e && *q != '\n') q++; continue; }
        if (c == '\'' || c == '"') {
            bool triple = q + 2 < e && q[1] == c && q[2] == c;
            q += triple ? 3 : 1;
            while (q < e) {
                if (*q == '\\') { q += 2; continue; }
                if (*q == c && (!triple || (q + 2 < e && q[1] == c && q[2] == c))) { q += triple ? 3 : 1; break; }
                if (!triple && *q == '\n') break;
                q++;
            }
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (depth == 32) return;
            stack[depth++] = q;
        } else if ((c == ')' || c == ']' || c == '}') && depth > 0) depth--;
        q++;
    }
    if (depth == 0) return;
    const char *b = stack[depth - 1], *ls = b;
    while (ls > lx->src && ls[-1] != '\n' && ls[-1] != '\r') ls--;
    uint32_t line = lx->line;
    for (q = b; q < lx->p; q++) if (*q == '\n') line--;
    for (q = lx->p; q < b; q++) if (*q == '\n') line++;
    lex_error_at(lx, line, ls, (uint32_t)(b - ls), cstr_printf("'%c' was never closed", *b));
}

static inline bool is_digit(int c) { return c >= '0' && c <= '9'; }
static inline bool is_ident_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
static inline bool is_ident_char(int c) { return is_ident_start(c) || is_digit(c); }
static inline int peek(Lexer *lx, int k) { return lx->p + k < lx->end ? (uint8_t)lx->p[k] : -1; }

static void newline(Lexer *lx) {
    lx->line++;
    lx->line_start = lx->p;
}

/* Measures the indentation of the next non-blank line; returns -1 at end of input. */
static int measure_indent(Lexer *lx) {
    for (;;) {
        int col = 0;
        while (lx->p < lx->end) {
            char c = *lx->p;
            if (c == ' ') col++;
            else if (c == '\t') col = (col / 8 + 1) * 8;
            else if (c == '\f') col = 0;
            else break;
            lx->p++;
        }
        if (lx->p >= lx->end) return -1;
        char c = *lx->p;
        if (c == '#') {
            while (lx->p < lx->end && *lx->p != '\n') lx->p++;
        }
        if (lx->p < lx->end && (*lx->p == '\n' || *lx->p == '\r')) {
            if (*lx->p == '\r' && peek(lx, 1) == '\n') lx->p++;
            lx->p++;
            newline(lx);
            continue;
        }
        if (lx->p >= lx->end) return -1;
        if (c == '\\' && (peek(lx, 1) == '\n' || peek(lx, 1) == '\r')) return col;
        return col;
    }
}

static void set_tok(Lexer *lx, int kind, const char *start) {
    lx->tok.kind = (uint8_t)kind;
    lx->tok.flags = 0;
    lx->tok.start = start;
    lx->tok.len = (uint32_t)(lx->p - start);
    lx->tok.line = lx->line;
    lx->tok.col = (uint16_t)(start - lx->line_start);
}

static void scan_number(Lexer *lx) {
    const char *s = lx->p;
    int c = peek(lx, 0);
    if (c == '0' && (peek(lx, 1) == 'x' || peek(lx, 1) == 'X' || peek(lx, 1) == 'o' ||
                     peek(lx, 1) == 'O' || peek(lx, 1) == 'b' || peek(lx, 1) == 'B')) {
        lx->p += 2;
        while (lx->p < lx->end && (is_ident_char((uint8_t)*lx->p))) lx->p++;
    } else {
        while (lx->p < lx->end && (is_digit((uint8_t)*lx->p) || *lx->p == '_')) lx->p++;
        if (peek(lx, 0) == '.') {
            lx->p++;
            while (lx->p < lx->end && (is_digit((uint8_t)*lx->p) || *lx->p == '_')) lx->p++;
        }
        c = peek(lx, 0);
        if ((c == 'e' || c == 'E') &&
            (is_digit(peek(lx, 1)) || ((peek(lx, 1) == '+' || peek(lx, 1) == '-') && is_digit(peek(lx, 2))))) {
            lx->p += 2;
            while (lx->p < lx->end && (is_digit((uint8_t)*lx->p) || *lx->p == '_')) lx->p++;
        }
        if (peek(lx, 0) == 'j' || peek(lx, 0) == 'J') lx->p++;
        /* a letter right after a number (1st, 5abc, 1e): CPython lets only keywords touch it */
        if (lx->p < lx->end && is_ident_char((uint8_t)*lx->p)) {
            static const char *const kws[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
            const char *w = lx->p;
            size_t n = 0;
            while (w + n < lx->end && is_ident_char((uint8_t)w[n])) n++;
            bool kw = false;
            for (size_t i = 0; i < sizeof kws / sizeof kws[0]; i++)
                if (strlen(kws[i]) == n && memcmp(kws[i], w, n) == 0) kw = true;
            if (!kw) {
                set_tok(lx, T_NUMBER, s);
                lex_error(lx, NULL, "invalid decimal literal");
            }
        }
    }
    set_tok(lx, T_NUMBER, s);
}

static void scan_string(Lexer *lx, const char *start, int flags) {
    char q = *lx->p;
    uint32_t line0 = lx->line;
    const char *ls0 = lx->line_start;
    bool triple = peek(lx, 1) == q && peek(lx, 2) == q;
    lx->p += triple ? 3 : 1;
    const char *body = lx->p;
    for (;;) {
        if (lx->p >= lx->end) {
            lx->line_start = ls0;
            /* CPython counts the last line, not the empty one after a final newline */
            unsigned l = lx->line - (lx->end > body && (lx->end[-1] == '\n' || lx->end[-1] == '\r'));
            lex_error_at(lx, line0, ls0, (uint32_t)(start - ls0),
                         cstr_printf("unterminated %sstring literal (detected at line %u)", triple ? "triple-quoted " : "", l));
        }
        char c = *lx->p;
        if (c == '\\') {
            lx->p++;
            if (lx->p < lx->end) {
                if (*lx->p == '\n') { lx->p++; newline(lx); }
                else if (*lx->p == '\r') { lx->p++; if (peek(lx, 0) == '\n') lx->p++; newline(lx); }
                else lx->p++;
            }
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (!triple) {
                lx->p = lx->end;  /* report as unterminated at this line */
                lex_error_at(lx, line0, ls0, (uint32_t)(start - ls0),
                             cstr_printf("unterminated %sstring literal (detected at line %u)", "", (unsigned)line0));
            }
            if (c == '\r' && peek(lx, 1) == '\n') lx->p++;
            lx->p++;
            newline(lx);
            continue;
        }
        if (c == q && (!triple || (peek(lx, 1) == q && peek(lx, 2) == q))) {
            const char *body_end = lx->p;
            lx->p += triple ? 3 : 1;
            lx->tok.kind = T_STRING;
            lx->tok.flags = (uint8_t)(flags | (triple ? STR_TRIPLE : 0));
            lx->tok.start = start;
            lx->tok.len = (uint32_t)(lx->p - start);
            lx->tok.line = line0;
            lx->tok.col = (uint16_t)(start - ls0);
            lx->tok.body = (uint32_t)(body - start);
            lx->tok.body_len = (uint32_t)(body_end - body);
            return;
        }
        lx->p++;
    }
}

/* A string prefix is any arrangement of r, b, f, u with at most one of each, u alone. */
static int string_prefix(const char *s, size_t n) {
    int flags = 0;
    bool u = false;
    if (n > 2) return -1;
    for (size_t i = 0; i < n; i++) {
        switch (s[i] | 0x20) {
        case 'r': if (flags & STR_RAW) return -1; flags |= STR_RAW; break;
        case 'b': if (flags & STR_BYTES) return -1; flags |= STR_BYTES; break;
        case 'f': if (flags & STR_FMT) return -1; flags |= STR_FMT; break;
        case 'u': if (u) return -1; u = true; break;
        default: return -1;
        }
    }
    if (u && n != 1) return -1;
    if ((flags & STR_BYTES) && (flags & STR_FMT)) return -1;
    return flags;
}

static int scan_operator(Lexer *lx) {
    int c = peek(lx, 0), c1 = peek(lx, 1), c2 = peek(lx, 2);
    int k = -1, n = 1;
    switch (c) {
    case '(': k = T_LPAR; lx->paren++; break;
    case ')': k = T_RPAR; if (lx->paren > 0) lx->paren--; break;
    case '[': k = T_LSQB; lx->paren++; break;
    case ']': k = T_RSQB; if (lx->paren > 0) lx->paren--; break;
    case '{': k = T_LBRACE; lx->paren++; break;
    case '}': k = T_RBRACE; if (lx->paren > 0) lx->paren--; break;
    case ':': if (c1 == '=') { k = T_WALRUS; n = 2; } else k = T_COLON; break;
    case ',': k = T_COMMA; break;
    case ';': k = T_SEMI; break;
    case '.': if (c1 == '.' && c2 == '.') { k = T_ELLIPSIS; n = 3; } else k = T_DOT; break;
    case '~': k = T_TILDE; break;
    case '+': if (c1 == '=') { k = T_PLUSEQ; n = 2; } else k = T_PLUS; break;
    case '-':
        if (c1 == '=') { k = T_MINUSEQ; n = 2; }
        else if (c1 == '>') { k = T_ARROW; n = 2; }
        else k = T_MINUS;
        break;
    case '*':
        if (c1 == '*') { if (c2 == '=') { k = T_DSTAREQ; n = 3; } else { k = T_DSTAR; n = 2; } }
        else if (c1 == '=') { k = T_STAREQ; n = 2; }
        else k = T_STAR;
        break;
    case '/':
        if (c1 == '/') { if (c2 == '=') { k = T_DSLASHEQ; n = 3; } else { k = T_DSLASH; n = 2; } }
        else if (c1 == '=') { k = T_SLASHEQ; n = 2; }
        else k = T_SLASH;
        break;
    case '%': if (c1 == '=') { k = T_PERCENTEQ; n = 2; } else k = T_PERCENT; break;
    case '@': if (c1 == '=') { k = T_ATEQ; n = 2; } else k = T_AT; break;
    case '&': if (c1 == '=') { k = T_AMPEQ; n = 2; } else k = T_AMP; break;
    case '|': if (c1 == '=') { k = T_PIPEEQ; n = 2; } else k = T_PIPE; break;
    case '^': if (c1 == '=') { k = T_CARETEQ; n = 2; } else k = T_CARET; break;
    case '<':
        if (c1 == '<') { if (c2 == '=') { k = T_LSHIFTEQ; n = 3; } else { k = T_LSHIFT; n = 2; } }
        else if (c1 == '=') { k = T_LE; n = 2; }
        else if (c1 == '>') { k = -2; }
        else k = T_LT;
        break;
    case '>':
        if (c1 == '>') { if (c2 == '=') { k = T_RSHIFTEQ; n = 3; } else { k = T_RSHIFT; n = 2; } }
        else if (c1 == '=') { k = T_GE; n = 2; }
        else k = T_GT;
        break;
    case '=': if (c1 == '=') { k = T_EQEQ; n = 2; } else k = T_ASSIGN; break;
    case '!': if (c1 == '=') { k = T_NE; n = 2; } else k = T_BANG; break;
    }
    if (k >= 0) lx->p += n;
    return k;
}

void lex_next(Lexer *lx) {
    if (lx->pending > 0) {
        lx->pending--;
        set_tok(lx, T_INDENT, lx->p);
        return;
    }
    if (lx->pending < 0) {
        lx->pending++;
        set_tok(lx, T_DEDENT, lx->p);
        return;
    }
    for (;;) {
        if (lx->at_bol && lx->paren == 0) {
            int col = measure_indent(lx);
            lx->at_bol = false;
            if (col < 0) {
                /* End of input: close the last line, then every open block. */
                if (lx->tok.kind != T_NEWLINE && lx->tok.kind != T_DEDENT && lx->tok.kind != T_INDENT) {
                    set_tok(lx, T_NEWLINE, lx->p);
                    lx->at_bol = true;
                    return;
                }
                if (lx->nindent > 0) {
                    lx->nindent--;
                    set_tok(lx, T_DEDENT, lx->p);
                    lx->at_bol = true;
                    return;
                }
                set_tok(lx, T_END, lx->p);
                lx->at_bol = true;
                return;
            }
            int top = lx->nindent ? lx->indent[lx->nindent - 1] : 0;
            if (col > top) {
                if (lx->nindent == LEX_MAX_INDENT)
                    exc_raise_syntax_error_kind(&exc_IndentationError, lx->filename, lx->line, (uint32_t)(lx->p - lx->line_start),
                                                lx->line_start, lx->end, "too many levels of indentation");
                lx->indent[lx->nindent++] = (uint16_t)col;
                set_tok(lx, T_INDENT, lx->p);
                return;
            }
            if (col < top) {
                int n = 0;
                while (lx->nindent > 0 && lx->indent[lx->nindent - 1] > col) {
                    lx->nindent--;
                    n++;
                }
                top = lx->nindent ? lx->indent[lx->nindent - 1] : 0;
                if (top != col)
                    exc_raise_syntax_error_kind(&exc_IndentationError, lx->filename, lx->line,
                        (uint32_t)(lx->p - lx->line_start), lx->line_start, lx->end,
                        "unindent does not match any outer indentation level");
                lx->pending = (int16_t)-(n - 1);
                set_tok(lx, T_DEDENT, lx->p);
                return;
            }
        }
        /* skip blanks, comments and explicit line joins */
        while (lx->p < lx->end) {
            char c = *lx->p;
            if (c == ' ' || c == '\t' || c == '\f') lx->p++;
            else if (c == '#') { while (lx->p < lx->end && *lx->p != '\n' && *lx->p != '\r') lx->p++; }
            else if (c == '\\') {
                int c1 = peek(lx, 1);
                if (c1 == '\n') { lx->p += 2; newline(lx); }
                else if (c1 == '\r') { lx->p += peek(lx, 2) == '\n' ? 3 : 2; newline(lx); }
                else if (c1 < 0) { lx->p++; error_here(lx, "unexpected EOF while parsing"); }
                else { lx->p++; error_here(lx, "unexpected character after line continuation character"); }
            }
            else break;
        }
        if (lx->p >= lx->end) {
            if (lx->paren > 0) {
                if (lx->repl_cont) { set_tok(lx, T_END, lx->p); return; }
                lex_report_unclosed(lx);
                error_here(lx, "unexpected EOF while parsing");
            }
            lx->at_bol = true;
            continue;
        }
        const char *s = lx->p;
        int c = (uint8_t)*s;
        if (c == '\n' || c == '\r') {
            lx->p += (c == '\r' && peek(lx, 1) == '\n') ? 2 : 1;
            newline(lx);
            if (lx->paren > 0) continue;
            lx->at_bol = true;
            lx->tok.kind = T_NEWLINE;
            lx->tok.start = s;
            lx->tok.len = 0;
            lx->tok.line = lx->line - 1;
            return;
        }
        if (is_digit(c) || (c == '.' && is_digit(peek(lx, 1)))) {
            scan_number(lx);
            return;
        }
        if (is_ident_start(c)) {
            while (lx->p < lx->end && is_ident_char((uint8_t)*lx->p)) lx->p++;
            size_t n = (size_t)(lx->p - s);
            if (lx->p < lx->end && (*lx->p == '\'' || *lx->p == '"')) {
                int flags = string_prefix(s, n);
                if (flags >= 0) {
                    scan_string(lx, s, flags);
                    return;
                }
            }
            set_tok(lx, T_NAME, s);
            for (int i = 0; i < NKEYWORDS; i++) {
                if (strlen(keywords[i]) == n && memcmp(keywords[i], s, n) == 0) {
                    lx->tok.kind = (uint8_t)(T_FALSE + i);
                    break;
                }
            }
            if (c >= 0x80) {
                /* Non-ASCII identifiers are accepted if they are letters; reject stray symbols. */
                const uint8_t *q = (const uint8_t *)s;
                if (q[0] == 0xC2 || q[0] == 0xE2) {
                    lx->p = s;
                    error_here(lx, "invalid character in identifier");
                }
            }
            return;
        }
        if (c == '\'' || c == '"') {
            scan_string(lx, s, 0);
            return;
        }
        int k = scan_operator(lx);
        if (k == -2) {
            error_here(lx, "invalid syntax");
        }
        if (k < 0) {
            if (c == '$' || c == '?' || c == '`')
                error_here(lx, "invalid syntax");
            error_here(lx, "invalid character");
        }
        set_tok(lx, k, s);
        return;
    }
}

/* ---------------- literal values ---------------- */

static bool is_lit_digit(char c, int base) {
    if (c >= '0' && c <= '9') return true;
    c = (char)(c | 0x20);
    return base == 16 && c >= 'a' && c <= 'f';
}

Value lex_number(Lexer *lx, const Token *t) {
    const char *s = t->start;
    size_t n = t->len;
    char buf[128];
    char *big = NULL;
    char *d = buf;
    if (n >= sizeof buf) d = big = gc_alloc(n + 1, GC_LEAF);
    size_t m = 0;
    bool is_float = false, is_imag = false;
    int base = 10;
    size_t i = 0;
    if (n >= 2 && s[0] == '0') {
        char p = (char)(s[1] | 0x20);
        if (p == 'x') base = 16;
        else if (p == 'o') base = 8;
        else if (p == 'b') base = 2;
        if (base != 10) i = 2;
    }
    /* Underscores are allowed only between digits, or right after a base prefix. */
    for (; i < n; i++) {
        char c = s[i];
        if (c == '_') {
            bool after_prefix = base != 10 && i == 2;
            bool prev_ok = after_prefix || (i > 0 && is_lit_digit(s[i - 1], base));
            bool next_ok = i + 1 < n && is_lit_digit(s[i + 1], base);
            if (!prev_ok || !next_ok) {
                if (base == 16) lex_error(lx, t, "invalid hexadecimal literal");
                if (base == 8) lex_error(lx, t, "invalid octal literal");
                if (base == 2) lex_error(lx, t, "invalid binary literal");
                lex_error(lx, t, "invalid decimal literal");
            }
            continue;
        }
        if (base == 10 && (c == '.' || c == 'e' || c == 'E')) is_float = true;
        if (base == 10 && (c == 'j' || c == 'J')) { is_imag = true; continue; }
        d[m++] = c;
    }
    d[m] = 0;
    if (is_imag) {
        double v;
        if (!float_parse(d, m, &v)) lex_error(lx, t, "invalid imaginary literal");
        if (big) gc_free(big);
        return complex_new(0.0, v);
    }
    if (is_float) {
        double v;
        if (!float_parse(d, m, &v)) lex_error(lx, t, "invalid decimal literal");
        return float_new(v);
    }
    if (base == 10 && m > 1 && d[0] == '0') {
        for (size_t k = 0; k < m; k++)
            if (d[k] != '0')
                lex_error(lx, t, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    }
    Value v = int_parse(d, m, base);
    if (v == V_NULL) {
        if (base == 2 || base == 8) {
            /* CPython names a decimal digit out of range: invalid digit '2' in binary literal */
            for (size_t k = 0; k < m; k++) {
                if (d[k] < '0' || d[k] > '9' || d[k] - '0' < base) continue;
                lex_error(lx, t, cstr_printf("invalid digit '%c' in %s literal", d[k], base == 2 ? "binary" : "octal"));
            }
        }
        if (base == 16) lex_error(lx, t, "invalid hexadecimal literal");
        if (base == 8) lex_error(lx, t, "invalid octal literal");
        if (base == 2) lex_error(lx, t, "invalid binary literal");
        lex_error(lx, t, "invalid decimal literal");
    }
    if (big) gc_free(big);
    return v;
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

void lex_string_into(Lexer *lx, const Token *t, Vstr *out) {
    lex_decode(lx, t, t->start + t->body, t->start + t->body + t->body_len, out);
}

void lex_decode(Lexer *lx, const Token *t, const char *s, const char *e, Vstr *out) {
    bool raw = t->flags & STR_RAW, bytes = t->flags & STR_BYTES;
    while (s < e) {
        uint8_t c = (uint8_t)*s;
        if (bytes && c >= 0x80) lex_error(lx, t, "bytes can only contain ASCII literal characters");
        if (c == '\r') {  /* normalise newlines inside triple-quoted strings */
            vstr_addc(out, '\n');
            s += (s + 1 < e && s[1] == '\n') ? 2 : 1;
            continue;
        }
        if (c != '\\' || raw) {
            if (c == '\\' && raw && s + 1 < e) {  /* a raw string keeps the backslash and the next char */
                vstr_add(out, s, 2);
                s += 2;
                continue;
            }
            vstr_addc(out, (char)c);
            s++;
            continue;
        }
        s++;
        if (s >= e) break;
        c = (uint8_t)*s++;
        switch (c) {
        case '\n': break;
        case '\r': if (s < e && *s == '\n') s++; break;
        case '\\': vstr_addc(out, '\\'); break;
        case '\'': vstr_addc(out, '\''); break;
        case '"': vstr_addc(out, '"'); break;
        case 'a': vstr_addc(out, 7); break;
        case 'b': vstr_addc(out, 8); break;
        case 'f': vstr_addc(out, 12); break;
        case 'n': vstr_addc(out, 10); break;
        case 'r': vstr_addc(out, 13); break;
        case 't': vstr_addc(out, 9); break;
        case 'v': vstr_addc(out, 11); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = c - '0';
            for (int k = 0; k < 2 && s < e && *s >= '0' && *s <= '7'; k++) v = v * 8 + (uint32_t)(*s++ - '0');
            if (bytes) vstr_addc(out, (char)(v & 0xFF));
            else vstr_add_utf8(out, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            int nd = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            if (bytes && c != 'x') {
                vstr_addc(out, '\\');
                vstr_addc(out, (char)c);
                break;
            }
            uint32_t v = 0;
            for (int k = 0; k < nd; k++) {
                int h = s < e ? hexval((uint8_t)*s) : -1;
                if (h < 0) {
                    if (bytes) lex_error(lx, t, "(value error) invalid \\x escape at position 0");
                    lex_error(lx, t, cstr_printf("(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\%c%.*s escape",
                                                 (int)c, nd, "XXXXXXXX"));
                }
                v = v * 16 + (uint32_t)h;
                s++;
            }
            if (bytes) vstr_addc(out, (char)v);
            else {
                if (v > 0x10FFFF) lex_error(lx, t, "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character");
                vstr_add_utf8(out, v);
            }
            break;
        }
        case 'N':
            if (!bytes) lex_error(lx, t, "\\N{...} escapes are not supported");
            /* fall through */
        default:
            vstr_addc(out, '\\');
            vstr_addc(out, (char)c);
            break;
        }
    }
}
