/* The math module: CPython's functions, constants, special cases and errors over libm.
 *
 * Errors follow CPython's rule for libm results: a nan from a non-nan argument is a
 * "math domain error" (ValueError); an infinity from finite arguments is a "math range error"
 * (OverflowError) for functions that can overflow (exp, cosh ...) and a domain error for the
 * others (log(0), atanh(1) ...).  Integer functions (factorial, comb, perm, gcd, lcm, isqrt,
 * prod) are exact on ints of any size; gcd and isqrt of big ints use lib/mpn.  fsum is
 * Shewchuk's exact summation, hypot and dist use CPython's scaled, compensated vector norm so
 * that their results agree with CPython's to the last bit. */
#include <float.h>
#include <math.h>
#include <string.h>
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objint.h"
#include "objfloat.h"
#include "objtuple.h"
#include "objlist.h"
#include "objdict.h"
#include "objfun.h"
#include "objtype.h"
#include "objmodule.h"
#include "mpn.h"

#define MATH_PI 3.141592653589793

static ES_NORETURN void math_domain_error(void) { exc_raise_msg(&exc_ValueError, "math domain error"); }
static ES_NORETURN void math_range_error(void) { exc_raise_msg(&exc_OverflowError, "math range error"); }

/* The result r of a libm function of x, checked as CPython's math_1 does. */
static Value math_check(double x, double r, bool can_overflow) {
    if (isnan(r) && !isnan(x)) math_domain_error();
    if (isinf(r) && isfinite(x)) {
        if (can_overflow) math_range_error();
        math_domain_error();
    }
    return float_new(r);
}

/* The same for functions of two arguments. */
static Value math_check2(double x, double y, double r) {
    if (isnan(r) && !isnan(x) && !isnan(y)) math_domain_error();
    if (isinf(r) && isfinite(x) && isfinite(y)) math_range_error();
    return float_new(r);
}

static Value math_1(Value *args, double (*f)(double), bool can_overflow) {
    double x = obj_get_float(args[0]);
    return math_check(x, f(x), can_overflow);
}

/* Unary functions that are libm's with CPython's error rule. */
#define MATH_FUN1(name, cfun, can_overflow) \
    static Value math_##name(Value *args, int nargs, Value kw) { \
        (void)nargs; (void)kw; \
        return math_1(args, cfun, can_overflow); \
    } \
    static NATIVE_FN(math_##name##_fn, name, 1, 1, math_##name);

static double m_log(double x) {
    if (isnan(x)) return x;
    if (x > 0.0) return log(x);
    return x == 0.0 ? -INFINITY : NAN;   /* both domain errors */
}
static double m_log2(double x) { return x > 0.0 || isnan(x) ? log2(x) : x == 0.0 ? -INFINITY : NAN; }
static double m_log10(double x) { return x > 0.0 || isnan(x) ? log10(x) : x == 0.0 ? -INFINITY : NAN; }

/* gamma and lgamma: Lanczos' approximation with the g = 6.0246800407767296 coefficients
 * (N = 13, from Boost's lanczos13m53) as CPython computes it, so that results agree with
 * CPython's to the bit; libm's tgamma/lgamma differ in the last bits and in quality between
 * glibc and picolibc.  The rational function sum(x) = num(x) / den(x), with den(x) =
 * x (x + 1) ... (x + 11). */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0,
    32670.0, 1925.0, 66.0, 1.0,
};

static double lanczos_sum(double x) {   /* x > 0 */
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        /* in powers of 1/x, which cannot overflow */
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi * x) for finite x, exact at integers and half-integers */
static double m_sinpi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(MATH_PI * y); break;
    case 1: r = cos(MATH_PI * (y - 0.5)); break;
    case 2: r = sin(MATH_PI * (1.0 - y)); break;   /* +0.0 at y == 1 */
    case 3: r = -cos(MATH_PI * (y - 1.5)); break;
    default: r = sin(MATH_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

static double m_gamma(double x) {
    if (!isfinite(x)) return isnan(x) || x > 0.0 ? x : NAN;
    if (x == floor(x)) {
        if (x <= 0.0) return NAN;                       /* poles: domain errors */
        if (x <= 23.0) {
            double r = 1.0;
            for (double k = 2.0; k < x; k += 1.0) r *= k;   /* every k! up to 22! is exact */
            return r;
        }
    }
    double ax = fabs(x);
    if (ax < 1e-20) return 1.0 / x;
    if (ax > 200.0) return x < 0.0 ? 0.0 / m_sinpi(x) : INFINITY;
    double y = ax + lanczos_g_minus_half, z;
    /* the rounding error of y, to correct the result with */
    if (ax > lanczos_g_minus_half) z = (y - ax) - lanczos_g_minus_half;
    else z = (y - lanczos_g_minus_half) - ax;
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -MATH_PI / m_sinpi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        } else {
            double s = pow(y, ax / 2.0 - 0.25);   /* in two halves: the power alone overflows */
            r /= s;
            r /= s;
        }
    } else {
        r = lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        } else {
            double s = pow(y, ax / 2.0 - 0.25);
            r *= s;
            r *= s;
        }
    }
    return r;
}

