/* lib/lz.c and lib/lzpack.c: the code of the boot image's packed IRAM code.  Round trips over
 * inputs of different kinds; streams written bit by bit here (a second encoder, from lz.h's
 * description) that use each kind of item and each limit; and bad streams (cut short, bits
 * flipped, random) that must be refused or decoded without a write outside the output (the
 * sanitizers watch). */
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
    /* a byte after the stream's end is refused too: the stream is exactly its bytes */
    uint8_t *longer = malloc(m + 1);
    memcpy(longer, packed, m);
    longer[m] = 0;
    check(lz_unpack(out, n, longer, m + 1) == -1, "a byte after the stream is refused", n);
    check(lz_unpack(NULL, n, longer, m + 1) == -1, "check-only mode refuses a byte after the stream", n);
    free(longer);
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

/* ---- a stream written item by item ---- */

typedef struct {
    uint8_t buf[256];
    size_t n;
    uint64_t low;
    uint32_t range, pending;
    uint8_t cache;
    unsigned skip, m;     /* m: the last item was a copy */
    uint16_t p[LZ_NPROB];
} writer;

static void w_init(writer *w) {
    memset(w, 0, sizeof *w);
    w->range = 1u << 24;   /* what the decoder's first three bytes make of its range 1 */
    w->pending = 1;
    w->skip = 2;
    for (int i = 0; i < LZ_NPROB; i++) w->p[i] = 2048;
}

static void w_shift(writer *w) {
    if ((uint32_t)w->low < 0xFF000000u || w->low >> 32) {
        uint8_t carry = (uint8_t)(w->low >> 32), b = w->cache;
        for (; w->pending; w->pending--, b = 0xFF) {
            if (w->skip) w->skip--;
            else w->buf[w->n++] = (uint8_t)(b + carry);
        }
        w->cache = (uint8_t)(w->low >> 24);
    }
    w->pending++;
    w->low = (w->low & 0xFFFFFF) << 8;
}

static void w_bit(writer *w, unsigned ctx, unsigned b) {
    for (; w->range < 1u << 24; w->range <<= 8) w_shift(w);
    uint32_t bound = (w->range >> 12) * w->p[ctx];
    if (b) {
        w->low += bound;
        w->range -= bound;
        w->p[ctx] -= w->p[ctx] >> 5;
    } else {
        w->range = bound;
        w->p[ctx] += (4096 - w->p[ctx]) >> 5;
    }
}

static void w_tree(writer *w, unsigned base, unsigned v, unsigned bits) {
    for (unsigned node = 1; bits--; node = node << 1 | ((v >> bits) & 1))
        w_bit(w, base - 1 + node, (v >> bits) & 1);
}

static void w_number(writer *w, unsigned base, uint32_t v) {
    unsigned c = 0;
    while (v >> (c + 1)) c++;
    w_tree(w, base, c, 4);
    while (c--) w_bit(w, base + 15 + c, (v >> c) & 1);
}

static void w_literal(writer *w, uint8_t c) {
    w_bit(w, LZ_P_FLAG + w->m, 0);
    w_tree(w, LZ_P_LIT, c, 8);
    w->m = 0;
}

/* off 0: a repeat of the last offset */
static void w_copy(writer *w, uint32_t len, uint32_t off) {
    w_bit(w, LZ_P_FLAG + w->m, 1);
    if (!w->m) w_bit(w, LZ_P_REP, off == 0);
    w_number(w, LZ_P_LEN, len - 1);
    if (off) w_number(w, LZ_P_OFF + (len > 2) * LZ_NUM, off);
    w->m = 1;
}

static size_t w_end(writer *w) {
    for (int i = 0; i < 5; i++) w_shift(w);
    return w->n;
}

/* Unpacks w's stream into exactly `size` bytes: the result, and (if 0) whether it made want. */
static void expect(writer *w, size_t size, int result, const char *want, const char *what) {
    size_t n = w_end(w);
    uint8_t *out = malloc(size ? size : 1);
    int r = lz_unpack(out, size, w->buf, n);
    check(r == result && (r || memcmp(out, want, size) == 0), what, size);
    check(lz_unpack(NULL, size, w->buf, n) == result, "check-only mode agrees", size);
    if (n > 0)
        check(lz_unpack(out, size, w->buf, n - 1) == -1, "written stream cut short", size);
    free(out);
}

static void written_streams(void) {
    writer w;
    w_init(&w);
    w_literal(&w, 'a');
    w_copy(&w, 5, 0);                          /* a repeat of the offset 1 of the start */
    expect(&w, 6, 0, "aaaaaa", "repeat of the starting offset");

    w_init(&w);
    w_copy(&w, 2, 0);                          /* nothing before it */
    expect(&w, 2, -1, "", "a repeat as the first item is refused");

    w_init(&w);
    w_literal(&w, 'x');
    w_literal(&w, 'y');
    w_copy(&w, 2, 2);                          /* xy */
    w_literal(&w, '-');
    w_copy(&w, 3, 0);                          /* a repeat of 2 back: y-y */
    w_copy(&w, 4, 6);                          /* after a copy, no repeat bit: xy-y */
    w_literal(&w, '.');
    w_copy(&w, 2, 0);                          /* a repeat of 6 back: yx */
    expect(&w, 15, 0, "xyxy-y-yxy-y.yx", "literals, new and repeated offsets");

    w_init(&w);
    w_literal(&w, 'x');
    w_copy(&w, 2, 2);
    expect(&w, 3, -1, "", "an offset before the start is refused");

    w_init(&w);
    w_literal(&w, 'x');
    w_copy(&w, 4, 1);
    expect(&w, 4, -1, "", "a copy past the end is refused");

    /* the farthest offset and the longest copy: numbers of 15 bits after the leading 1 */
    enum { BIG = LZ_MAX_OFFSET + 3 + LZ_MAX_LEN };
    char *want = malloc(BIG);
    w_init(&w);
    w_literal(&w, 'a');
    w_literal(&w, 'b');
    w_copy(&w, LZ_MAX_OFFSET - 2, 1);          /* b up to LZ_MAX_OFFSET bytes made */
    w_copy(&w, 3, LZ_MAX_OFFSET);              /* abb from the start */
    w_copy(&w, LZ_MAX_LEN, LZ_MAX_OFFSET);
    want[0] = 'a';
    memset(want + 1, 'b', LZ_MAX_OFFSET - 1);
    for (size_t i = LZ_MAX_OFFSET; i < BIG; i++) want[i] = want[i - LZ_MAX_OFFSET];
    expect(&w, BIG, 0, want, "farthest offset, longest copy");
    free(want);
}

int main(void) {
    written_streams();
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
    uint8_t *big = malloc(3 * LZ_MAX_OFFSET);
    for (size_t i = 0; i < LZ_MAX_OFFSET; i++) big[i] = (uint8_t)next_random();
    memcpy(big + LZ_MAX_OFFSET, big, LZ_MAX_OFFSET);   /* exactly LZ_MAX_OFFSET back, nothing nearer */
    memset(big + 2 * LZ_MAX_OFFSET, 0xA5, LZ_MAX_OFFSET);
    round_trip("far copy", big, 3 * LZ_MAX_OFFSET);
    free(big);
    /* records with a field that changes: copies broken by a literal, then repeated */
    for (size_t i = 0; i < N; i++)
        buf[i] = i % 12 == 5 ? (uint8_t)next_random() : "struct-entry"[i % 12];
    round_trip("records", buf, N);

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
