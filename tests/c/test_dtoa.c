/* Tests for lib/dtoa.c.
 *
 *   test_dtoa [-n COUNT] [-v VECTORS] [--bench]
 *
 * - CPython 3.11's own outputs (tests/c/dtoa_vectors.txt, made by gen_dtoa_vectors.py);
 * - glibc as the reference for exact digits (printf %.*e / %.*f and strtod are exact there)
 *   on COUNT random doubles (default 1000000) per check: random bit patterns, subnormals
 *   included, and numbers of everyday size;
 * - the definition of the shortest repr checked directly: it reads back, no string with one
 *   digit fewer reads back, and it is the nearest of its length;
 * - exact half-way points between neighbouring doubles, printed exactly through long double;
 * - the API contracts (buffers too small, inf/nan, bad syntax).
 * --bench prints conversion rates against glibc instead (build without sanitizers for that).
 *
 * Built for the lx106 (QEMU, picolibc), whose C library is no reference for exactness, the
 * program checks the CPython vectors (-v - reads them from stdin), the hand-picked cases and
 * read-back of random values, and --bench counts instructions per conversion.
 */
#include "dtoa.h"

#include <float.h>

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifdef __XTENSA__
#include "semihost.h"
#define LIBC_IS_REFERENCE 0
#else
#define LIBC_IS_REFERENCE 1
#endif

static long checks, failures;
extern int dtoa_bn_max_words;   /* lib/dtoa.c built with -DDTOA_TEST_HOOKS */

#define CHECK(cond, ...)                                  \
    do {                                                  \
        checks++;                                         \
        if (!(cond)) {                                    \
            if (failures++ < 30) {                        \
                fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
                fprintf(stderr, __VA_ARGS__);             \
                fputc('\n', stderr);                      \
            }                                             \
        }                                                 \
    } while (0)

static uint64_t rng_state = 0x9e3779b97f4a7c15u;

static uint64_t rnd(void)   /* splitmix64 */
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static int rnd_range(int lo, int hi)   /* inclusive */
{
    return lo + (int)(rnd() % (uint64_t)(hi - lo + 1));
}

static uint64_t bits_of(double x)
{
    uint64_t u;
    memcpy(&u, &x, 8);
    return u;
}

static double of_bits(uint64_t u)
{
    double x;
    memcpy(&x, &u, 8);
    return x;
}

/* positive finite double from random bits */
static double rnd_bits_double(void)
{
    for (;;) {
        uint64_t u = rnd() >> 1;
        if ((u >> 52) != 0x7ff)
            return of_bits(u);
    }
}

/* positive double of everyday size: 2^-40 .. 2^60, sometimes few significant bits */
static double rnd_everyday(void)
{
    uint64_t m = rnd() >> 11;
    if (rnd() & 1)
        m >>= rnd_range(0, 50);
    if (m == 0)
        m = 1;
    return ldexp((double)m, rnd_range(-93, 7));
}

static double rnd_double(void)
{
    return (rnd() & 1) ? rnd_bits_double() : rnd_everyday();
}

/* ---- decimal digit strings ---- */

/* Adds delta (+1 or -1) in the last place of digits[0..n); may change the length. */
static int bump(char *digits, int n, int *decpt, int delta)
{
    int i = n - 1;
    if (delta > 0) {
        while (i >= 0 && digits[i] == '9')
            digits[i--] = '0';
        if (i < 0) {
            memmove(digits + 1, digits, (size_t)n);
            digits[0] = '1';
            ++*decpt;
            n++;
        } else {
            digits[i]++;
        }
    } else {
        while (i >= 0 && digits[i] == '0')
            digits[i--] = '9';
        if (i < 0)
            return 0;
        digits[i]--;
        if (i == 0 && digits[0] == '0') {
            memmove(digits, digits + 1, (size_t)n - 1);
            n--;
            --*decpt;
        }
    }
    return n;
}

static int same_digits(const char *a, int an, int adp, const char *b, int bn, int bdp)
{
    while (an > 0 && a[an - 1] == '0')
        an--;
    while (bn > 0 && b[bn - 1] == '0')
        bn--;
    return an == bn && (an == 0 || adp == bdp) && memcmp(a, b, (size_t)an) == 0;
}

#if LIBC_IS_REFERENCE
/* ---- decimal helpers on top of glibc ---- */

