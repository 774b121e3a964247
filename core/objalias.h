/* list[int] and int | None made at run time (objalias.c). */
#ifndef ES_OBJALIAS_H
#define ES_OBJALIAS_H
#include "obj.h"

/* t[index] for the built-in classes that are generic (list, dict, ...); V_NULL for others. */
Value alias_class_getitem(const Type *t, Value index);
/* a | b where both are classes, None or aliases; V_NULL otherwise. */
Value alias_union(Value a, Value b);
bool alias_is_union(Value v);
Value alias_union_args(Value v);   /* its tuple of classes */

#endif
