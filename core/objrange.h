/* range, its iterator (the VM runs it inline in for-loops) and slice. */
#ifndef ESPY_OBJRANGE_H
#define ESPY_OBJRANGE_H

#include "obj.h"

typedef struct {
    Object base;
    Value start, stop, step, len;   /* ints of any size */
} Range;

typedef struct {
    Object base;
    Int cur, step, remaining;
} RangeIter;

extern const Type range_iter_type;
Value slice_new(Value start, Value stop, Value step);

#endif
