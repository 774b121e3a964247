/* Tests for lib/mpn.c, built once per digit size (-DMPN_DIGIT_BITS=16 and 32).
 *
 *   test_mpn [-n ROUNDS] [-v VECTORS] [--bench]
 *
 * - CPython's results (tests/c/mpn_vectors.txt, made by gen_mpn_vectors.py);
 * - identities on random operands of up to a few thousand digits: (a*b)/b == a, q*b + r == a
 *   with r < b, Karatsuba == schoolbook, parse(print(a)) == a in every base, shifts undo each
 *   other, isqrt bounds, gcd divides and leaves coprime cofactors, bitwise identities;
 * - glibc as the reference for small values (printf, strtod, 64-bit arithmetic) and for the
 *   correctly rounded int -> double (strtod of the decimal text is exact on glibc);
 * - every result and scratch buffer is a heap block of exactly the documented size, so the
 *   address sanitizer reports any overrun.
 * Built for the lx106 (QEMU, picolibc: -v - reads the vectors from stdin), operands stay
 * below 300 digits to fit its 80 kB of RAM, the checks that need an exact strtod/printf of
 * doubles are left out, and --bench counts instructions.
 */
#include "mpn.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifdef __XTENSA__
#include "semihost.h"
#define LIBC_IS_REFERENCE 0
#define MAX_DIGITS 300
#else
#define LIBC_IS_REFERENCE 1
#define MAX_DIGITS (300 + 2500 * 32 / W)
#endif

static long checks, failures;

#define CHECK(cond, ...)                                             \
    do {                                                             \
        checks++;                                                    \
        if (!(cond)) {                                               \
            if (failures++ < 30) {                                   \
                fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
                fprintf(stderr, __VA_ARGS__);                        \
                fputc('\n', stderr);                                 \
            }                                                        \
        }                                                            \
    } while (0)

#define W MPN_DIGIT_BITS

static uint64_t rng_state = 0x243f6a8885a308d3u;

