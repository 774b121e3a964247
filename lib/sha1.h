/* SHA-1 (FIPS 180-4).  Same streaming shape as md5.h. */
#ifndef SHA1_H
#define SHA1_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint32_t state[5];
    uint32_t count[2];   /* bytes hashed so far: count[0] low word, count[1] high word */
    uint8_t buf[64];
} sha1_ctx;

void sha1_init(sha1_ctx *c);
void sha1_update(sha1_ctx *c, const void *data, size_t n);
void sha1_final(sha1_ctx *c, uint8_t digest[20]);

#endif
