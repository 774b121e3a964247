/* The heapq module: binary min-heaps kept in lists, with CPython's algorithms (the same
 * comparisons in the same order, so results match CPython's, ties included).
 *
 * nlargest/nsmallest decorate items as CPython's heapq.py does ((item, order) or
 * (key, order, item) tuples) and merge keeps [value, order, iterator] lists, so that the
 * ordering of equal items falls out of ordinary tuple/list comparison exactly as there. */
#include "runtime.h"
#include "vm.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objlist.h"
#include "objtuple.h"
#include "objdict.h"
#include "objfun.h"
#include "objmodule.h"

/* a < b for a min-heap, b < a for a max-heap */
static bool hq_less(Value a, Value b, bool max) { return max ? obj_less(b, a) : obj_less(a, b); }

static List *hq_list(Value v, const char *fname, bool one_arg) {
    if (!is_instance_of(v, &list_type)) {
        if (one_arg) exc_raise_msg(&exc_TypeError, "%s() argument must be list, not %T", fname, v);
        exc_raise_msg(&exc_TypeError, "%s() argument 1 must be list, not %T", fname, v);
    }
    return V_PTR(v);
}

/* A comparison may run Python code that changes the list. */
static void hq_check(List *l, size_t n) {
    if (l->len != n) exc_raise_msg(&exc_RuntimeError, "list changed size during iteration");
}

/* Moves the item at pos up towards startpos while it is smaller than its parent. */
static void hq_siftdown(List *l, size_t startpos, size_t pos, bool max) {
    size_t n = l->len;
    Value item = l->items[pos];
    while (pos > startpos) {
        size_t parentpos = (pos - 1) >> 1;
        Value parent = l->items[parentpos];
        bool lt = hq_less(item, parent, max);
        hq_check(l, n);
        if (!lt) break;
        l->items[pos] = parent;
        pos = parentpos;
    }
    l->items[pos] = item;
}

/* Moves the item at pos down to a leaf along the smaller children, then back up (the
 * bottom-up variant CPython uses: fewer comparisons on average). */
static void hq_siftup(List *l, size_t pos, bool max) {
    size_t n = l->len, startpos = pos;
    Value item = l->items[pos];
    size_t child = 2 * pos + 1;
    while (child < n) {
        size_t right = child + 1;
        if (right < n) {
            bool lt = hq_less(l->items[child], l->items[right], max);
            hq_check(l, n);
            if (!lt) child = right;
        }
        l->items[pos] = l->items[child];
        pos = child;
        child = 2 * pos + 1;
    }
    l->items[pos] = item;
    hq_siftdown(l, startpos, pos, max);
}

static void hq_heapify(List *l, bool max) {
    for (size_t i = l->len / 2; i > 0; i--) hq_siftup(l, i - 1, max);
}

static Value hq_pop(List *l, bool max) {
    if (l->len == 0) exc_raise_msg(&exc_IndexError, "index out of range");
    Value last = l->items[--l->len];
    l->items[l->len] = V_NULL;
    if (l->len == 0) return last;
    Value top = l->items[0];
    l->items[0] = last;
    hq_siftup(l, 0, max);
    return top;
}

static Value hq_replace(List *l, Value item, bool max) {
    if (l->len == 0) exc_raise_msg(&exc_IndexError, "index out of range");
    Value top = l->items[0];
    l->items[0] = item;
    hq_siftup(l, 0, max);
    return top;
}

static Value heapq_heappush(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    List *l = hq_list(args[0], "heappush", false);
    list_append(args[0], args[1]);
    hq_siftdown(l, 0, l->len - 1, false);
    return V_NONE;
}

static Value heapq_heappop(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    return hq_pop(hq_list(args[0], "heappop", true), false);
}

static Value heapq_heapify(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    hq_heapify(hq_list(args[0], "heapify", true), false);
    return V_NONE;
}

static Value heapq_heapreplace(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    return hq_replace(hq_list(args[0], "heapreplace", false), args[1], false);
}

