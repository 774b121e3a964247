/* array.array as a buffer for other modules (struct.pack_into, bytes(array)). */
#ifndef ESPY_MODARRAY_H
#define ESPY_MODARRAY_H

#include "obj.h"

extern const Type array_type;
/* The items' bytes of an array (or subclass instance); false for anything else. */
bool array_get_buffer(Value v, uint8_t **data, size_t *len);

#endif
