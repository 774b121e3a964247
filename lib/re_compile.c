/* The regex compiler: one left-to-right scan of the pattern that emits the program directly,
 * with CPython's sre_parse rules for syntax, errors and their positions.
 *
 * It runs twice over the pattern: first with no output to measure the program, then writing
 * into the caller's memory, so the caller can allocate exactly.  Both passes take the same
 * decisions; only the second reads back what it wrote (to patch jumps).
 *
 * No recursion: open groups live on a fixed stack (RE_MAX_DEPTH), so the C stack use is
 * bounded whatever the pattern.  A quantifier applies to the item just emitted: its loop
 * instructions are inserted in front of the item's code (offsets are relative, so moving
 * code is safe). */
#include <string.h>
#include "re_prog.h"

#define RE_MAX_DEPTH  24    /* nested groups (the compiler state is on the C stack) */
#define RE_MAX_GROUPS 100   /* capturing groups */
#define RE_MAX_NAMES  64    /* named groups */
#define RE_MAX_FWD    16    /* conditionals (?(n)..) naming a group not yet opened */
#define RE_LIT_MAX    32    /* characters merged into one literal instruction */
#define RE_NONE       0xFFFFFFFFu
#define W_INF         0xFFFFu  /* widths are counted up to 65534 characters; more is "unbounded" */

typedef uint16_t re_w;

enum { G_TOP, G_CAPTURE, G_NONCAP, G_AHEAD, G_NAHEAD, G_BEHIND, G_NBEHIND, G_ATOMIC, G_COND };
enum { I_NONE, I_SIMPLE, I_OTHER, I_REPEAT, I_AT };

typedef struct {
    uint8_t kind;        /* G_* */
    uint8_t nbar;        /* '|' seen in this group */
    uint8_t ikind;       /* I_* of the last item of the current alternative */
    uint8_t simple;      /* the alternative is one single-character item */
    uint16_t group;      /* capture number; for G_COND the tested group */
    uint16_t nitems;     /* items in the current alternative */
    uint16_t flags;      /* flags in force before the group, restored at ')' */
    uint8_t outer_behind;/* this look-behind is the outermost one */
    uint32_t paren;      /* pattern offset of '(' */
    uint32_t open_at;    /* code offset of the group's first word */
    uint32_t alt_start;  /* code offset of the current alternative */
    uint32_t chain;      /* last alternation JMP (each links to the previous), RE_NONE */
    uint32_t item;       /* code offset of the last item, RE_NONE if none */
    re_w amin, amax;     /* width range over the finished alternatives */
    re_w smin, smax;     /* width range of the current alternative so far */
    re_w imin, imax;     /* width range of the last item */
    re_w pmin, pmax;     /* width range of the alternative before the last item */
} re_grp;

typedef struct {
    const uint8_t *pat;
    size_t len, i;
    uint32_t *code;      /* NULL in the measuring pass */
    uint32_t n;          /* code words emitted */
    uint32_t peak;       /* most words ever in use (classes use room past the end) */
    uint32_t capw;       /* words available at code (second pass) */
    uint32_t flags;      /* flags in force */
    uint32_t gflags;     /* global flags (argument + leading inline flags) */
    int bytes;
    int depth;
    unsigned ngroups, nloops, nnames, nfwd;
    int in_behind;       /* groups existing when the outermost look-behind opened, or -1 */
    int seen_item;       /* something was parsed (global flags must come first) */
    re_grp g[RE_MAX_DEPTH + 1];
    struct { uint32_t pos; uint16_t len, group; } names[RE_MAX_NAMES];
    uint16_t gwidth[RE_MAX_GROUPS + 1];  /* fixed width of a closed group, 0xFFFF: varies */
    struct { uint32_t group, pos; } fwd[RE_MAX_FWD];
    uint32_t lit[RE_LIT_MAX];
    unsigned nlit;
    size_t behind_err;   /* first look-behind that is not fixed-width (reported last) */
    re_error *err;
} re_comp;

/* ---- errors ---- */

static void msg_append(re_error *e, size_t *k, const char *s, size_t n) {
    while (n-- && *k + 1 < sizeof e->msg) e->msg[(*k)++] = *s++;
    e->msg[*k] = 0;
}
static void msg_num(re_error *e, size_t *k, uint32_t v) {
    char tmp[12];
    int n = 0;
    do { tmp[n++] = (char)('0' + v % 10); v /= 10; } while (v);
    while (n) { char c = tmp[--n]; msg_append(e, k, &c, 1); }
}

/* Formats CPython's message: %s is replaced by the string (s, sn), %d by num. */
static int fail(re_comp *c, int code, size_t pos, const char *fmt, const char *s, size_t sn,
                uint32_t num) {
    re_error *e = c->err;
    size_t k = 0;
    e->code = code;
    e->pos = pos;
    e->msg[0] = 0;
    for (; *fmt; fmt++) {
        if (fmt[0] == '%' && fmt[1] == 's') { msg_append(e, &k, s, sn); fmt++; }
        else if (fmt[0] == '%' && fmt[1] == 'd') { msg_num(e, &k, num); fmt++; }
        else msg_append(e, &k, fmt, 1);
    }
    return code;
}
static int syntax(re_comp *c, size_t pos, const char *msg) {
    return fail(c, RE_ERR_SYNTAX, pos, msg, 0, 0, 0);
}
static int limit(re_comp *c, const char *msg) {
    return fail(c, RE_ERR_LIMIT, c->i, msg, 0, 0, 0);
}

/* ---- reading the pattern ---- */

static uint32_t peek_at(const re_comp *c, size_t i, size_t *next) {
    if (c->bytes) { *next = i + 1; return c->pat[i]; }
    *next = i;
    return re_utf8_next(c->pat, next, c->len);
}
static uint32_t peek(const re_comp *c, size_t *next) { return peek_at(c, c->i, next); }
static int at_end(const re_comp *c) { return c->i >= c->len; }
static int match_ch(re_comp *c, uint8_t ch) {
    if (c->i < c->len && c->pat[c->i] == ch) { c->i++; return 1; }
    return 0;
}
/* Byte offset k characters before i (positions are reported in characters by CPython). */
static size_t chars_back(const re_comp *c, size_t i, size_t k) {
    while (k-- && i > 0) i = c->bytes ? i - 1 : re_utf8_prev(c->pat, i, 0);
    return i;
}
static size_t nchars(const re_comp *c, size_t from, size_t to) {
    size_t k = 0;
    while (from < to) { peek_at(c, from, &from); k++; }
    return k;
}
static int is_digit(uint32_t ch) { return ch >= '0' && ch <= '9'; }
static int is_alpha(uint32_t ch) { return (ch | 32) >= 'a' && (ch | 32) <= 'z'; }
static int hexval(uint32_t ch) {
    if (is_digit(ch)) return (int)(ch - '0');
    if ((ch | 32) >= 'a' && (ch | 32) <= 'f') return (int)((ch | 32) - 'a' + 10);
    return -1;
}

