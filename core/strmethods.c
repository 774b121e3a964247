/* The methods of str, and the text methods bytes and bytearray share with it: one
 * implementation over a Text view.  A str is UTF-8; its indices count code points, which
 * only costs a scan when it holds non-ASCII characters ("wide").  bytes work on bytes with
 * ASCII rules for case and classes.  The shared methods are exported to bytesmethods.c. */
#include <string.h>
#include "objstr.h"
#include "objbytes.h"
#include "objint.h"
#include "objtuple.h"
#include "objlist.h"
#include "objdict.h"
#include "objfun.h"
#include "objtype.h"
#include "strformat.h"
#include "unicode.h"
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "vstr.h"

/* Helpers are kept out of line: inlined in every method they would cost kilobytes. */
#define NOINLINE __attribute__((noinline))

enum { TK_STR, TK_BYTES, TK_BYTEARRAY };

typedef struct {
    Value self;
    const char *d;
    size_t n;          /* bytes */
    int kind;          /* TK_*; ints, not bytes: this file keeps -mforce-l32, under which a byte */
    int wide;          /* field costs a load sequence.  wide: a str with non-ASCII characters */
} Text;

#define IS_STR(t) ((t)->kind == TK_STR)
#define BIG ((Int)0x7FFFFFFF)

static NOINLINE bool text_of(Value v, Text *t) {
    t->self = v;
    t->wide = false;
    if (str_is(v)) {
        t->d = str_data(v, &t->n);
        t->kind = TK_STR;
        t->wide = str_nchars(v) != t->n;
        return true;
    }
    if (!bytes_get_data(v, &t->d, &t->n)) return false;
    t->kind = bytes_is_bytearray(v) ? TK_BYTEARRAY : TK_BYTES;
    return true;
}

static void text_self(Value v, Text *t) {
    if (!text_of(v, t))
        exc_raise_msg(&exc_TypeError, "descriptor requires a 'str' or 'bytes' object but received a '%T'", v);
}

/* v as text of t's family (str for str; any bytes-like object for bytes), or false. */
static bool text_arg(const Text *t, Value v, Text *o) {
    if (IS_STR(t) != str_is(v)) return false;
    return text_of(v, o);
}

/* text_arg or a TypeError: str_fmt (with a %n for the type; a format, given as ES_MSG) for str,
 * the buffer message for bytes. */
static void need(const Text *t, Value v, Text *o, const char *str_fmt, bool clinic) {
    if (text_arg(t, v, o)) return;
    if (IS_STR(t)) exc_raise_msg(&exc_TypeError, str_fmt, clinic ? obj_arg_type_name(v) : obj_type_name_value(v));
    exc_raise_msg(&exc_TypeError, "a bytes-like object is required, not '%T'", v);
}

/* ---- characters and indices ---- */

/* The character (code point or byte) at offset *i; moves *i past it. */
static NOINLINE uint32_t t_next(const Text *t, size_t *i) {
    if (!t->wide) return (uint8_t)t->d[(*i)++];
    const char *p = t->d + *i;
    uint32_t c = utf8_decode(&p, t->d + t->n);
    *i = (size_t)(p - t->d);
    return c;
}

/* The offset of the character before offset i (> 0). */
static NOINLINE size_t t_back(const Text *t, size_t i) {
    i--;
    if (t->wide) while (i > 0 && ((uint8_t)t->d[i] & 0xC0) == 0x80) i--;
    return i;
}

static Int t_len(const Text *t) { return t->wide ? (Int)str_nchars(t->self) : (Int)t->n; }
static size_t t_off(const Text *t, Int ci) { return t->wide ? str_offset(t->self, (size_t)ci) : (size_t)ci; }
static Int t_idx(const Text *t, size_t off) { return t->wide ? (Int)utf8_count(t->d, off) : (Int)off; }

static void t_addc(const Text *t, Vstr *v, uint32_t c) {
    if (IS_STR(t)) vstr_add_utf8(v, c);
    else vstr_addc(v, (char)c);
}

/* ---- results ---- */

static NOINLINE Value t_new(const Text *t, const char *d, size_t n) {
    if (IS_STR(t)) return str_new(d, n);
    if (t->kind == TK_BYTES) return bytes_new((const uint8_t *)d, n);
    return bytearray_new((const uint8_t *)d, n);
}

/* An unchanged result: self when it is an exact (immutable) str or bytes, else a copy. */
static Value t_same(const Text *t) {
    const Type *ty = type_of(t->self);
    if (ty == &str_type || ty == &bytes_type) return t->self;
    return t_new(t, t->d, t->n);
}

static NOINLINE Value t_vstr(const Text *t, Vstr *v) {
    if (IS_STR(t)) return vstr_to_str(v);
    if (t->kind == TK_BYTES) return vstr_to_bytes(v);
    Value r = bytearray_new((const uint8_t *)v->buf, v->len);
    vstr_free(v);
    return r;
}

static NOINLINE bool t_space(const Text *t, uint32_t c) {
    return IS_STR(t) ? unicode_isspace(c) : (c == ' ' || (c >= 9 && c <= 13));
}

/* ---- searching ---- */

