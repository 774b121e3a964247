/* The collections module (MicroPython's ucollections): deque, OrderedDict, defaultdict,
 * namedtuple and Counter, with CPython's behaviour, reprs and messages. */
#include <string.h>
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "lex.h"
#include "objint.h"
#include "objstr.h"
#include "objtuple.h"
#include "objlist.h"
#include "objdict.h"
#include "objfun.h"
#include "objtype.h"
#include "objmodule.h"
#include "seq.h"
#include "vm.h"

static Value iter_self(Value self, IterBuf *buf) { (void)buf; return self; }

/* ======================= deque ======================= */

/* The items sit contiguously in buf[head .. head+len), with free room on both sides, so that
 * both ends grow in amortised O(1) and every sequence helper (seq_*) works on them directly. */
typedef struct {
    Object base;
    Value *buf;
    UInt alloc, head, len;
    Int maxlen;          /* -1: unbounded */
    UInt state;          /* bumped by every change, to detect mutation during iteration */
} Deque;

extern const Type deque_type;

static Deque *DQ(Value v) { return V_PTR(v); }
static Value *dq_items(Deque *d) { return d->buf + d->head; }

/* Makes room for one more item at the left (left) or the right end. */
static void dq_reserve(Deque *d, bool left) {
    if (left ? d->head > 0 : d->head + d->len < d->alloc) return;
    UInt need = d->len + 1;
    if (need * 2 <= d->alloc) {
        /* plenty of room on the other side: re-centre */
        UInt nh = (d->alloc - d->len) / 2;
        if (left && nh == 0) nh = 1;
        memmove(d->buf + nh, d->buf + d->head, d->len * sizeof(Value));
        if (nh > d->head) memset(d->buf + d->head, 0, (nh - d->head) * sizeof(Value));
        else memset(d->buf + nh + d->len, 0, (d->head - nh) * sizeof(Value));
        d->head = nh;
        return;
    }
    UInt alloc = d->alloc ? d->alloc * 2 : 8;
    Value *nb = gc_alloc(alloc * sizeof(Value), 0);
    UInt nh = left ? alloc - d->len - (alloc - d->len) / 2 : (alloc - d->len) / 4;
    memcpy(nb + nh, dq_items(d), d->len * sizeof(Value));
    gc_free(d->buf);
    d->buf = nb;
    d->alloc = alloc;
    d->head = nh;
}

static Value dq_popleft_raw(Deque *d) {
    Value v = d->buf[d->head];
    d->buf[d->head++] = V_NULL;
    d->len--;
    d->state++;
    return v;
}

static Value dq_pop_raw(Deque *d) {
    Value v = d->buf[d->head + --d->len];
    d->buf[d->head + d->len] = V_NULL;
    d->state++;
    return v;
}

static void dq_append(Deque *d, Value v) {
    if (d->maxlen == 0) return;
    if (d->maxlen > 0 && (Int)d->len >= d->maxlen) dq_popleft_raw(d);
    dq_reserve(d, false);
    d->buf[d->head + d->len++] = v;
    d->state++;
}

static void dq_appendleft(Deque *d, Value v) {
    if (d->maxlen == 0) return;
    if (d->maxlen > 0 && (Int)d->len >= d->maxlen) dq_pop_raw(d);
    dq_reserve(d, true);
    d->buf[--d->head] = v;
    d->len++;
    d->state++;
}

static void dq_extend(Deque *d, Value iterable, bool left) {
    /* d.extend(d) iterates over a snapshot */
    if (iterable == V_FROMPTR(d)) iterable = list_from_array(dq_items(d), d->len);
    IterBuf buf;
    Value it = obj_getiter(iterable, &buf), x;
    while ((x = obj_iternext(it))) {
        if (left) dq_appendleft(d, x);
        else dq_append(d, x);
    }
}

static Deque *dq_alloc(const Type *t, Int maxlen) {
    Deque *d = gc_alloc(t->instance_size ? t->instance_size : sizeof(Deque), 0);
    d->base.type = t;
    d->maxlen = maxlen;
    return d;
}

static Int dq_maxlen_arg(Value v) {
    if (!v || v == V_NONE) return -1;
    Int m = obj_get_int(v);
    if (m < 0) exc_raise_msg(&exc_ValueError, "maxlen must be non-negative");
    return m;
}

static Value dq_make_new(const Type *t, Value *args, int nargs, Value kw) {
    static const uint16_t names[] = {N_iterable, N_maxlen};
    Value a[2];
    arg_parse("deque", args, nargs, kw, 2, names, 2, a);
    Deque *d = dq_alloc(t, dq_maxlen_arg(a[1]));
    if (a[0]) dq_extend(d, a[0], false);
    return V_FROMPTR(d);
}

#define SELF Deque *d = DQ(a[0]); (void)n; (void)kw

static Value dq_m_append(Value *a, int n, Value kw) { SELF; dq_append(d, a[1]); return V_NONE; }
static Value dq_m_appendleft(Value *a, int n, Value kw) { SELF; dq_appendleft(d, a[1]); return V_NONE; }
static Value dq_m_extend(Value *a, int n, Value kw) { SELF; dq_extend(d, a[1], false); return V_NONE; }
static Value dq_m_extendleft(Value *a, int n, Value kw) { SELF; dq_extend(d, a[1], true); return V_NONE; }

static Value dq_m_pop(Value *a, int n, Value kw) {
    SELF;
    if (!d->len) exc_raise_msg(&exc_IndexError, "pop from an empty deque");
    return dq_pop_raw(d);
}

static Value dq_m_popleft(Value *a, int n, Value kw) {
    SELF;
    if (!d->len) exc_raise_msg(&exc_IndexError, "pop from an empty deque");
    return dq_popleft_raw(d);
}

