/* mpn: big-number digit arithmetic.  Contracts in mpn.h, algorithms in docs/numbers.md.
 *
 * Every product and sum is formed in mpn_ddigit (two digits wide).  Operands are cast to
 * mpn_ddigit before multiplying or shifting, which also keeps 16-bit digits from being
 * promoted to (signed) int. */
#include "mpn.h"

#include <string.h>

#define W MPN_DIGIT_BITS
#define DMAX ((mpn_digit)~(mpn_digit)0)

static int clz_digit(mpn_digit d)   /* d != 0 */
{
    return __builtin_clz((unsigned)d) - (int)(sizeof(unsigned) * 8 - W);
}

static int ctz_digit(mpn_digit d)   /* d != 0 */
{
    return __builtin_ctz((unsigned)d);
}

static void copy(mpn_digit *r, const mpn_digit *a, size_t n)
{
    if (r != a && n)
        memmove(r, a, n * sizeof *r);
}

size_t mpn_norm(const mpn_digit *a, size_t an)
{
    while (an > 0 && a[an - 1] == 0)
        an--;
    return an;
}

int mpn_cmp(const mpn_digit *a, size_t an, const mpn_digit *b, size_t bn)
{
    if (an != bn)
        return an > bn ? 1 : -1;
    while (an-- > 0)
        if (a[an] != b[an])
            return a[an] > b[an] ? 1 : -1;
    return 0;
}

/* ---- addition and subtraction ---- */

size_t mpn_add(mpn_digit *r, const mpn_digit *a, size_t an, const mpn_digit *b, size_t bn)
{
    size_t i;
    mpn_ddigit c = 0;
    if (an < bn) {
        const mpn_digit *t = a;
        size_t tn = an;
        a = b;
        an = bn;
        b = t;
        bn = tn;
    }
    for (i = 0; i < bn; i++) {
        c += (mpn_ddigit)a[i] + b[i];
        r[i] = (mpn_digit)c;
        c >>= W;
    }
    for (; i < an; i++) {
        c += a[i];
        r[i] = (mpn_digit)c;
        c >>= W;
    }
    r[an] = (mpn_digit)c;
    return an + (c != 0);
}

/* a[0..n) -= b[0..bn) (bn <= n) in place or into r; returns the borrow out. */
static mpn_digit sub_n(mpn_digit *r, const mpn_digit *a, size_t an, const mpn_digit *b, size_t bn)
{
    size_t i;
    mpn_digit borrow = 0;
    for (i = 0; i < bn; i++) {
        mpn_ddigit t = (mpn_ddigit)a[i] - b[i] - borrow;
        r[i] = (mpn_digit)t;
        borrow = (mpn_digit)((t >> W) != 0);
    }
    for (; i < an; i++) {
        mpn_ddigit t = (mpn_ddigit)a[i] - borrow;
        r[i] = (mpn_digit)t;
        borrow = (mpn_digit)((t >> W) != 0);
    }
    return borrow;
}

size_t mpn_sub(mpn_digit *r, const mpn_digit *a, size_t an, const mpn_digit *b, size_t bn)
{
    sub_n(r, a, an, b, bn);
    return mpn_norm(r, an);
}

size_t mpn_add_1(mpn_digit *r, const mpn_digit *a, size_t an, mpn_digit d)
{
    mpn_ddigit c = d;
    for (size_t i = 0; i < an; i++) {
        c += a[i];
        r[i] = (mpn_digit)c;
        c >>= W;
    }
    if (c)
        r[an++] = (mpn_digit)c;
    return an;
}

size_t mpn_sub_1(mpn_digit *r, const mpn_digit *a, size_t an, mpn_digit d)
{
    mpn_digit one = d;
    if (an == 0) {
        r[0] = 0;
        return 0;
    }
    return mpn_sub(r, a, an, &one, 1);
}

