/* `espy image`: inspect, verify, build and re-target ESP8266 flash images.
 *
 *   espy image info FILE                 header, segments, checksum, layout, bundle, flash use
 *   espy image verify FILE               silent unless something is wrong; exit 1 if so
 *   espy image from-elf ELF -o BIN [--flash-size 512K|1M|2M|4M] [--bundle-size N] [--limit N]
 *                                        build the flash image (used by `make firmware`);
 *                                        --limit fails the build when boot image + irom0
 *                                        exceed N bytes
 *   espy image relayout FILE --flash-size S [--bundle-size N] [-o OUT]
 *                                        rewrite the size nibble and the layout descriptor
 *
 * The format work is in lib/espimage.c and lib/esplayout.c; this file reads and writes files
 * and prints.  Built into build/espy, and standalone (-DIMAGE_STANDALONE) for the firmware
 * build so that `make firmware` does not depend on the rest of the host binary. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "espimage.h"
#include "esplayout.h"
#include "crc32.h"
#include "frozen.h"
#include "commands.h"
#include "image.h"

#define MAX_FILE (16u << 20)

static const char *prog = "espy image";

/* Read a whole file; NULL with a message on failure. */
uint8_t *image_read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "%s: cannot open %s: %s\n", prog, path, strerror(errno));
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    uint8_t *buf = malloc(cap);
    for (;;) {
        if (!buf) {
            fprintf(stderr, "%s: out of memory reading %s\n", prog, path);
            fclose(f);
            return NULL;
        }
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        if (cap >= MAX_FILE) {
            fprintf(stderr, "%s: %s is larger than %u MB\n", prog, path, MAX_FILE >> 20);
            free(buf);
            fclose(f);
            return NULL;
        }
        cap *= 2;
        uint8_t *nb = realloc(buf, cap);
        if (!nb)
            free(buf);
        buf = nb;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        fprintf(stderr, "%s: error reading %s\n", prog, path);
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

int image_write_file(const char *path, const uint8_t *data, size_t len) {
    FILE *f = fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "%s: cannot create %s: %s\n", prog, path, strerror(errno));
        return -1;
    }
    size_t w = fwrite(data, 1, len, f);
    if (fclose(f) != 0 || w != len) {
        fprintf(stderr, "%s: error writing %s\n", prog, path);
        return -1;
    }
    return 0;
}

/* ---- bundle ----------------------------------------------------------------------------
 * The frozen bundle (core/frozen.h, docs/bundle.md) in the layout's bundle region: checked the
 * way the firmware's loader checks it (magic, version, size, address, ABI id of this image's
 * firmware, CRC), and its modules listed.  Everything needed is in the image: module names
 * are interned names, resolved through the firmware's static name table (found through its
 * ABI table) or the bundle's own name segment.  Returns the number of problems, each printed
 * on stderr as "FILE: problem"; prints the bundle's summary and modules to `out` if non-NULL. */
