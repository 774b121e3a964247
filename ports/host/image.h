/* Helpers of `espy image` that `espy emu` shares: whole-file read and write with one-line
 * error messages on stderr. */
#ifndef HOST_IMAGE_H
#define HOST_IMAGE_H

#include <stddef.h>
#include <stdint.h>

/* The file's bytes (malloc'd; caller frees) and length, or NULL after printing why. */
uint8_t *image_read_file(const char *path, size_t *len);
/* 0, or -1 after printing why. */
int image_write_file(const char *path, const uint8_t *data, size_t len);

#endif
