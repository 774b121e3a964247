/* Encoder of the LZ code in lz.h (host only: `espy image from-elf` packs the IRAM code).
 *
 * The parse goes forward over the positions and keeps, for each, the K cheapest ways found to
 * get there that differ in what the code carries on (the last offset, whether the last item
 * was a copy); from each it tries a literal, a repeat of its offset and the copies the match
 * finder offers.  A way's cost is the sum of its bits' prices: at first every bit costs 1,
 * then each pass prices a context's bits by how often it saw 0 and 1 in the previous pass's
 * result.  The smallest of the passes' streams is kept. */
#include <stdlib.h>
#include <string.h>
#include "lz.h"

#define PASSES    4
#define K         8       /* ways kept per position */
#define MAX_LEN   4096u   /* longer copies are split: they are rare and cost little more */
#define MAX_CHAIN 1024u   /* earlier positions tried per position */
#define SHORT_LEN 64u     /* lengths tried one by one; of longer copies only the whole */
#define NICE_LEN  256u    /* a copy this long is taken: no way from the positions it covers */
#define ONE_BIT   64u     /* prices are in 1/64 bit */

/* ---- range coder (the decoder's steps in lz.h, mirrored) ---- */

typedef struct {
    uint8_t *p, *end;
    uint64_t low;
    uint32_t range;
    uint32_t pending;     /* bytes not written yet: cache, then pending - 1 times 0xFF */
    uint8_t cache;
    unsigned skip;        /* leading bytes the decoder never reads */
    int full;
    uint16_t prob[LZ_NPROB];
    uint32_t seen[LZ_NPROB][2];
} coder;

static void put_byte(coder *c, uint8_t b) {
    if (c->skip) c->skip--;
    else if (c->p == c->end) c->full = 1;
    else *c->p++ = b;
}

static void shift_low(coder *c) {
    if ((uint32_t)c->low < 0xFF000000u || c->low >> 32) {
        uint8_t carry = (uint8_t)(c->low >> 32), b = c->cache;
        do {
            put_byte(c, (uint8_t)(b + carry));
            b = 0xFF;
        } while (--c->pending);
        c->cache = (uint8_t)(c->low >> 24);
    }
    c->pending++;
    c->low = (c->low & 0x00FFFFFFu) << 8;
}

static void put_bit(coder *c, unsigned ctx, unsigned b) {
    uint16_t *p = &c->prob[ctx];
    c->seen[ctx][b]++;
    while (c->range < 1u << 24) {
        c->range <<= 8;
        shift_low(c);
    }
    uint32_t bound = (c->range >> 12) * *p;
    if (!b) {
        c->range = bound;
        *p += (4096 - *p) >> 5;
    } else {
        c->low += bound;
        c->range -= bound;
        *p -= *p >> 5;
    }
}

static void put_tree(coder *c, unsigned base, uint32_t v, unsigned bits) {
    for (unsigned node = 1; bits--;) {
        unsigned b = (v >> bits) & 1;
        put_bit(c, base - 1 + node, b);
        node = node << 1 | b;
    }
}

static unsigned bit_count(uint32_t v) {   /* bits after the leading 1 */
    unsigned n = 0;
    while (v >> (n + 1)) n++;
    return n;
}

static void put_number(coder *c, unsigned base, uint32_t v) {
    unsigned n = bit_count(v);
    put_tree(c, base, n, 4);
    while (n--) put_bit(c, base + 15 + n, (v >> n) & 1);
}

/* ---- prices ---- */

/* 64 log2(x), x >= 1, to about 1/64 */
static uint32_t log2_64(uint32_t x) {
    unsigned e = 0;
    while (x >> (e + 1)) e++;
    uint64_t y = e > 30 ? (uint64_t)x >> (e - 30) : (uint64_t)x << (30 - e);   /* 1.30 */
    uint32_t r = e * 64;
    for (unsigned bit = 32; bit; bit >>= 1) {
        y = (y * y) >> 30;
        if (y >= 2ull << 30) {
            y >>= 1;
            r += bit;
        }
    }
    return r;
}