/* The first (or last) offset of s[0..sn) in h[0..hn), or -1. */
static Int mem_find(const char *h, size_t hn, const char *s, size_t sn, bool last) {
    if (sn > hn) return -1;
    if (sn == 0) return last ? (Int)hn : 0;
    size_t span = hn - sn;
    for (size_t k = 0; k <= span; k++) {
        size_t i = last ? span - k : k;
        if (h[i] == s[0] && memcmp(h + i, s, sn) == 0) return (Int)i;
    }
    return -1;
}

/* A slice bound: an int (clamped to the machine range) or an object with __index__. */
static Int slice_int(Value v) {
    if (V_IS_INT(v)) return V_INT(v);
    if (!int_is_int(v) && !type_lookup(type_of(v), V_MKNAME(N___index__)))
        exc_raise_msg(&exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    Value i = int_is_int(v) ? v : obj_unary_op(UOP_INDEX, v);
    Int r;
    if (!int_to_machine(i, &r)) r = int_sign(i) < 0 ? -BIG : BIG;
    return r;
}

/* The optional start and end arguments a[0], a[1] (None: absent), adjusted to the length as
 * CPython does: end in 0..len, start >= 0 (it may exceed end). */
static void t_range(Value *a, int n, Int len, Int *start, Int *end) {
    Int s = n > 0 && a[0] != V_NONE ? slice_int(a[0]) : 0;
    Int e = n > 1 && a[1] != V_NONE ? slice_int(a[1]) : len;
    if (e > len) e = len;
    else if (e < 0 && (e += len) < 0) e = 0;
    if (s < 0 && (s += len) < 0) s = 0;
    *start = s;
    *end = e;
}

static uint8_t byte_value(Value v) {
    Int c = obj_get_int(v);
    if (c < 0 || c > 255) exc_raise_msg(&exc_ValueError, "byte must be in range(0, 256)");
    return (uint8_t)c;
}

enum { S_FIND, S_RFIND, S_INDEX, S_RINDEX, S_COUNT };

static Value t_search(Value *a, int n, int how) {
    Text t, s;
    char one;
    text_self(a[0], &t);
    if (!IS_STR(&t) && int_is_int(a[1])) {
        one = (char)byte_value(a[1]);
        s.d = &one;
        s.n = 1;
        s.wide = false;
    } else if (!text_arg(&t, a[1], &s)) {
        if (IS_STR(&t)) exc_raise_msg(&exc_TypeError, "must be str, not %T", a[1]);
        exc_raise_msg(&exc_TypeError, "argument should be integer or bytes-like object, not '%T'", a[1]);
    }
    Int start, end;
    t_range(a + 2, n - 2, t_len(&t), &start, &end);
    Int r = -1;
    if (end - start >= (s.wide ? t_len(&s) : (Int)s.n)) {
        size_t bs = t_off(&t, start), be = t_off(&t, end);
        if (how == S_COUNT) {
            if (s.n == 0) return V_MKINT(end - start + 1);
            Int c = 0;
            for (Int k; (k = mem_find(t.d + bs, be - bs, s.d, s.n, false)) >= 0; bs += (size_t)k + s.n) c++;
            return V_MKINT(c);
        }
        Int k = mem_find(t.d + bs, be - bs, s.d, s.n, how & 1);
        if (k >= 0) r = t_idx(&t, bs + (size_t)k);
    }
    if (how == S_COUNT) return V_MKINT(0);
    if (r < 0 && how >= S_INDEX) exc_raise_msg(&exc_ValueError, IS_STR(&t) ? ES_MSG("substring not found") : ES_MSG("subsection not found"));
    return V_MKINT(r);
}

#define M(name) static Value m_##name(Value *a, int n, Value kw)
#define UNUSED (void)n; (void)kw

M(find) { (void)kw; return t_search(a, n, S_FIND); }
M(rfind) { (void)kw; return t_search(a, n, S_RFIND); }
M(index) { (void)kw; return t_search(a, n, S_INDEX); }
M(rindex) { (void)kw; return t_search(a, n, S_RINDEX); }
M(count) { (void)kw; return t_search(a, n, S_COUNT); }

static Value t_affix(Value *a, int n, bool end) {
    Text t, s;
    text_self(a[0], &t);
    const char *what = end ? "endswith" : "startswith";
    Value p = a[1], *items = &p;
    size_t count = 1;
    bool tuple = is_instance_of(p, &tuple_type);
    if (tuple) { items = tuple_items(p); count = tuple_len(p); }
    Int start, stop;
    t_range(a + 2, n - 2, t_len(&t), &start, &stop);
    for (size_t i = 0; i < count; i++) {
        if (!text_arg(&t, items[i], &s)) {
            if (!tuple)
                exc_raise_msg(&exc_TypeError, IS_STR(&t) ? ES_MSG("%s first arg must be str or a tuple of str, not %T")
                              : ES_MSG("%s first arg must be bytes or a tuple of bytes, not %T"), what, p);
            if (IS_STR(&t)) exc_raise_msg(&exc_TypeError, "tuple for %s must only contain str, not %T", what, items[i]);
            exc_raise_msg(&exc_TypeError, "a bytes-like object is required, not '%T'", items[i]);
        }
        if (start > stop) continue;
        /* byte comparisons of UTF-8 at character boundaries compare characters */
        size_t bs = t_off(&t, start), be = t_off(&t, stop);
        if (s.n <= be - bs && memcmp(t.d + (end ? be - s.n : bs), s.d, s.n) == 0) return V_TRUE;
    }
    return V_FALSE;
}

M(startswith) { (void)kw; return t_affix(a, n, false); }
M(endswith) { (void)kw; return t_affix(a, n, true); }

/* ---- splitting and joining ---- */

static Value list_reversed(Value l) {
    Value *it = list_items(l);
    for (size_t i = 0, m = list_len(l); i < m / 2; i++) {
        Value x = it[i];
        it[i] = it[m - 1 - i];
        it[m - 1 - i] = x;
    }
    return l;
}

/* Whitespace splitting (CPython's rules: after maxsplit splits, the rest keeps its far end). */
static Value split_space(const Text *t, Int max, bool right) {
    Value l = list_new(0);
    size_t i = right ? t->n : 0, j, k;
    for (;;) {
        /* skip spaces */
        while (right ? i > 0 : i < t->n) {
            k = right ? t_back(t, i) : i;
            j = k;
            if (!t_space(t, t_next(t, &j))) break;
            i = right ? k : j;
        }
        if (right ? i == 0 : i == t->n) break;
        if (max-- <= 0) {
            list_append(l, right ? t_new(t, t->d, i) : t_new(t, t->d + i, t->n - i));
            break;
        }
        size_t w = i;
        while (right ? i > 0 : i < t->n) {
            k = right ? t_back(t, i) : i;
            j = k;
            if (t_space(t, t_next(t, &j))) break;
            i = right ? k : j;
        }
        list_append(l, right ? t_new(t, t->d + i, w - i) : t_new(t, t->d + w, i - w));
    }
    return right ? list_reversed(l) : l;
}

static Value t_split(Value *a, int n, Value kw, bool right) {
    static const uint16_t names[] = {N_sep, N_maxsplit};
    Value o[2];
    arg_parse(right ? "rsplit" : "split", a + 1, n - 1, kw, 2, names, 2, o);
    Text t, s;
    text_self(a[0], &t);
    Int max = o[1] ? obj_get_int(o[1]) : -1;
    if (max < 0) max = BIG;
    if (!o[0] || o[0] == V_NONE) return split_space(&t, max, right);
    need(&t, o[0], &s, ES_MSG("must be str or None, not %n"), false);
    if (s.n == 0) exc_raise_msg(&exc_ValueError, "empty separator");
    Value l = list_new(0);
    size_t i = 0, e = t.n;
    Int k;
    while (max-- > 0 && (k = right ? mem_find(t.d, e, s.d, s.n, true) : mem_find(t.d + i, t.n - i, s.d, s.n, false)) >= 0) {
        if (right) {
            list_append(l, t_new(&t, t.d + k + s.n, e - (size_t)k - s.n));
            e = (size_t)k;
        } else {
            list_append(l, t_new(&t, t.d + i, (size_t)k));
            i += (size_t)k + s.n;
        }
    }
    list_append(l, t_new(&t, t.d + i, e - i));
    return right ? list_reversed(l) : l;
}

M(split) { return t_split(a, n, kw, false); }
M(rsplit) { return t_split(a, n, kw, true); }

M(splitlines) {
    static const uint16_t names[] = {N_keepends};
    Value o[1];
    arg_parse("splitlines", a + 1, n - 1, kw, 1, names, 1, o);
    Text t;
    text_self(a[0], &t);
    bool keep = o[0] && obj_get_int(o[0]) != 0;
    Value l = list_new(0);
    for (size_t i = 0; i < t.n;) {
        size_t j = i, eol = t.n, k;
        while (j < t.n) {
            k = j;
            uint32_t c = t_next(&t, &k);
            if (IS_STR(&t) ? unicode_islinebreak(c) : (c == '\n' || c == '\r')) {
                eol = k + (c == '\r' && k < t.n && t.d[k] == '\n');
                break;
            }
            j = k;
        }
        list_append(l, t_new(&t, t.d + i, (keep ? eol : j) - i));
        i = eol;
    }
    return l;
}

static Value t_join(Value sep, Value seq) {
    Text t, x;
    text_self(sep, &t);
    Value *items;
    size_t count;
    if (!seq_get_items(seq, &items, &count)) {
        if (!obj_is_iterable(seq)) exc_raise_msg(&exc_TypeError, "can only join an iterable");
        Value l = list_from_iter(seq);
        items = list_items(l);
        count = list_len(l);
    }
    size_t total = 0;
    for (size_t i = 0; i < count; i++) {
        if (!text_arg(&t, items[i], &x))
            exc_raise_msg(&exc_TypeError, IS_STR(&t) ? ES_MSG("sequence item %d: expected str instance, %T found")
                          : ES_MSG("sequence item %d: expected a bytes-like object, %T found"), (int)i, items[i]);
        total += x.n + (i ? t.n : 0);
    }
    if (count == 1 && type_of(items[0]) == (IS_STR(&t) ? &str_type : &bytes_type) && t.kind != TK_BYTEARRAY)
        return items[0];
    Vstr v;
    vstr_init(&v, total);
    for (size_t i = 0; i < count; i++) {
        if (i) vstr_add(&v, t.d, t.n);
        text_of(items[i], &x);
        vstr_add(&v, x.d, x.n);
    }
    return t_vstr(&t, &v);
}

Value str_join(Value sep, Value iterable) { return t_join(sep, iterable); }

M(join) { UNUSED; return t_join(a[0], a[1]); }

static Value t_partition(Value *a, bool right) {
    Text t, s;
    text_self(a[0], &t);
    need(&t, a[1], &s, ES_MSG("must be str, not %n"), false);
    if (s.n == 0) exc_raise_msg(&exc_ValueError, "empty separator");
    Int k = mem_find(t.d, t.n, s.d, s.n, right);
    Value r[3];
    if (k < 0) {
        r[0] = r[1] = r[2] = t_new(&t, "", 0);
        r[right ? 2 : 0] = t_same(&t);
    } else {
        r[0] = t_new(&t, t.d, (size_t)k);
        r[1] = t_new(&t, s.d, s.n);
        r[2] = t_new(&t, t.d + k + s.n, t.n - (size_t)k - s.n);
    }
    return tuple_from_array(r, 3);
}

M(partition) { UNUSED; return t_partition(a, false); }
M(rpartition) { UNUSED; return t_partition(a, true); }

/* ---- stripping, replacing ---- */

static bool t_has(const Text *set, uint32_t c) {
    for (size_t i = 0; i < set->n;)
        if (t_next(set, &i) == c) return true;
    return false;
}

static Value t_strip(Value *a, int n, int which) {   /* 1 left, 2 right, 3 both */
    Text t, set;
    text_self(a[0], &t);
    bool chars = n > 1 && a[1] != V_NONE;
    if (chars && !text_arg(&t, a[1], &set)) {
        if (IS_STR(&t)) exc_raise_msg(&exc_TypeError, "%s arg must be None or str", which == 3 ? "strip" : which == 1 ? "lstrip" : "rstrip");
        need(&t, a[1], &set, NULL, false);
    }
    size_t b = 0, e = t.n, k, j;
    while ((which & 1) && b < e) {
        k = b;
        uint32_t c = t_next(&t, &k);
        if (chars ? !t_has(&set, c) : !t_space(&t, c)) break;
        b = k;
    }
    while ((which & 2) && e > b) {
        j = k = t_back(&t, e);
        uint32_t c = t_next(&t, &j);
        if (chars ? !t_has(&set, c) : !t_space(&t, c)) break;
        e = k;
    }
    if (b == 0 && e == t.n) return t_same(&t);
    return t_new(&t, t.d + b, e - b);
}

M(strip) { (void)kw; return t_strip(a, n, 3); }
M(lstrip) { (void)kw; return t_strip(a, n, 1); }
M(rstrip) { (void)kw; return t_strip(a, n, 2); }

M(replace) {
    (void)kw;
    Text t, old, rep;
    text_self(a[0], &t);
    need(&t, a[1], &old, ES_MSG("replace() argument 1 must be str, not %n"), true);
    need(&t, a[2], &rep, ES_MSG("replace() argument 2 must be str, not %n"), true);
    Int count = n > 3 ? obj_get_int(a[3]) : -1;
    if (count < 0) count = BIG;
    Vstr v;
    vstr_init(&v, t.n + 8);
    size_t i = 0;
    if (old.n == 0) {
        /* the replacement goes before every character and at the end */
        for (;;) {
            if (count-- > 0) vstr_add(&v, rep.d, rep.n);
            if (i >= t.n) break;
            size_t k = i;
            t_next(&t, &k);
            vstr_add(&v, t.d + i, k - i);
            i = k;
        }
    } else {
        Int k;
        while (count-- > 0 && (k = mem_find(t.d + i, t.n - i, old.d, old.n, false)) >= 0) {
            vstr_add(&v, t.d + i, (size_t)k);
            vstr_add(&v, rep.d, rep.n);
            i += (size_t)k + old.n;
        }
        vstr_add(&v, t.d + i, t.n - i);
    }
    return t_vstr(&t, &v);
}

static Value t_remove(Value *a, bool suffix) {
    Text t, p;
    text_self(a[0], &t);
    need(&t, a[1], &p, suffix ? ES_MSG("removesuffix() argument must be str, not %n") : ES_MSG("removeprefix() argument must be str, not %n"), true);
    if (p.n && p.n <= t.n && memcmp(suffix ? t.d + t.n - p.n : t.d, p.d, p.n) == 0)
        return t_new(&t, suffix ? t.d : t.d + p.n, t.n - p.n);
    return t_same(&t);
}

M(removeprefix) { UNUSED; return t_remove(a, false); }
M(removesuffix) { UNUSED; return t_remove(a, true); }

/* ---- case ---- */

enum { C_UPPER, C_LOWER, C_SWAP, C_TITLE, C_CAPITALIZE, C_FOLD };

/* Whether the capital sigma at offset at (ending at after) is final: a cased letter before
 * it and none after it, skipping case-ignorable characters both ways. */
static bool final_sigma(const Text *t, size_t at, size_t after) {
    uint32_t c = 0;
    size_t j = at, k;
    for (;;) {
        if (j == 0) return false;
        k = j = t_back(t, j);
        c = t_next(t, &k);
        if (!unicode_iscaseignorable(c)) break;
    }
    if (!unicode_iscased(c)) return false;
    while (after < t->n) {
        c = t_next(t, &after);
        if (!unicode_iscaseignorable(c)) return !unicode_iscased(c);
    }
    return true;
}

static Value t_case(Value self, int mode) {
    Text t;
    text_self(self, &t);
    Vstr v;
    vstr_init(&v, t.n);
    bool prev_cased = false;
    for (size_t i = 0; i < t.n;) {
        size_t at = i;
        uint32_t c = t_next(&t, &i), out[3];
        if (!IS_STR(&t) && c >= 128) {
            /* bytes: only ASCII letters have case (the database's answers for ASCII) */
            vstr_addc(&v, (char)c);
            prev_cased = false;
            continue;
        }
        int k = 1;
        bool low = false;
        out[0] = c;
        switch (mode) {
        case C_UPPER: k = unicode_upper(c, out); break;
        case C_LOWER: low = true; break;
        case C_FOLD: k = unicode_fold(c, out); break;
        case C_SWAP:
            if (unicode_isupper(c)) low = true;
            else if (unicode_islower(c)) k = unicode_upper(c, out);
            break;
        case C_TITLE:
            if (prev_cased) low = true;
            else k = unicode_title(c, out);
            prev_cased = unicode_iscased(c);
            break;
        default:
            if (at) low = true;
            else k = unicode_title(c, out);
            break;
        }
        if (low) {
            if (c == 0x3A3) out[0] = final_sigma(&t, at, i) ? 0x3C2 : 0x3C3;
            else k = unicode_lower(c, out);
        }
        for (int j = 0; j < k; j++) t_addc(&t, &v, out[j]);
    }
    return t_vstr(&t, &v);
}

M(upper) { UNUSED; return t_case(a[0], C_UPPER); }
M(lower) { UNUSED; return t_case(a[0], C_LOWER); }
M(swapcase) { UNUSED; return t_case(a[0], C_SWAP); }
M(title) { UNUSED; return t_case(a[0], C_TITLE); }
M(capitalize) { UNUSED; return t_case(a[0], C_CAPITALIZE); }
M(casefold) { UNUSED; return t_case(a[0], C_FOLD); }

/* ---- predicates ---- */

enum { P_ALNUM, P_ALPHA, P_ASCII, P_DECIMAL, P_DIGIT, P_NUMERIC, P_PRINTABLE, P_SPACE };

static Value t_all(Value self, int what) {
    Text t;
    text_self(self, &t);
    if (t.n == 0) return V_BOOL(what == P_ASCII || what == P_PRINTABLE);
    for (size_t i = 0; i < t.n;) {
        uint32_t c = t_next(&t, &i);
        bool ok;
        if (what == P_ASCII) ok = c < 128;
        else if (what == P_SPACE) ok = t_space(&t, c);
        else if (!IS_STR(&t) && c >= 128) ok = false;
        else switch (what) {
        case P_ALNUM: ok = unicode_isalnum(c); break;
        case P_ALPHA: ok = unicode_isalpha(c); break;
        case P_DECIMAL: ok = unicode_isdecimal(c); break;
        case P_DIGIT: ok = unicode_isdigit(c); break;
        case P_NUMERIC: ok = unicode_isnumeric(c); break;
        default: ok = unicode_isprintable(c); break;
        }
        if (!ok) return V_FALSE;
    }
    return V_TRUE;
}

M(isalnum) { UNUSED; return t_all(a[0], P_ALNUM); }
M(isalpha) { UNUSED; return t_all(a[0], P_ALPHA); }
M(isascii) { UNUSED; return t_all(a[0], P_ASCII); }
M(isdecimal) { UNUSED; return t_all(a[0], P_DECIMAL); }
M(isdigit) { UNUSED; return t_all(a[0], P_DIGIT); }
M(isnumeric) { UNUSED; return t_all(a[0], P_NUMERIC); }
M(isprintable) { UNUSED; return t_all(a[0], P_PRINTABLE); }
M(isspace) { UNUSED; return t_all(a[0], P_SPACE); }

M(isidentifier) {
    UNUSED;
    Text t;
    text_self(a[0], &t);
    if (t.n == 0) return V_FALSE;
    for (size_t i = 0; i < t.n;) {
        bool first = i == 0;
        uint32_t c = t_next(&t, &i);
        if (!(first ? unicode_isxidstart(c) : unicode_isxidcontinue(c))) return V_FALSE;
    }
    return V_TRUE;
}

/* isupper, islower (no character of the other case or titlecase, one of its own) and istitle
 * (upper/titlecase only after uncased characters, lower case only after cased ones). */
static Value t_cased(Value self, int what) {   /* 0 isupper, 1 islower, 2 istitle */
    Text t;
    text_self(self, &t);
    bool cased = false, prev = false;
    for (size_t i = 0; i < t.n;) {
        uint32_t c = t_next(&t, &i);
        bool up = unicode_isupper(c), low = unicode_islower(c), title = unicode_istitle(c);
        if (!IS_STR(&t) && c >= 128) up = low = title = false;
        if (what == 2) {
            if (up || title) {
                if (prev) return V_FALSE;
                prev = cased = true;
            } else if (low) {
                if (!prev) return V_FALSE;
                prev = cased = true;
            } else {
                prev = false;
            }
        } else {
            if (title || (what ? up : low)) return V_FALSE;
            cased |= what ? low : up;
        }
    }
    return V_BOOL(cased);
}

M(isupper) { UNUSED; return t_cased(a[0], 0); }
M(islower) { UNUSED; return t_cased(a[0], 1); }
M(istitle) { UNUSED; return t_cased(a[0], 2); }

/* ---- padding ---- */

static Value t_pad(Value *a, int n, int align) {   /* 0 ljust, 1 center, 2 rjust */
    Text t, f;
    text_self(a[0], &t);
    Int width = obj_get_int(a[1]);
    uint32_t fill = ' ';
    if (n > 2) {
        if (IS_STR(&t)) {
            if (!str_is(a[2]))
                exc_raise_msg(&exc_TypeError, "The fill character must be a unicode character, not %T", a[2]);
            text_of(a[2], &f);
            if (t_len(&f) != 1) exc_raise_msg(&exc_TypeError, "The fill character must be exactly one character long");
            size_t i = 0;
            fill = t_next(&f, &i);
        } else {
            if (!text_arg(&t, a[2], &f) || f.n != 1)
                exc_raise_msg(&exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %T",
                              align == 0 ? "ljust" : align == 1 ? "center" : "rjust", a[2]);
            fill = (uint8_t)f.d[0];
        }
    }
    Int len = t_len(&t);
    if (width <= len) return t_same(&t);
    Int marg = width - len, left = align == 0 ? 0 : align == 2 ? marg : marg / 2 + (marg & width & 1);
    Vstr v;
    vstr_init(&v, t.n + (size_t)marg);
    for (Int i = 0; i < marg; i++) {
        if (i == left) vstr_add(&v, t.d, t.n);
        t_addc(&t, &v, fill);
    }
    if (left == marg) vstr_add(&v, t.d, t.n);
    return t_vstr(&t, &v);
}

M(ljust) { (void)kw; return t_pad(a, n, 0); }
M(center) { (void)kw; return t_pad(a, n, 1); }
M(rjust) { (void)kw; return t_pad(a, n, 2); }

M(zfill) {
    UNUSED;
    Text t;
    text_self(a[0], &t);
    Int width = obj_get_int(a[1]), len = t_len(&t);
    if (width <= len) return t_same(&t);
    Vstr v;
    vstr_init(&v, t.n + (size_t)(width - len));
    size_t sign = t.n && (t.d[0] == '+' || t.d[0] == '-');
    vstr_add(&v, t.d, sign);
    memset(vstr_extend(&v, (size_t)(width - len)), '0', (size_t)(width - len));
    vstr_add(&v, t.d + sign, t.n - sign);
    return t_vstr(&t, &v);
}

M(expandtabs) {
    static const uint16_t names[] = {N_tabsize};
    Value o[1];
    arg_parse("expandtabs", a + 1, n - 1, kw, 1, names, 1, o);
    Text t;
    text_self(a[0], &t);
    Int ts = o[0] ? obj_get_int(o[0]) : 8, col = 0;
    Vstr v;
    vstr_init(&v, t.n + 8);
    for (size_t i = 0; i < t.n;) {
        size_t at = i;
        uint32_t c = t_next(&t, &i);
        if (c == '\t') {
            if (ts > 0) {
                Int sp = ts - col % ts;
                memset(vstr_extend(&v, (size_t)sp), ' ', (size_t)sp);
                col += sp;
            }
        } else {
            vstr_add(&v, t.d + at, i - at);
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
    }
    return t_vstr(&t, &v);
}

/* ---- translation ---- */

M(translate) {
    UNUSED;
    Text t;
    text_self(a[0], &t);
    Vstr v;
    vstr_init(&v, t.n);
    for (size_t i = 0; i < t.n;) {
        size_t at = i;
        uint32_t c = t_next(&t, &i);
        volatile Value r = V_NULL;
        ExcFrame ef;
        if (EXC_TRY(ef)) {
            r = obj_getitem(a[1], V_MKINT(c));
            exc_end(&ef);
        } else if (!exc_matches(ef.exc, V_FROMPTR(&exc_LookupError))) {
            exc_raise(ef.exc);
        }
        Int cp;
        if (r == V_NULL) vstr_add(&v, t.d + at, i - at);
        else if (r == V_NONE) {}
        else if (int_is_int(r)) {
            if (!int_to_machine(r, &cp) || cp < 0 || cp > 0x10FFFF)
                exc_raise_msg(&exc_ValueError, "character mapping must be in range(0x110000)");
            vstr_add_utf8(&v, (uint32_t)cp);
        } else if (str_is(r)) {
            size_t rn;
            const char *rd = str_data(r, &rn);
            vstr_add(&v, rd, rn);
        } else {
            exc_raise_msg(&exc_TypeError, "character mapping must return integer, None or str");
        }
    }
    return vstr_to_str(&v);
}

static uint32_t one_char(Value s) {
    size_t n;
    const char *d = str_data(s, &n);
    return utf8_decode(&d, d + n);
}

/* str.maketrans(dict) or (from, to[, delete]): a static method, a[0] is the first argument. */
M(maketrans) {
    (void)kw;
    Value d = dict_new(0);
    if (n == 1) {
        if (!dict_is(a[0])) exc_raise_msg(&exc_TypeError, "if you give only one argument to maketrans it must be a dict");
        size_t pos = 0;
        MapEntry *e;
        while ((e = map_next(dict_map(a[0]), &pos))) {
            Value k = e->key;
            if (str_is(k)) {
                if (str_nchars(k) != 1) exc_raise_msg(&exc_ValueError, "string keys in translate table must be of length 1");
                k = V_MKINT(one_char(k));
            } else if (!int_is_int(k)) {
                exc_raise_msg(&exc_TypeError, "keys in translate table must be strings or integers");
            }
            dict_set(d, k, e->value);
        }
        return d;
    }
    if (!str_is(a[0])) exc_raise_msg(&exc_TypeError, "first maketrans argument must be a string if there is a second argument");
    for (int i = 1; i < n; i++)
        if (!str_is(a[i])) exc_raise_msg(&exc_TypeError, "maketrans() argument %d must be str, not %n", i + 1, obj_arg_type_name(a[i]));
    if (str_nchars(a[0]) != str_nchars(a[1]))
        exc_raise_msg(&exc_ValueError, "the first two maketrans arguments must have equal length");
    for (int i = 0; i < n; i += 2) {
        Text x, y;
        text_of(a[i], &x);
        text_of(a[i ? i : 1], &y);
        for (size_t p = 0, q = 0; p < x.n;) {
            uint32_t c = t_next(&x, &p);
            dict_set(d, V_MKINT(c), i ? V_NONE : V_MKINT(t_next(&y, &q)));
        }
    }
    return d;
}

M(encode) {
    static const uint16_t names[] = {N_encoding, N_errors};
    Value o[2];
    arg_parse("encode", a + 1, n - 1, kw, 2, names, 2, o);
    for (int i = 0; i < 2; i++)
        if (o[i] && !str_is(o[i]))
            exc_raise_msg(&exc_TypeError, "encode() argument '%s' must be str, not %T", i ? "errors" : "encoding", o[i]);
    return str_encode(a[0], o[0], o[1]);
}

M(format) { return str_format_method(a[0], a + 1, n - 1, kw, V_NULL); }

/* __getitem__ stays in the tables (slot wrappers would give it too) because code elsewhere
 * asks type_lookup(t, "__getitem__") whether a type is a sequence. */
M(getitem) {
    UNUSED;
    Text t;
    text_self(a[0], &t);
    const Type *q = IS_STR(&t) ? &str_type : t.kind == TK_BYTES ? &bytes_type : &bytearray_type;
    return q->subscr(a[0], a[1], V_NULL);   /* the slot itself: a subclass's __getitem__ may call this */
}
M(format_map) { UNUSED; return str_format_method(a[0], NULL, 0, V_NULL, a[1]); }

/* ---- the method table of str; the shared entries are exported to bytesmethods.c ---- */

#define SHARED(cname, pyname, mn, mx, f) const NATIVE_METHOD(cname, pyname, mn, mx, f)
#define SHARED_KW(cname, pyname, mn, mx, f) const NATIVE_METHOD_KW(cname, pyname, mn, mx, f)

SHARED(text_getitem_fn, __getitem__, 1, 1, m_getitem);
SHARED(text_capitalize_fn, capitalize, 0, 0, m_capitalize);
SHARED(text_center_fn, center, 1, 2, m_center);
SHARED(text_count_fn, count, 1, 3, m_count);
SHARED(text_endswith_fn, endswith, 1, 3, m_endswith);
SHARED_KW(text_expandtabs_fn, expandtabs, 0, 1, m_expandtabs);
SHARED(text_find_fn, find, 1, 3, m_find);
SHARED(text_index_fn, index, 1, 3, m_index);
SHARED(text_isalnum_fn, isalnum, 0, 0, m_isalnum);
SHARED(text_isalpha_fn, isalpha, 0, 0, m_isalpha);
SHARED(text_isascii_fn, isascii, 0, 0, m_isascii);
SHARED(text_isdigit_fn, isdigit, 0, 0, m_isdigit);
SHARED(text_islower_fn, islower, 0, 0, m_islower);
SHARED(text_isspace_fn, isspace, 0, 0, m_isspace);
SHARED(text_istitle_fn, istitle, 0, 0, m_istitle);
SHARED(text_isupper_fn, isupper, 0, 0, m_isupper);
SHARED(text_join_fn, join, 1, 1, m_join);
SHARED(text_ljust_fn, ljust, 1, 2, m_ljust);
SHARED(text_lower_fn, lower, 0, 0, m_lower);
SHARED(text_lstrip_fn, lstrip, 0, 1, m_lstrip);
SHARED(text_partition_fn, partition, 1, 1, m_partition);
SHARED(text_removeprefix_fn, removeprefix, 1, 1, m_removeprefix);
SHARED(text_removesuffix_fn, removesuffix, 1, 1, m_removesuffix);
SHARED(text_replace_fn, replace, 2, 3, m_replace);
SHARED(text_rfind_fn, rfind, 1, 3, m_rfind);
SHARED(text_rindex_fn, rindex, 1, 3, m_rindex);
SHARED(text_rjust_fn, rjust, 1, 2, m_rjust);
SHARED(text_rpartition_fn, rpartition, 1, 1, m_rpartition);
SHARED_KW(text_rsplit_fn, rsplit, 0, 2, m_rsplit);
SHARED(text_rstrip_fn, rstrip, 0, 1, m_rstrip);
SHARED_KW(text_split_fn, split, 0, 2, m_split);
SHARED_KW(text_splitlines_fn, splitlines, 0, 1, m_splitlines);
SHARED(text_startswith_fn, startswith, 1, 3, m_startswith);
SHARED(text_strip_fn, strip, 0, 1, m_strip);
SHARED(text_swapcase_fn, swapcase, 0, 0, m_swapcase);
SHARED(text_title_fn, title, 0, 0, m_title);
SHARED(text_upper_fn, upper, 0, 0, m_upper);
SHARED(text_zfill_fn, zfill, 1, 1, m_zfill);

static NATIVE_METHOD(casefold_fn, casefold, 0, 0, m_casefold);
static NATIVE_METHOD_KW(encode_fn, encode, 0, 2, m_encode);
static NATIVE_METHOD_KW(format_fn, format, 0, NARGS_ANY, m_format);
static NATIVE_METHOD(format_map_fn, format_map, 1, 1, m_format_map);
static NATIVE_METHOD(isdecimal_fn, isdecimal, 0, 0, m_isdecimal);
static NATIVE_METHOD(isidentifier_fn, isidentifier, 0, 0, m_isidentifier);
static NATIVE_METHOD(isnumeric_fn, isnumeric, 0, 0, m_isnumeric);
static NATIVE_METHOD(isprintable_fn, isprintable, 0, 0, m_isprintable);
static const NativeFunc maketrans_fn = {{&native_fn_type}, m_maketrans, NFN_INFO(N_maketrans, 3, 1, 0)};
static const Cell maketrans_sm = {{&staticmethod_type}, V_FROMPTR(&maketrans_fn)};
static NATIVE_METHOD(translate_fn, translate, 1, 1, m_translate);

static const MapEntry str_table[] = {
    METHOD_ENTRY(__getitem__, text_getitem_fn),
    METHOD_ENTRY(capitalize, text_capitalize_fn),
    METHOD_ENTRY(casefold, casefold_fn),
    METHOD_ENTRY(center, text_center_fn),
    METHOD_ENTRY(count, text_count_fn),
    METHOD_ENTRY(encode, encode_fn),
    METHOD_ENTRY(endswith, text_endswith_fn),
    METHOD_ENTRY(expandtabs, text_expandtabs_fn),
    METHOD_ENTRY(find, text_find_fn),
    METHOD_ENTRY(format, format_fn),
    METHOD_ENTRY(format_map, format_map_fn),
    METHOD_ENTRY(index, text_index_fn),
    METHOD_ENTRY(isalnum, text_isalnum_fn),
    METHOD_ENTRY(isalpha, text_isalpha_fn),
    METHOD_ENTRY(isascii, text_isascii_fn),
    METHOD_ENTRY(isdecimal, isdecimal_fn),
    METHOD_ENTRY(isdigit, text_isdigit_fn),
    METHOD_ENTRY(isidentifier, isidentifier_fn),
    METHOD_ENTRY(islower, text_islower_fn),
    METHOD_ENTRY(isnumeric, isnumeric_fn),
    METHOD_ENTRY(isprintable, isprintable_fn),
    METHOD_ENTRY(isspace, text_isspace_fn),
    METHOD_ENTRY(istitle, text_istitle_fn),
    METHOD_ENTRY(isupper, text_isupper_fn),
    METHOD_ENTRY(join, text_join_fn),
    METHOD_ENTRY(ljust, text_ljust_fn),
    METHOD_ENTRY(lower, text_lower_fn),
    METHOD_ENTRY(lstrip, text_lstrip_fn),
    METHOD_ENTRY(maketrans, maketrans_sm),
    METHOD_ENTRY(partition, text_partition_fn),
    METHOD_ENTRY(removeprefix, text_removeprefix_fn),
    METHOD_ENTRY(removesuffix, text_removesuffix_fn),
    METHOD_ENTRY(replace, text_replace_fn),
    METHOD_ENTRY(rfind, text_rfind_fn),
    METHOD_ENTRY(rindex, text_rindex_fn),
    METHOD_ENTRY(rjust, text_rjust_fn),
    METHOD_ENTRY(rpartition, text_rpartition_fn),
    METHOD_ENTRY(rsplit, text_rsplit_fn),
    METHOD_ENTRY(rstrip, text_rstrip_fn),
    METHOD_ENTRY(split, text_split_fn),
    METHOD_ENTRY(splitlines, text_splitlines_fn),
    METHOD_ENTRY(startswith, text_startswith_fn),
    METHOD_ENTRY(strip, text_strip_fn),
    METHOD_ENTRY(swapcase, text_swapcase_fn),
    METHOD_ENTRY(title, text_title_fn),
    METHOD_ENTRY(translate, translate_fn),
    METHOD_ENTRY(upper, text_upper_fn),
    METHOD_ENTRY(zfill, text_zfill_fn),
};
const Dict str_locals = DICT_CONST_INIT(str_table);
