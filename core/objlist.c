/* list */
#include <string.h>
#include "objlist.h"
#include "objtuple.h"
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objint.h"
#include "objfun.h"
#include "objdict.h"
#include "objtype.h"
#include "seq.h"
#include "objfloat.h"
#include "objstr.h"
#include "objiter.h"

static List *L(Value v) { return V_PTR(v); }

static void list_reserve(List *l, size_t n) {
    if (n <= l->alloc) return;
    size_t alloc = l->alloc ? l->alloc + l->alloc / 2 + 2 : 4;
    if (alloc < n) alloc = n;
    l->items = gc_realloc(l->items, alloc * sizeof(Value), 0);
    l->alloc = alloc;
}

Value list_new(size_t n) {
    List *l = gc_alloc(sizeof(List), 0);
    l->base.type = &list_type;
    if (n) {
        l->items = gc_alloc(n * sizeof(Value), 0);
        l->alloc = n;
        for (size_t i = 0; i < n; i++) l->items[i] = V_NONE;
    }
    l->len = n;
    return V_FROMPTR(l);
}

Value list_from_array(const Value *items, size_t n) {
    Value r = list_new(0);
    if (n) {
        List *l = L(r);
        l->items = gc_alloc(n * sizeof(Value), 0);
        l->alloc = n;
        memcpy(l->items, items, n * sizeof(Value));
        l->len = n;
    }
    return r;
}

void list_append(Value list, Value item) {
    List *l = L(list);
    if (l->len == l->alloc) list_reserve(l, l->len + 1);
    l->items[l->len++] = item;
}

void list_extend(Value list, Value iterable) {
    Value *items;
    size_t n;
    if (seq_get_items(iterable, &items, &n)) {
        List *l = L(list);
        list_reserve(l, l->len + n);
        /* items may be l's own (l.extend(l)): reread after reserving */
        seq_get_items(iterable, &items, &n);
        memmove(l->items + l->len, items, n * sizeof(Value));
        l->len += n;
        return;
    }
    Value it = obj_getiter(iterable, NULL), x;
    while ((x = obj_iternext(it))) list_append(list, x);
}

Value list_from_iter(Value iterable) {
    Value r = list_new(0);
    Value lenv = V_NULL;
    if (!is_type(iterable, &list_type) && !is_type(iterable, &tuple_type)) {
        const Type *t = type_of(iterable);
        if (!type_is_heap(t)) lenv = obj_len_maybe(iterable);
    }
    if (lenv && V_IS_INT(lenv) && V_INT(lenv) > 0) list_reserve(L(r), (size_t)V_INT(lenv));
    list_extend(r, iterable);
    return r;
}

Value list_pop(Value list, Int index) {
    List *l = L(list);
    if (l->len == 0) exc_raise_msg(&exc_IndexError, "pop from empty list");
    if (index < 0) index += (Int)l->len;
    if (index < 0 || (UInt)index >= l->len) exc_raise_msg(&exc_IndexError, "pop index out of range");
    Value v = l->items[index];
    memmove(l->items + index, l->items + index + 1, (l->len - (size_t)index - 1) * sizeof(Value));
    l->len--;
    l->items[l->len] = V_NULL;
    if (l->alloc > 16 && l->len < l->alloc / 4) {
        l->alloc = l->alloc / 2;
        l->items = gc_realloc(l->items, l->alloc * sizeof(Value), 0);
    }
    return v;
}

/* ---- sorting: a stable merge sort (insertion sort on short runs) ---- */

/* Keys all of one exact built-in type are compared without dispatch (as CPython does). */
enum { SORT_ANY, SORT_INT, SORT_FLOAT, SORT_STR };

typedef struct {
    Value *keys, *vals;
    bool reverse;
    uint8_t kind;
} SortCtx;

static inline bool key_less(const SortCtx *s, Value x, Value y) {
    switch (s->kind) {
    case SORT_INT: return (Int)x < (Int)y;   /* tagged words keep the order of the ints */
    case SORT_FLOAT: return float_value(x) < float_value(y);
    case SORT_STR: return str_compare(x, y) < 0;
    default: return obj_less(x, y);
    }
}

/* "x should come before y": for reverse sorts, ties keep their order too */
static inline bool before(SortCtx *s, Value x, Value y) {
    return s->reverse ? key_less(s, y, x) : key_less(s, x, y);
}

