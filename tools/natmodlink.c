/* natmodlink: makes a native module's .enm file (core/frozen.h "native modules") from two
 * links of the same module at different addresses (ports/esp8266/natmod.ld, mk/natmod.mk).
 *
 * usage: natmodlink A.bin B.bin BASE_A DELTA OUT.enm
 *
 * A.bin is the module linked at BASE_A, B.bin the same at BASE_A + DELTA (raw bytes, objcopy
 * -O binary).  A word that differs between them holds an address inside the module: it must
 * differ by exactly DELTA (anything else means code that cannot be moved, such as a direct
 * CALL0 out of the module: the module must be compiled with -mlongcalls and linked with
 * --no-relax).  Those words become offsets from the head and their indexes the relocation
 * table, which `espy build` applies when it places the module in a bundle.  DELTA is not a
 * multiple of 64 kB so that a section wanting more than FZ_NAT_ALIGN shows up as a
 * difference in layout. */
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
    if (argc != 6) return fail("usage: natmodlink A.bin B.bin BASE_A DELTA OUT.enm", "");
    size_t la, lb;
    uint8_t *a = read_all(argv[1], &la), *b = read_all(argv[2], &lb);
    if (!a) return fail("cannot read ", argv[1]);
    if (!b) return fail("cannot read ", argv[2]);
    uint32_t base = (uint32_t)strtoul(argv[3], NULL, 0), delta = (uint32_t)strtoul(argv[4], NULL, 0);
    if (la != lb) return fail("the two links differ in size: a section is aligned to more than "
                              "16 bytes, or code depends on its address: ", argv[1]);
    if (la % 4 || la < FZ_NAT_WORDS * 4 || rd32(a) != FZ_NAT_MAGIC)
        return fail("no native module head at the start of ", argv[1]);
    if (la / 4 > 0x10000) return fail("module over 256 kB: ", argv[1]);
    size_t nwords = la / 4, nrel = 0;
    uint16_t *rel = malloc(nwords * sizeof *rel);
    if (!rel) return fail("out of memory", "");
    for (size_t i = 0; i < nwords; i++) {
        uint32_t wa = rd32(a + 4 * i), wb = rd32(b + 4 * i);
        if (wa == wb) continue;
        if (wb - wa != delta || wa - base > la) {
            fprintf(stderr, "natmodlink: %s: word %zu (0x%08X vs 0x%08X) is neither the same in both "
                    "links nor an address inside the module\n", argv[1], i, (unsigned)wa, (unsigned)wb);
            return 1;
        }
        wr32(a + 4 * i, wa - base);
        rel[nrel++] = (uint16_t)i;
    }
    wr32(a + 4 * FZ_NAT_SIZE, (uint32_t)la);
    wr32(a + 4 * FZ_NAT_NRELOCS, (uint32_t)nrel);
    if (rd32(a + 4 * FZ_NAT_MODULE) >= la) return fail("module object outside the module: ", argv[1]);
    FILE *f = fopen(argv[5], "wb");
    if (!f) return fail("cannot write ", argv[5]);
    uint8_t pad[2] = {0, 0};
    fwrite(a, 1, la, f);
    for (size_t i = 0; i < nrel; i++) {
        uint8_t le[2] = {(uint8_t)rel[i], (uint8_t)(rel[i] >> 8)};
        fwrite(le, 1, 2, f);
    }
    if (nrel % 2) fwrite(pad, 1, 2, f);
    if (fclose(f) != 0) return fail("error writing ", argv[5]);
    return 0;
}
