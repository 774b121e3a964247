/* dtoa: exact double <-> decimal conversions.  Contracts in dtoa.h, design in docs/numbers.md.
 *
 * Three engines, all exact:
 *  - a 64-bit "cached power" engine (in the spirit of Loitsch's Grisu): x is scaled by an
 *    approximate power of ten into a 64-bit fixed-point number whose error is below one unit,
 *    and the digits are produced with integer arithmetic.  Every decision that the error could
 *    flip is detected and handed to
 *  - a big-number engine (Steele & White / Dragon4) that works on the exact value with
 *    integers of at most 36 x 32 bits;
 *  - for reading, Clinger's fast path (exact double * 10^k), the 64-bit engine with an error
 *    bound, and the big-number engine comparing the input digit by digit with the exact
 *    half-way point between two neighbouring doubles.
 * Only 32x32->64 multiplies, shifts and one 32-bit divide per big-number digit are used, so the
 * code suits the lx106 (no FPU, no hardware divide).
 *
 * DTOA_FAST 0 leaves the 64-bit engine out: every double is written by the big-number engine,
 * and reading past Clinger's fast path starts from a double-arithmetic estimate that the
 * big-number comparison moves to the nearest double, a unit in the last place at a time.  The
 * firmware is built so (3.2 kB less flash; writing a double takes about four times as many
 * instructions, reading one with 17 digits some comparisons more), and the lx106 tests with it.
 */
#include "dtoa.h"

#ifndef DTOA_FAST
#define DTOA_FAST 1
#endif

#include <stdint.h>
#include <string.h>

#define HIDDEN ((uint64_t)1 << 52)

static uint64_t dbl_bits(double x)
{
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    return u;
}

static double bits_dbl(uint64_t u)
{
    double x;
    memcpy(&x, &u, sizeof x);
    return x;
}

/* Splits a finite nonzero |x| into f * 2^e, f < 2^53. */
static void split(uint64_t u, uint64_t *f, int *e)
{
    int ex = (int)((u >> 52) & 0x7ff);
    *f = u & (HIDDEN - 1);
    if (ex) {
        *f |= HIDDEN;
        *e = ex - 1075;
    } else {
        *e = -1074;
    }
}

static int clz64(uint64_t x)
{
    uint32_t hi = (uint32_t)(x >> 32);
    return hi ? __builtin_clz(hi) : 32 + __builtin_clz((uint32_t)x);
}

/* floor(x * log10(2)), exact for |x| <= 1650. */
static int floor_log10_pow2(int x)
{
    return (x * 78913) >> 18;
}

#if DTOA_FAST
static const uint32_t pow10_32[10] = {
    1u, 10u, 100u, 1000u, 10000u, 100000u, 1000000u, 10000000u, 100000000u, 1000000000u
};

static int ndigits32(uint32_t v)
{
    int n = 1;
    while (n < 10 && v >= pow10_32[n])
        n++;
    return n;
}
#endif

#if DTOA_FAST
/* ---------------------------------------------------------------------------------------
 * 64-bit engine.  cached_f[i] is 10^k, k = -348 + 8i, rounded to 64 bits with the top bit
 * set; its binary exponent (10^k ~ f * 2^e) is floor(k * log2(10)) - 63, computed below.
 */
#define CACHED_KMIN (-348)
#define CACHED_N 87

static const uint64_t cached_f[CACHED_N] = {
    0xfa8fd5a0081c0288u, 0xbaaee17fa23ebf76u, 0x8b16fb203055ac76u,
    0xcf42894a5dce35eau, 0x9a6bb0aa55653b2du, 0xe61acf033d1a45dfu,
    0xab70fe17c79ac6cau, 0xff77b1fcbebcdc4fu, 0xbe5691ef416bd60cu,
    0x8dd01fad907ffc3cu, 0xd3515c2831559a83u, 0x9d71ac8fada6c9b5u,
    0xea9c227723ee8bcbu, 0xaecc49914078536du, 0x823c12795db6ce57u,
    0xc21094364dfb5637u, 0x9096ea6f3848984fu, 0xd77485cb25823ac7u,
    0xa086cfcd97bf97f4u, 0xef340a98172aace5u, 0xb23867fb2a35b28eu,
    0x84c8d4dfd2c63f3bu, 0xc5dd44271ad3cdbau, 0x936b9fcebb25c996u,
    0xdbac6c247d62a584u, 0xa3ab66580d5fdaf6u, 0xf3e2f893dec3f126u,
    0xb5b5ada8aaff80b8u, 0x87625f056c7c4a8bu, 0xc9bcff6034c13053u,
    0x964e858c91ba2655u, 0xdff9772470297ebdu, 0xa6dfbd9fb8e5b88fu,
    0xf8a95fcf88747d94u, 0xb94470938fa89bcfu, 0x8a08f0f8bf0f156bu,
    0xcdb02555653131b6u, 0x993fe2c6d07b7facu, 0xe45c10c42a2b3b06u,
    0xaa242499697392d3u, 0xfd87b5f28300ca0eu, 0xbce5086492111aebu,
    0x8cbccc096f5088ccu, 0xd1b71758e219652cu, 0x9c40000000000000u,
    0xe8d4a51000000000u, 0xad78ebc5ac620000u, 0x813f3978f8940984u,
    0xc097ce7bc90715b3u, 0x8f7e32ce7bea5c70u, 0xd5d238a4abe98068u,
    0x9f4f2726179a2245u, 0xed63a231d4c4fb27u, 0xb0de65388cc8ada8u,
    0x83c7088e1aab65dbu, 0xc45d1df942711d9au, 0x924d692ca61be758u,
    0xda01ee641a708deau, 0xa26da3999aef774au, 0xf209787bb47d6b85u,
    0xb454e4a179dd1877u, 0x865b86925b9bc5c2u, 0xc83553c5c8965d3du,
    0x952ab45cfa97a0b3u, 0xde469fbd99a05fe3u, 0xa59bc234db398c25u,
    0xf6c69a72a3989f5cu, 0xb7dcbf5354e9beceu, 0x88fcf317f22241e2u,
    0xcc20ce9bd35c78a5u, 0x98165af37b2153dfu, 0xe2a0b5dc971f303au,
    0xa8d9d1535ce3b396u, 0xfb9b7cd9a4a7443cu, 0xbb764c4ca7a44410u,
    0x8bab8eefb6409c1au, 0xd01fef10a657842cu, 0x9b10a4e5e9913129u,
    0xe7109bfba19c0c9du, 0xac2820d9623bf429u, 0x80444b5e7aa7cf85u,
    0xbf21e44003acdd2du, 0x8e679c2f5e44ff8fu, 0xd433179d9c8cb841u,
    0x9e19db92b4e31ba9u, 0xeb96bf6ebadf77d9u, 0xaf87023b9bf0ee6bu,
};

