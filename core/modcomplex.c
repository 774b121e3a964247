/* The module _complex: complex numbers' arithmetic (with the libm functions that only it calls:
 * sin, cos, exp, log, atan2, hypot), repr and parsing, in the slots of complex_impl_type.
 * The complex type itself, its values and hash stay in the core (objcomplex.c), which calls
 * these slots.  On the ESP-01 this file is a native module (docs/bundle.md): an app that never
 * makes a complex number does not carry it, and `espy build` bakes it into one that may. */
#include <math.h>
#include <string.h>
#include "objcomplex.h"
#include "gc.h"
#include "objfloat.h"
#include "objint.h"
#include "objstr.h"
#include "objdict.h"
#include "objmodule.h"
#include "runtime.h"
#include "exc.h"
#include "names.h"
#include "dtoa.h"

static inline const Complex *C(Value v) { return V_PTR(v); }

/* An operand as a complex: complex, float or int (false for anything else). */
static bool as_complex(Value v, double *re, double *im) {
    if (is_instance_of(v, &complex_type)) {
        *re = C(v)->re;
        *im = C(v)->im;
        return true;
    }
    *im = 0.0;
    if (is_instance_of(v, &float_type)) { *re = float_value(v); return true; }
    if (int_is_int(v)) { *re = int_to_double(v); return true; }
    return false;
}

/* ---------------- arithmetic (the algorithms CPython uses, for the same results) ---------------- */

static ES_NORETURN void zero_division(void) {
    exc_raise_msg(&exc_ZeroDivisionError, "complex division by zero");
}

static void c_div(double ar, double ai, double br, double bi, double *rr, double *ri) {
    /* Smith's method: no overflow in the intermediate products */
    double abr = fabs(br), abi = fabs(bi);
    if (abr >= abi) {
        if (abr == 0.0) zero_division();
        double ratio = bi / br, denom = br + bi * ratio;
        *rr = (ar + ai * ratio) / denom;
        *ri = (ai - ar * ratio) / denom;
    } else if (abi >= abr) {
        double ratio = br / bi, denom = br * ratio + bi;
        *rr = (ar * ratio + ai) / denom;
        *ri = (ai * ratio - ar) / denom;
    } else {
        *rr = *ri = NAN;   /* a NaN in b */
    }
}

static void c_mul(double ar, double ai, double br, double bi, double *rr, double *ri) {
    *rr = ar * br - ai * bi;
    *ri = ar * bi + ai * br;
}

static void c_pow(double ar, double ai, double br, double bi, double *rr, double *ri) {
    if (br == 0.0 && bi == 0.0) { *rr = 1.0; *ri = 0.0; return; }
    if (ar == 0.0 && ai == 0.0) {
        if (bi != 0.0 || br < 0.0)
            exc_raise_msg(&exc_ZeroDivisionError, "0.0 to a negative or complex power");
        *rr = *ri = 0.0;
        return;
    }
    if (bi == 0.0 && br == floor(br) && fabs(br) <= 100.0) {
        /* a whole exponent: binary powering, as exact as it gets */
        long n = (long)fabs(br);
        double pr = 1.0, pi = 0.0, xr = ar, xi = ai;
        while (n) {
            if (n & 1) c_mul(pr, pi, xr, xi, &pr, &pi);
            n >>= 1;
            if (n) c_mul(xr, xi, xr, xi, &xr, &xi);
        }
        if (br < 0.0) c_div(1.0, 0.0, pr, pi, &pr, &pi);
        *rr = pr;
        *ri = pi;
        return;
    }
    double vabs = hypot(ar, ai), len = pow(vabs, br), at = atan2(ai, ar), phase = at * br;
    if (bi != 0.0) {
        len /= exp(at * bi);
        phase += bi * log(vabs);
    }
    *rr = len * cos(phase);
    *ri = len * sin(phase);
}

static Value c_pow_value(double ar, double ai, double br, double bi) {
    double rr, ri;
    c_pow(ar, ai, br, bi, &rr, &ri);
    if ((isinf(rr) || isinf(ri)) && isfinite(ar) && isfinite(ai) && isfinite(br) && isfinite(bi))
        exc_raise_msg(&exc_OverflowError, "complex exponentiation");
    return complex_new(rr, ri);
}

static Value complex_binary(BinaryOp op, Value a, Value b) {
    op = (BinaryOp)(op & ~OP_REFLECTED);
    if (op >= OP_IADD && op <= OP_IOR) op = (BinaryOp)(op - OP_INPLACE);
    double ar, ai, br, bi, rr, ri;
    if (!as_complex(a, &ar, &ai) || !as_complex(b, &br, &bi)) return V_NOTIMPL;
    switch (op) {
    case OP_ADD: return complex_new(ar + br, ai + bi);
    case OP_SUB: return complex_new(ar - br, ai - bi);
    case OP_MUL: c_mul(ar, ai, br, bi, &rr, &ri); return complex_new(rr, ri);
    case OP_TRUEDIV: c_div(ar, ai, br, bi, &rr, &ri); return complex_new(rr, ri);
    case OP_POW: return c_pow_value(ar, ai, br, bi);
    case OP_EQ: return V_BOOL(ar == br && ai == bi);
    case OP_NE: return V_BOOL(!(ar == br && ai == bi));
    default: return V_NOTIMPL;   /* no ordering, no // or % */
    }
}

/* abs() is the only unary operation that needs this module (objcomplex.c does the rest). */
static Value complex_unary(UnaryOp op, Value v) {
    if (op != UOP_ABS) return V_NULL;
    double r = hypot(C(v)->re, C(v)->im);
    if (isinf(r) && isfinite(C(v)->re) && isfinite(C(v)->im))
        exc_raise_msg(&exc_OverflowError, "absolute value too large");
    return float_new(r);
}

