/* The flash layout descriptor: one definition of where the firmware's regions sit in flash,
 * shared by the firmware (reads it at boot) and the host tools (write and check it).
 *
 * Where it lives: the first 64 bytes of the irom0 region, i.e. at flash offset
 * ESPLAYOUT_IROM_START (0x4000), mapped at 0x40204000 once the flash cache is on.  The firmware's
 * linker script puts the section ".irom0.layout" there; the host tools find it by that fixed
 * offset and check magic and check word.  irom0 is not covered by the boot image checksum, so
 * the host can rewrite the descriptor (e.g. for another --flash-size) without touching the boot
 * image.
 *
 * Every field is a 32-bit word so the firmware reads it from mapped flash with aligned 32-bit
 * loads.  All offsets and sizes are flash byte offsets, multiples of the 4 kB sector except
 * irom_end (the end of the firmware's own code). */
#ifndef ESPLAYOUT_H
#define ESPLAYOUT_H

#include <stdint.h>
#include <stddef.h>

#define ESPLAYOUT_MAGIC       0x4C595345u  /* "ESYL" little-endian */
#define ESPLAYOUT_VERSION     1u
#define ESPLAYOUT_IROM_START  0x4000u      /* flash offset of irom0 (and of this descriptor) */
#define ESPLAYOUT_IROM_VADDR  0x40200000u  /* flash offset 0 as seen through the cache */
#define ESPLAYOUT_WINDOW      0x100000u    /* Cache_Read_Enable(0,0,1) maps the first 1 MB */
#define ESPLAYOUT_SECTOR      0x1000u
#define ESPLAYOUT_RESERVED_SECTORS 5u      /* last 5 sectors: SDK RF-cal, init data, params */
#define ESPLAYOUT_DEFAULT_BUNDLE   0x10000u /* bundle region size in a base image (64 kB) */
#define ESPLAYOUT_SIZE        64u          /* bytes the descriptor occupies in flash */

typedef struct {
    uint32_t magic;          /* ESPLAYOUT_MAGIC */
    uint32_t version;        /* ESPLAYOUT_VERSION */
    uint32_t flash_size;     /* bytes: 512K, 1M, 2M or 4M */
    uint32_t irom_start;     /* flash offset of irom0 (= ESPLAYOUT_IROM_START) */
    uint32_t irom_end;       /* flash offset just past the firmware's irom0 code and data */
    uint32_t bundle_start;   /* frozen bundle region: first sector boundary >= irom_end */
    uint32_t bundle_size;    /* bytes reserved for the bundle (whole sectors; may be 0) */
    uint32_t fs_start;       /* filesystem region, right after the bundle region */
    uint32_t fs_size;        /* bytes, whole sectors, up to the reserved sectors */
    uint32_t reserved_start; /* flash_size - reserved_sectors * 4 kB */
    uint32_t reserved_sectors;
    uint32_t spare[4];       /* zero; room for later fields without moving anything */
    uint32_t check;          /* esplayout_check() of the words above */
} esplayout;

/* Problems esplayout_validate() reports (first one found). */
enum {
    ESPLAYOUT_OK = 0,
    ESPLAYOUT_ERR_MAGIC,      /* no descriptor (wrong magic) */
    ESPLAYOUT_ERR_VERSION,    /* unknown version */
    ESPLAYOUT_ERR_CHECK,      /* check word does not match */
    ESPLAYOUT_ERR_FLASH_SIZE, /* not one of 512K/1M/2M/4M */
    ESPLAYOUT_ERR_ALIGN,      /* a region start or size is not sector aligned */
    ESPLAYOUT_ERR_ORDER,      /* regions overlap or are out of order */
    ESPLAYOUT_ERR_WINDOW,     /* irom0 or bundle not inside the 1 MB cache window */
    ESPLAYOUT_ERR_TOO_BIG,    /* firmware + bundle leave no room before the reserved sectors */
};

/* The check word for the descriptor's contents (everything before `check`). */
uint32_t esplayout_check(const esplayout *l);

/* Fill *l for a flash of `flash_size` bytes with firmware code ending at `irom_end` and a
 * bundle region of `bundle_size` bytes (rounded up to whole sectors).  Returns ESPLAYOUT_OK or
 * the problem (e.g. the firmware does not fit).  Sets the check word. */
int esplayout_make(esplayout *l, uint32_t flash_size, uint32_t irom_end, uint32_t bundle_size);

/* Check every invariant above.  Returns ESPLAYOUT_OK or the first problem. */
int esplayout_validate(const esplayout *l);

/* One-line English text for a problem code; in the firmware (built with ESPLAYOUT_COMPRESSED)
 * compressed, a format for the core's print_fmt. */
const char *esplayout_strerror(int err);

/* 512K/1M/2M/4M <-> bytes.  esplayout_parse_size returns 0 for anything else. */
uint32_t esplayout_parse_size(const char *s);
const char *esplayout_size_name(uint32_t flash_size);

/* Read/write the descriptor as the 64 little-endian bytes stored in flash. */
void esplayout_load(esplayout *l, const uint8_t *bytes);
void esplayout_store(const esplayout *l, uint8_t *bytes);

#endif