static int cached_e(int i)
{
    int k = CACHED_KMIN + 8 * i;
    return ((k * 1741647) >> 19) - 63;   /* floor(k * log2(10)) - 63, exact for |k| <= 400 */
}

typedef struct { uint64_t hi, lo; } u128;

static u128 mul64(uint64_t a, uint64_t b)
{
    u128 r;
#ifdef __SIZEOF_INT128__
    unsigned __int128 p = (unsigned __int128)a * b;
    r.hi = (uint64_t)(p >> 64);
    r.lo = (uint64_t)p;
#else
    /* 32x32->64 products (one helper call each on the lx106, not a 64x64 multiply) */
    uint32_t a0 = (uint32_t)a, a1 = (uint32_t)(a >> 32), b0 = (uint32_t)b, b1 = (uint32_t)(b >> 32);
    uint64_t p00 = (uint64_t)a0 * b0, p01 = (uint64_t)a0 * b1, p10 = (uint64_t)a1 * b0,
             p11 = (uint64_t)a1 * b1;
    uint64_t mid = (p00 >> 32) + (uint32_t)p01 + (uint32_t)p10;
    r.hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
    r.lo = (mid << 32) | (uint32_t)p00;
#endif
    return r;
}

#endif

/* x * 10 in 32-bit halves: on the lx106 gcc would otherwise call the 64x64 multiply helper
 * (even for shifts and adds, which it folds back into a multiply). */
static uint64_t times10(uint64_t x)
{
#if UINTPTR_MAX > 0xffffffffu
    return x * 10;
#else
    uint32_t lo = (uint32_t)x, hi = (uint32_t)(x >> 32);
    uint32_t l8 = lo << 3, l = l8 + (lo << 1);
    uint32_t h = ((hi << 3) | (lo >> 29)) + ((hi << 1) | (lo >> 31)) + (l < l8);
    return (uint64_t)h << 32 | l;
#endif
}

#if DTOA_FAST
/* a * b / 2^64 rounded to nearest: off from the real product by at most 1/2. */
static uint64_t mul_hi_round(uint64_t a, uint64_t b)
{
    u128 p = mul64(a, b);
    return p.hi + (p.lo >> 63);
}

/* Index of the cached power that brings a number with binary exponent `ee` (64-bit
 * significand) into fixed point with exponent ee + cached_e + 64 in [-60, -32]. */
static int cached_index(int ee)
{
    int want = -60 - (ee + 64);  /* smallest acceptable cached_e */
    int i = (floor_log10_pow2(want + 63) - CACHED_KMIN) / 8;
    if (i < 0)
        i = 0;
    if (i > CACHED_N - 1)
        i = CACHED_N - 1;
    while (i < CACHED_N - 1 && cached_e(i) + ee + 64 < -60)
        i++;
    while (i > 0 && cached_e(i) + ee + 64 > -32)
        i--;
    return i;
}

/* Shortest digits of f * 2^e, or 0 when the approximation cannot decide.
 * With W-, W, W+ the scaled low boundary, value and high boundary (each within one unit of the
 * truth), the digits of hi = W+ + 1 are generated until the number they form exceeds
 * lo = W- - 1: no shorter number lies strictly between the true boundaries.  Then the candidate
 * of that length nearest to W is taken, if it is clearly nearest and clearly inside. */
static int fast_shortest(uint64_t f, int e, char *buf, int *decpt)
{
    int boundary = f == HIDDEN && e > -1074;
    uint64_t mp = 2 * f + 1;
    int s = clz64(mp);
    uint64_t mm = boundary ? (4 * f - 1) << (s - 1) : (2 * f - 1) << s;
    uint64_t vv = (2 * f) << s;
    mp <<= s;
    int ee = e - 1 - s;
    int i = cached_index(ee);
    uint64_t c = cached_f[i];
    int sh = -(ee + cached_e(i) + 64);
    uint64_t hi = mul_hi_round(mp, c) + 1, lo = mul_hi_round(mm, c) - 1;
    uint64_t unsafe = hi - lo, dv = hi - mul_hi_round(vv, c);
    uint64_t one = (uint64_t)1 << sh, mask = one - 1, unit = 1, rest, ten;
    uint32_t p1 = (uint32_t)(hi >> sh);
    uint64_t p2 = hi & mask;
    int n1 = ndigits32(p1), kappa = n1, n = 0;

    *decpt = n1 - (CACHED_KMIN + 8 * i);
    if (p2 >= unsafe) {
        /* the remainder stays >= p2 through the integer digits: no stop before the point */
        for (int j = n1 - 1; j >= 0; j--) {
            buf[j] = (char)('0' + p1 % 10);
            p1 /= 10;
        }
        n = n1;
        kappa = 0;
    }
    while (kappa > 0) {
        uint32_t p = pow10_32[--kappa];
        buf[n++] = (char)('0' + p1 / p);
        p1 %= p;
        rest = ((uint64_t)p1 << sh) + p2;
        if (rest < unsafe) {
            ten = (uint64_t)p << sh;
            goto select;
        }
    }
    for (;;) {
        p2 = times10(p2);
        unit = times10(unit);
        unsafe = times10(unsafe);
        dv = times10(dv);
        buf[n++] = (char)('0' + (p2 >> sh));
        p2 &= mask;
        if (p2 < unsafe)
            break;
        if (n > DTOA_SHORTEST_MAX)
            return 0;
    }
    rest = p2;
    ten = one;
select:
    if (n > DTOA_SHORTEST_MAX || ten / 4 <= unit)
        return 0;
    /* Candidates are hi - rest - j * ten, j >= 0; dv is hi - W. */
    int d = buf[n - 1] - '0';
    if (dv > rest) {
        while (dv - rest >= ten) {
            rest += ten;
            d--;
        }
        uint64_t up = dv - rest, down = ten - up;
        if ((up > down ? up - down : down - up) <= 2 * unit)
            return 0;
        if (down < up) {
            rest += ten;
            d--;
        }
    }
    if (d <= 0 || rest < 2 * unit || rest > unsafe - 2 * unit)
        return 0;
    buf[n - 1] = (char)('0' + d);
    return n;
}
#endif

