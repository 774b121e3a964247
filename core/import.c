/* The import system (see import.h). */
#include <string.h>
#include "import.h"
#include "compile.h"
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objstr.h"
#include "objtuple.h"
#include "objlist.h"
#include "objdict.h"
#include "objmodule.h"
#include "vm.h"
#include "vstr.h"
#include "port.h"

const Code *(*import_frozen_find)(Value name, bool *is_package);
Value (*import_native_find)(Value name);

bool import_read_file(const char *path, char **buf, size_t *len, int *err) {
    intptr_t h = port_file_open(path, PORT_O_RDONLY);
    if (h < 0) { *err = (int)-h; return false; }
    Vstr v;
    vstr_init(&v, 1024);
    for (;;) {
        char *p = vstr_extend(&v, 1024);
        intptr_t n = port_file_read(h, p, 1024);
        if (n < 0) {
            port_file_close(h);
            vstr_free(&v);
            *err = (int)-n;
            return false;
        }
        v.len -= 1024 - (size_t)n;
        if (n == 0) break;
    }
    port_file_close(h);
    *buf = v.buf;
    *len = v.len;
    return true;
}

Value import_exec_source(const char *src, size_t len, Value filename, Value globals) {
    Code *code = compile_source(src, len, filename, COMPILE_FILE);
    return vm_run_module(code, globals);
}

static bool file_exists(const char *path, bool *is_dir) {
    PortStat st;
    if (port_stat(path, &st) != 0) return false;
    *is_dir = st.is_dir;
    return true;
}

/* The last '.' in a module name's text, or NULL.  The text may be a static name in flash, where
 * this file (built without -mforce-l32 on the board) reads bytes with es_rd8. */
static const char *last_dot(const char *s, size_t n) {
    while (n--)
        if (es_rd8(s + n) == '.') return s + n;
    return NULL;
}

/* path + "/" + name with dots as slashes + suffix, NUL-terminated in a Vstr */
static char *make_path(Vstr *v, Value dir, Value fullname, const char *suffix) {
    v->len = 0;
    size_t n;
    const char *d = str_data(dir, &n);
    vstr_add(v, d, n);
    if (n && es_rd8(d + n - 1) != '/') vstr_addc(v, '/');
    const char *m = str_data(fullname, &n);
    /* only the last component: the caller searches inside the package's directory */
    const char *last = last_dot(m, n);
    last = last ? last + 1 : m;
    vstr_add(v, last, (size_t)(m + n - last));
    vstr_add_str(v, suffix);
    vstr_addc(v, 0);
    return v->buf;
}

/* What the finder found for a module that is not loaded yet: its code (compiled already for a
 * file) and where it came from.  The finder returns before the code runs, so that its frame is
 * not on the C stack while the module body executes: each level of nested imports costs the
 * VM's frame plus import_name's and run_module_code's, which sets how deep imports can nest on
 * the board's 8 kB C stack. */
typedef struct {
    const Code *code;
    Value file;          /* __file__, or V_NULL (frozen) */
    Value pkgpath;       /* the package's directory (its __path__), when is_package */
    bool is_package;
} ModuleSource;

/* find_module's result when it filled a ModuleSource (never a Python value). */
#define FOUND_SOURCE V_SENTINEL_METHOD

static ES_NOINLINE Value run_module_code(Value fullname, const ModuleSource *src) {
    const Code *code = src->code;
    Value file = src->file, pkgpath = src->pkgpath;
    bool is_package = src->is_package;
    Value mod = module_new(fullname);
    Value g = module_globals(mod);
    if (file) dict_set(g, V_MKNAME(N___file__), file);
    dict_set(g, V_MKNAME(N___builtins__), V_MKNAME(N_builtins));
    if (is_package) {
        dict_set(g, V_MKNAME(N___path__), list_from_array(&pkgpath, 1));
        dict_set(g, V_MKNAME(N___package__), fullname);
    } else {
        size_t n;
        const char *s = str_data(fullname, &n);
        const char *dot = last_dot(s, n);
        dict_set(g, V_MKNAME(N___package__), dot ? str_new(s, (size_t)(dot - s)) : V_MKNAME(N_));
    }
    dict_set(vm.modules, fullname, mod);
    ExcFrame ef;
    if (EXC_TRY(ef)) {
        vm_run_module(code, g);
        exc_end(&ef);
    } else {
        map_delete(dict_map(vm.modules), fullname);
        exc_raise(ef.exc);
    }
    /* the module may have replaced itself in sys.modules */
    Value m = dict_get(vm.modules, fullname);
    return m ? m : mod;
}

