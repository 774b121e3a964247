/* Iterator types of the builtins (enumerate, filter, map, zip, reversed). */
#ifndef ESPY_OBJITER_H
#define ESPY_OBJITER_H

#include "obj.h"

extern const Type enumerate_type, filter_type, map_type, zip_type, reversed_type, calliter_type;
Value calliter_new(Value func, Value sentinel);
Value reversed_new(Value seq);      /* a reverse iterator over a sequence by index */

#endif