static double m_lgamma(double x) {
    if (!isfinite(x)) return isnan(x) ? x : INFINITY;
    if (x == floor(x) && x <= 2.0) return x <= 0.0 ? NAN : 0.0;   /* poles are domain errors */
    double ax = fabs(x);
    if (ax < 1e-20) return -log(ax);
    double r = log(lanczos_sum(ax)) - lanczos_g;
    r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1.0);
    if (x < 0.0) r = 1.144729885849400174143427351353058711647 - log(fabs(m_sinpi(ax))) - log(ax) - r;   /* log(pi) */
    return r;
}

static double m_degrees(double x) { return x * (180.0 / MATH_PI); }
static double m_radians(double x) { return x * (MATH_PI / 180.0); }

MATH_FUN1(acos, acos, false)
MATH_FUN1(acosh, acosh, false)
MATH_FUN1(asin, asin, false)
MATH_FUN1(asinh, asinh, false)
MATH_FUN1(atan, atan, false)
MATH_FUN1(atanh, atanh, false)
MATH_FUN1(cbrt, cbrt, false)
MATH_FUN1(cos, cos, false)
MATH_FUN1(cosh, cosh, true)
MATH_FUN1(degrees, m_degrees, false)
MATH_FUN1(erf, erf, false)
MATH_FUN1(erfc, erfc, false)
MATH_FUN1(exp, exp, true)
MATH_FUN1(exp2, exp2, true)
MATH_FUN1(expm1, expm1, true)
MATH_FUN1(fabs, fabs, false)
MATH_FUN1(gamma, m_gamma, true)
MATH_FUN1(lgamma, m_lgamma, true)
MATH_FUN1(log1p, log1p, false)
MATH_FUN1(radians, m_radians, false)
MATH_FUN1(sin, sin, false)
MATH_FUN1(sinh, sinh, true)
MATH_FUN1(sqrt, sqrt, false)
MATH_FUN1(tan, tan, false)
MATH_FUN1(tanh, tanh, false)

/* ---------------- logarithms (of ints of any size too) ---------------- */

/* f(x) for an int or float x; a huge int is split as m * 2**e first, as CPython does. */
static double math_log_of(Value x, double (*f)(double)) {
    if (int_is_int(x)) {
        Value v = int_value_of(x);
        if (int_sign(v) <= 0) math_domain_error();
        size_t bits = int_bit_length(v);
        /* below 2**1024 - 2**970 the int rounds to a finite double */
        if (bits < 1024 || (bits == 1024 && int_compare(v, int_binary_op(OP_SUB, int_binary_op(OP_LSHIFT, V_MKINT(1),
                                                       V_MKINT(1024)), int_binary_op(OP_LSHIFT, V_MKINT(1), V_MKINT(970)))) < 0))
            return f(int_to_double(v));
        /* too big for a double: keep the top 1000 bits (more than a double holds), then
         * use f(m * 2**e) = f(m) + f(2) * e */
        size_t shift = bits - 1000;
        int e;
        double m = frexp(int_to_double(int_binary_op(OP_RSHIFT, v, int_from_uint(shift))), &e);
        return f(m) + f(2.0) * ((double)e + (double)shift);
    }
    double d = obj_get_float(x);
    double r = f(d);
    if ((isnan(r) && !isnan(d)) || (isinf(r) && isfinite(d))) math_domain_error();
    return r;
}

static Value math_log(Value *args, int nargs, Value kw) {
    (void)kw;
    double num = math_log_of(args[0], m_log);
    if (nargs == 2) {
        double den = math_log_of(args[1], m_log);
        if (den == 0.0) exc_raise_msg(&exc_ZeroDivisionError, "float division by zero");
        num /= den;
    }
    return float_new(num);
}