typedef struct {
    uint32_t bit[LZ_NPROB][2];
    uint32_t lit[256];
    uint32_t len[MAX_LEN];              /* by len - 1 */
    uint32_t off[2][LZ_MAX_OFFSET + 1]; /* copies of 2 bytes, longer ones */
} prices;

static uint32_t tree_price(const prices *pr, unsigned base, uint32_t v, unsigned bits) {
    uint32_t sum = 0;
    for (unsigned node = 1; bits--;) {
        unsigned b = (v >> bits) & 1;
        sum += pr->bit[base - 1 + node][b];
        node = node << 1 | b;
    }
    return sum;
}

static uint32_t number_price(const prices *pr, unsigned base, uint32_t v) {
    unsigned n = bit_count(v);
    uint32_t sum = tree_price(pr, base, n, 4);
    while (n--) sum += pr->bit[base + 15 + n][(v >> n) & 1];
    return sum;
}

/* From the counts of a coded stream (seen NULL: every bit costs 1). */
static void set_prices(prices *pr, uint32_t (*seen)[2]) {
    for (unsigned i = 0; i < LZ_NPROB; i++)
        for (unsigned b = 0; b < 2; b++)
            pr->bit[i][b] = !seen ? ONE_BIT
                : log2_64(5 * (seen[i][0] + seen[i][1]) + 4) - log2_64(5 * seen[i][b] + 2);
    for (unsigned c = 0; c < 256; c++) pr->lit[c] = tree_price(pr, LZ_P_LIT, c, 8);
    for (uint32_t v = 1; v < MAX_LEN; v++) pr->len[v] = number_price(pr, LZ_P_LEN, v);
    for (unsigned k = 0; k < 2; k++)
        for (uint32_t v = 1; v <= LZ_MAX_OFFSET; v++)
            pr->off[k][v] = number_price(pr, LZ_P_OFF + k * LZ_NUM, v);
}

/* ---- the parse ---- */

enum { LITERAL, REPEAT, COPY };

typedef struct {
    uint32_t cost, off, from;   /* off: the last offset after this item */
    uint8_t k, kind, used;      /* k: which way at `from` this one continues */
} way;

typedef struct {
    const uint8_t *src;
    size_t n;
    way *ways;                  /* K per position 0..n */
    uint32_t *cand_start;       /* candidates of position i: cand[cand_start[i] .. [i + 1]) */
    uint32_t *cand_len, *cand_off;
} parse;

static void relax(parse *ps, size_t at, uint32_t cost, uint32_t off, int kind, size_t from,
                  unsigned k) {
    way *w = ps->ways + at * K;
    unsigned m = kind != LITERAL, slot = K;
    for (unsigned i = 0; i < K; i++)
        if (w[i].used && w[i].off == off && (w[i].kind != LITERAL) == m) {
            if (cost >= w[i].cost) return;
            slot = i;
            break;
        }
    if (slot == K) {
        for (unsigned i = 0; i < K; i++) {
            if (!w[i].used) {
                slot = i;
                break;
            }
            if (slot == K || w[i].cost > w[slot].cost) slot = i;
        }
        if (w[slot].used && w[slot].cost <= cost) return;
    }
    w[slot] = (way){cost, off, (uint32_t)from, (uint8_t)k, (uint8_t)kind, 1};
}

/* Lengths to try of a copy that matches l bytes: all up to SHORT_LEN, then only l. */
static size_t next_len(size_t L, size_t l) {
    return L < SHORT_LEN || L == l ? L + 1 : l;
}