static uint32_t rd32le(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* The bytes of name `id` (a Value's id) or NULL. */
static const uint8_t *bundle_name(const uint8_t *img, size_t len, const uint8_t *b, uint32_t size,
                                  uint32_t id, uint32_t *n) {
    const uint8_t *h = b;
    uint32_t first = rd32le(h + 4 * FZ_HDR_NAMES_FIRST), count = rd32le(h + 4 * FZ_HDR_NAMES_COUNT);
    const uint8_t *pool;
    size_t pool_end;
    uint32_t nl, off;
    if (id >= first) {
        if (id - first >= count) return NULL;
        const uint8_t *info = b + rd32le(h + 4 * FZ_HDR_NAMES_INFO) + 8 * (id - first);
        pool = b + rd32le(h + 4 * FZ_HDR_NAMES_POOL);
        pool_end = size - rd32le(h + 4 * FZ_HDR_NAMES_POOL);
        nl = info[4] | info[5] << 8;
        off = info[6] | info[7] << 8;
    } else {
        /* the firmware's static table, through its ABI table (frozen.h: fz_name_start); the
         * names lie back to back in its pool (no NUL) */
        const uint8_t *abi = img + FZ_ABI_OFFSET;
        if (len < FZ_ABI_OFFSET + FZ_ABI_WORDS * 4 || rd32le(abi) != FZ_ABI_MAGIC)
            return NULL;
        uint32_t names = rd32le(abi + 4 * FZ_ABI_NAMES_COUNT), shift = rd32le(abi + 4 * FZ_ABI_NAMES_SHIFT);
        size_t bo = rd32le(abi + 4 * FZ_ABI_NAMES_INFO) - (size_t)ESPLAYOUT_IROM_VADDR;
        size_t so = rd32le(abi + 4 * FZ_ABI_NAMES_STARTS) - (size_t)ESPLAYOUT_IROM_VADDR;
        size_t po = rd32le(abi + 4 * FZ_ABI_NAMES_POOL) - (size_t)ESPLAYOUT_IROM_VADDR;
        if (id >= names || shift > 16 || bo > len || ((size_t)(names >> shift) + 1) * 4 > len - bo ||
            so > len || (size_t)names + 1 > len - so || po > len)
            return NULL;
        pool = img + po;
        pool_end = len - po;
        off = fz_name_start(img + bo, img + so, shift, id);
        uint32_t next = fz_name_start(img + bo, img + so, shift, id + 1);
        if (next < off) return NULL;
        nl = next - off;
    }
    if (off > pool_end || nl > pool_end - off) return NULL;
    *n = nl;
    return pool + off;
}

void image_abi_seal(uint8_t *img, size_t len, size_t fw_end) {
    size_t at = FZ_ABI_OFFSET + 4 * FZ_ABI_BUILD;
    if (len < FZ_ABI_OFFSET + FZ_ABI_WORDS * 4 || rd32le(img + FZ_ABI_OFFSET) != FZ_ABI_MAGIC || fw_end > len)
        return;   /* not an espy application (the self-test has no ABI table) */
    static const uint8_t zeros[ESPLAYOUT_SIZE];
    memset(img + at, 0, 4);
    uint32_t crc = crc32_update(0, img, ESPLAYOUT_IROM_START);
    crc = crc32_update(crc, zeros, ESPLAYOUT_SIZE);
    crc = crc32_update(crc, img + ESPLAYOUT_IROM_START + ESPLAYOUT_SIZE, fw_end - ESPLAYOUT_IROM_START - ESPLAYOUT_SIZE);
    for (int i = 0; i < 4; i++) img[at + i] = (uint8_t)(crc >> 8 * i);
}

const char *image_natmod_check(const uint8_t *m, size_t avail, uint32_t nnames, size_t *total) {
    if (avail < FZ_NAT_WORDS * 4 || rd32le(m) != FZ_NAT_MAGIC) return "not a native module (bad magic)";
    uint32_t size = rd32le(m + 4 * FZ_NAT_SIZE), nrel = rd32le(m + 4 * FZ_NAT_NRELOCS);
    uint32_t ncalls = rd32le(m + 4 * FZ_NAT_NCALLS), linked = rd32le(m + 4 * FZ_NAT_LINKED);
    size_t tables = (2 * ((size_t)nrel + ncalls) + 3) & ~(size_t)3;
    if (size % 4 || size < FZ_NAT_WORDS * 4 || size > avail || nrel > size / 4 || ncalls > size / 3 ||
        avail - size < tables)
        return "native module size or relocation count out of bounds";
    const uint8_t *rel = m + size, *gaps = rel + 2 * (size_t)nrel;
    for (uint32_t i = 0; i < nrel; i++) {
        uint32_t w = (uint32_t)(rel[2 * i] | rel[2 * i + 1] << 8);
        if (w >= size / 4 || rd32le(m + 4 * w) - linked > size)
            return "native module relocation outside the module";
    }
    for (uint32_t i = 0, at = 0; i < ncalls; i++) {
        at += (uint32_t)(gaps[2 * i] | gaps[2 * i + 1] << 8);
        if (at > size - 3 || !fz_is_call0(m + at)) return "native module call table does not point at calls";
    }
    if (rd32le(m + 4 * FZ_NAT_MODULE) - linked >= size) return "native module object outside the module";
    uint32_t names = rd32le(m + 4 * FZ_NAT_NAMES);
    if ((names & 0xFFFF) == 0 || (names & 0xFFFF) >= nnames || names >> 16 >= nnames)
        return "native module names not in the firmware's static table";
    *total = size + tables;
    return NULL;
}

static int image_bundle_check(const char *path, const uint8_t *img, size_t len,
                              const esplayout *l, FILE *out) {
    size_t start = l->bundle_start;
    size_t avail = len > start ? len - start : 0;
    if (avail > l->bundle_size) avail = l->bundle_size;
    const uint8_t *b = img + start;
    if (avail < 4 || rd32le(b) == 0xFFFFFFFFu) {
        if (out) fprintf(out, "bundle: none (region empty)\n");
        return 0;
    }
    const char *why = NULL;
    uint32_t size = avail >= FZ_HDR_WORDS * 4 ? rd32le(b + 4 * FZ_HDR_SIZE) : 0;
    uint32_t abi_id = 0;
    if (len >= FZ_ABI_OFFSET + FZ_ABI_WORDS * 4 && rd32le(img + FZ_ABI_OFFSET) == FZ_ABI_MAGIC)
        abi_id = crc32_update(0, img + FZ_ABI_OFFSET, FZ_ABI_WORDS * 4);
    if (avail < FZ_HDR_WORDS * 4 || rd32le(b) != FZ_MAGIC)
        why = "bad magic (the region holds something that is not a bundle)";
    else if (rd32le(b + 4 * FZ_HDR_VERSION) != FZ_VERSION)
        why = "format version differs from this espy's";
    else if (size < FZ_HDR_WORDS * 4 || size % 4 || size > l->bundle_size)
        why = "size is larger than its region or malformed";
    else if (size > avail)
        why = "the file ends inside the bundle";
    else if (rd32le(b + 4 * FZ_HDR_BASE) != ESPLAYOUT_IROM_VADDR + l->bundle_start)
        why = "baked for another flash address";
    else if (!abi_id || rd32le(b + 4 * FZ_HDR_ABI) != abi_id)
        why = "baked for another firmware build";
    else if (crc32_update(0, b + FZ_HDR_CRC_FROM, size - FZ_HDR_CRC_FROM) != rd32le(b + 4 * FZ_HDR_CRC))
        why = "CRC mismatch";
    uint32_t nmods = why ? 0 : rd32le(b + 4 * FZ_HDR_NMODS);
    uint32_t index = why ? 0 : rd32le(b + 4 * FZ_HDR_INDEX);
    if (!why && (index % 4 || index > size || (uint64_t)nmods * FZ_MOD_WORDS * 4 > size - index))
        why = "module index outside the bundle";
    for (uint32_t i = 0; i < nmods && !why; i++) {
        const uint8_t *e = b + index + 4 * FZ_MOD_WORDS * i;
        uint32_t at = rd32le(e + 4 * FZ_MOD_CODE) - (ESPLAYOUT_IROM_VADDR + l->bundle_start);
        size_t total;
        if ((rd32le(e + 4 * FZ_MOD_FLAGS) & FZ_MOD_NATIVE) &&
            (at % 4 || at >= size ||
             image_natmod_check(b + at, size - at, rd32le(b + 4 * FZ_HDR_NAMES_FIRST), &total) ||
             rd32le(b + at + 4 * FZ_NAT_LINKED) != at + ESPLAYOUT_IROM_VADDR + l->bundle_start))
            why = "bad native module";
    }
    if (why) {
        fprintf(stderr, "%s: bundle at 0x%05zX: %s\n", path, start, why);
        if (out) fprintf(out, "bundle: BAD (%s)\n", why);
        return 1;
    }
    if (out) {
        /* Python modules, and native ones: those have an index entry per name */
        uint32_t nnative = 0, nentries = 0;
        for (uint32_t i = 0; i < nmods; i++) {
            const uint8_t *e = b + index + 4 * FZ_MOD_WORDS * i;
            if (!(rd32le(e + 4 * FZ_MOD_FLAGS) & FZ_MOD_NATIVE)) continue;
            const uint8_t *head = b + rd32le(e + 4 * FZ_MOD_CODE) - (ESPLAYOUT_IROM_VADDR + l->bundle_start);
            nentries++;
            nnative += rd32le(e + 4 * FZ_MOD_NAME) >> 2 == (rd32le(head + 4 * FZ_NAT_NAMES) & 0xFFFF);
        }
        fprintf(out, "bundle: %u modules", nmods - nentries);
        if (nnative) fprintf(out, " + %u native", nnative);
        fprintf(out, ", %u bytes (of %u), %u names, from %u bytes of source; "
                "CRC 0x%08X ok, ABI 0x%08X\n", size, l->bundle_size,
                rd32le(b + 4 * FZ_HDR_NAMES_COUNT), rd32le(b + 4 * FZ_HDR_SOURCE_BYTES),
                rd32le(b + 4 * FZ_HDR_CRC), abi_id);
        for (uint32_t i = 0; i < nmods; i++) {
            const uint8_t *e = b + index + 4 * FZ_MOD_WORDS * i;
            uint32_t v = rd32le(e + 4 * FZ_MOD_NAME), n = 0;
            const uint8_t *name = (v & 3) == 2 ? bundle_name(img, len, b, size, v >> 2, &n) : NULL;
            uint32_t code = rd32le(e + 4 * FZ_MOD_CODE), flags = rd32le(e + 4 * FZ_MOD_FLAGS);
            fprintf(out, "  module %-24.*s code 0x%08X", (int)n, name ? (const char *)name : "?", code);
            if (flags & FZ_MOD_NATIVE)
                fprintf(out, "  (native, %u bytes)", rd32le(b + code - (ESPLAYOUT_IROM_VADDR + l->bundle_start) + 4 * FZ_NAT_SIZE));
            fprintf(out, "%s\n", flags & FZ_MOD_PACKAGE ? "  (package)" : "");
        }
    }
    return 0;
}

/* ---- info / verify ---- */

static void print_flash_use(const espimage_info *in, FILE *out) {
    const esplayout *l = &in->layout;
    uint32_t fw = in->boot_len + (l->irom_end - l->irom_start);
    fprintf(out, "flash use (%s, %u bytes):\n", esplayout_size_name(l->flash_size), l->flash_size);
    fprintf(out, "  0x%05x-0x%05x  boot image   %7u bytes (%u before irom0)\n", 0u,
            in->boot_len - 1, in->boot_len, l->irom_start);
    fprintf(out, "  0x%05x-0x%05x  irom0        %7u bytes\n", l->irom_start, l->irom_end - 1,
            l->irom_end - l->irom_start);
    if (l->bundle_size)
        fprintf(out, "  0x%05x-0x%05x  bundle       %7u bytes\n", l->bundle_start,
                l->bundle_start + l->bundle_size - 1, l->bundle_size);
    else
        fprintf(out, "  0x%05x          bundle             0 bytes\n", l->bundle_start);
    if (l->fs_size)
        fprintf(out, "  0x%05x-0x%05x  filesystem   %7u bytes\n", l->fs_start,
                l->fs_start + l->fs_size - 1, l->fs_size);
    fprintf(out, "  0x%05x-0x%05x  reserved     %7u bytes (%u sectors)\n", l->reserved_start,
            l->flash_size - 1, l->reserved_sectors * ESPLAYOUT_SECTOR, l->reserved_sectors);
    fprintf(out, "  firmware %u bytes (boot + irom0); flash left after the firmware: %u bytes\n",
            fw, l->reserved_start - l->bundle_start);
}

static int image_info(const char *path, int verbose) {
    size_t len;
    uint8_t *img = image_read_file(path, &len);
    if (!img)
        return 2;
    espimage_info *in = malloc(sizeof *in);
    if (!in) {
        free(img);
        fprintf(stderr, "%s: out of memory\n", prog);
        return 2;
    }
    int nerr = espimage_parse(img, len, in);
    FILE *out = verbose ? stdout : NULL;
    if (out && in->magic == ESPIMAGE_MAGIC) {
        fprintf(out, "%s: %u bytes\n", path, in->file_len);
        fprintf(out, "header: magic 0x%02X, %u segments, flash mode %s, flash size %s, "
                "frequency nibble %u, entry 0x%08X\n", in->magic, in->nsegs,
                espimage_mode_name(in->mode),
                in->header_flash_size ? esplayout_size_name(in->header_flash_size) : "unknown",
                in->size_freq & 15u, in->entry);
        for (int i = 0; i < in->nparsed; i++) {
            fprintf(out, "segment %d: 0x%08X %6u bytes  %-5s (file offset 0x%05X)", i,
                    in->seg[i].addr, in->seg[i].len, espimage_class_name(in->seg[i].cls),
                    in->seg[i].offset);
            if (i == in->packed_seg)
                fprintf(out, ": IRAM code for 0x%08X, %u bytes packed into %u",
                        in->packed.dest, in->packed.size, in->packed.packed);
            fputc('\n', out);
        }
        if (in->has_csum)
            fprintf(out, "checksum: stored 0x%02X, computed 0x%02X: %s\n", in->csum_stored,
                    in->csum_computed, in->csum_stored == in->csum_computed ? "ok" : "BAD");
        fprintf(out, "boot image: %u bytes\n", in->boot_len);
        if (in->layout_err == ESPLAYOUT_OK) {
            const esplayout *l = &in->layout;
            fprintf(out, "layout: v%u at flash 0x%05X, flash %s, irom0 0x%05X-0x%05X, "
                    "bundle 0x%05X +%u, fs 0x%05X +%u, reserved 0x%05X (%u sectors)\n",
                    l->version, ESPLAYOUT_IROM_START, esplayout_size_name(l->flash_size),
                    l->irom_start, l->irom_end, l->bundle_start, l->bundle_size, l->fs_start,
                    l->fs_size, l->reserved_start, l->reserved_sectors);
        } else if (!in->has_irom) {
            fprintf(out, "layout: none (file ends before irom0 at 0x%05X)\n",
                    ESPLAYOUT_IROM_START);
        }
    }
    if (in->layout_err == ESPLAYOUT_OK) {
        nerr += image_bundle_check(path, img, len, &in->layout, out);
        if (out)
            print_flash_use(in, out);
    }
    for (int i = 0; i < in->nerr; i++)
        fprintf(stderr, "%s: %s\n", path, in->err[i]);
    if (out)
        fprintf(out, "%s\n", nerr ? "INCONSISTENT" : "consistent");
    free(in);
    free(img);
    return nerr ? 1 : 0;
}

/* ---- from-elf ---- */

/* Value of an ELF symbol, for the size report; 0 if absent. */
static uint32_t rd32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint32_t elf_symbol(const uint8_t *elf, size_t len, const char *name) {
    uint32_t shoff = rd32(elf + 32);
    uint32_t shentsize = elf[46] | elf[47] << 8, shnum = elf[48] | elf[49] << 8;
    if (shentsize < 40 || shoff > len || (uint64_t)shnum * shentsize > len - shoff)
        return 0;
    for (uint32_t i = 0; i < shnum; i++) {
        const uint8_t *sh = elf + shoff + i * shentsize;
        if (rd32(sh + 4) != 2)  /* SHT_SYMTAB */
            continue;
        uint32_t off = rd32(sh + 16), size = rd32(sh + 20), link = rd32(sh + 24);
        if (link >= shnum || off > len || size > len - off)
            return 0;
        const uint8_t *strsh = elf + shoff + link * shentsize;
        uint32_t soff = rd32(strsh + 16), ssize = rd32(strsh + 20);
        if (soff > len || ssize > len - soff)
            return 0;
        for (uint32_t s = 0; s + 16 <= size; s += 16) {
            uint32_t nm = rd32(elf + off + s);
            if (nm < ssize && strncmp((const char *)elf + soff + nm, name, ssize - nm) == 0)
                return rd32(elf + off + s + 4);
        }
    }
    return 0;
}

static void size_report(const uint8_t *elf, size_t len, const espimage_build *b, uint32_t limit) {
#define SYM(n) elf_symbol(elf, len, n)
    uint32_t iram = SYM("_iram_end") - SYM("_iram_start");
    uint32_t stage = SYM("_stage_end") - SYM("_stage_start");
    uint32_t irom_text = SYM("_rodata_start") - SYM("_irom_start");
    uint32_t rodata = SYM("_rodata_end") - SYM("_rodata_start");
    uint32_t data = SYM("_data_end") - SYM("_data_start");
    uint32_t bss = SYM("_bss_end") - SYM("_bss_start");
    uint32_t heap = SYM("_heap_end") - SYM("_heap_start");
#undef SYM
    printf("firmware sections: iram text %u + boot stage %u (of 32768), irom0 text %u, "
           "rodata %u (irom0), data %u, bss %u; heap %u bytes of DRAM\n", iram, stage,
           irom_text, rodata, data, bss, heap);
    if (b->packed_to)
        printf("iram text packed: %u -> %u bytes in the boot image\n", b->packed_from,
               b->packed_to);
    printf("boot image %u bytes, irom0 %u bytes, firmware total %u bytes (target < 204800",
           b->boot_len, b->irom_len, b->boot_len + b->irom_len);
    if (limit)
        printf(", limit %u", limit);
    printf(")\n");
    if (b->boot_len + b->irom_len > 262144)
        printf("WARNING: the firmware is over 256 kB (issue 6's limit for boot image + irom0)\n");
}

static int parse_bundle_size(const char *s, uint32_t *out) {
    char *end;
    errno = 0;
    unsigned long v = strtoul(s, &end, 0);
    if (errno || end == s)
        return -1;
    if (*end == 'k' || *end == 'K')
        v *= 1024, end++;
    if (*end || v > 0x400000)
        return -1;
    *out = (uint32_t)v;
    return 0;
}

/* Shared option parsing for from-elf and relayout. */
typedef struct {
    const char *in, *out;
    uint32_t flash_size, bundle_size, limit;
    int size_given, bundle_given;
} image_opts;

static int parse_opts(int argc, char **argv, image_opts *o) {
    memset(o, 0, sizeof *o);
    o->flash_size = 0x80000;
    o->bundle_size = ESPLAYOUT_DEFAULT_BUNDLE;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if ((strcmp(a, "-o") == 0 || strcmp(a, "--flash-size") == 0 ||
             strcmp(a, "--bundle-size") == 0 || strcmp(a, "--limit") == 0) && i + 1 >= argc) {
            fprintf(stderr, "%s: %s needs a value\n", prog, a);
            return -1;
        }
        if (strcmp(a, "-o") == 0) {
            o->out = argv[++i];
        } else if (strcmp(a, "--flash-size") == 0) {
            o->flash_size = esplayout_parse_size(argv[++i]);
            o->size_given = 1;
            if (!o->flash_size) {
                fprintf(stderr, "%s: flash size must be 512K, 1M, 2M or 4M, not '%s'\n", prog,
                        argv[i]);
                return -1;
            }
        } else if (strcmp(a, "--bundle-size") == 0) {
            o->bundle_given = 1;
            if (parse_bundle_size(argv[++i], &o->bundle_size) != 0) {
                fprintf(stderr, "%s: bad bundle size '%s'\n", prog, argv[i]);
                return -1;
            }
        } else if (strcmp(a, "--limit") == 0) {
            if (parse_bundle_size(argv[++i], &o->limit) != 0) {
                fprintf(stderr, "%s: bad size limit '%s'\n", prog, argv[i]);
                return -1;
            }
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "%s: unknown option %s\n", prog, a);
            return -1;
        } else if (!o->in) {
            o->in = a;
        } else {
            fprintf(stderr, "%s: unexpected argument %s\n", prog, a);
            return -1;
        }
    }
    if (!o->in) {
        fprintf(stderr, "%s %s: no input file\n", prog, argv[1]);
        return -1;
    }
    return 0;
}