static Value dq_m_clear(Value *a, int n, Value kw) {
    SELF;
    memset(dq_items(d), 0, d->len * sizeof(Value));
    d->len = 0;
    d->head = d->alloc / 2;
    d->state++;
    return V_NONE;
}

static void reverse_values(Value *v, UInt n) {
    for (UInt i = 0; i < n / 2; i++) {
        Value t = v[i];
        v[i] = v[n - 1 - i];
        v[n - 1 - i] = t;
    }
}

static Value dq_m_reverse(Value *a, int n, Value kw) {
    SELF;
    reverse_values(dq_items(d), d->len);
    d->state++;
    return V_NONE;
}

/* rotate(k): three reversals, in place */
static Value dq_m_rotate(Value *a, int n, Value kw) {
    SELF;
    Int k = n > 1 ? obj_get_int(a[1]) : 1;
    if (d->len < 2) return V_NONE;
    k %= (Int)d->len;
    if (k < 0) k += (Int)d->len;
    if (k == 0) return V_NONE;
    Value *v = dq_items(d);
    UInt s = d->len - (UInt)k;
    reverse_values(v, s);
    reverse_values(v + s, (UInt)k);
    reverse_values(v, d->len);
    d->state++;
    return V_NONE;
}

static Value dq_m_count(Value *a, int n, Value kw) { SELF; return V_MKINT(seq_count(dq_items(d), d->len, a[1])); }

static Value dq_m_index(Value *a, int n, Value kw) {
    (void)kw;
    Deque *d = DQ(a[0]);
    Int start, stop;
    seq_index_range(a + 2, n - 2, d->len, &start, &stop);
    Int i = seq_find(dq_items(d), d->len, a[1], start, stop);
    if (i < 0) exc_raise_msg(&exc_ValueError, "%r is not in deque", a[1]);
    return V_MKINT(i);
}

static void dq_delete_at(Deque *d, UInt i) {
    Value *v = dq_items(d);
    memmove(v + i, v + i + 1, (d->len - i - 1) * sizeof(Value));
    v[--d->len] = V_NULL;
    d->state++;
}

static Value dq_m_remove(Value *a, int n, Value kw) {
    SELF;
    Int i = seq_find(dq_items(d), d->len, a[1], 0, (Int)d->len);
    if (i < 0) exc_raise_msg(&exc_ValueError, "deque.remove(x): x not in deque");
    dq_delete_at(d, (UInt)i);
    return V_NONE;
}

static Value dq_m_insert(Value *a, int n, Value kw) {
    SELF;
    Int i = obj_get_int(a[1]);
    if (d->maxlen >= 0 && (Int)d->len >= d->maxlen) exc_raise_msg(&exc_IndexError, "deque already at its maximum size");
    if (i < 0) { i += (Int)d->len; if (i < 0) i = 0; }
    if (i > (Int)d->len) i = (Int)d->len;
    dq_reserve(d, false);
    Value *v = dq_items(d);
    memmove(v + i + 1, v + i, (d->len - (UInt)i) * sizeof(Value));
    v[i] = a[2];
    d->len++;
    d->state++;
    return V_NONE;
}

static Value dq_m_copy(Value *a, int n, Value kw) {
    SELF;
    Deque *c = dq_alloc(type_of(a[0]), d->maxlen);
    dq_extend(c, a[0], false);
    return V_FROMPTR(c);
}

static void dq_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    Deque *d = DQ(self);
    if (!repr_enter(self)) { print_cstr(p, "[...]"); return; }
    print_fmt(p, "%n(", type_of(self)->name);
    seq_print(p, dq_items(d), d->len, '[', ']', false);
    repr_leave();
    if (d->maxlen >= 0) print_fmt(p, ", maxlen=%D", d->maxlen);
    print_char(p, ')');
}

static Value dq_unary(UnaryOp op, Value self) {
    Deque *d = DQ(self);
    switch (op) {
    case UOP_BOOL: return V_BOOL(d->len != 0);
    case UOP_LEN: return V_MKINT((Int)d->len);
    case UOP_HASH: exc_raise_msg(&exc_TypeError, "unhashable type: '%T'", self);
    default: return V_NULL;
    }
}

static Value dq_binary(BinaryOp op, Value a, Value b) {
    op = (BinaryOp)(op & ~OP_REFLECTED);
    if (op == OP_CONTAINS) return V_BOOL(seq_contains(dq_items(DQ(a)), DQ(a)->len, b));
    if (op >= OP_LT && op <= OP_GE) {
        if (!is_instance_of(a, &deque_type) || !is_instance_of(b, &deque_type)) return V_NOTIMPL;
        return seq_compare(op, dq_items(DQ(a)), DQ(a)->len, dq_items(DQ(b)), DQ(b)->len);
    }
    return V_NULL;
}

static Value dq_subscr(Value self, Value index, Value value) {
    Deque *d = DQ(self);
    UInt i = seq_index(index, d->len, "deque");
    if (value == V_NULL) return dq_items(d)[i];
    if (value == V_SENTINEL_DELETE) dq_delete_at(d, i);
    else dq_items(d)[i] = value;
    return V_NONE;
}

typedef struct {
    Object base;
    Value deque;
    UInt index, state;   /* index counts the items given so far */
    bool reverse;
} DequeIter;

static Value dq_iter_next(Value self) {
    DequeIter *it = V_PTR(self);
    Deque *d = DQ(it->deque);
    if (it->state != d->state) exc_raise_msg(&exc_RuntimeError, "deque mutated during iteration");
    if (it->index >= d->len) return V_NULL;
    UInt i = it->index++;
    return dq_items(d)[it->reverse ? d->len - 1 - i : i];
}

