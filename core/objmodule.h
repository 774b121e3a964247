/* Modules: a globals dict.  Built-in modules are const objects in flash; what a program
 * assigns to them goes to a RAM overlay (vm.module_overlays), and a module may compute some
 * attributes with a hook (sys.path, sys.argv ...). */
#ifndef ESPY_OBJMODULE_H
#define ESPY_OBJMODULE_H

#include "obj.h"

typedef struct {
    Object base;
    Value globals;                                       /* a dict */
    /* Built-in modules: extra attributes, as a type's attr slot: the names the table lists as
     * V_HOOKED and any name the table lacks (loads only).  Called with name V_NULL and dest
     * {dict, V_SENTINEL_METHOD} it adds the names it gives beyond the table to the dict. */
    void (*attr)(Value self, Value name, Value *dest);
} BuiltinModule;

Value module_new(Value name);                            /* a module with a fresh globals dict */
Value module_globals(Value m);
Value module_main_new(void);                            /* a new __main__; returns its globals */
bool module_is_builtin(Value m);

/* The table of built-in modules (modules.c). */
typedef struct {
    uint16_t name;           /* static name id */
    const BuiltinModule *module;
} BuiltinModuleEntry;
extern const BuiltinModuleEntry builtin_modules[];
extern const size_t builtin_modules_count;
Value builtin_module_find(Value name);                  /* V_NULL if none */
/* True for the name of a built-in module this firmware has as a native module (in a bundle). */
bool builtin_module_is_native(Value name);

#define MODULE_CONST(cname, table) \
    static const Dict cname##_globals = DICT_CONST_INIT(table); \
    const BuiltinModule cname = {{&module_type}, V_FROMPTR(&cname##_globals), NULL}
#define MODULE_CONST_HOOK(cname, table, hook) \
    static const Dict cname##_globals = DICT_CONST_INIT(table); \
    const BuiltinModule cname = {{&module_type}, V_FROMPTR(&cname##_globals), hook}

#endif
