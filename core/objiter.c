/* The iterator types of the builtins: enumerate, filter, map, zip, reversed, and iter()'s
 * callable iterator. */
#include <string.h>
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objint.h"
#include "objtuple.h"
#include "objlist.h"
#include "objdict.h"
#include "objfun.h"
#include "objtype.h"
#include "objiter.h"
#include "vm.h"

static Value iter_self(Value self, IterBuf *buf) { (void)buf; return self; }

/* ---------------- enumerate ---------------- */

typedef struct {
    Object base;
    Value it;
    Value count;
} Enumerate;

static Value enumerate_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    static const uint16_t names[] = {N_iterable, N_start};
    Value a[2];
    arg_parse("enumerate", args, nargs, kwnames, 2, names, 2, a);
    if (!a[0]) exc_raise_msg(&exc_TypeError, "enumerate() missing required argument 'iterable' (pos 1)");
    Enumerate *e = gc_alloc(sizeof(Enumerate), 0);
    e->base.type = t;
    e->count = a[1] ? obj_index(a[1]) : V_MKINT(0);   /* checked before the iterable, as CPython */
    e->it = obj_getiter(a[0], NULL);
    return V_FROMPTR(e);
}

static Value enumerate_next(Value self) {
    vm_check_stack();   /* iterators over iterators nest in C: map(f, map(f, ...)) */
    Enumerate *e = V_PTR(self);
    Value x = obj_iternext(e->it);
    if (!x) return V_NULL;
    Value pair[2] = {e->count, x};
    e->count = V_IS_INT(e->count) && V_INT(e->count) < SMALLINT_MAX ? V_MKINT(V_INT(e->count) + 1)
                                                                    : obj_binary_op(OP_ADD, e->count, V_MKINT(1));
    return tuple_from_array(pair, 2);
}

const Type enumerate_type = {
    .type = &type_type, .name = V_MKNAME(N_enumerate), .flags = TF_BASETYPE | TF_ITER_SELF, .base = &object_type,
    .instance_size = sizeof(Enumerate),
    .make_new = enumerate_make_new, .getiter = iter_self, .iternext = enumerate_next,
};

/* ---------------- filter ---------------- */

typedef struct {
    Object base;
    Value func, it;
} Filter;

static Value filter_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    arg_check_no_kw("filter", kwnames);
    arg_check_count(V_MKNAME(N_filter), nargs, 2, 2);
    Filter *f = gc_alloc(sizeof(Filter), 0);
    f->base.type = t;
    f->func = args[0];
    f->it = obj_getiter(args[1], NULL);
    return V_FROMPTR(f);
}

static Value filter_next(Value self) {
    vm_check_stack();
    Filter *f = V_PTR(self);
    Value x;
    while ((x = obj_iternext(f->it))) {
        bool keep = f->func == V_NONE ? obj_truthy(x) : obj_truthy(obj_call1(f->func, x));
        if (keep) return x;
    }
    return V_NULL;
}

const Type filter_type = {
    .type = &type_type, .name = V_MKNAME(N_filter), .flags = TF_BASETYPE | TF_ITER_SELF, .base = &object_type,
    .instance_size = sizeof(Filter),
    .make_new = filter_make_new, .getiter = iter_self, .iternext = filter_next,
};

/* ---------------- map ---------------- */

typedef struct {
    Object base;
    Value func;
    size_t n;
    Value its[];
} Map_;

static Value map_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    arg_check_no_kw("map", kwnames);
    if (nargs < 2) exc_raise_msg(&exc_TypeError, "map() must have at least two arguments.");
    Map_ *m = gc_alloc(sizeof(Map_) + (size_t)(nargs - 1) * sizeof(Value), 0);
    m->base.type = t;
    m->func = args[0];
    m->n = (size_t)(nargs - 1);
    for (int i = 1; i < nargs; i++) m->its[i - 1] = obj_getiter(args[i], NULL);
    return V_FROMPTR(m);
}

static Value map_next_item(Value self) {
    vm_check_stack();
    Map_ *m = V_PTR(self);
    Value buf[8];
    Value *a = m->n <= 8 ? buf : gc_alloc(m->n * sizeof(Value), 0);
    for (size_t i = 0; i < m->n; i++) {
        a[i] = obj_iternext(m->its[i]);
        if (!a[i]) return V_NULL;
    }
    return obj_call(m->func, a, (int)m->n, V_NULL);
}

const Type map_type = {
    .type = &type_type, .name = V_MKNAME(N_map), .flags = TF_BASETYPE | TF_ITER_SELF, .base = &object_type,
    .make_new = map_make_new, .getiter = iter_self, .iternext = map_next_item,
};

/* ---------------- zip ---------------- */

typedef struct {
    Object base;
    size_t n;
    int strict;           /* (an int: a bool field costs a byte load sequence under -mforce-l32) */
    Value its[];
} Zip;