/* Adds one unit in the last place of buf[0..n) (n may be 0); returns the new length. */
static int round_up(char *buf, int n, int *decpt)
{
    while (n > 0 && buf[n - 1] == '9')
        n--;
    if (n == 0) {
        buf[0] = '1';
        ++*decpt;
        return 1;
    }
    buf[n - 1]++;
    return n;
}

static int strip_zeros(const char *buf, int n)
{
    while (n > 0 && buf[n - 1] == '0')
        n--;
    return n;
}

/* Exact digits when f * 2^e is a 64.60-bit fixed-point number (after dropping f's trailing
 * zero bits): the integer part's digits, then the fraction's, each one exact; the rounding
 * looks at the first dropped digit and whether anything nonzero follows.  count as for
 * counted(); returns the digit count, -1 if cap is too small, -2 if x is out of range. */
typedef struct {
    char ib[20];             /* integer digits, least significant first */
    int ii, lastnz, sh;      /* integer digits left; index of the lowest nonzero one */
    uint64_t frac, mask;
} fixsrc;

static int fix_next(fixsrc *s)
{
    if (s->ii > 0)
        return s->ib[--s->ii] - '0';
    s->frac = times10(s->frac);
    int d = (int)(s->frac >> s->sh);
    s->frac &= s->mask;
    return d;
}

static int fix_more(const fixsrc *s)
{
    return s->lastnz < s->ii || s->frac != 0;
}

static int exact_counted(uint64_t f, int e, int fixed, int count, char *buf, size_t cap,
                         int *decpt)
{
    fixsrc s;
    int tz = __builtin_ctz((uint32_t)f ? (uint32_t)f : (uint32_t)(f >> 32)) + ((uint32_t)f ? 0 : 32);
    f >>= tz;
    e += tz;
    if (e < -60 || e > clz64(f))
        return -2;
    s.sh = e < 0 ? -e : 0;
    s.mask = ((uint64_t)1 << s.sh) - 1;
    s.frac = f & s.mask;
    uint64_t ip = e < 0 ? f >> s.sh : f << e;
    int ni = 0, dp, n = 0, d;
    s.lastnz = 20;
    while (ip) {
        /* at most two 64-bit divisions (slow on the lx106), the rest in 32 bits */
        uint32_t w = (uint32_t)ip;
        int k = 10;
        if (ip > 0xffffffffu) {
            w = (uint32_t)(ip % 1000000000u);
            ip /= 1000000000u;
            k = 9;
        } else {
            ip = 0;
        }
        for (; k > 0 && (w || ip); k--) {
            s.ib[ni] = (char)('0' + w % 10);
            if (s.ib[ni] != '0' && s.lastnz == 20)
                s.lastnz = ni;
            ni++;
            w /= 10;
        }
    }
    s.ii = dp = ni;
    d = fix_next(&s);
    for (; d == 0; d = fix_next(&s))   /* leading zeros after the point */
        dp--;
    if (fixed)
        count += dp;
    if (count < 0) {
        *decpt = dp - count;   /* the caller's -nd */
        return 0;
    }
    while (n < count) {
        if ((size_t)n >= cap)
            return -1;
        buf[n++] = (char)('0' + d);
        if (!fix_more(&s)) {
            *decpt = dp;
            return strip_zeros(buf, n);
        }
        d = fix_next(&s);
    }
    if (d > 5 || (d == 5 && (fix_more(&s) || (n > 0 && ((buf[n - 1] - '0') & 1))))) {
        if (cap == 0)
            return -1;
        n = round_up(buf, n, &dp);
    }
    *decpt = dp;
    return strip_zeros(buf, n);
}

#if DTOA_FAST
/* f * 2^e rounded to `count` significant digits (fixed: to `count` digits after the point),
 * or -1 when the approximation cannot decide.  V = f * 2^e * 10^k is known within one unit;
 * the digits of V are exact, and the rounding is decided if the remainder is further than the
 * error from one half of the last place.  buf needs 17 bytes. */
static int fast_counted(uint64_t f, int e, int fixed, int count, char *buf, int *decpt)
{
    int s = clz64(f);
    int ee = e - s;
    int i = cached_index(ee);
    int sh = -(ee + cached_e(i) + 64);
    uint64_t v = mul_hi_round(f << s, cached_f[i]);
    uint64_t one = (uint64_t)1 << sh, mask = one - 1, unit = 1, rest, ten, half;
    uint32_t p1 = (uint32_t)(v >> sh);
    uint64_t p2 = v & mask;
    int n1 = ndigits32(p1), n;

    *decpt = n1 - (CACHED_KMIN + 8 * i);
    if (fixed) {
        /* the approximate decpt is within one of the true one */
        if (*decpt + count <= -2) {
            *decpt = -count;
            return 0;
        }
        count += *decpt;
    }
    if (count <= 0 || count > 17)
        return -1;
    for (int j = n1 - 1; j >= 0; j--) {
        buf[j] = (char)('0' + p1 % 10);
        p1 /= 10;
    }
    if (count <= n1) {
        uint32_t p = pow10_32[n1 - count];
        p1 = (uint32_t)(v >> sh) % p;
        rest = ((uint64_t)p1 << sh) + p2;
        ten = (uint64_t)p << sh;
        n = count;
    } else {
        for (n = n1; n < count; ) {
            p2 = times10(p2);
            unit = times10(unit);
            buf[n++] = (char)('0' + (p2 >> sh));
            p2 &= mask;
        }
        rest = p2;
        ten = one;
    }
    half = ten / 2;
    if (rest > half ? rest - half <= unit : half - rest <= unit)
        return -1;
    if (rest > half)
        n = round_up(buf, n, decpt);
    return strip_zeros(buf, n);
}
#endif

