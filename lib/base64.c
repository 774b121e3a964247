/* Base64 with binascii's decoding rules.  The decoder is a 4-state machine over the data
 * characters; '=' only counts once at least two data characters of a group are in. */
#include "base64.h"

/* The character for the low six bits of v, computed: a table would be in flash on the board,
 * where this file (built without -mforce-l32) may not load bytes. */
static char b64_char(uint32_t v) {
    v &= 63;
    if (v < 26) return (char)('A' + v);
    if (v < 52) return (char)('a' - 26 + v);
    if (v < 62) return (char)('0' - 52 + v);
    return v == 62 ? '+' : '/';
}

/* Value of a base64 character, or 64 for anything outside the alphabet (including '='). */
static unsigned b64_value(uint8_t c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return 64;
}

size_t base64_encoded_len(size_t n, int newline) {
    return (n + 2) / 3 * 4 + (newline ? 1 : 0);
}

size_t base64_encode(const void *src, size_t n, char *dst, int newline) {
    const uint8_t *p = src;
    char *o = dst;
    while (n) {
        size_t k = n < 3 ? n : 3;   /* a group: 3 bytes, or the last 1 or 2 and '=' padding */
        uint32_t v = (uint32_t)p[0] << 16 | (k > 1 ? (uint32_t)p[1] << 8 : 0) | (k > 2 ? p[2] : 0);
        for (size_t c = 0; c < 4; c++) *o++ = c <= k ? b64_char(v >> (18 - 6 * c)) : '=';
        p += k;
        n -= k;
    }
    if (newline) *o++ = '\n';
    return (size_t)(o - dst);
}

size_t base64_decoded_max(size_t n) {
    return n / 4 * 3 + 3;
}

int base64_decode(const char *src, size_t n, uint8_t *dst, size_t *outlen, int strict) {
    const uint8_t *s = (const uint8_t *)src;
    uint8_t *o = dst;
    unsigned quad = 0, left = 0, pads = 0;
    int padding_started = 0;
    *outlen = 0;
    if (strict && n > 0 && s[0] == '=') return BASE64_ERR_LEADING_PAD;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s[i];
        if (c == '=') {
            padding_started = 1;
            /* A pad run completes the group: the data of the group is already out. */
            if (quad >= 2 && quad + ++pads >= 4) {
                if (strict && i + 1 < n) return BASE64_ERR_EXCESS_DATA;
                *outlen = (size_t)(o - dst);
                return BASE64_OK;
            }
            continue;
        }
        unsigned v = b64_value(c);
        if (v >= 64) {
            if (strict) return BASE64_ERR_NOT_BASE64;
            continue;
        }
        if (strict && padding_started) return BASE64_ERR_DISCONTINUOUS;
        pads = 0;
        switch (quad) {
        case 0: left = v; quad = 1; break;
        case 1: *o++ = (uint8_t)(left << 2 | v >> 4); left = v & 15; quad = 2; break;
        case 2: *o++ = (uint8_t)(left << 4 | v >> 2); left = v & 3; quad = 3; break;
        default: *o++ = (uint8_t)(left << 6 | v); quad = 0; break;
        }
    }
    if (quad == 1) {
        /* CPython counts the data characters as complete groups * 4 + 1. */
        *outlen = (size_t)(o - dst) / 3 * 4 + 1;
        return BASE64_ERR_COUNT;
    }
    if (quad != 0) return BASE64_ERR_PADDING;
    *outlen = (size_t)(o - dst);
    return BASE64_OK;
}
