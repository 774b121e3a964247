/* Floating-point runtime helpers for the lx106 (ESP8266) core: the 16 soft-float entry points
 * that the ESP8266 mask ROM provides and Debian's lx106 libgcc lacks (esp8266.md 3.5, 7.5).
 * The rest of soft-float (comparisons, __divsf3, __negdf2, 64-bit conversions...) does come from
 * libgcc.
 *
 * IEEE 754 binary64/binary32, round to nearest even, subnormal inputs and outputs, signed zeros,
 * infinities; NaN results are quiet (see lx106_rt.h).  Everything works on the raw bit
 * patterns with integer arithmetic: no C floating-point operator may appear here, since gcc
 * would compile it into a call to one of these very functions.  Likewise no integer division
 * and no 64x64 multiply (see rt_int.c).
 *
 * Working format for doubles: a sign, an exponent E and a 64-bit significand `sig` whose leading
 * one sits at bit 62, so that value = sig * 2^(E - 1085); the ten bits below the 53 kept bits are
 * guard bits, with bit 0 acting as a sticky bit ("jamming": any bits shifted out are ORed into
 * it).  For floats the same with a 32-bit significand, leading one at bit 30, value =
 * sig * 2^(E - 157) and seven guard bits.
 */
#include <stdint.h>

#include "lx106_rt.h"
#include "rt_util.h"

typedef uint64_t u64;
typedef uint32_t u32;

#define D_EXP_MAX 0x7FF
#define D_FRAC (((u64)1 << 52) - 1)
#define D_IMPLICIT ((u64)1 << 52)
#define D_QUIET ((u64)1 << 51)
#define D_INF ((u64)0x7FF << 52)
#define D_DEFAULT_NAN (D_INF | D_QUIET)

#define F_FRAC 0x007FFFFFu
#define F_IMPLICIT 0x00800000u
#define F_QUIET 0x00400000u
#define F_INF 0x7F800000u
#define F_DEFAULT_NAN 0x7FC00000u

union dbl {
    double d;
    u64 u;
};

union flt {
    float f;
    u32 u;
};

static inline u64 dbits(double d)
{
    union dbl v;
    v.d = d;
    return v.u;
}

static inline double dvalue(u64 u)
{
    union dbl v;
    v.u = u;
    return v.d;
}

static inline u32 fbits(float f)
{
    union flt v;
    v.f = f;
    return v.u;
}

static inline float fvalue(u32 u)
{
    union flt v;
    v.u = u;
    return v.f;
}

/* x >> n, with every bit shifted out ORed into bit 0. */
static inline u64 shift_right_jam64(u64 x, u32 n)
{
    if (n == 0)
        return x;
    if (n >= 64)
        return x != 0;
    return (x >> n) | ((x << (64 - n)) != 0);
}

static inline u32 shift_right_jam32(u32 x, u32 n)
{
    if (n == 0)
        return x;
    if (n >= 32)
        return x != 0;
    return (x >> n) | ((x << (32 - n)) != 0);
}

static inline int d_is_nan(u64 x)
{
    return (x << 1) > (D_INF << 1);
}

/* The NaN an operation on a and b (at least one a NaN) returns: the first NaN, made quiet. */
static inline u64 d_pick_nan(u64 a, u64 b)
{
    return (d_is_nan(a) ? a : b) | D_QUIET;
}

/* Round sig (see the file comment) to 53 bits and encode.  sig must have its leading one at bit
 * 62 unless the result is subnormal (E <= 1); E may be far out of range in either direction. */
static u64 d_round_pack(u32 sign, int e, u64 sig)
{
    u64 s = (u64)sign << 63;
    if (e >= D_EXP_MAX)
        return s | D_INF;
    if (e < 1) {
        sig = shift_right_jam64(sig, (u32)(1 - e));
        e = 1;
    }
    u32 low = (u32)sig & 0x3FF;
    sig = (sig + 0x200) >> 10;
    if (low == 0x200)
        sig &= ~(u64)1; /* exactly halfway: to even */
    /* The implicit bit (bit 52) of a normal sig adds one to the exponent field, hence e - 1; a
     * rounding carry out of the significand moves into the exponent the same way, up to and
     * including infinity. */
    return s | (((u64)(e - 1) << 52) + sig);
}

static u32 f_round_pack(u32 sign, int e, u32 sig)
{
    u32 s = sign << 31;
    if (e >= 0xFF)
        return s | F_INF;
    if (e < 1) {
        sig = shift_right_jam32(sig, (u32)(1 - e));
        e = 1;
    }
    u32 low = sig & 0x7F;
    sig = (sig + 0x40) >> 7;
    if (low == 0x40)
        sig &= ~1u;
    return s | (((u32)(e - 1) << 23) + sig);
}

