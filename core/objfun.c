/* Python functions, native (C) functions and bound methods. */
#include <string.h>
#include "objfun.h"
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objdict.h"
#include "objtuple.h"
#include "objstr.h"
#include "objtype.h"
#include "vm.h"

/* ---------------- Python functions ---------------- */

/* f->extra is NULL, a tuple (positional defaults and nothing else) or a FuncExtra, whose first
 * word is a Value, never &tuple_type, so the first word tells them apart. */
static inline bool extra_is_defaults(const Func *f) {
    return f->extra && ((const Object *)f->extra)->type == &tuple_type;
}

/* The FuncExtra, or NULL if the function has none. */
static inline FuncExtra *extra_of(const Func *f) {
    return extra_is_defaults(f) ? NULL : f->extra;
}

static Value func_defaults(const Func *f) {
    if (extra_is_defaults(f)) return V_FROMPTR(f->extra);
    return f->extra ? ((FuncExtra *)f->extra)->defaults : V_NULL;
}

Value func_name(Func *f) {
    FuncExtra *x = extra_of(f);
    return x && x->name ? x->name : f->code->name;
}

static Value func_qualname(Func *f) {
    FuncExtra *x = extra_of(f);
    return x && x->qualname ? x->qualname : f->code->qualname;
}

/* The FuncExtra, made on first need (the defaults tuple moves into it). */
static FuncExtra *func_extra(Func *f) {
    if (!f->extra || extra_is_defaults(f)) {
        Value defaults = func_defaults(f);
        FuncExtra *x = gc_alloc(sizeof(FuncExtra), 0);
        x->defaults = defaults;
        f->extra = x;
    }
    return f->extra;
}

Func *func_new(const Code *code, Value globals, Value defaults, Value kwdefaults, Frame *enclosing) {
    /* es_rd8: a frozen Code is in flash, where this file (no -mforce-l32) may not load bytes */
    uint32_t nupvals = es_rd8(&code->nupvals);
    Func *f = gc_alloc(sizeof(Func) + nupvals * sizeof(Upval *), 0);
    f->base.type = &function_type;
    f->code = code;
    f->globals = globals;
    if (kwdefaults) func_extra(f)->kwdefaults = kwdefaults;
    if (defaults) {
        if (f->extra) ((FuncExtra *)f->extra)->defaults = defaults;
        else f->extra = V_PTR(defaults);
    }
    for (uint32_t i = 0; i < nupvals; i++) {
        uint32_t instack = es_rd8(&code->upvals[2 * i]);
        uint32_t idx = es_rd8(&code->upvals[2 * i + 1]);
        if (instack) {
            /* an open upvalue of the enclosing frame's register: share it if it exists */
            Value *reg = frame_regs(enclosing) + idx;
            Upval *u;
            for (u = enclosing->open; u; u = u->next)
                if (u->v == reg) break;
            if (!u) {
                u = gc_alloc(sizeof(Upval), 0);
                u->v = reg;
                u->next = enclosing->open;
                enclosing->open = u;
            }
            f->upvals[i] = u;
        } else {
            f->upvals[i] = enclosing->func->upvals[idx];
        }
    }
    return f;
}