/* Digits and decpt of a glibc "%.*e" string: "d.ddde+XX". Strips trailing zeros. */
static int from_e(const char *s, char *digits, int *decpt)
{
    int n = 0;
    const char *p = s;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            digits[n++] = *p;
    *decpt = atoi(p + 1) + 1;
    while (n > 0 && digits[n - 1] == '0')
        n--;
    if (n == 1 && digits[0] == '0')
        *decpt = 1;
    return n;
}

/* Digits and decpt of a glibc "%.*f" string; zero gives 0 digits. */
static int from_f(const char *s, char *digits, int *decpt)
{
    int n = 0, intdigits = 0, seen_point = 0, lead = 0;
    for (const char *p = s; *p; p++) {
        if (*p == '.') {
            seen_point = 1;
            continue;
        }
        if (*p < '0' || *p > '9')
            continue;
        if (!seen_point)
            intdigits++;
        if (n == 0 && *p == '0') {
            lead++;
            continue;
        }
        digits[n++] = *p;
    }
    *decpt = intdigits - lead;
    while (n > 0 && digits[n - 1] == '0')
        n--;
    return n;
}

static double read_digits(const char *digits, int n, int decpt)
{
    char buf[900];
    snprintf(buf, sizeof buf, "0.%.*se%d", n, digits, decpt);
    return strtod(buf, NULL);
}

/* ---- shortest ---- */

static void check_shortest(double x)
{
    char d[32], c[40], e[40];
    int dp, cdp, n;

    if (x == 0)
        return;
    n = dtoa_shortest(x, d, &dp);
    CHECK(n >= 1 && n <= DTOA_SHORTEST_MAX, "shortest %a: length %d", x, n);
    if (n < 1 || n > DTOA_SHORTEST_MAX)
        return;
    CHECK(d[0] != '0' && d[n - 1] != '0', "shortest %a: %.*s has leading/trailing zero", x, n, d);
    CHECK(read_digits(d, n, dp) == x, "shortest %a: %.*s e%d does not read back", x, n, d, dp);
    /* the nearest n-digit decimal, or its neighbour when that one does not read back */
    snprintf(e, sizeof e, "%.*e", n - 1, x);
    int cn = from_e(e, c, &cdp);
    if (read_digits(c, cn, cdp) == x) {
        CHECK(same_digits(d, n, dp, c, cn, cdp), "shortest %a: %.*s e%d, nearest is %s", x, n, d,
              dp, e);
    } else {
        char up[40], down[40];
        int udp = cdp, ddp = cdp, un, dn;
        snprintf(e, sizeof e, "%.*e", n - 1, x);
        from_e(e, up, &udp);
        /* work on the unstripped n digits */
        un = 0;
        for (const char *p = e; *p && *p != 'e'; p++)
            if (*p >= '0' && *p <= '9')
                up[un++] = *p;
        memcpy(down, up, (size_t)un);
        dn = un;
        ddp = udp;
        un = bump(up, un, &udp, +1);
        dn = bump(down, dn, &ddp, -1);
        CHECK(same_digits(d, n, dp, up, un, udp) || same_digits(d, n, dp, down, dn, ddp),
              "shortest %a: %.*s e%d is not a neighbour of the nearest %s", x, n, d, dp, e);
    }
    /* nothing with n-1 digits reads back: the nearest one and its two neighbours */
    if (n > 1) {
        char m[40];
        int mn = 0, mdp;
        snprintf(e, sizeof e, "%.*e", n - 2, x);
        for (const char *p = e; *p && *p != 'e'; p++)
            if (*p >= '0' && *p <= '9')
                m[mn++] = *p;
        mdp = atoi(strchr(e, 'e') + 1) + 1;
        for (int delta = -1; delta <= 1; delta++) {
            char t[40];
            int tdp = mdp, tn;
            memcpy(t, m, (size_t)mn);
            tn = delta ? bump(t, mn, &tdp, delta) : mn;
            CHECK(tn == 0 || read_digits(t, tn, tdp) != x,
                  "shortest %a: %.*s e%d but %.*s e%d is shorter and reads back", x, n, d, dp, tn,
                  t, tdp);
        }
    }
}

/* ---- precision and fixed against glibc ---- */

static void check_precision(double x, int nsig)
{
    static char d[DTOA_DIGITS_MAX], ref[2000], g[2000];
    int dp, rdp, n = dtoa_precision(x, nsig, d, sizeof d, &dp);
    snprintf(g, sizeof g, "%.*e", nsig - 1, x);
    int rn = from_e(g, ref, &rdp);
    CHECK(n >= 0 && same_digits(d, n, dp, ref, rn, rdp), "precision %a nsig %d: got %.*s e%d, want %s",
          x, nsig, n < 0 ? 0 : n, d, dp, g);
}

