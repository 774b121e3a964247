/* tuple, and what tuples and lists share: comparison, iteration, hashing. */
#include <string.h>
#include "objtuple.h"
#include "objlist.h"
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objint.h"
#include "objfun.h"
#include "objdict.h"
#include "objtype.h"
#include "seq.h"

const Tuple empty_tuple_obj = {{&tuple_type}, 0};

Value tuple_new(size_t n) {
    if (n == 0) return V_EMPTY_TUPLE;
    Tuple *t = gc_alloc(sizeof(Tuple) + n * sizeof(Value), 0);
    t->base.type = &tuple_type;
    t->len = n;
    for (size_t i = 0; i < n; i++) t->items[i] = V_NONE;
    return V_FROMPTR(t);
}

Value tuple_from_array(const Value *items, size_t n) {
    if (n == 0) return V_EMPTY_TUPLE;
    Tuple *t = gc_alloc(sizeof(Tuple) + n * sizeof(Value), 0);
    t->base.type = &tuple_type;
    t->len = n;
    memcpy(t->items, items, n * sizeof(Value));
    return V_FROMPTR(t);
}

Value tuple_from_iter(Value iterable) {
    if (is_type(iterable, &tuple_type)) return iterable;
    Value *items;
    size_t n;
    if (seq_get_items(iterable, &items, &n)) return tuple_from_array(items, n);
    Value l = list_from_iter(iterable);
    return tuple_from_array(list_items(l), list_len(l));
}

bool seq_get_items(Value seq, Value **items, size_t *n) {
    if (!V_IS_PTR(seq)) return false;
    const Type *t = V_OBJ(seq)->type;
    if (t == &tuple_type || (t->flags & TF_HEAP && type_is_subtype(t, &tuple_type))) {
        *items = ((Tuple *)V_PTR(seq))->items;
        *n = ((Tuple *)V_PTR(seq))->len;
        return true;
    }
    if (t == &list_type || (t->flags & TF_HEAP && type_is_subtype(t, &list_type))) {
        *items = ((List *)V_PTR(seq))->items;
        *n = ((List *)V_PTR(seq))->len;
        return true;
    }
    return false;
}

/* ---- shared sequence helpers (seq.h) ---- */

Value seq_compare(BinaryOp op, const Value *a, size_t na, const Value *b, size_t nb) {
    if ((op == OP_EQ || op == OP_NE) && na != nb) return V_BOOL(op == OP_NE);
    size_t i = 0;
    for (; i < na && i < nb; i++) {
        if (a[i] == b[i]) continue;
        if (!obj_equal(a[i], b[i])) break;
    }
    if (i >= na || i >= nb) {
        switch (op) {
        case OP_LT: return V_BOOL(na < nb);
        case OP_LE: return V_BOOL(na <= nb);
        case OP_EQ: return V_BOOL(na == nb);
        case OP_NE: return V_BOOL(na != nb);
        case OP_GT: return V_BOOL(na > nb);
        default: return V_BOOL(na >= nb);
        }
    }
    if (op == OP_EQ) return V_FALSE;
    if (op == OP_NE) return V_TRUE;
    return obj_binary_op(op, a[i], b[i]);
}

Int seq_count(const Value *items, size_t n, Value x) {
    Int c = 0;
    for (size_t i = 0; i < n; i++)
        if (items[i] == x || obj_equal(items[i], x)) c++;
    return c;
}

Int seq_find(const Value *items, size_t n, Value x, Int start, Int stop) {
    for (Int i = start; i < stop && (size_t)i < n; i++)
        if (items[i] == x || obj_equal(items[i], x)) return i;
    return -1;
}

bool seq_contains(const Value *items, size_t n, Value x) {
    for (size_t i = 0; i < n; i++)
        if (items[i] == x || obj_equal(items[i], x)) return true;
    return false;
}

void seq_print(Print *p, const Value *items, size_t n, char open, char close, bool trailing_comma) {
    print_char(p, open);
    for (size_t i = 0; i < n; i++) {
        if (i) print_cstr(p, ", ");
        obj_print(p, items[i], PRINT_REPR);
    }
    if (trailing_comma && n == 1) print_char(p, ',');
    print_char(p, close);
}

/* index arguments of .index(x, start, stop) normalised for length n */
/* A start or stop of index()/count(): an int of any size (clipped) or __index__, counted from
 * the end when negative. */
static Int seq_bound(Value v, size_t n) {
    if (!int_is_int(v) && !type_lookup(type_of(v), V_MKNAME(N___index__)))
        exc_raise_msg(&exc_TypeError, "slice indices must be integers or have an __index__ method");
    Value i = obj_index(v);
    Int r;
    if (!int_to_machine(i, &r)) return int_sign(i) < 0 ? 0 : (Int)n;
    if (r < 0) { r += (Int)n; if (r < 0) r = 0; }
    return r;
}