static uint8_t sort_kind(const Value *keys, size_t n) {
    bool ints = true, floats = true, strs = true;
    for (size_t i = 0; i < n && (ints || floats || strs); i++) {
        Value k = keys[i];
        ints = ints && V_IS_INT(k);
        floats = floats && V_IS_PTR(k) && V_OBJ(k)->type == &float_type;
        strs = strs && (V_IS_NAME(k) || (V_IS_PTR(k) && V_OBJ(k)->type == &str_type));
    }
    return ints ? SORT_INT : floats ? SORT_FLOAT : strs ? SORT_STR : SORT_ANY;
}

static void insertion_sort(SortCtx *s, size_t lo, size_t hi) {
    for (size_t i = lo + 1; i < hi; i++) {
        Value k = s->keys[i], v = s->vals ? s->vals[i] : V_NULL;
        size_t j = i;
        while (j > lo && before(s, k, s->keys[j - 1])) {
            s->keys[j] = s->keys[j - 1];
            if (s->vals) s->vals[j] = s->vals[j - 1];
            j--;
        }
        s->keys[j] = k;
        if (s->vals) s->vals[j] = v;
    }
}

static void merge_sort(SortCtx *s, Value *tk, Value *tv, size_t lo, size_t hi) {
    if (hi - lo <= 16) {
        insertion_sort(s, lo, hi);
        return;
    }
    size_t mid = lo + (hi - lo) / 2;
    merge_sort(s, tk, tv, lo, mid);
    merge_sort(s, tk, tv, mid, hi);
    if (!before(s, s->keys[mid], s->keys[mid - 1])) return;  /* already in order */
    memcpy(tk + lo, s->keys + lo, (mid - lo) * sizeof(Value));
    if (s->vals) memcpy(tv + lo, s->vals + lo, (mid - lo) * sizeof(Value));
    size_t i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (before(s, s->keys[j], tk[i])) {
            s->keys[k] = s->keys[j];
            if (s->vals) s->vals[k] = s->vals[j];
            j++;
        } else {
            s->keys[k] = tk[i];
            if (s->vals) s->vals[k] = tv[i];
            i++;
        }
        k++;
    }
    while (i < mid) {
        s->keys[k] = tk[i];
        if (s->vals) s->vals[k] = tv[i];
        i++;
        k++;
    }
}

void values_sort(Value *items, size_t n, Value key, bool reverse) {
    if (n < 2 && key == V_NULL) return;
    SortCtx s = {items, NULL, reverse, SORT_ANY};
    Value *keys = NULL;
    if (key != V_NULL && key != V_NONE) {
        keys = gc_alloc(n * sizeof(Value), 0);
        for (size_t i = 0; i < n; i++) keys[i] = obj_call1(key, items[i]);
        s.keys = keys;
        s.vals = items;
    }
    if (n < 2) return;
    s.kind = sort_kind(s.keys, n);
    Value *tk = gc_alloc(n * sizeof(Value), 0);
    Value *tv = s.vals ? gc_alloc(n * sizeof(Value), 0) : NULL;
    merge_sort(&s, tk, tv, 0, n);
    gc_free(tk);
    if (tv) gc_free(tv);
    if (keys) gc_free(keys);
}

void list_sort(Value list, Value key, bool reverse) {
    List *l = L(list);
    /* the list is empty while it is sorted, so that changes by key functions are seen */
    Value *items = l->items;
    size_t n = l->len, alloc = l->alloc;
    l->items = NULL;
    l->len = l->alloc = 0;
    ExcFrame ef;
    if (EXC_TRY(ef)) {
        values_sort(items, n, key, reverse);
        exc_end(&ef);
    } else {
        l->items = items;
        l->len = n;
        l->alloc = alloc;
        exc_raise(ef.exc);
    }
    bool modified = l->len != 0 || l->items != NULL;
    l->items = items;
    l->len = n;
    l->alloc = alloc;
    if (modified) exc_raise_msg(&exc_ValueError, "list modified during sort");
}

/* ---- type slots ---- */

static Value list_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    arg_check_no_kw_name(V_MKNAME(N_list), kwnames);
    if (t != &list_type) {
        Value r = obj_new_instance(t);
        return r;   /* __init__ fills a subclass instance */
    }
    if (nargs > 1) exc_raise_msg(&exc_TypeError, "list expected at most 1 argument, got %d", nargs);
    return nargs ? list_from_iter(args[0]) : list_new(0);
}

