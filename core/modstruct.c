/* The struct module: pack/unpack of C structs with CPython's format language and messages.
 *
 * A format is read twice: a first pass checks every character and computes the size and the
 * number of values (so that format errors and count errors come before any value is
 * touched), a second pass packs or unpacks.  '@' (the default) uses the machine's sizes and
 * alignment, '=', '<', '>' and '!' the standard sizes without alignment.  struct.Struct keeps
 * the format and its size; it re-reads the format for every call, which costs a little time
 * and no RAM. */
#include <float.h>
#include <math.h>
#include <stddef.h>
#include <string.h>
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objint.h"
#include "objfloat.h"
#include "objstr.h"
#include "objbytes.h"
#include "objtuple.h"
#include "objdict.h"
#include "objfun.h"
#include "objtype.h"
#include "objmodule.h"
#include "modarray.h"

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define ST_NATIVE_LITTLE false
#else
#define ST_NATIVE_LITTLE true
#endif

/* struct.error */
TYPE_HEAD_ONLY(struct_error_type, TF_BASETYPE | TF_EXCEPTION | TF_HAS_DICT,
    .type = &type_type, .name = V_MKNAME(N_error), .base = &exc_Exception,
    .instance_size = sizeof(Exception), .dict_offset = offsetof(Exception, attrs));

#define ST_ERROR(...) exc_raise_msg(&struct_error_type, __VA_ARGS__)

/* ---------------- format reading ---------------- */

typedef struct {
    const char *p, *end;
    bool native;      /* '@': machine sizes and alignment */
    bool little;
} Fmt;

typedef struct {
    char c;
    size_t count, size, align;
} FmtItem;

/* The largest struct size: what a small int can hold. */
#define ST_MAX_SIZE ((size_t)SMALLINT_MAX)

static void fmt_begin(Fmt *f, Value fmt) {
    const char *s;
    size_t n;
    if (str_is(fmt)) s = str_data(fmt, &n);
    else if (!is_instance_of(fmt, &bytes_type) || !bytes_get_data(fmt, &s, &n))
        exc_raise_msg(&exc_TypeError, "Struct() argument 1 must be a str or bytes object, not %T", fmt);
    f->native = true;
    f->little = ST_NATIVE_LITTLE;
    if (n) {
        switch (s[0]) {
        case '@': s++, n--; break;
        case '=': s++, n--; f->native = false; break;
        case '<': s++, n--; f->native = false; f->little = true; break;
        case '>': case '!': s++, n--; f->native = false; f->little = false; break;
        default: break;
        }
    }
    f->p = s;
    f->end = s + n;
}

#define NATIVE(T) (*size = sizeof(T), *align = _Alignof(T), true)

/* Size and alignment of a format character; false for an unknown one. */
static bool fmt_code(char c, bool native, size_t *size, size_t *align) {
    if (native) {
        switch (c) {
        case 'x': case 'c': case 'b': case 'B': case 's': case 'p': return NATIVE(char);
        case '?': return NATIVE(_Bool);
        case 'h': case 'H': case 'e': return NATIVE(short);
        case 'i': case 'I': return NATIVE(int);
        case 'l': case 'L': return NATIVE(long);
        case 'q': case 'Q': return NATIVE(long long);
        case 'n': case 'N': return NATIVE(size_t);
        case 'P': return NATIVE(void *);
        case 'f': return NATIVE(float);
        case 'd': return NATIVE(double);
        default: return false;
        }
    }
    *align = 1;
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case 's': case 'p': case '?': *size = 1; return true;
    case 'h': case 'H': case 'e': *size = 2; return true;
    case 'i': case 'I': case 'l': case 'L': case 'f': *size = 4; return true;
    case 'q': case 'Q': case 'd': *size = 8; return true;
    default: return false;
    }
}

