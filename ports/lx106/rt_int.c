/* Integer runtime helpers for the lx106 (ESP8266) core.
 *
 * The ESP8266 mask ROM carries these libgcc entry points and Debian's lx106 libgcc leaves them
 * out (esp8266.md 3.5, 7.5), so every build that does not link against the ROM needs its own:
 * the QEMU port and the emulator's ROM model.  The lx106 has MULL (32x32 -> low 32) and the
 * 16-bit multipliers, but no MULUH and no divide instruction.
 *
 * Rules for this file: no `/` or `%` on any integer type and no 64x64 multiply, because gcc
 * would turn those into calls to the very functions defined here.  64-bit shifts, adds and
 * compares are expanded inline by gcc and are safe.
 *
 * Division by zero does not trap (the hardware has no divide exception to raise): like RISC-V,
 * x / 0 gives all ones (-1 signed, UINT_MAX unsigned) and x % 0 gives x.  INT_MIN / -1 wraps to
 * INT_MIN.  Callers that need Python semantics check the divisor themselves.
 */
#include <stdint.h>

#include "lx106_rt.h"
#include "rt_util.h"

/* Shift-subtract division that only walks the quotient bits that can be non-zero: the divisor
 * is first aligned with the dividend's top bit (NSAU), so small quotients take few steps. */
static inline uint32_t udivmod32(uint32_t n, uint32_t d, uint32_t *rem)
{
    if (d == 0) {
        *rem = n;
        return 0xFFFFFFFFu;
    }
    if (n < d) {
        *rem = n;
        return 0;
    }
    int steps = rt_clz32(d) - rt_clz32(n);
    uint32_t q = 0;
    d <<= steps;
    for (int i = 0; i <= steps; i++) {
        q <<= 1;
        if (n >= d) {
            n -= d;
            q |= 1;
        }
        d >>= 1;
    }
    *rem = n;
    return q;
}

static uint64_t udivmod64(uint64_t n, uint64_t d, uint64_t *rem)
{
    if ((d >> 32) == 0) {
        uint32_t d32 = (uint32_t)d;
        if (d32 == 0) {
            *rem = n;
            return ~(uint64_t)0;
        }
        if ((n >> 32) == 0) {
            uint32_t r;
            uint32_t q = udivmod32((uint32_t)n, d32, &r);
            *rem = r;
            return q;
        }
    }
    if (n < d) {
        *rem = n;
        return 0;
    }
    int steps = rt_clz64(d) - rt_clz64(n);
    uint64_t q = 0;
    d <<= steps;
    for (int i = 0; i <= steps; i++) {
        q <<= 1;
        if (n >= d) {
            n -= d;
            q |= 1;
        }
        d >>= 1;
    }
    *rem = n;
    return q;
}

uint32_t __udivsi3(uint32_t n, uint32_t d)
{
    uint32_t r;
    return udivmod32(n, d, &r);
}

uint32_t __umodsi3(uint32_t n, uint32_t d)
{
    uint32_t r;
    udivmod32(n, d, &r);
    return r;
}

int32_t __divsi3(int32_t n, int32_t d)
{
    uint32_t un = n < 0 ? 0u - (uint32_t)n : (uint32_t)n;
    uint32_t ud = d < 0 ? 0u - (uint32_t)d : (uint32_t)d;
    uint32_t r;
    if (d == 0)
        return -1;
    uint32_t q = udivmod32(un, ud, &r);
    return (int32_t)((n ^ d) < 0 ? 0u - q : q);
}

uint64_t __udivdi3(uint64_t n, uint64_t d)
{
    uint64_t r;
    return udivmod64(n, d, &r);
}

uint64_t __umoddi3(uint64_t n, uint64_t d)
{
    uint64_t r;
    udivmod64(n, d, &r);
    return r;
}

int64_t __divdi3(int64_t n, int64_t d)
{
    uint64_t un = n < 0 ? 0u - (uint64_t)n : (uint64_t)n;
    uint64_t ud = d < 0 ? 0u - (uint64_t)d : (uint64_t)d;
    uint64_t r;
    if (d == 0)
        return -1;
    uint64_t q = udivmod64(un, ud, &r);
    return (int64_t)((n ^ d) < 0 ? 0u - q : q);
}

uint64_t __umulsidi3(uint32_t a, uint32_t b)
{
    return rt_umul32x32(a, b);
}

/* 64x64 -> low 64: one full 32x32 product plus the two cross terms of which only the low half
 * survives (plain MULL). */
uint64_t __muldi3(uint64_t a, uint64_t b)
{
    uint32_t a0 = (uint32_t)a, a1 = (uint32_t)(a >> 32);
    uint32_t b0 = (uint32_t)b, b1 = (uint32_t)(b >> 32);
    uint64_t p = rt_umul32x32(a0, b0);
    uint32_t cross = a0 * b1 + a1 * b0;
    return p + ((uint64_t)cross << 32);
}