static Value l_init(Value *args, int nargs, Value kwnames) {
    (void)kwnames;
    if (nargs > 2) exc_raise_msg(&exc_TypeError, "list expected at most 1 argument, got %d", nargs - 1);
    List *l = L(args[0]);
    l->len = 0;
    if (nargs == 2) list_extend(args[0], args[1]);
    return V_NONE;
}

static void list_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    if (!repr_enter(self)) { print_cstr(p, "[...]"); return; }
    List *l = L(self);
    print_char(p, '[');
    for (size_t i = 0; i < l->len; i++) {
        if (i) print_cstr(p, ", ");
        obj_print(p, l->items[i], PRINT_REPR);
    }
    print_char(p, ']');
    repr_leave();
}

static Value list_unary(UnaryOp op, Value self) {
    switch (op) {
    case UOP_BOOL: return V_BOOL(L(self)->len != 0);
    case UOP_LEN: return V_MKINT(L(self)->len);
    case UOP_HASH: exc_raise_msg(&exc_TypeError, "unhashable type: '%T'", self);
    default: return V_NULL;
    }
}

static Value list_repeat(Value self, Int n) {
    List *l = L(self);
    if (n <= 0 || l->len == 0) return list_new(0);
    if ((UInt)n > (UInt)(SMALLINT_MAX / (Int)l->len)) exc_raise_memory_error();
    size_t total = l->len * (size_t)n;
    Value r = list_new(0);
    List *rl = L(r);
    rl->items = gc_alloc(total * sizeof(Value), 0);
    rl->alloc = total;
    for (Int i = 0; i < n; i++) memcpy(rl->items + (size_t)i * l->len, l->items, l->len * sizeof(Value));
    rl->len = total;
    return r;
}

static Value list_binary(BinaryOp op, Value a, Value b) {
    bool refl = (op & OP_REFLECTED) != 0;
    op = (BinaryOp)(op & ~OP_REFLECTED);
    Value self = refl ? b : a;
    switch (op) {
    case OP_CONTAINS:
        return V_BOOL(seq_contains(L(a)->items, L(a)->len, b));
    case OP_ADD: {
        if (!is_instance_of(a, &list_type) || !is_instance_of(b, &list_type)) {
            return V_NULL;   /* the other operand may have __radd__; obj.c words the error */
        }
        List *x = L(a), *y = L(b);
        Value r = list_new(0);
        List *rl = L(r);
        size_t n = x->len + y->len;
        if (n) {
            rl->items = gc_alloc(n * sizeof(Value), 0);
            rl->alloc = n;
            memcpy(rl->items, x->items, x->len * sizeof(Value));
            memcpy(rl->items + x->len, y->items, y->len * sizeof(Value));
            rl->len = n;
        }
        return r;
    }
    case OP_IADD:
        if (refl) return V_NULL;
        list_extend(a, b);
        return a;
    case OP_MUL: case OP_IMUL: {
        Value other = refl ? a : b;
        if (!int_is_int(other) && !type_lookup(type_of(other), V_MKNAME(N___index__))) return V_NULL;
        Int n = obj_get_ssize(other);
        if (op == OP_IMUL && !refl) {
            List *l = L(self);
            if (n <= 0) { l->len = 0; return self; }
            size_t len = l->len;
            if (len && (UInt)n > (UInt)(SMALLINT_MAX / (Int)len)) exc_raise_memory_error();
            list_reserve(l, len * (size_t)n);
            for (Int i = 1; i < n; i++) memcpy(l->items + (size_t)i * len, l->items, len * sizeof(Value));
            l->len = len * (size_t)n;
            return self;
        }
        return list_repeat(self, n);
    }
    case OP_LT: case OP_LE: case OP_EQ: case OP_NE: case OP_GT: case OP_GE: {
        if (!is_instance_of(a, &list_type) || !is_instance_of(b, &list_type)) return V_NOTIMPL;
        List *x = L(a), *y = L(b);
        if (refl) return seq_compare(op, y->items, y->len, x->items, x->len);
        return seq_compare(op, x->items, x->len, y->items, y->len);
    }
    default:
        return V_NULL;
    }
}