/* ---------------------------------------------------------------------------------------
 * Big numbers: little-endian 32-bit words, n words used, w[n-1] != 0 (n == 0 is zero).
 * 36 words hold every value the engine makes (at most about 1110 bits: docs/numbers.md).
 */
#define BN_WORDS 36

typedef struct {
    int n;
    uint32_t w[BN_WORDS];
} bn;

/* Tests build with -DDTOA_TEST_HOOKS to record the largest size reached (overflowing w would
 * go unnoticed inside a struct, even by the address sanitizer). */
#ifdef DTOA_TEST_HOOKS
int dtoa_bn_max_words;
#define BN_NOTE(b) (dtoa_bn_max_words = (b)->n > dtoa_bn_max_words ? (b)->n : dtoa_bn_max_words)
#else
#define BN_NOTE(b) ((void)0)
#endif

static void bn_set64(bn *b, uint64_t v)
{
    b->w[0] = (uint32_t)v;
    b->w[1] = (uint32_t)(v >> 32);
    b->n = b->w[1] ? 2 : b->w[0] ? 1 : 0;
}

static void bn_mul32(bn *b, uint32_t m)
{
    uint32_t carry = 0;
    for (int i = 0; i < b->n; i++) {
        uint64_t t = (uint64_t)b->w[i] * m + carry;
        b->w[i] = (uint32_t)t;
        carry = (uint32_t)(t >> 32);
    }
    if (carry)
        b->w[b->n++] = carry;
    BN_NOTE(b);
}

static void bn_shl(bn *b, int s)
{
    int ws = s >> 5, bs = s & 31, n = b->n;
    if (n == 0)
        return;
    if (bs) {
        uint32_t top = b->w[n - 1] >> (32 - bs);
        for (int i = n - 1; i > 0; i--)
            b->w[i] = (b->w[i] << bs) | (b->w[i - 1] >> (32 - bs));
        b->w[0] <<= bs;
        if (top)
            b->w[n++] = top;
    }
    if (ws) {
        memmove(b->w + ws, b->w, (size_t)n * 4);
        memset(b->w, 0, (size_t)ws * 4);
        n += ws;
    }
    b->n = n;
    BN_NOTE(b);
}

static const uint32_t pow5_32[14] = {
    1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125, 9765625, 48828125, 244140625,
    1220703125
};

static void bn_mulpow10(bn *b, int k)
{
    int r = k;
    for (; r >= 13; r -= 13)
        bn_mul32(b, pow5_32[13]);
    if (r)
        bn_mul32(b, pow5_32[r]);
    bn_shl(b, k);
}

static int bn_cmp(const bn *a, const bn *b)
{
    if (a->n != b->n)
        return a->n > b->n ? 1 : -1;
    for (int i = a->n - 1; i >= 0; i--)
        if (a->w[i] != b->w[i])
            return a->w[i] > b->w[i] ? 1 : -1;
    return 0;
}

/* Sign of a + m * b - c, m in {1, 2}, without storing the sum. */
static int bn_addcmp(const bn *a, const bn *b, uint32_t m, const bn *c)
{
    int n = a->n > b->n ? a->n : b->n;
    if (c->n > n)
        n = c->n;
    int64_t carry = 0;
    uint32_t nz = 0;
    for (int i = 0; i < n; i++) {
        int64_t t = carry + (i < a->n ? a->w[i] : 0) + (int64_t)m * (i < b->n ? b->w[i] : 0)
                    - (i < c->n ? c->w[i] : 0);
        nz |= (uint32_t)t;
        carry = t >> 32;   /* arithmetic shift (gcc): floor division by 2^32 */
    }
    if (carry)
        return carry > 0 ? 1 : -1;
    return nz != 0;
}

static void bn_trim(bn *a)
{
    while (a->n > 0 && a->w[a->n - 1] == 0)
        a->n--;
}

static void bn_sub(bn *a, const bn *b)  /* a -= b, a >= b */
{
    uint32_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        uint32_t x = a->w[i], y = i < b->n ? b->w[i] : 0;
        uint32_t d = x - y - borrow;
        borrow = (x < y) || (x - y < borrow);
        a->w[i] = d;
    }
    bn_trim(a);
}

/* q = floor(r / s) and r = r mod s, for r < 10 s, with s's top word in [2^27, 2^28).  The
 * estimate from the top words is at most one too small. */
static uint32_t bn_qdigit(bn *r, const bn *s)
{
    int n = s->n;
    if (r->n < n)
        return 0;
    uint32_t q = r->w[n - 1] / (s->w[n - 1] + 1);
    if (q) {
        uint32_t carry = 0, borrow = 0;
        for (int i = 0; i < n; i++) {
            uint64_t p = (uint64_t)s->w[i] * q + carry;
            uint32_t lo = (uint32_t)p, x = r->w[i];
            carry = (uint32_t)(p >> 32);
            r->w[i] = x - lo - borrow;
            borrow = (x < lo) || (x - lo < borrow);
        }
        bn_trim(r);
    }
    if (bn_cmp(r, s) >= 0) {
        bn_sub(r, s);
        q++;
    }
    return q;
}