static const Type deque_iter_type = {
    .type = &type_type, .name = V_MKNAME(N__deque_iterator), .base = &object_type, .flags = TF_ITER_SELF,
    .getiter = iter_self, .iternext = dq_iter_next,
};

static Value dq_iter_new(Value self, bool reverse) {
    DequeIter *it = gc_alloc(sizeof(DequeIter), 0);
    it->base.type = &deque_iter_type;
    it->deque = self;
    it->state = DQ(self)->state;
    it->reverse = reverse;
    return V_FROMPTR(it);
}

static Value dq_getiter(Value self, IterBuf *buf) { (void)buf; return dq_iter_new(self, false); }
static Value dq_m_reversed(Value *a, int n, Value kw) { (void)n; (void)kw; return dq_iter_new(a[0], true); }

static void dq_attr(Value self, Value name, Value *dest) {
    if (dest[1] != V_SENTINEL_METHOD || name != V_MKNAME(N_maxlen)) return;
    Int m = DQ(self)->maxlen;
    dest[0] = m < 0 ? V_NONE : V_MKINT(m);
    dest[1] = V_NULL;
}

static NATIVE_METHOD(dq_append_fn, append, 1, 1, dq_m_append);
static NATIVE_METHOD(dq_appendleft_fn, appendleft, 1, 1, dq_m_appendleft);
static NATIVE_METHOD(dq_extend_fn, extend, 1, 1, dq_m_extend);
static NATIVE_METHOD(dq_extendleft_fn, extendleft, 1, 1, dq_m_extendleft);
static NATIVE_METHOD(dq_pop_fn, pop, 0, 0, dq_m_pop);
static NATIVE_METHOD(dq_popleft_fn, popleft, 0, 0, dq_m_popleft);
static NATIVE_METHOD(dq_clear_fn, clear, 0, 0, dq_m_clear);
static NATIVE_METHOD(dq_reverse_fn, reverse, 0, 0, dq_m_reverse);
static NATIVE_METHOD(dq_rotate_fn, rotate, 0, 1, dq_m_rotate);
static NATIVE_METHOD(dq_count_fn, count, 1, 1, dq_m_count);
static NATIVE_METHOD(dq_index_fn, index, 1, 3, dq_m_index);
static NATIVE_METHOD(dq_remove_fn, remove, 1, 1, dq_m_remove);
static NATIVE_METHOD(dq_insert_fn, insert, 2, 2, dq_m_insert);
static NATIVE_METHOD(dq_copy_fn, copy, 0, 0, dq_m_copy);
static NATIVE_METHOD(dq_reversed_fn, __reversed__, 0, 0, dq_m_reversed);

static const MapEntry deque_table[] = {
    METHOD_ENTRY(__copy__, dq_copy_fn),
    METHOD_ENTRY(__reversed__, dq_reversed_fn),
    METHOD_ENTRY(append, dq_append_fn),
    METHOD_ENTRY(appendleft, dq_appendleft_fn),
    METHOD_ENTRY(clear, dq_clear_fn),
    METHOD_ENTRY(copy, dq_copy_fn),
    METHOD_ENTRY(count, dq_count_fn),
    METHOD_ENTRY(extend, dq_extend_fn),
    METHOD_ENTRY(extendleft, dq_extendleft_fn),
    METHOD_ENTRY(index, dq_index_fn),
    METHOD_ENTRY(insert, dq_insert_fn),
    METHOD_ENTRY(pop, dq_pop_fn),
    METHOD_ENTRY(popleft, dq_popleft_fn),
    METHOD_ENTRY(remove, dq_remove_fn),
    METHOD_ENTRY(reverse, dq_reverse_fn),
    METHOD_ENTRY(rotate, dq_rotate_fn),
};
static const Dict deque_locals = DICT_CONST_INIT(deque_table);

const Type deque_type = {
    .type = &type_type, .name = V_MKNAME(N_deque), .base = &object_type, .flags = TF_BASETYPE | TF_GENERIC_COLLECTIONS,
    .instance_size = sizeof(Deque), .dict = V_FROMPTR(&deque_locals),
    .print = dq_print, .make_new = dq_make_new, .unary_op = dq_unary, .binary_op = dq_binary,
    .attr = dq_attr, .subscr = dq_subscr, .getiter = dq_getiter,
};

/* ======================= OrderedDict and defaultdict ======================= */

/* Both are dicts (the dict's Map keeps insertion order) with a different repr and a few
 * methods; defaultdict adds its factory after the Dict. */
typedef struct {
    Dict d;
    Value factory;       /* callable or None */
} DefaultDict;

extern const Type ordereddict_type, defaultdict_type;

static void fill_dict(Value d, Value *args, int nargs, Value kw) {
    if (nargs > 1) exc_raise_msg(&exc_TypeError, "expected at most 1 argument, got %d", nargs);
    if (nargs == 1) dict_update(d, args[0], false);
    size_t nkw = kw ? tuple_len(kw) : 0;
    for (size_t i = 0; i < nkw; i++) dict_set(d, tuple_items(kw)[i], args[nargs + i]);
}

static Value new_dict_of(const Type *t) {
    Value d = obj_new_instance(t);
    map_init(dict_map(d), 0);
    return d;
}

static Value od_make_new(const Type *t, Value *args, int nargs, Value kw) {
    Value d = new_dict_of(t);
    if (!type_is_heap(t)) fill_dict(d, args, nargs, kw);   /* a subclass: dict.__init__ fills it */
    return d;
}

static void od_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    Map *m = dict_map(self);
    print_fmt(p, "%n(", type_of(self)->name);
    if (!repr_enter(self)) print_cstr(p, "...");
    else {
        if (m->count) {
            print_char(p, '[');
            size_t pos = 0;
            MapEntry *e;
            bool first = true;
            while ((e = map_next(m, &pos))) {
                print_fmt(p, first ? "(%r, %r)" : ", (%r, %r)", e->key, e->value);
                first = false;
            }
            print_char(p, ']');
        }
        repr_leave();
    }
    print_char(p, ')');
}

