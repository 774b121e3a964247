/* ESP8266 flash images: the ROM's "v1" boot image (magic 0xE9) followed by the raw irom0
 * region, as one flash image starting at flash offset 0.
 *
 * Boot image: 8-byte header {0xE9, segment count, flash mode, size<<4 | freq, entry}, then per
 * segment {load address, length, data}, zero padding until the file offset is 15 mod 16, and a
 * checksum byte = 0xEF ^ every segment data byte.  The irom0 code follows raw at flash offset
 * ESPLAYOUT_IROM_START and starts with the layout descriptor (esplayout.h).
 *
 * Packed IRAM code: the ELF section .iram.text is not loaded as it is but packed (lib/lz.h) into
 * a DRAM segment at ESPIMAGE_PACKED_ADDR: an espimage_packed head, then the packed bytes.  The
 * firmware's boot stage (an IRAM segment of its own, holding the entry point) unpacks it into
 * IRAM before anything there runs (docs/firmware.md "Packed IRAM code").
 *
 * Pure library: callers pass buffers; nothing here touches files.  Messages are complete
 * English lines (no trailing newline) kept inside the result structures. */
#ifndef ESPIMAGE_H
#define ESPIMAGE_H

#include <stdint.h>
#include <stddef.h>
#include "esplayout.h"

#define ESPIMAGE_MAGIC        0xE9u
#define ESPIMAGE_HEADER_LEN   8u
#define ESPIMAGE_MAX_SEGMENTS 16
#define ESPIMAGE_MAX_ERRORS   16
#define ESPIMAGE_MSG_LEN      112
#define ESPIMAGE_CSUM_SEED    0xEFu

/* Flash mode byte (header offset 2). */
enum { ESPIMAGE_QIO = 0, ESPIMAGE_QOUT = 1, ESPIMAGE_DIO = 2, ESPIMAGE_DOUT = 3 };

/* Address classes of a segment's load address. */
enum {
    ESPIMAGE_IRAM,  /* 0x40100000..0x40107FFF: instruction RAM (32 kB, cache takes the rest) */
    ESPIMAGE_DRAM,  /* 0x3FFE8000..0x3FFFBFFF: data RAM for the application (80 kB) */
    ESPIMAGE_IROM,  /* 0x40200000..0x402FFFFF: flash through the cache, never a ROM segment */
    ESPIMAGE_OTHER, /* anything else: the ROM would write where it must not */
};

#define ESPIMAGE_IRAM_START 0x40100000u
#define ESPIMAGE_IRAM_END   0x40108000u
#define ESPIMAGE_DRAM_START 0x3FFE8000u
#define ESPIMAGE_DRAM_END   0x3FFFC000u
#define ESPIMAGE_IROM_END   0x40300000u

/* Where the packed IRAM code is loaded: high in DRAM, above the unpacking scratch that starts at
 * .bss (esp8266.ld checks it), in what becomes the heap. */
#define ESPIMAGE_PACKED_ADDR  0x3FFF4000u
#define ESPIMAGE_PACKED_MAGIC 0x325A4C45u   /* "ELZ2" (ELZ1: the Elias-gamma code before the range code) */
typedef struct {
    uint32_t magic;   /* ESPIMAGE_PACKED_MAGIC */
    uint32_t dest;    /* IRAM address of the unpacked code */
    uint32_t size;    /* its length, a multiple of 4 */
    uint32_t packed;  /* length of the packed bytes after this head */
} espimage_packed;

typedef struct {
    uint32_t addr, len;   /* load address and length as in the segment header */
    uint32_t offset;      /* file offset of the segment's data */
    int cls;              /* ESPIMAGE_IRAM ... */
} espimage_segment;

typedef struct {
    uint32_t file_len;
    /* header */
    uint8_t magic, nsegs, mode, size_freq;
    uint32_t entry;
    uint32_t header_flash_size;   /* bytes from the size nibble; 0 if unknown */
    /* segments actually parsed (may be fewer than nsegs if the file is cut short) */
    int nparsed;
    espimage_segment seg[ESPIMAGE_MAX_SEGMENTS];
    /* checksum */
    int has_csum;
    uint8_t csum_stored, csum_computed;
    uint32_t boot_len;            /* boot image length including padding and checksum */
    /* packed IRAM code: the segment holding it (-1: none), its head */
    int packed_seg;
    espimage_packed packed;
    /* irom0 and the layout descriptor */
    int has_irom;                 /* the file reaches into irom0 */
    int layout_err;               /* ESPLAYOUT_OK or the validation problem */
    esplayout layout;
    /* everything found wrong, in file order */
    int nerr;
    char err[ESPIMAGE_MAX_ERRORS][ESPIMAGE_MSG_LEN];
} espimage_info;

/* Parse and check a flash image (boot image, and irom0/layout if the buffer reaches it).
 * Fills *info and returns the number of problems found (0 = consistent). */
int espimage_parse(const uint8_t *img, size_t len, espimage_info *info);

/* Address class of a segment [addr, addr+len). */
int espimage_addr_class(uint32_t addr, uint32_t len);
const char *espimage_class_name(int cls);
const char *espimage_mode_name(uint8_t mode);

/* Header size nibble <-> bytes (ESP8266 table); nibble -1 if the size has none. */
int espimage_size_nibble(uint32_t flash_size);
uint32_t espimage_nibble_size(unsigned nibble);

/* 0xEF ^ data bytes, continuing from `seed` (pass ESPIMAGE_CSUM_SEED to start). */
uint8_t espimage_checksum(uint8_t seed, const uint8_t *data, size_t len);

/* Result of building a flash image from an ELF file. */
typedef struct {
    size_t len;                   /* bytes written to the output buffer */
    uint32_t boot_len;            /* boot image part, at flash offset 0 */
    uint32_t irom_len;            /* irom0 part, at flash offset ESPLAYOUT_IROM_START */
    int nsegs;
    espimage_segment seg[ESPIMAGE_MAX_SEGMENTS];
    uint32_t entry;
    uint32_t packed_from, packed_to;  /* .iram.text's bytes before and after packing */
    esplayout layout;
    char err[ESPIMAGE_MSG_LEN];   /* set when the build fails */
} espimage_build;

/* Turn a linked ELF32 Xtensa executable into a flash image for a flash of `flash_size` bytes:
 * boot image (DOUT, 40 MHz, the size nibble) at 0, 0xFF padding, irom0 at its offset with the
 * layout descriptor filled in (bundle region of `bundle_size` bytes).  Sections are taken as
 * esptool does: PROGBITS/INIT_ARRAY/FINI_ARRAY/PREINIT_ARRAY with non-zero address and size,
 * address-contiguous sections of the same class merged, each segment zero-padded to 4 bytes;
 * the section named .iram.text is packed into a segment at ESPIMAGE_PACKED_ADDR.
 * Returns 0 on success, -1 with b->err set. */
int espimage_from_elf(const uint8_t *elf, size_t elf_len, uint32_t flash_size,
                      uint32_t bundle_size, uint8_t *out, size_t cap, espimage_build *b);

/* Re-target an existing flash image: rewrite the header's size nibble and the layout
 * descriptor for `flash_size` and a bundle region of `bundle_size` bytes.  The boot image
 * checksum does not cover either, so the image stays valid.  Returns ESPLAYOUT_OK or the
 * layout problem (image unchanged then); -1 if the buffer holds no usable descriptor. */
int espimage_relayout(uint8_t *img, size_t len, uint32_t flash_size, uint32_t bundle_size);

#endif
