/* ESP8266 v1 flash images: parse/verify and build from ELF.  Format notes in espimage.h and
 * docs/firmware.md. */
#include <stdlib.h>
#include <string.h>
#include "espimage.h"
#include "lz.h"

/* ---- little helpers: byte access and message formatting without stdio ---- */

static uint32_t rd32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static uint16_t rd16(const uint8_t *p) {
    return (uint16_t)(p[0] | p[1] << 8);
}
static void wr32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); p[2] = (uint8_t)(v >> 16); p[3] = (uint8_t)(v >> 24);
}

/* A tiny formatter: "%s" strings, "%x" as 0x-prefixed hex, "%d" unsigned decimal.  Output is
 * truncated to the buffer and always terminated. */
typedef struct { char *p; size_t left; } outbuf;

static void put_ch(outbuf *o, char c) {
    if (o->left > 1) { *o->p++ = c; o->left--; }
}
static void put_str(outbuf *o, const char *s) {
    while (*s) put_ch(o, *s++);
}
static void put_num(outbuf *o, uint32_t v, unsigned base) {
    char tmp[12];
    int n = 0;
    do { tmp[n++] = "0123456789ABCDEF"[v % base]; v /= base; } while (v);
    if (base == 16) { put_ch(o, '0'); put_ch(o, 'x'); }
    while (n) put_ch(o, tmp[--n]);
}
static void vformat(char *dst, size_t cap, const char *fmt, const uint32_t *nums,
                    const char *const *strs) {
    outbuf o = {dst, cap};
    for (; *fmt; fmt++) {
        if (fmt[0] == '%' && fmt[1]) {
            fmt++;
            if (*fmt == 's') put_str(&o, *strs++);
            else if (*fmt == 'x') put_num(&o, *nums++, 16);
            else if (*fmt == 'd') put_num(&o, *nums++, 10);
            else put_ch(&o, *fmt);
        } else {
            put_ch(&o, *fmt);
        }
    }
    *o.p = 0;
}

/* Record a problem.  `fmt` takes numbers from a[] in order, strings from s[] in order. */
static void problem(espimage_info *in, const char *fmt, uint32_t a0, uint32_t a1, uint32_t a2,
                    const char *s0) {
    if (in->nerr >= ESPIMAGE_MAX_ERRORS)
        return;
    uint32_t nums[3] = {a0, a1, a2};
    const char *strs[1] = {s0};
    vformat(in->err[in->nerr++], ESPIMAGE_MSG_LEN, fmt, nums, strs);
}

/* ---- tables ---- */

static const uint32_t nibble_sizes[16] = {
    0x80000, 0x40000, 0x100000, 0x200000, 0x400000, 0x200000, 0x400000, 0,
    0x800000, 0x1000000, 0, 0, 0, 0, 0, 0,
};

int espimage_size_nibble(uint32_t flash_size) {
    for (int i = 0; i < 16; i++)
        if (nibble_sizes[i] == flash_size)
            return i;  /* first match: the plain (not "-c1") variant */
    return -1;
}

uint32_t espimage_nibble_size(unsigned nibble) {
    return nibble_sizes[nibble & 15];
}

int espimage_addr_class(uint32_t addr, uint32_t len) {
    uint64_t end = (uint64_t)addr + len;
    if (addr >= ESPIMAGE_IRAM_START && end <= ESPIMAGE_IRAM_END)
        return ESPIMAGE_IRAM;
    if (addr >= ESPIMAGE_DRAM_START && end <= ESPIMAGE_DRAM_END)
        return ESPIMAGE_DRAM;
    if (addr >= ESPLAYOUT_IROM_VADDR && end <= ESPIMAGE_IROM_END)
        return ESPIMAGE_IROM;
    return ESPIMAGE_OTHER;
}

const char *espimage_class_name(int cls) {
    switch (cls) {
    case ESPIMAGE_IRAM: return "IRAM";
    case ESPIMAGE_DRAM: return "DRAM";
    case ESPIMAGE_IROM: return "irom0";
    default: return "outside RAM";
    }
}

const char *espimage_mode_name(uint8_t mode) {
    static const char *const names[4] = {"QIO", "QOUT", "DIO", "DOUT"};
    return mode < 4 ? names[mode] : "unknown";
}

