/* Minimal check that a file is an ESP8266 boot image (format v1, as the mask ROM loads it).
 * A stand-in until lib/espimage provides the full parser: it checks only what `espy flash`
 * needs to refuse files that are clearly not firmware. */
#include "flash_image.h"

#include <stdio.h>

static uint32_t get32(const uint8_t *p) {
    return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

int flash_image_check(const uint8_t *img, size_t n, char *err, size_t errlen) {
    if (n < 8 || img[0] != 0xE9) {
        snprintf(err, errlen, "not an ESP8266 image (no 0xE9 magic byte)");
        return -1;
    }
    unsigned segs = img[1];
    if (segs == 0 || segs > 16) {
        snprintf(err, errlen, "not an ESP8266 image (%u segments)", segs);
        return -1;
    }
    size_t pos = 8;
    uint8_t sum = 0xEF;
    for (unsigned s = 0; s < segs; s++) {
        if (pos + 8 > n) {
            snprintf(err, errlen, "not an ESP8266 image (segment %u header past the end)", s);
            return -1;
        }
        uint32_t addr = get32(img + pos), len = get32(img + pos + 4);
        pos += 8;
        if (len > n - pos) {
            snprintf(err, errlen, "not an ESP8266 image (segment %u at 0x%08x: %u bytes past the end)", s,
                     (unsigned)addr, (unsigned)len);
            return -1;
        }
        for (uint32_t i = 0; i < len; i++)
            sum ^= img[pos + i];
        pos += len;
    }
    /* Zero padding to 16 bytes minus one, then the checksum byte. */
    pos |= 15;
    if (pos >= n) {
        snprintf(err, errlen, "not an ESP8266 image (checksum byte missing)");
        return -1;
    }
    if (img[pos] != sum) {
        snprintf(err, errlen, "bad ESP8266 image checksum (stored 0x%02x, computed 0x%02x)", img[pos], sum);
        return -1;
    }
    return 0;
}