static uint64_t rnd(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static size_t rnd_upto(size_t n)   /* 0..n */
{
    return (size_t)(rnd() % (n + 1));
}

/* exactly-sized heap blocks, so that ASan sees overruns; never zero bytes */
static mpn_digit *dalloc(size_t n)
{
    mpn_digit *p = malloc((n ? n : 1) * sizeof *p);
    if (!p) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    for (size_t i = 0; i < n; i++)
        p[i] = (mpn_digit)0xa5a5a5a5u;   /* garbage: results must not rely on zeroed buffers */
    return p;
}

typedef struct {
    mpn_digit *d;
    size_t n;
    int neg;
} num;

/* random number of n digits with runs of ones and zeros sometimes */
static num rnd_num(size_t n)
{
    num a = { dalloc(n), n, 0 };
    int style = (int)(rnd() % 8);
    for (size_t i = 0; i < n; i++) {
        mpn_digit v = (mpn_digit)rnd();
        if (style == 0)
            v = (mpn_digit)~(mpn_digit)0;
        else if (style == 1 && (rnd() & 3))
            v = 0;
        a.d[i] = v;
    }
    if (n && a.d[n - 1] == 0)
        a.d[n - 1] = 1;
    a.n = mpn_norm(a.d, n);
    return a;
}

static size_t rnd_size(void)
{
    int r = (int)(rnd() % 100);
    if (r < 50)
        return rnd_upto(8);
    if (r < 90)
        return rnd_upto(60);
    if (r < 98 || MAX_DIGITS <= 300)
        return rnd_upto(300);
    return 300 + rnd_upto(MAX_DIGITS - 300);
}

/* independent hex reader for the vectors: "-1f" etc. */
static num parse_hex(const char *s, size_t len)
{
    num a;
    a.neg = len > 0 && s[0] == '-';
    if (a.neg) {
        s++;
        len--;
    }
    a.d = dalloc(len * 4 / W + 1);
    a.n = 0;
    size_t nd = len * 4 / W + 1;
    memset(a.d, 0, nd * sizeof *a.d);
    for (size_t i = 0; i < len; i++) {
        char c = s[len - 1 - i];
        unsigned v = c >= 'a' ? (unsigned)(c - 'a' + 10) : (unsigned)(c - '0');
        a.d[i * 4 / W] |= (mpn_digit)(v << (i * 4 % W));
    }
    a.n = mpn_norm(a.d, nd);
    return a;
}

static int eq(const mpn_digit *a, size_t an, const num *b)
{
    return mpn_cmp(a, an, b->d, b->n) == 0;
}

static int eq_signed(const mpn_digit *a, size_t an, int aneg, const num *b)
{
    return eq(a, an, b) && (aneg != 0) == (b->neg != 0 && b->n != 0);
}

static uint64_t to_u64(const mpn_digit *a, size_t an)
{
    uint64_t v = 0;
    for (size_t i = an; i-- > 0;)
        v = v << W | a[i];
    return v;
}

static num from_u64(uint64_t v)
{
    num a = { dalloc(64 / W + 1), 0, 0 };
    for (; v; v >>= W)
        a.d[a.n++] = (mpn_digit)v;
    return a;
}

static uint64_t dbits(double x)
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

/* ---- CPython vectors ---- */

#define MAXF 6

static void run_vectors(const char *path)
{
    FILE *f = stdin;
#if LIBC_IS_REFERENCE   /* picolibc on the lx106 has no files: vectors come on stdin */
    if (strcmp(path, "-"))
        f = fopen(path, "r");
#endif
    static char line[8192];
    long lines = 0;
    if (!f) {
        CHECK(0, "cannot open %s", path);
        return;
    }
    while (fgets(line, sizeof line, f)) {
        char *fld[MAXF];
        size_t fl[MAXF];
        int nf = 0;
        static char delims[] = " \n";   /* in RAM: picolibc's strtok reads it bytewise */
        for (char *p = strtok(line, delims); p && nf < MAXF; p = strtok(NULL, delims)) {
            fld[nf] = p;
            fl[nf++] = strlen(p);
        }
        if (nf < 3)
            continue;
        lines++;
        const char *op = fld[0];
        if (!strcmp(op, "str")) {
            int base = atoi(fld[1]);
            num a = parse_hex(fld[2], fl[2]);
            size_t cap = mpn_str_size(a.n, base);
            char *out = malloc(cap);
            mpn_digit *work = dalloc(MPN_TO_STR_WORK(a.n));
            size_t len = mpn_to_str(out, cap, a.d, a.n, base, work);
            CHECK(len == fl[3] && memcmp(out, fld[3], len) == 0, "str base %d of %s: %.*s", base,
                  fld[2], (int)len, out);
            mpn_digit *r = dalloc(mpn_from_str_size(fl[3], base));
            size_t rn = 99;
            CHECK(mpn_from_str(r, &rn, fld[3], fl[3], base, 0) == 0 && eq(r, rn, &a),
                  "from_str base %d %s", base, fld[3]);
            free(out);
            free(work);
            free(r);
            free(a.d);
            continue;
        }
        if (!strcmp(op, "tod") || !strcmp(op, "fromd")) {
            int tod = op[0] == 't';
            num a = parse_hex(fld[tod ? 1 : 2], fl[tod ? 1 : 2]);
            const char *bs = fld[tod ? 2 : 1];
            if (tod) {
                double got;
                int r = mpn_to_double(a.d, a.n, &got);
                if (bs[0] == 'O')
                    CHECK(r == -1 && isinf(got), "float(%s) should overflow", fld[1]);
                else
                    CHECK(r == 0 && dbits(got) == strtoull(bs, NULL, 16), "float(%s): got %a", fld[1], got);
            } else {
                mpn_digit *r = dalloc(MPN_DIGITS_FOR_BITS(1024) + 1);
                size_t rn = mpn_from_double(r, of_bits(strtoull(bs, NULL, 16)));
                CHECK(eq(r, rn, &a), "int(%s)", bs);
                free(r);
            }
            free(a.d);
            continue;
        }
        num a = parse_hex(fld[1], fl[1]);
        if (!strcmp(op, "not") || !strcmp(op, "isqrt")) {
            num want = parse_hex(fld[2], fl[2]);
            if (op[0] == 'n') {
                mpn_digit *r = dalloc(a.n + 1);
                int rneg;
                size_t rn = mpn_not_signed(r, &rneg, a.d, a.n, a.neg);
                CHECK(eq_signed(r, rn, rneg, &want), "~%s", fld[1]);
                free(r);
            } else {
                mpn_digit *r = dalloc(a.n / 2 + 1), *work = dalloc(MPN_ISQRT_WORK(a.n));
                size_t rn = mpn_isqrt(r, a.d, a.n, work);
                CHECK(eq(r, rn, &want), "isqrt(%s)", fld[1]);
                free(r);
                free(work);
            }
            free(want.d);
            free(a.d);
            continue;
        }
        if (!strcmp(op, "shl") || !strcmp(op, "shr")) {
            size_t s = (size_t)strtoul(fld[2], NULL, 16);
            num want = parse_hex(fld[3], fl[3]);
            mpn_digit *r = dalloc(a.n + s / W + 1);
            size_t rn;
            int lost = 0;
            if (op[2] == 'l') {
                rn = mpn_lshift(r, a.d, a.n, s);
            } else {
                rn = mpn_rshift(r, a.d, a.n, s, &lost);
                if (a.neg && lost)   /* floor for negatives */
                    rn = mpn_add_1(r, r, rn, 1);
            }
            CHECK(eq_signed(r, rn, a.neg && rn, &want), "%s %s %s", op, fld[1], fld[2]);
            free(r);
            free(want.d);
            free(a.d);
            continue;
        }
        num b = parse_hex(fld[2], fl[2]);
        if (!strcmp(op, "mul")) {
            num want = parse_hex(fld[3], fl[3]);
            size_t m = a.n > b.n ? a.n : b.n;
            mpn_digit *r = dalloc(a.n + b.n), *s = dalloc(MPN_MUL_SCRATCH(m));
            size_t rn = mpn_mul(r, a.d, a.n, b.d, b.n, s);
            CHECK(eq(r, rn, &want), "mul %s %s", fld[1], fld[2]);
            free(r);
            free(s);
            free(want.d);
        } else if (!strcmp(op, "divmod") || !strcmp(op, "floordiv")) {
            num wq = parse_hex(fld[3], fl[3]), wr = parse_hex(fld[4], fl[4]);
            mpn_digit *q = dalloc(MPN_FLOORDIV_QSIZE(a.n, b.n)), *r = dalloc(b.n);
            mpn_digit *work = dalloc(MPN_DIVMOD_WORK(a.n, b.n));
            size_t qn, rn;
            if (op[0] == 'd') {
                int ok = mpn_divmod(q, &qn, r, &rn, a.d, a.n, b.d, b.n, work) == 0;
                CHECK(ok && eq(q, qn, &wq) && eq(r, rn, &wr), "divmod %s %s", fld[1], fld[2]);
            } else {
                int qneg, rneg;
                int ok = mpn_floordiv_signed(q, &qn, &qneg, r, &rn, &rneg, a.d, a.n, a.neg, b.d,
                                             b.n, b.neg, work) == 0;
                CHECK(ok && eq_signed(q, qn, qneg, &wq) && eq_signed(r, rn, rneg, &wr),
                      "floordiv %s %s", fld[1], fld[2]);
            }
            free(q);
            free(r);
            free(work);
            free(wq.d);
            free(wr.d);
        } else if (!strcmp(op, "and") || !strcmp(op, "or") || !strcmp(op, "xor")) {
            num want = parse_hex(fld[3], fl[3]);
            mpn_digit *r = dalloc((a.n > b.n ? a.n : b.n) + 1);
            int rneg, c = op[0] == 'a' ? '&' : op[0] == 'o' ? '|' : '^';
            size_t rn = mpn_bitop_signed(r, &rneg, c, a.d, a.n, a.neg, b.d, b.n, b.neg);
            CHECK(eq_signed(r, rn, rneg, &want), "%s %s %s", op, fld[1], fld[2]);
            free(r);
            free(want.d);
        } else if (!strcmp(op, "gcd")) {
            num want = parse_hex(fld[3], fl[3]);
            mpn_digit *r = dalloc((a.n > b.n ? a.n : b.n) + 1);
            mpn_digit *work = dalloc(MPN_GCD_WORK(a.n, b.n));
            size_t rn = mpn_gcd(r, a.d, a.n, b.d, b.n, work);
            CHECK(eq(r, rn, &want), "gcd %s %s", fld[1], fld[2]);
            free(r);
            free(work);
            free(want.d);
        } else if (!strcmp(op, "div")) {
            double got;
            mpn_digit *work = dalloc(MPN_DIV_TO_DOUBLE_WORK(a.n, b.n));
            int r = mpn_div_to_double(a.d, a.n, b.d, b.n, &got, work);
            if (fld[3][0] == 'O')
                CHECK(r == -1, "%s / %s should overflow", fld[1], fld[2]);
            else
                CHECK(r == 0 && dbits(got) == strtoull(fld[3], NULL, 16), "%s / %s: got %a",
                      fld[1], fld[2], got);
            free(work);
        } else {
            CHECK(0, "unknown vector op %s", op);
        }
        free(a.d);
        free(b.d);
    }
#if LIBC_IS_REFERENCE
    if (f != stdin)
        fclose(f);
#endif
    CHECK(lines > 3000, "only %ld vector lines", lines);
}

/* ---- identities ---- */

static void check_mul_div(void)
{
    num a = rnd_num(rnd_size()), b = rnd_num(rnd_size());
    if (b.n == 0) {
        b.d[0] = 1;
        b.n = 1;
        if (b.d == NULL)
            return;
    }
    size_t m = a.n > b.n ? a.n : b.n;
    mpn_digit *p1 = dalloc(a.n + b.n), *p2 = dalloc(a.n + b.n), *s = dalloc(MPN_MUL_SCRATCH(m));
    size_t n1 = mpn_mul(p1, a.d, a.n, b.d, b.n, NULL);
    size_t n2 = mpn_mul(p2, b.d, b.n, a.d, a.n, s);
    CHECK(n1 == n2 && mpn_cmp(p1, n1, p2, n2) == 0, "karatsuba != schoolbook (%zu x %zu)", a.n, b.n);

    /* (a*b + c) / b == a rem c, c < b */
    num c = rnd_num(b.n);
    mpn_digit *w = dalloc(MPN_DIVMOD_WORK(n1 + 1, b.n));
    if (mpn_cmp(c.d, c.n, b.d, b.n) >= 0)
        c.n = mpn_sub(c.d, c.d, c.n, b.d, b.n) * 0;   /* make it zero */
    mpn_digit *sum = dalloc((n1 > c.n ? n1 : c.n) + 1);
    size_t sn = mpn_add(sum, p1, n1, c.d, c.n);
    mpn_digit *q = dalloc(sn >= b.n ? sn - b.n + 1 : 1), *r = dalloc(b.n);
    size_t qn, rn;
    CHECK(mpn_divmod(q, &qn, r, &rn, sum, sn, b.d, b.n, w) == 0 && mpn_cmp(q, qn, a.d, a.n) == 0
              && mpn_cmp(r, rn, c.d, c.n) == 0,
          "(a*b+c)/b (%zu, %zu digits)", a.n, b.n);
    /* a / b: q*b + r == a, r < b */
    mpn_digit *w2 = dalloc(MPN_DIVMOD_WORK(a.n, b.n));
    mpn_digit *q2 = dalloc(a.n >= b.n ? a.n - b.n + 1 : 1), *r2 = dalloc(b.n);
    mpn_divmod(q2, &qn, r2, &rn, a.d, a.n, b.d, b.n, w2);
    mpn_digit *back = dalloc(qn + b.n + 1);
    size_t bn_ = mpn_mul(back, q2, qn, b.d, b.n, NULL);
    bn_ = mpn_add(back, back, bn_, r2, rn);
    CHECK(mpn_cmp(back, bn_, a.d, a.n) == 0 && mpn_cmp(r2, rn, b.d, b.n) < 0, "q*b+r != a");
    /* remainder only, quotient only */
    size_t rn2, qn2;
    mpn_divmod(NULL, NULL, r, &rn2, a.d, a.n, b.d, b.n, w2);
    CHECK(rn2 == rn && mpn_cmp(r, rn2, r2, rn) == 0, "remainder alone");
    mpn_divmod(q, &qn2, NULL, NULL, a.d, a.n, b.d, b.n, w2);
    CHECK(qn2 == qn && mpn_cmp(q, qn2, q2, qn) == 0, "quotient alone");
    free(p1), free(p2), free(s), free(c.d), free(w), free(sum), free(q), free(r), free(w2);
    free(q2), free(r2), free(back), free(a.d), free(b.d);
}

static void check_text(void)
{
    num a = rnd_num(rnd_size() / 2);
    int base = (int)(2 + rnd() % 35);
    if (rnd() & 1)
        base = 10;
    size_t cap = mpn_str_size(a.n, base);
    char *s = malloc(cap + 4);
    mpn_digit *work = dalloc(MPN_TO_STR_WORK(a.n));
    size_t len = mpn_to_str(s, cap, a.d, a.n, base, work);
    CHECK(len > 0 && len <= cap && (len == 1 || s[0] != '0'), "to_str base %d", base);
    mpn_digit *r = dalloc(mpn_from_str_size(len, base));
    size_t rn;
    CHECK(mpn_from_str(r, &rn, s, len, base, 0) == 0 && mpn_cmp(r, rn, a.d, a.n) == 0,
          "from_str(to_str(a)) base %d, %zu digits", base, a.n);
    CHECK(len < 2 || mpn_to_str(s, len - 1, a.d, a.n, base, work) == 0, "to_str with short cap");
    if (a.n * W <= 64) {
        char ref[80];
        uint64_t v = to_u64(a.d, a.n);
        cap = mpn_str_size(a.n, 2);
        s = realloc(s, cap);
        static char fmt_u[] = "%llu", fmt_x[] = "%llx";   /* RAM formats, see main() */
        snprintf(ref, sizeof ref, fmt_u, (unsigned long long)v);
        len = mpn_to_str(s, cap, a.d, a.n, 10, work);
        CHECK(len == strlen(ref) && memcmp(s, ref, len) == 0, "decimal of %s", ref);
        snprintf(ref, sizeof ref, fmt_x, (unsigned long long)v);
        len = mpn_to_str(s, cap, a.d, a.n, 16, work);
        CHECK(len == strlen(ref) && memcmp(s, ref, len) == 0, "hex of %s", ref);
    }
    free(s), free(work), free(r), free(a.d);
}

static void check_shift_bits(void)
{
    num a = rnd_num(rnd_size());
    size_t sh = rnd_upto(300), sn, bn_;
    mpn_digit *s = dalloc(a.n + sh / W + 1), *b = dalloc(a.n + sh / W + 1);
    int lost = -1;
    sn = mpn_lshift(s, a.d, a.n, sh);
    CHECK(mpn_bitlen(s, sn) == (a.n ? mpn_bitlen(a.d, a.n) + sh : 0), "bitlen after shift");
    CHECK(mpn_popcount(s, sn) == mpn_popcount(a.d, a.n), "popcount after shift");
    bn_ = mpn_rshift(b, s, sn, sh, &lost);
    CHECK(mpn_cmp(b, bn_, a.d, a.n) == 0 && lost == 0, "(a << s) >> s");
    if (a.n && sh) {
        size_t tz = 0;
        while (!((a.d[tz / W] >> (tz % W)) & 1))
            tz++;
        mpn_rshift(b, a.d, a.n, sh, &lost);
        CHECK(lost == (sh > tz), "lost flag: tz %zu sh %zu", tz, sh);
    }
    /* in place */
    memcpy(s, a.d, a.n * sizeof *s);
    sn = mpn_lshift(s, s, a.n, sh);
    sn = mpn_rshift(s, s, sn, sh, NULL);
    CHECK(mpn_cmp(s, sn, a.d, a.n) == 0, "in-place shifts");
    free(s), free(b), free(a.d);
}

static void check_bitops_small(void)
{
    int64_t x = (int64_t)(rnd() >> (rnd() % 63)), y = (int64_t)(rnd() >> (rnd() % 63));
    if (rnd() & 1)
        x = -x;
    if (rnd() & 1)
        y = -y;
    num a = from_u64(x < 0 ? -(uint64_t)x : (uint64_t)x), b = from_u64(y < 0 ? -(uint64_t)y : (uint64_t)y);
    a.neg = x < 0;
    b.neg = y < 0;
    const char ops[3] = { '&', '|', '^' };
    for (int i = 0; i < 3; i++) {
        int64_t want = i == 0 ? x & y : i == 1 ? x | y : x ^ y;
        mpn_digit *r = dalloc(64 / W + 2);
        int rneg;
        size_t rn = mpn_bitop_signed(r, &rneg, ops[i], a.d, a.n, a.neg, b.d, b.n, b.neg);
        uint64_t mag = to_u64(r, rn);
        CHECK((rneg ? -(int64_t)mag : (int64_t)mag) == want && (rneg == 0) == (want >= 0),
              "%lld %c %lld", (long long)x, ops[i], (long long)y);
        free(r);
    }
    /* floor division and modulo against C (which truncates) */
    if (y != 0 && !(x == INT64_MIN && y == -1)) {
        int64_t q = x / y, r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) {
            q--;
            r += y;
        }
        mpn_digit *qq = dalloc(MPN_FLOORDIV_QSIZE(a.n, b.n)), *rr = dalloc(b.n);
        mpn_digit *w = dalloc(MPN_DIVMOD_WORK(a.n, b.n));
        size_t qn, rn;
        int qneg, rneg;
        mpn_floordiv_signed(qq, &qn, &qneg, rr, &rn, &rneg, a.d, a.n, a.neg, b.d, b.n, b.neg, w);
        uint64_t qm = to_u64(qq, qn), rm = to_u64(rr, rn);
        CHECK((qneg ? -(int64_t)qm : (int64_t)qm) == q && (rneg ? -(int64_t)rm : (int64_t)rm) == r,
              "%lld // %lld", (long long)x, (long long)y);
        free(qq), free(rr), free(w);
    }
    free(a.d), free(b.d);
}

