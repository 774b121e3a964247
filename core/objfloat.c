/* float: IEEE doubles.  Text conversions are exact (lib/dtoa). */
#include <math.h>
#include <string.h>
#include "objfloat.h"
#include "objint.h"
#include "objstr.h"
#include "objtuple.h"
#include "objdict.h"
#include "objfun.h"
#include "objtype.h"
#include "objbytes.h"
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "dtoa.h"
#include "objcomplex.h"

Value float_new(double d) {
    Float *f = gc_alloc(sizeof(Float), GC_LEAF | GC_NOZERO);
    f->base.type = &float_type;
    f->value = d;
    return V_FROMPTR(f);
}

bool float_parse(const char *s, size_t n, double *out) {
    char copy[32];
    s = gc_bytes_in_ram(s, n, copy, sizeof copy);   /* (the text may be a static name, in flash) */
    /* float() accepts surrounding whitespace */
    while (n && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' || *s == '\v')) { s++; n--; }
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == '\f' || s[n - 1] == '\v')) n--;
    if (n == 0) return false;
    size_t used;
    if (dtoa_parse(s, n, DTOA_PARSE_FLOAT, out, &used) != 0) return false;
    return used == n;
}

/* ---------------- hashing (CPython's numeric hash) ---------------- */

#if UINTPTR_MAX > 0xFFFFFFFFu
#define HASH_BITS 61
#else
#define HASH_BITS 31
#endif
#define HASH_MOD (((UInt)1 << HASH_BITS) - 1)

Int float_hash(double v) {
    if (isinf(v)) return v > 0 ? 314159 : -314159;
    if (isnan(v)) return 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    UInt x = 0;
    while (m) {
        x = ((x << 28) & HASH_MOD) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        UInt y = (UInt)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MOD) x -= HASH_MOD;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MOD) | x >> (HASH_BITS - e);
    Int h = (Int)x * sign;
    return h == -1 ? -2 : h;
}

/* ---------------- comparisons with ints, exactly ---------------- */

int float_int_compare(double d, Value i) {
    if (isnan(d)) return 2;
    if (isinf(d)) return d > 0 ? 1 : -1;
    if (V_IS_INT(i)) {
        Int n = V_INT(i);
        const int64_t lim = (int64_t)1 << 53;   /* Int has 32 bits on the lx106 */
        if (n > -lim && n < lim) {
            double x = (double)n;
            return d < x ? -1 : d > x;
        }
    }
    /* |d| >= 2**53 is an integer; below that, compare the integer part then the fraction */
    double ip = trunc(d);
    int c = int_compare(int_from_double(ip), i);
    if (c != 0) return c;
    double frac = d - ip;
    return frac > 0 ? 1 : frac < 0 ? -1 : 0;
}

/* ---------------- arithmetic ---------------- */

static bool as_double(Value v, double *out) {
    if (V_IS_INT(v)) { *out = (double)V_INT(v); return true; }
    if (!V_IS_PTR(v)) return false;
    const Type *t = V_OBJ(v)->type;
    if (t == &float_type || type_is_subtype(t, &float_type)) { *out = ((Float *)V_PTR(v))->value; return true; }
    if (int_is_int(v)) { *out = int_to_double(v); return true; }
    return false;
}

static Value float_divmod(double x, double y, bool want_div, bool want_mod, double *divp, double *modp) {
    double mod = fmod(x, y);
    double div = (x - mod) / y;
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, y);
    }
    double floordiv;
    if (div != 0.0) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, x / y);
    }
    *divp = floordiv;
    *modp = mod;
    (void)want_div; (void)want_mod;
    return V_NULL;
}

/* x**y.  For a whole y whose products are exact (x's significand has b bits and b*|y| <= 53)
 * the power is computed by squaring, and its reciprocal for y < 0 with one division: correctly
 * rounded, as CPython gets from glibc.  pow() of a small libm such as picolibc's is often 1 ulp
 * off (10.0 ** -5 gave 9.999999999999999e-06 on the lx106). */
double float_pow_value(double x, double y) {
    if (x != 0.0 && isfinite(x) && fabs(y) <= 53.0 && y == floor(y)) {
        int e, n = (int)fabs(y), bits = 53;
        uint64_t sig = (uint64_t)ldexp(frexp(fabs(x), &e), 53);
        while (!(sig & 1)) { sig >>= 1; bits--; }
        if (bits * n <= 53) {
            double p = 1.0, b = x;
            for (int k = n; k; k >>= 1) {
                if (k & 1) p *= b;
                if (k > 1) b *= b;
            }
            if (isfinite(p) && fabs(p) >= 2.2250738585072014e-308) return y < 0.0 ? 1.0 / p : p;
        }
    }
    return pow(x, y);
}