static int image_from_elf(int argc, char **argv) {
    image_opts o;
    if (parse_opts(argc, argv, &o) != 0)
        return 2;
    if (!o.out) {
        fprintf(stderr, "%s from-elf: -o OUTPUT is required\n", prog);
        return 2;
    }
    size_t len;
    uint8_t *elf = image_read_file(o.in, &len);
    if (!elf)
        return 2;
    uint8_t *out = malloc(ESPLAYOUT_WINDOW);
    espimage_build *b = malloc(sizeof *b);
    int rc = 1;
    if (!out || !b) {
        fprintf(stderr, "%s: out of memory\n", prog);
    } else if (espimage_from_elf(elf, len, o.flash_size, o.bundle_size, out, ESPLAYOUT_WINDOW,
                                 b) != 0) {
        fprintf(stderr, "%s: %s: %s\n", prog, o.in, b->err);
    } else if (o.limit && b->boot_len + b->irom_len > o.limit) {
        size_report(elf, len, b, o.limit);
        fprintf(stderr, "%s: %s: firmware is %u bytes, over the %u-byte limit\n", prog, o.in,
                b->boot_len + b->irom_len, o.limit);
    } else {
        image_abi_seal(out, b->len, ESPLAYOUT_IROM_START + b->irom_len);
        if (image_write_file(o.out, out, b->len) == 0) {
            size_report(elf, len, b, o.limit);
            rc = 0;
        }
    }
    free(b);
    free(out);
    free(elf);
    return rc;
}