static bool fmt_next(Fmt *f, FmtItem *it) {
    while (f->p < f->end && (*f->p == ' ' || (*f->p >= '\t' && *f->p <= '\r'))) f->p++;
    if (f->p == f->end) return false;
    size_t count = 1;
    if (*f->p >= '0' && *f->p <= '9') {
        count = 0;
        while (f->p < f->end && *f->p >= '0' && *f->p <= '9') {
            if (count > (ST_MAX_SIZE - 9) / 10) ST_ERROR("total struct size too long");
            count = count * 10 + (size_t)(*f->p++ - '0');
        }
        if (f->p == f->end) ST_ERROR("repeat count given without format specifier");
    }
    it->c = *f->p++;
    it->count = count;
    if (!fmt_code(it->c, f->native, &it->size, &it->align)) ST_ERROR("bad char in struct format");
    return true;
}

static bool fmt_is_string(char c) { return c == 's' || c == 'p'; }

static size_t fmt_align(size_t off, size_t align) {
    size_t r = (off + align - 1) / align * align;
    if (r < off || r > ST_MAX_SIZE) ST_ERROR("total struct size too long");
    return r;
}

/* The first pass: checks the whole format; returns the size, and the number of values in
 * *nvalues. */
static size_t fmt_layout(Value fmt, size_t *nvalues) {
    Fmt f;
    FmtItem it;
    size_t size = 0, n = 0;
    fmt_begin(&f, fmt);
    while (fmt_next(&f, &it)) {
        if (f.native) size = fmt_align(size, it.align);
        size_t unit = fmt_is_string(it.c) ? 1 : it.size;
        if (it.count && unit > (ST_MAX_SIZE - size) / it.count) ST_ERROR("total struct size too long");
        size += unit * it.count;
        n += it.c == 'x' ? 0 : fmt_is_string(it.c) ? 1 : it.count;
    }
    if (nvalues) *nvalues = n;
    return size;
}

/* ---------------- one value ---------------- */

static void put_uint(uint8_t *out, uint64_t u, size_t size, bool little) {
    for (size_t i = 0; i < size; i++, u >>= 8) out[little ? i : size - 1 - i] = (uint8_t)u;
}

static uint64_t get_uint(const uint8_t *in, size_t size, bool little) {
    uint64_t u = 0;
    for (size_t i = 0; i < size; i++) u = u << 8 | in[little ? size - 1 - i : i];
    return u;
}

/* IEEE half precision, rounding to nearest even (CPython's PyFloat_Pack2). */
static uint16_t half_pack(double x) {
    unsigned sign = signbit(x) ? 1 : 0, e, bits;
    if (x == 0.0) {
        e = 0;
        bits = 0;
    } else if (isinf(x)) {
        e = 0x1f;
        bits = 0;
    } else if (isnan(x)) {
        e = 0x1f;
        bits = 512;
    } else {
        int ex;
        double f = frexp(fabs(x), &ex) * 2.0;   /* 1 <= f < 2 */
        ex--;
        if (ex >= 16) goto overflow;
        if (ex < -25) { f = 0.0; ex = 0; }             /* underflows to zero */
        else if (ex < -14) { f = ldexp(f, 14 + ex); ex = 0; }   /* subnormal */
        else { ex += 15; f -= 1.0; }
        f *= 1024.0;
        bits = (unsigned)f;
        e = (unsigned)ex;
        if (f - bits > 0.5 || (f - bits == 0.5 && (bits & 1))) {
            if (++bits == 1024) {
                bits = 0;
                if (++e == 31) goto overflow;
            }
        }
    }
    return (uint16_t)(sign << 15 | e << 10 | bits);
overflow:
    exc_raise_msg(&exc_OverflowError, "float too large to pack with e format");
}

static double half_unpack(unsigned h) {
    unsigned e = (h >> 10) & 0x1f, f = h & 0x3ff;
    double x;
    if (e == 0x1f) x = f ? NAN : INFINITY;
    else if (e == 0) x = ldexp((double)f, -24);
    else x = ldexp((double)(f + 1024), (int)e - 25);
    return (h & 0x8000) ? -x : x;
}

