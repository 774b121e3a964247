/* mpn: arithmetic on unsigned magnitudes held as little-endian arrays of digits.
 *
 * A number is (pointer, length): d[0] is the least significant digit, d[n-1] != 0, and n == 0
 * is zero.  Every function takes normalized inputs and returns the normalized length of its
 * result.  The caller provides every buffer; the sizes each result and scratch area needs are
 * given below in digits (macros where they depend on the operands).  Unless a function says
 * so, a result must not overlap an input.  No allocation, no stdio; stack use is at most
 * about 150 bytes (lx106), plus about 100 bytes per level of Karatsuba recursion.
 * Python's semantics for negative numbers are layered on top by the *_signed helpers, which
 * take and give sign-magnitude (neg flag + magnitude).  Design: docs/numbers.md.
 *
 * MPN_DIGIT_BITS selects 16- or 32-bit digits at compile time; both are tested.  The default
 * is 32 everywhere.  On the lx106 (32x32->32 multiply, no high half, no divide) a 32-bit
 * digit product costs a call to the 32x32->64 helper, yet measured under QEMU 32-bit digits
 * still take 35-40 % fewer instructions for multiply and divide than 16-bit digits with inline
 * 16x16 products (numbers.md has the counts).
 */
#ifndef MPN_H
#define MPN_H

#include <stddef.h>
#include <stdint.h>

#ifndef MPN_DIGIT_BITS
#define MPN_DIGIT_BITS 32
#endif

#if MPN_DIGIT_BITS == 32
typedef uint32_t mpn_digit;
typedef uint64_t mpn_ddigit;
#elif MPN_DIGIT_BITS == 16
typedef uint16_t mpn_digit;
typedef uint32_t mpn_ddigit;
#else
#error "MPN_DIGIT_BITS must be 16 or 32"
#endif

/* Digits needed for a number of `bits` bits. */
#define MPN_DIGITS_FOR_BITS(bits) (((size_t)(bits) + MPN_DIGIT_BITS - 1) / MPN_DIGIT_BITS)

/* Length of a[0..an) without its leading zero digits. */
size_t mpn_norm(const mpn_digit *a, size_t an);

/* -1, 0 or 1 as a < b, a == b, a > b. */
int mpn_cmp(const mpn_digit *a, size_t an, const mpn_digit *b, size_t bn);

/* r = a + b.  r: max(an, bn) + 1 digits; r may be a or b. */
size_t mpn_add(mpn_digit *r, const mpn_digit *a, size_t an, const mpn_digit *b, size_t bn);
/* r = a - b, requires a >= b.  r: an digits; r may be a or b. */
size_t mpn_sub(mpn_digit *r, const mpn_digit *a, size_t an, const mpn_digit *b, size_t bn);
/* r = a + d.  r: an + 1 digits; r may be a. */
size_t mpn_add_1(mpn_digit *r, const mpn_digit *a, size_t an, mpn_digit d);
/* r = a - d, requires a >= d.  r: an digits (at least 1); r may be a. */
size_t mpn_sub_1(mpn_digit *r, const mpn_digit *a, size_t an, mpn_digit d);
/* r = a * m + add.  r: an + 1 digits; r may be a. */
size_t mpn_muladd_1(mpn_digit *r, const mpn_digit *a, size_t an, mpn_digit m, mpn_digit add);
#define mpn_mul_1(r, a, an, m) mpn_muladd_1(r, a, an, m, 0)

/* r = a * b.  r: an + bn digits.  With scratch == NULL the schoolbook method is used; with a
 * scratch area of MPN_MUL_SCRATCH(max(an, bn)) digits, Karatsuba's method above
 * MPN_KARATSUBA_MIN digits in both operands, unless built with MPN_KARATSUBA 0 (the firmware:
 * 0.5 kB less code, and numbers of that size, over 380 decimal digits, are rare on the board). */
#ifndef MPN_KARATSUBA
#define MPN_KARATSUBA 1
#endif
#define MPN_KARATSUBA_MIN 40
#define MPN_MUL_SCRATCH(n) (4 * (size_t)(n) + 16 * MPN_DIGIT_BITS)
size_t mpn_mul(mpn_digit *r, const mpn_digit *a, size_t an, const mpn_digit *b, size_t bn,
               mpn_digit *scratch);

/* q = a / d, returns the length of q and stores a % d in *rem.  d != 0.  q: an digits; q may
 * be a. */
size_t mpn_divmod_1(mpn_digit *q, const mpn_digit *a, size_t an, mpn_digit d, mpn_digit *rem);

/* q = a / b and r = a % b (Knuth's algorithm D), b != 0.  q: an - bn + 1 digits (at least 1),
 * r: bn digits; either may be NULL when not wanted.  work: MPN_DIVMOD_WORK(an, bn) digits.
 * Returns -1 (and does nothing) if b is zero, else 0.  Lengths go to *qn and *rn. */
#define MPN_DIVMOD_WORK(an, bn) ((size_t)(an) + (size_t)(bn) + 2)
int mpn_divmod(mpn_digit *q, size_t *qn, mpn_digit *r, size_t *rn, const mpn_digit *a, size_t an,
               const mpn_digit *b, size_t bn, mpn_digit *work);

