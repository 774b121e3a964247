/* bytes and bytearray: construction, slots and the core methods.  The text-like methods
 * shared with str are in bytesmethods.c. */
#include <string.h>
#include "objbytes.h"
#include "objstr.h"
#include "objint.h"
#include "objtuple.h"
#include "objlist.h"
#include "objdict.h"
#include "objfun.h"
#include "objtype.h"
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "vstr.h"
#include "seq.h"
#include "modarray.h"

Value bytes_alloc(size_t n) {
    Bytes *b = gc_alloc(sizeof(Bytes) + n + 1, GC_LEAF);
    b->base.type = &bytes_type;
    b->len = (uint32_t)n;
    return V_FROMPTR(b);
}

Value bytes_new(const uint8_t *data, size_t n) {
    Value v = bytes_alloc(n);
    if (n) memcpy(((Bytes *)V_PTR(v))->data, data, n);
    return v;
}

Value bytearray_new(const uint8_t *data, size_t n) {
    ByteArray *b = gc_alloc(sizeof(ByteArray), 0);
    b->base.type = &bytearray_type;
    if (n) {
        b->data = gc_alloc(n, GC_LEAF);
        memcpy(b->data, data, n);
        b->alloc = n;
    }
    b->len = n;
    return V_FROMPTR(b);
}

bool bytes_get_data(Value v, const char **data, size_t *len) {
    if (!V_IS_PTR(v)) return false;
    const Type *t = V_OBJ(v)->type;
    if (t == &bytes_type || (type_is_heap(t) && type_is_subtype(t, &bytes_type))) {
        *data = (const char *)((Bytes *)V_PTR(v))->data;
        *len = ((Bytes *)V_PTR(v))->len;
        return true;
    }
    if (t == &bytearray_type || (type_is_heap(t) && type_is_subtype(t, &bytearray_type))) {
        *data = (const char *)((ByteArray *)V_PTR(v))->data;
        *len = ((ByteArray *)V_PTR(v))->len;
        if (!*data) *data = "";
        return true;
    }
    if (t == &memoryview_type) {
        return bytes_get_data(((MemoryView *)V_PTR(v))->obj, data, len) &&
               (*data += ((MemoryView *)V_PTR(v))->start, *len = ((MemoryView *)V_PTR(v))->len, true);
    }
    uint8_t *ad;   /* array.array exports its items' bytes */
    if (array_get_buffer(v, &ad, len)) return *data = (const char *)ad, true;
    return false;
}

bool bytes_is_bytearray(Value v) { return V_IS_PTR(v) && is_instance_of(v, &bytearray_type); }

void bytearray_reserve(Value ba, size_t n) {
    ByteArray *b = V_PTR(ba);
    if (n <= b->alloc) return;
    size_t a = b->alloc ? b->alloc * 2 : 16;
    if (a < n) a = n;
    b->data = gc_realloc(b->data, a, GC_LEAF);
    b->alloc = a;
}

void bytearray_append(Value ba, const uint8_t *data, size_t n) {
    ByteArray *b = V_PTR(ba);
    bytearray_reserve(ba, b->len + n);
    memmove(b->data + b->len, data, n);
    b->len += n;
}

/* Bytes from any "bytes-like" source or iterable of ints (the constructors' rules). */
static void bytes_collect(Value src, Vstr *out, const char *fname) {
    const char *d;
    size_t n;
    if (bytes_get_data(src, &d, &n)) {
        vstr_add(out, d, n);
        return;
    }
    if (str_is(src)) exc_raise_msg(&exc_TypeError, "string argument without an encoding");
    if (int_is_int(src)) {
        Int k = obj_get_int(src);
        if (k < 0) exc_raise_msg(&exc_ValueError, "negative count");
        memset(vstr_extend(out, (size_t)k), 0, (size_t)k);
        return;
    }
    const Type *t = type_of(src);
    bool iterable = type_lookup(t, V_MKNAME(N___getitem__)) != V_NULL;
    for (const Type *q = t; q && !iterable; q = q->base) if (q->getiter) iterable = true;
    if (!iterable) exc_raise_msg(&exc_TypeError, "cannot convert '%s' object to %s", obj_type_name(src), fname);
    Value it = obj_getiter(src, NULL), x;
    while ((x = obj_iternext(it))) {
        if (!int_is_int(x) && !type_lookup(type_of(x), V_MKNAME(N___index__)))
            exc_raise_msg(&exc_TypeError, "'%s' object cannot be interpreted as an integer", obj_type_name(x));
        Int b = obj_get_int(x);
        if (b < 0 || b > 255) exc_raise_msg(&exc_ValueError, "bytes must be in range(0, 256)");
        vstr_addc(out, (char)b);
    }
}

