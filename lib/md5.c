/* MD5 (RFC 1321), written for size: the 64 steps run from tables instead of being unrolled. */
#include <string.h>
#include "md5.h"

/* floor(abs(sin(i + 1)) * 2^32), the additive constant of step i. */
static const uint32_t md5_k[64] = {
    0xd76aa478u, 0xe8c7b756u, 0x242070dbu, 0xc1bdceeeu, 0xf57c0fafu, 0x4787c62au, 0xa8304613u, 0xfd469501u,
    0x698098d8u, 0x8b44f7afu, 0xffff5bb1u, 0x895cd7beu, 0x6b901122u, 0xfd987193u, 0xa679438eu, 0x49b40821u,
    0xf61e2562u, 0xc040b340u, 0x265e5a51u, 0xe9b6c7aau, 0xd62f105du, 0x02441453u, 0xd8a1e681u, 0xe7d3fbc8u,
    0x21e1cde6u, 0xc33707d6u, 0xf4d50d87u, 0x455a14edu, 0xa9e3e905u, 0xfcefa3f8u, 0x676f02d9u, 0x8d2a4c8au,
    0xfffa3942u, 0x8771f681u, 0x6d9d6122u, 0xfde5380cu, 0xa4beea44u, 0x4bdecfa9u, 0xf6bb4b60u, 0xbebfbc70u,
    0x289b7ec6u, 0xeaa127fau, 0xd4ef3085u, 0x04881d05u, 0xd9d4d039u, 0xe6db99e5u, 0x1fa27cf8u, 0xc4ac5665u,
    0xf4292244u, 0x432aff97u, 0xab9423a7u, 0xfc93a039u, 0x655b59c3u, 0x8f0ccc92u, 0xffeff47du, 0x85845dd1u,
    0x6fa87e4fu, 0xfe2ce6e0u, 0xa3014314u, 0x4e0811a1u, 0xf7537e82u, 0xbd3af235u, 0x2ad7d2bbu, 0xeb86d391u,
};

/* Left-rotation amounts: four per round, repeating within the round. */
static const uint8_t md5_r[16] = { 7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21 };

static uint32_t rol(uint32_t x, unsigned n) { return (x << n) | (x >> (32 - n)); }

static void md5_block(uint32_t st[4], const uint8_t *p) {
    uint32_t w[16];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] | (uint32_t)p[4 * i + 1] << 8 |
               (uint32_t)p[4 * i + 2] << 16 | (uint32_t)p[4 * i + 3] << 24;
    uint32_t a = st[0], b = st[1], c = st[2], d = st[3];
    for (unsigned i = 0; i < 64; i++) {
        uint32_t f;
        unsigned g, round = i >> 4;
        if (round == 0)      { f = (b & c) | (~b & d); g = i; }
        else if (round == 1) { f = (d & b) | (~d & c); g = (5 * i + 1) & 15; }
        else if (round == 2) { f = b ^ c ^ d;          g = (3 * i + 5) & 15; }
        else                 { f = c ^ (b | ~d);       g = (7 * i) & 15; }
        uint32_t t = d;
        d = c;
        c = b;
        b = b + rol(a + f + md5_k[i] + w[g], md5_r[(round << 2) | (i & 3)]);
        a = t;
    }
    st[0] += a; st[1] += b; st[2] += c; st[3] += d;
}

void md5_init(md5_ctx *c) {
    c->state[0] = 0x67452301u;
    c->state[1] = 0xefcdab89u;
    c->state[2] = 0x98badcfeu;
    c->state[3] = 0x10325476u;
    c->count[0] = c->count[1] = 0;
}

void md5_update(md5_ctx *c, const void *data, size_t n) {
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
        if ((lo & 63) == 0) md5_block(c->state, c->buf);
    }
}

void md5_final(md5_ctx *c, uint8_t digest[16]) {
    uint32_t lo = c->count[0], hi = c->count[1];
    uint8_t tail[72];
    size_t pad = ((lo & 63) < 56 ? 56 : 120) - (lo & 63);
    memset(tail, 0, sizeof tail);
    tail[0] = 0x80;
    /* The length goes in as a little-endian 64-bit count of bits. */
    uint32_t blo = lo << 3, bhi = (hi << 3) | (lo >> 29);
    for (int i = 0; i < 4; i++) {
        tail[pad + i] = (uint8_t)(blo >> (8 * i));
        tail[pad + 4 + i] = (uint8_t)(bhi >> (8 * i));
    }
    md5_update(c, tail, pad + 8);
    for (int i = 0; i < 16; i++) digest[i] = (uint8_t)(c->state[i >> 2] >> (8 * (i & 3)));
}
