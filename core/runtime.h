/* The object protocol: what the VM and the built-in functions do to any value.
 * Each operation dispatches on the value's type (its slots, or special methods of a class). */
#ifndef ESPY_RUNTIME_H
#define ESPY_RUNTIME_H

#include "obj.h"
#include "print.h"

Value obj_repr(Value v);
Value obj_str(Value v);
void obj_print(Print *p, Value v, PrintKind kind);
Int obj_hash(Value v);
bool obj_equal(Value a, Value b);
bool obj_truthy(Value v);
Value obj_binary_op(BinaryOp op, Value a, Value b);   /* arithmetic and comparisons */
bool obj_less(Value a, Value b);                      /* a < b as a truth value (sorting) */
Value obj_unary_op(UnaryOp op, Value v);
Int obj_len(Value v);
Value obj_len_maybe(Value v);                         /* small int, or V_NULL if no len */
bool obj_contains(Value container, Value item);
bool obj_is(Value a, Value b);

Value obj_getattr(Value obj, Value name);
Value obj_getattr_maybe(Value obj, Value name);       /* V_NULL instead of AttributeError */
/* V_NULL also when looking the attribute up raises AttributeError (a __getattr__, a property, a
 * module's hook): what getattr(o, n, default), hasattr and the import system see, as in CPython. */
Value obj_lookup_attr(Value obj, Value name);
void obj_setattr(Value obj, Value name, Value value);
void obj_delattr(Value obj, Value name);
/* Method lookup without allocating a bound method: dest[0] = function, dest[1] = self; or
 * dest[0] = any attribute value and dest[1] = V_NULL.  Raises AttributeError. */
void obj_load_method(Value obj, Value name, Value *dest);
Value obj_load_method_maybe(Value obj, Value name, Value *dest);  /* V_NULL when absent */

Value obj_getitem(Value obj, Value index);
void obj_setitem(Value obj, Value index, Value value);
void obj_delitem(Value obj, Value index);

Value obj_getiter(Value obj, IterBuf *buf);          /* buf may be NULL */
Value obj_iternext(Value iter);                       /* V_NULL when exhausted */
bool obj_is_iterable(Value obj);                      /* has __iter__ or __getitem__ */

Value obj_call(Value f, Value *args, int nargs, Value kwnames);
Value obj_call0(Value f);
Value obj_call1(Value f, Value a);
Value obj_call2(Value f, Value a, Value b);
Value obj_call_method0(Value obj, Value name);
Value obj_call_method1(Value obj, Value name, Value a);
bool obj_callable(Value v);

/* Conversions with CPython's TypeErrors. */
Int obj_get_int(Value v);             /* an int (or __index__) that fits a machine word */
Int obj_get_index(Value v);           /* the same, for sequence indices ("indices must be...") */
Value obj_index(Value v);             /* operator.index(): a plain int, through __index__ */
Int obj_get_ssize(Value v);           /* a size or count (seq * n, bytes(n)): "cannot fit 'int'..." */
Value obj_attr_name(Value v);         /* an attribute name argument, interned (TypeError if not a str) */
double obj_get_float(Value v);        /* int or float */
bool obj_get_float_maybe(Value v, double *out);
Value obj_type_name_value(Value v);

/* Iteration over any iterable with a callback-free loop:
 *     Value it = obj_getiter(x, &buf); Value item; while ((item = obj_iternext(it))) ... */

/* Sequences: normalise an index into 0..len-1 or raise IndexError with the type's message. */
UInt seq_index(Value index, UInt len, const char *what);
/* Slices: start/stop/step for a length (CPython's PySlice_AdjustIndices). */
typedef struct { Int start, stop, step, len; } SliceIdx;
bool slice_indices(Value slice, Int length, SliceIdx *out);   /* false for non-slices */

/* Argument checking for native functions. */
/* Raises CPython's "name expected at least/at most/N argument(s), got M" unless min <= nargs <= max
 * (name is a str Value). */
void arg_check_count(Value name, int nargs, int min, int max);
void arg_check_no_kw(const char *fname, Value kwnames);
void arg_check_no_kw_name(Value name, Value kwnames);   /* the same with a name (a str Value) */
/* Parse keyword arguments: names[] are the parameter names (static name ids); args and out
 * hold nparams values, V_NULL where not given. */
void arg_parse(const char *fname, Value *args, int nargs, Value kwnames, int npos_max,
               const uint16_t *names, int nnames, Value *out);
ES_NORETURN void raise_arg_type(const char *fname, const char *expected, Value got);
Value obj_arg_type_name(Value v);   /* CPython's argument errors: "None" or the type's name */

#endif