static Value math_log2(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    return float_new(math_log_of(args[0], m_log2));
}

static Value math_log10(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    return float_new(math_log_of(args[0], m_log10));
}

/* ---------------- two-argument float functions ---------------- */

static void math_2args(Value *args, double *x, double *y) {
    *x = obj_get_float(args[0]);
    *y = obj_get_float(args[1]);
}

static Value math_atan2(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    double x, y;
    math_2args(args, &y, &x);
    return math_check2(y, x, atan2(y, x));
}

static Value math_copysign(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    double x, y;
    math_2args(args, &x, &y);
    return float_new(copysign(x, y));
}

static Value math_fmod(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    double x, y;
    math_2args(args, &x, &y);
    if (isinf(y) && isfinite(x)) return float_new(x);
    return math_check2(x, y, fmod(x, y));
}

static Value math_remainder(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    double x, y;
    math_2args(args, &x, &y);
    return math_check2(x, y, remainder(x, y));
}

static Value math_nextafter(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    double x, y;
    math_2args(args, &x, &y);
    return float_new(nextafter(x, y));
}

/* pow with C99's special values decided here rather than by the platform's libm */
static Value math_pow(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    double x, y, r;
    math_2args(args, &x, &y);
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) r = y == 0.0 ? 1.0 : x;
        else if (isnan(y)) r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0) r = odd_y ? x : fabs(x);
            else if (y == 0.0) r = 1.0;
            else r = odd_y ? copysign(0.0, x) : 0.0;
        } else {   /* y is infinite */
            if (fabs(x) == 1.0) r = 1.0;
            else if (y > 0.0 && fabs(x) > 1.0) r = y;
            else if (y < 0.0 && fabs(x) < 1.0) r = -y;
            else r = 0.0;
        }
        return float_new(r);
    }
    r = pow(x, y);
    if (isnan(r)) math_domain_error();   /* negative ** non-integer */
    if (isinf(r)) {
        if (x == 0.0) math_domain_error();   /* 0 ** negative */
        math_range_error();
    }
    return float_new(r);
}

static Value math_ldexp(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    double x = obj_get_float(args[0]);
    if (!int_is_int(args[1])) exc_raise_msg(&exc_TypeError, "Expected an int as second argument to ldexp.");
    if (x == 0.0 || !isfinite(x)) return float_new(x);
    Value e = int_value_of(args[1]);
    Int n;
    if (!int_to_machine(e, &n) || n > 100000 || n < -100000) n = int_sign(e) > 0 ? 100000 : -100000;
    double r = ldexp(x, (int)n);
    if (isinf(r)) math_range_error();
    return float_new(r);
}

static Value math_frexp(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    double x = obj_get_float(args[0]);
    int e = 0;
    double m = (isnan(x) || isinf(x) || x == 0.0) ? x : frexp(x, &e);
    Value t[2] = {float_new(m), V_MKINT(e)};
    return tuple_from_array(t, 2);
}

static Value math_modf(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    double x = obj_get_float(args[0]), ip, fp;
    if (isinf(x)) { fp = copysign(0.0, x); ip = x; }
    else if (isnan(x)) { fp = ip = x; }
    else fp = modf(x, &ip);
    Value t[2] = {float_new(fp), float_new(ip)};
    return tuple_from_array(t, 2);
}

static Value math_ulp(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    double x = obj_get_float(args[0]);
    if (isnan(x)) return float_new(x);
    x = fabs(x);
    if (isinf(x)) return float_new(x);
    double up = nextafter(x, INFINITY);
    if (isinf(up)) return float_new(x - nextafter(x, -INFINITY));   /* the largest float */
    return float_new(up - x);
}

/* ---------------- classification ---------------- */

static Value math_isfinite(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    return V_BOOL(isfinite(obj_get_float(args[0])));
}
static Value math_isinf(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    return V_BOOL(isinf(obj_get_float(args[0])));
}
static Value math_isnan(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    return V_BOOL(isnan(obj_get_float(args[0])));
}