/* The exact value is r / s * 10^decpt with 0.1 <= r / s < 1 (or, in shortest mode, a little
 * below 0.1 when the high boundary reaches 10^(decpt-1)).  In shortest mode the low margin
 * is *m / s * 10^decpt and the high one mfac times that; other modes have no m (m == NULL),
 * which keeps their stack use to two numbers. */
typedef struct {
    bn r, s, *m;
    int decpt;
    uint32_t mfac;
    int even;
} dragon;

static void dragon_init(dragon *d, uint64_t f, int e, bn *m)
{
    int shortest = m != NULL;
    int b = shortest && f == HIDDEN && e > -1074;
    d->m = m;
    d->mfac = b ? 2 : 1;
    d->even = shortest && !(f & 1);
    if (e >= 0) {
        bn_set64(&d->r, f);
        bn_shl(&d->r, e + 1 + b);
        bn_set64(&d->s, (uint64_t)2 << b);
    } else {
        bn_set64(&d->r, f << (1 + b));
        bn_set64(&d->s, 1);
        bn_shl(&d->s, 1 + b - e);
    }
    if (m) {
        bn_set64(m, 1);
        if (e >= 0)
            bn_shl(m, e);
    }
    /* 10^(k-1) <= value < 10^(k+1) */
    int k = floor_log10_pow2(e + 63 - clz64(f)) + 1;
    if (k >= 0) {
        bn_mulpow10(&d->s, k);
    } else {
        bn_mulpow10(&d->r, -k);
        if (m)
            bn_mulpow10(m, -k);
    }
    int c = m ? bn_addcmp(&d->r, m, d->mfac, &d->s) : bn_cmp(&d->r, &d->s);
    if (c > 0 || (c == 0 && (d->even || !m))) {
        bn_mul32(&d->s, 10);
        k++;
    }
    d->decpt = k;
    int top = 31 - __builtin_clz(d->s.w[d->s.n - 1]);
    int sh = top <= 27 ? 27 - top : 59 - top;
    bn_shl(&d->r, sh);
    bn_shl(&d->s, sh);
    if (m)
        bn_shl(m, sh);
}

static int dragon_shortest(dragon *d, char *buf)
{
    int n = 0;
    for (;;) {
        bn_mul32(&d->r, 10);
        bn_mul32(d->m, 10);
        uint32_t q = bn_qdigit(&d->r, &d->s);
        int c = bn_cmp(&d->r, d->m);
        int low = c < 0 || (c == 0 && d->even);
        c = bn_addcmp(&d->r, d->m, d->mfac, &d->s);
        int high = c > 0 || (c == 0 && d->even);
        if (low && high) {
            c = bn_addcmp(&d->r, &d->r, 1, &d->s);
            if (c > 0 || (c == 0 && (q & 1)))
                q++;
        } else if (high) {
            q++;   /* cannot reach 10: the previous digit would have stopped */
        }
        buf[n++] = (char)('0' + q);
        if (low || high || n == DTOA_SHORTEST_MAX)
            return n;
    }
}

/* `count` digits, correctly rounded; 0 digits when count < 0 or the value rounds to zero. */
static int dragon_counted(dragon *d, long count, char *buf, size_t cap)
{
    int n = 0;
    if (count < 0)
        return 0;
    while (n < count && d->r.n) {
        if ((size_t)n >= cap)
            return -1;
        bn_mul32(&d->r, 10);
        buf[n++] = (char)('0' + bn_qdigit(&d->r, &d->s));
    }
    if (d->r.n) {
        int c = bn_addcmp(&d->r, &d->r, 1, &d->s);
        if (c > 0 || (c == 0 && n > 0 && ((buf[n - 1] - '0') & 1))) {
            if (n == 0 && cap == 0)
                return -1;
            n = round_up(buf, n, &d->decpt);
        }
    }
    return strip_zeros(buf, n);
}

/* ---------------------------------------------------------------------------------------
 * Double to digits.
 */
static int finite_parts(double x, uint64_t *f, int *e)
{
    uint64_t u = dbl_bits(x) & ~((uint64_t)1 << 63);
    if (u >= (uint64_t)0x7ff << 52)
        return -1;
    if (u == 0)
        return 0;
    split(u, f, e);
    return 1;
}

int dtoa_shortest(double x, char *digits, int *decpt)
{
    uint64_t f;
    int e, n, k = finite_parts(x, &f, &e);
    if (k <= 0) {
        if (k < 0)
            return -1;
        digits[0] = '0';
        *decpt = 1;
        return 1;
    }
#if DTOA_FAST
    n = fast_shortest(f, e, digits, decpt);
#else
    n = 0;
#endif
    if (n == 0) {
        dragon d;
        bn m;
        dragon_init(&d, f, e, &m);
        n = dragon_shortest(&d, digits);
        *decpt = d.decpt;
    }
    return n;
}

/* count: significant digits, or (fixed) digits after the point, clamped to where the result
 * no longer changes: no double has more than 1074 digits after the point or 309 before. */
static int counted(double x, int fixed, int count, char *digits, size_t cap, int *decpt)
{
    uint64_t f;
    int e, n, k = finite_parts(x, &f, &e);
    if (k <= 0) {
        if (k < 0 || cap < 1)
            return -1;
        digits[0] = '0';
        *decpt = 1;
        return 1;
    }
    n = exact_counted(f, e, fixed, count, digits, cap, decpt);
    if (n != -2)
        return n;
#if DTOA_FAST
    if (cap >= 17) {
        char tmp[17];
        n = fast_counted(f, e, fixed, count, tmp, decpt);
        if (n >= 0) {
            memcpy(digits, tmp, (size_t)n);
            return n;
        }
    }
#endif
    dragon d;
    dragon_init(&d, f, e, NULL);
    n = dragon_counted(&d, fixed ? d.decpt + count : count, digits, cap);
    *decpt = n == 0 ? -count : d.decpt;
    return n;
}

int dtoa_fixed(double x, int nd, char *digits, size_t cap, int *decpt)
{
    return counted(x, 1, nd < -400 ? -400 : nd > 1100 ? 1100 : nd, digits, cap, decpt);
}