static void name_list(Print *p, const Value *names, int n) {
    for (int i = 0; i < n; i++) {
        if (i) print_cstr(p, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        print_fmt(p, "'%n'", names[i]);
    }
}

static ES_NORETURN void missing_args(Func *f, const Value *names, int n, bool kwonly) {
    Vstr v;
    vstr_init(&v, 64);
    Print p;
    print_to_vstr(&p, &v);
    print_fmt(&p, "%n() missing %d required %s argument%s: ", func_qualname(f), n,
              kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s");
    name_list(&p, names, n);
    exc_raise(exc_new_msg(&exc_TypeError, "%v", vstr_to_str(&v)));
}

static ES_NORETURN void too_many_positional(Func *f, int nargs, int given_kwonly) {
    const Code *c = f->code;
    Value defaults = func_defaults(f);
    int ndef = defaults ? (int)tuple_len(defaults) : 0;
    int max = (int)es_rd8(&c->nargs), min = max - ndef;
    Vstr v;
    vstr_init(&v, 80);
    Print p;
    print_to_vstr(&p, &v);
    print_fmt(&p, "%n() takes ", func_qualname(f));
    if (min != max) print_fmt(&p, "from %d to %d positional arguments", min, max);
    else print_fmt(&p, "%d positional argument%s", max, max == 1 ? "" : "s");
    if (given_kwonly)
        print_fmt(&p, " but %d positional argument%s (and %d keyword-only argument%s) were given", nargs,
                  nargs == 1 ? "" : "s", given_kwonly, given_kwonly == 1 ? "" : "s");
    else
        print_fmt(&p, " but %d %s given", nargs, nargs == 1 ? "was" : "were");
    exc_raise(exc_new_msg(&exc_TypeError, "%v", vstr_to_str(&v)));
}

void func_bind_args(Func *f, Value *regs, Value *args, int nargs, Value kwnames) {
    const Code *c = f->code;
    uint32_t counts = code_counts(c);   /* (one load: a frozen Code is in flash) */
    int npos = (int)COUNTS_NARGS(counts), nkwonly = (int)COUNTS_NKWONLY(counts), nposonly = (int)COUNTS_NPOSONLY(counts);
    bool varargs = (c->flags & CO_VARARGS) != 0, varkw = (c->flags & CO_VARKW) != 0;
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    int n = nargs < npos ? nargs : npos;
    for (int i = 0; i < n; i++) regs[i] = args[i];
    int slot = npos + nkwonly;
    if (varargs) {
        regs[slot++] = nargs > npos ? tuple_from_array(args + npos, (size_t)(nargs - npos)) : V_EMPTY_TUPLE;
    }
    Value kwdict = V_NULL;
    if (varkw) {
        kwdict = dict_new(nkw);
        regs[slot] = kwdict;
    }
    const Value *pnames = c->varnames;
    Value posonly_as_kw[8];
    int nposonly_kw = 0;
    for (size_t k = 0; k < nkw; k++) {
        Value kn = tuple_items(kwnames)[k];
        Value val = args[nargs + k];
        int j;
        for (j = 0; j < npos + nkwonly; j++)
            if (pnames[j] == kn) break;
        if (j < npos + nkwonly && j >= nposonly) {
            if (regs[j] != V_NULL)
                exc_raise_msg(&exc_TypeError, "%n() got multiple values for argument '%n'", func_qualname(f), kn);
            regs[j] = val;
        } else if (varkw) {
            dict_set(kwdict, kn, val);
        } else if (j < nposonly) {
            if (nposonly_kw < 8) posonly_as_kw[nposonly_kw++] = kn;
        } else {
            exc_raise_msg(&exc_TypeError, "%n() got an unexpected keyword argument '%n'", func_qualname(f), kn);
        }
    }
    if (nposonly_kw) {
        Vstr v;
        vstr_init(&v, 80);
        Print p;
        print_to_vstr(&p, &v);
        print_fmt(&p, "%n() got some positional-only arguments passed as keyword arguments: '", func_qualname(f));
        for (int i = 0; i < nposonly_kw; i++) print_fmt(&p, i ? ", %n" : "%n", posonly_as_kw[i]);
        print_char(&p, '\'');
        exc_raise(exc_new_msg(&exc_TypeError, "%v", vstr_to_str(&v)));
    }
    if (nargs > npos && !varargs) {
        int given_kwonly = 0;
        for (int j = npos; j < npos + nkwonly; j++) if (regs[j] != V_NULL) given_kwonly++;
        too_many_positional(f, nargs, given_kwonly);
    }
    /* defaults and missing arguments */
    if (n < npos) {
        Value defaults = func_defaults(f);
        int ndef = defaults ? (int)tuple_len(defaults) : 0;
        Value missing[32];
        int nmissing = 0;
        for (int j = n; j < npos; j++) {
            if (regs[j] != V_NULL) continue;
            if (j >= npos - ndef) regs[j] = tuple_items(defaults)[j - (npos - ndef)];
            else if (nmissing < 32) missing[nmissing++] = pnames[j];
        }
        if (nmissing) missing_args(f, missing, nmissing, false);
    }
    if (nkwonly) {
        Value kwdefaults = extra_of(f) ? extra_of(f)->kwdefaults : V_NULL;
        Value missing[32];
        int nmissing = 0;
        for (int j = npos; j < npos + nkwonly; j++) {
            if (regs[j] != V_NULL) continue;
            Value d = kwdefaults ? dict_get(kwdefaults, pnames[j]) : V_NULL;
            if (d) regs[j] = d;
            else if (nmissing < 32) missing[nmissing++] = pnames[j];
        }
        if (nmissing) missing_args(f, missing, nmissing, true);
    }
}

static void function_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    print_fmt(p, "<function %n at %p>", func_qualname(V_PTR(self)), V_PTR(self));
}

static Value function_call(Value self, Value *args, int nargs, Value kwnames) {
    return vm_call_function(V_PTR(self), args, nargs, kwnames);
}

static void function_attr(Value self, Value name, Value *dest) {
    Func *f = V_PTR(self);
    if (dest[1] == V_SENTINEL_METHOD) {
        Value v = V_NULL;
        switch (V_IS_NAME(name) ? V_NAME(name) : 0) {
        case N___name__: v = func_name(f); break;
        case N___qualname__: v = func_qualname(f); break;
        case N___module__: v = map_get(dict_map(f->globals), V_MKNAME(N___name__)); if (!v) v = V_NONE; break;
        case N___defaults__: v = func_defaults(f) ? func_defaults(f) : V_NONE; break;
        case N___kwdefaults__: v = extra_of(f) && extra_of(f)->kwdefaults ? extra_of(f)->kwdefaults : V_NONE; break;
        case N___globals__: v = f->globals; break;
        case N___code__: v = V_FROMPTR(f->code); break;
        case N___dict__: {
            FuncExtra *x = func_extra(f);
            if (!x->dict) x->dict = dict_new(0);
            v = x->dict;
            break;
        }
        default:
            if (extra_of(f) && extra_of(f)->dict) v = dict_get(extra_of(f)->dict, name);
            if (!v && name == V_MKNAME(N___doc__)) v = code_doc(f->code);
            break;
        }
        if (v) { dest[0] = v; dest[1] = V_NULL; }
        return;
    }
    FuncExtra *x = func_extra(f);
    if (dest[1] != V_NULL) {
        switch (V_IS_NAME(name) ? V_NAME(name) : 0) {
        case N___name__: x->name = dest[1]; break;
        case N___qualname__: x->qualname = dest[1]; break;
        case N___defaults__: x->defaults = dest[1] == V_NONE ? V_NULL : dest[1]; break;
        case N___kwdefaults__: x->kwdefaults = dest[1] == V_NONE ? V_NULL : dest[1]; break;
        default:
            if (!x->dict) x->dict = dict_new(0);
            dict_set(x->dict, str_intern(name), dest[1]);
        }
        dest[1] = V_NULL;
    } else {
        if (x->dict && map_delete(dict_map(x->dict), name) != V_NULL) dest[0] = V_TRUE;
    }
}

static Value function_get(Value *args, int nargs, Value kwnames) {
    (void)kwnames;
    if (nargs < 2 || args[1] == V_NONE) return args[0];
    return bound_method_new(args[1], args[0]);
}
static NATIVE_FN(function_get_fn, __get__, 2, 3, function_get);
static const MapEntry function_dict_table[] = {
    {V_MKNAME(N___get__), V_FROMPTR(&function_get_fn)},
};
static const Dict function_dict = DICT_CONST_INIT(function_dict_table);

const Type function_type = {
    .type = &type_type, .name = V_MKNAME(N_function), .base = &object_type,
    .dict = V_FROMPTR(&function_dict),
    .print = function_print, .call = function_call, .attr = function_attr,
};

/* ---------------- native functions ---------------- */

Value native_call(const NativeFunc *f, Value *args, int nargs, Value kwnames) {
    uint32_t flags = NFN_FLAGS(f);
    int min_args = (int)NFN_MIN(f), max_args = (int)NFN_MAX(f);
    if (kwnames && !(flags & NFN_KW) && tuple_len(kwnames) > 0) {
        if ((flags & NFN_METHOD) && nargs)
            exc_raise_msg(&exc_TypeError, "%n.%n() takes no keyword arguments", obj_type_name_value(args[0]), NFN_NAME(f));
        arg_check_no_kw_name(NFN_NAME(f), kwnames);
    }
    if (nargs < min_args || (max_args != NARGS_ANY && nargs > max_args)) {
        int self = (flags & NFN_METHOD) ? 1 : 0;
        int given = nargs - self, min = min_args - self, max = max_args == NARGS_ANY ? -1 : max_args - self;
        bool kw = (flags & NFN_KW) != 0;
        /* CPython's wordings: positional-only builtins and methods other than METH_NOARGS/METH_O
         * say "f expected N arguments, got M"; those two "type.f() takes no arguments / exactly one
         * argument (M given)"; functions with keywords "f() takes at most N arguments (M given)" */
        if ((flags & NFN_EXPECTED) || (self && !kw && !(min == max && min <= 1)))
            arg_check_count(NFN_NAME(f), given, min, max < 0 ? NARGS_ANY : max);
        if (kw && max == 0) exc_raise_msg(&exc_TypeError, "%n() takes no positional arguments", NFN_NAME(f));
        Vstr v;
        vstr_init(&v, 64);
        Print p;
        print_to_vstr(&p, &v);
        if (self && nargs > 0 && !kw) print_fmt(&p, "%T.%n()", args[0], NFN_NAME(f));
        else print_fmt(&p, "%n()", NFN_NAME(f));
        if (min == max) {
            if (min == 0) print_fmt(&p, " takes no arguments (%d given)", given);
            else if (min == 1) print_fmt(&p, " takes exactly one argument (%d given)", given);
            else print_fmt(&p, " takes exactly %d arguments (%d given)", min, given);
        } else if (given < min) {
            print_fmt(&p, " takes at least %d argument%s (%d given)", min, min == 1 ? "" : "s", given);
        } else {
            print_fmt(&p, " takes at most %d argument%s (%d given)", max, max == 1 ? "" : "s", given);
        }
        exc_raise(exc_new_msg(&exc_TypeError, "%v", vstr_to_str(&v)));
    }
    return f->fn(args, nargs, kwnames);
}

static void native_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    const NativeFunc *f = V_PTR(self);
    print_fmt(p, "<built-in function %n>", NFN_NAME(f));
}

