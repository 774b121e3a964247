/* A small LZ77 code for the boot image's IRAM code (docs/firmware.md "Packed IRAM code").
 *
 * The IRAM code is loaded from flash once per boot, so it may be stored compressed: the ROM
 * loads the packed bytes into DRAM and the start-up code unpacks them into IRAM.  What matters
 * is the packed size and a decoder small enough to sit, unpacked, in front of it; speed matters
 * less (32 kB unpack in about 4.3 M instructions, 54 ms at 80 MHz).
 *
 * The stream is a binary range code with adaptive probabilities (as in LZMA).  The decoder
 * keeps range and code (32 bits), at first 1 and 0, and a probability p (12 bits: p / 4096 is
 * how likely a 0 is) for each context below, all at first 2048.  To read a bit in context p:
 * first, while range < 2^24, range <<= 8 and code = code << 8 | the next byte; then with
 * bound = (range >> 12) * p, code < bound gives 0 (range = bound, p += (4096 - p) >> 5), else 1
 * (code -= bound, range -= bound, p -= p >> 5).  The stream is exactly the bytes read.
 *
 * The bits, with m = 1 if the last item was a copy (0 at the start) and off the last copy's
 * offset (1 at the start):
 *   LZ_P_FLAG + m                     0: a literal, 8 bits as a tree (below) in LZ_P_LIT
 *                                     1: a copy of len bytes from off bytes back:
 *   LZ_P_REP  (only if m is 0)        1: off as before, 0 (or m is 1): a new off
 *   number at LZ_P_LEN                len - 1
 *   number at LZ_P_OFF (len 2) or at LZ_P_OFF + LZ_NUM (longer), if off is new: off
 * A tree of n bits at base reads them highest first, each in context base - 1 + the bits read
 * before it behind a leading 1 (node 1, then 2 or 3, ...: base .. base + 2^n - 2).  A number
 * v (1 <= v <= 65535) at base is its bit count c (how many bits follow v's leading 1) as a
 * 4-bit tree at base, then those c bits highest first, bit k in context base + 15 + k.  The
 * stream ends when the decoder has made the bytes asked for. */
#ifndef ESPY_LZ_H
#define ESPY_LZ_H

#include <stddef.h>
#include <stdint.h>

#define LZ_MAX_OFFSET 65535u
#define LZ_MAX_LEN    65536u

/* Where each kind of bit's contexts start. */
enum {
    LZ_NUM = 30,                          /* a number: 15 tree nodes, 15 bit positions */
    LZ_P_FLAG = 0,
    LZ_P_REP = 2,
    LZ_P_LIT = 3,
    LZ_P_LEN = LZ_P_LIT + 255,
    LZ_P_OFF = LZ_P_LEN + LZ_NUM,
    LZ_NPROB = LZ_P_OFF + 2 * LZ_NUM,
};

/* Unpacks exactly `size` bytes from src[0..srclen) into dst.  Returns 0, or -1 if the stream
 * is cut short, has bytes after its end or refers before the start of dst (bad data: never
 * writes outside dst).  With
 * dst NULL it only checks the stream (whether it holds a valid code does not depend on the
 * bytes it makes).  Uses about 0.8 kB of stack. */
int lz_unpack(uint8_t *dst, size_t size, const uint8_t *src, size_t srclen);

/* Packs src[0..n) into dst (at most cap bytes), choosing the copies by their cost under the
 * model (a few passes).  Returns the packed length, or 0 if it does not fit in cap or memory
 * ran out.  Host only. */
size_t lz_pack(uint8_t *dst, size_t cap, const uint8_t *src, size_t n);

#endif
