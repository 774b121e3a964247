/* tuple */
#ifndef ESPY_OBJTUPLE_H
#define ESPY_OBJTUPLE_H

#include "obj.h"

Value tuple_new(size_t n);                         /* items set to None */
Value tuple_from_array(const Value *items, size_t n);
Value tuple_from_iter(Value iterable);
static inline size_t tuple_len(Value t) { return ((const Tuple *)V_PTR(t))->len; }
static inline Value *tuple_items(Value t) { return ((Tuple *)V_PTR(t))->items; }
/* Items of a tuple or list without copying. */
bool seq_get_items(Value seq, Value **items, size_t *n);
Int tuple_hash(Value t);
extern const Tuple empty_tuple_obj;
#define V_EMPTY_TUPLE ((Value)&empty_tuple_obj)

#endif