/* De Morgan on big signed numbers: ~(a & b) == ~a | ~b */
static void check_bitops_big(void)
{
    num a = rnd_num(rnd_size()), b = rnd_num(rnd_size());
    a.neg = (int)(rnd() & 1) && a.n;
    b.neg = (int)(rnd() & 1) && b.n;
    size_t m = (a.n > b.n ? a.n : b.n) + 2;
    mpn_digit *t = dalloc(m), *l = dalloc(m), *na = dalloc(m), *nb = dalloc(m), *r = dalloc(m);
    int tneg, lneg, naneg, nbneg, rneg;
    size_t tn = mpn_bitop_signed(t, &tneg, '&', a.d, a.n, a.neg, b.d, b.n, b.neg);
    size_t ln = mpn_not_signed(l, &lneg, t, tn, tneg);
    size_t nan_ = mpn_not_signed(na, &naneg, a.d, a.n, a.neg);
    size_t nbn = mpn_not_signed(nb, &nbneg, b.d, b.n, b.neg);
    size_t rn = mpn_bitop_signed(r, &rneg, '|', na, nan_, naneg, nb, nbn, nbneg);
    CHECK(rn == ln && rneg == lneg && mpn_cmp(r, rn, l, ln) == 0, "de Morgan");
    /* a ^ a == 0, in place */
    memcpy(t, a.d, a.n * sizeof *t);
    tn = mpn_bitop_signed(t, &tneg, '^', t, a.n, a.neg, a.d, a.n, a.neg);
    CHECK(tn == 0 && tneg == 0, "a ^ a");
    free(t), free(l), free(na), free(nb), free(r), free(a.d), free(b.d);
}

