/* The 24 runtime helpers that the ESP8266 mask ROM provides and Debian's lx106 libgcc lacks
 * (esp8266.md 3.5).  gcc calls them implicitly; they are declared here so that tests and the
 * emulator's ROM model can call them by name.  Implemented in rt_int.c and rt_float.c.
 *
 * Defined behaviour beyond C (the C language leaves these undefined):
 *   integer x / 0 == all ones (-1 signed, max unsigned), x % 0 == x, INT_MIN / -1 == INT_MIN;
 *   double/float -> int32: truncates; NaN -> 0; out of range saturates to INT32_MIN/INT32_MAX;
 *   double/float -> uint32: truncates; NaN and values <= -1 -> 0; too large -> UINT32_MAX.
 * Floating point: IEEE 754 binary64/binary32, round to nearest even, subnormals supported,
 * signed zeros.  A NaN result is quiet: the first NaN operand with its quiet bit set, or the
 * default NaN 0x7FF8000000000000 (0x7FC00000 for float) for invalid operations.
 */
#ifndef LX106_RT_H
#define LX106_RT_H

#include <stdint.h>

int32_t __divsi3(int32_t n, int32_t d);
uint32_t __udivsi3(uint32_t n, uint32_t d);
uint32_t __umodsi3(uint32_t n, uint32_t d);
int64_t __divdi3(int64_t n, int64_t d);
uint64_t __udivdi3(uint64_t n, uint64_t d);
uint64_t __umoddi3(uint64_t n, uint64_t d);
uint64_t __muldi3(uint64_t a, uint64_t b);
uint64_t __umulsidi3(uint32_t a, uint32_t b);

double __adddf3(double a, double b);
double __subdf3(double a, double b);
double __muldf3(double a, double b);
double __divdf3(double a, double b);
float __addsf3(float a, float b);
float __subsf3(float a, float b);
float __mulsf3(float a, float b);

double __floatsidf(int32_t i);
double __floatunsidf(uint32_t u);
float __floatsisf(int32_t i);
float __floatunsisf(uint32_t u);
int32_t __fixdfsi(double d);
uint32_t __fixunsdfsi(double d);
uint32_t __fixunssfsi(float f);
double __extendsfdf2(float f);
float __truncdfsf2(double d);

#endif
