/* Type hints built at run time: list[int] (types.GenericAlias) and int | None
 * (types.UnionType).  Code written for Python 3.10+ makes them outside annotations too:
 * `Vector = list[float]`, `isinstance(x, int | float)`.  One small object serves both: an
 * origin class (V_NULL for a union) and a tuple of arguments.  They print as CPython does,
 * compare by their parts, an alias calls its origin, and isinstance/issubclass accept a
 * union (builtins.c). */
#include "objalias.h"
#include "objtuple.h"
#include "objdict.h"
#include "objstr.h"
#include "runtime.h"
#include "print.h"
#include "exc.h"
#include "gc.h"
#include "names.h"

typedef struct {
    Object base;
    Value origin;   /* the class subscripted, or V_NULL for a union */
    Value args;     /* a tuple */
} Alias;

extern const Type alias_type;

bool alias_is_union(Value v) {
    return is_type(v, &alias_type) && !((Alias *)V_PTR(v))->origin;
}

Value alias_union_args(Value v) { return ((Alias *)V_PTR(v))->args; }

static Value alias_new(Value origin, Value args) {
    Alias *a = gc_alloc(sizeof(Alias), 0);
    a->base.type = &alias_type;
    a->origin = origin;
    a->args = args;
    return V_FROMPTR(a);
}

/* The built-in classes that take [...] (CPython has more; these are the ones hints use), and
 * those of collections (TF_GENERIC_COLLECTIONS: the module may be a native one, not linked in),
 * which print as collections.deque[int]. */
static const Type *const generic[] = {&list_type, &dict_type, &tuple_type, &set_type,
                                      &frozenset_type, &type_type};

Value alias_class_getitem(const Type *t, Value index) {
    bool is_generic = (t->flags & TF_GENERIC_COLLECTIONS) != 0;
    for (size_t i = 0; i < sizeof generic / sizeof generic[0]; i++) is_generic |= generic[i] == t;
    if (!is_generic) return V_NULL;
    return alias_new(V_FROMPTR(t), is_type(index, &tuple_type) ? index : tuple_from_array(&index, 1));
}

/* a | b for classes, None and aliases; V_NULL when an operand is something else */
Value alias_union(Value a, Value b) {
    Value parts[2] = {a, b}, items[16];
    size_t n = 0;
    for (int i = 0; i < 2; i++) {
        Value v = parts[i];
        const Value *src = &v;
        size_t k = 1;
        if (v == V_NONE) v = V_FROMPTR(&none_type);
        else if (alias_is_union(v)) { src = tuple_items(alias_union_args(v)); k = tuple_len(alias_union_args(v)); }
        else if (!is_instance_of(v, &type_type) && !is_type(v, &alias_type)) return V_NULL;
        for (size_t j = 0; j < k; j++) {
            size_t m = 0;
            while (m < n && !obj_equal(items[m], src[j])) m++;
            if (m < n) continue;   /* int | int is int */
            if (n == sizeof items / sizeof items[0]) exc_raise_msg(&exc_TypeError, "too many types in a union");
            items[n++] = src[j];
        }
    }
    if (n == 1) return items[0];
    return alias_new(V_NULL, tuple_from_array(items, n));
}

/* a class as a hint shows it: int, __main__.Point, None */
static void print_hint(Print *p, Value v) {
    if (v == V_FROMPTR(&none_type)) { print_cstr(p, "None"); return; }
    if (v == V_ELLIPSIS) { print_cstr(p, "..."); return; }
    if (!is_instance_of(v, &type_type)) { print_value(p, v, PRINT_REPR); return; }
    const Type *t = V_PTR(v);
    Value mod = V_NULL, qn = V_NULL;
    if (t->flags & TF_HEAP) {
        mod = map_get(dict_map(t->dict), V_MKNAME(N___module__));
        qn = map_get(dict_map(t->dict), V_MKNAME(N___qualname__));
    }
    if (!qn || !str_is(qn)) qn = t->name;
    if (t->flags & TF_GENERIC_COLLECTIONS) mod = V_MKNAME(N_collections);
    if (mod && str_is(mod) && !(V_IS_NAME(mod) && V_NAME(mod) == N_builtins)) print_fmt(p, "%n.", mod);
    print_fmt(p, "%n", qn);
}

static void alias_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    Alias *a = V_PTR(self);
    size_t n = tuple_len(a->args);
    const Value *it = tuple_items(a->args);
    if (a->origin) {
        print_hint(p, a->origin);
        print_cstr(p, "[");
    }
    for (size_t i = 0; i < n; i++) {
        if (i) print_cstr(p, a->origin ? ", " : " | ");
        print_hint(p, it[i]);
    }
    if (a->origin) print_cstr(p, n ? "]" : "()]");
}

static Value alias_call(Value self, Value *args, int nargs, Value kwnames) {
    Alias *a = V_PTR(self);
    if (!a->origin) exc_raise_msg(&exc_TypeError, "'types.UnionType' object is not callable");
    return obj_call(a->origin, args, nargs, kwnames);
}

static Value alias_binary(BinaryOp op, Value a, Value b) {
    op = (BinaryOp)(op & ~OP_REFLECTED);
    if (op == OP_OR) return alias_union(a, b);
    if (op != OP_EQ && op != OP_NE) return V_NULL;
    if (!is_type(a, &alias_type) || !is_type(b, &alias_type)) return V_NULL;
    Alias *x = V_PTR(a), *y = V_PTR(b);
    bool eq = x->origin == y->origin;
    if (eq && x->origin) eq = obj_equal(x->args, y->args);
    else if (eq) {
        /* unions are equal as sets of their arguments */
        size_t n = tuple_len(x->args);
        eq = n == tuple_len(y->args);
        for (size_t i = 0; eq && i < n; i++) eq = obj_contains(y->args, tuple_items(x->args)[i]);
    }
    return V_BOOL(op == OP_EQ ? eq : !eq);
}

static Value alias_unary(UnaryOp op, Value self) {
    if (op == UOP_BOOL) return V_TRUE;
    if (op != UOP_HASH) return V_NULL;
    Alias *a = V_PTR(self);
    Int h = a->origin ? obj_hash(a->origin) : 0;
    for (size_t i = 0; i < tuple_len(a->args); i++) h ^= obj_hash(tuple_items(a->args)[i]);
    return V_MKINT(h & 0xFFFFFFF);
}

static void alias_attr(Value self, Value name, Value *dest) {
    Alias *a = V_PTR(self);
    if (dest[0] != V_NULL || dest[1] != V_SENTINEL_METHOD) return;
    if (name == V_MKNAME(N___args__)) dest[0] = a->args;
    else if (name == V_MKNAME(N___origin__) && a->origin) dest[0] = a->origin;
    else return;
    dest[1] = V_NULL;
}

const Type alias_type = {
    .type = &type_type, .name = V_MKNAME(N_GenericAlias), .base = &object_type,
    .print = alias_print, .call = alias_call, .binary_op = alias_binary, .unary_op = alias_unary,
    .attr = alias_attr,
};
