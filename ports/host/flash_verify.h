/* `espy flash --verify`: proves that the flash holds the image, without a flasher stub, by
 * running espy's own RAM program (ports/esp8266/flashverify) that hashes the flash. */
#ifndef ESPY_FLASH_VERIFY_H
#define ESPY_FLASH_VERIFY_H

#include <stddef.h>
#include <stdint.h>
#include "flash_loader.h"

/* Uploads and runs the verify program for flash[offset, offset+len) and compares its MD5
 * with that of img.  0 on a match (msg gets the digest in hex); -1 with msg set otherwise.
 * Afterwards the chip runs the idle verify program: reset it to start the firmware. */
int flash_verify(ldr *l, uint32_t offset, const uint8_t *img, size_t len, char *msg, size_t msglen);

#endif