/* str.isidentifier(), approximated for non-ASCII: every non-ASCII character is allowed. */
static int is_identifier(const uint8_t *s, size_t n) {
    if (n == 0 || is_digit(s[0])) return 0;
    for (size_t i = 0; i < n; i++)
        if (!(is_alpha(s[i]) || is_digit(s[i]) || s[i] == '_' || s[i] >= 0x80)) return 0;
    return 1;
}
/* A group number written in decimal ASCII digits, or -1. */
static long parse_number(const uint8_t *s, size_t n) {
    long v = 0;
    if (n == 0) return -1;
    for (size_t i = 0; i < n; i++) {
        if (!is_digit(s[i])) return -1;
        v = v * 10 + (s[i] - '0');
        if (v > 1000000000L) v = 1000000000L;
    }
    return v;
}

/* sre_parse's getuntil(): reads a name up to the terminator, leaving c->i after it. */
static int get_until(re_comp *c, uint8_t term, size_t *start, size_t *n) {
    size_t s = c->i;
    while (c->i < c->len && c->pat[c->i] != term) {
        if (c->pat[c->i] == '\\' && c->i + 1 < c->len) c->i++;  /* escapes are one token */
        peek(c, &c->i);
    }
    *start = s;
    *n = c->i - s;
    if (c->i >= c->len) {
        if (*n == 0) return syntax(c, c->i, "missing group name");
        return fail(c, RE_ERR_SYNTAX, s, "missing %s, unterminated name", (const char *)&term, 1, 0);
    }
    if (*n == 0) return syntax(c, c->i, "missing group name");
    c->i++;
    return 0;
}

static int lookup_name(const re_comp *c, const uint8_t *s, size_t n) {
    for (unsigned k = 0; k < c->nnames; k++)
        if (c->names[k].len == n && !memcmp(c->pat + c->names[k].pos, s, n)) return c->names[k].group;
    return -1;
}

/* ---- emitting code ---- */

static void grow(re_comp *c, uint32_t k) {
    c->n += k;
    if (c->n > c->peak) c->peak = c->n;
}
static void emit(re_comp *c, uint32_t w) {
    if (c->code && c->n < c->capw) c->code[c->n] = w;
    grow(c, 1);
}
static void patch(re_comp *c, uint32_t at, uint32_t w) {
    if (c->code && at < c->capw) c->code[at] = w;
}
static uint32_t code_at(const re_comp *c, uint32_t at) {
    return c->code && at < c->capw ? c->code[at] : 0;
}
/* Opens k words at code offset at, moving what follows. */
static void insert(re_comp *c, uint32_t at, uint32_t k) {
    if (c->code && c->n + k <= c->capw)
        memmove(c->code + at + k, c->code + at, (c->n - at) * sizeof(uint32_t));
    grow(c, k);
}
static uint32_t jump(int op, uint32_t from, uint32_t to) {
    return RE_INSN(op, ((uint32_t)((int32_t)to - (int32_t)from)) & 0xFFFFFFu);
}

static re_w wsat(uint32_t a) { return a >= W_INF ? W_INF : (re_w)a; }
static re_w wadd(uint32_t a, uint32_t b) { return wsat(a + b); }
static re_w wmul(uint32_t a, uint32_t b) {
    if (a == 0 || b == 0) return 0;
    return a >= W_INF || b >= W_INF ? W_INF : wsat(a * b);
}

static re_grp *top(re_comp *c) { return &c->g[c->depth]; }

/* Records a newly emitted item of the current alternative. */
static void new_item(re_comp *c, uint32_t at, int kind, uint32_t wmin, uint32_t wmax) {
    re_grp *g = top(c);
    g->item = at;
    g->ikind = (uint8_t)kind;
    g->pmin = g->smin;
    g->pmax = g->smax;
    g->imin = wsat(wmin);
    g->imax = wsat(wmax);
    g->smin = wadd(g->smin, g->imin);
    g->smax = wadd(g->smax, g->imax);
    g->nitems++;
    g->simple = g->nitems == 1 && kind == I_SIMPLE;
    c->seen_item = 1;
}

static int icase(const re_comp *c) { return (c->flags & RE_IGNORECASE) != 0; }
static int ascii_mode(const re_comp *c) { return c->bytes || (c->flags & RE_ASCII); }

/* Emits pending literal characters [from, to) as one instruction. */
static void emit_lit(re_comp *c, unsigned from, unsigned to) {
    uint32_t at = c->n;
    int folded = 0;
    if (icase(c))
        for (unsigned k = from; k < to; k++) {
            uint32_t set[8];
            if (ascii_mode(c) ? is_alpha(c->lit[k]) && c->lit[k] < 128 : re_case_set(c->lit[k], set) > 1)
                folded = 1;
        }
    if (folded) {
        emit(c, RE_INSN(OP_LITI, (to - from) | (ascii_mode(c) ? 0x800000u : 0)));
        for (unsigned k = from; k < to; k++) emit(c, re_fold(c->lit[k], ascii_mode(c)));
    } else {
        uint8_t buf[RE_LIT_MAX * 4];
        uint32_t nb = 0;
        for (unsigned k = from; k < to; k++) {
            if (c->bytes) buf[nb++] = (uint8_t)c->lit[k];
            else nb += re_utf8_put(c->lit[k], buf + nb);
        }
        emit(c, RE_INSN(OP_LIT, nb));
        for (uint32_t k = 0; k < nb; k += 4) {
            uint32_t w = 0;
            memcpy(&w, buf + k, nb - k < 4 ? nb - k : 4);
            emit(c, w);
        }
    }
    new_item(c, at, to - from == 1 ? I_SIMPLE : I_OTHER, to - from, to - from);
}

static void flush(re_comp *c) {
    if (c->nlit) emit_lit(c, 0, c->nlit);
    c->nlit = 0;
}

static void add_literal(re_comp *c, uint32_t ch) {
    if (c->nlit == RE_LIT_MAX) flush(c);
    c->lit[c->nlit++] = ch;
    c->seen_item = 1;
}

/* ---- character classes ---- */

