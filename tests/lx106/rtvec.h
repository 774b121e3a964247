/* Operand generator for the runtime-helper vector test, compiled into both programs:
 * rtvec_host.c (x86-64, computes the expected results natively) and rtvec_guest.c (lx106 under
 * QEMU, computes them with ports/lx106/rt_*.c).  Both walk the same xorshift64 sequence, so only
 * the expected results travel (host stdout -> guest stdin), 8 bytes per check.
 *
 * No floating-point or division operators here: on the guest they would call the helpers under
 * test while generating their own inputs.
 */
#ifndef RTVEC_H
#define RTVEC_H

#include <stdint.h>

#define RV_MAGIC 0x52545631u /* "RTV1" */

enum rv_kind { RV_INT, RV_F64, RV_F32 }; /* how results are compared */

enum rv_op {
    RV_ADDDF, RV_SUBDF, RV_MULDF, RV_DIVDF,
    RV_ADDSF, RV_SUBSF, RV_MULSF,
    RV_TRUNCDFSF, RV_EXTENDSFDF,
    RV_FIXDFSI, RV_FIXUNSDFSI, RV_FIXUNSSFSI,
    RV_FLOATSIDF, RV_FLOATUNSIDF, RV_FLOATSISF, RV_FLOATUNSISF,
    RV_DIVSI, RV_UDIVSI, RV_UMODSI,
    RV_DIVDI, RV_UDIVDI, RV_UMODDI, RV_MULDI, RV_UMULSIDI,
    RV_NOPS
};

struct rv_opinfo {
    const char *name;
    enum rv_kind kind;
    uint32_t weight; /* checks per round = weight * base count */
};

static const struct rv_opinfo rv_ops[RV_NOPS] = {
    [RV_ADDDF] = {"__adddf3", RV_F64, 4},
    [RV_SUBDF] = {"__subdf3", RV_F64, 4},
    [RV_MULDF] = {"__muldf3", RV_F64, 4},
    [RV_DIVDF] = {"__divdf3", RV_F64, 4},
    [RV_ADDSF] = {"__addsf3", RV_F32, 2},
    [RV_SUBSF] = {"__subsf3", RV_F32, 2},
    [RV_MULSF] = {"__mulsf3", RV_F32, 2},
    [RV_TRUNCDFSF] = {"__truncdfsf2", RV_F32, 2},
    [RV_EXTENDSFDF] = {"__extendsfdf2", RV_F64, 1},
    [RV_FIXDFSI] = {"__fixdfsi", RV_INT, 1},
    [RV_FIXUNSDFSI] = {"__fixunsdfsi", RV_INT, 1},
    [RV_FIXUNSSFSI] = {"__fixunssfsi", RV_INT, 1},
    [RV_FLOATSIDF] = {"__floatsidf", RV_F64, 1},
    [RV_FLOATUNSIDF] = {"__floatunsidf", RV_F64, 1},
    [RV_FLOATSISF] = {"__floatsisf", RV_F32, 1},
    [RV_FLOATUNSISF] = {"__floatunsisf", RV_F32, 1},
    [RV_DIVSI] = {"__divsi3", RV_INT, 2},
    [RV_UDIVSI] = {"__udivsi3", RV_INT, 2},
    [RV_UMODSI] = {"__umodsi3", RV_INT, 2},
    [RV_DIVDI] = {"__divdi3", RV_INT, 2},
    [RV_UDIVDI] = {"__udivdi3", RV_INT, 2},
    [RV_UMODDI] = {"__umoddi3", RV_INT, 2},
    [RV_MULDI] = {"__muldi3", RV_INT, 1},
    [RV_UMULSIDI] = {"__umulsidi3", RV_INT, 1},
};

struct rv_gen {
    uint64_t s;
};

static inline uint64_t rv_next(struct rv_gen *g)
{
    uint64_t x = g->s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    g->s = x;
    return x;
}

/* A value in [0, n) for n <= 65536, without division or a 64-bit multiply: the top 16 bits
 * times n.  Every draw is its own statement below: the order in which C evaluates function
 * arguments is unspecified, and both compilers must consume the sequence identically. */
