/* Decoder of the LZ code in lz.h.  On the board it runs before the IRAM code it unpacks is
 * there, from the boot stage (esp8266.ld puts this whole file in .stage.text): it calls nothing
 * outside this file.
 *
 * One loop reads a group of bits (a tree or the low bits of a number) and then decides, by
 * `state`, what the group meant and what to read next: the bit decoder is there only once,
 * and its variables stay in registers (on the lx106 a call per group cost more than the
 * groups' work).  The probabilities are in the caller's frame: in run's own, beyond 1 kB,
 * every spilled variable would take three instructions. */
#include "lz.h"

enum { S_FLAG, S_REP, S_LIT, S_LEN, S_LEN_LOW, S_OFF, S_OFF_LOW };

/* at counts up to 0 through the stream's end[-srclen .. -1]; reading past it makes zeros and
 * leaves at > 0, and bytes left unread leave at < 0: either fails the stream at the end. */
static __attribute__((noinline)) int run(uint16_t *p, uint8_t *dst, size_t size,
                                         const uint8_t *end, ptrdiff_t at) {
    uint32_t range = 1, code = 0, off = 1, len = 0;
    size_t out = 0;
    unsigned m = 0, state = S_FLAG, n = 1, tree = 1;
    uint16_t *base = p + LZ_P_FLAG - 1;
    while (out < size) {
        /* n bits into v behind a leading 1; the next bit's context is base[v] in a tree, else
         * base[its position] */
        uint32_t v = 1;
        while (n--) {
            uint16_t *q = base + (tree ? v : n);
            while (!(range >> 24)) {
                range <<= 8;
                code <<= 8;
                if (at < 0) code |= end[at];
                at++;
            }
            uint32_t pr = *q, bound = (range >> 12) * pr;
            v <<= 1;
            if (code < bound) {
                range = bound;
                pr += (4096 - pr) >> 5;
            } else {
                code -= bound;
                range -= bound;
                pr -= pr >> 5;
                v++;
            }
            *q = (uint16_t)pr;
        }
        n = 4, tree = 1;   /* the next group is a number's bit count, unless changed below */
        switch (state) {
        case S_FLAG:
            if (v == 2) {
                state = S_LIT, n = 8, base = p + LZ_P_LIT - 1;
                continue;
            }
            if (!m) {
                state = S_REP, n = 1, base = p + LZ_P_REP - 1;
                continue;
            }
            v = 2;   /* after a copy, always a new offset */
            /* fall through */
        case S_REP:
            if (v == 2) off = 0;
            state = S_LEN, base = p + LZ_P_LEN - 1;
            continue;
        case S_LIT:
            if (dst) dst[out] = (uint8_t)v;
            out++;
            m = 0;
            break;
        case S_LEN:
        case S_OFF:
            n = v - 16, tree = 0, base += 16;   /* the number's low bits: base + 15 + k */
            state++;
            continue;
        case S_LEN_LOW:
            len = v + 1;
            if (!off) {
                state = S_OFF, base = p + LZ_P_OFF - 1 + (len > 2) * LZ_NUM;
                continue;
            }
            /* fall through */
        default:
            if (state == S_OFF_LOW) off = v;
            if (off > out || len > size - out) return -1;
            if (!dst) out += len;
            else for (; len; len--, out++) dst[out] = dst[out - off];
            m = 1;
        }
        state = S_FLAG, n = 1, base = p + LZ_P_FLAG - 1 + m;
    }
    return at != 0 ? -1 : 0;   /* cut short, or bytes after its end */
}

int lz_unpack(uint8_t *dst, size_t size, const uint8_t *src, size_t srclen) {
    uint16_t p[LZ_NPROB];
    for (unsigned i = 0; i < LZ_NPROB; i++) p[i] = 2048;
    return run(p, dst, size, src + srclen, -(ptrdiff_t)srclen);
}