/* Starts a class instruction: op word, flags word, map; raw items follow as they are parsed. */
static uint32_t begin_class(re_comp *c) {
    uint32_t at = c->n;
    for (unsigned k = 0; k < 2 + RE_CL_MAPWORDS; k++) emit(c, 0);
    return at;
}
/* Whether an item is kept past the map (it can match a code point >= 256). */
static int item_kept(const re_comp *c, uint32_t kind, uint32_t hi) {
    return !c->bytes && (kind != RE_CI_RANGE || hi >= 256);
}
static void class_item(re_comp *c, uint32_t kind, uint32_t lo, uint32_t hi, unsigned *nraw,
                       unsigned *nkept) {
    emit(c, kind << 24 | lo);
    emit(c, hi);
    (*nraw)++;
    if (item_kept(c, kind, hi)) (*nkept)++;
}

/* Computes the map from the raw items, keeps the items that matter for code points >= 256
 * and sets the final size.  For a code point >= 256 with case variants below 256 the matcher
 * uses the map of such a variant (same set, same answer), so ranges below 256 can go. */
static void end_class(re_comp *c, uint32_t at, unsigned nraw, unsigned nkept, int negate) {
    int ascii = ascii_mode(c), ic = icase(c);
    uint32_t words = 1 + RE_CL_MAPWORDS + 2 * nkept;
    if (c->code && at + 2 + RE_CL_MAPWORDS + 2 * nraw <= c->capw) {
        uint32_t *w = c->code + at;
        const uint32_t *raw = w + 2 + RE_CL_MAPWORDS;
        uint32_t map[RE_CL_MAPWORDS] = {0};
        for (uint32_t ch = 0; ch < 256; ch++) {
            uint32_t set[8];
            unsigned ns = 1;
            set[0] = ch;
            if (ic) {
                if (ascii) { if (ch < 128 && is_alpha(ch)) set[ns++] = ch ^ 32; }
                else ns = re_case_set(ch, set);
            }
            int hit = 0;
            for (unsigned k = 0; k < nraw && !hit; k++)
                for (unsigned s = 0; s < ns && !hit; s++)
                    hit = re_class_item(raw[2 * k] >> 24, raw[2 * k] & 0xFFFFFF, raw[2 * k + 1], set[s], ascii);
            if (hit != negate) map[ch >> 5] |= 1u << (ch & 31);
        }
        uint32_t *dst = w + 2 + RE_CL_MAPWORDS;
        unsigned kept = 0;
        for (unsigned k = 0; k < nraw; k++) {
            uint32_t a = raw[2 * k], b = raw[2 * k + 1];
            if (!item_kept(c, a >> 24, b)) continue;
            dst[2 * kept] = a;
            dst[2 * kept + 1] = b;
            kept++;
        }
        w[0] = RE_INSN(OP_CLASS, words);
        w[1] = (negate ? RE_CL_NEGATE : 0) | (ic && !ascii ? RE_CL_ICASE : 0) | (ascii ? RE_CL_ASCII : 0);
        memcpy(w + 2, map, sizeof map);
    }
    c->n = at + 1 + words;
    new_item(c, at, I_SIMPLE, 1, 1);
}

/* ---- escapes ---- */

enum { E_LIT, E_CAT, E_AT, E_BREF };

/* Lookup rules shared by \1, (?P=name) and (?(n)...) inside look-behinds. */
static int group_open(const re_comp *c, unsigned g) {
    for (int d = 1; d <= c->depth; d++)
        if (c->g[d].kind == G_CAPTURE && c->g[d].group == g) return 1;
    return 0;
}
static int check_behind(re_comp *c, unsigned g) {
    if (c->in_behind < 0) return 0;
    if (g > c->ngroups || group_open(c, g)) return syntax(c, c->i, "cannot refer to an open group");
    if ((int)g > c->in_behind)
        return syntax(c, c->i, "cannot refer to group defined in the same lookbehind subpattern");
    return 0;
}

/* Reads up to max digits of the given base (8 or 16) at c->i. */
static unsigned get_digits(re_comp *c, unsigned max, unsigned base, uint32_t *v) {
    unsigned k = 0;
    *v = 0;
    while (k < max && c->i < c->len) {
        int d = hexval(c->pat[c->i]);
        if (d < 0 || (unsigned)d >= base) break;
        *v = *v * base + (uint32_t)d;
        c->i++;
        k++;
    }
    return k;
}

/* An escape at c->i (a backslash): sets *type and *val, leaves c->i after it. */
static int escape(re_comp *c, int in_class, int *type, uint32_t *val) {
    size_t bs = c->i, after;
    const char *tok = (const char *)c->pat + bs;
    c->i++;
    if (at_end(c)) return syntax(c, bs, "bad escape (end of pattern)");
    uint32_t e = peek(c, &after);
    c->i = after;
    *type = E_LIT;
    switch (e) {
    case 'd': *type = E_CAT; *val = RE_CI_DIGIT; return 0;
    case 'D': *type = E_CAT; *val = RE_CI_NDIGIT; return 0;
    case 's': *type = E_CAT; *val = RE_CI_SPACE; return 0;
    case 'S': *type = E_CAT; *val = RE_CI_NSPACE; return 0;
    case 'w': *type = E_CAT; *val = RE_CI_WORD; return 0;
    case 'W': *type = E_CAT; *val = RE_CI_NWORD; return 0;
    case 'A': case 'Z': case 'B':
        if (in_class) break;
        *type = E_AT;
        *val = e == 'A' ? RE_AT_BOS : e == 'Z' ? RE_AT_EOS : RE_AT_NWORDB;
        return 0;
    case 'b':
        if (in_class) { *val = 8; return 0; }
        *type = E_AT;
        *val = RE_AT_WORDB;
        return 0;
    case 'a': *val = 7; return 0;
    case 'f': *val = 12; return 0;
    case 'n': *val = 10; return 0;
    case 'r': *val = 13; return 0;
    case 't': *val = 9; return 0;
    case 'v': *val = 11; return 0;
    case '\\': *val = '\\'; return 0;
    case 'x': case 'u': case 'U': {
        unsigned want = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        if (e != 'x' && c->bytes) break;
        if (get_digits(c, want, 16, val) != want)
            return fail(c, RE_ERR_SYNTAX, bs, "incomplete escape %s", tok, c->i - bs, 0);
        if (*val > 0x10FFFF) return fail(c, RE_ERR_SYNTAX, bs, "bad escape %s", tok, c->i - bs, 0);
        return 0;
    }
    case 'N':
        if (c->bytes) break;
        return fail(c, RE_ERR_LIMIT, bs, "named character escapes (\\N{...}) are not supported", 0, 0, 0);
    case '0': {
        uint32_t v;
        get_digits(c, 2, 8, &v);
        *val = v;   /* at most 0o77 */
        return 0;
    }
    default:
        break;
    }
    if (e >= '1' && e <= '9') {
        if (in_class) {
            if (e >= '8') return fail(c, RE_ERR_SYNTAX, bs, "bad escape %s", tok, 2, 0);
            uint32_t v;
            get_digits(c, 2, 8, &v);
            size_t nd = c->i - bs - 2;   /* digits after the first */
            v = (e - '0') << (3 * nd) | v;
            if (v > 0377)
                return fail(c, RE_ERR_SYNTAX, bs, "octal escape value %s outside of range 0-0o377",
                            tok, c->i - bs, 0);
            *val = v;
            return 0;
        }
        uint32_t group = e - '0';
        if (c->i < c->len && is_digit(c->pat[c->i])) {
            uint32_t d2 = c->pat[c->i++] - '0';
            if (e <= '7' && d2 <= 7 && c->i < c->len && c->pat[c->i] >= '0' && c->pat[c->i] <= '7') {
                uint32_t v = (e - '0') * 64 + d2 * 8 + (c->pat[c->i++] - '0');
                if (v > 0377)
                    return fail(c, RE_ERR_SYNTAX, bs, "octal escape value %s outside of range 0-0o377",
                                tok, c->i - bs, 0);
                *val = v;
                return 0;
            }
            group = group * 10 + d2;
        }
        if (group <= c->ngroups) {
            if (group_open(c, group)) return syntax(c, bs, "cannot refer to an open group");
            int r = check_behind(c, group);
            if (r) return r;
            *type = E_BREF;
            *val = group;
            return 0;
        }
        return fail(c, RE_ERR_SYNTAX, bs + 1, "invalid group reference %d", 0, 0, group);
    }
    if (e < 128 && is_alpha(e)) return fail(c, RE_ERR_SYNTAX, bs, "bad escape %s", tok, c->i - bs, 0);
    *val = e;
    return 0;
}