static ES_NORETURN void int_range_error(char c, size_t size, bool is_signed) {
    switch (c) {
    case 'b': ST_ERROR("byte format requires -128 <= number <= 127");
    case 'B': ST_ERROR("ubyte format requires 0 <= number <= 255");
    case 'h': ST_ERROR("short format requires -32768 <= number <= 32767");
    case 'H': ST_ERROR("ushort format requires 0 <= number <= 65535");
    default: break;
    }
    unsigned bits = (unsigned)size * 8;
    if (is_signed) ST_ERROR("'%c' format requires %D <= number <= %D", c, (Int)-((int64_t)1 << (bits - 1)),
                            (Int)(((int64_t)1 << (bits - 1)) - 1));
    ST_ERROR("'%c' format requires 0 <= number <= %u", c, (unsigned)(((uint64_t)1 << bits) - 1));
}

static void pack_value(const FmtItem *it, bool little, uint8_t *out, Value v) {
    switch (it->c) {
    case '?':
        out[0] = obj_truthy(v);
        return;
    case 'c': {
        const char *d;
        size_t n;
        d = NULL;
        if (!is_instance_of(v, &bytes_type)) n = 0;
        else bytes_get_data(v, &d, &n);
        if (n != 1) ST_ERROR("char format requires a bytes object of length 1");
        out[0] = (uint8_t)d[0];
        return;
    }
    case 'e': case 'f': case 'd': {
        double x;
        if (!obj_get_float_maybe(v, &x)) ST_ERROR("required argument is not a float");
        if (it->c == 'e') {
            put_uint(out, half_pack(x), 2, little);
        } else if (it->c == 'f') {
            float y = (float)x;
            uint32_t u;
            memcpy(&u, &y, 4);
            /* isinf on the bits: a float compare would link libgcc's single-precision
             * comparisons (294 bytes) for this one test. */
            if ((u & 0x7FFFFFFFu) == 0x7F800000u && !isinf(x))
                exc_raise_msg(&exc_OverflowError, "float too large to pack with f format");
            put_uint(out, u, 4, little);
        } else {
            uint64_t u;
            memcpy(&u, &x, 8);
            put_uint(out, u, 8, little);
        }
        return;
    }
    default: break;
    }
    /* integers: ints and objects with __index__ */
    if (!int_is_int(v)) {
        if (!type_lookup(type_of(v), V_MKNAME(N___index__))) ST_ERROR("required argument is not an integer");
        v = obj_unary_op(UOP_INDEX, v);
    }
    size_t size = it->size;
    uint64_t u;
    if (it->c == 'P') {
        /* a pointer: the low bits of any int */
        int64_t x;
        if (int_to_u64(v, &u)) {}
        else if (int_to_i64(v, &x)) u = (uint64_t)x;
        else ST_ERROR("argument out of range");
    } else if (it->c >= 'a') {   /* b h i l q n are signed */
        int64_t x;
        if (!int_to_i64(v, &x)) ST_ERROR("argument out of range");
        if (size < 8 && (x < -((int64_t)1 << (size * 8 - 1)) || x >= ((int64_t)1 << (size * 8 - 1))))
            int_range_error(it->c, size, true);
        u = (uint64_t)x;
    } else if (size <= 2) {
        /* B and H: CPython range-checks these as C longs, so negatives get the range message */
        int64_t x;
        if (!int_to_i64(v, &x)) ST_ERROR("argument out of range");
        if (x < 0 || (x >> (size * 8))) int_range_error(it->c, size, false);
        u = (uint64_t)x;
    } else {
        if (!int_to_u64(v, &u)) ST_ERROR("argument out of range");
        if (size < 8 && (u >> (size * 8))) int_range_error(it->c, size, false);
    }
    put_uint(out, u, size, little);
}