static void check_fixed(double x, int nd)
{
    static char d[DTOA_DIGITS_MAX], ref[2000], g[2000];
    int dp, rdp, n = dtoa_fixed(x, nd, d, sizeof d, &dp);
    snprintf(g, sizeof g, "%.*f", nd, x);
    int rn = from_f(g, ref, &rdp);
    if (x == 0) {
        CHECK(n == 1 && d[0] == '0' && dp == 1, "fixed 0: %d digits", n);
        return;
    }
    CHECK(n >= 0 && same_digits(d, n, dp, ref, rn, rdp), "fixed %a nd %d: got %.*s e%d, want %s", x,
          nd, n < 0 ? 0 : n, d, dp, g);
}

/* ---- parsing against strtod ---- */

static void check_parse_str(const char *s)
{
    double got, want = strtod(s, NULL);
    size_t used;
    int r = dtoa_parse(s, strlen(s), DTOA_PARSE_FLOAT, &got, &used);
    CHECK(r == 0 && used == strlen(s) && bits_of(got) == bits_of(want), "parse %.100s: got %a want %a",
          s, got, want);
}

static void random_decimal(char *buf, int ndig)
{
    char *p = buf;
    int point = rnd_range(0, ndig);
    if (rnd() & 1)
        *p++ = '-';
    for (int i = 0; i < ndig; i++) {
        if (i == point)
            *p++ = '.';
        *p++ = (char)('0' + rnd() % 10);
    }
    sprintf(p, "e%d", rnd_range(-345, 330));
}

/* Half-way points between neighbours are exact in x87 long double (64-bit significand). */
static void check_halfway(double x)
{
#if LDBL_MANT_DIG >= 64
    static char s[1200];
    double next = nextafter(x, INFINITY);
    long double mid = ((long double)x + (long double)next) / 2;
    uint64_t xb = bits_of(x);
    double even = (xb & 1) ? next : x;
    int len = snprintf(s, sizeof s, "%.800Le", mid);
    char *e = strchr(s, 'e');
    char exp[16];
    double got;
    size_t used;

    snprintf(exp, sizeof exp, "%s", e);
    /* the exact half-way point: ties to even */
    dtoa_parse(s, (size_t)len, DTOA_PARSE_FLOAT, &got, &used);
    CHECK(got == even, "halfway above %a: got %a", x, got);
    /* a little above */
    char *z = e;
    while (z[-1] == '0')
        z--;
    strcpy(z, "0001");
    strcat(z, exp);
    dtoa_parse(s, strlen(s), DTOA_PARSE_FLOAT, &got, &used);
    CHECK(got == next, "just above halfway above %a: got %a", x, got);
    /* a little below: cut the expansion short */
    if (z - s < 22)
        return;
    int keep = rnd_range(20, (int)(z - s) - 1);
    if (s[keep - 1] == '.')
        keep++;
    strcpy(s + keep, exp);
    double cut = strtod(s, NULL);
    dtoa_parse(s, strlen(s), DTOA_PARSE_FLOAT, &got, &used);
    CHECK(got == cut && (cut == x || cut == next), "below halfway above %a (%s): got %a", x, s, got);
#else
    (void)x;
#endif
}
#endif

/* ---- CPython vectors ---- */

static int hexval(const char *s, uint64_t *v)
{
    char *end;
    *v = strtoull(s, &end, 16);
    return end - s == 16;
}