static int parse_class(re_comp *c) {
    size_t here = c->i;
    c->i++;
    int negate = match_ch(c, '^');
    uint32_t at = begin_class(c);
    unsigned nraw = 0, nkept = 0;
    for (;;) {
        if (at_end(c)) return syntax(c, here, "unterminated character set");
        if (c->pat[c->i] == ']' && nraw) { c->i++; break; }
        size_t t1 = c->i, after;
        int ty1 = E_LIT, ty2 = E_LIT, r;
        uint32_t v1, v2;
        if (c->pat[c->i] == '\\') { if ((r = escape(c, 1, &ty1, &v1))) return r; }
        else { v1 = peek(c, &after); c->i = after; }
        size_t t1end = t1;   /* the token is one character, or a backslash and one character */
        peek_at(c, t1 + (c->pat[t1] == '\\'), &t1end);
        if (c->i < c->len && c->pat[c->i] == '-') {
            c->i++;
            if (at_end(c)) return syntax(c, here, "unterminated character set");
            if (c->pat[c->i] == ']') {
                c->i++;
                if (ty1 == E_CAT) class_item(c, v1, 0, 0, &nraw, &nkept);
                else class_item(c, RE_CI_RANGE, v1, v1, &nraw, &nkept);
                class_item(c, RE_CI_RANGE, '-', '-', &nraw, &nkept);
                break;
            }
            size_t t2 = c->i, t2end = t2;
            if (c->pat[c->i] == '\\') { if ((r = escape(c, 1, &ty2, &v2))) return r; }
            else { v2 = peek(c, &after); c->i = after; }
            peek_at(c, t2 + (c->pat[t2] == '\\'), &t2end);
            if (ty1 != E_LIT || ty2 != E_LIT || v2 < v1) {
                size_t k = 0;
                re_error *e = c->err;
                e->code = RE_ERR_SYNTAX;
                e->msg[0] = 0;
                msg_append(e, &k, "bad character range ", 20);
                msg_append(e, &k, (const char *)c->pat + t1, t1end - t1);
                msg_append(e, &k, "-", 1);
                msg_append(e, &k, (const char *)c->pat + t2, t2end - t2);
                e->pos = chars_back(c, c->i, nchars(c, t1, t1end) + 1 + nchars(c, t2, t2end));
                return RE_ERR_SYNTAX;
            }
            class_item(c, RE_CI_RANGE, v1, v2, &nraw, &nkept);
        } else if (ty1 == E_CAT) {
            class_item(c, v1, 0, 0, &nraw, &nkept);
        } else {
            class_item(c, RE_CI_RANGE, v1, v1, &nraw, &nkept);
        }
    }
    end_class(c, at, nraw, nkept, negate);
    return 0;
}

/* ---- items ---- */

static void emit_at(re_comp *c, uint32_t kind) {
    flush(c);
    uint32_t at = c->n;
    if (ascii_mode(c) && (kind == RE_AT_WORDB || kind == RE_AT_NWORDB)) kind += RE_AT_WORDB_A - RE_AT_WORDB;
    emit(c, RE_INSN(OP_AT, kind));
    new_item(c, at, I_AT, 0, 0);
}

static void emit_category(re_comp *c, uint32_t kind) {
    flush(c);
    unsigned nraw = 0, nkept = 0;
    uint32_t at = begin_class(c);
    class_item(c, kind, 0, 0, &nraw, &nkept);
    end_class(c, at, nraw, nkept, 0);
}

static void emit_bref(re_comp *c, unsigned group) {
    flush(c);
    uint32_t at = c->n, w = c->gwidth[group];
    uint32_t f = icase(c) ? RE_BREF_ICASE | (ascii_mode(c) ? 0 : RE_BREF_UNI) : 0;
    emit(c, RE_INSN(OP_BREF, group | f));
    /* a reference has its group's width (look-behinds accept fixed-width ones) */
    new_item(c, at, I_OTHER, w == W_INF ? 0 : w, w);
}

/* Wraps the code from `at` to the end in an atomic group. */
static void wrap_atomic(re_comp *c, uint32_t at) {
    insert(c, at, 3);
    patch(c, at, RE_INSN(OP_ASSERT, RE_AS_ATOMIC));
    patch(c, at + 1, c->n - at);
    patch(c, at + 2, 0);
    emit(c, jump(OP_AEND, c->n, at));
}