static Value zip_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    bool strict = false;
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        if (tuple_items(kwnames)[k] != V_MKNAME(N_strict))
            exc_raise_msg(&exc_TypeError, "'%n' is an invalid keyword argument for zip()", tuple_items(kwnames)[k]);
        strict = obj_truthy(args[nargs + k]);
    }
    Zip *z = gc_alloc(sizeof(Zip) + (size_t)nargs * sizeof(Value), 0);
    z->base.type = t;
    z->n = (size_t)nargs;
    z->strict = strict;
    for (int i = 0; i < nargs; i++) z->its[i] = obj_getiter(args[i], NULL);
    return V_FROMPTR(z);
}

static Value zip_next(Value self) {
    vm_check_stack();
    Zip *z = V_PTR(self);
    if (z->n == 0) return V_NULL;
    Value t = tuple_new(z->n);
    for (size_t i = 0; i < z->n; i++) {
        Value x = obj_iternext(z->its[i]);
        if (!x) {
            if (z->strict) {
                if (i > 0) exc_raise_msg(&exc_ValueError, "zip() argument %d is shorter than argument%s%d",
                                         (int)i + 1, i == 1 ? " " : "s 1-", (int)i);
                for (size_t j = 1; j < z->n; j++)
                    if (obj_iternext(z->its[j]))
                        exc_raise_msg(&exc_ValueError, "zip() argument %d is longer than argument%s%d",
                                      (int)j + 1, j == 1 ? " " : "s 1-", (int)j);
            }
            return V_NULL;
        }
        tuple_items(t)[i] = x;
    }
    return t;
}

const Type zip_type = {
    .type = &type_type, .name = V_MKNAME(N_zip), .flags = TF_BASETYPE | TF_ITER_SELF, .base = &object_type,
    .make_new = zip_make_new, .getiter = iter_self, .iternext = zip_next,
};

/* ---------------- reversed ---------------- */

typedef struct {
    Object base;
    Value seq;
    Int index;
} Reversed;

static Value reversed_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    arg_check_no_kw("reversed", kwnames);
    arg_check_count(V_MKNAME(N_reversed), nargs, 1, 1);
    Value seq = args[0];
    const Type *st = type_of(seq);
    Value rev = type_lookup(st, V_MKNAME(N___reversed__));
    if (rev && rev != V_NONE) return obj_call1(rev, seq);
    /* else a sequence: __getitem__ (a built-in's subscript slot) and __len__, not a mapping */
    bool seqlike = type_lookup(st, V_MKNAME(N___getitem__)) != V_NULL;
    for (const Type *q = st; q && !seqlike; q = q->base) seqlike = TYPE_SLOT(q, subscr) && !type_is_heap(q);
    if (!rev && seqlike && !is_instance_of(seq, &dict_type) && obj_len_maybe(seq)) {
        Value r = reversed_new(seq);
        V_OBJ(r)->type = t;
        return r;
    }
    exc_raise_msg(&exc_TypeError, "'%T' object is not reversible", seq);
}

Value reversed_new(Value seq) {
    Reversed *r = gc_alloc(sizeof(Reversed), 0);
    r->base.type = &reversed_type;
    r->seq = seq;
    r->index = obj_len(seq) - 1;
    return V_FROMPTR(r);
}

static Value reversed_next(Value self) {
    Reversed *r = V_PTR(self);
    Int i = r->index;
    if (i < 0) return V_NULL;
    r->index--;
    if (is_type(r->seq, &list_type)) {
        /* a list that shrank meanwhile ends the iteration */
        if ((UInt)i < list_len(r->seq)) return list_items(r->seq)[i];
        r->index = -1;
        return V_NULL;
    }
    /* other sequences: IndexError (or StopIteration) from __getitem__ ends it too */
    ExcFrame ef;
    volatile Value x = V_NULL;
    if (EXC_TRY(ef)) {
        x = obj_getitem(r->seq, V_MKINT(i));
        exc_end(&ef);
        return x;
    }
    if (!exc_matches(ef.exc, V_FROMPTR(&exc_IndexError)) && !exc_matches(ef.exc, V_FROMPTR(&exc_StopIteration)))
        exc_raise(ef.exc);
    r->index = -1;
    return V_NULL;
}

const Type reversed_type = {
    .type = &type_type, .name = V_MKNAME(N_reversed), .flags = TF_BASETYPE | TF_ITER_SELF, .base = &object_type,
    .make_new = reversed_make_new, .getiter = iter_self, .iternext = reversed_next,
};

/* ---------------- iter(callable, sentinel) ---------------- */

typedef struct {
    Object base;
    Value func, sentinel;
} CallIter;

static Value calliter_next(Value self) {
    CallIter *c = V_PTR(self);
    if (c->func == V_NULL) return V_NULL;
    Value x = obj_call0(c->func);
    if (x == c->sentinel || obj_equal(x, c->sentinel)) {
        c->func = V_NULL;
        return V_NULL;
    }
    return x;
}

const Type calliter_type = {
    .type = &type_type, .name = V_MKNAME(N_callable_iterator), .flags = TF_ITER_SELF, .base = &object_type,
    .getiter = iter_self, .iternext = calliter_next,
};

Value calliter_new(Value func, Value sentinel) {
    CallIter *c = gc_alloc(sizeof(CallIter), 0);
    c->base.type = &calliter_type;
    c->func = func;
    c->sentinel = sentinel;
    return V_FROMPTR(c);
}
