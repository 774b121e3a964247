/* range, its iterator (the VM runs it inline in for-loops) and slice. */
#ifndef ESPY_OBJRANGE_H
#define ESPY_OBJRANGE_H

#include "obj.h"

typedef struct {
    Object base;
    Int start, stop, step;
} Range;

typedef struct {
    Object base;
    Int cur, step, remaining;
} RangeIter;

extern const Type range_iter_type;
Value range_new(Int start, Int stop, Int step);
Int range_len(const Range *r);
Value range_iter_new(Int start, Int step, Int count);
Value slice_new(Value start, Value stop, Value step);

#endif