uint8_t espimage_checksum(uint8_t seed, const uint8_t *data, size_t len) {
    for (size_t i = 0; i < len; i++)
        seed ^= data[i];
    return seed;
}

/* ---- parsing ---- */

static void parse_layout(const uint8_t *img, size_t len, espimage_info *in) {
    in->has_irom = len > ESPLAYOUT_IROM_START;
    in->layout_err = ESPLAYOUT_ERR_MAGIC;
    if (!in->has_irom)
        return;
    if (in->boot_len > ESPLAYOUT_IROM_START)
        problem(in, "boot image (%d bytes) runs into irom0 at %x", in->boot_len,
                ESPLAYOUT_IROM_START, 0, 0);
    if (len < ESPLAYOUT_IROM_START + ESPLAYOUT_SIZE) {
        problem(in, "irom0 region cut short (%d bytes)", (uint32_t)(len - ESPLAYOUT_IROM_START),
                0, 0, 0);
        return;
    }
    esplayout_load(&in->layout, img + ESPLAYOUT_IROM_START);
    in->layout_err = esplayout_validate(&in->layout);
    if (in->layout_err != ESPLAYOUT_OK) {
        problem(in, "layout descriptor at %x: %s", ESPLAYOUT_IROM_START, 0, 0,
                esplayout_strerror(in->layout_err));
        return;
    }
    const esplayout *l = &in->layout;
    if (in->header_flash_size && in->header_flash_size != l->flash_size)
        problem(in, "header flash size (%d kB) differs from the layout's (%d kB)",
                in->header_flash_size >> 10, l->flash_size >> 10, 0, 0);
    if (len < l->irom_end)
        problem(in, "irom0 code cut short: file ends at %x, code at %x", (uint32_t)len,
                l->irom_end, 0, 0);
    if (len > l->flash_size)
        problem(in, "image (%d bytes) too big for a %s flash", (uint32_t)len, 0, 0,
                esplayout_size_name(l->flash_size));
    else if (len > l->reserved_start && len > l->fs_start)
        problem(in, "image (%d bytes) runs into the reserved sectors at %x", (uint32_t)len,
                l->reserved_start, 0, 0);
}

/* The packed IRAM code, if a segment holds it: its head must describe IRAM that no other
 * segment loads, and its stream must unpack to exactly that size. */
static void check_packed(const uint8_t *img, espimage_info *in) {
    for (int i = 0; i < in->nparsed; i++) {
        const espimage_segment *s = &in->seg[i];
        if ((uint64_t)s->offset + s->len > in->file_len) break;   /* cut short: reported */
        if (s->addr != ESPIMAGE_PACKED_ADDR)
            continue;
        if (s->len < sizeof(espimage_packed) || rd32(img + s->offset) != ESPIMAGE_PACKED_MAGIC) {
            /* the boot stage would refuse it */
            problem(in, "segment %d at %x lacks the packed IRAM code's head", (uint32_t)i, s->addr,
                    0, 0);
            return;
        }
        espimage_packed *p = &in->packed;
        in->packed_seg = i;
        p->magic = ESPIMAGE_PACKED_MAGIC;
        p->dest = rd32(img + s->offset + 4);
        p->size = rd32(img + s->offset + 8);
        p->packed = rd32(img + s->offset + 12);
        if (espimage_addr_class(p->dest, p->size) != ESPIMAGE_IRAM || (p->size & 3))
            problem(in, "packed IRAM code unpacks to %x (%d bytes), not into IRAM", p->dest,
                    p->size, 0, 0);
        else if (p->packed > s->len - sizeof(espimage_packed) ||
                 lz_unpack(NULL, p->size, img + s->offset + sizeof(espimage_packed), p->packed))
            problem(in, "packed IRAM code in segment %d does not unpack", (uint32_t)i, 0, 0, 0);
        for (int j = 0; j < in->nparsed; j++) {
            const espimage_segment *o = &in->seg[j];
            if (o->cls == ESPIMAGE_IRAM && o->addr < (uint64_t)p->dest + p->size &&
                p->dest < (uint64_t)o->addr + o->len)
                problem(in, "segment %d overlaps the packed IRAM code at %x", (uint32_t)j,
                        p->dest, 0, 0);
        }
        return;
    }
}

