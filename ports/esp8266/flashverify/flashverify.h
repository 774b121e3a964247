/* The flash-verify RAM program's interface, shared by the program (lx106) and `espy flash`.
 *
 * `espy flash --verify` uploads the program with MEM_BEGIN/MEM_DATA, writing the parameter
 * block below into its data segment, and starts it with MEM_END.  The program hashes
 * flash[offset, offset+length) with the ROM's MD5 routines and answers with one SLIP frame:
 *   "EVFY" | u32 offset | u32 length | u32 status (0, or SPIRead's error) | 16-byte MD5
 * all little-endian.  It then idles: only a reset leaves it. */
#ifndef FLASHVERIFY_H
#define FLASHVERIFY_H

#include <stdint.h>

/* Where the data segment (parameter block first) is linked: inside the RAM that esptool's
 * own ESP8266 stub loads into while the ROM loader runs, so the ROM is known not to use it. */
#define FV_DATA_ADDR 0x3FFFAC00u
#define FV_MAGIC "EVFY"
#define FV_REPLY_LEN 32u

typedef struct {
    char magic[4];
    uint32_t offset;
    uint32_t length;  /* a multiple of 4 */
    uint32_t reserved;
} fv_params;

#endif