static void check_isqrt_gcd(void)
{
    num a = rnd_num(rnd_size());
    mpn_digit *r = dalloc(a.n / 2 + 1), *w = dalloc(MPN_ISQRT_WORK(a.n));
    size_t rn = mpn_isqrt(r, a.d, a.n, w);
    mpn_digit *sq = dalloc(2 * rn + 2), *r1 = dalloc(rn + 1);
    size_t sn = mpn_mul(sq, r, rn, r, rn, NULL);
    size_t r1n = mpn_add_1(r1, r, rn, 1);
    int low_ok = mpn_cmp(sq, sn, a.d, a.n) <= 0;
    sn = mpn_mul(sq, r1, r1n, r1, r1n, NULL);
    CHECK(low_ok && mpn_cmp(sq, sn, a.d, a.n) > 0, "isqrt bounds, %zu digits", a.n);
    free(r), free(w), free(sq), free(r1);

    num b = rnd_num(rnd_size() / 2 + 1), g0 = rnd_num(rnd_upto(20));
    mpn_digit *x = dalloc(a.n + g0.n), *y = dalloc(b.n + g0.n);
    size_t xn = g0.n ? mpn_mul(x, a.d, a.n, g0.d, g0.n, NULL) : 0;
    size_t yn = g0.n ? mpn_mul(y, b.d, b.n, g0.d, g0.n, NULL) : 0;
    if (!g0.n) {
        memcpy(x, a.d, a.n * sizeof *x);
        xn = a.n;
        memcpy(y, b.d, b.n * sizeof *y);
        yn = b.n;
    }
    size_t m = (xn > yn ? xn : yn) + 1;
    mpn_digit *g = dalloc(m), *gw = dalloc(MPN_GCD_WORK(xn, yn));
    size_t gn = mpn_gcd(g, x, xn, y, yn, gw);
    if (gn) {
        mpn_digit *qx = dalloc(xn + 1), *qy = dalloc(yn + 1), *rr = dalloc(gn);
        mpn_digit *dw = dalloc(MPN_DIVMOD_WORK(m, gn));
        size_t qxn, qyn, rxn, ryn;
        mpn_divmod(qx, &qxn, rr, &rxn, x, xn, g, gn, dw);
        mpn_divmod(qy, &qyn, rr, &ryn, y, yn, g, gn, dw);
        CHECK(rxn == 0 && ryn == 0, "gcd divides");
        mpn_digit *h = dalloc((qxn > qyn ? qxn : qyn) + 1), *hw = dalloc(MPN_GCD_WORK(qxn, qyn));
        size_t hn = mpn_gcd(h, qx, qxn, qy, qyn, hw);
        CHECK((hn == 1 && h[0] == 1) || qxn == 0 || qyn == 0, "cofactors coprime");
        free(qx), free(qy), free(rr), free(dw), free(h), free(hw);
    } else {
        CHECK(xn == 0 && yn == 0, "gcd zero only for zeros");
    }
    free(a.d), free(b.d), free(g0.d), free(x), free(y), free(g), free(gw);
}