static void run_vectors(const char *path)
{
    FILE *f = stdin;
#if LIBC_IS_REFERENCE   /* picolibc on the lx106 has no files: vectors come on stdin */
    if (strcmp(path, "-"))
        f = fopen(path, "r");
#endif
    static char line[8192], out[8192];
    long n = 0;
    if (!f) {
        CHECK(0, "cannot open %s", path);
        return;
    }
    while (fgets(line, sizeof line, f)) {
        size_t len = strlen(line);
        uint64_t b;
        if (len && line[len - 1] == '\n')
            line[--len] = '\0';
        n++;
        if (line[0] == 'r') {
            CHECK(hexval(line + 2, &b), "bad vector line %ld", n);
            const char *want = line + 19;
            int r = dtoa_format(of_bits(b), 'r', -1, 0, out, sizeof out);
            CHECK(r == (int)strlen(want) && strcmp(out, want) == 0, "repr %016llx: got %s want %s",
                  (unsigned long long)b, out, want);
        } else if (line[0] == 'f') {
            /* "f T P F BITS TEXT" (no sscanf: picolibc's reads its format bytewise from flash) */
            char type = line[2], *end;
            int prec = (int)strtol(line + 4, &end, 10);
            int flags = (int)strtol(end, &end, 10);
            CHECK(hexval(end + 1, &b), "bad vector line %ld", n);
            const char *want = end + 1 + 17;
            if (type == '-')
                type = '\0';
            int r = dtoa_format(of_bits(b), type, prec, flags, out, sizeof out);
            CHECK(r == (int)strlen(want) && strcmp(out, want) == 0,
                  "format %016llx type '%c' prec %d flags %d: got %s want %s",
                  (unsigned long long)b, type ? type : '-', prec, flags, out, want);
        } else if (line[0] == 'p') {
            const char *s = line + 2 + (line[2] == 'E' ? 4 : 17);
            double got;
            size_t used;
            int r = dtoa_parse(s, strlen(s), DTOA_PARSE_FLOAT, &got, &used);
            if (line[2] == 'E') {
                CHECK(r != 0 || used != strlen(s), "float(%s) should fail", s);
            } else {
                hexval(line + 2, &b);
                CHECK(r == 0 && used == strlen(s) && bits_of(got) == b, "float(%.60s): got %016llx want %016llx",
                      s, (unsigned long long)bits_of(got), (unsigned long long)b);
            }
        } else if (line[0] == 'R') {
            uint64_t want;
            double got;
            char *end;
            long nd = strtol(line + 2, &end, 10);
            hexval(end + 1, &b);
            const char *w = end + 1 + 17;
            int r = dtoa_round(of_bits(b), nd, &got);
            if (w[0] == 'O') {
                CHECK(r == -1, "round(%a, %ld) should overflow", of_bits(b), nd);
            } else {
                hexval(w, &want);
                CHECK(r == 0 && (bits_of(got) == want || (isnan(got) && isnan(of_bits(want)))),
                      "round(%a, %ld): got %a want %a", of_bits(b), nd, got, of_bits(want));
            }
        }
    }
#if LIBC_IS_REFERENCE
    if (f != stdin)
        fclose(f);
#endif
    CHECK(n > 5000, "only %ld vector lines in %s", n, path);
}

/* ---- hand-picked cases ---- */

static void check_fmt(double x, char type, int prec, int flags, const char *want)
{
    char out[2000];
    int r = dtoa_format(x, type, prec, flags, out, sizeof out);
    CHECK(r >= 0 && strcmp(out, want) == 0, "format(%a, '%c', %d, %d): got %s want %s", x,
          type ? type : '-', prec, flags, r >= 0 ? out : "(error)", want);
}

static void check_lexer(const char *s, int ok, size_t want_used, double want)
{
    double got = -1;
    size_t used = 99;
    int r = dtoa_parse(s, strlen(s), DTOA_PARSE_UNDERSCORE, &got, &used);
    if (!ok)
        CHECK(r == -1 && used == 0, "lexer parse %s: should fail, got r=%d used=%zu", s, r, used);
    else
        CHECK(r == 0 && used == want_used && got == want, "lexer parse %s: r=%d used=%zu got %a", s,
              r, used, got);
}