static void slice_assign(Value self, SliceIdx *s, Value value) {
    List *l = L(self);
    Value src = value == self ? list_from_array(l->items, l->len) : value;
    Value *items;
    size_t n;
    Value tmp = V_NULL;
    if (!seq_get_items(src, &items, &n)) {
        if (!obj_is_iterable(src))
            exc_raise_msg(&exc_TypeError, "can only assign an iterable");
        tmp = list_from_iter(src);
        items = list_items(tmp);
        n = list_len(tmp);
    }
    if (s->step == 1) {
        Int start = s->start, stop = s->start + s->len;
        size_t old = (size_t)(stop - start);
        size_t newlen = l->len - old + n;
        if (n > old) list_reserve(l, newlen);
        memmove(l->items + start + n, l->items + stop, (l->len - (size_t)stop) * sizeof(Value));
        memcpy(l->items + start, items, n * sizeof(Value));
        l->len = newlen;
        return;
    }
    if ((Int)n != s->len)
        exc_raise_msg(&exc_ValueError, "attempt to assign sequence of size %d to extended slice of size %d", (int)n, (int)s->len);
    for (Int i = 0; i < s->len; i++) l->items[s->start + i * s->step] = items[i];
}

static void slice_delete(Value self, SliceIdx *s) {
    List *l = L(self);
    if (s->len <= 0) return;
    if (s->step < 0) {
        /* delete the same items walking forward */
        s->start = s->start + (s->len - 1) * s->step;
        s->step = -s->step;
    }
    size_t w = (size_t)s->start;
    Int next = s->start, k = 0;
    for (size_t r = (size_t)s->start; r < l->len; r++) {
        if ((Int)r == next && k < s->len) {
            k++;
            next += s->step;
            continue;
        }
        l->items[w++] = l->items[r];
    }
    for (size_t i = w; i < l->len; i++) l->items[i] = V_NULL;
    l->len = w;
}

static Value list_subscr(Value self, Value index, Value value) {
    List *l = L(self);
    if (V_IS_INT(index)) {
        Int i = V_INT(index);
        if (i < 0) i += (Int)l->len;
        if (i < 0 || (UInt)i >= l->len) {
            if (value == V_NULL) exc_raise_msg(&exc_IndexError, "list index out of range");
            exc_raise_msg(&exc_IndexError, "list assignment index out of range");
        }
        if (value == V_NULL) return l->items[i];
        if (value == V_SENTINEL_DELETE) { list_pop(self, i); return V_NONE; }
        l->items[i] = value;
        return V_NONE;
    }
    SliceIdx s;
    if (slice_indices(index, (Int)l->len, &s)) {
        if (value == V_NULL) {
            Value r = list_new(0);
            if (s.len > 0) {
                List *rl = L(r);
                rl->items = gc_alloc((size_t)s.len * sizeof(Value), 0);
                rl->alloc = (size_t)s.len;
                for (Int i = 0; i < s.len; i++) rl->items[i] = l->items[s.start + i * s.step];
                rl->len = (size_t)s.len;
            }
            return r;
        }
        if (value == V_SENTINEL_DELETE) slice_delete(self, &s);
        else slice_assign(self, &s, value);
        return V_NONE;
    }
    if (value != V_NULL && !int_is_int(index) && !type_lookup(type_of(index), V_MKNAME(N___index__)))
        exc_raise_msg(&exc_TypeError, "list indices must be integers or slices, not %T", index);
    UInt i = seq_index(index, l->len, value == V_NULL ? "list" : "list assignment");
    if (value == V_NULL) return l->items[i];
    if (value == V_SENTINEL_DELETE) { list_pop(self, (Int)i); return V_NONE; }
    l->items[i] = value;
    return V_NONE;
}

static Value list_iter_next(Value self) {
    struct { Object base; Value seq; size_t index; } *it = V_PTR(self);
    List *l = L(it->seq);
    if (it->index < l->len) return l->items[it->index++];
    it->index = (size_t)-1 >> 1;
    return V_NULL;
}

static Value iter_self(Value self, IterBuf *buf) { (void)buf; return self; }

const Type list_iter_type = {
    .type = &type_type, .name = V_MKNAME(N_list_iterator), .base = &object_type, .flags = TF_ITER_SELF,
    .getiter = iter_self, .iternext = list_iter_next,
};

static Value list_getiter(Value self, IterBuf *buf) {
    (void)buf;
    return seq_iter_new(&list_iter_type, self);
}

