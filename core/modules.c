/* The table of built-in modules, with MicroPython's u-prefixed aliases. */
#include "objmodule.h"
#include "names.h"

extern const BuiltinModule builtins_module, sys_module;

const BuiltinModuleEntry builtin_modules[] = {
    {N_builtins, &builtins_module},
    {N_sys, &sys_module},
    {N_usys, &sys_module},
};
const size_t builtin_modules_count = sizeof builtin_modules / sizeof builtin_modules[0];
