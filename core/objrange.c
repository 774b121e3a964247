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

static Int slice_bound(Value v, const char *what) {
    (void)what;
    if (V_IS_INT(v)) return V_INT(v);
    if (!int_is_int(v) && !type_lookup(type_of(v), V_MKNAME(N___index__)))
        exc_raise_msg(&exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    Value i = int_is_int(v) ? v : obj_unary_op(UOP_INDEX, v);
    Int r;
    if (int_to_machine(i, &r)) return r;
    return int_sign(i) < 0 ? SMALLINT_MIN : SMALLINT_MAX;
}

bool slice_indices(Value slice, Int length, SliceIdx *out) {
    if (!is_type(slice, &slice_type)) return false;
    Slice *s = V_PTR(slice);
    Int step = s->step == V_NONE ? 1 : slice_bound(s->step, "step");
    if (step == 0) exc_raise_msg(&exc_ValueError, "slice step cannot be zero");
    Int start, stop;
    Int lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
    if (s->start == V_NONE) start = step < 0 ? upper : lower;
    else {
        start = slice_bound(s->start, "start");
        if (start < 0) { start += length; if (start < lower) start = lower; }
        else if (start > upper) start = upper;
    }
    if (s->stop == V_NONE) stop = step < 0 ? lower : upper;
    else {
        stop = slice_bound(s->stop, "stop");
        if (stop < 0) { stop += length; if (stop < lower) stop = lower; }
        else if (stop > upper) stop = upper;
    }
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
    if (nargs < 1 || nargs > 3) exc_raise_msg(&exc_TypeError, nargs < 1 ? "slice expected at least 1 argument, got 0" : "slice expected at most 3 arguments, got %d", nargs);
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
    Int len = obj_get_int(a[1]);
    if (len < 0) exc_raise_msg(&exc_ValueError, "length should not be negative");
    SliceIdx s;
    slice_indices(a[0], len, &s);
    Value r[3] = {int_from_int(s.start), int_from_int(s.stop), int_from_int(s.step)};
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

Value range_new(Int start, Int stop, Int step) {
    Range *r = gc_alloc(sizeof(Range), 0);
    r->base.type = &range_type;
    r->start = start;
    r->stop = stop;
    r->step = step;
    return V_FROMPTR(r);
}

Int range_len(const Range *r) {
    if (r->step > 0) return r->start < r->stop ? (Int)(((UInt)r->stop - (UInt)r->start - 1) / (UInt)r->step + 1) : 0;
    return r->stop < r->start ? (Int)(((UInt)r->start - (UInt)r->stop - 1) / (UInt)(-r->step) + 1) : 0;
}

static Int range_arg(Value v) {
    if (V_IS_INT(v)) return V_INT(v);
    if (!int_is_int(v) && !type_lookup(type_of(v), V_MKNAME(N___index__)))
        exc_raise_msg(&exc_TypeError, "'%s' object cannot be interpreted as an integer", obj_type_name(v));
    Value i = int_is_int(v) ? v : obj_unary_op(UOP_INDEX, v);
    Int r;
    if (!int_to_machine(i, &r) || !int_fits_small(r))
        exc_raise_msg(&exc_OverflowError, "Python int too large to convert to C ssize_t");
    return r;
}

static Value range_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    (void)t;
    arg_check_no_kw("range", kwnames);
    if (nargs < 1) exc_raise_msg(&exc_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3) exc_raise_msg(&exc_TypeError, "range expected at most 3 arguments, got %d", nargs);
    Int start = 0, stop, step = 1;
    if (nargs == 1) stop = range_arg(args[0]);
    else {
        start = range_arg(args[0]);
        stop = range_arg(args[1]);
        if (nargs == 3) step = range_arg(args[2]);
    }
    if (step == 0) exc_raise_msg(&exc_ValueError, "range() arg 3 must not be zero");
    return range_new(start, stop, step);
}

static void range_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    Range *r = V_PTR(self);
    if (r->step == 1) print_fmt(p, "range(%D, %D)", r->start, r->stop);
    else print_fmt(p, "range(%D, %D, %D)", r->start, r->stop, r->step);
}