/* ---- methods ---- */

static Value l_append(Value *a, int n, Value kw) { (void)n; (void)kw; list_append(a[0], a[1]); return V_NONE; }
static Value l_extend(Value *a, int n, Value kw) { (void)n; (void)kw; list_extend(a[0], a[1]); return V_NONE; }

static Value l_insert(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    List *l = L(a[0]);
    Int i = obj_get_int(a[1]);
    if (i < 0) { i += (Int)l->len; if (i < 0) i = 0; }
    if ((UInt)i > l->len) i = (Int)l->len;
    list_reserve(l, l->len + 1);
    memmove(l->items + i + 1, l->items + i, (l->len - (size_t)i) * sizeof(Value));
    l->items[i] = a[2];
    l->len++;
    return V_NONE;
}

static Value l_remove(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    List *l = L(a[0]);
    Int i = seq_find(l->items, l->len, a[1], 0, (Int)l->len);
    if (i < 0) exc_raise_msg(&exc_ValueError, "list.remove(x): x not in list");
    list_pop(a[0], i);
    return V_NONE;
}

static Value l_pop(Value *a, int n, Value kw) {
    (void)kw;
    return list_pop(a[0], n > 1 ? obj_get_int(a[1]) : -1);
}

static Value l_clear(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    List *l = L(a[0]);
    l->len = 0;
    l->alloc = 0;
    l->items = NULL;
    return V_NONE;
}

static Value l_index(Value *a, int n, Value kw) {
    (void)kw;
    List *l = L(a[0]);
    Int start, stop;
    seq_index_range(a + 2, n - 2, l->len, &start, &stop);
    Int i = seq_find(l->items, l->len, a[1], start, stop);
    if (i < 0) exc_raise_msg(&exc_ValueError, "%r is not in list", a[1]);
    return V_MKINT(i);
}

static Value l_count(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    return V_MKINT(seq_count(L(a[0])->items, L(a[0])->len, a[1]));
}

static Value l_sort(Value *a, int n, Value kw) {
    static const uint16_t names[] = {N_key, N_reverse};
    Value opt[2];
    if (n > 1) exc_raise_msg(&exc_TypeError, "sort() takes no positional arguments");
    arg_parse("sort", a + 1, 0, kw, 0, names, 2, opt);
    list_sort(a[0], opt[0] ? opt[0] : V_NULL, opt[1] ? obj_truthy(opt[1]) : false);
    return V_NONE;
}

static Value l_reverse(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    List *l = L(a[0]);
    for (size_t i = 0; i < l->len / 2; i++) {
        Value t = l->items[i];
        l->items[i] = l->items[l->len - 1 - i];
        l->items[l->len - 1 - i] = t;
    }
    return V_NONE;
}

static Value l_copy(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    return list_from_array(L(a[0])->items, L(a[0])->len);
}

static Value l_getitem(Value *a, int n, Value kw) { (void)n; (void)kw; return list_subscr(a[0], a[1], V_NULL); }
static Value l_setitem(Value *a, int n, Value kw) { (void)n; (void)kw; list_subscr(a[0], a[1], a[2]); return V_NONE; }
static Value l_delitem(Value *a, int n, Value kw) { (void)n; (void)kw; list_subscr(a[0], a[1], V_SENTINEL_DELETE); return V_NONE; }
static Value l_len(Value *a, int n, Value kw) { (void)n; (void)kw; return V_MKINT(L(a[0])->len); }
static Value l_contains(Value *a, int n, Value kw) { (void)n; (void)kw; return list_binary(OP_CONTAINS, a[0], a[1]); }
static Value l_iter(Value *a, int n, Value kw) { (void)n; (void)kw; return list_getiter(a[0], NULL); }
static Value l_repr(Value *a, int n, Value kw) { (void)n; (void)kw; return obj_repr(list_from_array(L(a[0])->items, L(a[0])->len)); }
/* walks the list backwards by index (no copy) */
static Value l_reversed(Value *a, int n, Value kw) { (void)n; (void)kw; return reversed_new(a[0]); }
static Value l_iadd(Value *a, int n, Value kw) { (void)n; (void)kw; list_extend(a[0], a[1]); return a[0]; }
static Value l_add(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Value r = list_binary(OP_ADD, a[0], a[1]);
    if (!r) exc_raise_msg(&exc_TypeError, "can only concatenate list (not \"%T\") to list", a[1]);
    return r;
}
static Value l_eq(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Value r = list_binary(OP_EQ, a[0], a[1]);
    return r ? r : V_NOTIMPL;
}