static Value heapq_heappushpop(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    List *l = hq_list(args[0], "heappushpop", false);
    Value item = args[1];
    if (l->len == 0) return item;
    Value top = l->items[0];
    bool lt = obj_less(top, item);
    if (l->len == 0) exc_raise_msg(&exc_IndexError, "index out of range");
    if (!lt) return item;
    l->items[0] = item;
    hq_siftup(l, 0, false);
    return top;
}

/* nlargest(n, iterable, key=None) and nsmallest: heapq.py's algorithm. */
static Value hq_nbest(Value *args, int nargs, Value kw, bool largest) {
    static const uint16_t names[] = {N_n, N_iterable, N_key};
    const char *fname = largest ? "nlargest" : "nsmallest";
    Value a[3];
    arg_parse(fname, args, nargs, kw, 3, names, 3, a);
    if (!a[0] || !a[1]) exc_raise_msg(&exc_TypeError, "%s() missing required argument '%s'", fname, a[0] ? "iterable" : "n");
    Value key = a[2] && a[2] != V_NONE ? a[2] : V_NULL;
    Value iterable = a[1];
    /* n is compared with len() and counted against, as in heapq.py */
    if (!V_IS_INT(a[0])) {
        Value len = obj_len_maybe(iterable);
        if (len) obj_truthy(obj_binary_op(OP_GE, a[0], len));   /* the TypeError heapq.py raises */
    }
    Int n = obj_get_int(a[0]);
    if (n == 1) {
        Value it = obj_getiter(iterable, NULL), x, best = V_NULL, bestk = V_NULL;
        while ((x = obj_iternext(it))) {
            Value k = key ? obj_call1(key, x) : x;
            if (!best || obj_truthy(obj_binary_op(largest ? OP_GT : OP_LT, k, bestk))) { best = x; bestk = k; }
        }
        return best ? list_from_array(&best, 1) : list_new(0);
    }
    Value len = obj_len_maybe(iterable);
    if (len && n >= V_INT(len)) {
        Value l = list_from_iter(iterable);
        list_sort(l, key, largest);
        List *ll = V_PTR(l);
        if (n < 0) n = 0;
        if ((size_t)n < ll->len) ll->len = (size_t)n;
        return l;
    }
    Value it = obj_getiter(iterable, NULL), x;
    Value result = list_new(0);
    Int order = 0, step = largest ? -1 : 1;
    /* the first n items, decorated */
    for (Int i = 0; i < n && (x = obj_iternext(it)); i++, order += step) {
        Value t[3] = {key ? obj_call1(key, x) : x, V_MKINT(order), x};
        list_append(result, tuple_from_array(t, key ? 3 : 2));
    }
    List *l = V_PTR(result);
    if (l->len == 0) return result;
    /* nsmallest keeps a max-heap of the best so far, nlargest a min-heap */
    bool max = !largest;
    hq_heapify(l, max);
    Value top = tuple_items(l->items[0])[0];
    while ((x = obj_iternext(it))) {
        Value k = key ? obj_call1(key, x) : x;
        if (largest ? obj_less(top, k) : obj_less(k, top)) {
            Value t[3] = {k, V_MKINT(order), x};
            hq_replace(l, tuple_from_array(t, key ? 3 : 2), max);
            top = tuple_items(l->items[0])[0];
            order += step;
        }
    }
    list_sort(result, V_NULL, largest);
    for (size_t i = 0; i < l->len; i++) l->items[i] = tuple_items(l->items[i])[key ? 2 : 0];
    return result;
}

static Value heapq_nlargest(Value *args, int nargs, Value kw) { return hq_nbest(args, nargs, kw, true); }
static Value heapq_nsmallest(Value *args, int nargs, Value kw) { return hq_nbest(args, nargs, kw, false); }

/* ---------------- merge ---------------- */

/* The iterator merge() returns.  The heap holds one list per input that is not exhausted:
 * [value, order, iterator], or [key(value), order, value, iterator] with a key. */
typedef struct {
    Object base;
    Value iterables;   /* tuple, until the first next() */
    Value heap;        /* list */
    Value key;         /* V_NULL: none */
    bool reverse;
    bool started;      /* heap[0] was yielded: advance its iterator first */
} Merge;

