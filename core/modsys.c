/* The sys module. */
#include <string.h>
#include <float.h>
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objint.h"
#include "objstr.h"
#include "objtuple.h"
#include "objlist.h"
#include "objdict.h"
#include "objfun.h"
#include "objtype.h"
#include "objmodule.h"
#include "objfile.h"
#include "modos.h"
#include "objfloat.h"
#include "vm.h"

extern Int int_max_str_digits;

static Value sys_exit(Value *args, int nargs, Value kw) {
    (void)kw;
    /* sys.exit(None) is SystemExit() as in CPython: no args */
    if (nargs == 0 || args[0] == V_NONE) exc_raise_type(&exc_SystemExit);
    exc_raise_value(&exc_SystemExit, args[0]);
}

static Value sys_getrecursionlimit(Value *args, int nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    return V_MKINT(vm.recursion_limit);
}

static Value sys_setrecursionlimit(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    Int n = obj_get_int(args[0]);
    if (n < 1) exc_raise_msg(&exc_ValueError, "recursion limit must be greater or equal than 1");
    vm.recursion_limit = (int)(n > 1000000 ? 1000000 : n);
    return V_NONE;
}

static Value sys_exc_info(Value *args, int nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    Value e = vm.exc_handled;
    Value t[3] = {e ? V_FROMPTR(type_of(e)) : V_NONE, e ? e : V_NONE, V_NONE};
    return tuple_from_array(t, 3);
}

static Value sys_exception(Value *args, int nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    return vm.exc_handled ? vm.exc_handled : V_NONE;
}

static Value sys_print_exception(Value *args, int nargs, Value kw) {
    (void)kw;
    Value exc = args[0];
    Value file = nargs > 1 ? args[1] : vm.sys_stdout;
    Vstr v;
    vstr_init(&v, 128);
    Print p;
    print_to_vstr(&p, &v);
    exc_print(&p, exc);
    Value s = vstr_to_str(&v);
    if (!file || io_is_console(file, 1)) {
        size_t n;
        const char *d = str_data(s, &n);
        print_strn(&print_stdout, d, n);
    } else {
        obj_call_method1(file, V_MKNAME(N_write), s);
    }
    return V_NONE;
}

static Value sys_intern(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    if (!str_is(args[0])) exc_raise_msg(&exc_TypeError, "intern() argument must be str, not %T", args[0]);
    return str_intern(args[0]);
}

static Value sys_get_int_max_str_digits(Value *args, int nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    return V_MKINT(int_max_str_digits);
}

static Value sys_set_int_max_str_digits(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    Int n = obj_get_int(args[0]);
    if (n != 0 && n < 640) exc_raise_msg(&exc_ValueError, "maxdigits must be 0 or larger than 640");
    int_max_str_digits = n;
    return V_NONE;
}

static NATIVE_FN(sys_exit_fn, exit, 0, 1, sys_exit);
static NATIVE_FN(sys_getrecursionlimit_fn, getrecursionlimit, 0, 0, sys_getrecursionlimit);
static NATIVE_FN(sys_setrecursionlimit_fn, setrecursionlimit, 1, 1, sys_setrecursionlimit);
static NATIVE_FN(sys_exc_info_fn, exc_info, 0, 0, sys_exc_info);
static NATIVE_FN(sys_exception_fn, exception, 0, 0, sys_exception);
static NATIVE_FN(sys_print_exception_fn, print_exception, 1, 2, sys_print_exception);
static NATIVE_FN(sys_intern_fn, intern, 1, 1, sys_intern);
static NATIVE_FN(sys_get_int_max_str_digits_fn, get_int_max_str_digits, 0, 0, sys_get_int_max_str_digits);
static NATIVE_FN(sys_set_int_max_str_digits_fn, set_int_max_str_digits, 1, 1, sys_set_int_max_str_digits);

/* sys.version_info and sys.float_info: named tuples made when read (no RAM until then) */
static const uint16_t version_info_fields[] = {N_major, N_minor, N_micro, N_releaselevel, N_serial};
static STRUCTSEQ_TYPE(version_info_type, version_info, sys, version_info_fields);

static const uint16_t float_info_fields[] = {
    N_max, N_max_exp, N_max_10_exp, N_min, N_min_exp, N_min_10_exp, N_dig, N_mant_dig, N_epsilon, N_radix, N_rounds,
};
static STRUCTSEQ_TYPE(float_info_type, float_info, sys, float_info_fields);

static Value float_info(void) {
    Value v[11] = {
        float_new(DBL_MAX), V_MKINT(DBL_MAX_EXP), V_MKINT(DBL_MAX_10_EXP), float_new(DBL_MIN), V_MKINT(DBL_MIN_EXP),
        V_MKINT(DBL_MIN_10_EXP), V_MKINT(DBL_DIG), V_MKINT(DBL_MANT_DIG), float_new(DBL_EPSILON), V_MKINT(FLT_RADIX), V_MKINT(1),
    };
    return structseq_new(&float_info_type, v);
}

/* sys.implementation: a const namespace (CPython's is a types.SimpleNamespace) of name, version
 * (espy's (major, minor, micro)) and _machine (MicroPython's board description). */
