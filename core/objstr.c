/* str: UTF-8 text, as interned names or Str objects.  The methods are in strmethods.c,
 * formatting in strformat.c. */
#include <string.h>
#include "objstr.h"
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objint.h"
#include "objtuple.h"
#include "objlist.h"
#include "objtype.h"
#include "objdict.h"
#include "vstr.h"
#include "unicode.h"
#include "objbytes.h"

/* ---------------- UTF-8 ---------------- */

uint32_t utf8_decode(const char **p, const char *end) {
    const uint8_t *s = (const uint8_t *)*p;
    uint32_t c = *s++;
    if (c >= 0x80) {
        int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
        c &= 0x3F >> n;
        while (n-- > 0 && (const char *)s < end) c = (c << 6) | (*s++ & 0x3F);
    }
    *p = (const char *)s;
    return c;
}

size_t utf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t utf8_count(const char *s, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++) c += ((uint8_t)s[i] & 0xC0) != 0x80;
    return c;
}

bool utf8_valid(const char *s, size_t n) {
    const uint8_t *p = (const uint8_t *)s, *e = p + n;
    while (p < e) {
        uint8_t c = *p++;
        if (c < 0x80) continue;
        int k;
        uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) { k = 1; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { k = 2; cp = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { k = 3; cp = c & 0x07; }
        else return false;
        if (e - p < k) return false;
        for (int i = 0; i < k; i++) {
            if ((p[i] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((k == 2 && cp < 0x800) || (k == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += k;
    }
    return true;
}

/* ---------------- construction and access ---------------- */

const char *str_data(Value s, size_t *len) {
    if (V_IS_NAME(s)) return name_chars(V_NAME(s), len);
    const Str *o = V_PTR(s);
    *len = o->len;
    return o->data;
}

size_t str_nchars(Value s) {
    if (V_IS_NAME(s)) {
        size_t n;
        const char *d = name_chars(V_NAME(s), &n);
        return utf8_count(d, n);
    }
    return ((const Str *)V_PTR(s))->nchars;
}

Str *str_alloc(size_t n) {
    Str *s = gc_alloc(sizeof(Str) + n + 1, GC_LEAF);
    s->base.type = &str_type;
    s->len = (uint32_t)n;
    s->data[n] = 0;
    return s;
}

Value str_finish(Str *s) {
    s->nchars = (uint32_t)utf8_count(s->data, s->len);
    return V_FROMPTR(s);
}

Value str_new(const char *p, size_t n) {
    if (n == 0) return V_MKNAME(N_);
    /* single ASCII characters are common: they are all static names */
    if (n == 1 && (uint8_t)p[0] < 128 && p[0]) return V_MKNAME(name_ascii[(uint8_t)p[0]]);
    Str *s = str_alloc(n);
    memcpy(s->data, p, n);
    return str_finish(s);
}

Value str_new_cstr(const char *s) { return str_new(s, strlen(s)); }

bool str_is(Value v) {
    if (V_IS_NAME(v)) return true;
    if (!V_IS_PTR(v)) return false;
    const Type *t = V_OBJ(v)->type;
    return t == &str_type || (t->flags & TF_STR_SUB);
}

Value str_intern(Value s) {
    if (V_IS_NAME(s)) return s;
    size_t n;
    const char *d = str_data(s, &n);
    return name_from_str(d, n);
}

Value str_intern_maybe(Value s) {
    if (V_IS_NAME(s)) return s;
    size_t n;
    const char *d = str_data(s, &n);
    if (n == 0 || n > 32) return s;
    for (size_t i = 0; i < n; i++) {
        char c = d[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (i && c >= '0' && c <= '9')))
            return s;
    }
    return name_from_str(d, n);
}

uint32_t str_hash(Value s) {
    if (V_IS_NAME(s)) return name_hash(V_NAME(s));
    Str *o = V_PTR(s);
    if (o->hash == 0) {
        uint32_t h = str_hash_bytes(o->data, o->len);
        if (!gc_is_heap_ptr(o)) return h;   /* a str in flash: its hash was set when frozen */
        o->hash = h;
    }
    return o->hash;
}

bool str_equal(Value a, Value b) {
    if (a == b) return true;
    if (V_IS_NAME(a) && V_IS_NAME(b)) return false;
    size_t na, nb;
    const char *da = str_data(a, &na), *db = str_data(b, &nb);
    if (na != nb) return false;
    if (str_hash(a) != str_hash(b)) return false;
    return memcmp(da, db, na) == 0;
}

int str_compare(Value a, Value b) {
    size_t na, nb;
    const char *da = str_data(a, &na), *db = str_data(b, &nb);
    /* UTF-8 byte order is code point order */
    int c = memcmp(da, db, na < nb ? na : nb);
    if (c) return c < 0 ? -1 : 1;
    return na < nb ? -1 : na > nb ? 1 : 0;
}

Value str_concat(Value a, Value b) {
    size_t na, nb;
    const char *da = str_data(a, &na), *db = str_data(b, &nb);
    if (na == 0) return b;
    if (nb == 0) return a;
    Str *s = str_alloc(na + nb);
    memcpy(s->data, da, na);
    memcpy(s->data + na, db, nb);
    s->nchars = (uint32_t)(str_nchars(a) + str_nchars(b));
    return V_FROMPTR(s);
}

/* The concatenation of count strs (f-strings). */
Value str_concat_array(const Value *items, size_t count) {
    size_t total = 0, nchars = 0;
    for (size_t i = 0; i < count; i++) {
        size_t n;
        str_data(items[i], &n);
        total += n;
        nchars += str_nchars(items[i]);
    }
    Str *r = str_alloc(total);
    char *p = r->data;
    for (size_t i = 0; i < count; i++) {
        size_t n;
        const char *d = str_data(items[i], &n);
        memcpy(p, d, n);
        p += n;
    }
    r->nchars = (uint32_t)nchars;
    return V_FROMPTR(r);
}

static bool is_ascii(Value s) {
    if (V_IS_NAME(s)) {
        size_t n;
        const char *d = name_chars(V_NAME(s), &n);
        return utf8_count(d, n) == n;
    }
    const Str *o = V_PTR(s);
    return o->nchars == o->len;
}

size_t str_offset(Value s, size_t i) {
    size_t n;
    const char *d = str_data(s, &n);
    if (is_ascii(s)) return i;
    const char *p = d, *e = d + n;
    while (i > 0 && p < e) {
        p++;
        while (p < e && ((uint8_t)*p & 0xC0) == 0x80) p++;
        i--;
    }
    return (size_t)(p - d);
}

Value str_char_at(Value s, size_t i) {
    size_t n;
    const char *d = str_data(s, &n);
    size_t off = str_offset(s, i);
    size_t len = 1;
    while (off + len < n && ((uint8_t)d[off + len] & 0xC0) == 0x80) len++;
    return str_new(d + off, len);
}

/* The text of a str for int() and float(): CPython reads non-ASCII decimal digits as
 * their ASCII digits and Unicode spaces as ' '; other non-ASCII characters become '?' (so
 * the parse fails). */
const char *str_number_text(Value s, size_t *n) {
    const char *d = str_data(s, n);
    if (str_nchars(s) == *n) return d;
    char *out = gc_alloc(*n, GC_LEAF), *q = out;
    for (const char *p = d, *e = d + *n; p < e;) {
        uint32_t c = utf8_decode(&p, e);
        int v = unicode_decimal_value(c);
        *q++ = c < 0x80 ? (char)c : v >= 0 ? (char)('0' + v) : unicode_isspace(c) ? ' ' : '?';
    }
    *n = (size_t)(q - out);
    return out;
}

/* ---------------- repr ---------------- */

size_t str_escape_cp(char *buf, uint32_t cp) {
    int nd = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
    buf[0] = '\\';
    buf[1] = nd == 2 ? 'x' : nd == 4 ? 'u' : 'U';
    for (int i = 0; i < nd; i++) buf[2 + i] = digit_char((cp >> (4 * (nd - 1 - i))) & 15);
    return (size_t)nd + 2;
}

void str_print_repr(Print *p, const char *s, size_t n, bool ascii_only) {
    bool has_single = memchr(s, '\'', n) != NULL, has_double = memchr(s, '"', n) != NULL;
    char q = has_single && !has_double ? '"' : '\'';
    print_char(p, q);
    const char *e = s + n;
    const char *run = s;
    while (s < e) {
        uint8_t c = (uint8_t)*s;
        if (c >= 0x20 && c < 0x7F && c != '\\' && c != (uint8_t)q) { s++; continue; }
        if (s > run) print_strn(p, run, (size_t)(s - run));
        const char *start = s;
        uint32_t cp = c < 0x80 ? (s++, c) : utf8_decode(&s, e);
        char buf[12];
        if (cp == '\\') print_cstr(p, "\\\\");
        else if (cp == (uint32_t)q) { print_char(p, '\\'); print_char(p, q); }
        else if (cp == '\n') print_cstr(p, "\\n");
        else if (cp == '\r') print_cstr(p, "\\r");
        else if (cp == '\t') print_cstr(p, "\\t");
        else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0xAD || ascii_only ||
                 !unicode_isprintable(cp))
            print_strn(p, buf, str_escape_cp(buf, cp));
        else {
            print_strn(p, start, (size_t)(s - start));
        }
        run = s;
    }
    if (s > run) print_strn(p, run, (size_t)(s - run));
    print_char(p, q);
}

static void str_print(Value self, Print *p, PrintKind kind) {
    size_t n;
    const char *s = str_data(self, &n);
    if (kind == PRINT_STR) print_strn(p, s, n);
    else str_print_repr(p, s, n, false);
}

/* ---------------- slots ---------------- */

static Value str_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    static const uint16_t names[] = {N_object, N_encoding, N_errors};
    Value a[3];
    if (nargs > 3) exc_raise_msg(&exc_TypeError, "str() takes at most 3 arguments (%d given)", nargs);
    arg_parse("str", args, nargs, kwnames, 3, names, 3, a);
    Value r;
    if (!a[0]) r = V_MKNAME(N_);
    else if (a[1] || a[2]) r = bytes_decode(a[0], a[1], a[2]);
    else r = obj_str(a[0]);
    if (t != &str_type) {
        size_t n;
        const char *d = str_data(r, &n);
        Str *s = gc_alloc(sizeof(Str) + n + 1, GC_LEAF);
        s->base.type = t;
        s->len = (uint32_t)n;
        memcpy(s->data, d, n);
        s->data[n] = 0;
        s->nchars = (uint32_t)utf8_count(s->data, n);
        return V_FROMPTR(s);
    }
    return r;
}

static Value str_unary(UnaryOp op, Value self) {
    switch (op) {
    case UOP_BOOL: {
        size_t n;
        str_data(self, &n);
        return V_BOOL(n != 0);
    }
    case UOP_LEN: return V_MKINT(str_nchars(self));
    case UOP_HASH: return V_MKINT(str_hash(self));
    default: return V_NULL;
    }
}

static Value str_repeat(Value s, Int n) {
    size_t len;
    const char *d = str_data(s, &len);
    if (n <= 0 || len == 0) return V_MKNAME(N_);
    if (n == 1) return s;
    if ((UInt)n > (UInt)0x7FFFFFFF / len) exc_raise_memory_error();
    Str *r = str_alloc(len * (size_t)n);
    for (Int i = 0; i < n; i++) memcpy(r->data + (size_t)i * len, d, len);
    r->nchars = (uint32_t)(str_nchars(s) * (size_t)n);
    return V_FROMPTR(r);
}

/* CPython's error for seq * x when x is no int: the left operand is repeated when it is a
 * sequence (then x is the culprit), else the right one. */
ES_NORETURN void seq_repeat_error(Value seq, Value count, bool count_left) {
    const Type *ct = type_of(count);
    if (count_left && (ct == &list_type || ct == &tuple_type || ct == &bytes_type || ct == &bytearray_type || str_is(count)))
        count = seq;   /* the left operand is a sequence too: it is the one repeated */
    exc_raise_msg(&exc_TypeError, "can't multiply sequence by non-int of type '%T'", count);
}

Value str_binary_op(BinaryOp op, Value a, Value b) {
    bool refl = (op & OP_REFLECTED) != 0;
    op = (BinaryOp)(op & ~OP_REFLECTED);
    switch (op) {
    case OP_ADD: case OP_IADD:
        if (!str_is(a) || !str_is(b)) {
            return V_NULL;   /* the other operand may have __radd__; obj.c words the error */
        }
        return str_concat(a, b);
    case OP_MUL: case OP_IMUL: {
        Value s = refl ? b : a, n = refl ? a : b;
        if (!int_is_int(n) && !type_lookup(type_of(n), V_MKNAME(N___index__))) {
            if (type_is_heap(type_of(n))) return V_NULL;   /* its __rmul__ may take it */
            seq_repeat_error(s, n, refl);
        }
        return str_repeat(s, obj_get_int(n));
    }
    case OP_MOD:
        if (refl) return V_NULL;
        return str_mod_format(a, b);
    case OP_CONTAINS: {
        if (!str_is(b)) exc_raise_msg(&exc_TypeError, "'in <string>' requires string as left operand, not %T", b);
        size_t na, nb;
        const char *da = str_data(a, &na), *db = str_data(b, &nb);
        if (nb == 0) return V_TRUE;
        if (nb > na) return V_FALSE;
        for (size_t i = 0; i + nb <= na; i++)
            if (da[i] == db[0] && memcmp(da + i, db, nb) == 0) return V_TRUE;
        return V_FALSE;
    }
    case OP_EQ: case OP_NE:
        if (!str_is(a) || !str_is(b)) return V_NOTIMPL;
        return V_BOOL(str_equal(a, b) == (op == OP_EQ));
    case OP_LT: case OP_LE: case OP_GT: case OP_GE: {
        if (!str_is(a) || !str_is(b)) return V_NOTIMPL;
        int c = refl ? str_compare(b, a) : str_compare(a, b);
        switch (op) {
        case OP_LT: return V_BOOL(c < 0);
        case OP_LE: return V_BOOL(c <= 0);
        case OP_GT: return V_BOOL(c > 0);
        default: return V_BOOL(c >= 0);
        }
    }
    default:
        return V_NULL;
    }
}

static Value str_subscr(Value self, Value index, Value value) {
    if (value != V_NULL) return V_NULL;
    size_t n;
    const char *d = str_data(self, &n);
    size_t nchars = str_nchars(self);
    SliceIdx s;
    if (!V_IS_INT(index) && slice_indices(index, (Int)nchars, &s)) {
        if (s.len <= 0) return V_MKNAME(N_);
        if (s.step == 1) {
            size_t a = str_offset(self, (size_t)s.start), b = str_offset(self, (size_t)(s.start + s.len));
            if (a == 0 && b == n && (V_IS_NAME(self) || V_OBJ(self)->type == &str_type)) return self;
            return str_new(d + a, b - a);
        }
        Vstr v;
        vstr_init(&v, (size_t)s.len);
        bool ascii = nchars == n;
        for (Int i = 0; i < s.len; i++) {
            size_t ci = (size_t)(s.start + i * s.step);
            if (ascii) vstr_addc(&v, d[ci]);
            else {
                size_t off = str_offset(self, ci), len = 1;
                while (off + len < n && ((uint8_t)d[off + len] & 0xC0) == 0x80) len++;
                vstr_add(&v, d + off, len);
            }
        }
        return vstr_to_str(&v);
    }
    if (!int_is_int(index) && !type_lookup(type_of(index), V_MKNAME(N___index__)))
        exc_raise_msg(&exc_TypeError, "string indices must be integers, not '%T'", index);
    UInt i = seq_index(index, nchars, "string");
    return str_char_at(self, i);
}

typedef struct {
    Object base;
    Value str;
    size_t offset;
} StrIter;

static Value str_iter_next(Value self) {
    StrIter *it = V_PTR(self);
    size_t n;
    const char *d = str_data(it->str, &n);
    if (it->offset >= n) return V_NULL;
    size_t len = 1;
    while (it->offset + len < n && ((uint8_t)d[it->offset + len] & 0xC0) == 0x80) len++;
    Value r = str_new(d + it->offset, len);
    it->offset += len;
    return r;
}

static Value iter_self(Value self, IterBuf *buf) { (void)buf; return self; }

const Type str_iter_type = {
    .type = &type_type, .name = V_MKNAME(N_str_ascii_iterator), .base = &object_type, .flags = TF_ITER_SELF,
    .getiter = iter_self, .iternext = str_iter_next,
};

static Value str_getiter(Value self, IterBuf *buf) {
    (void)buf;
    StrIter *it = gc_alloc(sizeof(StrIter), 0);
    it->base.type = &str_iter_type;
    it->str = self;
    return V_FROMPTR(it);
}

extern const Dict str_locals;

const Type str_type = {
    .type = &type_type, .name = V_MKNAME(N_str), .flags = TF_BASETYPE | TF_STR_SUB, .base = &object_type,
    .dict = V_FROMPTR(&str_locals),
    .print = str_print, .make_new = str_make_new, .unary_op = str_unary, .binary_op = str_binary_op,
    .subscr = str_subscr, .getiter = str_getiter,
};