int dtoa_precision(double x, int nsig, char *digits, size_t cap, int *decpt)
{
    if (nsig < 1)
        return -1;
    return counted(x, 0, nsig > 800 ? 800 : nsig, digits, cap, decpt);
}

/* ---------------------------------------------------------------------------------------
 * Formatting, following CPython's format_float_short: the digits are a window
 * [vstart, vend) of the infinite string ...000<digits>000..., with the point before index
 * `decpt`, and an exponent when use_exp.
 */
/* "inf" or "nan", in upper case if asked: written out, as a literal would be in flash on the
 * board, where this file (built without -mforce-l32) may not load bytes. */
static char *put_inf_nan(char *p, int nan, int upper)
{
    int up = upper ? 'A' - 'a' : 0;
    p[0] = (char)((nan ? 'n' : 'i') + up);
    p[1] = (char)((nan ? 'a' : 'n') + up);
    p[2] = (char)((nan ? 'n' : 'f') + up);
    return p + 3;
}

int dtoa_format(double x, char type, int prec, int flags, char *out, size_t cap)
{
    int upper = 0, add_dot_0 = 0, pct = 0, alt = flags & DTOA_ALT, use_exp = 0;
    int neg = (dbl_bits(x) >> 63) != 0;
    int nd, decpt, vstart, vend, ex = 0;
    size_t len;
    char *digits, *p;

    switch (type) {
    case 'E': case 'F': case 'G':
        upper = 1;
        type = (char)(type - 'A' + 'a');
        break;
    case '%':
        x *= 100;
        pct = 1;
        type = 'f';
        break;
    case '\0':
        add_dot_0 = 1;
        type = prec < 0 ? 'r' : 'g';
        break;
    case 'r':
        add_dot_0 = 1;
        break;
    case 'e': case 'f': case 'g':
        break;
    default:
        return -1;
    }
    if (prec < 0)
        prec = 6;
    if (type == 'g' && prec == 0)
        prec = 1;
    /* Beyond 800 digits 'g' without '#' prints the same; every other case prints at least
     * `prec` characters. */
    if (type == 'g' && !alt && prec > 800)
        prec = 800;
    else if (type != 'r' && ((size_t)prec >= cap || prec > 100000000))
        return -1;
    uint64_t u = dbl_bits(x) & ~((uint64_t)1 << 63);
    if (u >= (uint64_t)0x7ff << 52) {
        if (cap < 6)   /* "-inf%" */
            return -1;
        p = out;
        if (u == (uint64_t)0x7ff << 52) {
            if (neg)
                *p++ = '-';
            p = put_inf_nan(p, 0, upper);
        } else {
            p = put_inf_nan(p, 1, upper);
        }
        if (pct)
            *p++ = '%';
        *p = '\0';
        return (int)(p - out);
    }

    /* The digits are made at the end of out; the text is then written from the front and
     * never overtakes the digit being read, because the whole text fits in cap. */
    if (type == 'r') {
        char tmp[DTOA_SHORTEST_MAX];
        nd = dtoa_shortest(x, tmp, &decpt);
        if ((size_t)nd > cap)
            return -1;
        digits = out + cap - nd;
        memcpy(digits, tmp, (size_t)nd);
        vend = nd;
    } else {
        size_t area = cap < DTOA_DIGITS_MAX ? cap : DTOA_DIGITS_MAX;
        digits = out + cap - area;
        if (type == 'f')
            nd = dtoa_fixed(x, prec, digits, area, &decpt);
        else
            nd = dtoa_precision(x, prec + (type == 'e'), digits, area, &decpt);
        if (nd < 0)
            return -1;
        memmove(out + cap - nd, digits, (size_t)nd);
        digits = out + cap - nd;
        vend = type == 'e' ? prec + 1 : type == 'f' ? decpt + prec : alt ? prec : nd;
    }
    if (type == 'e')
        use_exp = 1;
    else if (type == 'g')
        use_exp = decpt <= -4 || decpt > (add_dot_0 ? prec - 1 : prec);
    else if (type == 'r')
        use_exp = decpt <= -4 || decpt > 16;
    if (use_exp) {
        ex = decpt - 1;
        decpt = 1;
    }
    if ((flags & DTOA_NO_NEG_0) && (nd == 0 || (nd == 1 && digits[0] == '0')))
        neg = 0;
    vstart = decpt <= 0 ? decpt - 1 : 0;
    if (vend < decpt + (!use_exp && add_dot_0))
        vend = decpt + (!use_exp && add_dot_0);
    /* sign, the window with its point, exponent (at most "e+308"), '%', NUL */
    len = (size_t)neg + (size_t)(vend - vstart) + 1 + (use_exp ? 5u : 0u) + (size_t)pct + 1;
    if (len > cap)
        return -1;
    p = out;
    if (neg)
        *p++ = '-';
    for (int i = vstart; i < vend; i++) {
        if (i == decpt)
            *p++ = '.';
        *p++ = i >= 0 && i < nd ? digits[i] : '0';
    }
    if (vend == decpt && alt)
        *p++ = '.';
    if (use_exp) {
        *p++ = upper ? 'E' : 'e';
        *p++ = ex < 0 ? '-' : '+';
        if (ex < 0)
            ex = -ex;
        if (ex >= 100)
            *p++ = (char)('0' + ex / 100);
        *p++ = (char)('0' + ex / 10 % 10);
        *p++ = (char)('0' + ex % 10);
    }
    if (pct)
        *p++ = '%';
    *p = '\0';
    return (int)(p - out);
}

/* ---------------------------------------------------------------------------------------
 * Decimal to double.  A decimal is given by a pointer to its first significant digit (the
 * digits that follow may be interleaved with '.' and '_', which are skipped), the count
 * `nsig` of significant digits (trailing zeros excluded) and decpt: value 0.d1d2... * 10^decpt.
 */
static const double pow10_dbl[23] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