size_t mpn_muladd_1(mpn_digit *r, const mpn_digit *a, size_t an, mpn_digit m, mpn_digit add)
{
    mpn_ddigit c = add;
    for (size_t i = 0; i < an; i++) {
        c += (mpn_ddigit)a[i] * m;
        r[i] = (mpn_digit)c;
        c >>= W;
    }
    if (c)   /* only then: r may be exactly as long as the result */
        r[an++] = (mpn_digit)c;
    return mpn_norm(r, an);
}

/* ---- multiplication ---- */

/* r[0..an+bn) = a * b, digits written in full (leading zeros included). */
static void mul_basecase(mpn_digit *r, const mpn_digit *a, size_t an, const mpn_digit *b,
                         size_t bn)
{
    mpn_ddigit c = 0;
    for (size_t i = 0; i < an; i++) {
        c += (mpn_ddigit)a[i] * b[0];
        r[i] = (mpn_digit)c;
        c >>= W;
    }
    r[an] = (mpn_digit)c;
    for (size_t j = 1; j < bn; j++) {
        mpn_digit bj = b[j];
        c = 0;
        for (size_t i = 0; i < an; i++) {
            c += (mpn_ddigit)a[i] * bj + r[i + j];
            r[i + j] = (mpn_digit)c;
            c >>= W;
        }
        r[an + j] = (mpn_digit)c;
    }
}

/* r[0..rn) += a[0..n), the carry running on to rn. */
static void add_into(mpn_digit *r, size_t rn, const mpn_digit *a, size_t n)
{
    mpn_ddigit c = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        c += (mpn_ddigit)r[i] + a[i];
        r[i] = (mpn_digit)c;
        c >>= W;
    }
    for (; c && i < rn; i++) {
        c += r[i];
        r[i] = (mpn_digit)c;
        c >>= W;
    }
}

/* r[0..an+bn) = a * b for an >= bn >= 1.  Karatsuba: with a = a1 B^h + a0, b = b1 B^h + b0,
 * a * b = z2 B^2h + (z1 - z2 - z0) B^h + z0, z0 = a0 b0, z2 = a1 b1, z1 = (a0+a1)(b0+b1).
 * Scratch: 4h + 4 digits per level, plus chunking for unbalanced operands. */
static void mul_rec(mpn_digit *r, const mpn_digit *a, size_t an, const mpn_digit *b, size_t bn,
                    mpn_digit *s)
{
    size_t h = (an + 1) / 2;
    if (!MPN_KARATSUBA || s == NULL || bn < MPN_KARATSUBA_MIN) {
        mul_basecase(r, a, an, b, bn);
        return;
    }
    if (bn <= h) {
        /* b is short: a in pieces of bn digits, each product added in */
        memset(r, 0, (an + bn) * sizeof *r);
        for (size_t off = 0; off < an; off += bn) {
            size_t len = an - off < bn ? an - off : bn;
            mul_rec(s, b, bn, a + off, len, s + 2 * bn);
            add_into(r + off, an + bn - off, s, len + bn);
        }
        return;
    }
    mpn_digit *sa = s, *sb = s + h + 1, *z1 = s + 2 * h + 2, *rest = s + 4 * h + 4;
    sa[h] = 0;
    sb[h] = 0;
    copy(sa, a, h);
    add_into(sa, h + 1, a + h, an - h);
    copy(sb, b, h);
    add_into(sb, h + 1, b + h, bn - h);
    mul_rec(r, a, h, b, h, rest);
    mul_rec(r + 2 * h, a + h, an - h, b + h, bn - h, rest);
    mul_rec(z1, sa, h + 1, sb, h + 1, rest);
    sub_n(z1, z1, 2 * h + 2, r, 2 * h);
    sub_n(z1, z1, 2 * h + 2, r + 2 * h, an + bn - 2 * h);
    add_into(r + h, an + bn - h, z1, mpn_norm(z1, 2 * h + 2));
}

size_t mpn_mul(mpn_digit *r, const mpn_digit *a, size_t an, const mpn_digit *b, size_t bn,
               mpn_digit *scratch)
{
    if (an == 0 || bn == 0)
        return 0;
    if (an < bn)
        mul_rec(r, b, bn, a, an, scratch);
    else
        mul_rec(r, a, an, b, bn, scratch);
    return mpn_norm(r, an + bn);
}