/* Two OrderedDicts are equal only in the same order; with a plain dict the order is ignored. */
static Value od_binary(BinaryOp op, Value a, Value b) {
    BinaryOp o = (BinaryOp)(op & ~OP_REFLECTED);
    if ((o == OP_EQ || o == OP_NE) && is_instance_of(a, &ordereddict_type) && is_instance_of(b, &ordereddict_type)) {
        Map *ma = dict_map(a), *mb = dict_map(b);
        bool eq = ma->count == mb->count;
        size_t pa = 0, pb = 0;
        MapEntry *x, *y;
        while (eq && (x = map_next(ma, &pa)) && (y = map_next(mb, &pb)))
            eq = obj_equal(x->key, y->key) && (x->value == y->value || obj_equal(x->value, y->value));
        return V_BOOL(eq == (o == OP_EQ));
    }
    return dict_type.binary_op(op, a, b);
}

static Value od_m_move_to_end(Value *a, int n, Value kw) {
    static const uint16_t names[] = {N_key, N_last};
    Value p[2];
    arg_parse("move_to_end", a + 1, n - 1, kw, 2, names, 2, p);
    if (!p[0]) exc_raise_msg(&exc_TypeError, "move_to_end() missing required argument 'key' (pos 1)");
    Map *m = dict_map(a[0]);
    Value v = map_get(m, p[0]);
    if (!v) exc_raise(exc_new(&exc_KeyError, tuple_from_array(&p[0], 1)));
    if (!p[1] || obj_truthy(p[1])) {
        map_delete(m, p[0]);
        map_set(m, p[0], v);
        return V_NONE;
    }
    /* to the front: rebuild the order with the key first */
    Value items = list_new(0);
    size_t pos = 0;
    MapEntry *e;
    while ((e = map_next(m, &pos))) {
        if (e->key == p[0] || obj_equal(e->key, p[0])) continue;
        list_append(items, e->key);
        list_append(items, e->value);
    }
    Value key = p[0];
    map_clear(m);
    map_set(m, key, v);
    for (size_t i = 0; i < list_len(items); i += 2) map_set(m, list_items(items)[i], list_items(items)[i + 1]);
    return V_NONE;
}

static Value od_m_popitem(Value *a, int n, Value kw) {
    static const uint16_t names[] = {N_last};
    Value last;
    arg_parse("popitem", a + 1, n - 1, kw, 1, names, 1, &last);
    Map *m = dict_map(a[0]);
    if (!m->count) exc_raise_msg(&exc_KeyError, "dictionary is empty");
    Value pair[2];
    if (!last || obj_truthy(last)) {
        pair[1] = map_pop_last(m, &pair[0]);
    } else {
        size_t pos = 0;
        MapEntry *e = map_next(m, &pos);
        pair[0] = e->key;
        pair[1] = map_delete(m, pair[0]);
    }
    return tuple_from_array(pair, 2);
}

static Value od_m_copy(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    const Type *t = type_of(a[0]);
    Value d = new_dict_of(t);
    if (is_instance_of(a[0], &defaultdict_type)) ((DefaultDict *)V_PTR(d))->factory = ((DefaultDict *)V_PTR(a[0]))->factory;
    dict_update(d, a[0], false);
    return d;
}

static NATIVE_METHOD_KW(od_move_to_end_fn, move_to_end, 0, 2, od_m_move_to_end);
static NATIVE_METHOD_KW(od_popitem_fn, popitem, 0, 1, od_m_popitem);
static NATIVE_METHOD(od_copy_fn, copy, 0, 0, od_m_copy);

static const MapEntry od_table[] = {
    METHOD_ENTRY(__copy__, od_copy_fn),
    METHOD_ENTRY(copy, od_copy_fn),
    METHOD_ENTRY(move_to_end, od_move_to_end_fn),
    METHOD_ENTRY(popitem, od_popitem_fn),
};
static const Dict od_locals = DICT_CONST_INIT(od_table);

const Type ordereddict_type = {
    .type = &type_type, .name = V_MKNAME(N_OrderedDict), .base = &dict_type, .flags = TF_BASETYPE | TF_GENERIC_COLLECTIONS,
    .instance_size = sizeof(Dict), .dict = V_FROMPTR(&od_locals),
    .print = od_print, .make_new = od_make_new, .binary_op = od_binary,
};

static void dd_init_args(Value self, Value *args, int nargs, Value kw) {
    Value f = nargs > 0 ? args[0] : V_NONE;
    if (f != V_NONE && !obj_callable(f)) exc_raise_msg(&exc_TypeError, "first argument must be callable or None");
    ((DefaultDict *)V_PTR(self))->factory = f;
    fill_dict(self, args + (nargs > 0), nargs > 0 ? nargs - 1 : 0, kw);
}

static Value dd_make_new(const Type *t, Value *args, int nargs, Value kw) {
    Value d = new_dict_of(t);
    ((DefaultDict *)V_PTR(d))->factory = V_NONE;
    if (!type_is_heap(t)) dd_init_args(d, args, nargs, kw);   /* a subclass: __init__ does it */
    return d;
}

static Value dd_m_init(Value *a, int n, Value kw) {
    dd_init_args(a[0], a + 1, n - 1, kw);
    return V_NONE;
}

static Value dd_m_missing(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Value f = ((DefaultDict *)V_PTR(a[0]))->factory;
    if (f == V_NONE) exc_raise(exc_new(&exc_KeyError, tuple_from_array(&a[1], 1)));
    Value v = obj_call0(f);
    obj_setitem(a[0], a[1], v);
    return v;
}

