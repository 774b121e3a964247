/* range and slice */
#include <string.h>
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objint.h"
#include "objtuple.h"
#include "objdict.h"
#include "objfun.h"
#include "objtype.h"
#include "objrange.h"

/* ---------------- slice ---------------- */

typedef struct {
    Object base;
    Value start, stop, step;
} Slice;

Value slice_new(Value start, Value stop, Value step) {
    Slice *s = gc_alloc(sizeof(Slice), 0);
    s->base.type = &slice_type;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return V_FROMPTR(s);
}

/* A slice bound as an int of any size (None handled by the caller). */
static Value slice_bound(Value v) {
    if (!int_is_int(v) && !type_lookup(type_of(v), V_MKNAME(N___index__)))
        exc_raise_msg(&exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    return obj_index(v);
}

static Value slice_clamp(Value v, Value dflt, Value length, Value lower, Value upper) {
    if (v == V_NONE) return dflt;
    v = slice_bound(v);
    if (int_sign(v) < 0) {
        v = int_binary_op(OP_ADD, v, length);
        if (int_compare(v, lower) < 0) v = lower;
    } else if (int_compare(v, upper) > 0) {
        v = upper;
    }
    return v;
}

/* start, stop and step of a slice over a sequence of the given length, as ints of any size
 * (CPython's slice.indices()). */
static void slice_long_indices(Value slice, Value length, Value out[3]) {
    Slice *s = V_PTR(slice);
    Value step = s->step == V_NONE ? V_MKINT(1) : slice_bound(s->step);
    if (int_sign(step) == 0) exc_raise_msg(&exc_ValueError, "slice step cannot be zero");
    bool neg = int_sign(step) < 0;
    Value lower = neg ? V_MKINT(-1) : V_MKINT(0);
    Value upper = neg ? int_binary_op(OP_SUB, length, V_MKINT(1)) : length;
    out[0] = slice_clamp(s->start, neg ? upper : lower, length, lower, upper);
    out[1] = slice_clamp(s->stop, neg ? lower : upper, length, lower, upper);
    out[2] = step;
}

bool slice_indices(Value slice, Int length, SliceIdx *out) {
    if (!is_type(slice, &slice_type)) return false;
    Value v[3];
    slice_long_indices(slice, V_MKINT(length), v);
    /* start and stop now lie in -1..length; a huge step takes one item at most */
    Int start = V_INT(v[0]), stop = V_INT(v[1]);
    Int step = V_IS_INT(v[2]) ? V_INT(v[2]) : int_sign(v[2]) < 0 ? -SMALLINT_MAX : SMALLINT_MAX;
    Int len;
    if (step > 0) len = start < stop ? (stop - start - 1) / step + 1 : 0;
    else len = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
    out->start = start;
    out->stop = stop;
    out->step = step;
    out->len = len;
    return true;
}

static Value slice_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    (void)t;
    arg_check_no_kw("slice", kwnames);
    arg_check_count(V_MKNAME(N_slice), nargs, 1, 3);
    if (nargs == 1) return slice_new(V_NONE, args[0], V_NONE);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : V_NONE);
}

static void slice_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    Slice *s = V_PTR(self);
    print_fmt(p, "slice(%r, %r, %r)", s->start, s->stop, s->step);
}

static void slice_attr(Value self, Value name, Value *dest) {
    if (dest[1] != V_SENTINEL_METHOD) return;
    Slice *s = V_PTR(self);
    switch (V_IS_NAME(name) ? V_NAME(name) : 0) {
    case N_start: dest[0] = s->start; break;
    case N_stop: dest[0] = s->stop; break;
    case N_step: dest[0] = s->step; break;
    default: return;
    }
    dest[1] = V_NULL;
}

static Value slice_binary(BinaryOp op, Value a, Value b) {
    op = (BinaryOp)(op & ~OP_REFLECTED);
    if (!is_type(a, &slice_type) || !is_type(b, &slice_type)) return V_NOTIMPL;
    Slice *x = V_PTR(a), *y = V_PTR(b);
    Value ta[3] = {x->start, x->stop, x->step}, tb[3] = {y->start, y->stop, y->step};
    if (op < OP_LT || op > OP_GE) return V_NULL;
    extern Value seq_compare(BinaryOp, const Value *, size_t, const Value *, size_t);
    return seq_compare(op, ta, 3, tb, 3);
}

