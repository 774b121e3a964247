/* Helpers shared by the sequence types (tuple, list, and their iterators). */
#ifndef ESPY_SEQ_H
#define ESPY_SEQ_H

#include "obj.h"
#include "print.h"

Value seq_compare(BinaryOp op, const Value *a, size_t na, const Value *b, size_t nb);
Int seq_count(const Value *items, size_t n, Value x);
Int seq_find(const Value *items, size_t n, Value x, Int start, Int stop);
bool seq_contains(const Value *items, size_t n, Value x);
void seq_print(Print *p, const Value *items, size_t n, char open, char close, bool trailing_comma);
void seq_index_range(Value *args, int nargs, size_t n, Int *start, Int *stop);
Value seq_iter_new(const Type *t, Value seq);
extern const Type tuple_iter_type, list_iter_type;

/* Recursive containers print as [...]: repr_enter returns false when v is being printed. */
bool repr_enter(Value v);
void repr_leave(void);
void repr_reset(void);
/* An exception that skips repr_leave (caught in Python code below a printing container) must
 * not leave its containers marked: the VM unwinds to the depth its invocation started at. */
int repr_depth(void);
void repr_unwind(int depth);

Int frozenset_hash(Value s);

#endif