int espimage_parse(const uint8_t *img, size_t len, espimage_info *in) {
    memset(in, 0, sizeof *in);
    in->packed_seg = -1;
    in->file_len = (uint32_t)len;
    in->layout_err = ESPLAYOUT_ERR_MAGIC;
    if (len < ESPIMAGE_HEADER_LEN) {
        problem(in, "file too short for an image header (%d bytes)", (uint32_t)len, 0, 0, 0);
        return in->nerr;
    }
    in->magic = img[0];
    in->nsegs = img[1];
    in->mode = img[2];
    in->size_freq = img[3];
    in->entry = rd32(img + 4);
    in->header_flash_size = espimage_nibble_size(in->size_freq >> 4);
    if (in->magic != ESPIMAGE_MAGIC) {
        problem(in, "bad magic %x (a v1 boot image starts with 0xE9)", in->magic, 0, 0, 0);
        return in->nerr;
    }
    if (in->nsegs == 0 || in->nsegs > ESPIMAGE_MAX_SEGMENTS)
        problem(in, "segment count %d not in 1..16", in->nsegs, 0, 0, 0);
    if (in->mode > ESPIMAGE_DOUT)
        problem(in, "unknown flash mode %d", in->mode, 0, 0, 0);
    if (in->header_flash_size == 0)
        problem(in, "unknown flash size nibble %d", (uint32_t)(in->size_freq >> 4), 0, 0, 0);
    unsigned freq = in->size_freq & 15;
    if (freq != 0 && freq != 1 && freq != 2 && freq != 15)
        problem(in, "unknown flash frequency nibble %d", freq, 0, 0, 0);

    size_t pos = ESPIMAGE_HEADER_LEN;
    uint8_t csum = ESPIMAGE_CSUM_SEED;
    int n = in->nsegs > ESPIMAGE_MAX_SEGMENTS ? ESPIMAGE_MAX_SEGMENTS : in->nsegs;
    int complete = 1;
    for (int i = 0; i < n; i++) {
        if (len - pos < 8) {
            problem(in, "segment %d header past the end of the file", (uint32_t)i, 0, 0, 0);
            complete = 0;
            break;
        }
        espimage_segment *s = &in->seg[i];
        s->addr = rd32(img + pos);
        s->len = rd32(img + pos + 4);
        s->offset = (uint32_t)(pos + 8);
        s->cls = espimage_addr_class(s->addr, s->len);
        in->nparsed = i + 1;
        if (s->len & 3)
            problem(in, "segment %d length %d not a multiple of 4", (uint32_t)i, s->len, 0, 0);
        if (s->cls == ESPIMAGE_IROM)
            problem(in, "segment %d at %x is in the irom0 window (the ROM cannot load it)",
                    (uint32_t)i, s->addr, 0, 0);
        else if (s->cls == ESPIMAGE_OTHER)
            problem(in, "segment %d at %x (%d bytes) outside IRAM/DRAM", (uint32_t)i, s->addr,
                    s->len, 0);
        if (s->len > len - pos - 8) {
            problem(in, "segment %d data (%d bytes) past the end of the file", (uint32_t)i,
                    s->len, 0, 0);
            complete = 0;
            break;
        }
        csum = espimage_checksum(csum, img + s->offset, s->len);
        pos = s->offset + s->len;
    }
    check_packed(img, in);
    for (int i = 0; i < in->nparsed; i++)
        for (int j = i + 1; j < in->nparsed; j++) {
            const espimage_segment *a = &in->seg[i], *b = &in->seg[j];
            if ((uint64_t)a->addr < (uint64_t)b->addr + b->len &&
                (uint64_t)b->addr < (uint64_t)a->addr + a->len)
                problem(in, "segments %d and %d overlap at %x", (uint32_t)i, (uint32_t)j,
                        a->addr > b->addr ? a->addr : b->addr, 0);
        }
    if (complete) {
        size_t cpos = pos | 15;  /* zero padding until offset % 16 == 15 */
        in->boot_len = (uint32_t)cpos + 1;
        if (cpos >= len) {
            problem(in, "checksum byte at %x past the end of the file", (uint32_t)cpos, 0, 0, 0);
        } else {
            in->has_csum = 1;
            in->csum_stored = img[cpos];
            in->csum_computed = csum;
            if (in->csum_stored != in->csum_computed)
                problem(in, "checksum mismatch: stored %x, computed %x", in->csum_stored,
                        in->csum_computed, 0, 0);
        }
        int entry_ok = 0;
        for (int i = 0; i < in->nparsed; i++)
            if (in->seg[i].cls == ESPIMAGE_IRAM && in->entry >= in->seg[i].addr &&
                in->entry < in->seg[i].addr + in->seg[i].len)
                entry_ok = 1;
        if (!entry_ok)
            problem(in, "entry point %x not inside a loaded IRAM segment", in->entry, 0, 0, 0);
        parse_layout(img, len, in);
    }
    if (in->layout_err != ESPLAYOUT_OK && in->header_flash_size && len > in->header_flash_size)
        problem(in, "image (%d bytes) too big for the header's %d kB flash", (uint32_t)len,
                in->header_flash_size >> 10, 0, 0);
    return in->nerr;
}