static Value sl_indices(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Value len = obj_index(a[1]);
    if (int_sign(len) < 0) exc_raise_msg(&exc_ValueError, "length should not be negative");
    Value r[3];
    slice_long_indices(a[0], len, r);
    return tuple_from_array(r, 3);
}

static NATIVE_METHOD(sl_indices_fn, indices, 1, 1, sl_indices);
static const MapEntry slice_table[] = { METHOD_ENTRY(indices, sl_indices_fn) };
static const Dict slice_locals = DICT_CONST_INIT(slice_table);

static Value slice_unary(UnaryOp op, Value self) {
    (void)self;
    if (op == UOP_HASH) exc_raise_msg(&exc_TypeError, "unhashable type: 'slice'");
    return V_NULL;
}

const Type slice_type = {
    .type = &type_type, .name = V_MKNAME(N_slice), .base = &object_type, .dict = V_FROMPTR(&slice_locals),
    .print = slice_print, .make_new = slice_make_new, .attr = slice_attr, .binary_op = slice_binary,
    .unary_op = slice_unary,
};

/* ---------------- range ---------------- */

/* Bounds are ints of any size (range(10**20) works; only len() of it overflows).  Iteration
 * over a range of small ints runs through RangeIter, which the VM's FORITER steps inline. */

static Value iadd(Value a, Value b) { return int_binary_op(OP_ADD, a, b); }
static Value imul(Value a, Value b) { return int_binary_op(OP_MUL, a, b); }

static Value range_new(Value start, Value stop, Value step) {
    Range *r = gc_alloc(sizeof(Range), 0);
    r->base.type = &range_type;
    r->start = start;
    r->stop = stop;
    r->step = step;
    if (V_IS_INT(start) && V_IS_INT(stop) && V_IS_INT(step)) {
        Int a = V_INT(start), b = V_INT(stop), s = V_INT(step);
        UInt n = 0;
        if (s > 0 && a < b) n = ((UInt)b - (UInt)a - 1) / (UInt)s + 1;
        else if (s < 0 && b < a) n = ((UInt)a - (UInt)b - 1) / (0 - (UInt)s) + 1;
        r->len = int_from_uint(n);
    } else {
        /* (hi - lo - 1) // |step| + 1 when lo < hi */
        Value lo = start, hi = stop;
        if (int_sign(step) < 0) { lo = stop; hi = start; step = int_unary_op(UOP_NEG, step); }
        r->len = int_compare(lo, hi) >= 0 ? V_MKINT(0) :
            iadd(int_binary_op(OP_FLOORDIV, int_binary_op(OP_SUB, int_binary_op(OP_SUB, hi, lo), V_MKINT(1)), step),
                 V_MKINT(1));
    }
    return V_FROMPTR(r);
}

static Value range_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    (void)t;
    arg_check_no_kw("range", kwnames);
    arg_check_count(V_MKNAME(N_range), nargs, 1, 3);
    Value start = V_MKINT(0), stop, step = V_MKINT(1);
    if (nargs == 1) stop = obj_index(args[0]);
    else {
        start = obj_index(args[0]);
        stop = obj_index(args[1]);
        if (nargs == 3) step = obj_index(args[2]);
    }
    if (int_sign(step) == 0) exc_raise_msg(&exc_ValueError, "range() arg 3 must not be zero");
    return range_new(start, stop, step);
}

static void range_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    Range *r = V_PTR(self);
    print_fmt(p, "range(%r, %r", r->start, r->stop);
    if (r->step != V_MKINT(1)) print_fmt(p, ", %r", r->step);
    print_char(p, ')');
}

static Value range_unary(UnaryOp op, Value self) {
    Range *r = V_PTR(self);
    switch (op) {
    case UOP_LEN:
        if (!V_IS_INT(r->len)) exc_raise_msg(&exc_OverflowError, "Python int too large to convert to C ssize_t");
        return r->len;
    case UOP_BOOL: return V_BOOL(r->len != V_MKINT(0));
    case UOP_HASH: {
        /* hash((len, start, step)), with None for what an empty or 1-long range ignores */
        bool empty = r->len == V_MKINT(0);
        Value t[3] = {r->len, empty ? V_NONE : r->start, empty || r->len == V_MKINT(1) ? V_NONE : r->step};
        return V_MKINT(tuple_hash(tuple_from_array(t, 3)));
    }
    default: return V_NULL;
    }
}