Value str_encode(Value s, Value encoding, Value errors) {
    (void)errors;
    size_t n;
    const char *d = str_data(s, &n);
    if (encoding) {
        size_t en;
        const char *e = str_data(encoding, &en);
        char low[16];
        size_t k = 0;
        for (size_t i = 0; i < en && k < sizeof low - 1; i++) {
            char c = e[i];
            if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
            if (c == '_') c = '-';
            low[k++] = c;
        }
        low[k] = 0;
        if (strcmp(low, "ascii") == 0 || strcmp(low, "us-ascii") == 0) {
            for (size_t i = 0; i < n; i++)
                if ((uint8_t)d[i] >= 0x80) {
                    size_t ci = utf8_count(d, i);
                    exc_raise_msg(&exc_UnicodeEncodeError, "'ascii' codec can't encode character '\\x%x' in position %d: ordinal not in range(128)",
                                  (unsigned)((const uint8_t *)d)[i], (int)ci);
                }
        } else if (strcmp(low, "latin-1") == 0 || strcmp(low, "latin1") == 0 || strcmp(low, "iso-8859-1") == 0) {
            Vstr v;
            vstr_init(&v, n);
            const char *p = d, *e2 = d + n;
            while (p < e2) {
                uint32_t cp = utf8_decode(&p, e2);
                if (cp > 255) exc_raise_msg(&exc_UnicodeEncodeError, "'latin-1' codec can't encode character");
                vstr_addc(&v, (char)cp);
            }
            return vstr_to_bytes(&v);
        } else if (strcmp(low, "utf-8") != 0 && strcmp(low, "utf8") != 0) {
            exc_raise_msg(&exc_LookupError, "unknown encoding: %v", encoding);
        }
    }
    return bytes_new((const uint8_t *)d, n);
}

Value bytes_decode(Value b, Value encoding, Value errors) {
    const char *d;
    size_t n;
    if (!bytes_get_data(b, &d, &n)) exc_raise_msg(&exc_TypeError, "decoding to str: need a bytes-like object, %s found", obj_type_name(b));
    bool ignore = false, replace = false;
    if (errors) {
        size_t en;
        const char *e = str_data(errors, &en);
        ignore = en == 6 && memcmp(e, "ignore", 6) == 0;
        replace = en == 7 && memcmp(e, "replace", 7) == 0;
    }
    bool latin1 = false, ascii = false;
    if (encoding) {
        size_t en;
        const char *e = str_data(encoding, &en);
        char low[16];
        size_t k = 0;
        for (size_t i = 0; i < en && k < sizeof low - 1; i++) {
            char c = e[i];
            if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
            if (c == '_') c = '-';
            low[k++] = c;
        }
        low[k] = 0;
        if (strcmp(low, "latin-1") == 0 || strcmp(low, "latin1") == 0 || strcmp(low, "iso-8859-1") == 0) latin1 = true;
        else if (strcmp(low, "ascii") == 0) ascii = true;
        else if (strcmp(low, "utf-8") != 0 && strcmp(low, "utf8") != 0)
            exc_raise_msg(&exc_LookupError, "unknown encoding: %v", encoding);
    }
    if (latin1) {
        Vstr v;
        vstr_init(&v, n);
        for (size_t i = 0; i < n; i++) vstr_add_utf8(&v, (uint8_t)d[i]);
        return vstr_to_str(&v);
    }
    if (ascii) {
        for (size_t i = 0; i < n; i++)
            if ((uint8_t)d[i] >= 0x80 && !ignore && !replace)
                exc_raise_msg(&exc_UnicodeDecodeError, "'ascii' codec can't decode byte 0x%x in position %d: ordinal not in range(128)",
                              (unsigned)(uint8_t)d[i], (int)i);
    }
    if (utf8_valid(d, n) && !ascii) return str_new(d, n);
    /* invalid UTF-8: report or repair byte by byte */
    Vstr v;
    vstr_init(&v, n);
    size_t i = 0;
    while (i < n) {
        uint8_t c = (uint8_t)d[i];
        size_t k = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
        if (ascii && c >= 0x80) k = 0;
        if (k && i + k <= n && utf8_valid(d + i, k)) {
            vstr_add(&v, d + i, k);
            i += k;
            continue;
        }
        if (ignore) { i++; continue; }
        if (replace) { vstr_add_utf8(&v, 0xFFFD); i++; continue; }
        exc_raise_msg(&exc_UnicodeDecodeError, "'%s' codec can't decode byte 0x%x in position %d: %s",
                      ascii ? "ascii" : "utf-8", (unsigned)c, (int)i,
                      ascii ? "ordinal not in range(128)" : (k == 0 ? "invalid start byte" : (i + k > n ? "unexpected end of data" : "invalid continuation byte")));
    }
    return vstr_to_str(&v);
}