static void dd_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    Value f = ((DefaultDict *)V_PTR(self))->factory;
    print_fmt(p, "%n(", type_of(self)->name);
    if (!repr_enter(self)) print_cstr(p, "...");
    else {
        obj_print(p, f, PRINT_REPR);
        repr_leave();
    }
    print_cstr(p, ", ");
    dict_type.print(self, p, PRINT_REPR);
    print_char(p, ')');
}

static void dd_attr(Value self, Value name, Value *dest) {
    if (name != V_MKNAME(N_default_factory)) return;
    DefaultDict *d = V_PTR(self);
    if (dest[1] == V_SENTINEL_METHOD) {
        dest[0] = d->factory;
        dest[1] = V_NULL;
    } else if (dest[1] != V_NULL) {
        d->factory = dest[1];
        dest[1] = V_NULL;
    }
}

static NATIVE_METHOD_KW(dd_init_fn, __init__, 0, NARGS_ANY, dd_m_init);
static NATIVE_METHOD(dd_missing_fn, __missing__, 1, 1, dd_m_missing);

static const MapEntry dd_table[] = {
    METHOD_ENTRY(__copy__, od_copy_fn),
    METHOD_ENTRY(__init__, dd_init_fn),
    METHOD_ENTRY(__missing__, dd_missing_fn),
    METHOD_ENTRY(copy, od_copy_fn),
};
static const Dict dd_locals = DICT_CONST_INIT(dd_table);

const Type defaultdict_type = {
    .type = &type_type, .name = V_MKNAME(N_defaultdict), .base = &dict_type, .flags = TF_BASETYPE | TF_GENERIC_COLLECTIONS,
    .instance_size = sizeof(DefaultDict), .dict = V_FROMPTR(&dd_locals),
    .print = dd_print, .make_new = dd_make_new, .attr = dd_attr,
};

/* ======================= Counter ======================= */

/* A dict of counts: a missing key counts 0, update() adds, most_common() sorts by count
 * (stable, so ties keep the order of first sight), +, -, |, & keep positive counts. */
extern const Type counter_type;

static void counter_add(Value self, Value key, Value n, bool subtract) {
    Map *m = dict_map(self);
    Value old = map_get(m, key);
    if (!old) old = V_MKINT(0);
    map_set(m, key, obj_binary_op(subtract ? OP_SUB : OP_ADD, old, n));
}

static void counter_fill(Value self, Value *args, int nargs, Value kw, bool subtract) {
    if (nargs > 1) exc_raise_msg(&exc_TypeError, "expected at most 1 argument, got %d", nargs);
    if (nargs == 1 && args[0] != V_NONE) {
        if (is_instance_of(args[0], &dict_type)) {
            size_t pos = 0;
            MapEntry *e;
            Map *src = dict_map(args[0]);
            while ((e = map_next(src, &pos))) counter_add(self, e->key, e->value, subtract);
        } else {
            IterBuf buf;
            Value it = obj_getiter(args[0], &buf), item;
            while ((item = obj_iternext(it))) counter_add(self, item, V_MKINT(1), subtract);
        }
    }
    size_t nkw = kw ? tuple_len(kw) : 0;
    for (size_t i = 0; i < nkw; i++) counter_add(self, tuple_items(kw)[i], args[nargs + i], subtract);
}

static Value counter_make_new(const Type *t, Value *args, int nargs, Value kw) {
    Value d = new_dict_of(t);
    if (!type_is_heap(t)) counter_fill(d, args, nargs, kw, false);   /* a subclass: __init__ */
    return d;
}

static Value counter_m_init(Value *a, int n, Value kw) { counter_fill(a[0], a + 1, n - 1, kw, false); return V_NONE; }
static Value counter_m_update(Value *a, int n, Value kw) { counter_fill(a[0], a + 1, n - 1, kw, false); return V_NONE; }
static Value counter_m_subtract(Value *a, int n, Value kw) { counter_fill(a[0], a + 1, n - 1, kw, true); return V_NONE; }
static Value counter_m_missing(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; return V_MKINT(0); }

static Value counter_key(Value *a, int n, Value kw) { (void)n; (void)kw; return tuple_items(a[0])[1]; }
static NATIVE_FN(counter_key_fn, _count, 1, 1, counter_key);

/* the (key, count) pairs, largest count first */
static Value counter_sorted(Value self) {
    Map *m = dict_map(self);
    Value l = list_new(0);
    size_t pos = 0;
    MapEntry *e;
    while ((e = map_next(m, &pos))) {
        Value pair[2] = {e->key, e->value};
        list_append(l, tuple_from_array(pair, 2));
    }
    list_sort(l, V_FROMPTR(&counter_key_fn), true);
    return l;
}

static Value counter_m_most_common(Value *a, int n, Value kw) {
    (void)kw;
    Value l = counter_sorted(a[0]);
    if (n > 1 && a[1] != V_NONE) {
        Int k = obj_get_int(a[1]);
        if (k < 0) k = 0;
        if ((size_t)k < list_len(l)) l = list_from_array(list_items(l), (size_t)k);
    }
    return l;
}

static Value counter_m_elements(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Value l = list_new(0);
    size_t pos = 0;
    MapEntry *e;
    Map *m = dict_map(a[0]);
    while ((e = map_next(m, &pos)))
        for (Int i = obj_get_int(e->value); i > 0; i--) list_append(l, e->key);
    return obj_getiter(l, NULL);
}

static Value counter_m_total(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Value t = V_MKINT(0);
    size_t pos = 0;
    MapEntry *e;
    Map *m = dict_map(a[0]);
    while ((e = map_next(m, &pos))) t = obj_binary_op(OP_ADD, t, e->value);
    return t;
}

