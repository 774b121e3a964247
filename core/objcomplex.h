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

#endif