/* ---- building from ELF ---- */

enum {
    SHT_PROGBITS = 1, SHT_NOBITS = 8, SHT_INIT_ARRAY = 14, SHT_FINI_ARRAY = 15,
    SHT_PREINIT_ARRAY = 16, EM_XTENSA = 94,
};

typedef struct { uint32_t type, addr, offset, size; } elf_section;

/* A boot image segment being assembled from up to 16 contiguous ELF sections, or (data) the
 * packed IRAM code. */
typedef struct { uint32_t addr, len, nsrc; elf_section src[16]; const uint8_t *data; } build_seg;

static int build_fail(espimage_build *b, const char *fmt, uint32_t a0, uint32_t a1,
                      const char *s0) {
    uint32_t nums[2] = {a0, a1};
    const char *strs[1] = {s0};
    vformat(b->err, sizeof b->err, fmt, nums, strs);
    return -1;
}

/* Whether section header sh is named `want` in the section name table names[0..n). */
static int section_named(const uint8_t *sh, const uint8_t *names, uint32_t n, const char *want) {
    uint32_t at = rd32(sh), k = (uint32_t)strlen(want);
    return names && at < n && n - at > k && memcmp(names + at, want, k + 1) == 0;
}

/* Packs the IRAM code into a segment at ESPIMAGE_PACKED_ADDR: head, then the packed bytes.
 * Returns the segment's data (malloc'd) or NULL with b->err set. */
static uint8_t *pack_iram(const uint8_t *elf, const elf_section *s, build_seg *seg,
                          espimage_build *b) {
    uint32_t size = (s->size + 3) & ~3u, cap = size + size / 8 + 64;
    uint8_t *code = calloc(1, size), *data = malloc(sizeof(espimage_packed) + cap);
    size_t n = 0;
    if (code && data) {
        memcpy(code, elf + s->offset, s->size);
        n = lz_pack(data + sizeof(espimage_packed), cap, code, size);
    }
    free(code);
    if (n == 0) {
        free(data);
        build_fail(b, "out of memory packing the IRAM code", 0, 0, 0);
        return NULL;
    }
    wr32(data, ESPIMAGE_PACKED_MAGIC);
    wr32(data + 4, s->addr);
    wr32(data + 8, size);
    wr32(data + 12, (uint32_t)n);
    seg->addr = ESPIMAGE_PACKED_ADDR;
    seg->len = (uint32_t)(sizeof(espimage_packed) + n);
    seg->nsrc = 0;
    seg->data = data;
    b->packed_from = size;
    b->packed_to = (uint32_t)n;
    return data;
}

static int build_image(const uint8_t *elf, const build_seg *segs, int nsegs,
                       const elf_section *irom, int nibble, uint32_t flash_size,
                       uint32_t bundle_size, uint8_t *out, size_t cap, espimage_build *b);