/* ---- division ---- */

size_t mpn_divmod_1(mpn_digit *q, const mpn_digit *a, size_t an, mpn_digit d, mpn_digit *rem)
{
    mpn_ddigit r = 0;
    for (size_t i = an; i-- > 0;) {
        mpn_ddigit t = r << W | a[i];
        q[i] = (mpn_digit)(t / d);
        r = t % d;
    }
    *rem = (mpn_digit)r;
    return mpn_norm(q, an);
}

static mpn_digit mod_1(const mpn_digit *a, size_t an, mpn_digit d)
{
    mpn_ddigit r = 0;
    for (size_t i = an; i-- > 0;)
        r = (r << W | a[i]) % d;
    return (mpn_digit)r;
}

/* r[0..n) = a[0..n) << s, 0 <= s < W; returns the bits shifted out at the top. */
static mpn_digit shl_bits(mpn_digit *r, const mpn_digit *a, size_t n, int s)
{
    mpn_digit out = 0;
    if (s == 0) {
        copy(r, a, n);
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        mpn_ddigit t = (mpn_ddigit)a[i] << s | out;
        r[i] = (mpn_digit)t;
        out = (mpn_digit)(t >> W);
    }
    return out;
}

int mpn_divmod(mpn_digit *q, size_t *qn, mpn_digit *r, size_t *rn, const mpn_digit *a, size_t an,
               const mpn_digit *b, size_t bn, mpn_digit *work)
{
    size_t qlen = 0, rlen;
    if (bn == 0)
        return -1;
    if (mpn_cmp(a, an, b, bn) < 0) {
        if (r)
            copy(r, a, an);
        rlen = an;
    } else if (bn == 1) {
        mpn_digit rem;
        if (q)
            qlen = mpn_divmod_1(q, a, an, b[0], &rem);
        else
            rem = mod_1(a, an, b[0]);
        if (r)
            r[0] = rem;
        rlen = rem != 0;
    } else {
        /* Knuth, TAOCP vol. 2, 4.3.1, algorithm D */
        int s = clz_digit(b[bn - 1]);
        mpn_digit *vn = work, *un = work + bn;
        shl_bits(vn, b, bn, s);
        un[an] = shl_bits(un, a, an, s);
        mpn_digit v1 = vn[bn - 1], v2 = vn[bn - 2];
        for (size_t j = an - bn + 1; j-- > 0;) {
            mpn_ddigit num = (mpn_ddigit)un[j + bn] << W | un[j + bn - 1];
            mpn_ddigit qhat = num / v1, rhat = num % v1;
            while (qhat > DMAX || qhat * v2 > (rhat << W | un[j + bn - 2])) {
                qhat--;
                rhat += v1;
                if (rhat > DMAX)
                    break;
            }
            mpn_digit carry = 0, borrow = 0;
            for (size_t i = 0; i < bn; i++) {
                mpn_ddigit p = qhat * vn[i] + carry;
                mpn_ddigit t = (mpn_ddigit)un[i + j] - (mpn_digit)p - borrow;
                carry = (mpn_digit)(p >> W);
                un[i + j] = (mpn_digit)t;
                borrow = (mpn_digit)((t >> W) != 0);
            }
            mpn_ddigit t = (mpn_ddigit)un[j + bn] - carry - borrow;
            un[j + bn] = (mpn_digit)t;
            if (t >> W) {   /* qhat was one too large (rare): add back */
                qhat--;
                mpn_ddigit c = 0;
                for (size_t i = 0; i < bn; i++) {
                    c += (mpn_ddigit)un[i + j] + vn[i];
                    un[i + j] = (mpn_digit)c;
                    c >>= W;
                }
                un[j + bn] = (mpn_digit)(un[j + bn] + c);
            }
            if (q)
                q[j] = (mpn_digit)qhat;
        }
        if (q)
            qlen = mpn_norm(q, an - bn + 1);
        if (r) {
            if (s == 0) {
                copy(r, un, bn);
            } else {
                for (size_t i = 0; i < bn; i++)
                    r[i] = (mpn_digit)((un[i] >> s) | ((mpn_ddigit)un[i + 1] << (W - s)));
            }
        }
        rlen = r ? mpn_norm(r, bn) : mpn_norm(un, bn);
    }
    if (qn)
        *qn = qlen;
    if (rn)
        *rn = rlen;
    return 0;
}