static inline uint32_t rv_below(struct rv_gen *g, uint32_t n)
{
    return ((uint32_t)(rv_next(g) >> 48) * n) >> 16;
}

static const uint64_t rv_special_d[] = {
    0x0000000000000000ull, 0x8000000000000000ull, /* +-0 */
    0x7FF0000000000000ull, 0xFFF0000000000000ull, /* +-inf */
    0x7FF8000000000000ull, 0xFFF8000000000001ull, /* quiet NaNs */
    0x7FF0000000000001ull, 0x7FF4000000000000ull, /* signalling NaNs */
    0x0000000000000001ull, 0x8000000000000001ull, /* +-min subnormal */
    0x000FFFFFFFFFFFFFull, 0x800FFFFFFFFFFFFFull, /* +-max subnormal */
    0x0010000000000000ull, 0x8010000000000000ull, /* +-min normal */
    0x7FEFFFFFFFFFFFFFull, 0xFFEFFFFFFFFFFFFFull, /* +-max */
    0x3FF0000000000000ull, 0xBFF0000000000000ull, /* +-1 */
    0x4000000000000000ull, 0x4010000000000000ull, /* 2, 4 */
    0x3FE0000000000000ull, 0x3FF0000000000001ull, /* 0.5, 1+ulp */
    0x3FEFFFFFFFFFFFFFull, 0x0000000000000003ull, /* 1-ulp/2, 3 min subnormals */
    0x41E0000000000000ull, 0xC1E0000000000000ull, /* +-2^31 */
    0x41DFFFFFFFC00000ull, 0xC1E0000000200000ull, /* 2^31-1, -2^31-1 */
    0x41EFFFFFFFE00000ull, 0x41F0000000000000ull, /* 2^32-1, 2^32 */
    0x4340000000000000ull, 0x433FFFFFFFFFFFFFull, /* 2^53, 2^53-1 */
    0x3CA0000000000000ull, 0x47EFFFFFE0000000ull, /* 2^-53, float max */
    0x36A0000000000000ull, 0x3690000000000000ull, /* float min subnormal, its half */
};

static const uint32_t rv_special_f[] = {
    0x00000000u, 0x80000000u, 0x7F800000u, 0xFF800000u, 0x7FC00000u, 0xFFC00001u,
    0x7F800001u, 0x7FA00000u, 0x00000001u, 0x80000001u, 0x007FFFFFu, 0x807FFFFFu,
    0x00800000u, 0x80800000u, 0x7F7FFFFFu, 0xFF7FFFFFu, 0x3F800000u, 0xBF800000u,
    0x40000000u, 0x3F000000u, 0x3F800001u, 0x3F7FFFFFu, 0x4F000000u, 0xCF000000u,
    0x4F7FFFFFu, 0x4F800000u, 0x4B800000u, 0x4B7FFFFFu, 0x33800000u, 0x00000003u,
};

static const uint32_t rv_special_i[] = {
    0u, 1u, 2u, 3u, 7u, 10u, 0xFFFFFFFFu, 0xFFFFFFFEu, 0x80000000u, 0x7FFFFFFFu, 0x80000001u,
    0x00010000u, 0x0000FFFFu, 0x00FFFFFFu, 0x01000000u, 0x01000001u, 0xFFFFFFF6u, 0x55555555u,
};

#define RV_COUNT(a) (sizeof(a) / sizeof((a)[0]))

static inline uint64_t rv_pack_d(uint64_t sign, uint64_t e, uint64_t m)
{
    return (sign << 63) | ((e & 0x7FF) << 52) | (m & 0x000FFFFFFFFFFFFFull);
}