/* Python's floor division on sign-magnitude numbers: q = floor(a / b), r = a - q * b (r has the
 * sign of b).  q: MPN_FLOORDIV_QSIZE(an, bn) digits, r: bn digits, work: MPN_DIVMOD_WORK(an, bn).
 * Returns -1 if b is zero. */
#define MPN_FLOORDIV_QSIZE(an, bn) ((an) >= (bn) ? (size_t)(an) - (size_t)(bn) + 2 : (size_t)2)
int mpn_floordiv_signed(mpn_digit *q, size_t *qn, int *qneg, mpn_digit *r, size_t *rn, int *rneg,
                        const mpn_digit *a, size_t an, int aneg, const mpn_digit *b, size_t bn,
                        int bneg, mpn_digit *work);

/* r = a << bits.  r: an + bits / MPN_DIGIT_BITS + 1 digits; r may be a. */
size_t mpn_lshift(mpn_digit *r, const mpn_digit *a, size_t an, size_t bits);
/* r = a >> bits; *lost (if not NULL) is 1 when a nonzero bit was shifted out, which is when a
 * negative number's floor shift needs its magnitude rounded up: -a >> s == -((a >> s) + lost).
 * r: an digits (at least 1); r may be a. */
size_t mpn_rshift(mpn_digit *r, const mpn_digit *a, size_t an, size_t bits, int *lost);

/* Bits in a (0 for zero) and bits set in a. */
size_t mpn_bitlen(const mpn_digit *a, size_t an);
size_t mpn_popcount(const mpn_digit *a, size_t an);

/* Two's-complement bitwise operations on sign-magnitude numbers, as Python's &, |, ^ on ints.
 * op is '&', '|' or '^'.  r: max(an, bn) + 1 digits; r may be a or b.  Returns the magnitude's
 * length (op unknown: 0 with *rneg = -1). */
size_t mpn_bitop_signed(mpn_digit *r, int *rneg, int op, const mpn_digit *a, size_t an, int aneg,
                        const mpn_digit *b, size_t bn, int bneg);
/* Python's ~a == -(a + 1).  r: an + 1 digits; r may be a. */
size_t mpn_not_signed(mpn_digit *r, int *rneg, const mpn_digit *a, size_t an, int aneg);

/* Characters mpn_to_str may need for an an-digit number in base 2..36 (no sign, no NUL). */
size_t mpn_str_size(size_t an, int base);
/* Writes a in base 2..36 with digits 0-9a-z ("0" for zero), no sign, prefix or NUL.  work:
 * MPN_TO_STR_WORK(an) digits (a is left alone).  Returns the length, or 0 if base is out of
 * range or cap is smaller than the text. */
#define MPN_TO_STR_WORK(an) ((size_t)(an) + (size_t)(an) / 4 + 2)
size_t mpn_to_str(char *out, size_t cap, const mpn_digit *a, size_t an, int base, mpn_digit *work);

/* Digits mpn_from_str needs for `len` characters in base 2..36. */
size_t mpn_from_str_size(size_t len, int base);
/* Reads s[0..len) as digits in base 2..36 (0-9, a-z, A-Z; no sign, prefix or space).  With
 * MPN_STR_UNDERSCORE single '_' are allowed between digits.  r: mpn_from_str_size(len, base).
 * Returns 0 and the length in *rn, or -1 if s is empty or holds anything else. */
#define MPN_STR_UNDERSCORE 1
int mpn_from_str(mpn_digit *r, size_t *rn, const char *s, size_t len, int base, int flags);

/* Nearest double to a (ties to even).  Returns 0, or -1 if it overflows (the result is then
 * +inf). */
int mpn_to_double(const mpn_digit *a, size_t an, double *out);

/* Nearest double to a / b (ties to even; the true quotient is rounded once, as CPython's
 * int / int).  work: MPN_DIV_TO_DOUBLE_WORK(an, bn).  Returns 0, -1 if it overflows,
 * -2 if b is zero. */
#define MPN_DIV_TO_DOUBLE_WORK(an, bn) \
    (3 * ((size_t)(an) + (size_t)(bn)) + 4 * MPN_DIGITS_FOR_BITS(1140) + 16)
int mpn_div_to_double(const mpn_digit *a, size_t an, const mpn_digit *b, size_t bn, double *out,
                      mpn_digit *work);

/* |x| truncated to an integer, exactly.  r: MPN_DIGITS_FOR_BITS(1024) + 1 digits.  Returns the
 * length, or (size_t)-1 if x is inf or nan. */
size_t mpn_from_double(mpn_digit *r, double x);

/* r = floor(sqrt(a)).  r: an / 2 + 1 digits; work: MPN_ISQRT_WORK(an). */
#define MPN_ISQRT_WORK(an) (4 * (size_t)(an) + 16)
size_t mpn_isqrt(mpn_digit *r, const mpn_digit *a, size_t an, mpn_digit *work);

/* r = gcd(a, b) (gcd(0, b) == b).  r: max(an, bn) + 1 digits; work: MPN_GCD_WORK(an, bn). */
#define MPN_GCD_WORK(an, bn) (2 * ((size_t)(an) + (size_t)(bn)) + 4)
size_t mpn_gcd(mpn_digit *r, const mpn_digit *a, size_t an, const mpn_digit *b, size_t bn,
               mpn_digit *work);

#endif