static Value float_pow(double x, double y) {
    if (y == 0.0) return float_new(1.0);
    if (isnan(x)) return float_new(y == 0.0 ? 1.0 : x);
    if (x == 0.0 && y < 0.0 && !isinf(y))
        exc_raise_msg(&exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    if (x < 0.0 && y != floor(y) && !isinf(y) && !isnan(y))
        return complex_pow(x, 0.0, y, 0.0);   /* Python 3: a complex root */
    double r = float_pow_value(x, y);
    if (isinf(r) && !isinf(x) && !isinf(y)) exc_raise_msg(&exc_OverflowError, "(34, 'Numerical result out of range')");
    return float_new(r);
}

Value float_binary_op(BinaryOp op, Value a, Value b) {
    bool refl = (op & OP_REFLECTED) != 0;
    op = (BinaryOp)(op & ~OP_REFLECTED);
    if (op >= OP_IADD && op <= OP_IOR) op = (BinaryOp)(op - OP_INPLACE);
    double x, y;
    if (op >= OP_LT && op <= OP_GE) {
        if (refl) { Value t = a; a = b; b = t; }
        /* exact comparison with ints of any size */
        bool af = V_IS_PTR(a) && is_instance_of(a, &float_type), bf = V_IS_PTR(b) && is_instance_of(b, &float_type);
        int c;
        if (af && bf) {
            x = float_value(a);
            y = float_value(b);
            if (isnan(x) || isnan(y)) c = 2;
            else c = x < y ? -1 : x > y;
        } else if (af && int_is_int(b)) {
            c = float_int_compare(float_value(a), int_value_of(b));
        } else if (bf && int_is_int(a)) {
            c = float_int_compare(float_value(b), int_value_of(a));
            if (c != 2) c = -c;
        } else {
            return V_NOTIMPL;
        }
        if (c == 2) return V_BOOL(op == OP_NE);
        switch (op) {
        case OP_LT: return V_BOOL(c < 0);
        case OP_LE: return V_BOOL(c <= 0);
        case OP_EQ: return V_BOOL(c == 0);
        case OP_NE: return V_BOOL(c != 0);
        case OP_GT: return V_BOOL(c > 0);
        default: return V_BOOL(c >= 0);
        }
    }
    if (!as_double(a, &x) || !as_double(b, &y)) return V_NULL;
    switch (op) {
    case OP_ADD: return float_new(x + y);
    case OP_SUB: return float_new(x - y);
    case OP_MUL: return float_new(x * y);
    case OP_TRUEDIV:
        if (y == 0.0) exc_raise_msg(&exc_ZeroDivisionError, "float division by zero");
        return float_new(x / y);
    case OP_FLOORDIV: case OP_MOD: {
        if (y == 0.0) exc_raise_msg(&exc_ZeroDivisionError, op == OP_MOD ? ES_MSG("float modulo") : ES_MSG("float floor division by zero"));
        double d, m;
        float_divmod(x, y, true, true, &d, &m);
        return float_new(op == OP_MOD ? m : d);
    }
    case OP_POW: return float_pow(x, y);
    default: return V_NULL;
    }
}

/* ---------------- printing ---------------- */

Value float_format(double d, char type, int prec, int flags) {
    char buf[48];   /* repr and the usual precisions; the heap below for more (8 kB C stack on the board) */
    int n = dtoa_format(d, type, prec, flags, buf, sizeof buf);
    if (n < 0) {
        /* a very long fixed-point result: use a heap buffer */
        size_t cap = 400 + (size_t)(prec > 0 ? prec : 0) + 16;
        char *big = gc_alloc(cap, GC_LEAF);
        n = dtoa_format(d, type, prec, flags, big, cap);
        Value r = str_new(big, n > 0 ? (size_t)n : 0);
        gc_free(big);
        return r;
    }
    return str_new(buf, (size_t)n);
}

void float_print(Value v, Print *p, PrintKind kind) {
    (void)kind;
    char buf[40];
    int n = dtoa_format(float_value(v), 'r', 0, 0, buf, sizeof buf);
    print_strn(p, buf, n > 0 ? (size_t)n : 0);
}

/* ---------------- the type ---------------- */

static Value float_from_value(Value x) {
    if (is_type(x, &float_type)) return x;
    if (V_IS_INT(x)) return float_new((double)V_INT(x));
    if (int_is_int(x)) return float_new(int_to_double(x));
    const char *s;
    size_t n;
    if (str_is(x) || bytes_get_data(x, &s, &n)) {
        if (str_is(x)) s = str_number_text(x, &n);
        double d;
        if (!float_parse(s, n, &d)) exc_raise_msg(&exc_ValueError, "could not convert string to float: %r", x);
        return float_new(d);
    }
    double d;
    if (obj_get_float_maybe(x, &d)) return float_new(d);
    exc_raise_msg(&exc_TypeError, "float() argument must be a string or a real number, not '%T'", x);
}

static Value float_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    arg_check_no_kw("float", kwnames);
    if (nargs > 1) exc_raise_msg(&exc_TypeError, "float expected at most 1 argument, got %d", nargs);
    Value r = nargs ? float_from_value(args[0]) : float_new(0.0);
    if (t != &float_type) {
        Float *f = gc_alloc(sizeof(Float), GC_LEAF);
        f->base.type = t;
        f->value = float_value(r);
        return V_FROMPTR(f);
    }
    return r;
}