static void find_ways(parse *ps, const prices *pr) {
    const uint8_t *src = ps->src;
    size_t n = ps->n;
    memset(ps->ways, 0, (n + 1) * K * sizeof *ps->ways);
    ps->ways[0] = (way){0, 1, 0, 0, LITERAL, 1};   /* the start: offset 1, no copy before */
    for (size_t i = 0, skip_to = 0; i < n; i++) {
        if (i < skip_to) continue;
        const way *w = ps->ways + i * K;
        size_t room = n - i < MAX_LEN ? n - i : MAX_LEN;
        uint32_t best = UINT32_MAX;
        unsigned bk = 0;
        for (unsigned k = 0; k < K; k++) {
            if (!w[k].used) continue;
            unsigned m = w[k].kind != LITERAL;
            uint32_t off = w[k].off;
            relax(ps, i + 1, w[k].cost + pr->bit[LZ_P_FLAG + m][0] + pr->lit[src[i]], off,
                  LITERAL, i, k);
            uint32_t copy = w[k].cost + pr->bit[LZ_P_FLAG + m][1];
            if (!m && off <= i) {
                size_t l = 0;
                while (l < room && src[i + l] == src[i + l - off]) l++;
                uint32_t rep = copy + pr->bit[LZ_P_REP][1];
                for (size_t L = 2; L <= l; L = next_len(L, l))
                    relax(ps, i + L, rep + pr->len[L - 1], off, REPEAT, i, k);
                if (l >= NICE_LEN && i + l > skip_to) skip_to = i + l;
            }
            if (!m) copy += pr->bit[LZ_P_REP][0];
            if (copy < best) best = copy, bk = k;
        }
        size_t reached = 1;
        for (uint32_t c = ps->cand_start[i]; c < ps->cand_start[i + 1]; c++) {
            size_t l = ps->cand_len[c];
            uint32_t off = ps->cand_off[c];
            for (size_t L = reached + 1; L <= l; L = next_len(L, l))
                relax(ps, i + L, best + pr->len[L - 1] + pr->off[L > 2][off], off, COPY, i, bk);
            reached = l;
            if (l >= NICE_LEN && i + l > skip_to) skip_to = i + l;
        }
    }
}

/* For each position, the nearest earlier match of each length (of 2 or more) that a nearer
 * one does not reach.  0 if memory ran out. */
static int find_candidates(parse *ps) {
    const uint8_t *src = ps->src;
    size_t n = ps->n, cap = n + 16, count = 0;
    uint32_t *prev = malloc((n + 1) * sizeof *prev), *head = malloc(65536 * sizeof *head);
    ps->cand_start = malloc((n + 1) * sizeof *ps->cand_start);
    ps->cand_len = malloc(cap * sizeof *ps->cand_len);
    ps->cand_off = malloc(cap * sizeof *ps->cand_off);
    int ok = prev && head && ps->cand_start && ps->cand_len && ps->cand_off;
    if (ok) {
        /* prev[i]: the previous position whose two bytes equal src[i], src[i+1] */
        for (size_t h = 0; h < 65536; h++) head[h] = UINT32_MAX;
        for (size_t i = 0; i + 1 < n; i++) {
            uint32_t h = (uint32_t)src[i] << 8 | src[i + 1];
            prev[i] = head[h];
            head[h] = (uint32_t)i;
        }
    }
    /* the longest match of the position before: one shorter here, at the same offset (known
     * without comparing it again: runs of one byte would take MAX_LEN steps at each position) */
    size_t last_len = 0, last_off = 0;
    for (size_t i = 0; ok && i < n; i++) {
        ps->cand_start[i] = (uint32_t)count;
        size_t reached = 1, room = n - i < MAX_LEN ? n - i : MAX_LEN;
        unsigned tries = 0;
        for (uint32_t j = i + 1 < n ? prev[i] : UINT32_MAX;
             j != UINT32_MAX && i - j <= LZ_MAX_OFFSET && tries < MAX_CHAIN && reached < room &&
             reached < SHORT_LEN;   /* a long match found: farther ones would hardly pay */
             j = prev[j], tries++) {
            size_t l = i - j == last_off && last_len > 1 ? last_len - 1 : 0;
            while (l < room && src[j + l] == src[i + l]) l++;
            if (l <= reached) continue;
            if (count == cap) {
                cap *= 2;
                uint32_t *a = realloc(ps->cand_len, cap * sizeof *a);
                if (a) ps->cand_len = a;
                uint32_t *b = realloc(ps->cand_off, cap * sizeof *b);
                if (b) ps->cand_off = b;
                if (!a || !b) {
                    ok = 0;
                    break;
                }
            }
            ps->cand_len[count] = (uint32_t)l;
            ps->cand_off[count] = (uint32_t)(i - j);
            count++;
            reached = l;
        }
        last_len = count > ps->cand_start[i] ? ps->cand_len[count - 1] : 0;
        last_off = last_len ? ps->cand_off[count - 1] : 0;
    }
    if (ok) ps->cand_start[n] = (uint32_t)count;
    free(prev);
    free(head);
    return ok;
}