static Value load_from_file(ModuleSource *src, const char *path, bool is_package, Value pkgdir) {
    char *text;
    size_t len;
    int err;
    if (!import_read_file(path, &text, &len, &err)) exc_raise_oserror_path(err, str_new_cstr(path));
    src->file = str_new_cstr(path);
    src->code = compile_source(text, len, src->file, COMPILE_FILE);
    gc_free(text);
    src->is_package = is_package;
    src->pkgpath = pkgdir;
    return FOUND_SOURCE;
}

static Value frozen_source(ModuleSource *src, const Code *code, bool is_package, Value dir) {
    src->code = code;
    src->file = V_NULL;
    src->is_package = is_package;
    src->pkgpath = dir;
    return FOUND_SOURCE;
}

/* Finds one module (a full dotted name whose parent, if any, is loaded): the module if it is
 * loaded or built in, FOUND_SOURCE with *src filled if it must be run, V_NULL if not found. */
static ES_NOINLINE Value find_module(Value fullname, Value parent, ModuleSource *src) {
    Value m = dict_get(vm.modules, fullname);
    if (m) return m;
    if (!parent) {
        m = builtin_module_find(fullname);
        if (!m) m = import_native(fullname);
        if (m) {
            dict_set(vm.modules, fullname, m);
            return m;
        }
    }
    /* search path: the parent package's __path__, or sys.path */
    Value path = vm.sys_path;
    if (parent) {
        path = obj_lookup_attr(parent, V_MKNAME(N___path__));
        if (!path) return V_NULL;
    }
    if (!parent && import_frozen_find) {
        /* sys.path order as on MicroPython: the frozen modules are found where '.frozen' is,
         * or after the filesystem when it is not listed */
    }
    Vstr v;
    vstr_init(&v, 64);
    Value it = obj_getiter(path, NULL), dir;
    while ((dir = obj_iternext(it))) {
        if (!str_is(dir)) continue;
        size_t dn;
        const char *ds = str_data(dir, &dn);
        if (dn == 7 && memcmp(ds, ".frozen", 7) == 0) {
            if (import_frozen_find) {
                bool pkg = false;
                const Code *c = import_frozen_find(fullname, &pkg);
                if (c) return frozen_source(src, c, pkg, dir);
            }
            continue;
        }
        bool is_dir;
        char *p = make_path(&v, dir, fullname, "");
        if (file_exists(p, &is_dir) && is_dir) {
            Value pkgdir = str_new(v.buf, v.len - 1);
            p = make_path(&v, dir, fullname, "/__init__.py");
            if (file_exists(p, &is_dir) && !is_dir) return load_from_file(src, p, true, pkgdir);
        }
        p = make_path(&v, dir, fullname, ".py");
        if (file_exists(p, &is_dir) && !is_dir) return load_from_file(src, p, false, V_NULL);
    }
    if (!parent && import_frozen_find) {
        bool listed = false;
        it = obj_getiter(path, NULL);
        while ((dir = obj_iternext(it)))
            if (str_is(dir) && str_equal(dir, str_new_cstr(".frozen"))) listed = true;
        if (!listed) {
            bool pkg = false;
            const Code *c = import_frozen_find(fullname, &pkg);
            if (c) return frozen_source(src, c, pkg, V_MKNAME(N__dotfrozen));
        }
    }
    return V_NULL;
}

/* Finds and loads one module: V_NULL if there is none. */
static Value find_and_load(Value fullname, Value parent) {
    ModuleSource src;
    Value m = find_module(fullname, parent, &src);
    return m == FOUND_SOURCE ? run_module_code(fullname, &src) : m;
}

Value import_native(Value name) { return import_native_find ? import_native_find(name) : V_NULL; }

ES_NORETURN void import_not_found(Value name) {
    Value e = builtin_module_is_native(name)
        ? exc_new_msg(&exc_ModuleNotFoundError, "No module named '%v' (not baked into this image: espy build --lib %v)", name, name)
        : exc_new_msg(&exc_ModuleNotFoundError, "No module named '%v'", name);
    map_set(&((Exception *)V_PTR(e))->attrs, V_MKNAME(N_name), name);
    exc_raise(e);
}

/* The absolute name for a relative import. */
static ES_NOINLINE Value resolve_name(Value name, Value globals, Int level) {
    if (level == 0) return name;
    Value pkg = globals ? dict_get(globals, V_MKNAME(N___package__)) : V_NULL;
    if (!pkg || pkg == V_NONE) {
        Value modname = globals ? dict_get(globals, V_MKNAME(N___name__)) : V_NULL;
        if (!modname) exc_raise_msg(&exc_ImportError, "attempted relative import with no known parent package");
        if (globals && dict_get(globals, V_MKNAME(N___path__))) pkg = modname;
        else {
            size_t n;
            const char *s = str_data(modname, &n), *dot = last_dot(s, n);
            pkg = dot ? str_new(s, (size_t)(dot - s)) : V_MKNAME(N_);
        }
    }
    size_t n;
    const char *s = str_data(pkg, &n);
    if (n == 0) exc_raise_msg(&exc_ImportError, "attempted relative import with no known parent package");
    size_t end = n;
    for (Int i = 1; i < level; i++) {
        const char *dot = last_dot(s, end);
        if (!dot) exc_raise_msg(&exc_ImportError, "attempted relative import beyond top-level package");
        end = (size_t)(dot - s);
    }
    Vstr v;
    vstr_init(&v, end + 16);
    vstr_add(&v, s, end);
    size_t nn;
    const char *ns = str_data(name, &nn);
    if (nn) {
        vstr_addc(&v, '.');
        vstr_add(&v, ns, nn);
    }
    return str_intern(vstr_to_str(&v));
}

