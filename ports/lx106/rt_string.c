/* <string.h> routines for lx106 code whose constant data lives in memory-mapped flash (ESP8266
 * irom0 window, 0x40200000): such memory only answers aligned 32-bit loads.  This file is
 * compiled with -mforce-l32, so every byte load below becomes an aligned l32i plus an extract,
 * and the bulk of the work is done a word at a time.  Linked ahead of picolibc, whose own
 * versions use byte loads.
 *
 * Reading a whole aligned word that contains some wanted bytes never touches another word, so
 * it cannot fault even at the end of a buffer.  Stores are plain (RAM destinations).
 * Build with -fno-tree-loop-distribute-patterns (and -fno-builtin): gcc must not turn these
 * loops back into calls to memcpy/memset.
 */
#define _POSIX_C_SOURCE 200809L /* declares strnlen */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef uint32_t __attribute__((may_alias)) word;

#define ONES 0x01010101u
#define HIGHS 0x80808080u

/* Non-zero when some byte of w is zero. */
static inline uint32_t has_zero(uint32_t w)
{
    return (w - ONES) & ~w & HIGHS;
}

static inline int misaligned(const void *p)
{
    return (int)((uintptr_t)p & 3);
}

/* Copy n bytes forward to a word-aligned dst from any src. */
static void copy_to_aligned(unsigned char *d, const unsigned char *s, size_t n)
{
    int off = misaligned(s);
    if (off == 0) {
        for (; n >= 16; n -= 16, d += 16, s += 16) {
            uint32_t w0 = ((const word *)s)[0], w1 = ((const word *)s)[1];
            uint32_t w2 = ((const word *)s)[2], w3 = ((const word *)s)[3];
            ((word *)d)[0] = w0;
            ((word *)d)[1] = w1;
            ((word *)d)[2] = w2;
            ((word *)d)[3] = w3;
        }
        for (; n >= 4; n -= 4, d += 4, s += 4)
            *(word *)d = *(const word *)s;
    } else if (n >= 8) {
        /* Aligned loads from the word below s, each output word spliced from two of them
         * (little-endian).  The last load is still inside the word holding s[n-1]. */
        const word *ws = (const word *)(s - off);
        unsigned lo = 8u * (unsigned)off, hi = 32u - lo;
        uint32_t cur = *ws++;
        for (; n >= 8; n -= 4, d += 4, s += 4) {
            uint32_t next = *ws++;
            *(word *)d = (cur >> lo) | (next << hi);
            cur = next;
        }
    }
    while (n--)
        *d++ = *s++;
}

/* Forward copy; also right for overlapping buffers with dst below src (memmove). */
static void copy_forward(unsigned char *d, const unsigned char *s, size_t n)
{
    if (n >= 8) {
        while (misaligned(d)) {
            *d++ = *s++;
            n--;
        }
        copy_to_aligned(d, s, n);
        return;
    }
    while (n--)
        *d++ = *s++;
}

void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
    copy_forward(dst, src, n);
    return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;
    if (d == s || n == 0)
        return dst;
    if ((uintptr_t)d - (uintptr_t)s >= n) { /* d before s, or no overlap: forward is safe */
        copy_forward(d, s, n);
        return dst;
    }
    /* d overlaps the tail of s: copy backwards. */
    d += n;
    s += n;
    if (((uintptr_t)d & 3) == ((uintptr_t)s & 3)) {
        while (n && misaligned(d)) {
            *--d = *--s;
            n--;
        }
        for (; n >= 4; n -= 4) {
            d -= 4;
            s -= 4;
            *(word *)d = *(const word *)s;
        }
    }
    while (n--)
        *--d = *--s;
    return dst;
}

void *memset(void *dst, int c, size_t n)
{
    unsigned char *d = dst;
    unsigned char b = (unsigned char)c;
    if (n >= 8) {
        uint32_t w = b * ONES;
        while (misaligned(d)) {
            *d++ = b;
            n--;
        }
        for (; n >= 16; n -= 16, d += 16) {
            ((word *)d)[0] = w;
            ((word *)d)[1] = w;
            ((word *)d)[2] = w;
            ((word *)d)[3] = w;
        }
        for (; n >= 4; n -= 4, d += 4)
            *(word *)d = w;
    }
    while (n--)
        *d++ = b;
    return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *p = a, *q = b;
    if (n >= 8 && misaligned(p) == misaligned(q)) {
        while (misaligned(p)) {
            if (*p != *q)
                return *p - *q;
            p++;
            q++;
            n--;
        }
        /* Skip equal words; a differing word is finished byte by byte below. */
        for (; n >= 4 && *(const word *)p == *(const word *)q; n -= 4, p += 4, q += 4)
            ;
    }
    for (; n; n--, p++, q++) {
        if (*p != *q)
            return *p - *q;
    }
    return 0;
}

