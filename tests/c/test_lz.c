/* lib/lz.c and lib/lzpack.c: the code of the boot image's packed IRAM code.  Round trips over
 * inputs of different kinds, and bad streams (cut short, bits flipped, random) that must be
 * refused or decoded without a write outside the output (the sanitizers watch). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lz.h"

static int failures, checks;

static void check(int ok, const char *what, size_t n) {
    checks++;
    if (!ok) {
        failures++;
        printf("FAIL: %s (input of %zu bytes)\n", what, n);
    }
}

static uint32_t rng = 12345;
static uint32_t next_random(void) {
    rng ^= rng << 13, rng ^= rng >> 17, rng ^= rng << 5;
    return rng;
}

/* Packs and unpacks src; then damages the packed stream in every way below. */
static void round_trip(const char *kind, const uint8_t *src, size_t n) {
    size_t cap = n + n / 8 + 16;
    uint8_t *packed = malloc(cap), *out = malloc(n ? n : 1);   /* exact: ASan sees one byte over */
    size_t m = lz_pack(packed, cap, src, n);
    check(n == 0 || m > 0, kind, n);
    check(lz_unpack(out, n, packed, m) == 0 && memcmp(out, src, n) == 0, kind, n);
    check(lz_unpack(NULL, n, packed, m) == 0, "check-only mode accepts a good stream", n);
    if (m > 1) {
        uint8_t *small = malloc(m - 1);
        check(lz_pack(small, m - 1, src, n) == 0, "packing into too small a buffer fails", n);
        free(small);
    }
    /* every cut of the stream short of the bytes that end it fails */
    for (size_t k = 0; k + 1 < m; k += 1 + m / 64)
        check(lz_unpack(out, n, packed, k) == -1, "a stream cut short is refused", n);
    /* flipped bits: refused or decoded, never out of bounds; check-only agrees */
    for (int t = 0; t < 64 && m > 0; t++) {
        size_t at = next_random() % m;
        uint8_t bit = (uint8_t)(1u << (next_random() % 8));
        packed[at] ^= bit;
        check(lz_unpack(out, n, packed, m) == lz_unpack(NULL, n, packed, m),
              "check-only mode agrees on a damaged stream", n);
        packed[at] ^= bit;
    }
    free(packed);
    free(out);
}

int main(void) {
    enum { N = 40000 };
    uint8_t *buf = calloc(1, N);
    round_trip("empty", buf, 0);
    buf[0] = 0x5A;
    round_trip("one byte", buf, 1);
    memset(buf, 0, N);
    round_trip("zeros", buf, N);
    for (size_t i = 0; i < N; i++) buf[i] = (uint8_t)next_random();
    round_trip("random", buf, N);
    for (size_t i = 0; i < N; i++) buf[i] = "the quick brown fox jumps "[i % 26] ^ (i % 997 == 0);
    round_trip("repeated text", buf, N);
    /* code-like: short repeats at many distances, up to the longest offset */
    for (size_t i = 0; i < N; i++)
        buf[i] = i >= 300 && next_random() % 4 ? buf[i - 1 - next_random() % 300] : (uint8_t)next_random();
    round_trip("short repeats", buf, N);
    uint8_t *big = malloc(3 * 65536);
    for (size_t i = 0; i < 65536; i++) big[i] = (uint8_t)next_random();
    memcpy(big + 65536, big, 65536);   /* copies exactly LZ_MAX_OFFSET back, nothing nearer */
    memset(big + 2 * 65536, 0xA5, 65536);
    round_trip("far copy", big, 3 * 65536);
    free(big);

    /* random streams: refused or decoded, within bounds */
    int decoded = 0;
    for (int t = 0; t < 20000; t++) {
        size_t n = next_random() % 64, size = next_random() % 300;
        for (size_t i = 0; i < n; i++) buf[i] = (uint8_t)next_random();
        uint8_t *out = malloc(size ? size : 1);
        decoded += lz_unpack(out, size, buf, n) == 0;
        free(out);
    }
    free(buf);
    printf("lz: %d checks, %d failed (%d random streams decoded)\n", checks, failures, decoded);
    return failures != 0;
}