#if LIBC_IS_REFERENCE
/* int -> double against strtod of the decimal text (exact on glibc) */
static void check_to_double(void)
{
    size_t bits = rnd_upto(1100);
    num a;
    if (rnd() & 1) {
        a = rnd_num(MPN_DIGITS_FOR_BITS(bits));
    } else {
        /* 54 significant bits ending in 1 (a tie between two doubles), maybe nudged by one */
        uint64_t m = ((rnd() >> 11) | (uint64_t)1 << 52) * 2 + 1;
        size_t sh = rnd_upto(1000);
        num t = from_u64(m);
        a.d = dalloc(t.n + sh / W + 2);
        a.n = mpn_lshift(a.d, t.d, t.n, sh);
        a.neg = 0;
        int k = (int)(rnd() % 3);
        if (k == 1)
            a.n = mpn_add_1(a.d, a.d, a.n, 1);
        else if (k == 2)
            a.n = mpn_sub_1(a.d, a.d, a.n, 1);
        free(t.d);
    }
    size_t cap = mpn_str_size(a.n, 10);
    char *s = malloc(cap + 1);
    mpn_digit *w = dalloc(MPN_TO_STR_WORK(a.n));
    size_t len = mpn_to_str(s, cap, a.d, a.n, 10, w);
    s[len] = '\0';
    double want = strtod(s, NULL), got;
    int r = mpn_to_double(a.d, a.n, &got);
    CHECK(dbits(got) == dbits(want) && (r == -1) == isinf(want), "float(%.40s...): %a vs %a", s, got, want);
    free(s), free(w), free(a.d);
}
#endif

