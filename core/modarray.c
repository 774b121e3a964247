/* The array module: array.array, a compact sequence of machine numbers (typecodes
 * b B h H i I l L q Q f d; 'u' is left out).  Items are stored in the machine's byte order
 * in one GC_LEAF block, so an array of 1000 bytes costs 1000 bytes, not 1000 Values.
 * Conversions follow CPython's rules and messages, which differ per typecode because CPython
 * reuses its argument converters (a 'b' item is first checked as a C short, and so on). */
#include <string.h>
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objint.h"
#include "objfloat.h"
#include "objstr.h"
#include "objbytes.h"
#include "objlist.h"
#include "objtuple.h"
#include "objdict.h"
#include "objfun.h"
#include "objtype.h"
#include "objmodule.h"
#include "seq.h"
#include "modarray.h"

#define A(v) ((Array *)V_PTR(v))

static const char ar_codes[] = "bBhHiIlLqQfd";

static size_t ar_size_of(char tc) {
    switch (tc) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return sizeof(long);
    default: return 8;
    }
}

static Value ar_new(const Type *t, char tc, size_t n) {
    Array *a = gc_alloc(sizeof(Array), 0);
    a->base.type = t;
    a->typecode = (uint8_t)tc;
    a->itemsize = (uint8_t)ar_size_of(tc);
    if (n) {
        a->data = gc_alloc(n * a->itemsize, GC_LEAF);
        a->alloc = n;
    }
    a->len = n;
    return V_FROMPTR(a);
}

static void ar_reserve(Array *a, size_t n) {
    if (n <= a->alloc) return;
    size_t na = a->alloc + a->alloc / 2 + 4;
    if (na < n) na = n;
    if (na > ((size_t)-1 >> 1) / a->itemsize) exc_raise_memory_error();
    a->data = gc_realloc(a->data, na * a->itemsize, GC_LEAF);
    a->alloc = na;
}

/* ---------------- item conversion ---------------- */

static ES_NORETURN void ar_overflow(const char *what, bool greater) {
    exc_raise_msg(&exc_OverflowError, "%s is %s than %s", what, greater ? "greater" : "less", greater ? "maximum" : "minimum");
}

/* Converts v to the item's bytes in out (native order).  Done before touching the array,
 * since __index__ may run Python code. */