static NATIVE_METHOD(l_append_fn, append, 1, 1, l_append);
static NATIVE_METHOD(l_extend_fn, extend, 1, 1, l_extend);
static NATIVE_METHOD(l_insert_fn, insert, 2, 2, l_insert);
static NATIVE_METHOD(l_remove_fn, remove, 1, 1, l_remove);
static NATIVE_METHOD(l_pop_fn, pop, 0, 1, l_pop);
static NATIVE_METHOD(l_clear_fn, clear, 0, 0, l_clear);
static NATIVE_METHOD(l_index_fn, index, 1, 3, l_index);
static NATIVE_METHOD(l_count_fn, count, 1, 1, l_count);
static NATIVE_METHOD_KW(l_sort_fn, sort, 0, 0, l_sort);
static NATIVE_METHOD(l_reverse_fn, reverse, 0, 0, l_reverse);
static NATIVE_METHOD(l_copy_fn, copy, 0, 0, l_copy);
static NATIVE_METHOD(l_getitem_fn, __getitem__, 1, 1, l_getitem);
static NATIVE_METHOD(l_setitem_fn, __setitem__, 2, 2, l_setitem);
static NATIVE_METHOD(l_delitem_fn, __delitem__, 1, 1, l_delitem);
static NATIVE_METHOD(l_len_fn, __len__, 0, 0, l_len);
static NATIVE_METHOD(l_contains_fn, __contains__, 1, 1, l_contains);
static NATIVE_METHOD(l_iter_fn, __iter__, 0, 0, l_iter);
static NATIVE_METHOD(l_repr_fn, __repr__, 0, 0, l_repr);
static NATIVE_METHOD(l_reversed_fn, __reversed__, 0, 0, l_reversed);
static NATIVE_METHOD(l_iadd_fn, __iadd__, 1, 1, l_iadd);
static NATIVE_METHOD(l_add_fn, __add__, 1, 1, l_add);
static NATIVE_METHOD(l_eq_fn, __eq__, 1, 1, l_eq);
static NATIVE_FN(l_init_fn, __init__, 1, 2, l_init);

static const MapEntry list_table[] = {
    METHOD_ENTRY(__add__, l_add_fn),
    METHOD_ENTRY(__contains__, l_contains_fn),
    METHOD_ENTRY(__delitem__, l_delitem_fn),
    METHOD_ENTRY(__eq__, l_eq_fn),
    METHOD_ENTRY(__getitem__, l_getitem_fn),
    METHOD_ENTRY(__iadd__, l_iadd_fn),
    METHOD_ENTRY(__init__, l_init_fn),
    METHOD_ENTRY(__iter__, l_iter_fn),
    METHOD_ENTRY(__len__, l_len_fn),
    METHOD_ENTRY(__repr__, l_repr_fn),
    METHOD_ENTRY(__reversed__, l_reversed_fn),
    METHOD_ENTRY(__setitem__, l_setitem_fn),
    METHOD_ENTRY(append, l_append_fn),
    METHOD_ENTRY(clear, l_clear_fn),
    METHOD_ENTRY(copy, l_copy_fn),
    METHOD_ENTRY(count, l_count_fn),
    METHOD_ENTRY(extend, l_extend_fn),
    METHOD_ENTRY(index, l_index_fn),
    METHOD_ENTRY(insert, l_insert_fn),
    METHOD_ENTRY(pop, l_pop_fn),
    METHOD_ENTRY(remove, l_remove_fn),
    METHOD_ENTRY(reverse, l_reverse_fn),
    METHOD_ENTRY(sort, l_sort_fn),
};
static const Dict list_locals = DICT_CONST_INIT(list_table);

const Type list_type = {
    .type = &type_type, .name = V_MKNAME(N_list), .flags = TF_BASETYPE, .base = &object_type,
    .instance_size = sizeof(List), .dict = V_FROMPTR(&list_locals),
    .print = list_print, .make_new = list_make_new, .unary_op = list_unary, .binary_op = list_binary,
    .subscr = list_subscr, .getiter = list_getiter,
};
