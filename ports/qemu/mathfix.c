/* trunc, floor and ceil for the lx106 builds.  picolibc 1.8's versions, as built for the lx106
 * in Debian, return wrong results for many arguments (trunc(1e20) loses low bits; floor and
 * ceil get the carry between the two 32-bit halves wrong, e.g. ceil(4798498.27) = 4798500):
 * tests/lx106/libm.sh compares them with the host's.  Linked ahead of libm, these replace
 * them.  They work on the bits, exactly, with no floating-point helper calls but one add. */
#include <math.h>
#include <stdint.h>
#include <string.h>

double trunc(double x)
{
    uint64_t b;
    memcpy(&b, &x, sizeof b);
    int e = (int)((b >> 52) & 0x7FF) - 1023;
    if (e >= 52)
        return x;                        /* already whole, or inf/nan */
    if (e < 0)
        b &= (uint64_t)1 << 63;          /* |x| < 1: zero of the same sign */
    else
        b &= ~((((uint64_t)1) << (52 - e)) - 1);
    memcpy(&x, &b, sizeof x);
    return x;
}

/* t is whole and |t| < 2**52 whenever it differs from x, so t -+ 1 is exact. */
double floor(double x)
{
    double t = trunc(x);
    return t > x ? t - 1.0 : t;
}

double ceil(double x)
{
    double t = trunc(x);
    return t < x ? t + 1.0 : t;
}