static Value bytes_make(const Type *t, Value *args, int nargs, Value kwnames, bool mutable_) {
    static const uint16_t names[] = {N_source, N_encoding, N_errors};
    Value a[3];
    const char *fname = mutable_ ? "bytearray" : "bytes";
    arg_parse(fname, args, nargs, kwnames, 3, names, 3, a);
    Vstr v;
    vstr_init(&v, 16);
    if (a[0]) {
        if (str_is(a[0])) {
            if (!a[1]) exc_raise_msg(&exc_TypeError, "string argument without an encoding");
            Value b = str_encode(a[0], a[1], a[2]);
            const char *d;
            size_t n;
            bytes_get_data(b, &d, &n);
            vstr_add(&v, d, n);
        } else {
            if (a[1]) exc_raise_msg(&exc_TypeError, "encoding without a string argument");
            Value f = mutable_ ? V_NULL : type_lookup(type_of(a[0]), V_MKNAME(N___bytes__));
            if (f) {
                Value r = obj_call1(f, a[0]);
                const char *d;
                size_t n;
                if (!bytes_get_data(r, &d, &n)) exc_raise_msg(&exc_TypeError, "__bytes__ returned non-bytes (type %s)", obj_type_name(r));
                vstr_add(&v, d, n);
            } else {
                bytes_collect(a[0], &v, fname);
            }
        }
    }
    Value r;
    if (mutable_) r = bytearray_new((const uint8_t *)v.buf, v.len);
    else r = bytes_new((const uint8_t *)v.buf, v.len);
    vstr_free(&v);
    if (t != &bytes_type && t != &bytearray_type) {
        if (mutable_) {
            Value o = obj_new_instance(t);
            ByteArray *src = V_PTR(r), *dst = V_PTR(o);
            dst->data = src->data;
            dst->len = src->len;
            dst->alloc = src->alloc;
            return o;
        }
        ((Object *)V_PTR(r))->type = t;
    }
    return r;
}

static Value bytes_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    return bytes_make(t, args, nargs, kwnames, false);
}

static Value bytearray_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    return bytes_make(t, args, nargs, kwnames, true);
}

void bytes_print_repr(Print *p, const char *d, size_t n) {
    bool has_single = memchr(d, '\'', n) != NULL, has_double = memchr(d, '"', n) != NULL;
    char q = has_single && !has_double ? '"' : '\'';
    print_char(p, 'b');
    print_char(p, q);
    for (size_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)d[i];
        if (c == (uint8_t)q || c == '\\') { print_char(p, '\\'); print_char(p, (char)c); }
        else if (c == '\n') print_cstr(p, "\\n");
        else if (c == '\r') print_cstr(p, "\\r");
        else if (c == '\t') print_cstr(p, "\\t");
        else if (c < 0x20 || c >= 0x7F) {
            char buf[4] = {'\\', 'x', "0123456789abcdef"[c >> 4], "0123456789abcdef"[c & 15]};
            print_strn(p, buf, 4);
        } else print_char(p, (char)c);
    }
    print_char(p, q);
}

