/* set and frozenset.  The table follows CPython's layout rules (first probes linear, then
 * perturbed; 8 slots at least; resized when 3/5 full), so that sets of ints iterate and print
 * in the same order as in CPython. */
#include <string.h>
#include "objset.h"
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objtuple.h"
#include "objlist.h"
#include "objdict.h"
#include "objfun.h"
#include "objtype.h"
#include "objint.h"
#include "seq.h"

#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static const Object dummy_obj = {&none_type};
#define DUMMY ((Value)&dummy_obj)

typedef struct {
    Value key;
    Int hash;
} SetEntry;

typedef struct {
    Object base;
    size_t fill, used, mask;
    SetEntry *table;
    Int hash;            /* frozenset: cached, -1 until computed */
} Set;

static Set *S(Value v) { return V_PTR(v); }

bool set_is(Value v) {
    return V_IS_PTR(v) && (is_instance_of(v, &set_type) || is_instance_of(v, &frozenset_type));
}

static void set_init(Set *s) {
    s->fill = s->used = 0;
    s->mask = MINSIZE - 1;
    s->table = gc_alloc(MINSIZE * sizeof(SetEntry), 0);
    s->hash = -1;
}

Value set_new(const Type *t) {
    Set *s = gc_alloc(sizeof(Set), 0);
    s->base.type = t;
    set_init(s);
    return V_FROMPTR(s);
}

