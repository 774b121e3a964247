/* A 32-bit integer mixer (finaliser of a hash): every output bit depends on every input bit.
 * Used to seed `random` and to stir the board's hardware random numbers. */
#ifndef ESPY_MIX32_H
#define ESPY_MIX32_H

#include <stdint.h>

static inline uint32_t mix32(uint32_t x) {
    x ^= x >> 16;
    x *= 0x7FEB352Du;
    x ^= x >> 15;
    x *= 0x846CA68Bu;
    x ^= x >> 16;
    return x;
}

#endif