static Value unpack_value(const FmtItem *it, bool little, const uint8_t *in) {
    switch (it->c) {
    case '?': return V_BOOL(in[0] != 0);
    case 'c': return bytes_new(in, 1);
    case 'e': return float_new(half_unpack((unsigned)get_uint(in, 2, little)));
    case 'f': {
        uint32_t u = (uint32_t)get_uint(in, 4, little);
        float y;
        memcpy(&y, &u, 4);
        return float_new(y);
    }
    case 'd': {
        uint64_t u = get_uint(in, 8, little);
        double x;
        memcpy(&x, &u, 8);
        return float_new(x);
    }
    default: break;
    }
    uint64_t u = get_uint(in, it->size, little);
    if (it->c >= 'a' && it->size < 8 && (u >> (it->size * 8 - 1))) u |= ~(uint64_t)0 << (it->size * 8);
    return it->c >= 'a' ? int_from_ll((long long)u) : int_from_ull(u);
}

/* ---------------- whole structs ---------------- */

/* Packs values[] (as many as the format takes, already counted) into out (zeroed). */
static void st_pack_into(Value fmt, uint8_t *out, const Value *values) {
    Fmt f;
    FmtItem it;
    size_t off = 0;
    fmt_begin(&f, fmt);
    while (fmt_next(&f, &it)) {
        if (f.native) off = fmt_align(off, it.align);
        if (it.c == 'x') {
            off += it.count;
        } else if (fmt_is_string(it.c)) {
            Value v = *values++;
            const char *d;
            size_t n;
            if ((!is_instance_of(v, &bytes_type) && !is_instance_of(v, &bytearray_type)) || !bytes_get_data(v, &d, &n))
                ST_ERROR("argument for '%c' must be a bytes object", it.c);
            if (it.c == 's') {
                memcpy(out + off, d, n < it.count ? n : it.count);
            } else if (it.count) {
                /* Pascal string: a length byte (at most 255), then the data */
                if (n > it.count - 1) n = it.count - 1;
                memcpy(out + off + 1, d, n);
                out[off] = (uint8_t)(n > 255 ? 255 : n);
            }
            off += it.count;
        } else {
            for (size_t k = 0; k < it.count; k++, off += it.size) pack_value(&it, f.little, out + off, *values++);
        }
    }
}

static Value st_unpack_from(Value fmt, const uint8_t *in, size_t nvalues) {
    Value t = tuple_new(nvalues);
    Value *items = tuple_items(t);
    Fmt f;
    FmtItem it;
    size_t off = 0;
    fmt_begin(&f, fmt);
    while (fmt_next(&f, &it)) {
        if (f.native) off = fmt_align(off, it.align);
        if (it.c == 'x') {
            off += it.count;
        } else if (it.c == 's') {
            *items++ = bytes_new(in + off, it.count);
            off += it.count;
        } else if (it.c == 'p') {
            size_t n = it.count ? in[off] : 0;
            if (it.count && n >= it.count) n = it.count - 1;
            *items++ = bytes_new(in + off + 1, n);
            off += it.count;
        } else {
            for (size_t k = 0; k < it.count; k++, off += it.size) *items++ = unpack_value(&it, f.little, in + off);
        }
    }
    return t;
}

static Value st_pack(Value fmt, const Value *values, int nvalues) {
    size_t n, size = fmt_layout(fmt, &n);
    if ((size_t)nvalues != n) ST_ERROR("pack expected %u items for packing (got %d)", (unsigned)n, nvalues);
    Value b = bytes_alloc(size);
    st_pack_into(fmt, ((Bytes *)V_PTR(b))->data, values);
    return b;
}

static void st_read_buffer(Value v, const char **d, size_t *n) {
    if (bytes_get_data(v, d, n)) return;
    uint8_t *a;
    if (array_get_buffer(v, &a, n)) { *d = (const char *)a; return; }
    exc_raise_msg(&exc_TypeError, "a bytes-like object is required, not '%T'", v);
}

