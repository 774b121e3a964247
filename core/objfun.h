/* Functions, native functions, bound methods, property/classmethod/staticmethod wrappers. */
#ifndef ESPY_OBJFUN_H
#define ESPY_OBJFUN_H

#include "obj.h"

Value bound_method_new(Value self, Value func);
/* A built-in method (NFN_METHOD native function) read from type t: checks self when called. */
Value method_descr_new(const Type *t, Value func);
extern const Type method_descr_type, bound_native_type;
bool fun_is_function(Value v);      /* Python function or native function */
Value native_call(const NativeFunc *f, Value *args, int nargs, Value kwnames);

/* Declares a const native function object in flash (fields: name, max, min, flags). */
#define NATIVE_FN(cname, pyname, minargs, maxargs, cfun) \
    const NativeFunc cname = {{&native_fn_type}, cfun, NFN_INFO(N_##pyname, maxargs, minargs, 0)}
#define NATIVE_FN_KW(cname, pyname, minargs, maxargs, cfun) \
    const NativeFunc cname = {{&native_fn_type}, cfun, NFN_INFO(N_##pyname, maxargs, minargs, NFN_KW)}
/* A function whose count errors read "name expected at most N arguments, got M" (CPython's
 * positional-only builtins such as getattr, divmod, iter). */
#define NATIVE_FN_EXP(cname, pyname, minargs, maxargs, cfun) \
    const NativeFunc cname = {{&native_fn_type}, cfun, NFN_INFO(N_##pyname, maxargs, minargs, NFN_EXPECTED)}
/* A method of a built-in type: args[0] is self; the counts exclude it. */
#define NATIVE_METHOD(cname, pyname, minargs, maxargs, cfun) \
    const NativeFunc cname = {{&native_fn_type}, cfun, \
                              NFN_INFO(N_##pyname, (maxargs) == NARGS_ANY ? NARGS_ANY : (maxargs) + 1, (minargs) + 1, NFN_METHOD)}
#define NATIVE_METHOD_KW(cname, pyname, minargs, maxargs, cfun) \
    const NativeFunc cname = {{&native_fn_type}, cfun, \
                              NFN_INFO(N_##pyname, (maxargs) == NARGS_ANY ? NARGS_ANY : (maxargs) + 1, (minargs) + 1, NFN_METHOD | NFN_KW)}
/* An entry of a const method table. */
#define METHOD_ENTRY(pyname, obj) { V_MKNAME(N_##pyname), V_FROMPTR(&(obj)) }

#endif
