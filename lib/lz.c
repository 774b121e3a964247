/* Decoder of the LZ code in lz.h.  On the board it runs before the IRAM code it unpacks is
 * there, from the boot stage (esp8266.ld puts this whole file in .stage.text): it calls nothing
 * outside this file. */
#include "lz.h"

typedef struct {
    const uint8_t *src, *end;
    uint32_t acc;      /* bytes read, the unused bits at the bottom */
    unsigned left;     /* how many bits of acc are unused (at most 24) */
    int bad;           /* the stream ran out or held an impossible code */
} reader;

/* The next n <= 17 bits, first bit highest; 0 once the stream is used up. */
static inline __attribute__((always_inline)) uint32_t take(reader *r, unsigned n) {
    while (r->left < n) {
        if (r->src == r->end) { r->bad = 1; return 0; }
        r->acc = r->acc << 8 | *r->src++;
        r->left += 8;
    }
    r->left -= n;
    return (r->acc >> r->left) & ((1u << n) - 1);
}

/* An Elias gamma code: lengths and offsets here stay under 2^17 (16 bits after the first). */
static uint32_t take_gamma(reader *r) {
    unsigned zeros = 0;
    while (take(r, 1) == 0)
        if (r->bad || ++zeros > 16) { r->bad = 1; return 1; }
    return 1u << zeros | take(r, zeros);
}

int lz_unpack(uint8_t *dst, size_t size, const uint8_t *src, size_t srclen) {
    reader r = {src, src + srclen, 0, 0, 0};
    size_t out = 0;
    while (out < size) {
        if (take(&r, 1) == 0) {
            uint8_t c = (uint8_t)take(&r, 8);
            if (dst) dst[out] = c;
            out++;
        } else {
            uint32_t len = take_gamma(&r) + 1;
            uint32_t off = (take_gamma(&r) - 1) << 7;
            off = (off | take(&r, 7)) + 1;
            if (r.bad || off > out || len > size - out) return -1;
            if (!dst) out += len;
            else for (; len; len--, out++) dst[out] = dst[out - off];
        }
        if (r.bad) return -1;
    }
    return 0;
}