/* Codes the cheapest way to the end into dst; returns the length (0: did not fit). */
static size_t code_ways(const parse *ps, coder *c, uint8_t *dst, size_t cap) {
    size_t n = ps->n, items = 0;
    const way *w = ps->ways;
    unsigned k = 0;
    for (unsigned i = 1; i < K; i++)
        if (w[n * K + i].used && w[n * K + i].cost < w[n * K + k].cost) k = i;
    /* follow the way back, noting where each item starts */
    uint32_t *at = malloc((n + 1) * sizeof *at);
    uint8_t *ks = malloc(n + 1);
    if (!at || !ks) {
        free(at), free(ks);
        return 0;
    }
    for (size_t i = n; i > 0; items++) {
        at[items] = (uint32_t)i;
        ks[items] = (uint8_t)k;
        const way *x = &w[i * K + k];
        k = x->k;
        i = x->from;
    }
    memset(c, 0, sizeof *c);
    c->p = dst, c->end = dst + cap;
    c->range = 1u << 24;   /* the decoder starts at 1: its first three bytes make this */
    c->pending = 1;
    c->skip = 2;           /* the carry byte and the top byte of a range of 2^24: 0 */
    for (unsigned i = 0; i < LZ_NPROB; i++) c->prob[i] = 2048;
    unsigned m = 0;
    for (size_t i = 0; items--;) {
        const way *x = &w[at[items] * K + ks[items]];
        size_t len = at[items] - i;
        put_bit(c, LZ_P_FLAG + m, x->kind != LITERAL);
        if (x->kind == LITERAL) {
            put_tree(c, LZ_P_LIT, ps->src[i], 8);
        } else {
            if (!m) put_bit(c, LZ_P_REP, x->kind == REPEAT);
            put_number(c, LZ_P_LEN, (uint32_t)len - 1);
            if (x->kind == COPY) put_number(c, LZ_P_OFF + (len > 2) * LZ_NUM, x->off);
        }
        m = x->kind != LITERAL;
        i += len;
    }
    if (n)
        for (int i = 0; i < 5; i++) shift_low(c);
    free(at), free(ks);
    return c->full ? 0 : (size_t)(c->p - dst);
}

size_t lz_pack(uint8_t *dst, size_t cap, const uint8_t *src, size_t n) {
    parse ps = {src, n, NULL, NULL, NULL, NULL};
    prices *pr = malloc(sizeof *pr);
    coder *c = calloc(1, sizeof *c);
    uint8_t *tmp = malloc(cap ? cap : 1);
    size_t best = 0;
    ps.ways = malloc((n + 1) * K * sizeof *ps.ways);
    if (pr && c && tmp && ps.ways && find_candidates(&ps)) {
        set_prices(pr, NULL);
        for (int pass = 0; pass < PASSES; pass++) {
            find_ways(&ps, pr);
            size_t got = code_ways(&ps, c, tmp, cap);
            if (got && (!best || got < best)) {
                best = got;
                memcpy(dst, tmp, got);
            }
            set_prices(pr, c->seen);
        }
    }
    free(ps.ways), free(ps.cand_start), free(ps.cand_len), free(ps.cand_off);
    free(pr), free(c), free(tmp);
    return best;
}