static const char *next_digit(const char *p)
{
    while (*p < '0' || *p > '9')
        p++;
    return p;
}

/* Sign of (decimal - (2 * mant + 1) * 2^(ebin - 1)), the decimal compared with the point half
 * way between mant * 2^ebin and the next double up. */
static int cmp_halfway(const char *p, long nsig, long decpt, uint64_t mant, int ebin)
{
    dragon d;
    dragon_init(&d, 2 * mant + 1, ebin - 1, NULL);
    if (decpt != d.decpt)
        return decpt > d.decpt ? 1 : -1;
    for (long i = 0; i < nsig; i++) {
        if (d.r.n == 0)
            return 1;    /* the half-way point ends; the decimal goes on with a nonzero digit */
        p = next_digit(p);
        bn_mul32(&d.r, 10);
        uint32_t q = bn_qdigit(&d.r, &d.s);
        uint32_t c = (uint32_t)(*p++ - '0');
        if (c != q)
            return c > q ? 1 : -1;
    }
    return d.r.n ? -1 : 0;
}

/* The sign of (decimal - the half-way point between the double `bits` and the next one up). */
static int halfway_above(const char *p, long nsig, long decpt, uint64_t bits)
{
    int ex = (int)(bits >> 52);
    uint64_t mant = bits & (HIDDEN - 1);
    if (ex)
        return cmp_halfway(p, nsig, decpt, mant | HIDDEN, ex - 1075);
    return cmp_halfway(p, nsig, decpt, mant, -1074);
}

#if DTOA_FAST
/* a * b rounded to 64 bits with the top bit set (a, b have theirs set); adds the exponent. */
static uint64_t mul_norm(uint64_t a, uint64_t b, int *e)
{
    u128 p = mul64(a, b);
    uint64_t r;
    if (p.hi >> 63) {
        r = p.hi + (p.lo >> 63);
        *e += 64;
    } else {
        r = ((p.hi << 1) | (p.lo >> 63)) + ((p.lo >> 62) & 1);
        *e += 63;
    }
    if (r == 0) {   /* rounding carried out of 64 bits */
        r = (uint64_t)1 << 63;
        ++*e;
    }
    return r;
}

/* The double nearest to dm * 10^q, or 1 ulp below it (then the caller compares exactly). */
static uint64_t approx_bits(const char *p0, long nsig, long decpt, uint64_t dm, int q, int trunc)
{
    uint64_t bits, mant;
    /* 64-bit approximation; its error is below err units in the last place (numbers.md) */
    int s = clz64(dm), e2 = -s, i = (q - CACHED_KMIN) / 8, r = q - CACHED_KMIN - 8 * i;
    uint64_t fr = dm << s, err = trunc ? (uint64_t)1 << s : 0;
    if (r) {
        uint64_t a = pow10_32[r];
        int z = clz64(a);
        e2 -= z;
        fr = mul_norm(fr, a << z, &e2);
    }
    e2 += cached_e(i);
    fr = mul_norm(fr, cached_f[i], &e2);
    err = 2 * err + 4;
    int be = e2 + 63, drop;   /* 2^be <= value < 2^(be+1) */
    if (be > 1023)
        return (uint64_t)0x7ff << 52;
    drop = be >= -1022 ? 11 : -1011 - be;   /* bits below the double's last place */
    bits = 0;
    if (drop < 64) {
        uint64_t low = fr & (((uint64_t)1 << drop) - 1), half = (uint64_t)1 << (drop - 1);
        mant = fr >> drop;
        bits = be >= -1022 ? ((uint64_t)(be + 1022) << 52) + mant : mant;
        if ((low > half ? low - half : half - low) > err)
            return bits + (low > half);
    }
    /* Too close to a half-way point: compare exactly with the one above the candidate. */
    int c = halfway_above(p0, nsig, decpt, bits);
    return bits + (c > 0 || (c == 0 && (bits & 1)));
}
#else
/* dm * 10^q in double arithmetic, some units in the last place off (each step rounds once; the
 * partial results never pass the final one, so none overflows or underflows before it does),
 * then moved to the nearest double (ties to even) by exact comparisons with the half-way points
 * on either side. */
static uint64_t approx_bits(const char *p0, long nsig, long decpt, uint64_t dm, int q, int trunc)
{
    (void)trunc;
    const uint64_t inf = (uint64_t)0x7ff << 52;
    double v = (double)dm;
    for (; q > 22; q -= 22)
        v *= 1e22;
    for (; q < -22; q += 22)
        v /= 1e22;
    v = q >= 0 ? v * pow10_dbl[q] : v / pow10_dbl[-q];
    uint64_t bits = dbl_bits(v);
    /* up while the decimal is past the half-way point above (to the even one on a tie) */
    int moved = 0, c;
    while (bits < inf && ((c = halfway_above(p0, nsig, decpt, bits)) > 0 || (c == 0 && (bits & 1)))) {
        bits++;
        moved = 1;
    }
    /* else down while it is below the one under */
    while (!moved && bits > 0 &&
           ((c = halfway_above(p0, nsig, decpt, bits - 1)) < 0 || (c == 0 && !((bits - 1) & 1))))
        bits--;
    return bits;
}
#endif

/* Bits of the double nearest to the decimal (ties to even).  dm holds the first nacc >= 1
 * significant digits (at most 19; may include zeros past the last significant one). */
static uint64_t decimal_bits(const char *p0, long nsig, long decpt, uint64_t dm, int nacc)
{
    int q, trunc = nsig > nacc;

    if (nsig == 0 || decpt < -323)   /* below 10^-324, less than half the least subnormal */
        return 0;
    if (decpt > 310)
        return (uint64_t)0x7ff << 52;
    q = (int)decpt - nacc;   /* value = dm * 10^q, plus the digits beyond the 19th */
    if (!trunc && dm < HIDDEN * 2 && q >= -22) {
        /* Clinger: exact operands, one correctly rounded operation */
        if (q <= 0)
            return dbl_bits((double)dm / pow10_dbl[-q]);
        if (q <= 22)
            return dbl_bits((double)dm * pow10_dbl[q]);
        while (q > 22 && dm < HIDDEN * 2 / 10) {
            dm *= 10;
            q--;
        }
        if (q == 22)
            return dbl_bits((double)dm * pow10_dbl[22]);
    }
    return approx_bits(p0, nsig, decpt, dm, q, trunc);
}

