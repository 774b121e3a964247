/* The ESP8266 boot image check used by `espy flash` (see flash_image.c). */
#ifndef ESPY_FLASH_IMAGE_H
#define ESPY_FLASH_IMAGE_H

#include <stddef.h>
#include <stdint.h>

/* 0 if img[0..n) starts with a v1 boot image whose segments and checksum are intact (more
 * data may follow, e.g. the irom0 part of a whole-flash image); else -1 and a reason. */
int flash_image_check(const uint8_t *img, size_t n, char *err, size_t errlen);

#endif