/* a / b correctly rounded: the result's neighbours' midpoints bracket a / b */
static int cmp_ratio(const num *a, const num *b, uint64_t m, int e)
{
    /* sign of a / b - m * 2^e, by cross multiplication */
    mpn_digit *lhs = dalloc(a->n + 1200 / W + 4), *rhs = dalloc(b->n + 64 / W + 1200 / W + 6);
    num mm = from_u64(m);
    size_t ln, rn = mpn_mul(rhs, b->d, b->n, mm.d, mm.n, NULL);
    memcpy(lhs, a->d, a->n * sizeof *lhs);
    ln = a->n;
    if (e >= 0)
        rn = mpn_lshift(rhs, rhs, rn, (size_t)e);
    else
        ln = mpn_lshift(lhs, lhs, ln, (size_t)-e);
    int c = mpn_cmp(lhs, ln, rhs, rn);
    free(lhs), free(rhs), free(mm.d);
    return c;
}

static void check_div_double(void)
{
    num a = rnd_num(rnd_upto(1200 / W)), b = rnd_num(rnd_upto(1200 / W) + 1);
    if (b.n == 0)
        return;
    double d;
    mpn_digit *w = dalloc(MPN_DIV_TO_DOUBLE_WORK(a.n, b.n));
    int r = mpn_div_to_double(a.d, a.n, b.d, b.n, &d, w);
    free(w);
    if (r == 0 && d > 0 && d < INFINITY) {
        int e;
        double fr = frexp(d, &e);
        uint64_t m = (uint64_t)ldexp(fr, 53);
        e -= 53;
        if (e < -1074) {
            m >>= (-1074 - e);
            e = -1074;
        }
        /* midpoints (2m - 1) * 2^(e-1) and (2m + 1) * 2^(e-1); below a power of two the lower
         * neighbour is closer */
        uint64_t lo = 2 * m - 1;
        int elo = e - 1;
        if (m == ((uint64_t)1 << 52) && e > -1074) {
            lo = 4 * m - 1;
            elo = e - 2;
        }
        int c1 = cmp_ratio(&a, &b, lo, elo), c2 = cmp_ratio(&a, &b, 2 * m + 1, e - 1);
        CHECK((c1 > 0 || (c1 == 0 && !(m & 1))) && (c2 < 0 || (c2 == 0 && !(m & 1))),
              "a/b not correctly rounded: %a (%zu/%zu digits)", d, a.n, b.n);
    } else if (r == 0 && d == 0) {
        CHECK(a.n == 0 || cmp_ratio(&a, &b, 1, -1075) <= 0, "a/b rounded to zero wrongly");
    } else {
        CHECK(r == -1 && cmp_ratio(&a, &b, ((uint64_t)1 << 54) - 1, 970) >= 0, "overflow wrongly");
    }
    free(a.d), free(b.d);
}