static Value range_unary(UnaryOp op, Value self) {
    Range *r = V_PTR(self);
    switch (op) {
    case UOP_LEN: return V_MKINT(range_len(r));
    case UOP_BOOL: return V_BOOL(range_len(r) != 0);
    case UOP_HASH: {
        Int len = range_len(r);
        Value t[3] = {V_MKINT(len), len ? V_MKINT(r->start) : V_NONE, len > 1 ? V_MKINT(r->step) : V_NONE};
        return V_MKINT(tuple_hash(tuple_from_array(t, 3)));
    }
    default: return V_NULL;
    }
}

static bool range_has(Range *r, Value x, Int *index) {
    Int v;
    if (V_IS_INT(x)) v = V_INT(x);
    else if (int_is_int(x)) { if (!int_to_machine(x, &v)) return false; }
    else return false;
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return false;
    if ((v - r->start) % r->step != 0) return false;
    if (index) *index = (v - r->start) / r->step;
    return true;
}

static Value range_binary(BinaryOp op, Value a, Value b) {
    op = (BinaryOp)(op & ~OP_REFLECTED);
    if (op == OP_CONTAINS) {
        Range *r = V_PTR(a);
        if (int_is_int(b)) return V_BOOL(range_has(r, b, NULL));
        return V_NULL;   /* equality against other types: iterate */
    }
    if (op == OP_EQ || op == OP_NE) {
        if (!is_type(a, &range_type) || !is_type(b, &range_type)) return V_NOTIMPL;
        Range *x = V_PTR(a), *y = V_PTR(b);
        Int lx = range_len(x), ly = range_len(y);
        bool eq = lx == ly && (lx == 0 || (x->start == y->start && (lx == 1 || x->step == y->step)));
        return V_BOOL(eq == (op == OP_EQ));
    }
    return V_NULL;
}

static Value range_subscr(Value self, Value index, Value value) {
    if (value != V_NULL) return V_NULL;
    Range *r = V_PTR(self);
    Int len = range_len(r);
    SliceIdx s;
    if (!V_IS_INT(index) && slice_indices(index, len, &s)) {
        return range_new(r->start + s.start * r->step, r->start + (s.start + s.len * s.step) * r->step, r->step * s.step);
    }
    UInt i = seq_index(index, (UInt)len, "range object");
    return int_from_int(r->start + (Int)i * r->step);
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

Value range_iter_new(Int start, Int step, Int count) {
    RangeIter *it = gc_alloc(sizeof(RangeIter), 0);
    it->base.type = &range_iter_type;
    it->cur = start;
    it->step = step;
    it->remaining = count;
    return V_FROMPTR(it);
}

static Value range_getiter(Value self, IterBuf *buf) {
    (void)buf;
    Range *r = V_PTR(self);
    return range_iter_new(r->start, r->step, range_len(r));
}

static void range_attr(Value self, Value name, Value *dest) {
    if (dest[1] != V_SENTINEL_METHOD) return;
    Range *r = V_PTR(self);
    switch (V_IS_NAME(name) ? V_NAME(name) : 0) {
    case N_start: dest[0] = V_MKINT(r->start); break;
    case N_stop: dest[0] = V_MKINT(r->stop); break;
    case N_step: dest[0] = V_MKINT(r->step); break;
    default: return;
    }
    dest[1] = V_NULL;
}

static Value rg_count(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Range *r = V_PTR(a[0]);
    if (int_is_int(a[1])) return V_MKINT(range_has(r, a[1], NULL));
    Int c = 0;
    Value it = range_getiter(a[0], NULL), x;
    while ((x = obj_iternext(it))) if (obj_equal(x, a[1])) c++;
    return V_MKINT(c);
}

static Value rg_index(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Range *r = V_PTR(a[0]);
    Int i;
    if (int_is_int(a[1]) && range_has(r, a[1], &i)) return V_MKINT(i);
    if (!int_is_int(a[1])) {
        Int k = 0;
        Value it = range_getiter(a[0], NULL), x;
        while ((x = obj_iternext(it))) { if (obj_equal(x, a[1])) return V_MKINT(k); k++; }
    }
    exc_raise_msg(&exc_ValueError, "%r is not in range", a[1]);
}

static Value rg_reversed(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Range *r = V_PTR(a[0]);
    Int len = range_len(r);
    return range_iter_new(r->start + (len - 1) * r->step, -r->step, len);
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
