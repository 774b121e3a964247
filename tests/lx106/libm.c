/* libm results on the lx106 against the host's: 20000 pseudo-random doubles (exponents from
 * 2**-10 to 2**70, a seventh of them with short significands: halves and whole numbers) through
 * the rounding and splitting functions the core uses.  Built for both; tests/lx106/libm.sh
 * compares the two outputs line by line.  Deterministic: the same xorshift on both sides. */
#include <math.h>
#include <stdint.h>
#include <string.h>
#ifdef LIBM_HOST
#include <stdio.h>
static void out(const char *s) { fputs(s, stdout); }
#else
#include "semihost.h"
static void out(const char *s) { sh_puts(1, s); }
#endif

static uint64_t state = 88172645463325252u;

static uint64_t next(void)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

static void line(const char *name, uint64_t x, double r)
{
    char buf[64], *p = buf;
    uint64_t b;
    memcpy(&b, &r, sizeof b);
    while (*name)
        *p++ = *name++;
    for (int k = 0; k < 2; k++) {
        uint64_t v = k ? b : x;
        *p++ = ' ';
        for (int i = 60; i >= 0; i -= 4)
            *p++ = "0123456789abcdef"[(v >> i) & 15];
    }
    *p++ = '\n';
    *p = 0;
    out(buf);
}

int main(void)
{
    for (int i = 0; i < 20000; i++) {
        uint64_t b = next();
        uint64_t e = (uint64_t)(next() % 80) + 1013;
        b = (b & 0x800FFFFFFFFFFFFFu) | (e << 52);
        if (i % 7 == 0)
            b &= ~(uint64_t)0xFFFFF;
        double x, ip;
        int ex;
        memcpy(&x, &b, sizeof x);
        line("trunc", b, trunc(x));
        line("floor", b, floor(x));
        line("ceil", b, ceil(x));
        line("round", b, round(x));
        line("modf", b, modf(x, &ip));
        line("modfi", b, ip);
        line("fmod", b, fmod(x, 0.7));
        line("frexp", b, frexp(x, &ex));
        line("ldexp", b, ldexp(x, ex - 1040));
        line("sqrt", b, sqrt(fabs(x)));
    }
    return 0;
}