/* Applies {qmin,qmax} to the last item; c->i is just after the quantifier at qpos. */
static int quantify(re_comp *c, uint32_t qmin, uint32_t qmax, size_t qpos) {
    int mode = RE_REP_GREEDY;
    if (match_ch(c, '?')) mode = RE_REP_LAZY;
    else if (match_ch(c, '+')) mode = RE_REP_POSSESSIVE;
    if (c->nlit) {   /* only the last character of pending literal text repeats */
        unsigned n = c->nlit;
        c->nlit = 0;
        if (n > 1) emit_lit(c, 0, n - 1);
        emit_lit(c, n - 1, n);
    }
    re_grp *g = top(c);
    if (g->item == RE_NONE || g->ikind == I_AT) return syntax(c, qpos, "nothing to repeat");
    if (g->ikind == I_REPEAT) return syntax(c, qpos, "multiple repeat");
    uint32_t it = g->item;
    re_w wmin = wmul(g->imin, qmin);
    re_w wmax = qmax == RE_INF ? (g->imax ? W_INF : 0) : wmul(g->imax, qmax);
    if (qmax == 0) {
        c->n = it;   /* never matched: drop the code (its groups still count) */
    } else if (qmin == 1 && qmax == 1) {
        if (mode == RE_REP_POSSESSIVE) wrap_atomic(c, it);
    } else if (g->ikind == I_SIMPLE) {
        insert(c, it, 3);
        patch(c, it, RE_INSN(OP_REP1, mode));
        patch(c, it + 1, qmin);
        patch(c, it + 2, qmax);
    } else if (qmin == 0 && qmax == 1 && mode != RE_REP_POSSESSIVE) {
        insert(c, it, 1);
        patch(c, it, jump(mode == RE_REP_LAZY ? OP_SPLITL : OP_SPLIT, it, c->n));
    } else {
        if (c->nloops == 0xFFFF) return limit(c, "too many repeated groups");
        uint32_t r = c->nloops++;
        insert(c, it, 2);
        patch(c, it, RE_INSN(OP_REPINIT, r));
        patch(c, it + 1, jump(OP_JMP, it + 1, c->n));
        uint32_t until = c->n;
        emit(c, RE_INSN(OP_UNTIL, r | (mode == RE_REP_LAZY ? 0x10000u : 0)));
        emit(c, qmin);
        emit(c, qmax);
        emit(c, (uint32_t)((int32_t)(it + 2) - (int32_t)until));
        if (mode == RE_REP_POSSESSIVE) wrap_atomic(c, it);
    }
    g = top(c);
    g->ikind = I_REPEAT;
    g->simple = 0;
    g->imin = wmin;
    g->imax = wmax;
    g->smin = wadd(g->pmin, wmin);
    g->smax = wadd(g->pmax, wmax);
    return 0;
}

/* sre_parse's {m,n}: returns 1 with the bounds, 0 if the brace is a literal, or an error. */
static int parse_braces(re_comp *c, uint32_t *qmin, uint32_t *qmax) {
    size_t here = c->i;   /* just after '{' */
    if (match_ch(c, '}')) { c->i = here; return 0; }
    uint32_t lo = 0, hi = RE_INF;
    int has_lo = 0, has_hi = 0, big = 0;
    while (c->i < c->len && is_digit(c->pat[c->i])) {
        uint32_t d = c->pat[c->i++] - '0';
        if (lo > (RE_INF - d) / 10) big = 1; else lo = lo * 10 + d;
        has_lo = 1;
    }
    if (match_ch(c, ',')) {
        while (c->i < c->len && is_digit(c->pat[c->i])) {
            uint32_t d = c->pat[c->i++] - '0';
            if (has_hi && hi > (RE_INF - d) / 10) big = 1;
            else hi = (has_hi ? hi * 10 : 0) + d;
            has_hi = 1;
        }
    } else {
        hi = lo;
        has_hi = has_lo;
    }
    if (!match_ch(c, '}')) { c->i = here; return 0; }
    if (big || (has_lo && lo >= RE_INF) || (has_hi && hi >= RE_INF))
        return fail(c, RE_ERR_OVERFLOW, RE_NOPOS, "the repetition number is too large", 0, 0, 0);
    *qmin = has_lo ? lo : 0;
    *qmax = has_hi ? hi : RE_INF;
    if (*qmax < *qmin) return syntax(c, here, "min repeat greater than max repeat");
    return 1;
}

/* ---- groups ---- */

static void reset_alt(re_grp *g, uint32_t at) {
    g->alt_start = at;
    g->smin = g->smax = 0;
    g->item = RE_NONE;
    g->ikind = I_NONE;
    g->nitems = 0;
    g->simple = 0;
}
static void end_alt(re_grp *g) {
    if (g->smin < g->amin) g->amin = g->smin;
    if (g->smax > g->amax) g->amax = g->smax;
}

static int push_group(re_comp *c, int kind, size_t paren, uint32_t newflags, unsigned group) {
    if (c->depth == RE_MAX_DEPTH) return limit(c, "too many nested parentheses");
    uint32_t at = c->n;
    switch (kind) {
    case G_CAPTURE: emit(c, RE_INSN(OP_SAVE, 2 * group)); break;
    case G_AHEAD: case G_NAHEAD: case G_BEHIND: case G_NBEHIND: case G_ATOMIC:
        emit(c, RE_INSN(OP_ASSERT, kind == G_AHEAD ? RE_AS_AHEAD : kind == G_NAHEAD ? RE_AS_NAHEAD :
                                   kind == G_BEHIND ? RE_AS_BEHIND : kind == G_NBEHIND ? RE_AS_NBEHIND :
                                   RE_AS_ATOMIC));
        emit(c, 0);
        emit(c, 0);
        break;
    case G_COND:
        emit(c, RE_INSN(OP_GEXISTS, group));
        emit(c, 0);
        break;
    default: break;
    }
    c->seen_item = 1;
    re_grp *g = &c->g[++c->depth];
    memset(g, 0, sizeof *g);
    g->kind = (uint8_t)kind;
    g->group = (uint16_t)group;
    g->flags = (uint16_t)c->flags;
    g->paren = (uint32_t)paren;
    g->open_at = at;
    g->chain = RE_NONE;
    g->amin = W_INF;
    reset_alt(g, c->n);
    if ((kind == G_BEHIND || kind == G_NBEHIND) && c->in_behind < 0) {
        c->in_behind = (int)c->ngroups;
        g->outer_behind = 1;
    }
    c->flags = newflags;
    return 0;
}

static int bar(re_comp *c) {
    flush(c);
    re_grp *g = top(c);
    if (g->kind == G_COND) {
        if (g->nbar) return syntax(c, c->i, "conditional backref with more than two branches");
        g->chain = c->n;
        emit(c, RE_INSN(OP_JMP, 0));
        patch(c, g->open_at + 1, c->n - g->open_at);
    } else {
        insert(c, g->alt_start, 1);
        uint32_t j = c->n;
        emit(c, g->chain == RE_NONE ? RE_INSN(OP_JMP, 0) : jump(OP_JMP, j, g->chain));
        patch(c, g->alt_start, jump(OP_SPLIT, g->alt_start, c->n));
        g->chain = j;
    }
    end_alt(g);
    g->nbar++;
    reset_alt(g, c->n);
    c->i++;
    return 0;
}

