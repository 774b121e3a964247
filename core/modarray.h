/* array.array as a buffer for other modules (struct.pack_into, bytes(array)). */
#ifndef ESPY_MODARRAY_H
#define ESPY_MODARRAY_H

#include "obj.h"

extern const Type array_type;

/* An array's object.  Its type (array.array or a subclass) has TF_ARRAY, so that the core and
 * struct read its bytes without calling into the module, which on the board is a native one. */
typedef struct {
    Object base;
    uint8_t typecode, itemsize;
    size_t len, alloc;        /* in items */
    uint8_t *data;
} Array;

/* The items' bytes of an array (or subclass instance); false for anything else. */
static inline bool array_get_buffer(Value v, uint8_t **data, size_t *len) {
    if (!V_IS_PTR(v) || !(type_of(v)->flags & TF_ARRAY)) return false;
    Array *a = V_PTR(v);
    *data = a->data ? a->data : (uint8_t *)"";
    *len = a->len * a->itemsize;
    return true;
}

#endif
