/* dtoa: exact conversions between IEEE-754 doubles and decimal text.
 *
 * Pure C, no allocation, no stdio, no libc number conversion: every result is exact
 * (correctly rounded, round-half-even on the exact binary value) on any target, including
 * the lx106, whose C library is not trusted for this.  Stack use is under 900 bytes (the
 * big-number fallback; docs/numbers.md).
 * Algorithms and contracts: docs/numbers.md.
 *
 * Digit strings produced here are ASCII '0'..'9' without sign, decimal point, leading or
 * trailing zeros and are not NUL-terminated.  Together with `decpt` they denote the value
 * 0.d1d2d3... * 10^decpt (so "15", decpt 1 is 1.5 and "1", decpt -2 is 0.001).
 * The sign of x is ignored by the digit functions: the caller tests signbit(x).
 */
#ifndef DTOA_H
#define DTOA_H

#include <stddef.h>

/* Most digits dtoa_shortest produces. */
#define DTOA_SHORTEST_MAX 17
/* Most significant digits the exact decimal expansion of any double has (the rest are zeros):
 * a digit buffer of this size never makes dtoa_fixed or dtoa_precision fail. */
#define DTOA_DIGITS_MAX 768

/* Shortest digits that read back as |x| (David Gay's mode 0, what CPython's repr uses): of all
 * strings with the fewest digits that round to x, the one nearest to x (ties: even last digit).
 * digits needs DTOA_SHORTEST_MAX bytes.  x == 0 gives "0", decpt 1.
 * Returns the digit count, or -1 if x is inf or nan. */
int dtoa_shortest(double x, char *digits, int *decpt);

/* |x| correctly rounded to `nd` digits after the decimal point (nd may be negative: -2 rounds to
 * hundreds), as for "%.<nd>f" and round(x, nd) (Gay's mode 3).  Writes at most `cap` digits.
 * Returns the digit count; 0 when the result is zero (then *decpt = -nd), except that x == 0
 * gives "0", decpt 1.  Returns -1 if x is inf/nan or the digits do not fit in cap. */
int dtoa_fixed(double x, int nd, char *digits, size_t cap, int *decpt);

/* |x| correctly rounded to `nsig` >= 1 significant digits, as for "%.<nsig-1>e" (Gay's mode 2;
 * trailing zeros removed, so fewer digits may come back).  x == 0 gives "0", decpt 1.
 * Returns the digit count, or -1 if x is inf/nan, nsig < 1 or the digits do not fit in cap. */
int dtoa_precision(double x, int nsig, char *digits, size_t cap, int *decpt);

/* Flags for dtoa_format. */
#define DTOA_ALT       1   /* '#': keep the decimal point and trailing zeros ('g') */
#define DTOA_NO_NEG_0  2   /* 'z': a result that shows as zero loses its minus sign */

/* CPython's float formatting, byte for byte, for
 *   type 'r'  : repr(x) and str(x) (precision ignored);
 *   type '\0' : format(x, spec) with no type letter (repr-like; with a precision like 'g'
 *               but with at least one digit after the point);
 *   type 'e' 'E' 'f' 'F' 'g' 'G' '%' : format types and the same %-operator conversions.
 * precision < 0 means "not given" (6 for e/f/g/%).
 * The output is "-" for a negative x (including -0.0 and -inf, never for nan), then the
 * number: digits, '.', digits, optional exponent ('e' or 'E', sign, at least two digits),
 * "inf"/"nan" ("INF"/"NAN" for E F G), then '%' for type '%'.  The caller adds what the spec
 * asks on top: '+' or ' ' before a result that does not start with '-', fill, alignment,
 * width, and grouping (the integer digits are the run of digits at the start of the number,
 * up to '.', 'e', 'E', '%' or the end).  Type 'n' is 'g' with the caller's grouping.
 * The result is NUL-terminated.  Returns its length, or -1 if cap is too small (it never
 * needs more than precision + 320 bytes) or the type is unknown. */
int dtoa_format(double x, char type, int precision, int flags, char *out, size_t cap);

/* Flags for dtoa_parse. */
#define DTOA_PARSE_UNDERSCORE 1  /* allow single '_' between digits (PEP 515) */
#define DTOA_PARSE_SIGN       2  /* allow a leading '+' or '-' */
#define DTOA_PARSE_SPECIAL    4  /* allow "inf", "infinity", "nan" in any case */
#define DTOA_PARSE_FLOAT  (DTOA_PARSE_UNDERSCORE | DTOA_PARSE_SIGN | DTOA_PARSE_SPECIAL)

/* Reads the longest prefix of s[0..len) that is a decimal number in Python's syntax:
 *   [sign] (digits ['.' [digits]] | '.' digits) [('e'|'E') [sign] digits]   or   [sign] inf|infinity|nan
 * and converts it to the nearest double (ties to even; overflow gives inf, underflow gives
 * zero or a subnormal).  No whitespace is skipped.  float(s) is: strip the whitespace, call with
 * DTOA_PARSE_FLOAT and require *consumed == len.  The lexer calls with DTOA_PARSE_UNDERSCORE on
 * the text of a literal.  Returns 0, or -1 when no number starts at s (*consumed is then 0). */
int dtoa_parse(const char *s, size_t len, int flags, double *out, size_t *consumed);

/* Python's round(x, nd) for a float x: *out = x rounded to nd decimal places (half-even on the
 * exact value), with x's sign on a zero result; inf and nan round to themselves.
 * Returns 0, or -1 if the rounded value overflows (Python raises OverflowError). */
int dtoa_round(double x, long nd, double *out);

#endif
