/* Cost of each runtime helper in lx106 instructions, on the operand mix of the vector test.
 * Run with -icount shift=0 (LX106_ICOUNT=0), where CCOUNT advances exactly 1 per 25
 * instructions; the loop overhead (measured with an empty function) is subtracted.
 *   make bench-lx106-rt */
#include <stdint.h>

#include "lx106_rt.h"
#include "rtvec.h"
#include "tio.h"

#define K 2000

static uint64_t opa[K], opb[K];
static volatile uint64_t sink;

union d64 {
    double d;
    uint64_t u;
};

union f32 {
    float f;
    uint32_t u;
};

static double D(uint64_t u)
{
    union d64 v;
    v.u = u;
    return v.d;
}

static float F(uint64_t u)
{
    union f32 v;
    v.u = (uint32_t)u;
    return v.f;
}

static uint32_t ccount(void)
{
    uint32_t c;
    __asm__ volatile("rsr %0, ccount" : "=r"(c));
    return c;
}

static __attribute__((noinline)) uint64_t nothing(uint64_t a, uint64_t b)
{
    return a ^ b;
}

/* Instructions for K calls, times 25 / CCOUNT tick (icount shift=0, 40 MHz). */
#define TIME(expr)                                                                                 \
    do {                                                                                           \
        uint32_t t0 = ccount();                                                                    \
        for (int i = 0; i < K; i++) {                                                              \
            uint64_t a = opa[i], b = opb[i];                                                       \
            (void)a;                                                                               \
            (void)b;                                                                               \
            sink = (expr);                                                                         \
        }                                                                                          \
        ticks = ccount() - t0;                                                                     \
    } while (0)

static uint64_t cast_d(double d)
{
    union d64 v;
    v.d = d;
    return v.u;
}

static uint64_t cast_f(float f)
{
    union f32 v;
    v.f = f;
    return v.u;
}

static uint32_t measure(enum rv_op op)
{
    uint32_t ticks = 0;
    uint32_t a32, b32;
    (void)a32;
    (void)b32;
    switch (op) {
    case RV_ADDDF: TIME(cast_d(__adddf3(D(a), D(b)))); break;
    case RV_SUBDF: TIME(cast_d(__subdf3(D(a), D(b)))); break;
    case RV_MULDF: TIME(cast_d(__muldf3(D(a), D(b)))); break;
    case RV_DIVDF: TIME(cast_d(__divdf3(D(a), D(b)))); break;
    case RV_ADDSF: TIME(cast_f(__addsf3(F(a), F(b)))); break;
    case RV_SUBSF: TIME(cast_f(__subsf3(F(a), F(b)))); break;
    case RV_MULSF: TIME(cast_f(__mulsf3(F(a), F(b)))); break;
    case RV_TRUNCDFSF: TIME(cast_f(__truncdfsf2(D(a)))); break;
    case RV_EXTENDSFDF: TIME(cast_d(__extendsfdf2(F(a)))); break;
    case RV_FIXDFSI: TIME((uint32_t)__fixdfsi(D(a))); break;
    case RV_FIXUNSDFSI: TIME(__fixunsdfsi(D(a))); break;
    case RV_FIXUNSSFSI: TIME(__fixunssfsi(F(a))); break;
    case RV_FLOATSIDF: TIME(cast_d(__floatsidf((int32_t)a))); break;
    case RV_FLOATUNSIDF: TIME(cast_d(__floatunsidf((uint32_t)a))); break;
    case RV_FLOATSISF: TIME(cast_f(__floatsisf((int32_t)a))); break;
    case RV_FLOATUNSISF: TIME(cast_f(__floatunsisf((uint32_t)a))); break;
    case RV_DIVSI: TIME((uint32_t)__divsi3((int32_t)a, (int32_t)b)); break;
    case RV_UDIVSI: TIME(__udivsi3((uint32_t)a, (uint32_t)b)); break;
    case RV_UMODSI: TIME(__umodsi3((uint32_t)a, (uint32_t)b)); break;
    case RV_DIVDI: TIME((uint64_t)__divdi3((int64_t)a, (int64_t)b)); break;
    case RV_UDIVDI: TIME(__udivdi3(a, b)); break;
    case RV_UMODDI: TIME(__umoddi3(a, b)); break;
    case RV_MULDI: TIME(__muldi3(a, b)); break;
    case RV_UMULSIDI: TIME(__umulsidi3((uint32_t)a, (uint32_t)b)); break;
    default: TIME(nothing(a, b)); break;
    }
    return ticks;
}

/* Doubles as a program mostly meets them: normal, exponents within +-20 of 1.0. */
static void ordinary_operands(struct rv_gen *g)
{
    for (int i = 0; i < K; i++) {
        uint64_t ea = 1003 + rv_below(g, 41), eb = 1003 + rv_below(g, 41);
        opa[i] = rv_pack_d(rv_next(g) >> 63, ea, rv_next(g));
        opb[i] = rv_pack_d(rv_next(g) >> 63, eb, rv_next(g));
    }
}

static void report(const char *name, uint32_t ticks, uint32_t base)
{
    t_str("  ");
    t_str(name);
    t_str(" ");
    t_dec((ticks > base ? ticks - base : 0) * 25 / K);
    t_str("\n");
}

int main(void)
{
    struct rv_gen g = {0x243F6A8885A308D3ull};
    uint32_t base = measure(RV_NOPS);
    t_str("lx106 instructions per call (operand mix of the vector test, loop overhead removed)\n");
    for (int op = 0; op < RV_NOPS; op++) {
        for (int i = 0; i < K; i++)
            rv_operands(&g, (enum rv_op)op, &opa[i], &opb[i]);
        report(rv_ops[op].name, measure((enum rv_op)op), base);
    }
    t_str("ordinary doubles (normal, |exponent| <= 20):\n");
    ordinary_operands(&g);
    for (int op = RV_ADDDF; op <= RV_DIVDF; op++)
        report(rv_ops[op].name, measure((enum rv_op)op), base);
    return 0;
}