static Value native_fn_call(Value self, Value *args, int nargs, Value kwnames) {
    return native_call(V_PTR(self), args, nargs, kwnames);
}

static void native_attr(Value self, Value name, Value *dest) {
    if (dest[1] != V_SENTINEL_METHOD) return;
    const NativeFunc *f = V_PTR(self);
    if (name == V_MKNAME(N___name__) || name == V_MKNAME(N___qualname__)) {
        dest[0] = NFN_NAME(f);
        dest[1] = V_NULL;
    } else if (name == V_MKNAME(N___doc__)) {
        dest[0] = V_NONE;
        dest[1] = V_NULL;
    }
}

const Type native_fn_type = {
    .type = &type_type, .name = V_MKNAME(N_builtin_function_or_method), .base = &object_type,
    .dict = V_FROMPTR(&function_dict),
    .print = native_print, .call = native_fn_call, .attr = native_attr,
};

bool fun_is_function(Value v) {
    const Type *t = type_of(v);
    return t == &function_type || t == &native_fn_type;
}

/* ---------------- method descriptors ---------------- */

/* int.bit_length: a built-in type's method taken from the type.  Calls check that self is an
 * instance of the type that defines the method, since the C function assumes it. */
typedef struct {
    Object base;
    const Type *owner;
    Value func;          /* a NativeFunc with NFN_METHOD */
} MethodDescr;