/* A writable buffer: bytearray, memoryview of one, or array.array. */
static bool st_write_buffer(Value v, uint8_t **d, size_t *n) {
    if (bytes_is_bytearray(v) || (is_type(v, &memoryview_type) && bytes_is_bytearray(((MemoryView *)V_PTR(v))->obj))) {
        const char *c;
        bytes_get_data(v, &c, n);
        *d = (uint8_t *)c;
        return true;
    }
    return array_get_buffer(v, d, n);
}

static Value st_unpack(Value fmt, Value buffer) {
    size_t n, size = fmt_layout(fmt, &n), len;
    const char *d;
    st_read_buffer(buffer, &d, &len);
    if (len != size) ST_ERROR("unpack requires a buffer of %u bytes", (unsigned)size);
    return st_unpack_from(fmt, (const uint8_t *)d, n);
}

/* Checks an offset into a buffer for size bytes as CPython does; returns it made positive. */
static size_t st_offset(Int offset, size_t size, size_t len, bool packing) {
    if (offset < 0) {
        if (offset + (Int)size > 0) {
            if (packing) ST_ERROR("no space to pack %u bytes at offset %D", (unsigned)size, offset);
            ST_ERROR("not enough data to unpack %u bytes at offset %D", (unsigned)size, offset);
        }
        if (offset + (Int)len < 0) ST_ERROR("offset %D out of range for %u-byte buffer", offset, (unsigned)len);
        offset += (Int)len;
    }
    if ((Int)len - offset < (Int)size)
        ST_ERROR("%s requires a buffer of at least %D bytes for %s %u bytes at offset %D (actual buffer size is %u)",
                 packing ? "pack_into" : "unpack_from", (Int)size + offset, packing ? "packing" : "unpacking",
                 (unsigned)size, offset, (unsigned)len);
    return (size_t)offset;
}

static Value st_unpack_at(Value fmt, Value buffer, Value offset) {
    size_t n, size = fmt_layout(fmt, &n), len;
    const char *d;
    st_read_buffer(buffer, &d, &len);
    size_t off = st_offset(offset ? obj_get_int(offset) : 0, size, len, false);
    st_read_buffer(buffer, &d, &len);   /* __index__ of the offset may have changed it */
    if (off + size > len) ST_ERROR("unpack_from requires a buffer of at least %u bytes", (unsigned)(off + size));
    return st_unpack_from(fmt, (const uint8_t *)d + off, n);
}

/* pack_into(fmt, buffer, offset, *values); args[] starts at buffer. */
static Value st_pack_at(Value fmt, const Value *args, int nargs) {
    size_t n, size = fmt_layout(fmt, &n), len;
    if (nargs != (int)n + 2) {
        if (nargs == 0) ST_ERROR("pack_into expected buffer argument");
        if (nargs == 1) ST_ERROR("pack_into expected offset argument");
        ST_ERROR("pack_into expected %u items for packing (got %d)", (unsigned)n, nargs - 2);
    }
    uint8_t *d;
    if (!st_write_buffer(args[0], &d, &len))
        exc_raise_msg(&exc_TypeError, "argument must be read-write bytes-like object, not %T", args[0]);
    size_t off = st_offset(obj_get_int(args[1]), size, len, true);
    /* pack aside first: converting the values may run Python code that resizes the buffer */
    Value tmp = bytes_alloc(size);
    st_pack_into(fmt, ((Bytes *)V_PTR(tmp))->data, args + 2);
    st_write_buffer(args[0], &d, &len);
    if (off + size > len) ST_ERROR("pack_into requires a buffer of at least %u bytes", (unsigned)(off + size));
    memcpy(d + off, ((Bytes *)V_PTR(tmp))->data, size);
    return V_NONE;
}

/* iter_unpack: an iterator over a buffer in steps of the struct's size. */
typedef struct {
    Object base;
    Value fmt, buffer;
    size_t size, nvalues, off;
} UnpackIter;

static Value unpack_iter_next(Value self) {
    UnpackIter *u = V_PTR(self);
    const char *d;
    size_t len;
    st_read_buffer(u->buffer, &d, &len);
    if (u->off + u->size > len) return V_NULL;
    Value t = st_unpack_from(u->fmt, (const uint8_t *)d + u->off, u->nvalues);
    u->off += u->size;
    return t;
}