static int match_word(const char *s, size_t len, const char *w)
{
    char word[9];   /* w is a literal (see put_inf_nan) */
    size_t n = strlen(w);
    if (len < n || n > sizeof word)
        return 0;
    memcpy(word, w, n);
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 0x20) != word[i])
            return 0;
    return 1;
}

typedef struct {
    int64_t ndig, fnz, lnz;   /* digits seen, index of the first and last nonzero one */
    const char *first;        /* the first nonzero digit */
    uint64_t dm;              /* the first nacc digits from the first nonzero one */
    int nacc;
} scan;

/* Scans digits from s[i], with single '_' between two digits when us; returns the end. */
static size_t scan_digits(const char *s, size_t i, size_t len, int us, scan *sc)
{
    int64_t ndig = sc->ndig, fnz = sc->fnz, lnz = sc->lnz;
    uint64_t dm = sc->dm;
    int nacc = sc->nacc;
    while (i < len) {
        unsigned c = (unsigned)(unsigned char)s[i] - '0';
        if (c < 10) {
            if (c) {
                if (fnz < 0) {
                    fnz = ndig;
                    sc->first = s + i;
                }
                lnz = ndig;
            }
            if (fnz >= 0 && nacc < 19) {
                dm = dm * 10 + c;
                nacc++;
            }
            ndig++;
            i++;
        } else if (s[i] == '_' && us && i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9'
                   && i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '9') {
            i++;
        } else {
            break;
        }
    }
    sc->ndig = ndig;
    sc->fnz = fnz;
    sc->lnz = lnz;
    sc->dm = dm;
    sc->nacc = nacc;
    return i;
}

int dtoa_parse(const char *s, size_t len, int flags, double *out, size_t *consumed)
{
    size_t i = 0, j;
    int neg = 0, us = flags & DTOA_PARSE_UNDERSCORE;
    scan sc = { 0, -1, -1, NULL, 0, 0 };
    int64_t nint, ex = 0, decpt, nsig;

    *consumed = 0;
    if ((flags & DTOA_PARSE_SIGN) && len > 0 && (s[0] == '+' || s[0] == '-')) {
        neg = s[0] == '-';
        i = 1;
    }
    if ((flags & DTOA_PARSE_SPECIAL) && i < len && ((s[i] | 0x20) == 'i' || (s[i] | 0x20) == 'n')) {
        size_t n = match_word(s + i, len - i, "infinity") ? 8
                   : match_word(s + i, len - i, "inf") ? 3 : 0;
        if (n || match_word(s + i, len - i, "nan")) {
            uint64_t b = n ? (uint64_t)0x7ff << 52 : (uint64_t)0xfff << 51;
            *out = bits_dbl(b | (uint64_t)neg << 63);
            *consumed = i + (n ? n : 3);
            return 0;
        }
    }
    j = scan_digits(s, i, len, us, &sc);
    nint = sc.ndig;
    if (j < len && s[j] == '.') {
        size_t k = scan_digits(s, j + 1, len, us, &sc);
        if (sc.ndig > 0)
            j = k;
    }
    if (sc.ndig == 0)
        return -1;
    if (j < len && (s[j] == 'e' || s[j] == 'E')) {
        size_t k = j + 1;
        int eneg = 0;
        if (k < len && (s[k] == '+' || s[k] == '-'))
            eneg = s[k++] == '-';
        if (k < len && s[k] >= '0' && s[k] <= '9') {
            for (; k < len; k++) {
                if (s[k] == '_' && us && k + 1 < len && s[k + 1] >= '0' && s[k + 1] <= '9')
                    continue;
                if (s[k] < '0' || s[k] > '9')
                    break;
                if (ex < 100000000)
                    ex = ex * 10 + (s[k] - '0');
            }
            if (eneg)
                ex = -ex;
            j = k;
        }
    }
    *consumed = j;
    if (sc.fnz < 0) {
        *out = neg ? -0.0 : 0.0;
        return 0;
    }
    decpt = nint - sc.fnz + ex;
    nsig = sc.lnz - sc.fnz + 1;
    if (decpt > 100000)
        decpt = 100000;
    if (decpt < -100000)
        decpt = -100000;
    if (nsig > 100000000)   /* only the first 800 or so digits are ever looked at */
        nsig = 100000000;
    uint64_t b = decimal_bits(sc.first, (long)nsig, (long)decpt, sc.dm, sc.nacc);
    *out = bits_dbl(b | (uint64_t)neg << 63);
    return 0;
}

int dtoa_round(double x, long nd, double *out)
{
    uint64_t u = dbl_bits(x), f, sign = u & ((uint64_t)1 << 63);
    int e, n, decpt;
    char buf[20];

    *out = x;
    if (finite_parts(x, &f, &e) <= 0 || nd > 323)
        return 0;
    if (nd < -308) {
        *out = bits_dbl(sign);
        return 0;
    }
    /* With 18 or more significant digits the rounded decimal is within a quarter unit in the
     * last place of x and reads back as x. */
    if (floor_log10_pow2(e + 63 - clz64(f)) + 1 + nd >= 18)
        return 0;
    n = dtoa_fixed(x, (int)nd, buf, sizeof buf, &decpt);
    uint64_t dm = 0;
    for (int i = 0; i < n; i++)
        dm = dm * 10 + (uint64_t)(buf[i] - '0');
    u = n > 0 ? decimal_bits(buf, n, decpt, dm, n) : 0;
    *out = bits_dbl(u | sign);
    return u == (uint64_t)0x7ff << 52 ? -1 : 0;
}