int mpn_floordiv_signed(mpn_digit *q, size_t *qn, int *qneg, mpn_digit *r, size_t *rn, int *rneg,
                        const mpn_digit *a, size_t an, int aneg, const mpn_digit *b, size_t bn,
                        int bneg, mpn_digit *work)
{
    if (mpn_divmod(q, qn, r, rn, a, an, b, bn, work) < 0)
        return -1;
    if (aneg != bneg && *rn != 0) {
        *qn = mpn_add_1(q, q, *qn, 1);
        *rn = mpn_sub(r, b, bn, r, *rn);
    }
    *qneg = aneg != bneg && *qn != 0;
    *rneg = bneg && *rn != 0;
    return 0;
}

/* ---- shifts and bits ---- */

size_t mpn_lshift(mpn_digit *r, const mpn_digit *a, size_t an, size_t bits)
{
    size_t ws = bits / W;
    int bs = (int)(bits % W);
    if (an == 0)
        return 0;
    /* from the top down, so that r may be a */
    mpn_digit top = bs ? (mpn_digit)((mpn_ddigit)a[an - 1] >> (W - bs)) : 0;
    for (size_t i = an; i-- > 0;) {
        mpn_ddigit t = (mpn_ddigit)a[i] << bs;
        if (bs && i > 0)
            t |= (mpn_ddigit)a[i - 1] >> (W - bs);
        r[i + ws] = (mpn_digit)t;
    }
    for (size_t i = 0; i < ws; i++)
        r[i] = 0;
    r[an + ws] = top;
    return an + ws + (top != 0);
}

size_t mpn_rshift(mpn_digit *r, const mpn_digit *a, size_t an, size_t bits, int *lost)
{
    size_t ws = bits / W;
    int bs = (int)(bits % W), l = 0;
    if (ws >= an) {
        if (lost)
            *lost = an != 0;
        r[0] = 0;
        return 0;
    }
    for (size_t i = 0; i < ws && !l; i++)
        l = a[i] != 0;
    if (bs)
        l |= (a[ws] & (((mpn_digit)1 << bs) - 1)) != 0;
    for (size_t i = ws; i < an; i++) {
        mpn_ddigit t = a[i] >> bs;
        if (bs && i + 1 < an)
            t |= (mpn_ddigit)a[i + 1] << (W - bs);
        r[i - ws] = (mpn_digit)t;
    }
    if (lost)
        *lost = l;
    return mpn_norm(r, an - ws);
}

size_t mpn_bitlen(const mpn_digit *a, size_t an)
{
    if (an == 0)
        return 0;
    return an * W - (size_t)clz_digit(a[an - 1]);
}

size_t mpn_popcount(const mpn_digit *a, size_t an)
{
    size_t n = 0;
    for (size_t i = 0; i < an; i++)
        n += (size_t)__builtin_popcount((unsigned)a[i]);
    return n;
}

/* Negative numbers are seen as two's complement, ~m + 1, with the carry of the +1 run along;
 * a negative result is turned back into a magnitude the same way. */