static Value math_isclose(Value *args, int nargs, Value kw) {
    static const uint16_t names[] = {N_a, N_b, N_rel_tol, N_abs_tol};
    Value a[4];
    if (nargs > 2) exc_raise_msg(&exc_TypeError, "isclose() takes exactly 2 positional arguments (%d given)", nargs);
    arg_parse("isclose", args, nargs, kw, 2, names, 4, a);
    if (!a[0] || !a[1]) exc_raise_msg(&exc_TypeError, "isclose() missing required argument '%s' (pos %d)", a[0] ? "b" : "a", a[0] ? 2 : 1);
    double x = obj_get_float(a[0]), y = obj_get_float(a[1]);
    double rel = a[2] ? obj_get_float(a[2]) : 1e-9, abs_tol = a[3] ? obj_get_float(a[3]) : 0.0;
    if (rel < 0.0 || abs_tol < 0.0) exc_raise_msg(&exc_ValueError, "tolerances must be non-negative");
    if (x == y) return V_TRUE;
    if (isinf(x) || isinf(y)) return V_FALSE;
    double diff = fabs(y - x);
    return V_BOOL(diff <= fabs(rel * y) || diff <= fabs(rel * x) || diff <= abs_tol);
}

/* ---------------- rounding to ints ---------------- */

/* floor/ceil/trunc: floats and ints directly, else the object's special method. */
static Value math_round_int(Value v, uint16_t special, double (*f)(double)) {
    if (is_type(v, &float_type)) return int_from_double(f(float_value(v)));
    if (V_IS_INT(v) || is_type(v, &int_type) || is_type(v, &bool_type)) return int_value_of(v);
    Value m = type_lookup(type_of(v), V_MKNAME(special));
    if (m) return obj_call1(m, v);
    if (is_instance_of(v, &float_type)) return int_from_double(f(float_value(v)));
    if (int_is_int(v)) return int_value_of(v);
    if (special == N___trunc__) exc_raise_msg(&exc_TypeError, "type %T doesn't define __trunc__ method", v);
    return int_from_double(f(obj_get_float(v)));
}

static Value math_floor(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    return math_round_int(args[0], N___floor__, floor);
}
static Value math_ceil(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    return math_round_int(args[0], N___ceil__, ceil);
}
/* int_from_double truncates by itself */
static double m_int_part(double x) { return x; }

static Value math_trunc(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    return math_round_int(args[0], N___trunc__, m_int_part);
}

/* ---------------- sums and norms ---------------- */

/* fsum: Shewchuk's exact summation with non-overlapping partials, then a correctly rounded
 * total (the half-even fix-up across partials included), as CPython's math.fsum. */
static Value math_fsum(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    double local[32], *p = local;
    size_t n = 0, cap = 32;
    double special = 0.0, inf_sum = 0.0;
    Value it = obj_getiter(args[0], NULL), item;
    while ((item = obj_iternext(it))) {
        double x = obj_get_float(item), xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) { double t = x; x = y; y = t; }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x == 0.0) continue;
        if (!isfinite(x)) {
            /* an inf or nan summand, or an overflow of finite ones */
            if (isfinite(xsave)) exc_raise_msg(&exc_OverflowError, "intermediate overflow in fsum");
            if (isinf(xsave)) inf_sum += xsave;
            special += xsave;
            n = 0;
            continue;
        }
        if (n == cap) {
            double *q = gc_alloc(2 * cap * sizeof(double), GC_LEAF);
            memcpy(q, p, n * sizeof(double));
            if (p != local) gc_free(p);
            p = q;
            cap *= 2;
        }
        p[n++] = x;
    }
    if (special != 0.0) {
        if (isnan(inf_sum)) exc_raise_msg(&exc_ValueError, "-inf + inf in fsum");
        return float_new(special);
    }
    double hi = 0.0;
    if (n > 0) {
        double lo = 0.0;
        hi = p[--n];
        /* add from the top while the sum stays exact */
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) break;
        }
        /* round half to even when the partials below decide the direction */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y;
            if (y == x - hi) hi = x;
        }
    }
    return float_new(hi);
}

/* a value as an unevaluated sum hi + lo */
typedef struct { double hi, lo; } Dbl2;

static Dbl2 dbl2_fast_sum(double a, double b) {   /* |a| >= |b| */
    double x = a + b;
    return (Dbl2){x, (a - x) + b};
}

/* Dekker's exact product through Veltkamp splitting (no fused multiply-add needed). */
static Dbl2 dbl2_mul(double x, double y) {
    double tx = x * 134217729.0, ty = y * 134217729.0;   /* 2**27 + 1 */
    double xh = tx - (tx - x), xl = x - xh;
    double yh = ty - (ty - y), yl = y - yh;
    double p = xh * yh, q = xh * yl + xl * yh;
    double z = p + q;
    return (Dbl2){z, p - z + q + xl * yl};
}

/* sqrt of the sum of squares of v[0..n) (absolute values, max the largest), scaled to avoid
 * overflow and underflow and corrected once, as CPython's vector_norm. */
