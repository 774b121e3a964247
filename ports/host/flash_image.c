/* The image check of `espy flash`, on top of lib/espimage: refuses files whose ESP8266 boot
 * image (what the ROM loads at boot) is broken.  Problems that only matter to espy's own
 * firmware (the layout descriptor of lib/esplayout) do not stop a write, so other ESP8266
 * firmware can be flashed too. */
#include "flash_image.h"

#include <stdio.h>
#include "espimage.h"

int flash_image_check(const uint8_t *img, size_t n, char *err, size_t errlen) {
    static espimage_info in;
    espimage_parse(img, n, &in);
    const char *first = in.nerr ? in.err[0] : "incomplete";
    if (n < ESPIMAGE_HEADER_LEN || in.magic != ESPIMAGE_MAGIC) {
        snprintf(err, errlen, "not an ESP8266 image (no 0xE9 magic byte)");
        return -1;
    }
    if (in.nsegs == 0 || in.nsegs > ESPIMAGE_MAX_SEGMENTS || in.nparsed != in.nsegs || !in.has_csum) {
        snprintf(err, errlen, "not an ESP8266 image (%s)", first);
        return -1;
    }
    if (in.csum_stored != in.csum_computed) {
        snprintf(err, errlen, "bad ESP8266 image checksum (stored 0x%02x, computed 0x%02x)", in.csum_stored,
                 in.csum_computed);
        return -1;
    }
    return 0;
}