static int image_relayout(int argc, char **argv) {
    image_opts o;
    if (parse_opts(argc, argv, &o) != 0)
        return 2;
    if (!o.size_given) {
        fprintf(stderr, "%s relayout: --flash-size is required\n", prog);
        return 2;
    }
    size_t len;
    uint8_t *img = image_read_file(o.in, &len);
    if (!img)
        return 2;
    /* the bundle region keeps its size unless told, and must hold the bundle the image has */
    esplayout old;
    uint32_t bundle = 0;
    if (len >= ESPLAYOUT_IROM_START + ESPLAYOUT_SIZE) {
        esplayout_load(&old, img + ESPLAYOUT_IROM_START);
        if (esplayout_validate(&old) == ESPLAYOUT_OK) {
            if (!o.bundle_given) o.bundle_size = old.bundle_size;
            if (len >= (size_t)old.bundle_start + FZ_HDR_WORDS * 4 && rd32le(img + old.bundle_start) == FZ_MAGIC)
                bundle = rd32le(img + old.bundle_start + 4 * FZ_HDR_SIZE);
        }
    }
    int r = espimage_relayout(img, len, o.flash_size, o.bundle_size), rc = 1;
    if (bundle > o.bundle_size)
        fprintf(stderr, "%s: %s: its bundle (%u bytes) does not fit a bundle region of %u bytes\n",
                prog, o.in, bundle, o.bundle_size);
    else if (r < 0)
        fprintf(stderr, "%s: %s: no valid image with a layout descriptor\n", prog, o.in);
    else if (r != ESPLAYOUT_OK)
        fprintf(stderr, "%s: %s: %s\n", prog, o.in, esplayout_strerror(r));
    else if (len > o.flash_size)
        fprintf(stderr, "%s: %s: image (%zu bytes) larger than a %s flash\n", prog, o.in, len,
                esplayout_size_name(o.flash_size));
    else
        rc = image_write_file(o.out ? o.out : o.in, img, len) == 0 ? 0 : 1;
    free(img);
    return rc;
}

static void usage(FILE *f) {
    fprintf(f, "usage: espy image info FILE\n"
               "       espy image verify FILE\n"
               "       espy image from-elf ELF -o BIN [--flash-size 512K|1M|2M|4M] "
               "[--bundle-size N] [--limit N]\n"
               "       espy image relayout FILE --flash-size SIZE [--bundle-size N] [-o OUT]\n");
}

int cmd_image(int argc, char **argv) {
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const char *sub = argv[1];
    if (strcmp(sub, "info") == 0 || strcmp(sub, "verify") == 0) {
        if (argc != 3) {
            fprintf(stderr, "usage: espy image %s FILE\n", sub);
            return 2;
        }
        return image_info(argv[2], sub[0] == 'i');
    }
    if (strcmp(sub, "from-elf") == 0)
        return image_from_elf(argc, argv);
    if (strcmp(sub, "relayout") == 0)
        return image_relayout(argc, argv);
    fprintf(stderr, "%s: unknown subcommand '%s'\n", prog, sub);
    usage(stderr);
    return 2;
}

#ifdef IMAGE_STANDALONE
int main(int argc, char **argv) {
    return cmd_image(argc, argv);  /* argv[0] stands in for "image" */
}
#endif