static Value unpack_iter_self(Value self, IterBuf *buf) { (void)buf; return self; }

static const Type unpack_iter_type = {
    .type = &type_type, .name = V_MKNAME(N_unpack_iterator), .base = &object_type, .flags = TF_ITER_SELF,
    .getiter = unpack_iter_self, .iternext = unpack_iter_next,
};

static Value st_iter_unpack(Value fmt, Value buffer) {
    size_t n, size = fmt_layout(fmt, &n), len;
    const char *d;
    st_read_buffer(buffer, &d, &len);
    if (size == 0) ST_ERROR("cannot iteratively unpack with a struct of length 0");
    if (len % size) ST_ERROR("iterative unpacking requires a buffer of a multiple of %u bytes", (unsigned)size);
    UnpackIter *u = gc_alloc(sizeof(UnpackIter), 0);
    u->base.type = &unpack_iter_type;
    u->fmt = fmt;
    u->buffer = buffer;
    u->size = size;
    u->nvalues = n;
    return V_FROMPTR(u);
}

/* ---------------- module functions ---------------- */

static Value struct_calcsize(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    return int_from_uint(fmt_layout(args[0], NULL));
}

static Value struct_pack(Value *args, int nargs, Value kw) {
    (void)kw;
    if (nargs == 0) exc_raise_msg(&exc_TypeError, "pack expected at least 1 argument, got 0");
    return st_pack(args[0], args + 1, nargs - 1);
}

static Value struct_pack_into(Value *args, int nargs, Value kw) {
    (void)kw;
    if (nargs == 0) exc_raise_msg(&exc_TypeError, "pack_into expected at least 1 argument, got 0");
    return st_pack_at(args[0], args + 1, nargs - 1);
}

static Value struct_unpack(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    return st_unpack(args[0], args[1]);
}

static Value struct_unpack_from(Value *args, int nargs, Value kw) {
    static const uint16_t names[] = {N_buffer, N_offset};
    Value a[2];
    arg_parse("unpack_from", args + 1, nargs - 1, kw, 2, names, 2, a);
    if (!a[0]) exc_raise_msg(&exc_TypeError, "unpack_from() missing required argument 'buffer' (pos 2)");
    return st_unpack_at(args[0], a[0], a[1]);
}

static Value struct_iter_unpack(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    return st_iter_unpack(args[0], args[1]);
}

/* ---------------- struct.Struct ---------------- */

typedef struct {
    Object base;
    Value format;
    size_t size;
} Struct;

static const Type struct_type;

static Value struct_make_new(const Type *t, Value *args, int nargs, Value kw) {
    static const uint16_t names[] = {N_format};
    Value fmt;
    arg_parse("Struct", args, nargs, kw, 1, names, 1, &fmt);
    if (!fmt) exc_raise_msg(&exc_TypeError, "Struct() missing required argument 'format' (pos 1)");
    Struct *s = gc_alloc(t->instance_size, 0);
    s->base.type = t;
    s->size = fmt_layout(fmt, NULL);
    s->format = fmt;
    return V_FROMPTR(s);
}

static Value S_fmt(Value self) { return ((Struct *)V_PTR(self))->format; }

static Value struct_m_pack(Value *args, int nargs, Value kw) {
    (void)kw;
    return st_pack(S_fmt(args[0]), args + 1, nargs - 1);
}
static Value struct_m_pack_into(Value *args, int nargs, Value kw) {
    (void)kw;
    return st_pack_at(S_fmt(args[0]), args + 1, nargs - 1);
}
static Value struct_m_unpack(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    return st_unpack(S_fmt(args[0]), args[1]);
}
static Value struct_m_unpack_from(Value *args, int nargs, Value kw) {
    static const uint16_t names[] = {N_buffer, N_offset};
    Value a[2];
    arg_parse("unpack_from", args + 1, nargs - 1, kw, 2, names, 2, a);
    if (!a[0]) exc_raise_msg(&exc_TypeError, "unpack_from() missing required argument 'buffer' (pos 1)");
    return st_unpack_at(S_fmt(args[0]), a[0], a[1]);
}
static Value struct_m_iter_unpack(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    return st_iter_unpack(S_fmt(args[0]), args[1]);
}