/* Patches the alternation jumps of the innermost group to land at c->n. */
static void close_alts(re_comp *c, re_grp *g) {
    end_alt(g);
    if (g->kind == G_COND && !g->nbar) {
        patch(c, g->open_at + 1, c->n - g->open_at);
        if (g->amin > 0) g->amin = 0;   /* the missing no-branch matches empty */
    }
    uint32_t j = g->chain;
    while (j != RE_NONE) {
        int32_t link = RE_SARG(code_at(c, j));
        patch(c, j, jump(OP_JMP, j, c->n));
        j = link ? (uint32_t)((int32_t)j + link) : RE_NONE;
    }
}

static int close_group(re_comp *c) {
    flush(c);
    re_grp *g = top(c);
    close_alts(c, g);
    int simple = g->kind == G_NONCAP && g->simple && g->nbar == 0;
    re_w wmin = g->amin, wmax = g->amax;
    switch (g->kind) {
    case G_CAPTURE:
        emit(c, RE_INSN(OP_SAVE, 2 * g->group + 1));
        c->gwidth[g->group] = wmin == wmax ? wmin : W_INF;
        break;
    case G_AHEAD: case G_NAHEAD: case G_BEHIND: case G_NBEHIND: case G_ATOMIC:
        if (g->kind == G_BEHIND || g->kind == G_NBEHIND) {
            if ((wmin != wmax || wmax == W_INF) && c->behind_err == RE_NOPOS) c->behind_err = g->paren;
            patch(c, g->open_at + 2, wmin);
            if (g->outer_behind) c->in_behind = -1;
        }
        patch(c, g->open_at + 1, c->n - g->open_at);
        emit(c, jump(OP_AEND, c->n, g->open_at));
        if (g->kind != G_ATOMIC) wmin = wmax = 0;
        break;
    default: break;
    }
    uint32_t at = g->open_at;
    c->flags = g->flags;
    c->depth--;
    new_item(c, at, simple ? I_SIMPLE : I_OTHER, wmin, wmax);
    return 0;
}

/* sre_parse's _parse_flags after "(?": returns 1 for global flags "(?i)", 0 for a scoped
 * "(?i-s:" with the added and removed flags set, or an error. */