static uint64_t rv_gen_d(struct rv_gen *g)
{
    uint64_t r = rv_next(g), sign = r >> 63, m = rv_next(g);
    switch (rv_below(g, 16)) {
    case 0:
        return rv_special_d[rv_below(g, RV_COUNT(rv_special_d))];
    case 1: /* subnormal with a random number of significant bits */
        return rv_pack_d(sign, 0, m >> rv_below(g, 53));
    case 2: /* tiny subnormal integers: ties in divisions and halvings */
        return rv_pack_d(sign, 0, rv_below(g, 64));
    case 3: /* near overflow */
        return rv_pack_d(sign, 2046 - rv_below(g, 48), m);
    case 4: /* near underflow */
        return rv_pack_d(sign, 1 + rv_below(g, 60), m);
    case 5: { /* sparse significand: exact results and exact halfway points */
        uint64_t f = (uint64_t)1 << rv_below(g, 52);
        f |= (uint64_t)1 << rv_below(g, 52);
        if (r & 1)
            f = 0;
        return rv_pack_d(sign, 1023 - 60 + rv_below(g, 120), f);
    }
    case 6: { /* runs of ones: rounding carries */
        uint64_t e = 1023 - 60 + rv_below(g, 120);
        uint64_t f = ~(uint64_t)0 << rv_below(g, 52);
        return rv_pack_d(sign, e, f >> rv_below(g, 12));
    }
    case 7:
    case 8:
    case 9: /* ordinary magnitudes */
        return rv_pack_d(sign, 1023 - 40 + rv_below(g, 80), m);
    case 10:
    case 11: /* any exponent */
        return rv_pack_d(sign, rv_below(g, 2047), m);
    default: /* raw bits */
        return r;
    }
}

/* Second operand of a binary double operation: independent, or made from the first one to hit
 * cancellation, alignment and rounding boundaries. */
static uint64_t rv_gen_d2(struct rv_gen *g, uint64_t a)
{
    uint64_t r = rv_next(g);
    switch (rv_below(g, 8)) {
    case 0: /* same magnitude, a few ulps away, either sign */
        return (a + rv_below(g, 9) - 4) ^ ((r & 1) << 63);
    case 1: { /* exponent shifted by up to +-64, significand low bits flipped */
        uint64_t e = (a >> 52) & 0x7FF;
        uint64_t ne = e + rv_below(g, 129) - 64;
        if (ne > 2046)
            ne = e;
        return rv_pack_d(r >> 63, ne, a ^ (r >> rv_below(g, 64)));
    }
    case 2: /* a power of two near a's scale */
        return rv_pack_d(r >> 63, ((a >> 52) & 0x7FF) + rv_below(g, 9) - 4, 0);
    default:
        return rv_gen_d(g);
    }
}

static inline uint32_t rv_pack_f(uint32_t sign, uint32_t e, uint32_t m)
{
    return (sign << 31) | ((e & 0xFF) << 23) | (m & 0x007FFFFFu);
}

static uint32_t rv_gen_f(struct rv_gen *g)
{
    uint64_t r = rv_next(g);
    uint32_t sign = (uint32_t)(r >> 63), m = (uint32_t)r;
    switch (rv_below(g, 12)) {
    case 0:
        return rv_special_f[rv_below(g, RV_COUNT(rv_special_f))];
    case 1:
        return rv_pack_f(sign, 0, m >> rv_below(g, 24));
    case 2:
        return rv_pack_f(sign, 254 - rv_below(g, 20), m);
    case 3:
        return rv_pack_f(sign, 1 + rv_below(g, 30), m);
    case 4: {
        uint32_t e = 127 - 20 + rv_below(g, 40);
        uint32_t f = 1u << rv_below(g, 23);
        f |= 1u << rv_below(g, 23);
        return rv_pack_f(sign, e, f);
    }
    case 5:
    case 6:
    case 7:
        return rv_pack_f(sign, 127 - 30 + rv_below(g, 60), m);
    default:
        return (uint32_t)(r >> 17);
    }
}

static uint32_t rv_gen_f2(struct rv_gen *g, uint32_t a)
{
    uint64_t r = rv_next(g);
    switch (rv_below(g, 6)) {
    case 0:
        return (a + rv_below(g, 9) - 4) ^ ((uint32_t)(r & 1) << 31);
    case 1: {
        uint32_t e = (a >> 23) & 0xFF, ne = e + rv_below(g, 61) - 30;
        if (ne > 254)
            ne = e;
        uint32_t flip = (uint32_t)(r >> (40 + rv_below(g, 24)));
        return rv_pack_f((uint32_t)(r >> 63), ne, a ^ flip);
    }
    default:
        return rv_gen_f(g);
    }
}

