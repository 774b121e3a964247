/* Native modules for `espy build`: where they come from and how they are moved (bake_native.h).
 * A module's relocation table lists the words that hold an address inside it; placing it at
 * another address adds the distance to each of them.  Everything else in it (code, literals
 * with the firmware's addresses, constants) is copied as it is. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "bake_native.h"
#include "frozen.h"
#include "crc32.h"
#include "image.h"
#include "names.h"

static uint32_t rd32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void wr32(uint8_t *p, uint32_t v) {
    for (int i = 0; i < 4; i++) p[i] = (uint8_t)(v >> 8 * i);
}

static void add(NativeSet *s, const uint8_t *m, size_t total) {
    for (size_t i = 0; i < s->n; i++)
        if (s->v[i].bytes == m) return;   /* a second index entry (its other name) */
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 16;
        s->v = realloc(s->v, s->cap * sizeof *s->v);
        if (!s->v) exit(2);
    }
    uint32_t names = rd32(m + 4 * FZ_NAT_NAMES);
    s->v[s->n++] = (NativeMod){m, total, {(uint16_t)names, (uint16_t)(names >> 16)}, false};
}

NativeMod *native_add_file(NativeSet *s, const char *path, uint32_t build) {
    size_t len, total, n;
    uint8_t *buf = image_read_file(path, &len);
    if (!buf) return NULL;
    const char *why = image_natmod_check(buf, len, NAME_STATIC_COUNT, &total);
    if (!why && total != len) why = "bytes after the module";
    if (!why && rd32(buf + 4 * FZ_NAT_BUILD) != build) why = "linked against another firmware build than the base image's";
    const char *name = why ? NULL : name_chars(rd32(buf + 4 * FZ_NAT_NAMES) & 0xFFFF, &n);
    if (name && native_find(s, name, n)) why = "a native module of that name is given twice";
    if (why) {
        fprintf(stderr, "espy build: %s: %s\n", path, why);
        free(buf);
        return NULL;
    }
    s->owned = realloc(s->owned, (s->nowned + 1) * sizeof *s->owned);
    if (!s->owned) exit(2);
    s->owned[s->nowned++] = buf;
    add(s, buf, total);
    return &s->v[s->n - 1];
}

const char *native_add_bundle(NativeSet *s, const uint8_t *b, size_t avail, uint32_t addr, uint32_t abi_id) {
    if (avail < FZ_HDR_WORDS * 4 || rd32(b) != FZ_MAGIC) return NULL;
    if (rd32(b + 4 * FZ_HDR_VERSION) != FZ_VERSION) return "format version differs";
    uint32_t size = rd32(b + 4 * FZ_HDR_SIZE), nmods = rd32(b + 4 * FZ_HDR_NMODS);
    uint32_t index = rd32(b + 4 * FZ_HDR_INDEX);
    if (size > avail || size < FZ_HDR_WORDS * 4 || size % 4 || rd32(b + 4 * FZ_HDR_BASE) != addr ||
        rd32(b + 4 * FZ_HDR_ABI) != abi_id ||
        crc32_update(0, b + FZ_HDR_CRC_FROM, size - FZ_HDR_CRC_FROM) != rd32(b + 4 * FZ_HDR_CRC) ||
        index % 4 || index > size || (uint64_t)nmods * FZ_MOD_WORDS * 4 > size - index)
        return "it does not pass its checks (espy image verify tells why)";
    for (uint32_t i = 0; i < nmods; i++) {
        const uint8_t *e = b + index + 4 * FZ_MOD_WORDS * i;
        if (!(rd32(e + 4 * FZ_MOD_FLAGS) & FZ_MOD_NATIVE)) continue;
        uint32_t head = rd32(e + 4 * FZ_MOD_CODE), off = head - addr;
        size_t total;
        if (off % 4 || off >= size || image_natmod_check(b + off, size - off, NAME_STATIC_COUNT, &total) ||
            rd32(b + off + 4 * FZ_NAT_LINKED) != head)
            continue;
        add(s, b + off, total);
    }
    return NULL;
}

NativeMod *native_find(NativeSet *s, const char *name, size_t len) {
    for (size_t i = 0; i < s->n; i++)
        for (int k = 0; k < 2; k++) {
            size_t n;
            const char *chars = s->v[i].names[k] ? name_chars(s->v[i].names[k], &n) : NULL;
            if (chars && n == len && memcmp(chars, name, len) == 0) return &s->v[i];
        }
    return NULL;
}

int native_place(const NativeMod *m, uint8_t *dst, uint32_t addr) {
    memcpy(dst, m->bytes, m->total);
    uint32_t size = rd32(m->bytes + 4 * FZ_NAT_SIZE), nrel = rd32(m->bytes + 4 * FZ_NAT_NRELOCS);
    uint32_t ncalls = rd32(m->bytes + 4 * FZ_NAT_NCALLS), from = rd32(m->bytes + 4 * FZ_NAT_LINKED);
    const uint8_t *rel = m->bytes + size, *gaps = rel + 2 * (size_t)nrel;
    for (uint32_t i = 0; i < nrel; i++) {
        uint8_t *w = dst + 4 * (rel[2 * i] | rel[2 * i + 1] << 8);
        wr32(w, rd32(w) - from + addr);
    }
    for (uint32_t i = 0, at = 0; i < ncalls; i++) {
        at += (uint32_t)(gaps[2 * i] | gaps[2 * i + 1] << 8);
        if (fz_call0_aim(dst + at, addr + at, fz_call0_target(m->bytes + at, from + at)) != 0) return -1;
    }
    return 0;
}

void native_free(NativeSet *s) {
    for (size_t i = 0; i < s->nowned; i++) free(s->owned[i]);
    free(s->owned);
    free(s->v);
    memset(s, 0, sizeof *s);
}