Value method_descr_new(const Type *t, Value func) {
    const NativeFunc *f = V_PTR(func);
    MethodDescr *d = gc_alloc(sizeof(MethodDescr), 0);
    d->base.type = &method_descr_type;
    d->owner = t;
    for (const Type *q = t; q; q = q->base)
        if (!type_is_heap(q) && type_own_get(q, NFN_NAME(f)) == func) { d->owner = q; break; }
    d->func = func;
    return V_FROMPTR(d);
}

static Value method_descr_call(Value self, Value *args, int nargs, Value kwnames) {
    MethodDescr *d = V_PTR(self);
    const NativeFunc *f = V_PTR(d->func);
    if (nargs < 1) exc_raise_msg(&exc_TypeError, "unbound method %n.%n() needs an argument", d->owner->name, NFN_NAME(f));
    if (!is_instance_of(args[0], d->owner))
        exc_raise_msg(&exc_TypeError, "descriptor '%n' for '%n' objects doesn't apply to a '%T' object", NFN_NAME(f),
                      d->owner->name, args[0]);
    return native_call(f, args, nargs, kwnames);
}

static void method_descr_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    MethodDescr *d = V_PTR(self);
    print_fmt(p, "<method '%n' of '%n' objects>", NFN_NAME((const NativeFunc *)V_PTR(d->func)), d->owner->name);
}

static void method_descr_attr(Value self, Value name, Value *dest) {
    if (dest[1] == V_SENTINEL_METHOD) native_attr(((MethodDescr *)V_PTR(self))->func, name, dest);
}

const Type method_descr_type = {
    .type = &type_type, .name = V_MKNAME(N_method_descriptor), .base = &object_type,
    .print = method_descr_print, .call = method_descr_call, .attr = method_descr_attr,
};

/* ---------------- bound methods ---------------- */