static void bytes_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    const char *d;
    size_t n;
    bytes_get_data(self, &d, &n);
    if (bytes_is_bytearray(self)) {
        print_fmt(p, "%s(", obj_type_name(self));
        bytes_print_repr(p, d, n);
        print_char(p, ')');
        return;
    }
    bytes_print_repr(p, d, n);
}

static uint32_t bytes_hash(Value self) {
    Bytes *b = V_PTR(self);
    if (b->hash == 0) {
        uint32_t h = str_hash_bytes((const char *)b->data, b->len);
        if (!gc_is_heap_ptr(b)) return h;
        b->hash = h;
    }
    return b->hash;
}

static Value bytes_unary(UnaryOp op, Value self) {
    const char *d;
    size_t n;
    bytes_get_data(self, &d, &n);
    switch (op) {
    case UOP_LEN: return V_MKINT(n);
    case UOP_BOOL: return V_BOOL(n != 0);
    case UOP_HASH:
        if (bytes_is_bytearray(self)) exc_raise_msg(&exc_TypeError, "unhashable type: '%s'", obj_type_name(self));
        return V_MKINT(bytes_hash(self));
    default: return V_NULL;
    }
}

static Value bytes_binary(BinaryOp op, Value a, Value b) {
    bool refl = (op & OP_REFLECTED) != 0;
    op = (BinaryOp)(op & ~OP_REFLECTED);
    const char *da, *db;
    size_t na, nb;
    switch (op) {
    case OP_CONTAINS: {
        bytes_get_data(a, &da, &na);
        if (int_is_int(b)) {
            Int c = obj_get_int(b);
            if (c < 0 || c > 255) exc_raise_msg(&exc_ValueError, "byte must be in range(0, 256)");
            return V_BOOL(memchr(da, (int)c, na) != NULL);
        }
        if (!bytes_get_data(b, &db, &nb))
            exc_raise_msg(&exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(b));
        if (nb == 0) return V_TRUE;
        for (size_t i = 0; i + nb <= na; i++) if (memcmp(da + i, db, nb) == 0) return V_TRUE;
        return V_FALSE;
    }
    case OP_ADD: case OP_IADD:
        if (!bytes_get_data(a, &da, &na) || !bytes_get_data(b, &db, &nb)) {
            return V_NULL;   /* the other operand may have __radd__; obj.c words the error */
        }
        if (op == OP_IADD && bytes_is_bytearray(a) && !refl) {
            if (a == b) { Value c = bytes_new((const uint8_t *)db, nb); bytes_get_data(c, &db, &nb); }
            bytearray_append(a, (const uint8_t *)db, nb);
            return a;
        }
        {
            Value r = bytes_is_bytearray(a) ? bytearray_new(NULL, 0) : bytes_alloc(na + nb);
            if (bytes_is_bytearray(a)) {
                bytearray_append(r, (const uint8_t *)da, na);
                bytearray_append(r, (const uint8_t *)db, nb);
            } else {
                memcpy(((Bytes *)V_PTR(r))->data, da, na);
                memcpy(((Bytes *)V_PTR(r))->data + na, db, nb);
            }
            return r;
        }
    case OP_MUL: case OP_IMUL: {
        Value self = refl ? b : a, count = refl ? a : b;
        if (!int_is_int(count) && !type_lookup(type_of(count), V_MKNAME(N___index__))) return V_NULL;
        Int k = obj_get_int(count);
        bytes_get_data(self, &da, &na);
        if (k < 0) k = 0;
        if (na && (UInt)k > (UInt)0x7FFFFFFF / na) exc_raise_memory_error();
        Vstr v;
        vstr_init(&v, na * (size_t)k);
        for (Int i = 0; i < k; i++) vstr_add(&v, da, na);
        if (bytes_is_bytearray(self)) {
            if (op == OP_IMUL && !refl) {
                ByteArray *ba = V_PTR(self);
                ba->len = 0;
                bytearray_append(self, (const uint8_t *)v.buf, v.len);
                return self;
            }
            Value r = bytearray_new((const uint8_t *)v.buf, v.len);
            return r;
        }
        return vstr_to_bytes(&v);
    }
    case OP_MOD:
        if (refl) return V_NULL;
        return bytes_mod_format(a, b);
    case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE: {
        if (!bytes_get_data(a, &da, &na) || !bytes_get_data(b, &db, &nb)) return V_NOTIMPL;
        if (refl) { const char *t = da; da = db; db = t; size_t tn = na; na = nb; nb = tn; }
        int c = memcmp(da, db, na < nb ? na : nb);
        if (c == 0) c = na < nb ? -1 : na > nb ? 1 : 0;
        switch (op) {
        case OP_EQ: return V_BOOL(c == 0);
        case OP_NE: return V_BOOL(c != 0);
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

static Value bytes_subscr(Value self, Value index, Value value) {
    const char *d;
    size_t n;
    bytes_get_data(self, &d, &n);
    bool ba = bytes_is_bytearray(self);
    SliceIdx s;
    if (!V_IS_INT(index) && slice_indices(index, (Int)n, &s)) {
        if (value == V_NULL) {
            Vstr v;
            vstr_init(&v, (size_t)(s.len > 0 ? s.len : 0));
            for (Int i = 0; i < s.len; i++) vstr_addc(&v, d[s.start + i * s.step]);
            if (ba) {
                Value r = bytearray_new((const uint8_t *)v.buf, v.len);
                vstr_free(&v);
                return r;
            }
            return vstr_to_bytes(&v);
        }
        if (!ba) return V_NULL;
        ByteArray *b = V_PTR(self);
        if (value == V_SENTINEL_DELETE) {
            if (s.step < 0) { s.start = s.start + (s.len - 1) * s.step; s.step = -s.step; }
            size_t w = (size_t)s.start;
            Int next = s.start, k = 0;
            for (size_t r = (size_t)s.start; r < b->len; r++) {
                if ((Int)r == next && k < s.len) { k++; next += s.step; continue; }
                b->data[w++] = b->data[r];
            }
            if (s.len > 0) b->len = w;
            return V_NONE;
        }
        Vstr v;
        vstr_init(&v, 16);
        if (int_is_int(value)) exc_raise_msg(&exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        bytes_collect(value, &v, "bytearray");
        if (s.step == 1) {
            size_t old = (size_t)s.len, nn = v.len;
            size_t newlen = b->len - old + nn;
            bytearray_reserve(self, newlen);
            memmove(b->data + s.start + nn, b->data + s.start + old, b->len - (size_t)s.start - old);
            memcpy(b->data + s.start, v.buf, nn);
            b->len = newlen;
        } else {
            if ((Int)v.len != s.len)
                exc_raise_msg(&exc_ValueError, "attempt to assign bytes of size %d to extended slice of size %d", (int)v.len, (int)s.len);
            for (Int i = 0; i < s.len; i++) b->data[s.start + i * s.step] = (uint8_t)v.buf[i];
        }
        vstr_free(&v);
        return V_NONE;
    }
    UInt i = seq_index(index, n, ba ? "bytearray" : "index");
    if (value == V_NULL) return V_MKINT((uint8_t)d[i]);
    if (!ba) return V_NULL;
    ByteArray *b = V_PTR(self);
    if (value == V_SENTINEL_DELETE) {
        memmove(b->data + i, b->data + i + 1, b->len - i - 1);
        b->len--;
        return V_NONE;
    }
    Int c = obj_get_int(value);
    if (c < 0 || c > 255) exc_raise_msg(&exc_ValueError, "byte must be in range(0, 256)");
    b->data[i] = (uint8_t)c;
    return V_NONE;
}

typedef struct {
    Object base;
    Value seq;
    size_t index;
} BytesIter;

static Value bytes_iter_next(Value self) {
    BytesIter *it = V_PTR(self);
    const char *d;
    size_t n;
    bytes_get_data(it->seq, &d, &n);
    if (it->index >= n) return V_NULL;
    return V_MKINT((uint8_t)d[it->index++]);
}

static Value iter_self(Value self, IterBuf *buf) { (void)buf; return self; }

const Type bytes_iter_type = {
    .type = &type_type, .name = V_MKNAME(N_bytes_iterator), .base = &object_type, .flags = TF_ITER_SELF,
    .getiter = iter_self, .iternext = bytes_iter_next,
};

static Value bytes_getiter(Value self, IterBuf *buf) {
    (void)buf;
    BytesIter *it = gc_alloc(sizeof(BytesIter), 0);
    it->base.type = &bytes_iter_type;
    it->seq = self;
    return V_FROMPTR(it);
}

extern const Dict bytes_locals, bytearray_locals;

const Type bytes_type = {
    .type = &type_type, .name = V_MKNAME(N_bytes), .flags = TF_BASETYPE, .base = &object_type,
    .dict = V_FROMPTR(&bytes_locals),
    .print = bytes_print, .make_new = bytes_make_new, .unary_op = bytes_unary, .binary_op = bytes_binary,
    .subscr = bytes_subscr, .getiter = bytes_getiter,
};

const Type bytearray_type = {
    .type = &type_type, .name = V_MKNAME(N_bytearray), .flags = TF_BASETYPE, .base = &object_type,
    .instance_size = sizeof(ByteArray), .dict = V_FROMPTR(&bytearray_locals),
    .print = bytes_print, .make_new = bytearray_make_new, .unary_op = bytes_unary, .binary_op = bytes_binary,
    .subscr = bytes_subscr, .getiter = bytes_getiter,
};

/* ---------------- memoryview (over bytes and bytearray) ---------------- */

static Value memoryview_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    (void)t;
    arg_check_no_kw("memoryview", kwnames);
    if (nargs != 1) exc_raise_msg(&exc_TypeError, "memoryview() takes exactly one argument (%d given)", nargs);
    const char *d;
    size_t n;
    if (!bytes_get_data(args[0], &d, &n))
        exc_raise_msg(&exc_TypeError, "memoryview: a bytes-like object is required, not '%s'", obj_type_name(args[0]));
    MemoryView *m = gc_alloc(sizeof(MemoryView), 0);
    m->base.type = &memoryview_type;
    m->obj = args[0];
    m->start = 0;
    m->len = n;
    return V_FROMPTR(m);
}

static Value memoryview_subscr(Value self, Value index, Value value) {
    MemoryView *m = V_PTR(self);
    SliceIdx s;
    if (!V_IS_INT(index) && slice_indices(index, (Int)m->len, &s)) {
        if (value != V_NULL || s.step != 1) return V_NULL;
        MemoryView *r = gc_alloc(sizeof(MemoryView), 0);
        r->base.type = &memoryview_type;
        r->obj = m->obj;
        r->start = m->start + (size_t)s.start;
        r->len = (size_t)s.len;
        return V_FROMPTR(r);
    }
    UInt i = seq_index(index, m->len, "index");
    if (value == V_NULL) {
        const char *d;
        size_t n;
        bytes_get_data(self, &d, &n);
        return V_MKINT((uint8_t)d[i]);
    }
    if (!bytes_is_bytearray(m->obj)) exc_raise_msg(&exc_TypeError, "cannot modify read-only memory");
    ByteArray *b = V_PTR(m->obj);
    b->data[m->start + i] = (uint8_t)obj_get_int(value);
    return V_NONE;
}

static Value memoryview_unary(UnaryOp op, Value self) {
    MemoryView *m = V_PTR(self);
    if (op == UOP_LEN) return V_MKINT(m->len);
    if (op == UOP_BOOL) return V_BOOL(m->len != 0);
    return V_NULL;
}

static Value mv_tobytes(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    const char *d;
    size_t len;
    bytes_get_data(a[0], &d, &len);
    return bytes_new((const uint8_t *)d, len);
}
static NATIVE_METHOD(mv_tobytes_fn, tobytes, 0, 0, mv_tobytes);
static const MapEntry memoryview_table[] = { METHOD_ENTRY(tobytes, mv_tobytes_fn) };
static const Dict memoryview_locals = DICT_CONST_INIT(memoryview_table);

const Type memoryview_type = {
    .type = &type_type, .name = V_MKNAME(N_memoryview), .base = &object_type,
    .dict = V_FROMPTR(&memoryview_locals),
    .make_new = memoryview_make_new, .subscr = memoryview_subscr, .unary_op = memoryview_unary,
    .getiter = bytes_getiter,
};
