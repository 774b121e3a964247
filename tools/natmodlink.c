/* natmodlink: makes a native module's .enm file (core/frozen.h "native modules") from two
 * links of the same module at different addresses (ports/esp8266/natmod.ld, mk/natmod.mk).
 *
 * usage: natmodlink A.bin B.bin BASE_A DELTA FIRMWARE.bin OUT.enm
 *
 * A.bin is the module linked at BASE_A, B.bin the same at BASE_A + DELTA (raw bytes, objcopy
 * -O binary).  What differs between them is what must change when the module moves:
 * - an aligned word that differs by exactly DELTA holds an address inside the module;
 * - a CALL0 into the firmware (its 18-bit offset is PC-relative) differs in its offset field,
 *   and decodes to the same target in both.
 * Anything else that differs fails (a section aligned to more than 16 bytes shows up that way:
 * DELTA is not a multiple of 64 kB).  As a check of the whole, A relocated by the two tables to
 * BASE_A + DELTA must give B byte for byte.  The .enm is A with the sizes in its head and the
 * two tables after it (word indexes, then gaps between calls: uint16 each); `espy build`
 * applies them where it places the module.  FIRMWARE.bin is the image of the firmware the module
 * was linked against: its build word goes into the head, so that the module is refused with
 * any other. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "frozen.h"

static int fail(const char *msg, const char *arg) {
    fprintf(stderr, "natmodlink: %s%s\n", msg, arg);
    return 1;
}

static uint8_t *read_all(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    uint8_t *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap) break;
        uint8_t *nb = realloc(buf, cap *= 2);
        if (!nb) free(buf);
        buf = nb;
    }
    fclose(f);
    *len = n;
    return buf;
}

static uint32_t rd32(const uint8_t *p) {
    return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void wr32(uint8_t *p, uint32_t v) {
    for (int i = 0; i < 4; i++) p[i] = (uint8_t)(v >> 8 * i);
}

int main(int argc, char **argv) {
    if (argc != 7) return fail("usage: natmodlink A.bin B.bin BASE_A DELTA FIRMWARE.bin OUT.enm", "");
    size_t la, lb;
    uint8_t *a = read_all(argv[1], &la), *b = read_all(argv[2], &lb);
    if (!a) return fail("cannot read ", argv[1]);
    if (!b) return fail("cannot read ", argv[2]);
    size_t lf;
    uint8_t *fw = read_all(argv[5], &lf);
    if (!fw || lf < FZ_ABI_OFFSET + FZ_ABI_WORDS * 4 || rd32(fw + FZ_ABI_OFFSET) != FZ_ABI_MAGIC)
        return fail("no espy firmware image with an ABI table: ", argv[5]);
    uint32_t base = (uint32_t)strtoul(argv[3], NULL, 0), delta = (uint32_t)strtoul(argv[4], NULL, 0);
    if (la != lb) return fail("the two links differ in size: a section is aligned to more than "
                              "16 bytes, or code depends on its address: ", argv[1]);
    if (la % 4 || la < FZ_NAT_WORDS * 4 || rd32(a) != FZ_NAT_MAGIC || rd32(a + 4 * FZ_NAT_LINKED) != base)
        return fail("no native module head at the start of ", argv[1]);
    if (la / 4 > 0x10000) return fail("module over 256 kB: ", argv[1]);
    uint16_t *rel = malloc(la / 4 * sizeof *rel);
    uint32_t *calls = malloc(la / 3 * sizeof *calls);
    uint8_t *check = malloc(la);
    if (!rel || !calls || !check) return fail("out of memory", "");
    size_t nrel = 0, ncalls = 0;
    for (size_t i = 0; i < la / 4; i++) {
        uint32_t wa = rd32(a + 4 * i), wb = rd32(b + 4 * i);
        if (wb - wa == delta && wa - base <= la) rel[nrel++] = (uint16_t)i;
    }
    /* the bytes the words do not explain: CALL0s out of the module, one at a time */
    memcpy(check, a, la);
    for (size_t k = 0; k < nrel; k++) wr32(check + 4 * rel[k], rd32(a + 4 * rel[k]) + delta);
    for (size_t p = 0; p < la; p++) {
        if (check[p] == b[p]) continue;
        size_t q = p >= 2 ? p - 2 : 0, found = la;
        for (; q <= p && found == la; q++)
            if (q + 3 <= la && fz_is_call0(a + q) && fz_is_call0(b + q) &&
                fz_call0_target(a + q, base + (uint32_t)q) == fz_call0_target(b + q, base + delta + (uint32_t)q) &&
                fz_call0_target(a + q, base + (uint32_t)q) - base >= la)
                found = q;
        if (found == la) {
            fprintf(stderr, "natmodlink: %s: byte %zu differs between the links and is neither an "
                    "address inside the module nor a CALL0 out of it\n", argv[1], p);
            return 1;
        }
        if (fz_call0_aim(check + found, base + delta + (uint32_t)found, fz_call0_target(a + found, base + (uint32_t)found)))
            return fail("a CALL0 out of reach in the second link: ", argv[1]);
        if (found - (ncalls ? calls[ncalls - 1] : 0) > 0xFFFF)
            return fail("64 kB without a call between two calls (the call table stores 16-bit gaps): ", argv[1]);
        calls[ncalls++] = (uint32_t)found;
        p = found + 2;
    }
    if (memcmp(check, b, la) != 0) return fail("the relocation tables do not explain the second link: ", argv[1]);
    wr32(a + 4 * FZ_NAT_SIZE, (uint32_t)la);
    wr32(a + 4 * FZ_NAT_NRELOCS, (uint32_t)nrel);
    wr32(a + 4 * FZ_NAT_NCALLS, (uint32_t)ncalls);
    wr32(a + 4 * FZ_NAT_BUILD, rd32(fw + FZ_ABI_OFFSET + 4 * FZ_ABI_BUILD));
    if (rd32(a + 4 * FZ_NAT_MODULE) - base >= la) return fail("module object outside the module: ", argv[1]);
    FILE *f = fopen(argv[6], "wb");
    if (!f) return fail("cannot write ", argv[6]);
    fwrite(a, 1, la, f);
    for (size_t i = 0; i < nrel; i++) {
        uint8_t le[2] = {(uint8_t)rel[i], (uint8_t)(rel[i] >> 8)};
        fwrite(le, 1, 2, f);
    }
    for (size_t i = 0; i < ncalls; i++) {
        uint32_t gap = calls[i] - (i ? calls[i - 1] : 0);
        uint8_t le[2] = {(uint8_t)gap, (uint8_t)(gap >> 8)};
        fwrite(le, 1, 2, f);
    }
    if ((nrel + ncalls) % 2) fwrite("\0\0", 1, 2, f);
    if (fclose(f) != 0) return fail("error writing ", argv[6]);
    return 0;
}