static void impl_print(Value self, Print *p, PrintKind kind) {
    (void)self, (void)kind;
    print_fmt(p, "namespace(name=%r, version=(%d, %d, %d), _machine=%r)", V_MKNAME(N_espy),
              ES_VERSION_MAJOR, ES_VERSION_MINOR, ES_VERSION_MICRO, V_MKNAME(ES_MACHINE_NAME_ID));
}

static void impl_attr(Value self, Value name, Value *dest) {
    (void)self;
    if (dest[1] != V_SENTINEL_METHOD) return;   /* read-only */
    Value v = V_NULL;
    switch (V_IS_NAME(name) ? V_NAME(name) : 0) {
    case N_name: v = V_MKNAME(N_espy); break;
    case N__machine: v = V_MKNAME(ES_MACHINE_NAME_ID); break;
    case N_version: {
        Value t[3] = {V_MKINT(ES_VERSION_MAJOR), V_MKINT(ES_VERSION_MINOR), V_MKINT(ES_VERSION_MICRO)};
        v = tuple_from_array(t, 3);
        break;
    }
    }
    if (v) { dest[0] = v; dest[1] = V_NULL; }
}

static const Type impl_type = {
    .type = &type_type, .name = V_MKNAME(N_SimpleNamespace), .base = &object_type,
    .print = impl_print, .attr = impl_attr,
};
static const Object sys_implementation = {&impl_type};

static void sys_attr(Value self, Value name, Value *dest) {
    (void)self;
    uint32_t id = V_IS_NAME(name) ? V_NAME(name) : 0;
    if (dest[1] == V_SENTINEL_METHOD) {
        Value v = V_NULL;
        switch (id) {
        case N_argv: v = vm.sys_argv; break;
        case N_path: v = vm.sys_path; break;
        case N_modules: v = vm.modules; break;
        case N_stdout: v = vm.sys_stdout ? vm.sys_stdout : io_console(1); break;
        case N_stderr: v = vm.sys_stderr ? vm.sys_stderr : io_console(2); break;
        case N_stdin: v = vm.sys_stdin ? vm.sys_stdin : io_console(0); break;
        case N___stdout__: v = io_console(1); break;
        case N___stderr__: v = io_console(2); break;
        case N___stdin__: v = io_console(0); break;
        case N_maxsize: v = int_from_int(INTPTR_MAX); break;
        case N_version_info: {
            Value t[5] = {V_MKINT(3), V_MKINT(11), V_MKINT(0), V_MKNAME(N_final), V_MKINT(0)};
            v = structseq_new(&version_info_type, t);
            break;
        }
        case N_float_info: v = float_info(); break;
        case N_implementation: v = V_FROMPTR(&sys_implementation); break;
        default: break;
        }
        if (v) { dest[0] = v; dest[1] = V_NULL; }
        return;
    }
    if (dest[1] != V_NULL) {
        Value v = dest[1];
        switch (id) {
        case N_stdout: vm.sys_stdout = io_is_console(v, 1) ? V_NULL : v; break;
        case N_stderr: vm.sys_stderr = io_is_console(v, 2) ? V_NULL : v; break;
        case N_stdin: vm.sys_stdin = io_is_console(v, 0) ? V_NULL : v; break;
        case N_argv: vm.sys_argv = v; break;
        case N_path: vm.sys_path = v; break;
        default: return;
        }
        dest[1] = V_NULL;
    }
}

/* V_HOOKED: sys_attr gives the value (dir() lists the name). */
static const MapEntry sys_table[] = {
    {V_MKNAME(N___name__), V_MKNAME(N_sys)},
    {V_MKNAME(N___stderr__), V_HOOKED},
    {V_MKNAME(N___stdin__), V_HOOKED},
    {V_MKNAME(N___stdout__), V_HOOKED},
    {V_MKNAME(N_argv), V_HOOKED},
    {V_MKNAME(N_byteorder), V_MKNAME(N_little)},
    METHOD_ENTRY(exc_info, sys_exc_info_fn),
    METHOD_ENTRY(exception, sys_exception_fn),
    METHOD_ENTRY(exit, sys_exit_fn),
    {V_MKNAME(N_float_info), V_HOOKED},
    METHOD_ENTRY(get_int_max_str_digits, sys_get_int_max_str_digits_fn),
    METHOD_ENTRY(getrecursionlimit, sys_getrecursionlimit_fn),
    {V_MKNAME(N_implementation), V_HOOKED},
    METHOD_ENTRY(intern, sys_intern_fn),
    {V_MKNAME(N_maxsize), V_HOOKED},
    {V_MKNAME(N_maxunicode), V_MKINT(0x10FFFF)},
    {V_MKNAME(N_modules), V_HOOKED},
    {V_MKNAME(N_path), V_HOOKED},
    {V_MKNAME(N_platform), V_MKNAME(ES_PLATFORM_NAME_ID)},
    METHOD_ENTRY(print_exception, sys_print_exception_fn),
    METHOD_ENTRY(set_int_max_str_digits, sys_set_int_max_str_digits_fn),
    METHOD_ENTRY(setrecursionlimit, sys_setrecursionlimit_fn),
    {V_MKNAME(N_stderr), V_HOOKED},
    {V_MKNAME(N_stdin), V_HOOKED},
    {V_MKNAME(N_stdout), V_HOOKED},
    {V_MKNAME(N_version), V_MKNAME(N_version_string)},
    {V_MKNAME(N_version_info), V_HOOKED},
};
MODULE_CONST_HOOK(sys_module, sys_table, sys_attr);