/* Where int x sits in the range (its index), or V_NULL. */
static Value range_find(Range *r, Value x) {
    x = int_value_of(x);
    bool up = int_sign(r->step) > 0;
    if (up ? (int_compare(x, r->start) < 0 || int_compare(x, r->stop) >= 0)
           : (int_compare(x, r->start) > 0 || int_compare(x, r->stop) <= 0)) return V_NULL;
    Value d = int_binary_op(OP_SUB, x, r->start);
    if (int_sign(int_binary_op(OP_MOD, d, r->step)) != 0) return V_NULL;
    return int_binary_op(OP_FLOORDIV, d, r->step);
}

/* CPython searches arithmetically only for exact ints and bools; anything else compares. */
static bool exact_int(Value v) { return V_IS_INT(v) || is_type(v, &int_type) || is_type(v, &bool_type); }

enum { RS_CONTAINS, RS_COUNT, RS_INDEX };
static Value range_search(Value self, Value x, int mode);

static Value range_binary(BinaryOp op, Value a, Value b) {
    op = (BinaryOp)(op & ~OP_REFLECTED);
    if (op == OP_CONTAINS) return range_search(a, b, RS_CONTAINS);
    if (op == OP_EQ || op == OP_NE) {
        if (!is_type(a, &range_type) || !is_type(b, &range_type)) return V_NOTIMPL;
        Range *x = V_PTR(a), *y = V_PTR(b);
        bool eq = int_compare(x->len, y->len) == 0 &&
                  (x->len == V_MKINT(0) || (int_compare(x->start, y->start) == 0 &&
                                            (x->len == V_MKINT(1) || int_compare(x->step, y->step) == 0)));
        return V_BOOL(eq == (op == OP_EQ));
    }
    return V_NULL;
}

static Value range_subscr(Value self, Value index, Value value) {
    if (value != V_NULL) return V_NULL;
    Range *r = V_PTR(self);
    if (is_type(index, &slice_type)) {
        Value s[3];
        slice_long_indices(index, r->len, s);
        return range_new(iadd(r->start, imul(s[0], r->step)), iadd(r->start, imul(s[1], r->step)), imul(r->step, s[2]));
    }
    if (!int_is_int(index) && !type_lookup(type_of(index), V_MKNAME(N___index__)))
        exc_raise_msg(&exc_TypeError, "range indices must be integers or slices, not %T", index);
    Value i = obj_index(index);
    if (int_sign(i) < 0) i = iadd(i, r->len);
    if (int_sign(i) < 0 || int_compare(i, r->len) >= 0) exc_raise_msg(&exc_IndexError, "range object index out of range");
    return iadd(r->start, imul(i, r->step));
}

static Value range_iter_next(Value self) {
    RangeIter *it = V_PTR(self);
    if (it->remaining <= 0) return V_NULL;
    Int v = it->cur;
    it->cur += it->step;
    it->remaining--;
    return V_MKINT(v);
}

static Value iter_self(Value self, IterBuf *buf) { (void)buf; return self; }

const Type range_iter_type = {
    .type = &type_type, .name = V_MKNAME(N_range_iterator), .base = &object_type, .flags = TF_ITER_SELF,
    .getiter = iter_self, .iternext = range_iter_next,
};

/* The iterator of ranges whose values do not all fit a small int. */
typedef struct {
    Object base;
    Value cur, step, remaining;
} LongRangeIter;

static Value longrange_iter_next(Value self) {
    LongRangeIter *it = V_PTR(self);
    if (int_sign(it->remaining) <= 0) return V_NULL;
    Value v = it->cur;
    it->cur = iadd(v, it->step);
    it->remaining = int_binary_op(OP_SUB, it->remaining, V_MKINT(1));
    return v;
}

