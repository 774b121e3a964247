/* CRC-32 as zlib and Python's binascii.crc32/zlib.crc32 compute it (reflected polynomial
 * 0xEDB88320, initial and final inversion folded into the running value).  Start with 0 and
 * feed the previous result back to continue: crc32_update(crc32_update(0, a, n), b, m) equals
 * the CRC of a followed by b. */
#ifndef CRC32_H
#define CRC32_H

#include <stddef.h>
#include <stdint.h>

uint32_t crc32_update(uint32_t crc, const void *data, size_t n);

#endif
