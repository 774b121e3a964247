/* Small inline arithmetic shared by rt_int.c and rt_float.c.  Safe inside the runtime helpers:
 * nothing here compiles to a helper call on the lx106 (no division, no 64x64 multiply). */
#ifndef LX106_RT_UTIL_H
#define LX106_RT_UTIL_H

#include <stdint.h>

/* Count of leading zeros; x must be non-zero (NSAU on the lx106). */
static inline int rt_clz32(uint32_t x)
{
    return __builtin_clz(x);
}

static inline int rt_clz64(uint64_t x)
{
    uint32_t hi = (uint32_t)(x >> 32);
    return hi ? __builtin_clz(hi) : 32 + __builtin_clz((uint32_t)x);
}

/* 32x32 -> 64 from four 16x16 products; the lx106 has MULL but no MULUH. */
static inline uint64_t rt_umul32x32(uint32_t a, uint32_t b)
{
    uint32_t al = a & 0xFFFF, ah = a >> 16;
    uint32_t bl = b & 0xFFFF, bh = b >> 16;
    uint32_t ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
    /* lh + (ll >> 16) cannot overflow: (2^16-1)^2 + 2^16-1 < 2^32. */
    uint32_t mid = lh + (ll >> 16);
    uint32_t mid2 = mid + hl;
    uint32_t carry = mid2 < mid;
    uint32_t lo = (mid2 << 16) | (ll & 0xFFFF);
    uint32_t hi = hh + (mid2 >> 16) + (carry << 16);
    return ((uint64_t)hi << 32) | lo;
}

#endif