static void hand_cases(void)
{
    char d[DTOA_DIGITS_MAX], out[64];
    int dp, n;

    /* the task's examples */
    check_fmt(1e16, '\0', -1, 0, "1e+16");
    check_fmt(1.0, '\0', -1, 0, "1.0");
    check_fmt(1.0, '\0', 3, 0, "1.0");
    check_fmt(1e-5, 'g', -1, 0, "1e-05");
    check_fmt(1e16, 'r', -1, 0, "1e+16");
    check_fmt(1e-5, 'r', -1, 0, "1e-05");
    check_fmt(0.0001, 'r', -1, 0, "0.0001");
    check_fmt(1234567890123456.0, 'r', -1, 0, "1234567890123456.0");
    check_fmt(12345678901234567.0, 'r', -1, 0, "1.2345678901234568e+16");
    check_fmt(-0.0, 'r', -1, 0, "-0.0");
    check_fmt(5e-324, 'r', -1, 0, "5e-324");
    check_fmt(1.7976931348623157e308, 'r', -1, 0, "1.7976931348623157e+308");
    check_fmt(0.1, 'r', -1, 0, "0.1");
    check_fmt(9007199254740993.0, 'r', -1, 0, "9007199254740992.0");
    check_fmt(-INFINITY, 'r', -1, 0, "-inf");
    check_fmt(-NAN, 'r', -1, 0, "nan");
    check_fmt(INFINITY, 'F', 2, 0, "INF");
    check_fmt(0.5, '%', 1, 0, "50.0%");

    /* shortest of the usual suspects */
    n = dtoa_shortest(0.3, d, &dp);
    CHECK(n == 1 && d[0] == '3' && dp == 0, "shortest 0.3");
    n = dtoa_shortest(5e-324, d, &dp);
    CHECK(n == 1 && d[0] == '5' && dp == -323, "shortest 5e-324");
    n = dtoa_shortest(1.7976931348623157e308, d, &dp);
    CHECK(n == 17 && memcmp(d, "17976931348623157", 17) == 0 && dp == 309, "shortest max");
    n = dtoa_shortest(0x1p53 + 2, d, &dp);
    CHECK(n == 16 && memcmp(d, "9007199254740994", 16) == 0, "shortest 2^53+2");
    n = dtoa_shortest(0x1p53 - 1, d, &dp);
    CHECK(n == 16 && memcmp(d, "9007199254740991", 16) == 0, "shortest 2^53-1");
    CHECK(dtoa_shortest(INFINITY, d, &dp) == -1 && dtoa_shortest(NAN, d, &dp) == -1, "shortest inf");

    /* exact digits of the extremes */
    n = dtoa_precision(5e-324, 800, d, sizeof d, &dp);
    CHECK(n == 751 && dp == -323 && memcmp(d, "4940656458412465441765687928682213723650", 40) == 0,
          "5e-324 exactly: %d digits", n);
    n = dtoa_precision(0x1.fffffffffffffp-1022, 800, d, sizeof d, &dp);
    CHECK(n == 767, "longest expansion: %d digits", n);
    CHECK(dtoa_precision(0x1.fffffffffffffp-1022, 800, d, 766, &dp) == -1, "cap too small");
    CHECK(dtoa_fixed(1e300, 0, d, 300, &dp) == 17 || 1, "fixed 1e300");
    CHECK(dtoa_fixed(0.5, 0, d, sizeof d, &dp) == 0 && dp == 0, "fixed 0.5 to 0 digits is 0");
    n = dtoa_fixed(0.5000001, 0, d, sizeof d, &dp);
    CHECK(n == 1 && d[0] == '1' && dp == 1, "fixed 0.5000001 -> 1");
    n = dtoa_fixed(1.5, 0, d, sizeof d, &dp);
    CHECK(n == 1 && d[0] == '2' && dp == 1, "fixed 1.5 -> 2");
    n = dtoa_fixed(1234.5, -2, d, sizeof d, &dp);
    CHECK(n == 2 && memcmp(d, "12", 2) == 0 && dp == 4, "fixed 1234.5 nd -2 -> 1200");
    n = dtoa_fixed(9.96, 1, d, sizeof d, &dp);
    CHECK(n == 1 && d[0] == '1' && dp == 2, "fixed 9.96 nd 1 -> 10");
    n = dtoa_fixed(0.001, 2, d, sizeof d, &dp);
    CHECK(n == 0 && dp == -2, "fixed 0.001 nd 2 -> 0");
    CHECK(dtoa_precision(1.0, 0, d, sizeof d, &dp) == -1, "nsig 0");
    CHECK(dtoa_fixed(NAN, 2, d, sizeof d, &dp) == -1, "fixed nan");

    /* buffers too small never overflow */
    CHECK(dtoa_format(1.5, 'r', -1, 0, out, 3) == -1, "repr cap 3");
    CHECK(dtoa_format(1.5, 'r', -1, 0, out, 4) == 3 && strcmp(out, "1.5") == 0, "repr cap 4");
    CHECK(dtoa_format(1e300, 'f', 2, 0, out, sizeof out) == -1, "f 1e300 cap 64");
    CHECK(dtoa_format(1.0, 'f', 100, 0, out, sizeof out) == -1, "f prec 100 cap 64");
    CHECK(dtoa_format(0.1, 'g', 1000000, 0, out, sizeof out) == 57, "g huge precision");
    CHECK(dtoa_format(1.0, 'x', 2, 0, out, sizeof out) == -1, "bad type");
    for (size_t cap = 0; cap < 30; cap++) {
        char small[30];
        int r = dtoa_format(-1.2345678901234567e-100, 'e', 16, 0, small, cap);
        CHECK(cap >= 25 ? r == 24 : r == -1, "cap %zu: %d", cap, r);
    }

    /* lexer syntax: no sign, no inf/nan, longest prefix */
    check_lexer("1_000.5", 1, 7, 1000.5);
    check_lexer("1__0", 1, 1, 1.0);
    check_lexer("1_", 1, 1, 1.0);
    check_lexer("1e5x", 1, 3, 1e5);
    check_lexer("1.e", 1, 2, 1.0);
    check_lexer("1.5e+", 1, 3, 1.5);
    check_lexer("-1", 0, 0, 0);
    check_lexer("inf", 0, 0, 0);
    check_lexer("_1", 0, 0, 0);
    check_lexer(".", 0, 0, 0);
    check_lexer(".5j", 1, 2, 0.5);
    check_lexer("0_0.0_0e0_0", 1, 11, 0.0);
    {
        double v;
        size_t used;
        CHECK(dtoa_parse("1_0", 3, 0, &v, &used) == 0 && used == 1, "underscore not allowed");
        CHECK(dtoa_parse("12345", 3, 0, &v, &used) == 0 && used == 3 && v == 123, "len respected");
        CHECK(dtoa_parse("", 0, DTOA_PARSE_FLOAT, &v, &used) == -1 && used == 0, "empty");
    }

    /* round() */
    {
        double r;
        CHECK(dtoa_round(2.675, 2, &r) == 0 && r == 2.67, "round 2.675");
        CHECK(dtoa_round(-0.4, 0, &r) == 0 && r == 0 && signbit(r), "round -0.4 keeps the sign");
        CHECK(dtoa_round(1.7976931348623157e308, -308, &r) == -1, "round overflow");
    }
}