size_t mpn_bitop_signed(mpn_digit *r, int *rneg, int op, const mpn_digit *a, size_t an, int aneg,
                        const mpn_digit *b, size_t bn, int bneg)
{
    size_t n = an > bn ? an : bn;
    mpn_ddigit ca = 1, cb = 1, cr = 1;
    int neg;
    switch (op) {
    case '&': neg = aneg && bneg; break;
    case '|': neg = aneg || bneg; break;
    case '^': neg = !aneg != !bneg; break;
    default:
        *rneg = -1;
        return 0;
    }
    for (size_t i = 0; i <= n; i++) {
        mpn_digit x = i < an ? a[i] : 0, y = i < bn ? b[i] : 0, z;
        if (aneg) {
            ca += (mpn_digit)~x;
            x = (mpn_digit)ca;
            ca >>= W;
        }
        if (bneg) {
            cb += (mpn_digit)~y;
            y = (mpn_digit)cb;
            cb >>= W;
        }
        z = op == '&' ? x & y : op == '|' ? x | y : x ^ y;
        if (neg) {
            cr += (mpn_digit)~z;
            z = (mpn_digit)cr;
            cr >>= W;
        }
        r[i] = z;
    }
    n = mpn_norm(r, n + 1);
    *rneg = neg && n != 0;
    return n;
}

size_t mpn_not_signed(mpn_digit *r, int *rneg, const mpn_digit *a, size_t an, int aneg)
{
    if (aneg && an) {
        *rneg = 0;
        return mpn_sub_1(r, a, an, 1);
    }
    *rneg = 1;
    return mpn_add_1(r, a, an, 1);
}

/* ---- text ---- */

/* A digit's character, computed: a table would be in flash on the board, where this file
 * (built without -mforce-l32) may not load bytes. */
static char digit_char(unsigned d)
{
    return (char)(d < 10 ? '0' + d : 'a' - 10 + d);
}

static int log2_floor(int base)
{
    return 31 - __builtin_clz((unsigned)base);
}

size_t mpn_str_size(size_t an, int base)
{
    if (base < 2 || base > 36)
        return 0;
    return an * W / (size_t)log2_floor(base) + 1;
}

/* Largest power of base that fits a digit, and its exponent. */
static mpn_digit chunk_power(int base, int *k)
{
    mpn_digit p = (mpn_digit)base;
    *k = 1;
    while ((mpn_ddigit)p * (mpn_ddigit)base <= DMAX) {
        p = (mpn_digit)(p * (mpn_ddigit)base);
        ++*k;
    }
    return p;
}

#if W == 32
#define DEC_CHUNK 1000000000u
#define DEC_K 9
#else
#define DEC_CHUNK 10000u
#define DEC_K 4
#endif

static char *put_chunk(char *p, mpn_digit v, int width)   /* writes exactly width digits */
{
    for (int j = width; j-- > 0;) {
        p[j] = (char)('0' + v % 10);
        v /= 10;
    }
    return p + width;
}

/* Decimal: the number is rebuilt in base 10^DEC_K, feeding its digits in from the top:
 * out = out * 2^W + digit, one pass over out per digit.  The carry of that pass is the
 * quotient by the constant 10^DEC_K, which compilers turn into a multiplication, and the
 * remainder stays off the chain from one step to the next.  work: chunks of 10^DEC_K. */
static size_t to_decimal(char *out, size_t cap, const mpn_digit *a, size_t an, mpn_digit *ch)
{
    size_t m = 0, len;
    for (size_t i = an; i-- > 0;) {
        mpn_digit hi = a[i];
        for (size_t j = 0; j < m; j++) {
            mpn_ddigit z = (mpn_ddigit)ch[j] << W | hi;
            hi = (mpn_digit)(z / DEC_CHUNK);
            ch[j] = (mpn_digit)(z - (mpn_ddigit)hi * DEC_CHUNK);
        }
        for (; hi; hi = (mpn_digit)(hi / DEC_CHUNK))
            ch[m++] = (mpn_digit)(hi % DEC_CHUNK);
    }
    int top = 1;
    for (mpn_digit v = ch[m - 1]; v >= 10; v = (mpn_digit)(v / 10))
        top++;
    len = (size_t)top + (m - 1) * DEC_K;
    if (len > cap)
        return 0;
    char *p = put_chunk(out, ch[m - 1], top);
    for (size_t j = m - 1; j-- > 0;)
        p = put_chunk(p, ch[j], DEC_K);
    return len;
}