#if LIBC_IS_REFERENCE
static void check_from_double(void)
{
    double x = of_bits(rnd() >> 1);
    if (isnan(x) || isinf(x)) {
        mpn_digit r[MPN_DIGITS_FOR_BITS(1024) + 1];
        CHECK(mpn_from_double(r, x) == (size_t)-1, "int(inf)");
        return;
    }
    if (rnd() & 1)
        x = ldexp(x, -(int)(rnd() % 1000));
    mpn_digit *r = dalloc(MPN_DIGITS_FOR_BITS(1024) + 1), *w = dalloc(MPN_TO_STR_WORK(MPN_DIGITS_FOR_BITS(1024) + 1));
    size_t rn = mpn_from_double(r, x);
    char s[400], ref[400];
    size_t len = mpn_to_str(s, sizeof s, r, rn, 10, w);
    snprintf(ref, sizeof ref, "%.0f", trunc(x));
    CHECK(len == strlen(ref) && memcmp(s, ref, len) == 0, "int(%a)", x);
    double back;
    mpn_to_double(r, rn, &back);
    CHECK(back == trunc(x), "float(int(%a))", x);
    free(r), free(w);
}
#endif

static void check_api(void)
{
    mpn_digit a[4] = { 5, 0, 0, 0 }, r[8], w[16];
    size_t rn = 7, qn = 7;
    char out[8];
    CHECK(mpn_divmod(r, &qn, r + 4, &rn, a, 1, a, 0, w) == -1, "division by zero");
    CHECK(mpn_to_str(out, sizeof out, a, 1, 37, w) == 0 && mpn_to_str(out, sizeof out, a, 1, 1, w) == 0,
          "bad base");
    CHECK(mpn_from_str(r, &rn, "", 0, 10, 0) == -1, "empty");
    CHECK(mpn_from_str(r, &rn, "12a", 3, 10, 0) == -1, "bad digit");
    CHECK(mpn_from_str(r, &rn, "1_2", 3, 10, 0) == -1, "underscore not allowed");
    CHECK(mpn_from_str(r, &rn, "1_2", 3, 10, MPN_STR_UNDERSCORE) == 0 && rn == 1 && r[0] == 12, "1_2");
    CHECK(mpn_from_str(r, &rn, "1__2", 4, 10, MPN_STR_UNDERSCORE) == -1, "1__2");
    CHECK(mpn_from_str(r, &rn, "_12", 3, 10, MPN_STR_UNDERSCORE) == -1, "_12");
    CHECK(mpn_from_str(r, &rn, "12_", 3, 10, MPN_STR_UNDERSCORE) == -1, "12_");
    CHECK(mpn_from_str(r, &rn, "fF", 2, 16, 0) == 0 && rn == 1 && r[0] == 255, "ff");
    CHECK(mpn_from_str(r, &rn, "0000", 4, 10, 0) == 0 && rn == 0, "zeros");
    CHECK(mpn_to_str(out, sizeof out, a, 0, 10, w) == 1 && out[0] == '0', "zero text");
    double d;
    CHECK(mpn_div_to_double(a, 1, a, 0, &d, w) == -2, "div by zero");
    CHECK(mpn_to_double(a, 0, &d) == 0 && d == 0, "float(0)");
    int rneg;
    CHECK(mpn_bitop_signed(r, &rneg, '+', a, 1, 0, a, 1, 0) == 0 && rneg == -1, "bad op");
    CHECK(mpn_not_signed(r, &rneg, a, 0, 0) == 1 && r[0] == 1 && rneg == 1, "~0 == -1");
}