static void counter_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    print_fmt(p, "%n(", type_of(self)->name);
    if (!repr_enter(self)) print_cstr(p, "...");
    else {
        Value l = counter_sorted(self);
        for (size_t i = 0; i < list_len(l); i++) {
            Value *kv = tuple_items(list_items(l)[i]);
            print_fmt(p, i ? ", %r: %r" : "{%r: %r", kv[0], kv[1]);
        }
        if (list_len(l)) print_char(p, '}');
        repr_leave();
    }
    print_char(p, ')');
}

/* c + d, c - d, c | d, c & d: a new Counter of the positive results */
static Value counter_binary(BinaryOp op, Value a, Value b) {
    BinaryOp o = (BinaryOp)(op & ~OP_REFLECTED);
    if ((o != OP_ADD && o != OP_SUB && o != OP_OR && o != OP_AND) || !is_instance_of(a, &counter_type) ||
        !is_instance_of(b, &counter_type))
        return dict_type.binary_op(op, a, b);
    Value r = new_dict_of(&counter_type);
    Map *ma = dict_map(a), *mb = dict_map(b), *mr = dict_map(r);
    for (int side = 0; side < 2; side++) {
        Map *m = side ? mb : ma, *other = side ? ma : mb;
        size_t pos = 0;
        MapEntry *e;
        while ((e = map_next(m, &pos))) {
            Value x = e->value, y = map_get(other, e->key), v;
            if (side && (y || o == OP_SUB || o == OP_AND)) continue;   /* done from a's side */
            if (!y) y = V_MKINT(0);
            if (side) { Value t = x; x = y; y = t; }
            if (o == OP_ADD) v = obj_binary_op(OP_ADD, x, y);
            else if (o == OP_SUB) v = obj_binary_op(OP_SUB, x, y);
            else if (o == OP_OR) v = obj_less(x, y) ? y : x;
            else v = obj_less(x, y) ? x : y;
            if (obj_less(V_MKINT(0), v)) map_set(mr, e->key, v);
        }
    }
    return r;
}

static NATIVE_METHOD_KW(counter_init_fn, __init__, 0, NARGS_ANY, counter_m_init);
static NATIVE_METHOD(counter_missing_fn, __missing__, 1, 1, counter_m_missing);
static NATIVE_METHOD(counter_elements_fn, elements, 0, 0, counter_m_elements);
static NATIVE_METHOD(counter_most_common_fn, most_common, 0, 1, counter_m_most_common);
static NATIVE_METHOD_KW(counter_subtract_fn, subtract, 0, 1, counter_m_subtract);
static NATIVE_METHOD(counter_total_fn, total, 0, 0, counter_m_total);
static NATIVE_METHOD_KW(counter_update_fn, update, 0, 1, counter_m_update);

static const MapEntry counter_table[] = {
    METHOD_ENTRY(__copy__, od_copy_fn),
    METHOD_ENTRY(__init__, counter_init_fn),
    METHOD_ENTRY(__missing__, counter_missing_fn),
    METHOD_ENTRY(copy, od_copy_fn),
    METHOD_ENTRY(elements, counter_elements_fn),
    METHOD_ENTRY(most_common, counter_most_common_fn),
    METHOD_ENTRY(subtract, counter_subtract_fn),
    METHOD_ENTRY(total, counter_total_fn),
    METHOD_ENTRY(update, counter_update_fn),
};
static const Dict counter_locals = DICT_CONST_INIT(counter_table);

const Type counter_type = {
    .type = &type_type, .name = V_MKNAME(N_Counter), .base = &dict_type, .flags = TF_BASETYPE | TF_GENERIC_COLLECTIONS,
    .instance_size = sizeof(Dict), .dict = V_FROMPTR(&counter_locals),
    .print = counter_print, .make_new = counter_make_new, .binary_op = counter_binary,
};

/* ======================= namedtuple ======================= */

/* namedtuple() builds a class at run time: a subclass of tuple whose namespace holds _fields,
 * _field_defaults, the shared native methods below and one property per field (a getter
 * object that returns item i). */

typedef struct {
    Object base;
    Int index;
} ItemGetter;

static Value getter_call(Value self, Value *args, int nargs, Value kw) {
    (void)kw;
    if (nargs != 1 || !is_instance_of(args[0], &tuple_type)) exc_raise_msg(&exc_TypeError, "descriptor needs a tuple");
    Int i = ((ItemGetter *)V_PTR(self))->index;
    if ((UInt)i >= tuple_len(args[0])) exc_raise_msg(&exc_IndexError, "tuple index out of range");
    return tuple_items(args[0])[i];
}

static const Type tuplegetter_type = {
    .type = &type_type, .name = V_MKNAME(N__tuplegetter), .base = &object_type, .call = getter_call,
};

static Value class_attr(Value cls, uint16_t name) {
    Value v = type_lookup(V_PTR(cls), V_MKNAME(name));
    if (!v) exc_raise_msg(&exc_TypeError, "not a namedtuple class");
    return v;
}

static Value nt_alloc(Value cls, size_t n) {
    Tuple *t = gc_alloc(sizeof(Tuple) + n * sizeof(Value), 0);
    t->base.type = V_PTR(cls);
    t->len = n;
    return V_FROMPTR(t);
}

/* "'x' and 'y'", "'a', 'b', and 'c'" (CPython's wording) */
static void print_names(Print *p, const Value *names, size_t n) {
    for (size_t i = 0; i < n; i++)
        print_fmt(p, i == 0 ? "%r" : i + 1 < n ? ", %r" : n == 2 ? " and %r" : ", and %r", names[i]);
}

