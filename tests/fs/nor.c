/* Simulated NOR flash for the ffs tests (see fstest.h). */
#include <stdlib.h>
#include <string.h>

#include "fstest.h"

#define SECT 4096u

uint32_t nor_rand(nor *n) {
    /* xorshift32 */
    uint32_t x = n->rng ? n->rng : 0x9E3779B9u;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return n->rng = x;
}

static int nor_read(void *ctx, uint32_t off, void *buf, uint32_t len) {
    nor *n = ctx;
    if (n->off)
        return -1;
    if (off > n->nsect * SECT || len > n->nsect * SECT - off) {
        n->bad_calls++;
        return -1;
    }
    n->reads++;
    n->read_bytes += len;
    if (n->read_budget && n->reads > n->read_budget) {
        fprintf(stderr, "nor: read budget exceeded (endless loop?)\n");
        abort();
    }
    memcpy(buf, n->mem + off, len);
    return 0;
}

void nor_partial(nor *n, int kind, int is_erase, uint32_t off, const void *buf, uint32_t len) {
    if (is_erase) {
        uint8_t *p = n->mem + off * SECT;   /* off is the sector number */
        for (uint32_t i = 0; i < SECT; i++) {
            if (kind == 2) {   /* cut early: a few bits have gone to 1 */
                p[i] |= (uint8_t)(nor_rand(n) & nor_rand(n) & nor_rand(n) & nor_rand(n) & nor_rand(n));
                continue;
            }
            uint32_t r = nor_rand(n) % 3;
            if (r == 0)
                p[i] = 0xFF;
            else if (r == 1)
                p[i] = (uint8_t)nor_rand(n);
        }
    } else {
        const uint8_t *s = buf;
        for (uint32_t i = 0; i < len; i++)
            if (kind == 2 ? i < len / 2 : (nor_rand(n) & 1))
                n->mem[off + i] &= s[i];
    }
}

/* common part of prog and erase: returns 1 if the op must not be performed */
static int op_begin(nor *n, int is_erase, uint32_t off, const void *buf, uint32_t len) {
    n->ops++;
    if (n->hook)
        n->hook(n, is_erase, off, buf, len);
    if (n->cut_at && n->ops == n->cut_at) {
        if (n->cut_partial)
            nor_partial(n, n->cut_partial, is_erase, off, buf, len);
        n->off = 1;
        return 1;
    }
    return 0;
}

static int nor_prog(void *ctx, uint32_t off, const void *buf, uint32_t len) {
    nor *n = ctx;
    const uint8_t *s = buf;
    if (n->off)
        return -1;
    if (off > n->nsect * SECT || len > n->nsect * SECT - off || ((off | len) & 3u) ||
        ((uintptr_t)buf & 3u)) {
        n->bad_calls++;
        return -1;
    }
    if (op_begin(n, 0, off, buf, len))
        return -1;
    for (uint32_t i = 0; i < len; i++) {
        if ((n->mem[off + i] & s[i]) != s[i])
            n->violations++;
        n->mem[off + i] &= s[i];
    }
    n->prog_bytes += len;
    return 0;
}

static int nor_erase(void *ctx, uint32_t sector) {
    nor *n = ctx;
    if (n->off)
        return -1;
    if (sector >= n->nsect) {
        n->bad_calls++;
        return -1;
    }
    if (op_begin(n, 1, sector, NULL, 0))
        return -1;
    memset(n->mem + sector * SECT, 0xFF, SECT);
    n->erases[sector]++;
    return 0;
}

void nor_init(nor *n, uint32_t nsect) {
    memset(n, 0, sizeof *n);
    n->nsect = nsect;
    n->mem = malloc((size_t)nsect * SECT);
    n->erases = calloc(nsect, sizeof *n->erases);
    if (!n->mem || !n->erases) {
        fprintf(stderr, "nor: out of memory\n");
        exit(2);
    }
    memset(n->mem, 0xFF, (size_t)nsect * SECT);
    n->rng = 12345;
}

void nor_free(nor *n) {
    free(n->mem);
    free(n->erases);
    n->mem = NULL;
    n->erases = NULL;
}

void nor_flash(nor *n, ffs_flash *fl) {
    fl->ctx = n;
    fl->sector_size = SECT;
    fl->sector_count = n->nsect;
    fl->read = nor_read;
    fl->prog = nor_prog;
    fl->erase = nor_erase;
}

void nor_power_on(nor *n) {
    n->off = 0;
    n->cut_at = 0;
}

uint8_t tdata(uint32_t seed, uint32_t i) {
    uint32_t x = seed * 0x9E3779B1u + i * 0x85EBCA77u;
    x ^= x >> 15;
    x *= 0x2C1B3C6Du;
    x ^= x >> 12;
    return (uint8_t)(x ^ (x >> 24));
}

void tfill(uint8_t *buf, uint32_t seed, uint32_t off, uint32_t len) {
    for (uint32_t i = 0; i < len; i++)
        buf[i] = tdata(seed, off + i);
}
