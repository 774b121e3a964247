/* Output helpers for the lx106 test programs (no stdio: picolibc's printf reads its format
 * a byte at a time, which the flash-load check would rightly reject). */
#ifndef TIO_H
#define TIO_H

#include <stdint.h>

#include "qemu_port.h"
#include "semihost.h"

static inline void t_str(const char *s)
{
    sh_puts(1, s);
}

static inline void t_err(const char *s)
{
    sh_puts(2, s);
}

static inline void t_hex(uint32_t v)
{
    char b[8];
    sh_write(1, b, (size_t)(qemu_fmt_hex(b, v, 8) - b));
}

static inline void t_hex64(uint64_t v)
{
    t_hex((uint32_t)(v >> 32));
    t_hex((uint32_t)v);
}

static inline void t_dec(uint32_t v)
{
    char b[12];
    sh_write(1, b, (size_t)(qemu_fmt_dec(b, v) - b));
}

/* Decimal argument; -1 when s is not a number. */
static inline int32_t t_parse(const char *s)
{
    int32_t v = 0;
    if (!s || !*s)
        return -1;
    for (; *s; s++) {
        if (*s < '0' || *s > '9' || v > 100000000)
            return -1;
        v = v * 10 + (*s - '0');
    }
    return v;
}

static inline int t_streq(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

#endif