/* Significand of a non-zero subnormal moved up to have its leading one at bit 52; *e gets the
 * matching (zero or negative) biased exponent. */
static inline u64 d_normalize_subnormal(u64 m, int *e)
{
    int shift = rt_clz64(m) - 11;
    *e = 1 - shift;
    return m << shift;
}

static u64 d_add(u64 a, u64 b)
{
    int ea = (int)(a >> 52) & D_EXP_MAX, eb = (int)(b >> 52) & D_EXP_MAX;
    u32 sa = (u32)(a >> 63), sb = (u32)(b >> 63);
    u64 ma = a & D_FRAC, mb = b & D_FRAC;

    if (ea == D_EXP_MAX || eb == D_EXP_MAX) {
        if (d_is_nan(a) || d_is_nan(b))
            return d_pick_nan(a, b);
        if (ea == eb && sa != sb)
            return D_DEFAULT_NAN; /* inf - inf */
        return ea == D_EXP_MAX ? a : b;
    }
    /* A subnormal has exponent field 0 but the scale of exponent 1. */
    if (ea == 0)
        ea = 1;
    else
        ma |= D_IMPLICIT;
    if (eb == 0)
        eb = 1;
    else
        mb |= D_IMPLICIT;
    ma <<= 10;
    mb <<= 10;
    if (ea < eb || (ea == eb && ma < mb)) { /* make a the larger magnitude */
        int te = ea;
        ea = eb;
        eb = te;
        u64 tm = ma;
        ma = mb;
        mb = tm;
        u32 ts = sa;
        sa = sb;
        sb = ts;
    }
    mb = shift_right_jam64(mb, (u32)(ea - eb));
    if (sa == sb) {
        u64 sum = ma + mb; /* both below 2^63: no overflow */
        if (sum >> 63) {
            sum = (sum >> 1) | (sum & 1);
            ea++;
        }
        return d_round_pack(sa, ea, sum);
    }
    u64 diff = ma - mb;
    if (diff == 0)
        return 0; /* x - x is +0 in round-to-nearest */
    int shift = rt_clz64(diff) - 1;
    if (shift > ea - 1)
        shift = ea - 1; /* stop at the subnormal scale */
    return d_round_pack(sa, ea - shift, diff << shift);
}