static const Type longrange_iter_type = {
    .type = &type_type, .name = V_MKNAME(N_longrange_iterator), .base = &object_type, .flags = TF_ITER_SELF,
    .getiter = iter_self, .iternext = longrange_iter_next,
};

/* An iterator over count values from start by step; fits: they are all small ints if start and
 * step are (then the VM steps it inline). */
static Value range_iter_make(Value start, Value step, Value count, bool fits) {
    if (fits && V_IS_INT(start) && V_IS_INT(step) && V_IS_INT(count)) {
        RangeIter *it = gc_alloc(sizeof(RangeIter), 0);
        it->base.type = &range_iter_type;
        it->cur = V_INT(start);
        it->step = V_INT(step);
        it->remaining = V_INT(count);
        return V_FROMPTR(it);
    }
    LongRangeIter *it = gc_alloc(sizeof(LongRangeIter), 0);
    it->base.type = &longrange_iter_type;
    it->cur = start;
    it->step = step;
    it->remaining = count;
    return V_FROMPTR(it);
}

static Value range_getiter(Value self, IterBuf *buf) {
    (void)buf;
    Range *r = V_PTR(self);
    /* every value lies between start and stop */
    return range_iter_make(r->start, r->step, r->len, V_IS_INT(r->stop));
}

static void range_attr(Value self, Value name, Value *dest) {
    if (dest[1] != V_SENTINEL_METHOD) return;
    Range *r = V_PTR(self);
    switch (V_IS_NAME(name) ? V_NAME(name) : 0) {
    case N_start: dest[0] = r->start; break;
    case N_stop: dest[0] = r->stop; break;
    case N_step: dest[0] = r->step; break;
    default: return;
    }
    dest[1] = V_NULL;
}

/* in, count() and index(): arithmetic for ints, comparisons for anything else. */
static Value range_search(Value self, Value x, int mode) {
    Range *r = V_PTR(self);
    Value i = V_NULL;
    Int c = 0;
    if (exact_int(x)) {
        i = range_find(r, x);
        c = i != V_NULL;
    } else {
        Value it = range_getiter(self, NULL), y, k = V_MKINT(0);
        while ((y = obj_iternext(it))) {
            if (obj_equal(y, x)) {
                c++;
                if (mode != RS_COUNT) { i = k; break; }
            }
            k = iadd(k, V_MKINT(1));
        }
    }
    if (mode == RS_CONTAINS) return V_BOOL(c);
    if (mode == RS_COUNT) return V_MKINT(c);
    if (i != V_NULL) return i;
    if (exact_int(x)) exc_raise_msg(&exc_ValueError, "%r is not in range", x);
    exc_raise_msg(&exc_ValueError, "sequence.index(x): x not in sequence");
}

static Value rg_count(Value *a, int n, Value kw) { (void)n; (void)kw; return range_search(a[0], a[1], RS_COUNT); }
static Value rg_index(Value *a, int n, Value kw) { (void)n; (void)kw; return range_search(a[0], a[1], RS_INDEX); }

static Value rg_reversed(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Range *r = V_PTR(a[0]);
    Value last = iadd(r->start, imul(int_binary_op(OP_SUB, r->len, V_MKINT(1)), r->step));
    return range_iter_make(last, int_unary_op(UOP_NEG, r->step), r->len, V_IS_INT(r->start) && V_IS_INT(r->stop));
}

static NATIVE_METHOD(rg_count_fn, count, 1, 1, rg_count);
static NATIVE_METHOD(rg_index_fn, index, 1, 1, rg_index);
static NATIVE_METHOD(rg_reversed_fn, __reversed__, 0, 0, rg_reversed);
static const MapEntry range_table[] = {
    METHOD_ENTRY(__reversed__, rg_reversed_fn),
    METHOD_ENTRY(count, rg_count_fn),
    METHOD_ENTRY(index, rg_index_fn),
};
static const Dict range_locals = DICT_CONST_INIT(range_table);

const Type range_type = {
    .type = &type_type, .name = V_MKNAME(N_range), .base = &object_type, .dict = V_FROMPTR(&range_locals),
    .print = range_print, .make_new = range_make_new, .unary_op = range_unary, .binary_op = range_binary,
    .subscr = range_subscr, .getiter = range_getiter, .attr = range_attr,
};