static Value float_unary(UnaryOp op, Value v) {
    double d = float_value(v);
    switch (op) {
    case UOP_NEG: return float_new(-d);
    case UOP_POS: return V_OBJ(v)->type == &float_type ? v : float_new(d);
    case UOP_ABS: return float_new(fabs(d));
    case UOP_BOOL: return V_BOOL(d != 0.0);
    case UOP_HASH: return V_MKINT(float_hash(d));
    case UOP_INT: return int_from_double(d);
    case UOP_FLOAT: return V_OBJ(v)->type == &float_type ? v : float_new(d);
    default: return V_NULL;
    }
}

static void float_attr(Value self, Value name, Value *dest) {
    if (dest[1] != V_SENTINEL_METHOD) return;
    switch (V_IS_NAME(name) ? V_NAME(name) : 0) {
    case N_real: dest[0] = float_new(float_value(self)); break;
    case N_imag: dest[0] = float_new(0.0); break;
    default: return;
    }
    dest[1] = V_NULL;
}

static Value f_is_integer(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    double d = float_value(a[0]);
    return V_BOOL(isfinite(d) && d == floor(d));
}

static Value f_as_integer_ratio(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    double d = float_value(a[0]);
    if (isinf(d)) exc_raise_msg(&exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d)) exc_raise_msg(&exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    Value num = int_from_double(m), den = V_MKINT(1);
    if (e > 0) num = int_binary_op(OP_LSHIFT, num, V_MKINT(e));
    else den = int_binary_op(OP_LSHIFT, V_MKINT(1), V_MKINT(-e));
    Value r[2] = {num, den};
    return tuple_from_array(r, 2);
}

static Value f_conjugate(Value *a, int n, Value kw) { (void)n; (void)kw; return float_new(float_value(a[0])); }
static Value f_trunc(Value *a, int n, Value kw) { (void)n; (void)kw; return int_from_double(float_value(a[0])); }
static Value f_floor(Value *a, int n, Value kw) { (void)n; (void)kw; return int_from_double(floor(float_value(a[0]))); }
static Value f_ceil(Value *a, int n, Value kw) { (void)n; (void)kw; return int_from_double(ceil(float_value(a[0]))); }

Value float_round(double d, Value ndigits) {
    if (ndigits == V_NULL || ndigits == V_NONE) {
        double r = round(d);
        if (fabs(d - trunc(d)) == 0.5) r = 2.0 * round(d / 2.0);   /* half to even */
        return int_from_double(r);
    }
    Value ndv = obj_index(ndigits);
    Int nd;
    if (!int_to_machine(ndv, &nd)) nd = int_sign(ndv) < 0 ? -1000 : 1000;
    if (!isfinite(d)) return float_new(d);
    double out;
    if (nd > 400) return float_new(d);
    if (nd < -400) return float_new(copysign(0.0, d));
    if (dtoa_round(d, (long)nd, &out) != 0) exc_raise_msg(&exc_OverflowError, "rounded value too large to represent");
    return float_new(out);
}

static Value f_round(Value *a, int n, Value kw) { (void)kw; return float_round(float_value(a[0]), n > 1 ? a[1] : V_NULL); }

static Value f_hex(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    double d = float_value(a[0]);
    if (isnan(d)) return str_new_cstr("nan");
    if (isinf(d)) return str_new_cstr(d > 0 ? "inf" : "-inf");
    char buf[40];
    int k = 0;
    if (signbit(d)) buf[k++] = '-';
    d = fabs(d);
    if (d == 0.0) {
        memcpy(buf + k, "0x0.0p+0", 8);
        return str_new(buf, (size_t)k + 8);
    }
    int e;
    double m = frexp(d, &e);   /* m in [0.5, 1) */
    m *= 2.0;
    e -= 1;
    if (e < -1022) {  /* subnormal: CPython keeps exponent -1022 */
        m = ldexp(m, e + 1022);
        e = -1022;
    }
    buf[k++] = '0'; buf[k++] = 'x';
    int lead = (int)m;
    buf[k++] = (char)('0' + lead);
    m -= lead;
    buf[k++] = '.';
    for (int i = 0; i < 13; i++) {
        m *= 16.0;
        int dgt = (int)m;
        m -= dgt;
        buf[k++] = digit_char((unsigned)dgt);
    }
    buf[k++] = 'p';
    buf[k++] = e < 0 ? '-' : '+';
    int ae = e < 0 ? -e : e;
    char eb[8];
    int en = 0;
    do { eb[en++] = (char)('0' + ae % 10); ae /= 10; } while (ae);
    while (en) buf[k++] = eb[--en];
    return str_new(buf, (size_t)k);
}