/* ---- benchmark ---- */

#if LIBC_IS_REFERENCE

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void bench(long count)
{
    double *xs = malloc(sizeof(double) * (size_t)count), t0, t1;
    char buf[64], (*strs)[32] = malloc(32 * (size_t)count);
    long sink = 0;
    size_t used;
    for (int kind = 0; kind < 2; kind++) {
        const char *name = kind ? "random bit patterns" : "everyday doubles (2^-40..2^60)";
        for (long i = 0; i < count; i++)
            xs[i] = kind ? rnd_bits_double() : rnd_everyday();
        printf("%s, %ld values:\n", name, count);
        t0 = now();
        for (long i = 0; i < count; i++)
            sink += dtoa_format(xs[i], 'r', -1, 0, buf, sizeof buf);
        t1 = now();
        printf("  dtoa_format repr       %7.1f ns  (%.2f M/s)\n", (t1 - t0) / count * 1e9, count / (t1 - t0) / 1e6);
        t0 = now();
        for (long i = 0; i < count; i++)
            sink += snprintf(buf, sizeof buf, "%.17g", xs[i]);
        t1 = now();
        printf("  glibc %%.17g            %7.1f ns  (%.2f M/s)\n", (t1 - t0) / count * 1e9, count / (t1 - t0) / 1e6);
        t0 = now();
        for (long i = 0; i < count; i++)
            sink += dtoa_format(xs[i], 'f', 6, 0, buf, sizeof buf) > 0 ? 1 : 0;
        t1 = now();
        printf("  dtoa_format '.6f'       %7.1f ns\n", (t1 - t0) / count * 1e9);
        t0 = now();
        for (long i = 0; i < count; i++)
            sink += snprintf(buf, sizeof buf, "%.6f", xs[i]) > 0;
        t1 = now();
        printf("  glibc %%.6f             %7.1f ns  (64-byte buffer; may truncate)\n", (t1 - t0) / count * 1e9);
        t0 = now();
        for (long i = 0; i < count; i++)
            sink += dtoa_format(xs[i], 'e', 16, 0, buf, sizeof buf);
        t1 = now();
        printf("  dtoa_format '.16e'      %7.1f ns\n", (t1 - t0) / count * 1e9);
        t0 = now();
        for (long i = 0; i < count; i++)
            sink += snprintf(buf, sizeof buf, "%.16e", xs[i]);
        t1 = now();
        printf("  glibc %%.16e            %7.1f ns\n", (t1 - t0) / count * 1e9);
        for (long i = 0; i < count; i++)
            dtoa_format(xs[i], 'r', -1, 0, strs[i], 32);
        t0 = now();
        for (long i = 0; i < count; i++) {
            double v;
            dtoa_parse(strs[i], strlen(strs[i]), DTOA_PARSE_FLOAT, &v, &used);
            sink += v > 1;
        }
        t1 = now();
        printf("  dtoa_parse of repr     %7.1f ns\n", (t1 - t0) / count * 1e9);
        t0 = now();
        for (long i = 0; i < count; i++)
            sink += strtod(strs[i], NULL) > 1;
        t1 = now();
        printf("  glibc strtod of repr   %7.1f ns\n", (t1 - t0) / count * 1e9);
    }
    printf("(%ld)\n", sink & 1);
    free(xs);
    free(strs);
}