/* Doubles for conversions to float and to integers: mostly near those types' ranges. */
static uint64_t rv_gen_d_conv(struct rv_gen *g, int to_int)
{
    uint64_t r = rv_next(g), sign = r >> 63;
    uint32_t c = rv_below(g, 8);
    if (c < 4) {
        uint64_t e = to_int ? 1023 - 4 + rv_below(g, 40) : 1023 - 155 + rv_below(g, 290);
        uint64_t m = rv_next(g);
        if (c == 0) /* few significant bits: exact values, halfway points */
            m &= ~(uint64_t)0 << (20 + rv_below(g, 33));
        return rv_pack_d(sign, e, m);
    }
    return rv_gen_d(g);
}

static uint32_t rv_gen_i32(struct rv_gen *g)
{
    uint64_t r = rv_next(g);
    switch (rv_below(g, 8)) {
    case 0:
        return rv_special_i[rv_below(g, RV_COUNT(rv_special_i))];
    case 1:
        return (uint32_t)rv_below(g, 40) - 20;
    case 2:
    case 3:
    case 4: /* random bit length, either sign */
        return ((uint32_t)r >> rv_below(g, 32)) ^ ((r >> 63) ? 0xFFFFFFFFu : 0);
    default:
        return (uint32_t)(r >> 32);
    }
}

static uint64_t rv_gen_i64(struct rv_gen *g)
{
    uint64_t r = rv_next(g);
    switch (rv_below(g, 8)) {
    case 0:
        return (uint64_t)(int64_t)(int32_t)rv_special_i[rv_below(g, RV_COUNT(rv_special_i))];
    case 1: {
        uint64_t hi = rv_special_i[rv_below(g, RV_COUNT(rv_special_i))];
        return (hi << 32) | rv_special_i[rv_below(g, RV_COUNT(rv_special_i))];
    }
    case 2:
        return rv_gen_i32(g); /* fits in 32 bits: the fast path */
    case 3:
    case 4:
    case 5:
    {
        uint64_t v = r >> rv_below(g, 64);
        return v ^ ((rv_next(g) >> 63) ? ~(uint64_t)0 : 0);
    }
    default:
        return r;
    }
}

/* The operands of check `op`: a in *a, b in *b (unused ones are 0). */
static void rv_operands(struct rv_gen *g, enum rv_op op, uint64_t *a, uint64_t *b)
{
    *b = 0;
    switch (op) {
    case RV_ADDDF:
    case RV_SUBDF:
    case RV_MULDF:
    case RV_DIVDF:
        *a = rv_gen_d(g);
        *b = rv_gen_d2(g, *a);
        break;
    case RV_ADDSF:
    case RV_SUBSF:
    case RV_MULSF:
        *a = rv_gen_f(g);
        *b = rv_gen_f2(g, (uint32_t)*a);
        break;
    case RV_TRUNCDFSF:
        *a = rv_gen_d_conv(g, 0);
        break;
    case RV_EXTENDSFDF:
    case RV_FIXUNSSFSI:
        *a = rv_gen_f(g);
        if (op == RV_FIXUNSSFSI && rv_below(g, 2)) {
            uint32_t e = 127 - 2 + rv_below(g, 36);
            *a = rv_pack_f(0, e, (uint32_t)rv_next(g));
        }
        break;
    case RV_FIXDFSI:
    case RV_FIXUNSDFSI:
        *a = rv_gen_d_conv(g, 1);
        break;
    case RV_FLOATSIDF:
    case RV_FLOATUNSIDF:
    case RV_FLOATSISF:
    case RV_FLOATUNSISF:
        *a = rv_gen_i32(g);
        break;
    case RV_DIVSI:
    case RV_UDIVSI:
    case RV_UMODSI:
    case RV_UMULSIDI:
        *a = rv_gen_i32(g);
        *b = rv_gen_i32(g);
        break;
    default:
        *a = rv_gen_i64(g);
        *b = rv_gen_i64(g);
        if (op != RV_MULDI && rv_below(g, 4) == 0)
            *b >>= 32 + rv_below(g, 32); /* small divisors, including 0 */
        break;
    }
}

#endif