static Value nt_new(Value *a, int n, Value kw) {
    Value cls = a[0];
    Value fields = class_attr(cls, N__fields);
    Value defaults = class_attr(cls, N__field_defaults);
    size_t nf = tuple_len(fields), nkw = kw ? tuple_len(kw) : 0;
    Value *names = tuple_items(fields);
    Value tn = ((const Type *)V_PTR(cls))->name;
    size_t npos = (size_t)n - 1;
    if (npos > nf) {
        size_t nd = map_len(dict_map(defaults));
        if (nd) exc_raise_msg(&exc_TypeError, "%n.__new__() takes from %d to %d positional arguments but %d were given",
                              tn, (int)(nf - nd) + 1, (int)nf + 1, n);
        exc_raise_msg(&exc_TypeError, "%n.__new__() takes %d positional arguments but %d were given", tn, (int)nf + 1, n);
    }
    Value r = nt_alloc(cls, nf);
    Value *items = tuple_items(r);
    for (size_t i = 0; i < npos; i++) items[i] = a[1 + i];
    for (size_t k = 0; k < nkw; k++) {
        Value kn = tuple_items(kw)[k];
        size_t i = 0;
        while (i < nf && !str_equal(names[i], kn)) i++;
        if (i == nf) exc_raise_msg(&exc_TypeError, "%n.__new__() got an unexpected keyword argument '%n'", tn, kn);
        if (items[i]) exc_raise_msg(&exc_TypeError, "%n.__new__() got multiple values for argument '%n'", tn, kn);
        items[i] = a[n + k];
    }
    Value missing[8];
    size_t nmiss = 0, total = 0;
    for (size_t i = 0; i < nf; i++) {
        if (items[i]) continue;
        Value d = map_get(dict_map(defaults), names[i]);
        if (d) { items[i] = d; continue; }
        if (nmiss < 8) missing[nmiss++] = names[i];
        total++;
    }
    if (total) {
        Vstr v;
        vstr_init(&v, 64);
        Print p;
        print_to_vstr(&p, &v);
        print_fmt(&p, "%n.__new__() missing %d required positional argument%s: ", tn, (int)total, total == 1 ? "" : "s");
        print_names(&p, missing, nmiss);
        exc_raise_value(&exc_TypeError, vstr_to_str(&v));
    }
    return r;
}

static Value nt_make(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Value cls = a[0];
    size_t nf = tuple_len(class_attr(cls, N__fields));
    Value t = tuple_from_iter(a[1]);
    if (tuple_len(t) != nf) exc_raise_msg(&exc_TypeError, "Expected %d arguments, got %d", (int)nf, (int)tuple_len(t));
    Value r = nt_alloc(cls, nf);
    memcpy(tuple_items(r), tuple_items(t), nf * sizeof(Value));
    return r;
}

static Value nt_replace(Value *a, int n, Value kw) {
    (void)n;
    Value self = a[0];
    Value cls = V_FROMPTR(type_of(self));
    Value fields = class_attr(cls, N__fields);
    size_t nf = tuple_len(fields), len = tuple_len(self), nkw = kw ? tuple_len(kw) : 0;
    Value r = nt_alloc(cls, len);
    memcpy(tuple_items(r), tuple_items(self), len * sizeof(Value));
    Value bad = V_NULL;
    for (size_t k = 0; k < nkw; k++) {
        Value kn = tuple_items(kw)[k];
        size_t i = 0;
        while (i < nf && !str_equal(tuple_items(fields)[i], kn)) i++;
        if (i < nf && i < len) tuple_items(r)[i] = a[1 + k];
        else {
            if (!bad) bad = list_new(0);
            list_append(bad, kn);
        }
    }
    if (bad) exc_raise_msg(&exc_ValueError, "Got unexpected field names: %r", bad);
    return r;
}

static Value nt_asdict(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Value fields = class_attr(V_FROMPTR(type_of(a[0])), N__fields);
    size_t nf = tuple_len(fields), len = tuple_len(a[0]);
    Value d = dict_new(nf);
    for (size_t i = 0; i < nf && i < len; i++) dict_set(d, tuple_items(fields)[i], tuple_items(a[0])[i]);
    return d;
}

static Value nt_repr(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Value self = a[0];
    Value fields = class_attr(V_FROMPTR(type_of(self)), N__fields);
    size_t nf = tuple_len(fields), len = tuple_len(self);
    Vstr v;
    vstr_init(&v, 32);
    Print p;
    print_to_vstr(&p, &v);
    print_fmt(&p, "%n(", type_of(self)->name);
    if (!repr_enter(self)) print_cstr(&p, "...");
    else {
        for (size_t i = 0; i < nf && i < len; i++)
            print_fmt(&p, i ? ", %n=%r" : "%n=%r", tuple_items(fields)[i], tuple_items(self)[i]);
        repr_leave();
    }
    print_char(&p, ')');
    return vstr_to_str(&v);
}

static NATIVE_FN_KW(nt_new_fn, __new__, 1, NARGS_ANY, nt_new);
static const Cell nt_new_sm = {{&staticmethod_type}, V_FROMPTR(&nt_new_fn)};
static NATIVE_FN(nt_make_fn, _make, 2, 2, nt_make);
static const Cell nt_make_cm = {{&classmethod_type}, V_FROMPTR(&nt_make_fn)};
static NATIVE_METHOD_KW(nt_replace_fn, _replace, 0, 0, nt_replace);
static NATIVE_METHOD(nt_asdict_fn, _asdict, 0, 0, nt_asdict);
static NATIVE_METHOD(nt_repr_fn, __repr__, 0, 0, nt_repr);

/* CPython's checks, in its order and words: 0 = valid, else the ValueError's text */
static const char *name_problem(Value s) {
    if (obj_call_method0(s, V_MKNAME(N_isidentifier)) != V_TRUE)
        return "Type names and field names must be valid identifiers: %r";
    size_t n;
    const char *d = str_data(s, &n);
    if (lex_is_keyword_name(d, n)) return "Type names and field names cannot be a keyword: %r";
    return NULL;
}