/* ---- benchmark ---- */

#if LIBC_IS_REFERENCE
static double now(void)   /* seconds */
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}
#define UNIT "us"
#define SCALE 1e6
#else
static double now(void)   /* instructions, under -icount shift=0 (CCOUNT = instructions / 25) */
{
    return (double)sh_cycles() * 25;
}
#define UNIT "insns"
#define SCALE 1.0
#endif

static void bench(void)
{
    printf("mpn with %d-bit digits\n", W);
    for (int decdigits = 100; decdigits <= (LIBC_IS_REFERENCE ? 100000 : 1000); decdigits *= 10) {
        size_t n = (size_t)(decdigits * 3.3219 / W) + 1;
        num a = rnd_num(n), b = rnd_num(n);
        mpn_digit *r = dalloc(2 * n), *s = dalloc(MPN_MUL_SCRATCH(n));
        int reps = !LIBC_IS_REFERENCE ? 3 : decdigits <= 1000 ? 2000 : decdigits <= 10000 ? 20 : 1;
        double t0 = now();
        for (int i = 0; i < reps; i++)
            mpn_mul(r, a.d, a.n, b.d, b.n, NULL);
        double t1 = now();
        for (int i = 0; i < reps; i++)
            mpn_mul(r, a.d, a.n, b.d, b.n, s);
        double t2 = now();
        printf("  %6d x %6d decimal digits: schoolbook %10.1f " UNIT ", karatsuba %10.1f " UNIT "\n",
               decdigits, decdigits, (t1 - t0) / reps * SCALE, (t2 - t1) / reps * SCALE);
        if (decdigits <= 10000) {
            size_t cap = mpn_str_size(2 * n, 10), qn, rn;
            char *str = malloc(cap);
            mpn_digit *w = dalloc(MPN_DIVMOD_WORK(2 * n, n) + MPN_TO_STR_WORK(2 * n));
            mpn_digit *q = dalloc(n + 2), *rr = dalloc(n);
            size_t pn = mpn_mul(r, a.d, a.n, b.d, b.n, s), len = 0;
            t0 = now();
            for (int i = 0; i < reps / 10 + 1; i++)
                mpn_divmod(q, &qn, rr, &rn, r, pn, b.d, b.n, w);
            t1 = now();
            for (int i = 0; i < reps / 10 + 1; i++)
                len = mpn_to_str(str, cap, r, pn, 10, w);
            t2 = now();
            mpn_digit *back = dalloc(mpn_from_str_size(len, 10));
            for (int i = 0; i < reps / 10 + 1; i++)
                mpn_from_str(back, &rn, str, len, 10, 0);
            double t3 = now();
            int k = reps / 10 + 1;
            printf("  %6d / %6d digits divmod %10.1f " UNIT "; %zu-digit to decimal %10.1f " UNIT
                   ", from decimal %10.1f " UNIT "\n", 2 * decdigits, decdigits, (t1 - t0) / k * SCALE,
                   len, (t2 - t1) / k * SCALE, (t3 - t2) / k * SCALE);
            free(str), free(w), free(q), free(rr), free(back);
        }
        free(a.d), free(b.d), free(r), free(s);
    }
}

int main(int argc, char **argv)
{
    long rounds = 5000;
    const char *vectors = "tests/c/mpn_vectors.txt";
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-n") && i + 1 < argc)
            rounds = atol(argv[++i]);
        else if (!strcmp(argv[i], "-v") && i + 1 < argc)
            vectors = argv[++i];
        else if (!strcmp(argv[i], "--bench")) {
            bench();
            return 0;
        } else {
            fprintf(stderr, "usage: test_mpn [-n ROUNDS] [-v VECTORS] [--bench]\n");
            return 2;
        }
    }
    check_api();
    run_vectors(vectors);
    for (long i = 0; i < rounds; i++) {
        check_mul_div();
        check_text();
        check_shift_bits();
        check_bitops_small();
        check_bitops_big();
        if (i % 4 == 0)
            check_isqrt_gcd();
#if LIBC_IS_REFERENCE
        check_to_double();
        check_from_double();
#endif
        check_div_double();
    }
    /* formats in RAM: picolibc reads them bytewise */
    static char summary[] = "test_mpn (%d-bit digits): %ld checks, %ld failures\n"
                            "%ld passed, %ld failed\n";
    printf(summary, W, checks, failures, checks - failures, failures);
    return failures != 0;
}