Value bound_method_new(Value self, Value func) {
    BoundMethod *m = gc_alloc(sizeof(BoundMethod), 0);
    /* bound built-in methods ("abc".upper) are builtin_function_or_method in CPython */
    m->base.type = type_of(func) == &native_fn_type ? &bound_native_type : &bound_method_type;
    m->self = self;
    m->func = func;
    return V_FROMPTR(m);
}

static Value bound_method_call(Value self, Value *args, int nargs, Value kwnames) {
    BoundMethod *m = V_PTR(self);
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    size_t total = (size_t)nargs + nkw + 1;
    Value buf[8];
    Value *a = total <= 8 ? buf : gc_alloc(total * sizeof(Value), 0);
    a[0] = m->self;
    memcpy(a + 1, args, (total - 1) * sizeof(Value));
    return obj_call(m->func, a, nargs + 1, kwnames);
}

static void bound_method_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    BoundMethod *m = V_PTR(self);
    Value qn = obj_getattr_maybe(m->func, V_MKNAME(N___qualname__));
    if (!qn) qn = obj_getattr_maybe(m->func, V_MKNAME(N___name__));
    if (type_of(m->func) == &native_fn_type) {
        print_fmt(p, "<built-in method %n of %T object at %p>", NFN_NAME((const NativeFunc *)V_PTR(m->func)),
                  m->self, V_PTR(m->self));
        return;
    }
    print_fmt(p, "<bound method %v of ", qn ? qn : V_MKNAME(N_));
    obj_print(p, m->self, PRINT_REPR);
    print_char(p, '>');
}

static void bound_method_attr(Value self, Value name, Value *dest) {
    if (dest[1] != V_SENTINEL_METHOD) return;
    BoundMethod *m = V_PTR(self);
    if (name == V_MKNAME(N___self__)) dest[0] = m->self;
    else if (name == V_MKNAME(N___func__)) dest[0] = m->func;
    /* the method type's own attributes (__call__...) first, then the function's */
    else if (!type_lookup_attr(type_of(self), name)) dest[0] = obj_getattr_maybe(m->func, name);
    if (dest[0]) dest[1] = V_NULL;
}

static Value bound_method_binary(BinaryOp op, Value a, Value b) {
    op = (BinaryOp)(op & ~OP_REFLECTED);
    if ((op != OP_EQ && op != OP_NE) || type_of(a) != type_of(b)) return V_NULL;
    BoundMethod *x = V_PTR(a), *y = V_PTR(b);
    bool eq = x->self == y->self && x->func == y->func;
    return V_BOOL(op == OP_EQ ? eq : !eq);
}

static Value bound_method_unary(UnaryOp op, Value self) {
    if (op != UOP_HASH) return V_NULL;
    BoundMethod *m = V_PTR(self);
    return V_MKINT((Int)((m->self >> 4) ^ (m->func >> 4)));
}

const Type bound_method_type = {
    .type = &type_type, .name = V_MKNAME(N_method), .base = &object_type,
    .print = bound_method_print, .call = bound_method_call, .attr = bound_method_attr,
    .binary_op = bound_method_binary, .unary_op = bound_method_unary,
};
const Type bound_native_type = {
    .type = &type_type, .name = V_MKNAME(N_builtin_function_or_method), .base = &object_type,
    .print = bound_method_print, .call = bound_method_call, .attr = bound_method_attr,
    .binary_op = bound_method_binary, .unary_op = bound_method_unary,
};

/* code objects are not callable; they print and compare by identity */
static void code_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    const Code *c = V_PTR(self);
    print_fmt(p, "<code object %n at %p, file \"%v\", line %d>", c->name, V_PTR(self),
              c->filename ? c->filename : V_MKNAME(N_), (int)c->firstline);
}

static void code_attr(Value self, Value name, Value *dest) {
    if (dest[1] != V_SENTINEL_METHOD) return;
    const Code *c = V_PTR(self);
    switch (V_IS_NAME(name) ? V_NAME(name) : 0) {
    case N_co_name: dest[0] = c->name; break;
    case N_co_filename: dest[0] = c->filename; break;
    case N_co_firstlineno: dest[0] = V_MKINT(c->firstline); break;
    case N_co_argcount: dest[0] = V_MKINT(es_rd8(&c->nargs)); break;
    default: return;
    }
    dest[1] = V_NULL;
}

const Type code_type = {
    .type = &type_type, .name = V_MKNAME(N_code), .base = &object_type,
    .print = code_print, .attr = code_attr,
};
