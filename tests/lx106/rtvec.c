/* Runtime-helper vectors, lx106 side: regenerates the operands of rtvec_host.c, computes them
 * with the helpers of ports/lx106 (called by name, so the compiler cannot fold anything) and
 * compares with the expected results read from stdin.
 *   build/lx106/rtvec_host [SEED [BASE]] | ports/qemu/run.sh build/lx106/tests/rtvec.elf */
#include <stdint.h>

#include "lx106_rt.h"
#include "rtvec.h"
#include "tio.h"

#define MAX_REPORTS 20

static unsigned char in_buf[4096];
static uint32_t in_len, in_pos;

/* Next little-endian 64-bit word of stdin; 0 at end of input. */
static int next_u64(uint64_t *v)
{
    uint64_t x = 0;
    for (int i = 0; i < 8; i++) {
        if (in_pos == in_len) {
            int32_t r = sh_read(0, in_buf, sizeof in_buf);
            if (r <= 0)
                return 0;
            in_len = (uint32_t)r;
            in_pos = 0;
        }
        x |= (uint64_t)in_buf[in_pos++] << (8 * i);
    }
    *v = x;
    return 1;
}

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

static uint64_t UD(double d)
{
    union d64 v;
    v.d = d;
    return v.u;
}

static float F(uint64_t u)
{
    union f32 v;
    v.u = (uint32_t)u;
    return v.f;
}

static uint64_t UF(float f)
{
    union f32 v;
    v.f = f;
    return v.u;
}

static uint64_t compute(enum rv_op op, uint64_t a, uint64_t b)
{
    uint32_t a32 = (uint32_t)a, b32 = (uint32_t)b;
    switch (op) {
    case RV_ADDDF: return UD(__adddf3(D(a), D(b)));
    case RV_SUBDF: return UD(__subdf3(D(a), D(b)));
    case RV_MULDF: return UD(__muldf3(D(a), D(b)));
    case RV_DIVDF: return UD(__divdf3(D(a), D(b)));
    case RV_ADDSF: return UF(__addsf3(F(a), F(b)));
    case RV_SUBSF: return UF(__subsf3(F(a), F(b)));
    case RV_MULSF: return UF(__mulsf3(F(a), F(b)));
    case RV_TRUNCDFSF: return UF(__truncdfsf2(D(a)));
    case RV_EXTENDSFDF: return UD(__extendsfdf2(F(a)));
    case RV_FIXDFSI: return (uint32_t)__fixdfsi(D(a));
    case RV_FIXUNSDFSI: return __fixunsdfsi(D(a));
    case RV_FIXUNSSFSI: return __fixunssfsi(F(a));
    case RV_FLOATSIDF: return UD(__floatsidf((int32_t)a32));
    case RV_FLOATUNSIDF: return UD(__floatunsidf(a32));
    case RV_FLOATSISF: return UF(__floatsisf((int32_t)a32));
    case RV_FLOATUNSISF: return UF(__floatunsisf(a32));
    case RV_DIVSI: return (uint32_t)__divsi3((int32_t)a32, (int32_t)b32);
    case RV_UDIVSI: return __udivsi3(a32, b32);
    case RV_UMODSI: return __umodsi3(a32, b32);
    case RV_DIVDI: return (uint64_t)__divdi3((int64_t)a, (int64_t)b);
    case RV_UDIVDI: return __udivdi3(a, b);
    case RV_UMODDI: return __umoddi3(a, b);
    case RV_MULDI: return __muldi3(a, b);
    case RV_UMULSIDI: return __umulsidi3(a32, b32);
    default: return 0;
    }
}

static int is_nan64(uint64_t u)
{
    return (u << 1) > (0x7FF0000000000000ull << 1);
}

static int is_nan32(uint64_t u)
{
    return ((uint32_t)u << 1) > (0x7F800000u << 1);
}

static int same(enum rv_kind kind, uint64_t got, uint64_t want)
{
    if (got == want)
        return 1;
    if (kind == RV_F64)
        return is_nan64(got) && is_nan64(want);
    if (kind == RV_F32)
        return (got >> 32) == 0 && is_nan32(got) && is_nan32(want);
    return 0;
}

int main(void)
{
    uint64_t magic, seed, base;
    if (!next_u64(&magic) || magic != RV_MAGIC || !next_u64(&seed) || !next_u64(&base)) {
        t_err("rtvec: stdin is not rtvec_host output\n");
        return 2;
    }
    struct rv_gen g = {seed};
    uint32_t checks = 0, failures = 0;
    for (int op = 0; op < RV_NOPS; op++) {
        uint32_t n = (uint32_t)base * rv_ops[op].weight, op_fail = 0;
        for (uint32_t i = 0; i < n; i++) {
            uint64_t a, b, want;
            rv_operands(&g, (enum rv_op)op, &a, &b);
            if (!next_u64(&want)) {
                t_err("rtvec: expected results end early\n");
                return 2;
            }
            uint64_t got = compute((enum rv_op)op, a, b);
            checks++;
            if (same(rv_ops[op].kind, got, want))
                continue;
            op_fail++;
            if (failures++ < MAX_REPORTS) {
                t_str("FAIL ");
                t_str(rv_ops[op].name);
                t_str(" a=");
                t_hex64(a);
                t_str(" b=");
                t_hex64(b);
                t_str(" got=");
                t_hex64(got);
                t_str(" want=");
                t_hex64(want);
                t_str("\n");
            }
        }
        if (op_fail) {
            t_str(rv_ops[op].name);
            t_str(": ");
            t_dec(op_fail);
            t_str(" of ");
            t_dec(n);
            t_str(" wrong\n");
        }
    }
    uint64_t extra;
    if (next_u64(&extra)) {
        t_err("rtvec: more expected results than checks\n");
        return 2;
    }
    t_str("rtvec: ");
    t_dec(checks);
    t_str(" checks of 24 helpers, ");
    t_dec(failures);
    t_str(" failures\n");
    return failures ? 1 : 0;
}