static Value f_fromhex(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    size_t len;
    if (!str_is(a[1])) exc_raise_msg(&exc_TypeError, "bad argument type for built-in operation");
    char copy[32];
    const char *s = str_data(a[1], &len);
    s = gc_bytes_in_ram(s, len, copy, sizeof copy);   /* (the text may be in flash) */
    const char *e = s + len;
    while (s < e && *s == ' ') s++;
    while (e > s && e[-1] == ' ') e--;
    bool neg = false;
    if (s < e && (*s == '+' || *s == '-')) neg = *s++ == '-';
    double r = 0;
    if (e - s >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x') s += 2;
    int exp = 0;
    bool any = false, point = false;
    for (; s < e; s++) {
        int c = *s;
        int dgt = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
        if (c == '.' && !point) { point = true; continue; }
        if (dgt < 0) break;
        r = r * 16 + dgt;
        if (point) exp -= 4;
        any = true;
    }
    if (s < e && (*s | 0x20) == 'p') {
        s++;
        bool eneg = false;
        if (s < e && (*s == '+' || *s == '-')) eneg = *s++ == '-';
        int ev = 0;
        if (s >= e) any = false;
        while (s < e && *s >= '0' && *s <= '9') ev = ev * 10 + (*s++ - '0');
        exp += eneg ? -ev : ev;
    }
    if (!any || s != e) exc_raise_msg(&exc_ValueError, "invalid hexadecimal floating-point string");
    r = ldexp(r, exp);
    Value v = float_new(neg ? -r : r);
    if (a[0] != V_FROMPTR(&float_type)) return obj_call1(a[0], v);
    return v;
}

static Value f_getformat(Value *a, int n, Value kw) {
    (void)a; (void)n; (void)kw;
    return str_new_cstr("IEEE, little-endian");
}

static NATIVE_METHOD(f_is_integer_fn, is_integer, 0, 0, f_is_integer);
static NATIVE_METHOD(f_as_integer_ratio_fn, as_integer_ratio, 0, 0, f_as_integer_ratio);
static NATIVE_METHOD(f_conjugate_fn, conjugate, 0, 0, f_conjugate);
static NATIVE_METHOD(f_trunc_fn, __trunc__, 0, 0, f_trunc);
static NATIVE_METHOD(f_floor_fn, __floor__, 0, 0, f_floor);
static NATIVE_METHOD(f_ceil_fn, __ceil__, 0, 0, f_ceil);
static NATIVE_METHOD(f_round_fn, __round__, 0, 1, f_round);
static NATIVE_METHOD(f_hex_fn, hex, 0, 0, f_hex);
static const NativeFunc f_fromhex_fn = {{&native_fn_type}, f_fromhex, NFN_INFO(N_fromhex, 2, 2, 0)};
static const Cell f_fromhex_cm = {{&classmethod_type}, V_FROMPTR(&f_fromhex_fn)};
static const NativeFunc f_getformat_fn = {{&native_fn_type}, f_getformat, NFN_INFO(N___getformat__, 2, 2, 0)};
static const Cell f_getformat_cm = {{&classmethod_type}, V_FROMPTR(&f_getformat_fn)};

static const MapEntry float_table[] = {
    METHOD_ENTRY(__ceil__, f_ceil_fn),
    METHOD_ENTRY(__floor__, f_floor_fn),
    METHOD_ENTRY(__getformat__, f_getformat_cm),
    METHOD_ENTRY(__round__, f_round_fn),
    METHOD_ENTRY(__trunc__, f_trunc_fn),
    METHOD_ENTRY(as_integer_ratio, f_as_integer_ratio_fn),
    METHOD_ENTRY(conjugate, f_conjugate_fn),
    METHOD_ENTRY(fromhex, f_fromhex_cm),
    METHOD_ENTRY(hex, f_hex_fn),
    METHOD_ENTRY(is_integer, f_is_integer_fn),
};
static const Dict float_locals = DICT_CONST_INIT(float_table);

const Type float_type = {
    .type = &type_type, .name = V_MKNAME(N_float), .flags = TF_BASETYPE, .base = &object_type,
    .instance_size = sizeof(Float), .dict = V_FROMPTR(&float_locals),
    .print = float_print, .make_new = float_make_new, .unary_op = float_unary, .binary_op = float_binary_op,
    .attr = float_attr,
};