/* from package import submodule: loads the submodules named in fromlist that the package does
 * not have as attributes yet. */
static ES_NOINLINE void import_submodules(Value mod, Value full, Value fromlist) {
    Value path = obj_lookup_attr(mod, V_MKNAME(N___path__));
    if (!path) return;
    size_t n;
    const char *s = str_data(full, &n);
    size_t k = tuple_len(fromlist);
    for (size_t j = 0; j < k; j++) {
        Value item = tuple_items(fromlist)[j];
        if (item == V_MKNAME(N__star)) continue;
        if (obj_lookup_attr(mod, item)) continue;
        Vstr v;
        vstr_init(&v, n + 16);
        vstr_add(&v, s, n);
        vstr_addc(&v, '.');
        size_t ln;
        const char *ls = str_data(item, &ln);
        vstr_add(&v, ls, ln);
        Value sub_name = str_intern(vstr_to_str(&v));
        Value sub = find_and_load(sub_name, mod);
        if (sub) obj_setattr(mod, item, sub);
    }
}

Value import_name(Value name, Value globals, Value fromlist, Int level) {
    Value full = resolve_name(name, globals, level);
    size_t n;
    const char *s = str_data(full, &n);
    if (n == 0) import_not_found(full);
    /* import each component: a, a.b, a.b.c */
    Value top = V_NULL, parent = V_NULL, mod = V_NULL;
    /* (memchr: the name's text may be in flash, where this file may not load bytes) */
    for (size_t start = 0, i; start <= n; start = i + 1) {
        const char *dot = memchr(s + start, '.', n - start);
        i = dot ? (size_t)(dot - s) : n;
        Value part = name_from_str(s, i);
        mod = find_and_load(part, parent);
        if (!mod) import_not_found(part);
        if (parent) {
            Value last = name_from_str(s + start, i - start);
            obj_setattr(parent, last, mod);
        }
        if (!top) top = mod;
        parent = mod;
    }
    if (fromlist && fromlist != V_NONE && tuple_len(fromlist) > 0) {
        import_submodules(mod, full, fromlist);
        return mod;
    }
    return level > 0 && name == V_MKNAME(N_) ? mod : top;
}

Value import_from(Value module, Value name) {
    Value v = obj_lookup_attr(module, name);
    if (v) return v;
    /* a submodule not yet bound as an attribute */
    Value mname = obj_lookup_attr(module, V_MKNAME(N___name__));
    if (mname && str_is(mname)) {
        Value full = str_intern(str_concat(str_concat(mname, V_MKNAME(N__dot)), name));
        Value sub = dict_get(vm.modules, full);
        if (sub) return sub;
    }
    Value file = obj_lookup_attr(module, V_MKNAME(N___file__));
    Value e;
    if (!mname) mname = V_MKNAME(N_);
    if (dict_get(vm.importing, mname))
        e = exc_new_msg(&exc_ImportError, "cannot import name '%n' from partially initialized module '%v' (most likely due to a circular import) (%v)",
                        name, mname, file ? file : V_MKNAME(N_unknown_location));
    else if (file)
        e = exc_new_msg(&exc_ImportError, "cannot import name '%n' from '%v' (%v)", name, mname, file);
    else
        e = exc_new_msg(&exc_ImportError, "cannot import name '%n' from '%v' (unknown location)", name, mname);
    map_set(&((Exception *)V_PTR(e))->attrs, V_MKNAME(N_name), mname);
    exc_raise(e);
}

void import_star(Value module, Value ns) {
    Value all = obj_lookup_attr(module, V_MKNAME(N___all__));
    Map *dst = dict_map(ns);
    if (all) {
        Value it = obj_getiter(all, NULL), k;
        while ((k = obj_iternext(it))) map_set(dst, str_intern(k), obj_getattr(module, str_intern(k)));
        return;
    }
    Value g = module_globals(module);
    size_t pos = 0;
    MapEntry *e;
    while ((e = map_next(dict_map(g), &pos))) {
        size_t n;
        const char *s = str_data(e->key, &n);
        if (n && es_rd8(s) == '_') continue;
        map_set(dst, e->key, e->value);
    }
}
