/* module objects */
#include <string.h>
#include "objmodule.h"
#include "objdict.h"
#include "objstr.h"
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "vm.h"

Value module_new(Value name) {
    BuiltinModule *m = gc_alloc(sizeof(BuiltinModule), 0);
    m->base.type = &module_type;
    m->globals = dict_new(4);
    dict_set(m->globals, V_MKNAME(N___name__), name);
    dict_set(m->globals, V_MKNAME(N___doc__), V_NONE);   /* a docstring replaces it */
    return V_FROMPTR(m);
}

bool module_is_builtin(Value m) { return !gc_is_heap_ptr(V_PTR(m)); }

static Value overlay(Value m, bool create) {
    Value o = map_get(dict_map(vm.module_overlays), m);
    if (!o && create) {
        o = dict_new(0);
        map_set(dict_map(vm.module_overlays), m, o);
    }
    return o;
}

/* The entries of d whose value is V_HOOKED: what module m's attr hook gives, or gone. */
static void resolve_hooked(Value m, Value d) {
    Map *map = dict_map(d);
    size_t pos = 0;
    MapEntry *e;
    while ((e = map_next(map, &pos))) {
        if (e->value != V_HOOKED) continue;
        Value v = obj_lookup_attr(m, e->key);
        if (v) e->value = v;
        else map_delete(map, e->key);
    }
}

Value module_globals(Value m) {
    if (module_is_builtin(m)) {
        /* a RAM copy, so that the caller may write to it */
        Value o = overlay(m, true);
        BuiltinModule *bm = V_PTR(m);
        Value d = dict_copy(bm->globals);
        if (bm->attr) {
            resolve_hooked(m, d);
            /* and the names the hook gives beyond its table: it adds them to dest[0] */
            Value dest[2] = {d, V_SENTINEL_METHOD};
            bm->attr(m, V_NULL, dest);
        }
        dict_update(d, o, false);
        return d;
    }
    return ((BuiltinModule *)V_PTR(m))->globals;
}

static void module_attr(Value self, Value name, Value *dest) {
    BuiltinModule *m = V_PTR(self);
    bool builtin = module_is_builtin(self);
    if (dest[1] == V_SENTINEL_METHOD) {
        Value v = V_NULL;
        if (builtin) {
            Value o = overlay(self, false);
            if (o) v = map_get(dict_map(o), name);
        }
        if (!v) v = map_get(dict_map(m->globals), name);
        if (v == V_HOOKED || (!v && builtin && m->attr)) {
            /* a built-in module's hook gives the names its table lists as V_HOOKED, and may
             * give names its table lacks (errno's constants, found by their text) */
            m->attr(self, name, dest);
            if (dest[0]) return;
            v = V_NULL;
        }
        if (!v && name == V_MKNAME(N___dict__)) v = builtin ? module_globals(self) : m->globals;
        if (!v && !builtin) {
            Value ga = map_get(dict_map(m->globals), V_MKNAME(N___getattr__));
            if (ga) v = obj_call1(ga, name);
        }
        if (v) { dest[0] = v; dest[1] = V_NULL; }
        return;
    }
    if (builtin && m->attr) {
        /* a store the hook took clears dest[1]; a delete it took sets dest[0] */
        bool store = dest[1] != V_NULL;
        m->attr(self, name, dest);
        if (store ? dest[1] == V_NULL : dest[0] == V_TRUE) return;
    }
    Value target = builtin ? overlay(self, true) : m->globals;
    if (dest[1] != V_NULL) {
        map_set(dict_map(target), str_intern(name), dest[1]);
        dest[1] = V_NULL;
    } else if (map_delete(dict_map(target), name) != V_NULL) {
        dest[0] = V_TRUE;
    }
}

static void module_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    Value name = obj_getattr_maybe(self, V_MKNAME(N___name__));
    Value file = obj_getattr_maybe(self, V_MKNAME(N___file__));
    if (file) print_fmt(p, "<module '%v' from '%v'>", name ? name : V_MKNAME(N_), file);
    else print_fmt(p, "<module '%v' (built-in)>", name ? name : V_MKNAME(N_));
}

const Type module_type = {
    .type = &type_type, .name = V_MKNAME(N_module), .base = &object_type,
    .print = module_print, .attr = module_attr,
};

Value builtin_module_find(Value name) {
    if (!V_IS_NAME(name)) return V_NULL;
    uint32_t id = V_NAME(name);
    for (size_t i = 0; i < builtin_modules_count; i++)
        if (builtin_modules[i].name == id) return V_FROMPTR(builtin_modules[i].module);
    return V_NULL;
}

/* A fresh __main__ module in sys.modules; returns its globals (also vm.main_globals). */
Value module_main_new(void) {
    Value m = module_new(V_MKNAME(N___main__));
    Value g = module_globals(m);
    dict_set(g, V_MKNAME(N___builtins__), V_MKNAME(N_builtins));
    dict_set(vm.modules, V_MKNAME(N___main__), m);
    vm.main_globals = g;
    return g;
}