size_t mpn_to_str(char *out, size_t cap, const mpn_digit *a, size_t an, int base, mpn_digit *work)
{
    char *p = out + cap;
    if (base < 2 || base > 36)
        return 0;
    if (an == 0) {
        if (cap < 1)
            return 0;
        out[0] = '0';
        return 1;
    }
    if (base == 10)
        return to_decimal(out, cap, a, an, work);
    if ((base & (base - 1)) == 0) {
        int k = log2_floor(base);
        size_t nbits = mpn_bitlen(a, an), nchars = (nbits + (size_t)k - 1) / (size_t)k;
        if (nchars > cap)
            return 0;
        for (size_t c = 0; c < nchars; c++) {
            size_t bit = c * (size_t)k, i = bit / W;
            int sh = (int)(bit % W);
            mpn_ddigit v = a[i] >> sh;
            if (sh + k > W && i + 1 < an)
                v |= (mpn_ddigit)a[i + 1] << (W - sh);
            out[nchars - 1 - c] = digit_char((unsigned)(v & (mpn_ddigit)(base - 1)));
        }
        return nchars;
    }
    /* other bases: repeated division by the largest power of the base in a digit */
    int k;
    mpn_digit chunk = chunk_power(base, &k);
    size_t n = an;
    copy(work, a, an);
    while (n > 0) {
        mpn_digit rem;
        n = mpn_divmod_1(work, work, n, chunk, &rem);
        for (int j = 0; j < k && (n > 0 || rem != 0); j++) {
            if (p == out)
                return 0;
            *--p = digit_char((unsigned)(rem % (mpn_digit)base));
            rem /= (mpn_digit)base;
        }
    }
    size_t len = (size_t)(out + cap - p);
    memmove(out, p, len);
    return len;
}

size_t mpn_from_str_size(size_t len, int base)
{
    if (base < 2 || base > 36)
        return 0;
    return len * (size_t)(log2_floor(base - 1) + 1) / W + 1;
}

static int char_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

int mpn_from_str(mpn_digit *r, size_t *rn, const char *s, size_t len, int base, int flags)
{
    size_t n = 0, ndig = 0;
    if (base < 2 || base > 36 || len == 0)
        return -1;
    /* validate first: digits, and '_' only between two digits */
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '_' && (flags & MPN_STR_UNDERSCORE) && i > 0 && i + 1 < len
            && s[i - 1] != '_' && char_value(s[i + 1]) < base)
            continue;
        if (char_value(s[i]) >= base)
            return -1;
        ndig++;
    }
    if ((base & (base - 1)) == 0) {
        int k = log2_floor(base), fill = 0;
        mpn_ddigit acc = 0;
        for (size_t i = len; i-- > 0;) {
            if (s[i] == '_')
                continue;
            acc |= (mpn_ddigit)char_value(s[i]) << fill;
            fill += k;
            if (fill >= W) {
                r[n++] = (mpn_digit)acc;
                acc >>= W;
                fill -= W;
            }
        }
        if (fill)
            r[n++] = (mpn_digit)acc;
        *rn = mpn_norm(r, n);
        return 0;
    }
    int k, j = 0;
    mpn_digit chunk = chunk_power(base, &k), val = 0, mul = 1;
    (void)chunk;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '_')
            continue;
        val = (mpn_digit)(val * base + char_value(s[i]));
        mul = (mpn_digit)(mul * base);
        if (++j == k) {
            n = mpn_muladd_1(r, r, n, mul, val);
            j = 0;
            val = 0;
            mul = 1;
        }
    }
    if (j)
        n = mpn_muladd_1(r, r, n, mul, val);
    *rn = n;
    return 0;
}

/* ---- doubles ---- */

static int clz64(uint64_t x)
{
    uint32_t hi = (uint32_t)(x >> 32);
    return hi ? __builtin_clz(hi) : 32 + __builtin_clz((uint32_t)x);
}

/* The double nearest to (q + f) * 2^e2, where q != 0 and 0 <= f < 1 is nonzero iff sticky;
 * q must carry at least two bits more than the double keeps when sticky is set. */