void seq_index_range(Value *args, int nargs, size_t n, Int *start, Int *stop) {
    *start = nargs > 0 ? seq_bound(args[0], n) : 0;
    *stop = nargs > 1 ? seq_bound(args[1], n) : (Int)n;
}

/* ---- hashing (CPython's algorithm, so that hash(tuple) matches) ---- */

#if UINTPTR_MAX > 0xFFFFFFFFu
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) ((x << 31) | (x >> 33))
#else
#define XXPRIME_1 2654435761UL
#define XXPRIME_2 2246822519UL
#define XXPRIME_5 374761393UL
#define XXROTATE(x) ((x << 13) | (x >> 19))
#endif

Int tuple_hash(Value t) {
    size_t n = tuple_len(t);
    Value *items = tuple_items(t);
    UInt acc = XXPRIME_5;
    for (size_t i = 0; i < n; i++) {
        UInt lane = (UInt)obj_hash(items[i]);
        acc += lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (UInt)-1) return 1546275796;
    return (Int)acc;
}

/* ---- iterator over a tuple or list ---- */

typedef struct {
    Object base;
    Value seq;
    size_t index;
} SeqIterator;

static Value tuple_iter_next(Value self) {
    SeqIterator *it = V_PTR(self);
    Tuple *t = V_PTR(it->seq);
    if (it->index < t->len) return t->items[it->index++];
    return V_NULL;
}

static Value iter_self(Value self, IterBuf *buf) { (void)buf; return self; }

const Type tuple_iter_type = {
    .type = &type_type, .name = V_MKNAME(N_tuple_iterator), .base = &object_type, .flags = TF_ITER_SELF,
    .getiter = iter_self, .iternext = tuple_iter_next,
};

Value seq_iter_new(const Type *t, Value seq) {
    SeqIterator *it = gc_alloc(sizeof(SeqIterator), 0);
    it->base.type = t;
    it->seq = seq;
    return V_FROMPTR(it);
}

/* ---- the tuple type ---- */

static Value tuple_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    arg_check_no_kw_name(V_MKNAME(N_tuple), kwnames);
    if (nargs > 1) exc_raise_msg(&exc_TypeError, "tuple expected at most 1 argument, got %d", nargs);
    Value r = nargs ? tuple_from_iter(args[0]) : V_EMPTY_TUPLE;
    if (t != &tuple_type) {
        size_t n = tuple_len(r);
        Tuple *s = gc_alloc(sizeof(Tuple) + n * sizeof(Value), 0);
        s->base.type = t;
        s->len = n;
        memcpy(s->items, tuple_items(r), n * sizeof(Value));
        return V_FROMPTR(s);
    }
    return r;
}

static void tuple_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    Tuple *t = V_PTR(self);
    if (!repr_enter(self)) { print_cstr(p, "(...)"); return; }
    seq_print(p, t->items, t->len, '(', ')', true);
    repr_leave();
}

static Value tuple_unary(UnaryOp op, Value self) {
    Tuple *t = V_PTR(self);
    switch (op) {
    case UOP_BOOL: return V_BOOL(t->len != 0);
    case UOP_LEN: return V_MKINT(t->len);
    case UOP_HASH: return V_MKINT(tuple_hash(self));   /* obj_hash calls tuple_hash for all bits */
    default: return V_NULL;
    }
}

static Value tuple_binary(BinaryOp op, Value a, Value b) {
    bool refl = (op & OP_REFLECTED) != 0;
    op = (BinaryOp)(op & ~OP_REFLECTED);
    Value self = refl ? b : a;
    Tuple *t = V_PTR(self);
    switch (op) {
    case OP_CONTAINS:
        return V_BOOL(seq_contains(t->items, t->len, b));
    case OP_ADD: case OP_IADD: {
        if (!is_instance_of(a, &tuple_type) || !is_instance_of(b, &tuple_type)) {
            return V_NULL;   /* the other operand may have __radd__; obj.c words the error */
        }
        Tuple *x = V_PTR(a), *y = V_PTR(b);
        if (y->len == 0 && x->base.type == &tuple_type) return a;
        if (x->len == 0 && y->base.type == &tuple_type) return b;
        Value r = tuple_new(x->len + y->len);
        memcpy(tuple_items(r), x->items, x->len * sizeof(Value));
        memcpy(tuple_items(r) + x->len, y->items, y->len * sizeof(Value));
        return r;
    }
    case OP_MUL: case OP_IMUL: {
        Value other = refl ? a : b;
        if (!int_is_int(other) && !type_lookup(type_of(other), V_MKNAME(N___index__))) return V_NULL;
        Int n = obj_get_ssize(other);
        if (n <= 0 || t->len == 0) return V_EMPTY_TUPLE;
        if (n == 1 && t->base.type == &tuple_type) return self;
        if ((UInt)n > (UInt)(SMALLINT_MAX / (Int)t->len)) exc_raise_memory_error();
        Value r = tuple_new(t->len * (size_t)n);
        for (Int i = 0; i < n; i++) memcpy(tuple_items(r) + (size_t)i * t->len, t->items, t->len * sizeof(Value));
        return r;
    }
    case OP_LT: case OP_LE: case OP_EQ: case OP_NE: case OP_GT: case OP_GE: {
        if (!is_instance_of(a, &tuple_type) || !is_instance_of(b, &tuple_type)) return V_NOTIMPL;
        Tuple *x = V_PTR(a), *y = V_PTR(b);
        if (refl) {
            /* we are b; op is seen from b (b op a) */
            return seq_compare(op, y->items, y->len, x->items, x->len);
        }
        return seq_compare(op, x->items, x->len, y->items, y->len);
    }
    default:
        return V_NULL;
    }
}

