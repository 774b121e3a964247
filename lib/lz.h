/* A small LZ77 code for the boot image's IRAM code (docs/firmware.md "Packed IRAM code").
 *
 * The IRAM code is loaded from flash once per boot, so it may be stored compressed: the ROM
 * loads the packed bytes into DRAM and the start-up code unpacks them into IRAM.  What matters
 * is the packed size and a decoder small enough to sit, unpacked, in front of it; speed matters
 * less (20 kB unpack in about 740,000 instructions, 9 ms at 80 MHz).
 *
 * The stream is a sequence of bits, most significant bit of each byte first:
 *   0 b7..b0                          a literal byte
 *   1 gamma(len - 1) gamma(hi + 1) l6..l0   a copy of len >= 2 bytes from `off` bytes back,
 *                                     off - 1 = hi << 7 | l  (off <= LZ_MAX_OFFSET)
 * where gamma(v), v >= 1, is Elias's gamma code: as many 0 bits as v has bits after its
 * leading 1, then v's bits from the leading 1 down.  The stream ends when the decoder has
 * produced the number of bytes it was asked for; unused bits of the last byte are 0. */
#ifndef ESPY_LZ_H
#define ESPY_LZ_H

#include <stddef.h>
#include <stdint.h>

#define LZ_MAX_OFFSET 65536u

/* Unpacks exactly `size` bytes from src[0..srclen) into dst.  Returns 0, or -1 if the stream
 * is cut short or refers before the start of dst (bad data: never writes outside dst).  With
 * dst NULL it only checks the stream (whether it holds a valid code does not depend on the
 * bytes it makes). */
int lz_unpack(uint8_t *dst, size_t size, const uint8_t *src, size_t srclen);

/* Packs src[0..n) into dst (at most cap bytes) with the shortest parse this code allows.
 * Returns the packed length, or 0 if it does not fit in cap or memory ran out.  Host only. */
size_t lz_pack(uint8_t *dst, size_t cap, const uint8_t *src, size_t n);

#endif