/* 64x64 -> 128 from four 32x32 products. */
static inline void mul64x64(u64 a, u64 b, u64 *hi, u64 *lo)
{
    u32 a0 = (u32)a, a1 = (u32)(a >> 32);
    u32 b0 = (u32)b, b1 = (u32)(b >> 32);
    u64 p00 = rt_umul32x32(a0, b0);
    u64 p01 = rt_umul32x32(a0, b1);
    u64 p10 = rt_umul32x32(a1, b0);
    u64 p11 = rt_umul32x32(a1, b1);
    u64 mid = (p00 >> 32) + (u32)p01 + (u32)p10; /* < 3 * 2^32 */
    *lo = (mid << 32) | (u32)p00;
    *hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

static u64 d_mul(u64 a, u64 b)
{
    int ea = (int)(a >> 52) & D_EXP_MAX, eb = (int)(b >> 52) & D_EXP_MAX;
    u32 sign = (u32)((a ^ b) >> 63);
    u64 ma = a & D_FRAC, mb = b & D_FRAC;

    if (ea == D_EXP_MAX || eb == D_EXP_MAX) {
        if (d_is_nan(a) || d_is_nan(b))
            return d_pick_nan(a, b);
        if ((ea == 0 && ma == 0) || (eb == 0 && mb == 0))
            return D_DEFAULT_NAN; /* inf * 0 */
        return ((u64)sign << 63) | D_INF;
    }
    if (ea == 0) {
        if (ma == 0)
            return (u64)sign << 63;
        ma = d_normalize_subnormal(ma, &ea);
    } else {
        ma |= D_IMPLICIT;
    }
    if (eb == 0) {
        if (mb == 0)
            return (u64)sign << 63;
        mb = d_normalize_subnormal(mb, &eb);
    } else {
        mb |= D_IMPLICIT;
    }
    /* (ma << 11) * (mb << 11) lies in [2^126, 2^128): the high word has its leading one at bit
     * 62 or 63, and ma * mb * 2^(ea+eb-2150) = hi * 2^(ea+eb-2108). */
    u64 hi, lo;
    mul64x64(ma << 11, mb << 11, &hi, &lo);
    hi |= lo != 0;
    int e = ea + eb - 1023;
    if (hi >> 63) {
        hi = (hi >> 1) | (hi & 1);
        e++;
    }
    return d_round_pack(sign, e, hi);
}

static u64 d_div(u64 a, u64 b)
{
    int ea = (int)(a >> 52) & D_EXP_MAX, eb = (int)(b >> 52) & D_EXP_MAX;
    u32 sign = (u32)((a ^ b) >> 63);
    u64 ma = a & D_FRAC, mb = b & D_FRAC;
    u64 s = (u64)sign << 63;

    if (ea == D_EXP_MAX) {
        if (d_is_nan(a) || d_is_nan(b))
            return d_pick_nan(a, b);
        if (eb == D_EXP_MAX)
            return D_DEFAULT_NAN; /* inf / inf */
        return s | D_INF;
    }
    if (eb == D_EXP_MAX) {
        if (mb)
            return d_pick_nan(a, b);
        return s; /* x / inf */
    }
    if (eb == 0) {
        if (mb == 0) {
            if (ea == 0 && ma == 0)
                return D_DEFAULT_NAN; /* 0 / 0 */
            return s | D_INF;
        }
        mb = d_normalize_subnormal(mb, &eb);
    } else {
        mb |= D_IMPLICIT;
    }
    if (ea == 0) {
        if (ma == 0)
            return s;
        ma = d_normalize_subnormal(ma, &ea);
    } else {
        ma |= D_IMPLICIT;
    }
    /* Both significands in [2^52, 2^53).  Scale ma into [mb, 2 mb) so the quotient lies in
     * [1, 2); value = (ma/mb) * 2^(ea-eb) with e as the matching biased exponent. */
    int e = ea - eb + 1023;
    if (ma < mb) {
        ma <<= 1;
        e--;
    }
    /* Long division in 11-bit digits (r < mb < 2^53, so r << 11 still fits in 64 bits): after
     * the leading 1, five digits give a 56-bit quotient, two bits more than a double keeps; the
     * remainder supplies the sticky bit.  Each digit is estimated from the top 16 bits of r
     * times x ~ 2^31 / (top 16 bits of mb, plus one).  The estimate never exceeds the true
     * digit (x is a Newton iterate from below and the divisor is rounded up) and falls short by
     * at most 2, which the correction loop makes up. */
    u32 y = (u32)(mb >> 37) + 1;              /* (2^15, 2^16] */
    u32 x = 92521u - ((y * 61681u) >> 16);    /* 2^15 * (48/17 - 32/17 * y/2^16): 4 bits */
    for (int i = 0; i < 2; i++) {             /* Newton: 8, then 16 bits; never above 2^31/y */
        int32_t err = (int32_t)(0x80000000u - y * x);
        x += (u32)(((int32_t)x * (err >> 12)) >> 19);
    }
    u32 bh = (u32)(mb >> 32), bl = (u32)mb;
    u64 r = ma - mb, q = 1;
    for (int i = 0; i < 5; i++) {
        u32 d = ((u32)(r >> 37) * x) >> 20;
        u64 prod = ((u64)(d * bh) << 32) + ((u64)(d * (bl >> 16)) << 16) + d * (bl & 0xFFFF);
        r = (r << 11) - prod;
        while (r >= mb) {
            r -= mb;
            d++;
        }
        q = (q << 11) | d;
    }
    return d_round_pack(sign, e, (q << 7) | (r != 0));
}

static u64 f_to_d(u32 f)
{
    u64 s = (u64)(f >> 31) << 63;
    int e = (int)(f >> 23) & 0xFF;
    u32 m = f & F_FRAC;
    if (e == 0xFF) {
        if (m)
            return s | D_INF | D_QUIET | ((u64)m << 29);
        return s | D_INF;
    }
    if (e == 0) {
        if (m == 0)
            return s;
        int shift = rt_clz32(m) - 8; /* leading one to bit 23 */
        m <<= shift;
        e = 1 - shift;
    }
    return s | ((u64)(e + 1023 - 127) << 52) | ((u64)(m & F_FRAC) << 29);
}

static u32 d_to_f(u64 d)
{
    u32 sign = (u32)(d >> 63);
    int e = (int)(d >> 52) & D_EXP_MAX;
    u64 m = d & D_FRAC;
    if (e == D_EXP_MAX) {
        if (m)
            return (sign << 31) | F_DEFAULT_NAN | (u32)(m >> 29);
        return (sign << 31) | F_INF;
    }
    if (e == 0) {
        if (m == 0)
            return sign << 31;
        e = 1; /* far below the float range: rounds to zero through the sticky bit */
    } else {
        m |= D_IMPLICIT;
    }
    /* Leading one from bit 52 to bit 30: value = sig * 2^(e - 1053) = sig * 2^(E - 157). */
    u32 sig = (u32)(m >> 22) | ((m & ((1u << 22) - 1)) != 0);
    return f_round_pack(sign, e - 896, sig);
}

double __adddf3(double a, double b)
{
    return dvalue(d_add(dbits(a), dbits(b)));
}

double __subdf3(double a, double b)
{
    u64 nb = dbits(b) ^ ((u64)1 << 63);
    return dvalue(d_add(dbits(a), nb));
}

double __muldf3(double a, double b)
{
    return dvalue(d_mul(dbits(a), dbits(b)));
}

double __divdf3(double a, double b)
{
    return dvalue(d_div(dbits(a), dbits(b)));
}

/* Single precision through double: the operands convert exactly, and since 53 >= 2*24 + 2 the
 * double result rounded again to float is the correctly rounded float result (no double-rounding
 * error for +, -, *). */
float __addsf3(float a, float b)
{
    return fvalue(d_to_f(d_add(f_to_d(fbits(a)), f_to_d(fbits(b)))));
}

float __subsf3(float a, float b)
{
    return fvalue(d_to_f(d_add(f_to_d(fbits(a)), f_to_d(fbits(b) ^ 0x80000000u))));
}

float __mulsf3(float a, float b)
{
    return fvalue(d_to_f(d_mul(f_to_d(fbits(a)), f_to_d(fbits(b)))));
}

double __extendsfdf2(float f)
{
    return dvalue(f_to_d(fbits(f)));
}

float __truncdfsf2(double d)
{
    return fvalue(d_to_f(dbits(d)));
}

/* Any 32-bit integer is exact in a double: place the leading one at bit 52. */
static u64 d_from_u32(u32 sign, u32 m)
{
    if (m == 0)
        return (u64)sign << 63;
    int z = rt_clz32(m);
    return ((u64)sign << 63) + ((u64)(1023 + 31 - z - 1) << 52) + ((u64)m << (21 + z));
}

double __floatsidf(int32_t i)
{
    u32 neg = i < 0;
    return dvalue(d_from_u32(neg, neg ? 0u - (u32)i : (u32)i));
}

double __floatunsidf(uint32_t u)
{
    return dvalue(d_from_u32(0, u));
}

/* A float keeps 24 bits: round through the float working format. */
static u32 f_from_u32(u32 sign, u32 m)
{
    if (m == 0)
        return sign << 31;
    int z = rt_clz32(m);
    u32 sig = z ? m << (z - 1) : (m >> 1) | (m & 1);
    return f_round_pack(sign, 158 - z, sig);
}

float __floatsisf(int32_t i)
{
    u32 neg = i < 0;
    return fvalue(f_from_u32(neg, neg ? 0u - (u32)i : (u32)i));
}

float __floatunsisf(uint32_t u)
{
    return fvalue(f_from_u32(0, u));
}

int32_t __fixdfsi(double d)
{
    u64 x = dbits(d);
    int e = (int)(x >> 52) & D_EXP_MAX;
    u32 neg = (u32)(x >> 63);
    if (d_is_nan(x))
        return 0;
    if (e < 1023)
        return 0; /* |d| < 1 */
    if (e >= 1023 + 31)
        return neg ? INT32_MIN : INT32_MAX; /* includes -2^31 itself */
    u32 v = (u32)(((x & D_FRAC) | D_IMPLICIT) >> (1075 - e));
    return (int32_t)(neg ? 0u - v : v);
}

uint32_t __fixunsdfsi(double d)
{
    u64 x = dbits(d);
    int e = (int)(x >> 52) & D_EXP_MAX;
    if (d_is_nan(x) || (x >> 63) || e < 1023)
        return 0;
    if (e >= 1023 + 32)
        return UINT32_MAX;
    return (u32)(((x & D_FRAC) | D_IMPLICIT) >> (1075 - e));
}

uint32_t __fixunssfsi(float f)
{
    u32 x = fbits(f);
    int e = (int)(x >> 23) & 0xFF;
    if ((x << 1) > (F_INF << 1) || (x >> 31) || e < 127)
        return 0;
    if (e >= 127 + 32)
        return UINT32_MAX;
    u32 m = (x & F_FRAC) | F_IMPLICIT;
    return e >= 150 ? m << (e - 150) : m >> (150 - e);
}