static Value tuple_subscr(Value self, Value index, Value value) {
    if (value != V_NULL) return V_NULL;
    Tuple *t = V_PTR(self);
    if (V_IS_INT(index)) {
        Int i = V_INT(index);
        if (i < 0) i += (Int)t->len;
        if (i < 0 || (UInt)i >= t->len) exc_raise_msg(&exc_IndexError, "tuple index out of range");
        return t->items[i];
    }
    SliceIdx s;
    if (slice_indices(index, (Int)t->len, &s)) {
        if (s.step == 1 && s.start == 0 && s.len == (Int)t->len && t->base.type == &tuple_type) return self;
        Value r = tuple_new((size_t)s.len);
        for (Int i = 0; i < s.len; i++) tuple_items(r)[i] = t->items[s.start + i * s.step];
        return r;
    }
    return t->items[seq_index(index, t->len, "tuple")];
}

static Value tuple_getiter(Value self, IterBuf *buf) {
    (void)buf;
    return seq_iter_new(&tuple_iter_type, self);
}

static Value t_count(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Tuple *t = V_PTR(a[0]);
    return V_MKINT(seq_count(t->items, t->len, a[1]));
}

static Value t_index(Value *a, int n, Value kw) {
    (void)kw;
    Tuple *t = V_PTR(a[0]);
    Int start, stop;
    seq_index_range(a + 2, n - 2, t->len, &start, &stop);
    Int i = seq_find(t->items, t->len, a[1], start, stop);
    if (i < 0) exc_raise_msg(&exc_ValueError, "tuple.index(x): x not in tuple");
    return V_MKINT(i);
}

static Value t_getitem(Value *a, int n, Value kw) { (void)n; (void)kw; return tuple_subscr(a[0], a[1], V_NULL); }
static Value t_len(Value *a, int n, Value kw) { (void)n; (void)kw; return V_MKINT(tuple_len(a[0])); }
static Value t_contains(Value *a, int n, Value kw) { (void)n; (void)kw; return tuple_binary(OP_CONTAINS, a[0], a[1]); }
static Value t_iter(Value *a, int n, Value kw) { (void)n; (void)kw; return tuple_getiter(a[0], NULL); }
static Value t_getnewargs(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Value x = tuple_from_array(tuple_items(a[0]), tuple_len(a[0]));
    return tuple_from_array(&x, 1);
}

static NATIVE_METHOD(t_count_fn, count, 1, 1, t_count);
static NATIVE_METHOD(t_index_fn, index, 1, 3, t_index);
static NATIVE_METHOD(t_getitem_fn, __getitem__, 1, 1, t_getitem);
static NATIVE_METHOD(t_len_fn, __len__, 0, 0, t_len);
static NATIVE_METHOD(t_contains_fn, __contains__, 1, 1, t_contains);
static NATIVE_METHOD(t_iter_fn, __iter__, 0, 0, t_iter);
static NATIVE_METHOD(t_getnewargs_fn, __getnewargs__, 0, 0, t_getnewargs);

static const MapEntry tuple_table[] = {
    METHOD_ENTRY(__contains__, t_contains_fn),
    METHOD_ENTRY(__getitem__, t_getitem_fn),
    METHOD_ENTRY(__getnewargs__, t_getnewargs_fn),
    METHOD_ENTRY(__iter__, t_iter_fn),
    METHOD_ENTRY(__len__, t_len_fn),
    METHOD_ENTRY(count, t_count_fn),
    METHOD_ENTRY(index, t_index_fn),
};
static const Dict tuple_locals = DICT_CONST_INIT(tuple_table);

const Type tuple_type = {
    .type = &type_type, .name = V_MKNAME(N_tuple), .flags = TF_BASETYPE, .base = &object_type,
    .dict = V_FROMPTR(&tuple_locals),
    .print = tuple_print, .make_new = tuple_make_new, .unary_op = tuple_unary, .binary_op = tuple_binary,
    .subscr = tuple_subscr, .getiter = tuple_getiter,
};
