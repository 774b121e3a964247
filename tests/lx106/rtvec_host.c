/* Expected results for the runtime-helper vector test, computed natively on the x86-64 host
 * (SSE2 arithmetic is IEEE 754 with round to nearest even).  Writes a small header and then one
 * little-endian 64-bit expected value per check to stdout; rtvec_guest.c regenerates the same
 * operands under QEMU, runs the lx106 helpers and compares.
 *
 * usage: rtvec_host [SEED [BASE]]   -- checks = BASE * sum of the per-operation weights
 *
 * Where C leaves a result undefined (float -> int out of range, division by zero, INT_MIN / -1)
 * this file spells out the behaviour documented in ports/lx106/lx106_rt.h.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rtvec.h"

static double d_of(uint64_t u)
{
    double d;
    memcpy(&d, &u, 8);
    return d;
}

static uint64_t u_of_d(double d)
{
    uint64_t u;
    memcpy(&u, &d, 8);
    return u;
}

static float f_of(uint64_t u)
{
    uint32_t w = (uint32_t)u;
    float f;
    memcpy(&f, &w, 4);
    return f;
}

static uint64_t u_of_f(float f)
{
    uint32_t w;
    memcpy(&w, &f, 4);
    return w;
}

static int32_t to_i32(double d)
{
    if (isnan(d))
        return 0;
    if (d >= 2147483648.0)
        return INT32_MAX;
    if (d <= -2147483648.0)
        return INT32_MIN;
    return (int32_t)d;
}

static uint32_t to_u32(double d)
{
    if (isnan(d) || d <= -1.0)
        return 0;
    if (d >= 4294967296.0)
        return UINT32_MAX;
    return (uint32_t)d;
}

static uint64_t expected(enum rv_op op, uint64_t a, uint64_t b)
{
    uint32_t a32 = (uint32_t)a, b32 = (uint32_t)b;
    switch (op) {
    case RV_ADDDF: return u_of_d(d_of(a) + d_of(b));
    case RV_SUBDF: return u_of_d(d_of(a) - d_of(b));
    case RV_MULDF: return u_of_d(d_of(a) * d_of(b));
    case RV_DIVDF: return u_of_d(d_of(a) / d_of(b));
    case RV_ADDSF: return u_of_f(f_of(a) + f_of(b));
    case RV_SUBSF: return u_of_f(f_of(a) - f_of(b));
    case RV_MULSF: return u_of_f(f_of(a) * f_of(b));
    case RV_TRUNCDFSF: return u_of_f((float)d_of(a));
    case RV_EXTENDSFDF: return u_of_d((double)f_of(a));
    case RV_FIXDFSI: return (uint32_t)to_i32(d_of(a));
    case RV_FIXUNSDFSI: return to_u32(d_of(a));
    case RV_FIXUNSSFSI: return to_u32((double)f_of(a));
    case RV_FLOATSIDF: return u_of_d((double)(int32_t)a32);
    case RV_FLOATUNSIDF: return u_of_d((double)a32);
    case RV_FLOATSISF: return u_of_f((float)(int32_t)a32);
    case RV_FLOATUNSISF: return u_of_f((float)a32);
    case RV_DIVSI:
        if (b32 == 0)
            return UINT32_MAX;
        if ((int32_t)a32 == INT32_MIN && (int32_t)b32 == -1)
            return a32;
        return (uint32_t)((int32_t)a32 / (int32_t)b32);
    case RV_UDIVSI: return b32 ? a32 / b32 : UINT32_MAX;
    case RV_UMODSI: return b32 ? a32 % b32 : a32;
    case RV_DIVDI:
        if (b == 0)
            return UINT64_MAX;
        if ((int64_t)a == INT64_MIN && (int64_t)b == -1)
            return a;
        return (uint64_t)((int64_t)a / (int64_t)b);
    case RV_UDIVDI: return b ? a / b : UINT64_MAX;
    case RV_UMODDI: return b ? a % b : a;
    case RV_MULDI: return a * b;
    case RV_UMULSIDI: return (uint64_t)a32 * b32;
    default: return 0;
    }
}

static void put64(uint64_t v, unsigned char *p)
{
    for (int i = 0; i < 8; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static int parse_u64(const char *s, uint64_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 0);
    if (errno || end == s || *end)
        return -1;
    *out = v;
    return 0;
}

int main(int argc, char **argv)
{
    uint64_t seed = 0x243F6A8885A308D3ull, base = 2500;
    if (argc > 3 || (argc > 1 && parse_u64(argv[1], &seed)) ||
        (argc > 2 && (parse_u64(argv[2], &base) || base == 0 || base > 100000000))) {
        fprintf(stderr, "usage: rtvec_host [SEED [BASE]]\n");
        return 2;
    }
    if (seed == 0)
        seed = 1; /* xorshift must not start at 0 */
    unsigned char hdr[24];
    put64(RV_MAGIC, hdr);
    put64(seed, hdr + 8);
    put64(base, hdr + 16);
    if (fwrite(hdr, 1, sizeof hdr, stdout) != sizeof hdr)
        return 1;

    struct rv_gen g = {seed};
    for (int op = 0; op < RV_NOPS; op++) {
        uint64_t n = base * rv_ops[op].weight;
        for (uint64_t i = 0; i < n; i++) {
            uint64_t a, b;
            unsigned char buf[8];
            rv_operands(&g, (enum rv_op)op, &a, &b);
            put64(expected((enum rv_op)op, a, b), buf);
            if (fwrite(buf, 1, 8, stdout) != 8) {
                fprintf(stderr, "rtvec_host: write failed: %s\n", strerror(errno));
                return 1;
            }
        }
    }
    if (fflush(stdout) != 0) {
        fprintf(stderr, "rtvec_host: write failed: %s\n", strerror(errno));
        return 1;
    }
    return 0;
}