static Value merge_next(Value self) {
    vm_check_stack();   /* merge(merge(merge(...))) nests in C */
    Merge *m = V_PTR(self);
    size_t w = m->key ? 4 : 3;   /* entry width; the iterator is last, the value before it */
    if (!m->heap) {
        /* inputs are opened at the first next(), as the generator does */
        m->heap = list_new(0);
        size_t n = tuple_len(m->iterables);
        for (size_t i = 0; i < n; i++) {
            Value it = obj_getiter(tuple_items(m->iterables)[i], NULL);
            Value x = obj_iternext(it);
            if (!x) continue;
            Value e = list_new(w);
            Value *items = list_items(e);
            items[0] = m->key ? obj_call1(m->key, x) : x;
            items[1] = V_MKINT(m->reverse ? -(Int)i : (Int)i);
            items[w - 2] = x;
            items[w - 1] = it;
            list_append(m->heap, e);
        }
        m->iterables = V_NULL;
        hq_heapify(V_PTR(m->heap), m->reverse);
    }
    List *h = V_PTR(m->heap);
    if (m->started && h->len) {
        Value e = h->items[0];
        Value *items = list_items(e);
        Value x = obj_iternext(items[w - 1]);
        if (x) {
            items[0] = m->key ? obj_call1(m->key, x) : x;
            items[w - 2] = x;
            hq_replace(h, e, m->reverse);
        } else {
            hq_pop(h, m->reverse);
        }
    }
    if (h->len == 0) return V_NULL;
    m->started = true;
    return list_items(h->items[0])[w - 2];
}

static Value merge_iter(Value self, IterBuf *buf) { (void)buf; return self; }

static const Type merge_type = {
    .type = &type_type, .name = V_MKNAME(N_generator), .base = &object_type, .flags = TF_ITER_SELF,
    .getiter = merge_iter, .iternext = merge_next,
};

static Value heapq_merge(Value *args, int nargs, Value kw) {
    static const uint16_t names[] = {N_key, N_reverse};
    Value opt[2];
    arg_parse("merge", args + nargs, 0, kw, 0, names, 2, opt);
    Merge *m = gc_alloc(sizeof(Merge), 0);
    m->base.type = &merge_type;
    m->iterables = tuple_from_array(args, (size_t)nargs);
    m->key = opt[0] && opt[0] != V_NONE ? opt[0] : V_NULL;
    m->reverse = opt[1] ? obj_truthy(opt[1]) : false;
    return V_FROMPTR(m);
}

static NATIVE_FN(heapq_heappush_fn, heappush, 2, 2, heapq_heappush);
static NATIVE_FN(heapq_heappop_fn, heappop, 1, 1, heapq_heappop);
static NATIVE_FN(heapq_heapify_fn, heapify, 1, 1, heapq_heapify);
static NATIVE_FN(heapq_heapreplace_fn, heapreplace, 2, 2, heapq_heapreplace);
static NATIVE_FN(heapq_heappushpop_fn, heappushpop, 2, 2, heapq_heappushpop);
static NATIVE_FN_KW(heapq_nlargest_fn, nlargest, 0, 3, heapq_nlargest);
static NATIVE_FN_KW(heapq_nsmallest_fn, nsmallest, 0, 3, heapq_nsmallest);
static NATIVE_FN_KW(heapq_merge_fn, merge, 0, NARGS_ANY, heapq_merge);

static const MapEntry heapq_table[] = {
    {V_MKNAME(N___name__), V_MKNAME(N_heapq)},
    METHOD_ENTRY(heapify, heapq_heapify_fn),
    METHOD_ENTRY(heappop, heapq_heappop_fn),
    METHOD_ENTRY(heappush, heapq_heappush_fn),
    METHOD_ENTRY(heappushpop, heapq_heappushpop_fn),
    METHOD_ENTRY(heapreplace, heapq_heapreplace_fn),
    METHOD_ENTRY(merge, heapq_merge_fn),
    METHOD_ENTRY(nlargest, heapq_nlargest_fn),
    METHOD_ENTRY(nsmallest, heapq_nsmallest_fn),
};
MODULE_CONST(mod_heapq, heapq_table);
