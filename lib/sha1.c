/* SHA-1 (FIPS 180-4), compact form: the message schedule is a rolling 16-word window. */
#include <string.h>
#include "sha1.h"

static uint32_t rol(uint32_t x, unsigned n) { return (x << n) | (x >> (32 - n)); }

static void sha1_block(uint32_t st[5], const uint8_t *p) {
    uint32_t w[16];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
               (uint32_t)p[4 * i + 2] << 8 | (uint32_t)p[4 * i + 3];
    uint32_t a = st[0], b = st[1], c = st[2], d = st[3], e = st[4];
    for (unsigned i = 0; i < 80; i++) {
        if (i >= 16) {
            uint32_t x = w[(i + 13) & 15] ^ w[(i + 8) & 15] ^ w[(i + 2) & 15] ^ w[i & 15];
            w[i & 15] = rol(x, 1);
        }
        uint32_t f, k;
        if (i < 20)      { f = (b & c) | (~b & d);          k = 0x5a827999u; }
        else if (i < 40) { f = b ^ c ^ d;                   k = 0x6ed9eba1u; }
        else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdcu; }
        else             { f = b ^ c ^ d;                   k = 0xca62c1d6u; }
        uint32_t t = rol(a, 5) + f + e + k + w[i & 15];
        e = d; d = c; c = rol(b, 30); b = a; a = t;
    }
    st[0] += a; st[1] += b; st[2] += c; st[3] += d; st[4] += e;
}

void sha1_init(sha1_ctx *c) {
    c->state[0] = 0x67452301u;
    c->state[1] = 0xefcdab89u;
    c->state[2] = 0x98badcfeu;
    c->state[3] = 0x10325476u;
    c->state[4] = 0xc3d2e1f0u;
    c->count[0] = c->count[1] = 0;
}

void sha1_update(sha1_ctx *c, const void *data, size_t n) {
    const uint8_t *p = data;
    while (n) {
        size_t have = c->count[0] & 63, take = 64 - have;
        if (take > n) take = n;
        memcpy(c->buf + have, p, take);
        uint32_t lo = c->count[0] + (uint32_t)take;
        if (lo < c->count[0]) c->count[1]++;
        c->count[0] = lo;
        p += take;
        n -= take;
        if ((lo & 63) == 0) sha1_block(c->state, c->buf);
    }
}

void sha1_final(sha1_ctx *c, uint8_t digest[20]) {
    uint32_t lo = c->count[0], hi = c->count[1];
    uint8_t tail[72];
    size_t pad = ((lo & 63) < 56 ? 56 : 120) - (lo & 63);
    memset(tail, 0, sizeof tail);
    tail[0] = 0x80;
    /* The length goes in as a big-endian 64-bit count of bits. */
    uint32_t blo = lo << 3, bhi = (hi << 3) | (lo >> 29);
    for (int i = 0; i < 4; i++) {
        tail[pad + 3 - i] = (uint8_t)(bhi >> (8 * i));
        tail[pad + 7 - i] = (uint8_t)(blo >> (8 * i));
    }
    sha1_update(c, tail, pad + 8);
    for (int i = 0; i < 20; i++) digest[i] = (uint8_t)(c->state[i >> 2] >> (24 - 8 * (i & 3)));
}