static void ar_convert(char tc, Value v, uint8_t *out) {
    if (tc == 'f' || tc == 'd') {
        double x = obj_get_float(v);
        if (tc == 'f') { float y = (float)x; memcpy(out, &y, 4); }
        else memcpy(out, &x, 8);
        return;
    }
    if (!int_is_int(v)) {
        if (!type_lookup(type_of(v), V_MKNAME(N___index__)))
            exc_raise_msg(&exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
        v = obj_unary_op(UOP_INDEX, v);
    }
    size_t size = ar_size_of(tc);
    if (tc == 'B' || tc == 'h' || tc == 'b' || tc == 'H' || tc == 'i' || tc == 'l' || tc == 'q') {
        int64_t x;
        if (!int_to_i64(v, &x) || (size == 4 && tc == 'l' && (x < INT32_MIN || x > INT32_MAX)))
            exc_raise_msg(&exc_OverflowError, tc == 'q' ? "int too big to convert" : "Python int too large to convert to C long");
        switch (tc) {
        case 'b':
            if (x < -32768 || x > 32767) ar_overflow("signed short integer", x > 0);
            if (x < -128 || x > 127) ar_overflow("signed char", x > 0);
            break;
        case 'B':
            if (x < 0 || x > 255) ar_overflow("unsigned byte integer", x > 0);
            break;
        case 'h':
            if (x < -32768 || x > 32767) ar_overflow("signed short integer", x > 0);
            break;
        case 'H': case 'i':
            if (x < INT32_MIN || x > INT32_MAX) ar_overflow("signed integer", x > 0);
            if (tc == 'H' && (x < 0 || x > 65535)) ar_overflow("unsigned short", x > 0);
            break;
        default: break;
        }
        uint64_t u = (uint64_t)x;
        switch (size) {
        case 1: out[0] = (uint8_t)u; break;
        case 2: { uint16_t w = (uint16_t)u; memcpy(out, &w, 2); break; }
        case 4: { uint32_t w = (uint32_t)u; memcpy(out, &w, 4); break; }
        default: memcpy(out, &u, 8); break;
        }
        return;
    }
    /* I L Q */
    uint64_t u;
    if (int_sign(v) < 0)
        exc_raise_msg(&exc_OverflowError, tc == 'Q' ? "can't convert negative int to unsigned" : "can't convert negative value to unsigned int");
    if (!int_to_u64(v, &u) || (tc == 'L' && size == 4 && u > UINT32_MAX))
        exc_raise_msg(&exc_OverflowError, tc == 'Q' ? "int too big to convert" : "Python int too large to convert to C unsigned long");
    if (tc == 'I' && u > UINT32_MAX) exc_raise_msg(&exc_OverflowError, "unsigned int is greater than maximum");
    if (size == 4) { uint32_t w = (uint32_t)u; memcpy(out, &w, 4); }
    else memcpy(out, &u, 8);
}

static Value ar_get(const Array *a, size_t i) {
    const uint8_t *p = a->data + i * a->itemsize;
    switch (a->typecode) {
    case 'b': return V_MKINT((int8_t)p[0]);
    case 'B': return V_MKINT(p[0]);
    case 'f': { float y; memcpy(&y, p, 4); return float_new(y); }
    case 'd': { double x; memcpy(&x, p, 8); return float_new(x); }
    default: break;
    }
    bool is_signed = a->typecode >= 'a';
    switch (a->itemsize) {
    case 2: {
        uint16_t w;
        memcpy(&w, p, 2);
        return V_MKINT(is_signed ? (Int)(int16_t)w : (Int)w);
    }
    case 4: {
        uint32_t w;
        memcpy(&w, p, 4);
        return is_signed ? int_from_ll((int32_t)w) : int_from_ull(w);
    }
    default: {
        uint64_t u;
        memcpy(&u, p, 8);
        return is_signed ? int_from_ll((long long)u) : int_from_ull(u);
    }
    }
}

static void ar_append(Value self, Value v) {
    uint8_t tmp[8];
    Array *a = A(self);
    ar_convert((char)a->typecode, v, tmp);
    ar_reserve(a, a->len + 1);
    memcpy(a->data + a->len * a->itemsize, tmp, a->itemsize);
    a->len++;
}

static void ar_append_bytes(Array *a, const void *d, size_t nbytes) {
    size_t n = nbytes / a->itemsize;
    ar_reserve(a, a->len + n);
    memmove(a->data + a->len * a->itemsize, d, nbytes);
    a->len += n;
}

static bool ar_is(Value v) { return V_IS_PTR(v) && is_instance_of(v, &array_type); }

/* ---------------- construction ---------------- */

static void ar_extend(Value self, Value src, bool from_init) {
    Array *a = A(self);
    if (ar_is(src)) {
        Array *b = A(src);
        if (b->typecode != a->typecode) {
            if (!from_init) exc_raise_msg(&exc_TypeError, "can only extend with array of same kind");
        } else {
            ar_append_bytes(a, b->data, b->len * b->itemsize);
            return;
        }
    }
    Value it = obj_getiter(src, NULL), x;
    while ((x = obj_iternext(it))) ar_append(self, x);
}

static void ar_frombytes(Value self, Value b) {
    const char *d;
    size_t n;
    if (!bytes_get_data(b, &d, &n)) {
        uint8_t *ad;
        if (!array_get_buffer(b, &ad, &n))
            exc_raise_msg(&exc_TypeError, "a bytes-like object is required, not '%T'", b);
        d = (const char *)ad;
    }
    Array *a = A(self);
    if (n % a->itemsize) exc_raise_msg(&exc_ValueError, "bytes length not a multiple of item size");
    ar_append_bytes(a, d, n);
}

static Value ar_make_new(const Type *t, Value *args, int nargs, Value kw) {
    arg_check_no_kw("array.array", kw);
    if (nargs < 1 || nargs > 2)
        exc_raise_msg(&exc_TypeError, "array() takes at most 2 arguments (%d given)", nargs);
    Value tcv = args[0];
    size_t n;
    const char *s = str_is(tcv) ? str_data(tcv, &n) : NULL;
    if (!s || str_nchars(tcv) != 1)
        exc_raise_msg(&exc_TypeError, "array() argument 1 must be a unicode character, not %T", tcv);
    if (!strchr(ar_codes, s[0]))
        exc_raise_msg(&exc_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    Value self = ar_new(t, s[0], 0);
    if (nargs == 2) {
        Value init = args[1];
        if (str_is(init))
            exc_raise_msg(&exc_TypeError, "cannot use a str to initialize an array with typecode '%c'", s[0]);
        if (is_instance_of(init, &bytes_type) || is_instance_of(init, &bytearray_type)) ar_frombytes(self, init);
        else ar_extend(self, init, true);
    }
    return self;
}

/* ---------------- methods ---------------- */

static Value ar_m_append(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    ar_append(args[0], args[1]);
    return V_NONE;
}

static Value ar_m_extend(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    ar_extend(args[0], args[1], false);
    return V_NONE;
}

static Value ar_m_frombytes(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    ar_frombytes(args[0], args[1]);
    return V_NONE;
}

static Value ar_m_fromlist(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    Array *a = A(args[0]);
    if (!is_instance_of(args[1], &list_type)) exc_raise_msg(&exc_TypeError, "arg must be list");
    /* all or nothing: convert into a separate block first */
    size_t n = list_len(args[1]);
    uint8_t *tmp = gc_alloc(n * a->itemsize + 1, GC_LEAF);
    for (size_t i = 0; i < n && i < list_len(args[1]); i++)
        ar_convert((char)a->typecode, list_items(args[1])[i], tmp + i * a->itemsize);
    ar_append_bytes(a, tmp, n * a->itemsize);
    gc_free(tmp);
    return V_NONE;
}

static Value ar_m_tobytes(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    Array *a = A(args[0]);
    return bytes_new(a->data, a->len * a->itemsize);
}

static Value ar_m_tolist(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    Array *a = A(args[0]);
    Value l = list_new(a->len);
    for (size_t i = 0; i < a->len && i < list_len(l); i++) list_items(l)[i] = ar_get(a, i);
    return l;
}

static Value ar_m_insert(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    Array *a = A(args[0]);
    Int i = obj_get_index(args[1]);
    uint8_t tmp[8];
    ar_convert((char)a->typecode, args[2], tmp);
    if (i < 0) { i += (Int)a->len; if (i < 0) i = 0; }
    if ((size_t)i > a->len) i = (Int)a->len;
    ar_reserve(a, a->len + 1);
    size_t s = a->itemsize;
    memmove(a->data + ((size_t)i + 1) * s, a->data + (size_t)i * s, (a->len - (size_t)i) * s);
    memcpy(a->data + (size_t)i * s, tmp, s);
    a->len++;
    return V_NONE;
}

static void ar_delete_range(Array *a, size_t start, size_t n) {
    size_t s = a->itemsize;
    memmove(a->data + start * s, a->data + (start + n) * s, (a->len - start - n) * s);
    a->len -= n;
}

static Value ar_m_pop(Value *args, int nargs, Value kw) {
    (void)kw;
    Array *a = A(args[0]);
    Int i = nargs > 1 ? obj_get_index(args[1]) : -1;
    if (a->len == 0) exc_raise_msg(&exc_IndexError, "pop from empty array");
    if (i < 0) i += (Int)a->len;
    if (i < 0 || (size_t)i >= a->len) exc_raise_msg(&exc_IndexError, "pop index out of range");
    Value v = ar_get(a, (size_t)i);
    ar_delete_range(a, (size_t)i, 1);
    return v;
}

/* The index of the first item equal to x in [start, stop), or -1. */
static Int ar_find(Value self, Value x, Int start, Int stop) {
    for (Int i = start; i < stop && (size_t)i < A(self)->len; i++)
        if (obj_equal(ar_get(A(self), (size_t)i), x)) return i;
    return -1;
}

static Value ar_m_index(Value *args, int nargs, Value kw) {
    (void)kw;
    Int len = (Int)A(args[0])->len, start = 0, stop = len;
    if (nargs > 2) { start = obj_get_index(args[2]); if (start < 0) { start += len; if (start < 0) start = 0; } }
    if (nargs > 3) { stop = obj_get_index(args[3]); if (stop < 0) { stop += len; if (stop < 0) stop = 0; } }
    Int i = ar_find(args[0], args[1], start, stop);
    if (i < 0) exc_raise_msg(&exc_ValueError, "array.index(x): x not in array");
    return V_MKINT(i);
}

static Value ar_m_remove(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    Int i = ar_find(args[0], args[1], 0, (Int)A(args[0])->len);
    if (i < 0) exc_raise_msg(&exc_ValueError, "array.remove(x): x not in array");
    ar_delete_range(A(args[0]), (size_t)i, 1);
    return V_NONE;
}

static Value ar_m_count(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    Int c = 0;
    for (size_t i = 0; i < A(args[0])->len; i++)
        if (obj_equal(ar_get(A(args[0]), i), args[1])) c++;
    return V_MKINT(c);
}

static void ar_swap(uint8_t *p, uint8_t *q, size_t s) {
    for (size_t k = 0; k < s; k++) { uint8_t t = p[k]; p[k] = q[k]; q[k] = t; }
}

static Value ar_m_reverse(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    Array *a = A(args[0]);
    size_t s = a->itemsize;
    for (size_t i = 0, j = a->len; i + 1 < j; i++, j--) ar_swap(a->data + i * s, a->data + (j - 1) * s, s);
    return V_NONE;
}

static Value ar_m_byteswap(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    Array *a = A(args[0]);
    size_t s = a->itemsize;
    for (size_t i = 0; i < a->len; i++)
        for (size_t k = 0; k < s / 2; k++) ar_swap(a->data + i * s + k, a->data + i * s + s - 1 - k, 1);
    return V_NONE;
}

/* ---------------- slots ---------------- */

static void ar_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    Array *a = A(self);
    print_fmt(p, "array('%c'", a->typecode);
    if (a->len) {
        print_cstr(p, ", [");
        for (size_t i = 0; i < a->len; i++) {
            if (i) print_cstr(p, ", ");
            obj_print(p, ar_get(a, i), PRINT_REPR);
        }
        print_char(p, ']');
    }
    print_char(p, ')');
}

static Value ar_unary(UnaryOp op, Value self) {
    switch (op) {
    case UOP_LEN: return V_MKINT(A(self)->len);
    case UOP_BOOL: return V_BOOL(A(self)->len != 0);
    case UOP_HASH: exc_raise_msg(&exc_TypeError, "unhashable type: 'array.array'");
    default: return V_NULL;
    }
}

static Value ar_repeat(Value self, Value times, bool inplace) {
    Array *a = A(self);
    Int n = obj_get_int(times);
    if (n < 0) n = 0;
    size_t bytes = a->len * a->itemsize;
    if (bytes && (size_t)n > ((size_t)-1 >> 2) / bytes) exc_raise_memory_error();
    Value r = inplace ? self : ar_new(type_of(self), (char)a->typecode, 0);
    Array *ra = A(r);
    if (n == 0 || bytes == 0) { ra->len = 0; return r; }
    size_t old = a->len;
    ar_reserve(ra, old * (size_t)n);
    if (!inplace) memcpy(ra->data, a->data, bytes);
    for (Int k = 1; k < n; k++) memcpy(ra->data + (size_t)k * bytes, ra->data, bytes);
    ra->len = old * (size_t)n;
    return r;
}

static Value ar_binary(BinaryOp op, Value lhs, Value rhs) {
    bool reflected = (op & OP_REFLECTED) != 0;
    op = (BinaryOp)(op & ~OP_REFLECTED);
    switch (op) {
    case OP_ADD: case OP_IADD:
        if (reflected) return V_NOTIMPL;
        if (!ar_is(rhs))
            exc_raise_msg(&exc_TypeError, op == OP_ADD ? "can only append array (not \"%T\") to array"
                                                       : "can only extend array with array (not \"%T\")", rhs);
        if (A(rhs)->typecode != A(lhs)->typecode) exc_raise_msg(&exc_TypeError, "bad argument type for built-in operation");
        if (op == OP_IADD) {
            ar_append_bytes(A(lhs), A(rhs)->data, A(rhs)->len * A(rhs)->itemsize);
            return lhs;
        } else {
            Value r = ar_new(type_of(lhs), (char)A(lhs)->typecode, 0);
            ar_append_bytes(A(r), A(lhs)->data, A(lhs)->len * A(lhs)->itemsize);
            ar_append_bytes(A(r), A(rhs)->data, A(rhs)->len * A(rhs)->itemsize);
            return r;
        }
    case OP_MUL: case OP_IMUL: {
        Value self = reflected ? rhs : lhs, times = reflected ? lhs : rhs;
        if (!int_is_int(times) && !type_lookup(type_of(times), V_MKNAME(N___index__))) return V_NOTIMPL;
        return ar_repeat(self, times, op == OP_IMUL);
    }
    case OP_CONTAINS:
        return V_BOOL(ar_find(lhs, rhs, 0, (Int)A(lhs)->len) >= 0);
    case OP_LT: case OP_LE: case OP_EQ: case OP_NE: case OP_GT: case OP_GE: {
        if (!ar_is(lhs) || !ar_is(rhs)) return V_NOTIMPL;
        Array *x = A(lhs), *y = A(rhs);
        if (reflected) { Array *t = x; x = y; y = t; }
        if ((op == OP_EQ || op == OP_NE) && x->len != y->len) return V_BOOL(op == OP_NE);
        /* the first pair of items that differ decides, as for lists */
        size_t i = 0;
        Value a = V_NULL, b = V_NULL;
        for (; i < x->len && i < y->len; i++) {
            a = ar_get(x, i);
            b = ar_get(y, i);
            if (!obj_equal(a, b)) break;
        }
        if (i < x->len && i < y->len) {
            if (op == OP_EQ || op == OP_NE) return V_BOOL(op == OP_NE);
            return obj_binary_op(op, a, b);
        }
        Value nx = V_MKINT(x->len), ny = V_MKINT(y->len);
        return obj_binary_op(op, nx, ny);
    }
    default:
        return V_NULL;
    }
}

static Value ar_subscr(Value self, Value index, Value value) {
    Array *a = A(self);
    SliceIdx s;
    if (!V_IS_INT(index) && slice_indices(index, (Int)a->len, &s)) {
        size_t is = a->itemsize;
        if (value == V_NULL) {
            Value r = ar_new(type_of(self), (char)a->typecode, (size_t)s.len);
            for (Int k = 0; k < s.len; k++) memcpy(A(r)->data + (size_t)k * is, a->data + (size_t)(s.start + k * s.step) * is, is);
            return r;
        }
        if (value == V_SENTINEL_DELETE) {
            if (s.len <= 0) return V_NONE;
            if (s.step < 0) { s.start += (s.len - 1) * s.step; s.step = -s.step; }
            size_t w = (size_t)s.start;
            for (size_t i = (size_t)s.start, k = 0; i < a->len; i++) {
                if (k < (size_t)s.len && i == (size_t)s.start + k * (size_t)s.step) { k++; continue; }
                memmove(a->data + w * is, a->data + i * is, is);
                w++;
            }
            a->len -= (size_t)s.len;
            return V_NONE;
        }
        if (!ar_is(value))
            exc_raise_msg(&exc_TypeError, "can only assign array (not \"%T\") to array slice", value);
        Array *v = A(value);
        if (v->typecode != a->typecode) exc_raise_msg(&exc_TypeError, "bad argument type for built-in operation");
        size_t vn = v->len;
        /* a copy of the source, which may be the array itself */
        uint8_t *src = gc_alloc(vn * is + 1, GC_LEAF);
        memcpy(src, v->data, vn * is);
        if (s.step == 1) {
            size_t start = (size_t)s.start, old = (size_t)s.len;
            if (vn > old) ar_reserve(a, a->len + vn - old);
            memmove(a->data + (start + vn) * is, a->data + (start + old) * is, (a->len - start - old) * is);
            memcpy(a->data + start * is, src, vn * is);
            a->len = a->len - old + vn;
        } else {
            if ((Int)vn != s.len)
                exc_raise_msg(&exc_ValueError, "attempt to assign array of size %u to extended slice of size %u",
                              (unsigned)vn, (unsigned)s.len);
            for (Int k = 0; k < s.len; k++) memcpy(a->data + (size_t)(s.start + k * s.step) * is, src + (size_t)k * is, is);
        }
        gc_free(src);
        return V_NONE;
    }
    if (value == V_NULL) return ar_get(a, seq_index(index, a->len, "array"));
    if (!int_is_int(index) && !type_lookup(type_of(index), V_MKNAME(N___index__)))
        exc_raise_msg(&exc_TypeError, "array indices must be integers");
    uint8_t tmp[8];
    if (value != V_SENTINEL_DELETE) ar_convert((char)a->typecode, value, tmp);
    Int i = obj_get_index(index);
    if (i < 0) i += (Int)a->len;
    if (i < 0 || (size_t)i >= a->len) exc_raise_msg(&exc_IndexError, "array assignment index out of range");
    if (value == V_SENTINEL_DELETE) ar_delete_range(a, (size_t)i, 1);
    else memcpy(a->data + (size_t)i * a->itemsize, tmp, a->itemsize);
    return V_NONE;
}

/* iteration */
typedef struct {
    Object base;
    Value array;
    size_t i;          /* forward: the next index; reversed: one past it */
    bool reversed;
} ArrayIter;

static Value ar_iter_next(Value self) {
    ArrayIter *it = V_PTR(self);
    Array *a = A(it->array);
    if (it->reversed) {
        if (it->i > a->len) it->i = a->len;
        return it->i ? ar_get(a, --it->i) : V_NULL;
    }
    if (it->i >= a->len) return V_NULL;
    return ar_get(a, it->i++);
}

static Value ar_iter_self(Value self, IterBuf *buf) { (void)buf; return self; }

static const Type array_iter_type = {
    .type = &type_type, .name = V_MKNAME(N_arrayiterator), .base = &object_type, .flags = TF_ITER_SELF,
    .getiter = ar_iter_self, .iternext = ar_iter_next,
};

static Value ar_iter_new(Value self, bool reversed) {
    ArrayIter *it = gc_alloc(sizeof(ArrayIter), 0);
    it->base.type = &array_iter_type;
    it->array = self;
    it->reversed = reversed;
    it->i = reversed ? A(self)->len : 0;
    return V_FROMPTR(it);
}

static Value ar_getiter(Value self, IterBuf *buf) { (void)buf; return ar_iter_new(self, false); }

/* reversed() finds no __getitem__ on built-in types; this gives it a direct way */
static Value ar_m_reversed(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    return ar_iter_new(args[0], true);
}

static void ar_attr(Value self, Value name, Value *dest) {
    if (dest[1] != V_SENTINEL_METHOD) return;
    Array *a = A(self);
    if (name == V_MKNAME(N_typecode)) {
        char c = (char)a->typecode;
        dest[0] = str_new(&c, 1);
    } else if (name == V_MKNAME(N_itemsize)) {
        dest[0] = V_MKINT(a->itemsize);
    } else {
        return;
    }
    dest[1] = V_NULL;
}

static NATIVE_METHOD(ar_reversed_fn, __reversed__, 0, 0, ar_m_reversed);
static NATIVE_METHOD(ar_append_fn, append, 1, 1, ar_m_append);
static NATIVE_METHOD(ar_byteswap_fn, byteswap, 0, 0, ar_m_byteswap);
static NATIVE_METHOD(ar_count_fn, count, 1, 1, ar_m_count);
static NATIVE_METHOD(ar_extend_fn, extend, 1, 1, ar_m_extend);
static NATIVE_METHOD(ar_frombytes_fn, frombytes, 1, 1, ar_m_frombytes);
static NATIVE_METHOD(ar_fromlist_fn, fromlist, 1, 1, ar_m_fromlist);
static NATIVE_METHOD(ar_index_fn, index, 1, 3, ar_m_index);
static NATIVE_METHOD(ar_insert_fn, insert, 2, 2, ar_m_insert);
static NATIVE_METHOD(ar_pop_fn, pop, 0, 1, ar_m_pop);
static NATIVE_METHOD(ar_remove_fn, remove, 1, 1, ar_m_remove);
static NATIVE_METHOD(ar_reverse_fn, reverse, 0, 0, ar_m_reverse);
static NATIVE_METHOD(ar_tobytes_fn, tobytes, 0, 0, ar_m_tobytes);
static NATIVE_METHOD(ar_tolist_fn, tolist, 0, 0, ar_m_tolist);

static const MapEntry array_locals_table[] = {
    METHOD_ENTRY(__reversed__, ar_reversed_fn),
    METHOD_ENTRY(append, ar_append_fn),
    METHOD_ENTRY(byteswap, ar_byteswap_fn),
    METHOD_ENTRY(count, ar_count_fn),
    METHOD_ENTRY(extend, ar_extend_fn),
    METHOD_ENTRY(frombytes, ar_frombytes_fn),
    METHOD_ENTRY(fromlist, ar_fromlist_fn),
    METHOD_ENTRY(index, ar_index_fn),
    METHOD_ENTRY(insert, ar_insert_fn),
    METHOD_ENTRY(pop, ar_pop_fn),
    METHOD_ENTRY(remove, ar_remove_fn),
    METHOD_ENTRY(reverse, ar_reverse_fn),
    METHOD_ENTRY(tobytes, ar_tobytes_fn),
    METHOD_ENTRY(tolist, ar_tolist_fn),
};
static const Dict array_locals = DICT_CONST_INIT(array_locals_table);

const Type array_type = {
    .type = &type_type, .name = V_MKNAME(N_array), .base = &object_type, .flags = TF_ARRAY,
    .instance_size = sizeof(Array), .dict = V_FROMPTR(&array_locals),
    .print = ar_print, .make_new = ar_make_new, .unary_op = ar_unary, .binary_op = ar_binary,
    .subscr = ar_subscr, .getiter = ar_getiter, .attr = ar_attr,
};

static const MapEntry array_module_table[] = {
    {V_MKNAME(N_ArrayType), V_FROMPTR(&array_type)},
    {V_MKNAME(N___name__), V_MKNAME(N_array)},
    {V_MKNAME(N_array), V_FROMPTR(&array_type)},
    {V_MKNAME(N_typecodes), V_MKNAME(N_bBhHiIlLqQfd)},
};
MODULE_CONST(mod_array, array_module_table);
