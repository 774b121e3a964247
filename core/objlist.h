/* list */
#ifndef ESPY_OBJLIST_H
#define ESPY_OBJLIST_H

#include "obj.h"

Value list_new(size_t n);                          /* n items set to None */
Value list_from_array(const Value *items, size_t n);
Value list_from_iter(Value iterable);
void list_append(Value list, Value item);
void list_extend(Value list, Value iterable);
void list_sort(Value list, Value key, bool reverse);
Value list_pop(Value list, Int index);
static inline size_t list_len(Value l) { return ((const List *)V_PTR(l))->len; }
static inline Value *list_items(Value l) { return ((List *)V_PTR(l))->items; }
/* Sorts an array of values stably with an optional key function. */
void values_sort(Value *items, size_t n, Value key, bool reverse);

#endif
