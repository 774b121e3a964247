/* complex numbers (objcomplex.c). */
#ifndef ESPY_OBJCOMPLEX_H
#define ESPY_OBJCOMPLEX_H

#include "obj.h"

typedef struct {
    Object base;
    double re, im;
} Complex;

extern const Type complex_type;
Value complex_new(double re, double im);
/* a ** b on complex values (ZeroDivisionError, OverflowError as CPython) */
Value complex_pow(double ar, double ai, double br, double bi);
Int complex_hash(Value v);

/* The slots of the module _complex (modcomplex.c) that complex_type's call: print, make_new,
 * binary_op, and unary_op for abs(). */
extern const Type complex_impl_type;

#endif