static Value call_method2(Value obj, uint16_t name, Value a, Value b) {
    Value m[2], args[3];
    obj_load_method(obj, V_MKNAME(name), m);
    int k = 0;
    if (m[1]) args[k++] = m[1];
    args[k++] = a;
    args[k++] = b;
    return obj_call(m[0], args, k, V_NULL);
}

static Value nt_namedtuple(Value *args, int nargs, Value kw) {
    static const uint16_t names[] = {N_typename, N_field_names, N_rename, N_defaults, N_module};
    Value a[5];
    arg_parse("namedtuple", args, nargs, kw, 2, names, 5, a);
    if (!a[0] || !a[1]) exc_raise_msg(&exc_TypeError, "namedtuple() missing required argument '%s'", a[0] ? "field_names" : "typename");
    Value typename = a[0], spec = a[1];
    bool rename = a[2] && obj_truthy(a[2]);
    /* "x y", "x, y" or an iterable of names */
    if (str_is(spec)) spec = obj_call_method0(call_method2(spec, N_replace, V_MKNAME(N__comma), V_MKNAME(N__space)), V_MKNAME(N_split));
    Value fields = list_from_iter(spec);
    size_t nf = list_len(fields);
    Value *f = list_items(fields);
    if (!str_is(typename)) exc_raise_msg(&exc_TypeError, "Type names and field names must be strings");
    for (size_t i = 0; i < nf; i++) {
        if (!str_is(f[i])) exc_raise_msg(&exc_TypeError, "Type names and field names must be strings");
        f[i] = str_intern(f[i]);
    }
    if (rename) {
        /* bad, private or repeated names become _index (repeats are judged on the given names) */
        Value given = tuple_from_array(f, nf);
        for (size_t i = 0; i < nf; i++) {
            Value g = tuple_items(given)[i];
            size_t n;
            const char *d = str_data(g, &n);
            bool dup = false;
            for (size_t j = 0; j < i; j++) dup |= tuple_items(given)[j] == g;
            if (name_problem(g) || (n && d[0] == '_') || dup) f[i] = str_intern(str_printf("_%d", (int)i));
        }
    }
    for (size_t i = 0; i <= nf; i++) {
        Value s = i == 0 ? typename : f[i - 1];
        const char *msg = name_problem(s);
        if (msg) exc_raise_msg(&exc_ValueError, msg, s);
    }
    for (size_t i = 0; i < nf; i++) {
        size_t n;
        if (!rename && str_data(f[i], &n)[0] == '_') exc_raise_msg(&exc_ValueError, "Field names cannot start with an underscore: %r", f[i]);
        for (size_t j = 0; j < i; j++)
            if (f[j] == f[i]) exc_raise_msg(&exc_ValueError, "Encountered duplicate field name: %r", f[i]);
    }
    Value field_tuple = tuple_from_array(f, nf);
    Value defaults = dict_new(0);
    if (a[3] && a[3] != V_NONE) {
        Value dt = tuple_from_iter(a[3]);
        size_t nd = tuple_len(dt);
        if (nd > nf) exc_raise_msg(&exc_TypeError, "Got more default values than field names");
        for (size_t i = 0; i < nd; i++) dict_set(defaults, f[nf - nd + i], tuple_items(dt)[i]);
    }
    Value ns = dict_new(8 + nf);
    Value mod = a[4] && a[4] != V_NONE ? a[4] : V_NULL;
    if (!mod && vm.frame && vm.frame->func) mod = map_get(dict_map(vm.frame->func->globals), V_MKNAME(N___name__));
    if (mod) dict_set(ns, V_MKNAME(N___module__), mod);
    dict_set(ns, V_MKNAME(N___qualname__), typename);
    dict_set(ns, V_MKNAME(N___new__), V_FROMPTR(&nt_new_sm));
    dict_set(ns, V_MKNAME(N___repr__), V_FROMPTR(&nt_repr_fn));
    dict_set(ns, V_MKNAME(N___match_args__), field_tuple);
    dict_set(ns, V_MKNAME(N__asdict), V_FROMPTR(&nt_asdict_fn));
    dict_set(ns, V_MKNAME(N__field_defaults), defaults);
    dict_set(ns, V_MKNAME(N__fields), field_tuple);
    dict_set(ns, V_MKNAME(N__make), V_FROMPTR(&nt_make_cm));
    dict_set(ns, V_MKNAME(N__replace), V_FROMPTR(&nt_replace_fn));
    for (size_t i = 0; i < nf; i++) {
        ItemGetter *g = gc_alloc(sizeof(ItemGetter), 0);
        g->base.type = &tuplegetter_type;
        g->index = (Int)i;
        dict_set(ns, f[i], obj_call1(V_FROMPTR(&property_type), V_FROMPTR(g)));
    }
    Value base = V_FROMPTR(&tuple_type);
    return type_new_class(&type_type, typename, tuple_from_array(&base, 1), ns);
}

static NATIVE_FN_KW(namedtuple_fn, namedtuple, 0, 2, nt_namedtuple);

static const MapEntry collections_table[] = {
    {V_MKNAME(N_Counter), V_FROMPTR(&counter_type)},
    {V_MKNAME(N_OrderedDict), V_FROMPTR(&ordereddict_type)},
    {V_MKNAME(N___name__), V_MKNAME(N_collections)},
    {V_MKNAME(N_defaultdict), V_FROMPTR(&defaultdict_type)},
    {V_MKNAME(N_deque), V_FROMPTR(&deque_type)},
    METHOD_ENTRY(namedtuple, namedtuple_fn),
};
MODULE_CONST(mod_collections, collections_table);
