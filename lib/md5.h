/* MD5 (RFC 1321).  Streaming: init, any number of updates, final.  No allocation; the context
 * lives wherever the caller puts it. */
#ifndef MD5_H
#define MD5_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint32_t state[4];
    uint32_t count[2];   /* bytes hashed so far: count[0] low word, count[1] high word */
    uint8_t buf[64];     /* partial block: count[0] % 64 bytes are valid */
} md5_ctx;

void md5_init(md5_ctx *c);
void md5_update(md5_ctx *c, const void *data, size_t n);
/* Writes the 16-byte digest; the context must be re-initialised before reuse. */
void md5_final(md5_ctx *c, uint8_t digest[16]);

#endif