static double vector_norm(size_t n, double *v, double max, bool found_nan) {
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        /* subnormals: scale up to normal numbers first */
        for (size_t i = 0; i < n; i++) v[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, v, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e), csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = v[i] * scale;
        Dbl2 pr = dbl2_mul(x, x);
        Dbl2 sm = dbl2_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    Dbl2 pr = dbl2_mul(-h, h);
    Dbl2 sm = dbl2_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

static double *math_doubles(size_t n, double *local, size_t nlocal) {
    return n <= nlocal ? local : gc_alloc(n * sizeof(double), GC_LEAF);
}

static Value math_hypot(Value *args, int nargs, Value kw) {
    (void)kw;
    double local[8], *v = math_doubles((size_t)nargs, local, 8), max = 0.0;
    bool found_nan = false;
    for (int i = 0; i < nargs; i++) {
        double x = fabs(obj_get_float(args[i]));
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    return float_new(vector_norm((size_t)nargs, v, max, found_nan));
}

static Value math_dist(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    Value p = is_type(args[0], &tuple_type) ? args[0] : tuple_from_iter(args[0]);
    Value q = is_type(args[1], &tuple_type) ? args[1] : tuple_from_iter(args[1]);
    size_t n = tuple_len(p);
    if (tuple_len(q) != n) exc_raise_msg(&exc_ValueError, "both points must have the same number of dimensions");
    double local[8], *v = math_doubles(n, local, 8), max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double x = fabs(obj_get_float(tuple_items(p)[i]) - obj_get_float(tuple_items(q)[i]));
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    return float_new(vector_norm(n, v, max, found_nan));
}

static Value math_prod(Value *args, int nargs, Value kw) {
    static const uint16_t names[] = {N_start};
    Value start;
    if (nargs != 1) exc_raise_msg(&exc_TypeError, "prod() takes exactly 1 positional argument (%d given)", nargs);
    arg_parse("prod", args + 1, 0, kw, 0, names, 1, &start);
    Value acc = start ? start : V_MKINT(1);
    Value it = obj_getiter(args[0], NULL), x;
    while ((x = obj_iternext(it))) acc = obj_binary_op(OP_MUL, acc, x);
    return acc;
}

/* ---------------- integer functions ---------------- */

/* An int argument (or __index__), as a plain int. */
static Value math_int_arg(Value v) {
    if (int_is_int(v)) return int_value_of(v);
    if (!type_lookup(type_of(v), V_MKNAME(N___index__)))
        exc_raise_msg(&exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
    return int_value_of(obj_unary_op(UOP_INDEX, v));
}

/* Digits of a non-negative int for lib/mpn (via its bytes: the int's digits are private). */
static mpn_digit *math_to_mpn(Value v, size_t *n) {
    size_t bits = int_bit_length(v), nd = MPN_DIGITS_FOR_BITS(bits) + 1, nb = nd * sizeof(mpn_digit);
    uint8_t *b = gc_alloc(nb, GC_LEAF);
    int_to_bytes(v, b, nb, true, false);
    mpn_digit *d = gc_alloc(nd * sizeof(mpn_digit), GC_LEAF);
    for (size_t i = 0; i < nd; i++) {
        mpn_digit w = 0;
        for (size_t k = sizeof(mpn_digit); k > 0; k--) w = (mpn_digit)(w << 8) | b[i * sizeof(mpn_digit) + k - 1];
        d[i] = w;
    }
    gc_free(b);
    *n = mpn_norm(d, nd);
    return d;
}

static Value math_from_mpn(const mpn_digit *d, size_t n) {
    size_t nb = (n ? n : 1) * sizeof(mpn_digit);
    uint8_t *b = gc_alloc(nb, GC_LEAF);
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < sizeof(mpn_digit); k++) b[i * sizeof(mpn_digit) + k] = (uint8_t)(d[i] >> (8 * k));
    Value r = int_from_bytes(b, n * sizeof(mpn_digit), true, false);
    gc_free(b);
    return r;
}

static Value int_abs(Value v) { return int_sign(v) < 0 ? int_unary_op(UOP_NEG, v) : v; }

static Value math_gcd2(Value a, Value b) {
    a = int_abs(a);
    b = int_abs(b);
    Int x, y;
    if (int_to_machine(a, &x) && int_to_machine(b, &y)) {
        UInt u = (UInt)x, w = (UInt)y;
        while (w) { UInt t = u % w; u = w; w = t; }
        return int_from_uint(u);
    }
    size_t an, bn;
    mpn_digit *ad = math_to_mpn(a, &an), *bd = math_to_mpn(b, &bn);
    size_t rn_max = (an > bn ? an : bn) + 1;
    mpn_digit *r = gc_alloc(rn_max * sizeof(mpn_digit), GC_LEAF);
    mpn_digit *work = gc_alloc(MPN_GCD_WORK(an, bn) * sizeof(mpn_digit), GC_LEAF);
    size_t rn = mpn_gcd(r, ad, an, bd, bn, work);
    return math_from_mpn(r, rn);
}

static Value math_gcd(Value *args, int nargs, Value kw) {
    (void)kw;
    Value g = V_MKINT(0);
    for (int i = 0; i < nargs; i++) {
        Value x = math_int_arg(args[i]);
        if (g != V_MKINT(1)) g = math_gcd2(g, x);
    }
    return g;
}

static Value math_lcm(Value *args, int nargs, Value kw) {
    (void)kw;
    Value l = V_MKINT(1);
    for (int i = 0; i < nargs; i++) {
        Value x = math_int_arg(args[i]);
        if (l == V_MKINT(0)) continue;   /* the rest are still type-checked */
        if (int_sign(x) == 0) { l = V_MKINT(0); continue; }
        Value g = math_gcd2(l, x);
        l = int_abs(int_binary_op(OP_MUL, int_binary_op(OP_FLOORDIV, l, g), x));
    }
    return l;
}

static Value math_isqrt(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    Value n = math_int_arg(args[0]);
    if (int_sign(n) < 0) exc_raise_msg(&exc_ValueError, "isqrt() argument must be nonnegative");
    Int small;
    if (int_to_machine(n, &small) && (double)small < 4503599627370496.0) {
        /* below 2**52 the double square root is within one of the answer */
        UInt r = (UInt)sqrt((double)small);
        while (r * r > (UInt)small) r--;
        while ((r + 1) * (r + 1) <= (UInt)small) r++;
        return int_from_uint(r);
    }
    size_t an;
    mpn_digit *a = math_to_mpn(n, &an);
    mpn_digit *r = gc_alloc((an / 2 + 1) * sizeof(mpn_digit), GC_LEAF);
    mpn_digit *work = gc_alloc(MPN_ISQRT_WORK(an) * sizeof(mpn_digit), GC_LEAF);
    size_t rn = mpn_isqrt(r, a, an, work);
    return math_from_mpn(r, rn);
}

/* The product lo * (lo + 1) * ... * hi of machine-sized factors, gathering factors in a word
 * while they fit so that few big-int multiplications are needed. */
static Value math_range_product(Value acc, UInt lo, UInt hi) {
    UInt chunk = 1;
    for (UInt k = lo; k <= hi && k >= lo; k++) {
        if (chunk > ((UInt)SMALLINT_MAX) / k) {
            acc = int_binary_op(OP_MUL, acc, int_from_uint(chunk));
            chunk = 1;
        }
        chunk *= k;
    }
    return int_binary_op(OP_MUL, acc, int_from_uint(chunk));
}

static Value math_factorial_of(Value n) {
    if (int_sign(n) < 0) exc_raise_msg(&exc_ValueError, "factorial() not defined for negative values");
    Int k;
    if (!int_to_machine(n, &k))
        exc_raise_msg(&exc_OverflowError, "factorial() argument should not exceed %D", (Int)INTPTR_MAX);
    return math_range_product(V_MKINT(1), 2, (UInt)k);
}

static Value math_factorial(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    return math_factorial_of(math_int_arg(args[0]));
}

static Value math_perm(Value *args, int nargs, Value kw) {
    (void)kw;
    Value n = math_int_arg(args[0]);
    if (nargs < 2 || args[1] == V_NONE) return math_factorial_of(n);
    Value k = math_int_arg(args[1]);
    if (int_sign(n) < 0) exc_raise_msg(&exc_ValueError, "n must be a non-negative integer");
    if (int_sign(k) < 0) exc_raise_msg(&exc_ValueError, "k must be a non-negative integer");
    if (int_compare(k, n) > 0) return V_MKINT(0);
    Int kk;
    if (!int_to_machine(k, &kk)) exc_raise_msg(&exc_OverflowError, "k must not exceed %D", (Int)INTPTR_MAX);
    Int nn;
    if (int_to_machine(n, &nn)) return math_range_product(V_MKINT(1), (UInt)(nn - kk + 1), (UInt)nn);
    /* a huge n: multiply its k top values one by one */
    Value acc = V_MKINT(1), f = n;
    for (Int i = 0; i < kk; i++) {
        acc = int_binary_op(OP_MUL, acc, f);
        f = int_binary_op(OP_SUB, f, V_MKINT(1));
    }
    return acc;
}

static Value math_comb(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    Value n = math_int_arg(args[0]), k = math_int_arg(args[1]);
    if (int_sign(n) < 0) exc_raise_msg(&exc_ValueError, "n must be a non-negative integer");
    if (int_sign(k) < 0) exc_raise_msg(&exc_ValueError, "k must be a non-negative integer");
    if (int_compare(k, n) > 0) return V_MKINT(0);
    /* C(n, k) = C(n, n - k): use the smaller */
    Value nk = int_binary_op(OP_SUB, n, k);
    if (int_compare(nk, k) < 0) k = nk;
    Int kk;
    if (!int_to_machine(k, &kk)) exc_raise_msg(&exc_OverflowError, "min(n - k, k) must not exceed %D", (Int)INTPTR_MAX);
    /* r = r * (n - k + i) // i stays an exact binomial coefficient at every step */
    Value r = V_MKINT(1), f = int_binary_op(OP_SUB, n, int_from_int(kk));
    for (Int i = 1; i <= kk; i++) {
        f = int_binary_op(OP_ADD, f, V_MKINT(1));
        r = int_binary_op(OP_FLOORDIV, int_binary_op(OP_MUL, r, f), int_from_int(i));
    }
    return r;
}

/* ---------------- the module ---------------- */

static NATIVE_FN(math_log_fn, log, 1, 2, math_log);
static NATIVE_FN(math_log2_fn, log2, 1, 1, math_log2);
static NATIVE_FN(math_log10_fn, log10, 1, 1, math_log10);
static NATIVE_FN(math_atan2_fn, atan2, 2, 2, math_atan2);
static NATIVE_FN(math_copysign_fn, copysign, 2, 2, math_copysign);
static NATIVE_FN(math_fmod_fn, fmod, 2, 2, math_fmod);
static NATIVE_FN(math_remainder_fn, remainder, 2, 2, math_remainder);
static NATIVE_FN(math_nextafter_fn, nextafter, 2, 2, math_nextafter);
static NATIVE_FN(math_pow_fn, pow, 2, 2, math_pow);
static NATIVE_FN(math_ldexp_fn, ldexp, 2, 2, math_ldexp);
static NATIVE_FN(math_frexp_fn, frexp, 1, 1, math_frexp);
static NATIVE_FN(math_modf_fn, modf, 1, 1, math_modf);
static NATIVE_FN(math_ulp_fn, ulp, 1, 1, math_ulp);
static NATIVE_FN(math_isfinite_fn, isfinite, 1, 1, math_isfinite);
static NATIVE_FN(math_isinf_fn, isinf, 1, 1, math_isinf);
static NATIVE_FN(math_isnan_fn, isnan, 1, 1, math_isnan);
static NATIVE_FN_KW(math_isclose_fn, isclose, 0, NARGS_ANY, math_isclose);
static NATIVE_FN(math_floor_fn, floor, 1, 1, math_floor);
static NATIVE_FN(math_ceil_fn, ceil, 1, 1, math_ceil);
static NATIVE_FN(math_trunc_fn, trunc, 1, 1, math_trunc);
static NATIVE_FN(math_fsum_fn, fsum, 1, 1, math_fsum);
static NATIVE_FN(math_hypot_fn, hypot, 0, NARGS_ANY, math_hypot);
static NATIVE_FN(math_dist_fn, dist, 2, 2, math_dist);
static NATIVE_FN_KW(math_prod_fn, prod, 0, NARGS_ANY, math_prod);
static NATIVE_FN(math_gcd_fn, gcd, 0, NARGS_ANY, math_gcd);
static NATIVE_FN(math_lcm_fn, lcm, 0, NARGS_ANY, math_lcm);
static NATIVE_FN(math_isqrt_fn, isqrt, 1, 1, math_isqrt);
static NATIVE_FN(math_factorial_fn, factorial, 1, 1, math_factorial);
static NATIVE_FN(math_perm_fn, perm, 1, 2, math_perm);
static NATIVE_FN(math_comb_fn, comb, 2, 2, math_comb);

static const Float math_e_obj = {{&float_type}, 2.718281828459045};
static const Float math_inf_obj = {{&float_type}, INFINITY};
static const Float math_nan_obj = {{&float_type}, NAN};
static const Float math_pi_obj = {{&float_type}, MATH_PI};
static const Float math_tau_obj = {{&float_type}, 2.0 * MATH_PI};

static const MapEntry math_table[] = {
    {V_MKNAME(N___name__), V_MKNAME(N_math)},
    METHOD_ENTRY(acos, math_acos_fn),
    METHOD_ENTRY(acosh, math_acosh_fn),
    METHOD_ENTRY(asin, math_asin_fn),
    METHOD_ENTRY(asinh, math_asinh_fn),
    METHOD_ENTRY(atan, math_atan_fn),
    METHOD_ENTRY(atan2, math_atan2_fn),
    METHOD_ENTRY(atanh, math_atanh_fn),
    METHOD_ENTRY(cbrt, math_cbrt_fn),
    METHOD_ENTRY(ceil, math_ceil_fn),
    METHOD_ENTRY(comb, math_comb_fn),
    METHOD_ENTRY(copysign, math_copysign_fn),
    METHOD_ENTRY(cos, math_cos_fn),
    METHOD_ENTRY(cosh, math_cosh_fn),
    METHOD_ENTRY(degrees, math_degrees_fn),
    METHOD_ENTRY(dist, math_dist_fn),
    {V_MKNAME(N_e), V_FROMPTR(&math_e_obj)},
    METHOD_ENTRY(erf, math_erf_fn),
    METHOD_ENTRY(erfc, math_erfc_fn),
    METHOD_ENTRY(exp, math_exp_fn),
    METHOD_ENTRY(exp2, math_exp2_fn),
    METHOD_ENTRY(expm1, math_expm1_fn),
    METHOD_ENTRY(fabs, math_fabs_fn),
    METHOD_ENTRY(factorial, math_factorial_fn),
    METHOD_ENTRY(floor, math_floor_fn),
    METHOD_ENTRY(fmod, math_fmod_fn),
    METHOD_ENTRY(frexp, math_frexp_fn),
    METHOD_ENTRY(fsum, math_fsum_fn),
    METHOD_ENTRY(gamma, math_gamma_fn),
    METHOD_ENTRY(gcd, math_gcd_fn),
    METHOD_ENTRY(hypot, math_hypot_fn),
    {V_MKNAME(N_inf), V_FROMPTR(&math_inf_obj)},
    METHOD_ENTRY(isclose, math_isclose_fn),
    METHOD_ENTRY(isfinite, math_isfinite_fn),
    METHOD_ENTRY(isinf, math_isinf_fn),
    METHOD_ENTRY(isnan, math_isnan_fn),
    METHOD_ENTRY(isqrt, math_isqrt_fn),
    METHOD_ENTRY(lcm, math_lcm_fn),
    METHOD_ENTRY(ldexp, math_ldexp_fn),
    METHOD_ENTRY(lgamma, math_lgamma_fn),
    METHOD_ENTRY(log, math_log_fn),
    METHOD_ENTRY(log10, math_log10_fn),
    METHOD_ENTRY(log1p, math_log1p_fn),
    METHOD_ENTRY(log2, math_log2_fn),
    METHOD_ENTRY(modf, math_modf_fn),
    {V_MKNAME(N_nan), V_FROMPTR(&math_nan_obj)},
    METHOD_ENTRY(nextafter, math_nextafter_fn),
    METHOD_ENTRY(perm, math_perm_fn),
    {V_MKNAME(N_pi), V_FROMPTR(&math_pi_obj)},
    METHOD_ENTRY(pow, math_pow_fn),
    METHOD_ENTRY(prod, math_prod_fn),
    METHOD_ENTRY(radians, math_radians_fn),
    METHOD_ENTRY(remainder, math_remainder_fn),
    METHOD_ENTRY(sin, math_sin_fn),
    METHOD_ENTRY(sinh, math_sinh_fn),
    METHOD_ENTRY(sqrt, math_sqrt_fn),
    METHOD_ENTRY(tan, math_tan_fn),
    METHOD_ENTRY(tanh, math_tanh_fn),
    {V_MKNAME(N_tau), V_FROMPTR(&math_tau_obj)},
    METHOD_ENTRY(trunc, math_trunc_fn),
    METHOD_ENTRY(ulp, math_ulp_fn),
};
MODULE_CONST(mod_math, math_table);