static int make_double(uint64_t q, int sticky, long e2, double *out)
{
    int len = 64 - clz64(q);
    long er = e2 + len - 1, keep = er < -1022 ? er + 1075 : 53, drop = len - keep;
    uint64_t mant, bits;
    if (drop <= 0) {
        mant = q << -drop;
    } else {
        uint64_t low = q & (((uint64_t)1 << drop) - 1), half = (uint64_t)1 << (drop - 1);
        mant = q >> drop;
        if (low > half || (low == half && (sticky || (mant & 1))))
            mant++;
    }
    e2 += drop;
    if (e2 > 971) {   /* (2^53 - 1) * 2^971 is the largest double */
        bits = (uint64_t)0x7ff << 52;
    } else {
        bits = ((uint64_t)(e2 + 1074) << 52) + mant;
        if (bits > (uint64_t)0x7ff << 52)
            bits = (uint64_t)0x7ff << 52;
    }
    memcpy(out, &bits, sizeof bits);
    return bits == (uint64_t)0x7ff << 52 ? -1 : 0;
}

/* The 64 bits of a starting at bit `from` (bits below from are tested for the sticky flag). */
static uint64_t bits_at(const mpn_digit *a, size_t an, size_t from, int *sticky)
{
    uint64_t v = 0;
    size_t i0 = from / W;
    int sh = (int)(from % W);
    *sticky = 0;
    for (size_t i = 0; i < i0 && !*sticky; i++)
        *sticky = a[i] != 0;
    if (sh && (a[i0] & (((mpn_digit)1 << sh) - 1)))
        *sticky = 1;
    for (int got = -sh; got < 64; got += W, i0++) {
        uint64_t d = i0 < an ? a[i0] : 0;
        v |= got >= 0 ? d << got : d >> -got;
    }
    return v;
}

int mpn_to_double(const mpn_digit *a, size_t an, double *out)
{
    size_t len = mpn_bitlen(a, an);
    int sticky;
    if (len == 0) {
        *out = 0.0;
        return 0;
    }
    if (len > 1100)
        return make_double(1, 0, 2000, out);
    size_t from = len > 64 ? len - 64 : 0;
    uint64_t q = bits_at(a, an, from, &sticky);
    return make_double(q, sticky, (long)from, out);
}

int mpn_div_to_double(const mpn_digit *a, size_t an, const mpn_digit *b, size_t bn, double *out,
                      mpn_digit *work)
{
    long la = (long)mpn_bitlen(a, an), lb = (long)mpn_bitlen(b, bn), s;
    size_t qn, rn, xn;
    mpn_digit *x, *q, *dw;
    int sticky;
    if (bn == 0)
        return -2;
    if (an == 0 || la - lb + 1 <= -1075) {   /* a / b < 2^-1075: rounds to zero */
        *out = 0.0;
        return 0;
    }
    if (la - lb - 1 >= 1024)                 /* a / b >= 2^1024 */
        return make_double(1, 0, 2000, out);
    /* q = floor(a / (b 2^s)) has 55 or 56 bits */
    s = la - lb - 55;
    x = work;
    if (s >= 0) {
        xn = mpn_lshift(x, b, bn, (size_t)s);
        q = x + xn + 1;
        dw = q + (an - xn + 2);
        mpn_divmod(q, &qn, NULL, &rn, a, an, x, xn, dw);
    } else {
        xn = mpn_lshift(x, a, an, (size_t)-s);
        q = x + xn + 1;
        dw = q + (xn - bn + 2);
        mpn_divmod(q, &qn, NULL, &rn, x, xn, b, bn, dw);
    }
    sticky = rn != 0;
    return make_double(bits_at(q, qn, 0, &(int){0}), sticky, s, out);
}

