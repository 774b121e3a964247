/* set and frozenset */
#ifndef ESPY_OBJSET_H
#define ESPY_OBJSET_H

#include "obj.h"

Value set_new(const Type *t);
Value set_from_iter(Value iterable, const Type *t);
void set_add(Value set, Value key);
bool set_discard(Value set, Value key);
bool set_contains(Value set, Value key);
void set_update(Value set, Value iterable);
size_t set_len(Value set);
Value set_next(Value set, size_t *pos);
bool set_is(Value v);
Value set_binary_op(BinaryOp op, Value a, Value b);

#endif