int espimage_from_elf(const uint8_t *elf, size_t elf_len, uint32_t flash_size,
                      uint32_t bundle_size, uint8_t *out, size_t cap, espimage_build *b) {
    memset(b, 0, sizeof *b);
    if (elf_len < 52 || memcmp(elf, "\177ELF", 4) != 0)
        return build_fail(b, "not an ELF file", 0, 0, 0);
    if (elf[4] != 1 || elf[5] != 1)
        return build_fail(b, "not a 32-bit little-endian ELF file", 0, 0, 0);
    if (rd16(elf + 18) != EM_XTENSA)
        return build_fail(b, "ELF machine %d is not Xtensa", rd16(elf + 18), 0, 0);
    int nibble = espimage_size_nibble(flash_size);
    if (nibble < 0 || esplayout_size_name(flash_size)[0] == '?')
        return build_fail(b, "unsupported flash size %d", flash_size, 0, 0);
    b->entry = rd32(elf + 24);
    uint32_t shoff = rd32(elf + 32);
    uint32_t shentsize = rd16(elf + 46), shnum = rd16(elf + 48);
    if (shentsize < 40 || shoff > elf_len || (uint64_t)shnum * shentsize > elf_len - shoff)
        return build_fail(b, "ELF section header table out of bounds", 0, 0, 0);

    const uint8_t *names = NULL;
    uint32_t names_len = 0, shstrndx = rd16(elf + 50);
    if (shstrndx < shnum) {
        const uint8_t *sh = elf + shoff + shstrndx * shentsize;
        uint32_t off = rd32(sh + 16), size = rd32(sh + 20);
        if (off <= elf_len && size <= elf_len - off) names = elf + off, names_len = size;
    }

    /* Collect the loadable sections in file order, merging contiguous ones; .iram.text aside. */
    const elf_section *irom = NULL, *iram = NULL;
    elf_section irom_sec, iram_sec;
    build_seg segs[ESPIMAGE_MAX_SEGMENTS];
    int nsegs = 0;
    for (uint32_t i = 0; i < shnum; i++) {
        const uint8_t *sh = elf + shoff + i * shentsize;
        elf_section s = {rd32(sh + 4), rd32(sh + 12), rd32(sh + 16), rd32(sh + 20)};
        if (s.type != SHT_PROGBITS && s.type != SHT_INIT_ARRAY && s.type != SHT_FINI_ARRAY &&
            s.type != SHT_PREINIT_ARRAY)
            continue;
        if (s.addr == 0 || s.size == 0)
            continue;
        if (s.offset > elf_len || s.size > elf_len - s.offset)
            return build_fail(b, "ELF section %d data out of bounds", i, 0, 0);
        int cls = espimage_addr_class(s.addr, s.size);
        if (cls == ESPIMAGE_IRAM && section_named(sh, names, names_len, ".iram.text")) {
            iram_sec = s;
            iram = &iram_sec;
            continue;
        }
        if (cls == ESPIMAGE_IROM) {
            if (irom)
                return build_fail(b, "two sections could be irom0 (at %x and %x); link them "
                                  "into one", irom->addr, s.addr, 0);
            irom_sec = s;
            irom = &irom_sec;
            continue;
        }
        if (cls == ESPIMAGE_OTHER)
            return build_fail(b, "section at %x (%d bytes) is outside IRAM/DRAM", s.addr,
                              s.size, 0);
        if (nsegs > 0) {
            build_seg *last = &segs[nsegs - 1];
            if (last->addr + last->len == s.addr && last->nsrc < 16 &&
                espimage_addr_class(last->addr, last->len + s.size) == cls) {
                last->src[last->nsrc++] = s;
                last->len += s.size;
                continue;
            }
        }
        if (nsegs == ESPIMAGE_MAX_SEGMENTS)
            return build_fail(b, "more than 16 boot image segments", 0, 0, 0);
        segs[nsegs].addr = s.addr;
        segs[nsegs].len = s.size;
        segs[nsegs].nsrc = 1;
        segs[nsegs].src[0] = s;
        segs[nsegs].data = NULL;
        nsegs++;
    }
    uint8_t *packed = NULL;
    if (iram) {
        if (nsegs == ESPIMAGE_MAX_SEGMENTS)
            return build_fail(b, "more than 16 boot image segments", 0, 0, 0);
        if (!(packed = pack_iram(elf, iram, &segs[nsegs], b)))
            return -1;
        nsegs++;
    }
    int r = build_image(elf, segs, nsegs, irom, nibble, flash_size, bundle_size, out, cap, b);
    free(packed);
    return r;
}