size_t strlen(const char *str)
{
    const char *p = str;
    while (misaligned(p)) {
        if (*p == 0)
            return (size_t)(p - str);
        p++;
    }
    while (!has_zero(*(const word *)p))
        p += 4;
    while (*p)
        p++;
    return (size_t)(p - str);
}

int strcmp(const char *a, const char *b)
{
    const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
    if (misaligned(p) == misaligned(q)) {
        while (misaligned(p)) {
            if (*p != *q || *p == 0)
                return *p - *q;
            p++;
            q++;
        }
        for (;;) {
            uint32_t w = *(const word *)p;
            if (w != *(const word *)q || has_zero(w))
                break;
            p += 4;
            q += 4;
        }
    }
    while (*p && *p == *q) {
        p++;
        q++;
    }
    return *p - *q;
}

int strncmp(const char *a, const char *b, size_t n)
{
    const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
    if (n >= 8 && misaligned(p) == misaligned(q)) {
        while (misaligned(p)) {
            if (*p != *q || *p == 0)
                return *p - *q;
            p++;
            q++;
            if (--n == 0)
                return 0;
        }
        for (; n >= 4; n -= 4, p += 4, q += 4) {
            uint32_t w = *(const word *)p;
            if (w != *(const word *)q || has_zero(w))
                break;
        }
    }
    for (; n; n--, p++, q++) {
        if (*p != *q || *p == 0)
            return *p - *q;
    }
    return 0;
}

char *strchr(const char *str, int c)
{
    const char *p = str;
    char ch = (char)c;
    while (misaligned(p)) {
        if (*p == ch)
            return (char *)p;
        if (*p == 0)
            return NULL;
        p++;
    }
    uint32_t pattern = (unsigned char)ch * ONES;
    for (;;) {
        uint32_t w = *(const word *)p;
        if (has_zero(w) || has_zero(w ^ pattern))
            break;
        p += 4;
    }
    for (;; p++) {
        if (*p == ch)
            return (char *)p;
        if (*p == 0)
            return NULL;
    }
}

void *memchr(const void *src, int c, size_t n)
{
    const unsigned char *p = src;
    unsigned char ch = (unsigned char)c;
    while (n && misaligned(p)) {
        if (*p == ch)
            return (void *)p;
        p++;
        n--;
    }
    uint32_t pattern = ch * ONES;
    for (; n >= 4 && !has_zero(*(const word *)p ^ pattern); n -= 4)
        p += 4;
    for (; n; n--, p++) {
        if (*p == ch)
            return (void *)p;
    }
    return NULL;
}

char *strcpy(char *restrict dst, const char *restrict src)
{
    memcpy(dst, src, strlen(src) + 1);
    return dst;
}

char *strcat(char *restrict dst, const char *restrict src)
{
    strcpy(dst + strlen(dst), src);
    return dst;
}

char *strrchr(const char *str, int c)
{
    const char *last = NULL;
    char ch = (char)c;
    for (;; str++) {
        if (*str == ch)
            last = str;
        if (*str == 0)
            return (char *)last;
    }
}

size_t strnlen(const char *str, size_t max)
{
    const char *end = memchr(str, 0, max);
    return end ? (size_t)(end - str) : max;
}

char *strncpy(char *restrict dst, const char *restrict src, size_t n)
{
    size_t len = strnlen(src, n);
    memcpy(dst, src, len);
    memset(dst + len, 0, n - len);
    return dst;
}

char *strstr(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    if (n == 0)
        return (char *)hay;
    for (; (hay = strchr(hay, *needle)) != NULL; hay++) {
        if (strncmp(hay, needle, n) == 0)
            return (char *)hay;
    }
    return NULL;
}
