/* Encoder of the LZ code in lz.h (host only: `espy image from-elf` packs the IRAM code).
 *
 * Shortest parse by dynamic programming from the end: cost[i] is the fewest bits that encode
 * src[i..n).  For each length the nearest earlier occurrence is the cheapest (an offset's code
 * never shrinks as the offset grows), so the candidates are taken nearest first and each only
 * adds the lengths the nearer ones did not reach. */
#include <stdlib.h>
#include "lz.h"

#define MAX_LEN   4096u   /* longer copies are split: they are rare and cost little more */
#define MAX_CHAIN 1024u   /* earlier positions tried per position */
#define SHORT_LEN 64u     /* lengths tried one by one */

static unsigned gamma_bits(uint32_t v) {
    unsigned n = 0;
    while (v >> n > 1) n++;
    return 2 * n + 1;
}

static unsigned copy_bits(uint32_t len, uint32_t off) {
    return 1 + gamma_bits(len - 1) + gamma_bits(((off - 1) >> 7) + 1) + 7;
}

typedef struct { uint8_t *p, *end; unsigned used; int full; } bitout;

static void put_bit(bitout *o, unsigned b) {
    if (o->used == 0) {
        if (o->p == o->end) { o->full = 1; return; }
        *o->p = 0;
    }
    if (b) *o->p |= (uint8_t)(0x80u >> o->used);
    if (++o->used == 8) { o->used = 0; o->p++; }
}

static void put_bits(bitout *o, uint32_t v, unsigned n) {
    while (n--) put_bit(o, (v >> n) & 1);
}

static void put_gamma(bitout *o, uint32_t v) {
    unsigned n = 0;
    while (v >> n > 1) n++;
    put_bits(o, 0, n);
    put_bits(o, v, n + 1);
}

size_t lz_pack(uint8_t *dst, size_t cap, const uint8_t *src, size_t n) {
    uint32_t *cost = malloc((n + 1) * sizeof *cost);
    uint32_t *len = malloc((n + 1) * sizeof *len), *off = malloc((n + 1) * sizeof *off);
    uint32_t *prev = malloc((n + 1) * sizeof *prev), *head = malloc(65536 * sizeof *head);
    size_t result = 0;
    if (!cost || !len || !off || !prev || !head) goto done;

    /* prev[i]: the previous position whose two bytes equal src[i], src[i+1] (or UINT32_MAX). */
    for (size_t h = 0; h < 65536; h++) head[h] = UINT32_MAX;
    for (size_t i = 0; i + 1 < n; i++) {
        uint32_t h = (uint32_t)src[i] << 8 | src[i + 1];
        prev[i] = head[h];
        head[h] = (uint32_t)i;
    }

    cost[n] = 0;
    for (size_t i = n; i-- > 0;) {
        cost[i] = 9 + cost[i + 1];
        len[i] = 1;
        off[i] = 0;
        size_t reached = 1, room = n - i < MAX_LEN ? n - i : MAX_LEN;
        unsigned tries = 0;
        for (uint32_t j = i + 1 < n ? prev[i] : UINT32_MAX;
             j != UINT32_MAX && i - j <= LZ_MAX_OFFSET && tries < MAX_CHAIN && reached < room &&
             reached < SHORT_LEN;   /* a long match found: farther ones would hardly pay */
             j = prev[j], tries++) {
            size_t l = 0;
            while (l < room && src[j + l] == src[i + l]) l++;
            /* every length up to SHORT_LEN, then only the whole match: a long run (zeros)
             * would otherwise cost MAX_LEN steps at each of its positions */
            for (size_t L = reached + 1; L <= l; L = L < SHORT_LEN || L == l ? L + 1 : l) {
                uint32_t c = copy_bits((uint32_t)L, (uint32_t)(i - j)) + cost[i + L];
                if (c < cost[i]) {
                    cost[i] = c;
                    len[i] = (uint32_t)L;
                    off[i] = (uint32_t)(i - j);
                }
            }
            if (l > reached) reached = l;
        }
    }

    bitout o = {dst, dst + cap, 0, 0};
    for (size_t i = 0; i < n; i += len[i]) {
        if (len[i] == 1) {
            put_bit(&o, 0);
            put_bits(&o, src[i], 8);
        } else {
            put_bit(&o, 1);
            put_gamma(&o, len[i] - 1);
            put_gamma(&o, ((off[i] - 1) >> 7) + 1);
            put_bits(&o, (off[i] - 1) & 127, 7);
        }
    }
    if (!o.full) result = (size_t)(o.p - dst) + (o.used != 0);
done:
    free(cost), free(len), free(off), free(prev), free(head);
    return result;
}