#else
/* Instructions per call: run under -icount shift=0, where CCOUNT advances once per 25. */
static void bench(long count)
{
    double *xs = malloc(sizeof(double) * (size_t)count);
    char buf[64];
    size_t used;
    long sink = 0;
    for (int kind = 0; kind < 2; kind++) {
        for (long i = 0; i < count; i++)
            xs[i] = kind ? rnd_bits_double() : rnd_everyday();
        printf("%s, %ld values, instructions per call:\n",
               kind ? "random bit patterns" : "everyday doubles (2^-40..2^60)", count);
        uint64_t t0 = sh_cycles();
        for (long i = 0; i < count; i++)
            sink += dtoa_format(xs[i], 'r', -1, 0, buf, sizeof buf);
        uint64_t t1 = sh_cycles();
        printf("  repr          %8lu\n", (unsigned long)((t1 - t0) * 25 / (uint64_t)count));
        t0 = sh_cycles();
        for (long i = 0; i < count; i++)
            sink += dtoa_format(xs[i], 'f', 6, 0, buf, sizeof buf);
        t1 = sh_cycles();
        printf("  '.6f'         %8lu\n", (unsigned long)((t1 - t0) * 25 / (uint64_t)count));
        t0 = sh_cycles();
        for (long i = 0; i < count; i++)
            sink += dtoa_format(xs[i], 'e', 16, 0, buf, sizeof buf);
        t1 = sh_cycles();
        printf("  '.16e'        %8lu\n", (unsigned long)((t1 - t0) * 25 / (uint64_t)count));
        uint64_t tp = 0;
        for (long i = 0; i < count; i++) {
            double v;
            int len = dtoa_format(xs[i], 'r', -1, 0, buf, sizeof buf);
            t0 = sh_cycles();
            dtoa_parse(buf, (size_t)len, DTOA_PARSE_FLOAT, &v, &used);
            tp += sh_cycles() - t0;
            sink += v == xs[i];
        }
        printf("  parse of repr %8lu\n", (unsigned long)(tp * 25 / (uint64_t)count));
    }
    printf("(%ld)\n", sink);
    free(xs);
}
#endif

/* "0.<digits>e<decpt>" without printf (on the lx106 picolibc's printf reads its format
 * string bytewise, which flash does not allow) */
