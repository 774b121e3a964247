/* float: IEEE double in a heap (or flash) object. */
#ifndef ESPY_OBJFLOAT_H
#define ESPY_OBJFLOAT_H

#include "obj.h"

Value float_new(double d);
static inline double float_value(Value v) { return ((const Float *)V_PTR(v))->value; }
bool float_parse(const char *s, size_t n, double *out);   /* float() syntax, whole text */
Value float_binary_op(BinaryOp op, Value a, Value b);
double float_pow_value(double x, double y);   /* pow(), exact for whole powers that fit */
Int float_hash(double d);
void float_print(Value v, Print *p, PrintKind kind);
/* Exact comparison of a float with an int of any size: -1, 0, 1, or 2 for nan. */
int float_int_compare(double d, Value i);
Value float_format(double d, char type, int prec, int flags);   /* via lib/dtoa */

#endif