static void insert_clean(SetEntry *table, size_t mask, Value key, Int hash) {
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        SetEntry *e = &table[i];
        if (e->key == V_NULL) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (size_t j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (e->key == V_NULL) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static void set_resize(Set *s, size_t minused) {
    size_t newsize = MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    SetEntry *old = s->table;
    size_t oldsize = s->mask + 1;
    SetEntry *t = gc_alloc(newsize * sizeof(SetEntry), 0);
    for (size_t i = 0; i < oldsize; i++)
        if (old[i].key != V_NULL && old[i].key != DUMMY) insert_clean(t, newsize - 1, old[i].key, old[i].hash);
    s->table = t;
    s->mask = newsize - 1;
    s->fill = s->used;
    gc_free(old);
}

static bool keys_eq(Value a, Int ha, Value b, Int hb) {
    if (a == b) return true;
    if (ha != hb) return false;
    return obj_equal(a, b);
}

/* The entry holding key, or NULL. */
static SetEntry *set_lookup(Set *s, Value key, Int hash) {
    size_t mask = s->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *e = &s->table[i];
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (;;) {
            if (e->key == V_NULL) return NULL;
            if (e->key != DUMMY && keys_eq(e->key, e->hash, key, hash)) return e;
            if (probes-- == 0) break;
            e++;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static void set_add_hash(Set *s, Value key, Int hash) {
    size_t mask = s->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    SetEntry *freeslot = NULL;
    for (;;) {
        SetEntry *e = &s->table[i];
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (;;) {
            if (e->key == V_NULL) {
                if (freeslot) {
                    freeslot->key = key;
                    freeslot->hash = hash;
                    s->used++;
                    return;
                }
                e->key = key;
                e->hash = hash;
                s->fill++;
                s->used++;
                if (s->fill * 5 >= mask * 3) set_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
                return;
            }
            if (e->key == DUMMY) {
                if (!freeslot) freeslot = e;
            } else if (keys_eq(e->key, e->hash, key, hash)) {
                return;
            }
            if (probes-- == 0) break;
            e++;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

void set_add(Value set, Value key) { set_add_hash(S(set), key, obj_hash(key)); }

bool set_contains(Value set, Value key) {
    if (set_is(key) && is_type(key, &set_type)) {
        /* a set as key: look it up as a frozenset */
        Value f = set_new(&frozenset_type);
        set_update(f, key);
        key = f;
    }
    return set_lookup(S(set), key, obj_hash(key)) != NULL;
}

bool set_discard(Value set, Value key) {
    Set *s = S(set);
    SetEntry *e = set_lookup(s, key, obj_hash(key));
    if (!e) return false;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    return true;
}

size_t set_len(Value set) { return S(set)->used; }

/* Iteration over the table; *pos starts at 0. */
Value set_next(Value set, size_t *pos) {
    Set *s = S(set);
    while (*pos <= s->mask) {
        SetEntry *e = &s->table[(*pos)++];
        if (e->key != V_NULL && e->key != DUMMY) return e->key;
    }
    return V_NULL;
}

static void set_merge(Set *s, Set *o) {
    if (o->used == 0) return;
    if ((s->fill + o->used) * 5 >= s->mask * 3) set_resize(s, (s->used + o->used) * 2);
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        /* same size, empty target: copy the layout as it is */
        memcpy(s->table, o->table, (o->mask + 1) * sizeof(SetEntry));
        s->fill = o->fill;
        s->used = o->used;
        return;
    }
    if (s->fill == 0) {
        for (size_t i = 0; i <= o->mask; i++) {
            SetEntry *e = &o->table[i];
            if (e->key != V_NULL && e->key != DUMMY) {
                insert_clean(s->table, s->mask, e->key, e->hash);
                s->fill++;
                s->used++;
            }
        }
        return;
    }
    for (size_t i = 0; i <= o->mask; i++) {
        SetEntry *e = &o->table[i];
        if (e->key != V_NULL && e->key != DUMMY) set_add_hash(s, e->key, e->hash);
    }
}

void set_update(Value set, Value iterable) {
    Set *s = S(set);
    if (set_is(iterable)) {
        set_merge(s, S(iterable));
        return;
    }
    if (dict_is(iterable)) {
        Map *m = dict_map(iterable);
        if ((s->fill + m->count) * 5 >= s->mask * 3) set_resize(s, (s->used + m->count) * 2);
        size_t pos = 0;
        MapEntry *e;
        while ((e = map_next(m, &pos))) set_add_hash(s, e->key, obj_hash(e->key));
        return;
    }
    Value it = obj_getiter(iterable, NULL), x;
    while ((x = obj_iternext(it))) set_add(set, x);
}

Value set_from_iter(Value iterable, const Type *t) {
    Value s = set_new(t);
    if (iterable != V_NULL) set_update(s, iterable);
    return s;
}

static Value set_copy_as(Value set, const Type *t) {
    Value r = set_new(t);
    set_merge(S(r), S(set));
    return r;
}

Int frozenset_hash(Value v) {
    Set *s = S(v);
    if (s->hash != -1) return s->hash;
    /* CPython's frozenset hash: the xor of each entry's shuffled hash, then mixed */
    UInt hash = 0;
    for (size_t i = 0; i <= s->mask; i++) {
        SetEntry *e = &s->table[i];
        if (e->key == V_NULL || e->key == DUMMY) continue;
        UInt h = (UInt)e->hash;
        hash ^= ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
    }
    hash ^= ((UInt)s->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (UInt)-1) hash = 590923713UL;
    s->hash = (Int)hash;
    return s->hash;
}

/* ---- operations ---- */

static Value make_like(Value a) { return set_new(type_of(a) == &frozenset_type || type_is_subtype(type_of(a), &frozenset_type) ? &frozenset_type : &set_type); }

static Value set_intersection2(Value a, Value b) {
    Value r = make_like(a);
    if (set_is(b)) {
        Value small = a, big = b;
        if (set_len(b) < set_len(a)) { small = b; big = a; }
        size_t pos = 0;
        Value k;
        while ((k = set_next(small, &pos))) {
            SetEntry *e = set_lookup(S(big), k, obj_hash(k));
            if (e) set_add_hash(S(r), k, obj_hash(k));
        }
        return r;
    }
    Value it = obj_getiter(b, NULL), x;
    while ((x = obj_iternext(it))) if (set_lookup(S(a), x, obj_hash(x))) set_add(r, x);
    return r;
}

static Value set_difference2(Value a, Value b) {
    size_t blen = set_is(b) ? set_len(b) : (dict_is(b) ? dict_map(b)->count : (size_t)-1);
    if (blen == (size_t)-1 || (set_len(a) >> 2) > blen) {
        Value r = set_copy_as(a, type_of(make_like(a)));
        Value it = obj_getiter(b, NULL), x;
        while ((x = obj_iternext(it))) set_discard(r, x);
        return r;
    }
    Value r = make_like(a);
    size_t pos = 0;
    Value k;
    while ((k = set_next(a, &pos))) {
        bool in = set_is(b) ? set_lookup(S(b), k, obj_hash(k)) != NULL : map_get(dict_map(b), k) != V_NULL;
        if (!in) set_add(r, k);
    }
    return r;
}

static Value set_symdiff2(Value a, Value b) {
    Value r = set_copy_as(a, type_of(make_like(a)));
    Value other = set_is(b) ? b : set_from_iter(b, &set_type);
    size_t pos = 0;
    Value k;
    while ((k = set_next(other, &pos))) {
        if (!set_discard(r, k)) set_add(r, k);
    }
    return r;
}

static bool set_issubset2(Value a, Value b) {
    if (set_len(a) > set_len(b)) return false;
    size_t pos = 0;
    Value k;
    while ((k = set_next(a, &pos))) if (!set_lookup(S(b), k, obj_hash(k))) return false;
    return true;
}

Value set_binary_op(BinaryOp op, Value a, Value b) {
    bool refl = (op & OP_REFLECTED) != 0;
    op = (BinaryOp)(op & ~OP_REFLECTED);
    if (op == OP_CONTAINS) return V_BOOL(set_contains(a, b));
    if (!set_is(a) || !set_is(b)) return op >= OP_LT && op <= OP_GE ? V_NOTIMPL : V_NULL;
    if (refl && op >= OP_LT && op <= OP_GE) { Value t = a; a = b; b = t; }
    else if (refl) return V_NULL;
    switch (op) {
    case OP_OR: { Value r = set_copy_as(a, type_of(make_like(a))); set_update(r, b); return r; }
    case OP_AND: return set_intersection2(a, b);
    case OP_SUB: return set_difference2(a, b);
    case OP_XOR: return set_symdiff2(a, b);
    case OP_IOR: set_update(a, b); return a;
    case OP_IAND: {
        Value r = set_intersection2(a, b);
        Set *s = S(a);
        s->table = S(r)->table; s->mask = S(r)->mask; s->fill = S(r)->fill; s->used = S(r)->used;
        return a;
    }
    case OP_ISUB: {
        if (a == b) { set_init(S(a)); return a; }
        size_t pos = 0;
        Value k;
        while ((k = set_next(b, &pos))) set_discard(a, k);
        return a;
    }
    case OP_IXOR: {
        if (a == b) { set_init(S(a)); return a; }
        size_t pos = 0;
        Value k;
        while ((k = set_next(b, &pos))) if (!set_discard(a, k)) set_add(a, k);
        return a;
    }
    case OP_EQ: return V_BOOL(set_len(a) == set_len(b) && set_issubset2(a, b));
    case OP_NE: return V_BOOL(!(set_len(a) == set_len(b) && set_issubset2(a, b)));
    case OP_LE: return V_BOOL(set_issubset2(a, b));
    case OP_LT: return V_BOOL(set_len(a) < set_len(b) && set_issubset2(a, b));
    case OP_GE: return V_BOOL(set_issubset2(b, a));
    case OP_GT: return V_BOOL(set_len(b) < set_len(a) && set_issubset2(b, a));
    default: return V_NULL;
    }
}

/* ---- slots ---- */

static Value set_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    Value name = t->name;
    if (!type_is_heap(t)) arg_check_no_kw_name(name, kwnames);
    if (nargs > 1) exc_raise_msg(&exc_TypeError, "%n expected at most 1 argument, got %d", name, nargs);
    if (t == &frozenset_type && nargs == 1 && is_type(args[0], &frozenset_type)) return args[0];
    if (type_is_heap(t) && type_is_subtype(t, &set_type)) {
        Value s = obj_new_instance(t);
        set_init(S(s));
        return s;   /* __init__ fills it */
    }
    Set *s = gc_alloc(sizeof(Set) > t->instance_size ? sizeof(Set) : t->instance_size, 0);
    s->base.type = t;
    set_init(s);
    if (nargs == 1) set_update(V_FROMPTR(s), args[0]);
    return V_FROMPTR(s);
}

static void set_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    bool frozen = is_instance_of(self, &frozenset_type);
    const Type *t = type_of(self);
    if (!repr_enter(self)) { print_fmt(p, "%n(...)", t->name); return; }
    if (set_len(self) == 0) {
        print_fmt(p, "%n()", t->name);
        repr_leave();
        return;
    }
    if (frozen || (t != &set_type)) print_fmt(p, "%n(", t->name);
    print_char(p, '{');
    size_t pos = 0;
    Value k;
    bool first = true;
    while ((k = set_next(self, &pos))) {
        if (!first) print_cstr(p, ", ");
        first = false;
        obj_print(p, k, PRINT_REPR);
    }
    print_char(p, '}');
    if (frozen || (t != &set_type)) print_char(p, ')');
    repr_leave();
}

static Value set_unary(UnaryOp op, Value self) {
    switch (op) {
    case UOP_LEN: return V_MKINT(set_len(self));
    case UOP_BOOL: return V_BOOL(set_len(self) != 0);
    case UOP_HASH:
        if (is_instance_of(self, &frozenset_type)) return V_MKINT(frozenset_hash(self));
        exc_raise_msg(&exc_TypeError, "unhashable type: '%T'", self);
    default: return V_NULL;
    }
}

typedef struct {
    Object base;
    Value set;
    size_t pos, used;
} SetIter;

static Value setiter_next(Value self) {
    SetIter *it = V_PTR(self);
    if (set_len(it->set) != it->used) {
        it->used = (size_t)-1;
        exc_raise_msg(&exc_RuntimeError, "Set changed size during iteration");
    }
    return set_next(it->set, &it->pos);
}

static Value iter_self(Value self, IterBuf *buf) { (void)buf; return self; }

const Type set_iter_type = {
    .type = &type_type, .name = V_MKNAME(N_set_iterator), .base = &object_type, .flags = TF_ITER_SELF,
    .getiter = iter_self, .iternext = setiter_next,
};

static Value set_getiter(Value self, IterBuf *buf) {
    (void)buf;
    SetIter *it = gc_alloc(sizeof(SetIter), 0);
    it->base.type = &set_iter_type;
    it->set = self;
    it->used = set_len(self);
    return V_FROMPTR(it);
}

/* ---- methods ---- */

static Value m_add(Value *a, int n, Value kw) { (void)n; (void)kw; set_add(a[0], a[1]); return V_NONE; }
static Value m_discard(Value *a, int n, Value kw) { (void)n; (void)kw; set_discard(a[0], a[1]); return V_NONE; }
static Value m_remove(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    if (!set_discard(a[0], a[1])) exc_raise(exc_new(&exc_KeyError, tuple_from_array(&a[1], 1)));
    return V_NONE;
}
static Value m_pop(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Set *s = S(a[0]);
    if (s->used == 0) exc_raise_msg(&exc_KeyError, "pop from an empty set");
    /* CPython scans from a moving finger; starting at 0 each time gives the same first pops */
    for (size_t i = 0; i <= s->mask; i++) {
        SetEntry *e = &s->table[i];
        if (e->key != V_NULL && e->key != DUMMY) {
            Value k = e->key;
            e->key = DUMMY;
            e->hash = -1;
            s->used--;
            return k;
        }
    }
    return V_NONE;
}
static Value m_clear(Value *a, int n, Value kw) { (void)n; (void)kw; set_init(S(a[0])); return V_NONE; }
static Value m_copy(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    if (is_type(a[0], &frozenset_type)) return a[0];
    return set_copy_as(a[0], type_of(make_like(a[0])));
}

static Value multi(Value *a, int n, BinaryOp op, bool inplace) {
    Value r = inplace ? a[0] : (op == OP_OR ? set_copy_as(a[0], type_of(make_like(a[0]))) : a[0]);
    for (int i = 1; i < n; i++) {
        Value other = a[i];
        switch (op) {
        case OP_OR: set_update(r, other); break;
        case OP_AND: {
            Value x = set_intersection2(r, other);
            if (inplace) { Set *s = S(r); s->table = S(x)->table; s->mask = S(x)->mask; s->fill = S(x)->fill; s->used = S(x)->used; }
            else r = x;
            break;
        }
        case OP_SUB:
            if (inplace) {
                Value it = obj_getiter(other, NULL), x;
                while ((x = obj_iternext(it))) set_discard(r, x);
            } else {
                r = set_difference2(r, other);
            }
            break;
        default: break;
        }
    }
    if (!inplace && n == 1 && op != OP_OR) r = set_copy_as(a[0], type_of(make_like(a[0])));
    return inplace ? V_NONE : r;
}

static Value m_union(Value *a, int n, Value kw) { (void)kw; return multi(a, n, OP_OR, false); }
static Value m_intersection(Value *a, int n, Value kw) { (void)kw; return multi(a, n, OP_AND, false); }
static Value m_difference(Value *a, int n, Value kw) { (void)kw; return multi(a, n, OP_SUB, false); }
static Value m_update(Value *a, int n, Value kw) { (void)kw; return multi(a, n, OP_OR, true); }
static Value m_intersection_update(Value *a, int n, Value kw) { (void)kw; return multi(a, n, OP_AND, true); }
static Value m_difference_update(Value *a, int n, Value kw) { (void)kw; return multi(a, n, OP_SUB, true); }
static Value m_symmetric_difference(Value *a, int n, Value kw) { (void)n; (void)kw; return set_symdiff2(a[0], a[1]); }
static Value m_symmetric_difference_update(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Value other = set_is(a[1]) ? a[1] : set_from_iter(a[1], &set_type);
    if (other == a[0]) { set_init(S(a[0])); return V_NONE; }
    size_t pos = 0;
    Value k;
    while ((k = set_next(other, &pos))) if (!set_discard(a[0], k)) set_add(a[0], k);
    return V_NONE;
}
static Value as_set(Value v) { return set_is(v) ? v : set_from_iter(v, &set_type); }
static Value m_issubset(Value *a, int n, Value kw) { (void)n; (void)kw; return V_BOOL(set_issubset2(a[0], as_set(a[1]))); }
static Value m_issuperset(Value *a, int n, Value kw) { (void)n; (void)kw; return V_BOOL(set_issubset2(as_set(a[1]), a[0])); }
static Value m_isdisjoint(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Value it = obj_getiter(a[1], NULL), x;
    while ((x = obj_iternext(it))) if (set_contains(a[0], x)) return V_FALSE;
    return V_TRUE;
}
static Value m_contains(Value *a, int n, Value kw) { (void)n; (void)kw; return V_BOOL(set_contains(a[0], a[1])); }
static Value m_len(Value *a, int n, Value kw) { (void)n; (void)kw; return V_MKINT(set_len(a[0])); }
static Value m_iter(Value *a, int n, Value kw) { (void)n; (void)kw; return set_getiter(a[0], NULL); }
static Value m_init(Value *a, int n, Value kw) {
    (void)kw;
    set_init(S(a[0]));
    if (n > 1) set_update(a[0], a[1]);
    return V_NONE;
}

static NATIVE_METHOD(m_add_fn, add, 1, 1, m_add);
static NATIVE_METHOD(m_discard_fn, discard, 1, 1, m_discard);
static NATIVE_METHOD(m_remove_fn, remove, 1, 1, m_remove);
static NATIVE_METHOD(m_pop_fn, pop, 0, 0, m_pop);
static NATIVE_METHOD(m_clear_fn, clear, 0, 0, m_clear);
static NATIVE_METHOD(m_copy_fn, copy, 0, 0, m_copy);
static NATIVE_METHOD(m_union_fn, union, 0, NARGS_ANY, m_union);
static NATIVE_METHOD(m_intersection_fn, intersection, 0, NARGS_ANY, m_intersection);
static NATIVE_METHOD(m_difference_fn, difference, 0, NARGS_ANY, m_difference);
static NATIVE_METHOD(m_symmetric_difference_fn, symmetric_difference, 1, 1, m_symmetric_difference);
static NATIVE_METHOD(m_update_fn, update, 0, NARGS_ANY, m_update);
static NATIVE_METHOD(m_intersection_update_fn, intersection_update, 0, NARGS_ANY, m_intersection_update);
static NATIVE_METHOD(m_difference_update_fn, difference_update, 0, NARGS_ANY, m_difference_update);
static NATIVE_METHOD(m_symmetric_difference_update_fn, symmetric_difference_update, 1, 1, m_symmetric_difference_update);
static NATIVE_METHOD(m_issubset_fn, issubset, 1, 1, m_issubset);
static NATIVE_METHOD(m_issuperset_fn, issuperset, 1, 1, m_issuperset);
static NATIVE_METHOD(m_isdisjoint_fn, isdisjoint, 1, 1, m_isdisjoint);
static NATIVE_METHOD(m_contains_fn, __contains__, 1, 1, m_contains);
static NATIVE_METHOD(m_len_fn, __len__, 0, 0, m_len);
static NATIVE_METHOD(m_iter_fn, __iter__, 0, 0, m_iter);
static NATIVE_FN(m_init_fn, __init__, 1, 2, m_init);

static const MapEntry set_table[] = {
    METHOD_ENTRY(__contains__, m_contains_fn),
    METHOD_ENTRY(__init__, m_init_fn),
    METHOD_ENTRY(__iter__, m_iter_fn),
    METHOD_ENTRY(__len__, m_len_fn),
    METHOD_ENTRY(add, m_add_fn),
    METHOD_ENTRY(clear, m_clear_fn),
    METHOD_ENTRY(copy, m_copy_fn),
    METHOD_ENTRY(difference, m_difference_fn),
    METHOD_ENTRY(difference_update, m_difference_update_fn),
    METHOD_ENTRY(discard, m_discard_fn),
    METHOD_ENTRY(intersection, m_intersection_fn),
    METHOD_ENTRY(intersection_update, m_intersection_update_fn),
    METHOD_ENTRY(isdisjoint, m_isdisjoint_fn),
    METHOD_ENTRY(issubset, m_issubset_fn),
    METHOD_ENTRY(issuperset, m_issuperset_fn),
    METHOD_ENTRY(pop, m_pop_fn),
    METHOD_ENTRY(remove, m_remove_fn),
    METHOD_ENTRY(symmetric_difference, m_symmetric_difference_fn),
    METHOD_ENTRY(symmetric_difference_update, m_symmetric_difference_update_fn),
    METHOD_ENTRY(union, m_union_fn),
    METHOD_ENTRY(update, m_update_fn),
};
static const Dict set_locals = DICT_CONST_INIT(set_table);

static const MapEntry frozenset_table[] = {
    METHOD_ENTRY(__contains__, m_contains_fn),
    METHOD_ENTRY(__iter__, m_iter_fn),
    METHOD_ENTRY(__len__, m_len_fn),
    METHOD_ENTRY(copy, m_copy_fn),
    METHOD_ENTRY(difference, m_difference_fn),
    METHOD_ENTRY(intersection, m_intersection_fn),
    METHOD_ENTRY(isdisjoint, m_isdisjoint_fn),
    METHOD_ENTRY(issubset, m_issubset_fn),
    METHOD_ENTRY(issuperset, m_issuperset_fn),
    METHOD_ENTRY(symmetric_difference, m_symmetric_difference_fn),
    METHOD_ENTRY(union, m_union_fn),
};
static const Dict frozenset_locals = DICT_CONST_INIT(frozenset_table);

static Value set_slot_binary(BinaryOp op, Value a, Value b) {
    BinaryOp base = (BinaryOp)(op & ~OP_REFLECTED);
    if (is_instance_of(a, &frozenset_type) && base >= OP_IADD && base <= OP_IOR) return V_NULL;
    return set_binary_op(op, a, b);
}

const Type set_type = {
    .type = &type_type, .name = V_MKNAME(N_set), .flags = TF_BASETYPE, .base = &object_type,
    .instance_size = sizeof(Set), .dict = V_FROMPTR(&set_locals),
    .print = set_print, .make_new = set_make_new, .unary_op = set_unary, .binary_op = set_slot_binary,
    .getiter = set_getiter,
};

const Type frozenset_type = {
    .type = &type_type, .name = V_MKNAME(N_frozenset), .flags = TF_BASETYPE, .base = &object_type,
    .instance_size = sizeof(Set), .dict = V_FROMPTR(&frozenset_locals),
    .print = set_print, .make_new = set_make_new, .unary_op = set_unary, .binary_op = set_slot_binary,
    .getiter = set_getiter,
};