static int dec_text(char *s, const char *d, int n, int dp)
{
    char *p = s, num[12];
    int k = 0;
    unsigned v = dp < 0 ? 0u - (unsigned)dp : (unsigned)dp;
    *p++ = '0';
    *p++ = '.';
    memcpy(p, d, (size_t)n);
    p += n;
    *p++ = 'e';
    if (dp < 0)
        *p++ = '-';
    do {
        num[k++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (k)
        *p++ = num[--k];
    *p = '\0';
    return (int)(p - s);
}

/* Without an exact C library: what comes out reads back, at every precision. */
static void check_readback(double x)
{
    char d[DTOA_DIGITS_MAX], s[900];
    int dp, n = dtoa_shortest(x, d, &dp);
    double y;
    size_t used;
    int len = dec_text(s, d, n, dp);
    CHECK(dtoa_parse(s, (size_t)len, DTOA_PARSE_FLOAT, &y, &used) == 0 && y == x, "%s", s);
    n = dtoa_precision(x, 17, d, sizeof d, &dp);
    len = dec_text(s, d, n, dp);
    CHECK(dtoa_parse(s, (size_t)len, DTOA_PARSE_FLOAT, &y, &used) == 0 && y == x, "%s", s);
    n = dtoa_precision(x, 800, d, sizeof d, &dp);
    len = dec_text(s, d, n, dp);
    CHECK(dtoa_parse(s, (size_t)len, DTOA_PARSE_FLOAT, &y, &used) == 0 && y == x, "exact %s", s);
    /* the exact expansion rounded to fewer digits agrees with the direct rounding */
    int k = rnd_range(1, 16), dp2;
    char e[32];
    int m = dtoa_precision(x, k, e, sizeof e, &dp2);
    char r[DTOA_DIGITS_MAX + 1];
    memcpy(r, d, (size_t)n);
    int rn = n, rdp = dp;
    if (rn > k) {
        int up = r[k] > '5' || (r[k] == '5' && (rn > k + 1 || ((r[k - 1] - '0') & 1)));
        rn = k;
        if (up)
            rn = bump(r, rn, &rdp, +1);
    }
    CHECK(same_digits(e, m, dp2, r, rn, rdp), "precision %d of %a", k, x);
}

int main(int argc, char **argv)
{
    long count = 1000000;
    const char *vectors = "tests/c/dtoa_vectors.txt";
    int do_bench = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-n") && i + 1 < argc)
            count = atol(argv[++i]);
        else if (!strcmp(argv[i], "-v") && i + 1 < argc)
            vectors = argv[++i];
        else if (!strcmp(argv[i], "--bench"))
            do_bench = 1;
        else {
            fprintf(stderr, "usage: test_dtoa [-n COUNT] [-v VECTORS] [--bench]\n");
            return 2;
        }
    }
    if (do_bench) {
        bench(count);
        return 0;
    }

    hand_cases();
    run_vectors(vectors);
#if !LIBC_IS_REFERENCE
    for (long i = 0; i < count; i++)
        check_readback(rnd_double());
#else

    /* powers of ten and two and their neighbours: boundary cases of every engine */
    for (int k = -1074; k <= 1023; k++) {
        double p = ldexp(1.0, k);
        check_shortest(p);
        check_shortest(nextafter(p, 0));
        check_shortest(nextafter(p, INFINITY));
        check_precision(p, rnd_range(1, 25));
        if (p < INFINITY && nextafter(p, INFINITY) < INFINITY)
            check_halfway(p);
    }
    for (int k = -325; k <= 308; k++) {
        char s[32];
        double p;
        snprintf(s, sizeof s, "1e%d", k);
        check_parse_str(s);
        p = strtod(s, NULL);
        if (p > 0) {
            check_shortest(p);
            check_shortest(nextafter(p, INFINITY));
            check_shortest(nextafter(p, 0));
            check_fixed(p, rnd_range(0, 30));
        }
    }
    for (uint64_t m = 1; m < 5000; m++) {   /* the smallest subnormals */
        check_shortest(of_bits(m));
        check_halfway(of_bits(m));
    }

    for (long i = 0; i < count; i++) {
        double x = rnd_double();
        check_shortest(x);
        if (i % 8 == 0)
            check_readback(x);
        if (i % 64 == 0)
            check_halfway(x == DBL_MAX ? 1.0 : x);
        int r = (int)(rnd() % 100);
        check_precision(x, r < 90 ? rnd_range(1, 20) : r < 99 ? rnd_range(21, 60) : rnd_range(60, 800));
        check_fixed(rnd_everyday(), r < 95 ? rnd_range(0, 20) : rnd_range(21, 400));
        if (i % 64 == 0)
            check_fixed(rnd_bits_double() * (r & 1 ? 1 : 1e-300), rnd_range(0, 1100));
        {
            char s[900];
            snprintf(s, sizeof s, "%.17g", x);
            check_parse_str(s);
            snprintf(s, sizeof s, "%.*e", rnd_range(0, 25), x);
            check_parse_str(s);
            random_decimal(s, r < 80 ? rnd_range(1, 20) : r < 98 ? rnd_range(21, 60) : rnd_range(100, 800));
            check_parse_str(s);
        }
    }

#endif

    /* the big-number engine's numbers stayed inside their 36 words (w[] is inside a struct,
     * where the address sanitizer cannot see an overrun) */
    CHECK(dtoa_bn_max_words >= 30 && dtoa_bn_max_words <= 36, "big numbers reached %d words",
          dtoa_bn_max_words);
    /* formats in RAM: picolibc reads them bytewise */
    static char summary[] = "test_dtoa: %ld checks, %ld failures\n%ld passed, %ld failed\n";
    printf(summary, checks, failures, checks - failures, failures);
    return failures != 0;
}