static void struct_attr(Value self, Value name, Value *dest) {
    if (dest[1] != V_SENTINEL_METHOD) return;
    Struct *s = V_PTR(self);
    if (name == V_MKNAME(N_size)) {
        dest[0] = int_from_uint(s->size);
    } else if (name == V_MKNAME(N_format)) {
        const char *d;
        size_t n;
        /* always a str, as in CPython 3.7+ */
        if (str_is(s->format)) dest[0] = s->format;
        else { bytes_get_data(s->format, &d, &n); dest[0] = str_new(d, n); }
    } else {
        return;
    }
    dest[1] = V_NULL;
}

static NATIVE_METHOD(struct_m_pack_fn, pack, 0, NARGS_ANY, struct_m_pack);
static NATIVE_METHOD(struct_m_pack_into_fn, pack_into, 0, NARGS_ANY, struct_m_pack_into);
static NATIVE_METHOD(struct_m_unpack_fn, unpack, 1, 1, struct_m_unpack);
static NATIVE_METHOD_KW(struct_m_unpack_from_fn, unpack_from, 0, 2, struct_m_unpack_from);
static NATIVE_METHOD(struct_m_iter_unpack_fn, iter_unpack, 1, 1, struct_m_iter_unpack);
static const MapEntry struct_locals_table[] = {
    METHOD_ENTRY(iter_unpack, struct_m_iter_unpack_fn),
    METHOD_ENTRY(pack, struct_m_pack_fn),
    METHOD_ENTRY(pack_into, struct_m_pack_into_fn),
    METHOD_ENTRY(unpack, struct_m_unpack_fn),
    METHOD_ENTRY(unpack_from, struct_m_unpack_from_fn),
};
static const Dict struct_locals = DICT_CONST_INIT(struct_locals_table);

static const Type struct_type = {
    .type = &type_type, .name = V_MKNAME(N_Struct), .base = &object_type, .flags = TF_BASETYPE,
    .instance_size = sizeof(Struct), .dict = V_FROMPTR(&struct_locals),
    .make_new = struct_make_new, .attr = struct_attr,
};

static NATIVE_FN(struct_calcsize_fn, calcsize, 1, 1, struct_calcsize);
static NATIVE_FN(struct_pack_fn, pack, 0, NARGS_ANY, struct_pack);
static NATIVE_FN(struct_pack_into_fn, pack_into, 0, NARGS_ANY, struct_pack_into);
static NATIVE_FN(struct_unpack_fn, unpack, 2, 2, struct_unpack);
static NATIVE_FN_KW(struct_unpack_from_fn, unpack_from, 1, 3, struct_unpack_from);
static NATIVE_FN(struct_iter_unpack_fn, iter_unpack, 2, 2, struct_iter_unpack);

static const MapEntry struct_table[] = {
    {V_MKNAME(N_Struct), V_FROMPTR(&struct_type)},
    {V_MKNAME(N___name__), V_MKNAME(N_struct)},
    METHOD_ENTRY(calcsize, struct_calcsize_fn),
    {V_MKNAME(N_error), V_FROMPTR(&struct_error_type)},
    METHOD_ENTRY(iter_unpack, struct_iter_unpack_fn),
    METHOD_ENTRY(pack, struct_pack_fn),
    METHOD_ENTRY(pack_into, struct_pack_into_fn),
    METHOD_ENTRY(unpack, struct_unpack_fn),
    METHOD_ENTRY(unpack_from, struct_unpack_from_fn),
};
MODULE_CONST(mod_struct, struct_table);