/* ---------------- printing ---------------- */

/* A part as repr() shows it in a complex: the float's repr without a trailing ".0". */
static size_t part_repr(double d, char *buf, size_t cap) {
    int n = dtoa_format(d, 'r', 0, 0, buf, cap);
    if (n < 0) n = 0;
    if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0') n -= 2;
    return (size_t)n;
}

static void complex_print(Value v, Print *p, PrintKind kind) {
    (void)kind;
    const Complex *c = C(v);
    char re[40], im[40];
    size_t ni = part_repr(c->im, im, sizeof im);
    if (c->re == 0.0 && !signbit(c->re)) {
        print_strn(p, im, ni);
        print_char(p, 'j');
        return;
    }
    size_t nr = part_repr(c->re, re, sizeof re);
    print_char(p, '(');
    print_strn(p, re, nr);
    if (im[0] != '-') print_char(p, '+');
    print_strn(p, im, ni);
    print_cstr(p, "j)");
}

/* ---------------- construction ---------------- */

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/* complex("1+2j"), "(1-j)", "3", "-2.5e3J": the forms CPython's parser takes. */
static bool parse_complex(const char *s, size_t n, double *re, double *im) {
    char copy[48];
    s = gc_bytes_in_ram(s, n, copy, sizeof copy);   /* dtoa_parse may not load bytes from flash */
    while (n && is_space(*s)) { s++; n--; }
    while (n && is_space(s[n - 1])) n--;
    if (n >= 2 && s[0] == '(' && s[n - 1] == ')') {
        s++;
        n -= 2;
        while (n && is_space(*s)) { s++; n--; }
        while (n && is_space(s[n - 1])) n--;
    }
    if (n == 0) return false;
    double x = 0.0;
    size_t used = 0;
    bool have_x = dtoa_parse(s, n, DTOA_PARSE_FLOAT, &x, &used) == 0 && used > 0;
    if (have_x && used == n) { *re = x; *im = 0.0; return true; }   /* a real number */
    const char *q = s + (have_x ? used : 0);
    size_t left = n - (have_x ? used : 0);
    if (have_x && left == 1 && (*q == 'j' || *q == 'J')) { *re = 0.0; *im = x; return true; }
    /* the imaginary part after a real one (needs its sign), or alone without digits: "j" */
    double y = 1.0;
    if (have_x && *q != '+' && *q != '-') return false;
    if (left && (*q == '+' || *q == '-')) {
        if (left >= 2 && (q[1] == 'j' || q[1] == 'J')) {
            y = *q == '-' ? -1.0 : 1.0;
            q += 1;
            left -= 1;
        } else {
            if (dtoa_parse(q, left, DTOA_PARSE_FLOAT, &y, &used) != 0 || used == 0) return false;
            q += used;
            left -= used;
        }
    }
    if (left != 1 || (*q != 'j' && *q != 'J')) return false;
    *re = have_x ? x : 0.0;
    *im = y;
    return true;
}

/* An argument of complex() that is not a string: a complex, or anything float() takes. */
static bool number_arg(Value v, double *re, double *im) {
    if (as_complex(v, re, im)) return true;
    *im = 0.0;
    return obj_get_float_maybe(v, re);
}

static Value complex_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    (void)t;
    static const uint16_t names[] = {N_real, N_imag};
    Value a[2];
    arg_parse("complex", args, nargs, kwnames, 2, names, 2, a);
    if (!a[0] && !a[1]) return complex_new(0.0, 0.0);
    double re = 0.0, im = 0.0, r2, i2;
    if (a[0] && str_is(a[0])) {
        if (a[1]) exc_raise_msg(&exc_TypeError, "complex() can't take second arg if first is a string");
        size_t n;
        const char *s = str_number_text(a[0], &n);
        if (!parse_complex(s, n, &re, &im)) exc_raise_msg(&exc_ValueError, "complex() arg is a malformed string");
        return complex_new(re, im);
    }
    if (a[1] && str_is(a[1])) exc_raise_msg(&exc_TypeError, "complex() second arg can't be a string");
    if (a[0]) {
        if (!number_arg(a[0], &re, &im))
            exc_raise_msg(&exc_TypeError, "complex() first argument must be a string or a number, not '%T'",
                          a[0]);
        if (!a[1] && is_type(a[0], &complex_type)) return a[0];
    }
    if (a[1]) {
        if (!number_arg(a[1], &r2, &i2))
            exc_raise_msg(&exc_TypeError, "complex() second argument must be a number, not '%T'",
                          a[1]);
        /* complex(a, b) is a + b*1j; a real b is the imaginary part as it is (-0.0 stays) */
        bool a_complex = a[0] && is_instance_of(a[0], &complex_type);
        re -= i2;
        im = a_complex ? im + r2 : r2;
    }
    return complex_new(re, im);
}


/* The slots objcomplex.c forwards to.  No value has this type: complex_new makes complex. */
const Type complex_impl_type = {
    .type = &type_type, .name = V_MKNAME(N_complex), .base = &object_type,
    .print = complex_print, .make_new = complex_make_new, .unary_op = complex_unary,
    .binary_op = complex_binary,
};

static const MapEntry complex_module_table[] = {
    {V_MKNAME(N___name__), V_MKNAME(N__complex)},
    {V_MKNAME(N_complex), V_FROMPTR(&complex_impl_type)},
};
MODULE_CONST(mod__complex, complex_module_table);