static int parse_flags(re_comp *c, uint32_t *add, uint32_t *del) {
    static const char letters[] = "iLmsxatu";
    static const uint16_t values[] = {RE_IGNORECASE, RE_LOCALE, RE_MULTILINE, RE_DOTALL,
                                      RE_VERBOSE, RE_ASCII, RE_TEMPLATE, RE_UNICODE};
    const uint32_t type_flags = RE_ASCII | RE_LOCALE | RE_UNICODE;
    *add = *del = 0;
    uint8_t ch = c->pat[c->i];
    if (ch != '-') {
        for (;;) {
            const char *p = memchr(letters, ch, 8);
            uint32_t f = values[p - letters];
            c->i++;
            if (!c->bytes && ch == 'L')
                return syntax(c, c->i, "bad inline flags: cannot use 'L' flag with a str pattern");
            if (c->bytes && ch == 'u')
                return syntax(c, c->i, "bad inline flags: cannot use 'u' flag with a bytes pattern");
            *add |= f;
            if ((f & type_flags) && (*add & type_flags) != f)
                return syntax(c, c->i, "bad inline flags: flags 'a', 'u' and 'L' are incompatible");
            if (at_end(c)) return syntax(c, c->i, "missing -, : or )");
            ch = c->pat[c->i];
            if (ch == ')' || ch == '-' || ch == ':') break;
            if (!memchr(letters, ch, 8) || ch == 0)
                return syntax(c, c->i, ch < 128 && is_alpha(ch) ? "unknown flag" : "missing -, : or )");
        }
    }
    c->i++;
    if (ch == ')') return 1;
    if (*add & RE_TEMPLATE) return syntax(c, c->i - 1, "bad inline flags: cannot turn on global flag");
    if (ch == '-') {
        if (at_end(c)) return syntax(c, c->i, "missing flag");
        ch = c->pat[c->i];
        if (!memchr(letters, ch, 8) || ch == 0)
            return syntax(c, c->i, ch < 128 && is_alpha(ch) ? "unknown flag" : "missing flag");
        for (;;) {
            uint32_t f = values[(const char *)memchr(letters, ch, 8) - letters];
            c->i++;
            if (f & type_flags)
                return syntax(c, c->i, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
            *del |= f;
            if (at_end(c)) return syntax(c, c->i, "missing :");
            ch = c->pat[c->i];
            if (ch == ':') break;
            if (!memchr(letters, ch, 8) || ch == 0)
                return syntax(c, c->i, ch < 128 && is_alpha(ch) ? "unknown flag" : "missing :");
        }
        c->i++;
    }
    if (*del & RE_TEMPLATE) return syntax(c, c->i - 1, "bad inline flags: cannot turn off global flag");
    if (*add & *del) return syntax(c, c->i - 1, "bad inline flags: flag turned on and off");
    return 0;
}

/* A group name for (?P<name>, (?P=name) or (?(name): its number, or an error. */
static int name_error(re_comp *c, const char *fmt, size_t s, size_t n) {
    char quoted[64];
    size_t k = 0;
    quoted[k++] = '\'';
    for (size_t j = 0; j < n && k < sizeof quoted - 2; j++) quoted[k++] = (char)c->pat[s + j];
    quoted[k++] = '\'';
    return fail(c, RE_ERR_SYNTAX, s, fmt, quoted, k, 0);
}

static int open_paren(re_comp *c) {
    size_t start = c->i, s, n, after;
    c->i++;
    if (!match_ch(c, '?')) {
        if (c->ngroups == RE_MAX_GROUPS) return limit(c, "too many groups");
        c->ngroups++;
        c->gwidth[c->ngroups] = 0xFFFF;
        return push_group(c, G_CAPTURE, start, c->flags, c->ngroups);
    }
    if (at_end(c)) return syntax(c, c->len, "unexpected end of pattern");
    uint32_t ch = peek(c, &after);
    int r;
    switch (ch) {
    case ':': c->i = after; return push_group(c, G_NONCAP, start, c->flags, 0);
    case '=': c->i = after; return push_group(c, G_AHEAD, start, c->flags, 0);
    case '!': c->i = after; return push_group(c, G_NAHEAD, start, c->flags, 0);
    case '>': c->i = after; return push_group(c, G_ATOMIC, start, c->flags, 0);
    case '<':
        c->i = after;
        if (at_end(c)) return syntax(c, c->len, "unexpected end of pattern");
        if (match_ch(c, '=')) return push_group(c, G_BEHIND, start, c->flags, 0);
        if (match_ch(c, '!')) return push_group(c, G_NBEHIND, start, c->flags, 0);
        peek(c, &after);
        return fail(c, RE_ERR_SYNTAX, start + 1, "unknown extension ?<%s", (const char *)c->pat + c->i,
                    after - c->i, 0);
    case '#':
        c->i = after;
        for (;;) {
            if (at_end(c)) return syntax(c, start, "missing ), unterminated comment");
            uint8_t b = c->pat[c->i++];
            if (b == ')') return 0;
            if (b == '\\' && c->i < c->len) c->i++;
        }
    case 'P':
        c->i = after;
        if (match_ch(c, '<')) {
            if ((r = get_until(c, '>', &s, &n))) return r;
            if (!is_identifier(c->pat + s, n)) return name_error(c, "bad character in group name %s", s, n);
            int old = lookup_name(c, c->pat + s, n);
            if (c->ngroups == RE_MAX_GROUPS) return limit(c, "too many groups");
            if (old >= 0) {
                char quoted[64];
                size_t k = 0, e;
                name_error(c, "%s", s, n);
                memcpy(quoted, c->err->msg, (k = strlen(c->err->msg)) + 1);
                fail(c, RE_ERR_SYNTAX, s, "redefinition of group name %s as group %d; was group ",
                     quoted, k, c->ngroups + 1);
                e = strlen(c->err->msg);
                msg_num(c->err, &e, (uint32_t)old);
                return RE_ERR_SYNTAX;
            }
            if (c->nnames == RE_MAX_NAMES) return limit(c, "too many named groups");
            if (n > 0xFFFF) return limit(c, "group name too long");
            c->ngroups++;
            c->gwidth[c->ngroups] = 0xFFFF;
            c->names[c->nnames].pos = (uint32_t)s;
            c->names[c->nnames].len = (uint16_t)n;
            c->names[c->nnames].group = (uint16_t)c->ngroups;
            c->nnames++;
            return push_group(c, G_CAPTURE, start, c->flags, c->ngroups);
        }
        if (match_ch(c, '=')) {
            if ((r = get_until(c, ')', &s, &n))) return r;
            if (!is_identifier(c->pat + s, n)) return name_error(c, "bad character in group name %s", s, n);
            int gno = lookup_name(c, c->pat + s, n);
            if (gno < 0) return name_error(c, "unknown group name %s", s, n);
            if (group_open(c, (unsigned)gno)) return syntax(c, s, "cannot refer to an open group");
            if ((r = check_behind(c, (unsigned)gno))) return r;
            emit_bref(c, (unsigned)gno);
            return 0;
        }
        if (at_end(c)) return syntax(c, c->len, "unexpected end of pattern");
        peek(c, &after);
        return fail(c, RE_ERR_SYNTAX, start + 1, "unknown extension ?P%s", (const char *)c->pat + c->i,
                    after - c->i, 0);
    case '(': {
        c->i = after;
        if ((r = get_until(c, ')', &s, &n))) return r;
        long gno;
        if (is_identifier(c->pat + s, n)) {
            gno = lookup_name(c, c->pat + s, n);
            if (gno < 0) return name_error(c, "unknown group name %s", s, n);
        } else {
            gno = parse_number(c->pat + s, n);
            if (gno < 0) return name_error(c, "bad character in group name %s", s, n);
            if (gno == 0) return syntax(c, s, "bad group number");
            if (gno > (long)c->ngroups) {
                if (c->nfwd == RE_MAX_FWD) return limit(c, "too many forward group references");
                c->fwd[c->nfwd].group = (uint32_t)gno;
                c->fwd[c->nfwd].pos = (uint32_t)s;
                c->nfwd++;
                if (gno > RE_MAX_GROUPS) gno = RE_MAX_GROUPS + 1;   /* reported at the end */
            }
        }
        if ((r = check_behind(c, (unsigned)gno))) return r;
        return push_group(c, G_COND, start, c->flags, (unsigned)gno);
    }
    default:
        if (ch < 128 && (memchr("iLmsxatu-", (int)ch, 9) && ch)) {
            uint32_t add, del;
            r = parse_flags(c, &add, &del);
            if (r < 0) return r;
            if (r == 1) {
                if (c->depth > 0 || top(c)->nbar || c->seen_item)
                    return syntax(c, start, "global flags not at the start of the expression");
                c->flags |= add;
                c->gflags |= add;
                return 0;
            }
            return push_group(c, G_NONCAP, start, (c->flags | add) & ~del, 0);
        }
        return fail(c, RE_ERR_SYNTAX, start + 1, "unknown extension ?%s", (const char *)c->pat + c->i,
                    after - c->i, 0);
    }
}

/* ---- the scan ---- */

static void skip_verbose(re_comp *c) {
    while (c->i < c->len) {
        uint8_t b = c->pat[c->i];
        if (b == ' ' || (b >= 9 && b <= 13)) { c->i++; continue; }
        if (b != '#') break;
        while (c->i < c->len && c->pat[c->i] != '\n') c->i += c->pat[c->i] == '\\' ? 2 : 1;
        if (c->i < c->len) c->i++;
        if (c->i > c->len) c->i = c->len;
    }
}

static int parse(re_comp *c) {
    size_t unbalanced = RE_NOPOS;
    int r = 0;
    while (r == 0) {
        if (c->flags & RE_VERBOSE) skip_verbose(c);
        if (at_end(c)) break;
        size_t pos = c->i, after;
        uint32_t qmin = 0, qmax = 0;
        switch (c->pat[c->i]) {
        case '|': r = bar(c); break;
        case '(': flush(c); r = open_paren(c); break;
        case ')':
            flush(c);
            if (c->depth == 0) { unbalanced = c->i; goto done; }
            c->i++;
            r = close_group(c);
            break;
        case '*': c->i++; r = quantify(c, 0, RE_INF, pos); break;
        case '+': c->i++; r = quantify(c, 1, RE_INF, pos); break;
        case '?': c->i++; r = quantify(c, 0, 1, pos); break;
        case '{':
            c->i++;
            r = parse_braces(c, &qmin, &qmax);
            if (r == 1) r = quantify(c, qmin, qmax, pos);
            else if (r == 0) add_literal(c, '{');
            break;
        case '.': {
            flush(c);
            uint32_t at = c->n;
            emit(c, RE_INSN((c->flags & RE_DOTALL) ? OP_ANYALL : OP_ANY, 0));
            new_item(c, at, I_SIMPLE, 1, 1);
            c->i++;
            break;
        }
        case '^': c->i++; emit_at(c, (c->flags & RE_MULTILINE) ? RE_AT_BOL : RE_AT_BOS); break;
        case '$': c->i++; emit_at(c, (c->flags & RE_MULTILINE) ? RE_AT_EOLM : RE_AT_EOL); break;
        case '[': flush(c); r = parse_class(c); break;
        case '\\': {
            int type;
            uint32_t v;
            r = escape(c, 0, &type, &v);
            if (r) break;
            if (type == E_LIT) add_literal(c, v);
            else if (type == E_CAT) emit_category(c, v);
            else if (type == E_AT) emit_at(c, v);
            else emit_bref(c, v);
            break;
        }
        default:
            add_literal(c, peek(c, &after));
            c->i = after;
            break;
        }
    }
    if (r) return r;
done:
    flush(c);
    if (c->depth > 0) return syntax(c, top(c)->paren, "missing ), unterminated subpattern");
    close_alts(c, top(c));
    emit(c, RE_INSN(OP_MATCH, 0));

    /* the checks sre_parse.parse() and sre_compile make after the scan, in their order */
    uint32_t f = c->gflags;
    if (!c->bytes) {
        if (f & RE_LOCALE) return fail(c, RE_ERR_VALUE, RE_NOPOS, "cannot use LOCALE flag with a str pattern", 0, 0, 0);
        if (!(f & RE_ASCII)) f |= RE_UNICODE;
        else if (f & RE_UNICODE) return fail(c, RE_ERR_VALUE, RE_NOPOS, "ASCII and UNICODE flags are incompatible", 0, 0, 0);
    } else {
        if (f & RE_UNICODE) return fail(c, RE_ERR_VALUE, RE_NOPOS, "cannot use UNICODE flag with a bytes pattern", 0, 0, 0);
        if ((f & RE_LOCALE) && (f & RE_ASCII)) return fail(c, RE_ERR_VALUE, RE_NOPOS, "ASCII and LOCALE flags are incompatible", 0, 0, 0);
    }
    c->gflags = f;
    if (unbalanced != RE_NOPOS) return syntax(c, unbalanced, "unbalanced parenthesis");
    for (unsigned k = 0; k < c->nfwd; k++)
        if (c->fwd[k].group > c->ngroups)
            return fail(c, RE_ERR_SYNTAX, c->fwd[k].pos, "invalid group reference %d", 0, 0, c->fwd[k].group);
    if (c->behind_err != RE_NOPOS)
        return fail(c, RE_ERR_SYNTAX, RE_NOPOS, "look-behind requires fixed-width pattern", 0, 0, 0);
    if (f & RE_LOCALE) return fail(c, RE_ERR_LIMIT, RE_NOPOS, "the LOCALE flag is not supported", 0, 0, 0);
    if (c->peak >= (1u << 23)) return limit(c, "pattern too large");
    return 0;
}

static void start(re_comp *c, const char *pat, size_t len, int flags, re_error *err) {
    memset(c, 0, offsetof(re_comp, g));
    c->pat = (const uint8_t *)pat;
    c->len = len;
    c->bytes = (flags & RE_BYTES) != 0;
    c->flags = c->gflags = (uint32_t)flags & ~(uint32_t)RE_BYTES;
    c->in_behind = -1;
    c->behind_err = RE_NOPOS;
    c->err = err;
    c->nlit = 0;
    re_grp *g = &c->g[0];
    memset(g, 0, sizeof *g);
    g->kind = G_TOP;
    g->chain = RE_NONE;
    g->amin = W_INF;
    reset_alt(g, 0);
}

static uint32_t name_words(const re_comp *c) {
    uint32_t w = 0;
    for (unsigned k = 0; k < c->nnames; k++) w += 1 + (c->names[k].len + 3u) / 4;
    return w;
}

int re_compile(const char *pat, size_t len, int flags, void *mem, size_t cap, re_prog **out,
               re_error *err) {
    re_error spare;
    re_comp c;
    if (!err) err = &spare;
    err->code = 0;
    err->pos = RE_NOPOS;
    err->msg[0] = 0;
    if (out) *out = NULL;
    start(&c, pat, len, flags, err);
    if (len >= (1u << 24)) return fail(&c, RE_ERR_LIMIT, RE_NOPOS, "pattern too large", 0, 0, 0);
    int r = parse(&c);
    if (r) return r;
    uint32_t words = c.n + name_words(&c);
    if (c.peak > words) words = c.peak;
    size_t size = sizeof(re_prog) + (size_t)words * 4;
    if (size > cap || !mem) return (int)size;
    if ((uintptr_t)mem & 3) return fail(&c, RE_ERR_ARG, RE_NOPOS, "program memory not aligned", 0, 0, 0);

    /* second pass: the same scan, writing */
    re_prog *p = mem;
    start(&c, pat, len, flags, err);
    c.code = (uint32_t *)(p + 1);
    c.capw = words;
    r = parse(&c);
    if (r) return r;
    p->magic = RE_MAGIC;
    p->size = (uint32_t)size;
    p->flags = c.gflags | (c.bytes ? RE_BYTES : 0);
    p->ngroups = c.ngroups;
    p->nloops = c.nloops;
    p->ncode = c.n;
    p->nnames = c.nnames;
    p->names = c.nnames ? (uint32_t)(sizeof(re_prog) / 4 + c.n) : 0;
    uint32_t *w = c.code + c.n;
    /* names in group-number order (they were recorded in that order) */
    for (unsigned k = 0; k < c.nnames; k++) {
        uint32_t n = c.names[k].len;
        *w++ = c.names[k].group | n << 16;
        memset(w, 0, (n + 3) / 4 * 4);
        memcpy(w, pat + c.names[k].pos, n);
        w += (n + 3) / 4;
    }
    /* search helpers: a literal every match starts with, or an anchor at the beginning */
    const uint32_t *code = c.code;
    uint32_t pc = 0;
    while (RE_OP(code[pc]) == OP_SAVE) pc++;
    p->prefix = RE_OP(code[pc]) == OP_LIT ? pc : RE_INF;
    p->anchored = RE_OP(code[pc]) == OP_AT && RE_ARG(code[pc]) == RE_AT_BOS;
    *out = p;
    return (int)size;
}
