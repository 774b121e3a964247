/* Base64 as Python's binascii does it (b2a_base64 / a2b_base64, standard alphabet).
 *
 * Decoding follows binascii's rules exactly, including its error cases, so a wrapper can raise
 * the same binascii.Error messages (below, by code; core/modbinascii.c has them): in the default (non-strict) mode characters outside the
 * alphabet are skipped, and decoding stops at the first '=' run that completes a 4-character
 * group; strict mode (strict_mode=True) rejects everything CPython 3.11 rejects. */
#ifndef BASE64_H
#define BASE64_H

#include <stddef.h>
#include <stdint.h>

enum {
    BASE64_OK = 0,
    BASE64_ERR_PADDING = -1,       /* "Incorrect padding" */
    BASE64_ERR_COUNT = -2,         /* "Invalid base64-encoded string: number of data characters
                                      (N) cannot be 1 more than a multiple of 4"; N is returned */
    /* strict mode only */
    BASE64_ERR_LEADING_PAD = -3,   /* "Leading padding not allowed" */
    BASE64_ERR_EXCESS_DATA = -4,   /* "Excess data after padding" */
    BASE64_ERR_NOT_BASE64 = -5,    /* "Only base64 data is allowed" */
    BASE64_ERR_DISCONTINUOUS = -6, /* "Discontinuous padding not allowed" */
};

/* Bytes b2a_base64 produces for n input bytes (4 per started group of 3, plus the newline). */
size_t base64_encoded_len(size_t n, int newline);
/* Encodes n bytes into dst (base64_encoded_len(n, newline) bytes, not NUL-terminated);
 * returns the number of bytes written. */
size_t base64_encode(const void *src, size_t n, char *dst, int newline);

/* Upper bound on the decoded size of n input characters. */
size_t base64_decoded_max(size_t n);
/* Decodes n characters into dst (at least base64_decoded_max(n) bytes).  On success returns
 * BASE64_OK and stores the byte count in *outlen.  On failure returns a BASE64_ERR_* code; for
 * BASE64_ERR_COUNT, *outlen holds the N of CPython's message. */
int base64_decode(const char *src, size_t n, uint8_t *dst, size_t *outlen, int strict);

#endif