/* Lays out the boot image segments and irom0 in out[]. */
static int build_image(const uint8_t *elf, const build_seg *segs, int nsegs,
                       const elf_section *irom, int nibble, uint32_t flash_size,
                       uint32_t bundle_size, uint8_t *out, size_t cap, espimage_build *b) {
    if (nsegs == 0)
        return build_fail(b, "no IRAM/DRAM sections to load", 0, 0, 0);
    if (!irom)
        return build_fail(b, "no irom0 section (address 0x40200000..0x402FFFFF)", 0, 0, 0);
    if (irom->addr != ESPLAYOUT_IROM_VADDR + ESPLAYOUT_IROM_START)
        return build_fail(b, "irom0 starts at %x; the layout needs %x", irom->addr,
                          ESPLAYOUT_IROM_VADDR + ESPLAYOUT_IROM_START, 0);

    /* Boot image size: header, segment headers, data padded to 4, padding, checksum. */
    size_t pos = ESPIMAGE_HEADER_LEN;
    for (int i = 0; i < nsegs; i++)
        pos += 8 + ((segs[i].len + 3) & ~3u);
    size_t boot_len = (pos | 15) + 1;
    if (boot_len > ESPLAYOUT_IROM_START)
        return build_fail(b, "boot image is %d bytes, more than the %d before irom0",
                          (uint32_t)boot_len, ESPLAYOUT_IROM_START, 0);
    size_t total = ESPLAYOUT_IROM_START + ((irom->size + 3) & ~3u);
    if (total > cap)
        return build_fail(b, "image (%d bytes) larger than the output buffer", (uint32_t)total,
                          0, 0);
    if (irom->size < ESPLAYOUT_SIZE ||
        rd32(elf + irom->offset) != ESPLAYOUT_MAGIC)
        return build_fail(b, "irom0 does not start with a layout descriptor (section "
                          ".irom0.layout)", 0, 0, 0);

    memset(out, 0xFF, total);
    out[0] = ESPIMAGE_MAGIC;
    out[1] = (uint8_t)nsegs;
    out[2] = ESPIMAGE_DOUT;
    out[3] = (uint8_t)(nibble << 4);  /* 40 MHz */
    wr32(out + 4, b->entry);
    pos = ESPIMAGE_HEADER_LEN;
    uint8_t csum = ESPIMAGE_CSUM_SEED;
    for (int i = 0; i < nsegs; i++) {
        uint32_t padded = (segs[i].len + 3) & ~3u;
        wr32(out + pos, segs[i].addr);
        wr32(out + pos + 4, padded);
        uint8_t *d = out + pos + 8;
        memset(d, 0, padded);
        uint32_t at = 0;
        if (segs[i].data) memcpy(d, segs[i].data, segs[i].len);
        for (uint32_t k = 0; k < segs[i].nsrc; k++) {
            memcpy(d + at, elf + segs[i].src[k].offset, segs[i].src[k].size);
            at += segs[i].src[k].size;
        }
        csum = espimage_checksum(csum, d, padded);
        b->seg[i].addr = segs[i].addr;
        b->seg[i].len = padded;
        b->seg[i].offset = (uint32_t)pos + 8;
        b->seg[i].cls = espimage_addr_class(segs[i].addr, padded);
        pos += 8 + padded;
    }
    memset(out + pos, 0, boot_len - 1 - pos);
    out[boot_len - 1] = csum;
    b->nsegs = nsegs;
    b->boot_len = (uint32_t)boot_len;

    memcpy(out + ESPLAYOUT_IROM_START, elf + irom->offset, irom->size);
    b->irom_len = irom->size;
    int err = esplayout_make(&b->layout, flash_size, ESPLAYOUT_IROM_START + irom->size,
                             bundle_size);
    if (err != ESPLAYOUT_OK)
        return build_fail(b, "layout: %s", 0, 0, esplayout_strerror(err));
    esplayout_store(&b->layout, out + ESPLAYOUT_IROM_START);
    b->len = total;
    return 0;
}

int espimage_relayout(uint8_t *img, size_t len, uint32_t flash_size, uint32_t bundle_size) {
    if (len < ESPLAYOUT_IROM_START + ESPLAYOUT_SIZE || img[0] != ESPIMAGE_MAGIC)
        return -1;
    esplayout old, l;
    esplayout_load(&old, img + ESPLAYOUT_IROM_START);
    if (esplayout_validate(&old) != ESPLAYOUT_OK)
        return -1;
    int nibble = espimage_size_nibble(flash_size);
    if (nibble < 0)
        return ESPLAYOUT_ERR_FLASH_SIZE;
    int err = esplayout_make(&l, flash_size, old.irom_end, bundle_size);
    if (err != ESPLAYOUT_OK)
        return err;
    img[3] = (uint8_t)((img[3] & 0x0F) | nibble << 4);
    esplayout_store(&l, img + ESPLAYOUT_IROM_START);
    return ESPLAYOUT_OK;
}
