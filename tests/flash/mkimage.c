/* mkimage: writes test files for the flash tests (no Python at test time).
 *   mkimage image OUT SEED LEN...   an ESP8266 v1 boot image with one segment per LEN
 *                                   (bytes, multiples of 4) of pseudo-random data
 *   mkimage data OUT SEED LEN       LEN bytes of pseudo-random data
 *   mkimage fill OUT BYTE LEN       LEN copies of BYTE (e.g. a pre-used flash)
 * Data comes from a fixed xorshift generator, so a SEED always gives the same file. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint32_t rng;

static uint8_t next(void) {
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return (uint8_t)(rng >> 11);
}

static void put32(FILE *f, uint32_t v) {
    for (int i = 0; i < 4; i++)
        fputc((int)(v >> (8 * i)) & 0xFF, f);
}

int main(int argc, char **argv) {
    if (argc < 5) {
        fprintf(stderr, "usage: mkimage image|data|fill OUT SEED|BYTE LEN...\n");
        return 2;
    }
    FILE *f = fopen(argv[2], "wb");
    if (!f) {
        perror(argv[2]);
        return 1;
    }
    rng = (uint32_t)strtoul(argv[3], NULL, 0) * 2654435761u + 1;
    if (!strcmp(argv[1], "fill")) {
        int byte = (int)strtol(argv[3], NULL, 0);
        for (long i = strtol(argv[4], NULL, 0); i > 0; i--)
            fputc(byte, f);
    } else if (!strcmp(argv[1], "data")) {
        for (long i = strtol(argv[4], NULL, 0); i > 0; i--)
            fputc(next(), f);
    } else {
        int nseg = argc - 4;
        uint8_t sum = 0xEF;
        long pos = 8;
        fputc(0xE9, f);
        fputc(nseg, f);
        fputc(3, f);  /* DOUT */
        fputc(0x00, f);  /* 512 kB, 40 MHz */
        put32(f, 0x40100004);
        for (int s = 0; s < nseg; s++) {
            uint32_t len = (uint32_t)strtoul(argv[4 + s], NULL, 0);
            put32(f, s == 0 ? 0x40100000u : 0x3FFE8000u);
            put32(f, len);
            for (uint32_t i = 0; i < len; i++) {
                uint8_t b = next();
                sum ^= b;
                fputc(b, f);
            }
            pos += 8 + len;
        }
        for (; pos % 16 != 15; pos++)
            fputc(0, f);
        fputc(sum, f);
    }
    return fclose(f) ? 1 : 0;
}
