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

/* Writes the firmware build id into the ABI table of a firmware image whose boot image and irom0
 * end at fw_end (core/frozen.h FZ_ABI_BUILD); an image without an ABI table is left alone. */
void image_abi_seal(uint8_t *img, size_t len, size_t fw_end);

/* A native module (core/frozen.h "native modules") at m, with `avail` bytes there, for a
 * firmware with `nnames` static names: NULL if it is sound, with *total = its bytes (head, code
 * and both relocation tables), or why not. */
const char *image_natmod_check(const uint8_t *m, size_t avail, uint32_t nnames, size_t *total);

#endif