size_t mpn_from_double(mpn_digit *r, double x)
{
    uint64_t u, f;
    int ex, e;
    memcpy(&u, &x, sizeof u);
    ex = (int)((u >> 52) & 0x7ff);
    if (ex == 0x7ff)
        return (size_t)-1;
    f = u & (((uint64_t)1 << 52) - 1);
    if (ex) {
        f |= (uint64_t)1 << 52;
        e = ex - 1075;
    } else {
        e = -1074;
    }
    if (e < 0) {
        f = e <= -64 ? 0 : f >> -e;
        e = 0;
    }
    size_t n = 0;
    for (; f; f >>= W)
        r[n++] = (mpn_digit)f;
    return mpn_lshift(r, r, n, (size_t)e);
}

/* ---- integer square root and gcd ---- */

static uint64_t isqrt64(uint64_t v)
{
    uint64_t r = 0;
    for (int b = 31; b >= 0; b--) {
        uint64_t t = r | (uint64_t)1 << b;
        if (t * t <= v)
            r = t;
    }
    return r;
}

size_t mpn_isqrt(mpn_digit *r, const mpn_digit *a, size_t an, mpn_digit *work)
{
    size_t len = mpn_bitlen(a, an), xn, qn, yn;
    int dummy;
    if (len <= 62) {
        uint64_t v = isqrt64(bits_at(a, an, 0, &dummy));
        size_t n = 0;
        for (; v; v >>= W)
            r[n++] = (mpn_digit)v;
        return n;
    }
    /* Start above the root, from the root of the top 62 bits; Newton's steps then decrease
     * to floor(sqrt(a)) and stop as soon as they would not. */
    size_t half = an / 2 + 3;
    mpn_digit *x = work, *y = work + half, *q = y + half, *dw = q + half;
    size_t sh = (len - 61) & ~(size_t)1;
    uint64_t top = bits_at(a, an, sh, &dummy);
    uint64_t s0 = isqrt64(top) + 1;
    xn = 0;
    for (; s0; s0 >>= W)
        x[xn++] = (mpn_digit)s0;
    xn = mpn_lshift(x, x, xn, sh / 2);
    for (;;) {
        mpn_divmod(q, &qn, NULL, NULL, a, an, x, xn, dw);
        yn = mpn_add(y, x, xn, q, qn);
        yn = mpn_rshift(y, y, yn, 1, NULL);
        if (mpn_cmp(y, yn, x, xn) >= 0)
            break;
        mpn_digit *t = x;
        x = y;
        y = t;
        xn = yn;
    }
    copy(r, x, xn);
    return xn;
}

static size_t ctz_n(const mpn_digit *a, size_t an)
{
    size_t i = 0;
    while (i < an && a[i] == 0)
        i++;
    return i * W + (size_t)ctz_digit(a[i]);
}

size_t mpn_gcd(mpn_digit *r, const mpn_digit *a, size_t an, const mpn_digit *b, size_t bn,
               mpn_digit *work)
{
    mpn_digit *u, *v, *dw;
    size_t un, vn, k;
    if (an < bn) {
        const mpn_digit *t = a;
        size_t tn = an;
        a = b;
        an = bn;
        b = t;
        bn = tn;
    }
    if (bn == 0) {
        copy(r, a, an);
        return an;
    }
    /* one division brings the sizes together, then binary gcd */
    u = work;
    v = work + bn;
    dw = v + bn;
    copy(v, b, bn);
    vn = bn;
    mpn_divmod(NULL, NULL, u, &un, a, an, b, bn, dw);
    if (un == 0) {
        copy(r, v, vn);
        return vn;
    }
    size_t ku = ctz_n(u, un), kv = ctz_n(v, vn);
    k = ku < kv ? ku : kv;
    un = mpn_rshift(u, u, un, ku, NULL);
    vn = mpn_rshift(v, v, vn, kv, NULL);
    for (;;) {
        int c = mpn_cmp(u, un, v, vn);
        if (c == 0)
            break;
        if (c < 0) {
            mpn_digit *t = u;
            size_t tn = un;
            u = v;
            un = vn;
            v = t;
            vn = tn;
        }
        un = mpn_sub(u, u, un, v, vn);
        un = mpn_rshift(u, u, un, ctz_n(u, un), NULL);
    }
    copy(r, u, un);
    return mpn_lshift(r, r, un, k);
}
