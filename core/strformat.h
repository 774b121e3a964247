/* format(value, spec), str.format, the % operator, ascii() */
#ifndef ESPY_STRFORMAT_H
#define ESPY_STRFORMAT_H

#include "obj.h"

Value format_with_spec(Value v, Value spec);     /* format(v, spec) */
Value format_builtin(Value v, Value spec);       /* the same without a user __format__ */
Value str_format_method(Value fmt, Value *args, int nargs, Value kwnames, Value mapping);
Value obj_ascii(Value v);
Value str_concat_array(const Value *items, size_t count);

#endif
