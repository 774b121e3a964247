/* SHA-256 (FIPS 180-4).  Same streaming shape as md5.h. */
#ifndef SHA256_H
#define SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint32_t state[8];
    uint32_t count[2];   /* bytes hashed so far: count[0] low word, count[1] high word */
    uint8_t buf[64];
} sha256_ctx;

void sha256_init(sha256_ctx *c);
void sha256_update(sha256_ctx *c, const void *data, size_t n);
void sha256_final(sha256_ctx *c, uint8_t digest[32]);

#endif
