/* dict and Map: insertion-ordered hash tables.
 *
 * A Map's table holds the entries in insertion order (deleted ones keep their place with a
 * V_NULL key until the table is rebuilt).  Up to MAP_LINEAR_MAX entries are found by a linear
 * scan; bigger tables carry an index after the entries: 2 x capacity slots of 1, 2 or 4 bytes
 * holding entry numbers, probed as CPython does. */
#include <string.h>
#include "objdict.h"
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objstr.h"
#include "objtuple.h"
#include "objlist.h"
#include "objfun.h"
#include "objtype.h"
#include "vm.h"

#define MAP_LINEAR_LOG2 3           /* up to 8 entries: no index */

uint32_t map_keys_epoch = 1;

static inline size_t map_cap(const Map *m) { return m->table ? (size_t)1 << m->cap_log2 : 0; }
static inline int idx_width(unsigned log2) { return log2 <= 6 ? 1 : log2 <= 14 ? 2 : 4; }
static inline void *map_index(const Map *m) { return (char *)m->table + map_cap(m) * sizeof(MapEntry); }

static inline int32_t idx_get(const void *ix, int w, size_t i) {
    if (w == 1) return ((const int8_t *)ix)[i];
    if (w == 2) return ((const int16_t *)ix)[i];
    return ((const int32_t *)ix)[i];
}
static inline void idx_set(void *ix, int w, size_t i, int32_t v) {
    if (w == 1) ((int8_t *)ix)[i] = (int8_t)v;
    else if (w == 2) ((int16_t *)ix)[i] = (int16_t)v;
    else ((int32_t *)ix)[i] = v;
}

static size_t table_bytes(unsigned log2) {
    size_t cap = (size_t)1 << log2;
    size_t bytes = cap * sizeof(MapEntry);
    if (log2 > MAP_LINEAR_LOG2) bytes += 2 * cap * (size_t)idx_width(log2);
    return bytes;
}

static inline bool is_str_value(Value v) {
    return V_IS_NAME(v) || (V_IS_PTR(v) && V_OBJ(v)->type == &str_type);
}

/* Key equality as dicts see it (identity first, then __eq__). */
static bool keys_equal(Value a, Value b) {
    if (a == b) return true;
    bool ai = V_IS_INT(a), bi = V_IS_INT(b);
    if (ai && bi) return false;
    bool an = V_IS_NAME(a), bn = V_IS_NAME(b);
    if (an && bn) return false;
    if ((ai && bn) || (an && bi)) return false;
    if (is_str_value(a) && is_str_value(b)) return str_equal(a, b);
    return obj_equal(a, b);
}

static inline uint32_t key_hash(Value k) {
    if (V_IS_NAME(k)) return name_hash(V_NAME(k));
    return (uint32_t)(UInt)obj_hash(k);
}

static void index_insert(Map *m, uint32_t h, uint32_t entry) {
    size_t mask = 2 * map_cap(m) - 1;
    int w = idx_width(m->cap_log2);
    void *ix = map_index(m);
    size_t i = h & mask;
    uint32_t perturb = h;
    while (idx_get(ix, w, i) >= 0) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    idx_set(ix, w, i, (int32_t)entry);
}

/* Rebuilds the table with room for at least n live entries. */
static void map_resize(Map *m, size_t n) {
    if (n >= (1u << 24) / 2) exc_raise_memory_error();   /* `used` has 24 bits */
    unsigned log2 = 2;
    while (((size_t)1 << log2) < n) log2++;
    MapEntry *old = m->table;
    size_t old_used = m->used;
    bool was_const = m->is_const;
    MapEntry *t = gc_alloc(table_bytes(log2), 0);
    size_t k = 0;
    for (size_t i = 0; i < old_used; i++)
        if (old[i].key) t[k++] = old[i];
    m->table = t;
    m->cap_log2 = log2;
    m->used = (uint32_t)k;
    m->count = (uint32_t)k;
    m->is_const = 0;
    if (log2 > MAP_LINEAR_LOG2) {
        memset(map_index(m), 0xFF, 2 * ((size_t)1 << log2) * (size_t)idx_width(log2));
        for (size_t i = 0; i < k; i++) index_insert(m, key_hash(t[i].key), (uint32_t)i);
    }
    if (old && !was_const) gc_free(old);
}

void map_init(Map *m, size_t capacity) {
    memset(m, 0, sizeof *m);
    m->all_names = 1;
    if (capacity) map_resize(m, capacity);
}

/* Binary search in a const table sorted by name id. */
static MapEntry *const_find(const Map *m, Value key) {
    if (!V_IS_NAME(key)) {
        if (!is_str_value(key)) return NULL;
        size_t n;
        const char *s = str_data(key, &n);
        key = name_find(s, n);
        if (!key) return NULL;
    }
    size_t lo = 0, hi = m->count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        Value k = m->table[mid].key;
        if (k == key) return &m->table[mid];
        if (k < key) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

/* Finds key; h is its hash (computed by the caller, which also checks hashability). */
static MapEntry *find_entry_h(const Map *m, Value key, uint32_t h) {
    if (!m->table) return NULL;
    if (m->is_const) return const_find(m, key);
    MapEntry *t = m->table;
    /* names and small ints are canonical: in a map of names, comparing words is enough */
    bool exact_only = (V_IS_NAME(key) || V_IS_INT(key)) && m->all_names;
    if (m->cap_log2 <= MAP_LINEAR_LOG2) {
        size_t used = m->used;
        for (size_t i = 0; i < used; i++)
            if (t[i].key == key) return &t[i];
        if (exact_only) return NULL;
        for (size_t i = 0; i < used; i++)
            if (t[i].key && keys_equal(t[i].key, key)) return &t[i];
        return NULL;
    }
    if (V_IS_INT(key) && m->all_names) return NULL;
    size_t mask = 2 * map_cap(m) - 1;
    int w = idx_width(m->cap_log2);
    const void *ix = map_index(m);
    size_t i = h & mask;
    uint32_t perturb = h;
    for (;;) {
        int32_t e = idx_get(ix, w, i);
        if (e < 0) return NULL;
        Value k = t[e].key;
        if (k == key) return &t[e];
        if (k && !exact_only && keys_equal(k, key)) return &t[e];
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static MapEntry *find_entry(const Map *m, Value key) {
    /* hashing also rejects unhashable keys, even where the scan would not need the hash */
    uint32_t h = 0;
    if (!(V_IS_NAME(key) && (m->all_names || m->is_const)) || m->cap_log2 > MAP_LINEAR_LOG2) h = key_hash(key);
    return find_entry_h(m, key, h);
}

Value map_get(const Map *m, Value key) {
    MapEntry *e = find_entry(m, key);
    return e ? e->value : V_NULL;
}

MapEntry *map_find(Map *m, Value key) { return find_entry(m, key); }

static void map_make_writable(Map *m) {
    if (m->is_const) map_resize(m, m->count + 1);
}

void map_set(Map *m, Value key, Value value) {
    if (m->is_const) map_make_writable(m);
    uint32_t h = key_hash(key);
    MapEntry *e = find_entry_h(m, key, h);
    if (e) {
        e->value = value;
        return;
    }
    if (!m->table || m->used == map_cap(m)) map_resize(m, (m->count + 1) * 3 / 2);
    uint32_t i = m->used++;
    m->table[i].key = key;
    m->table[i].value = value;
    m->count++;
    if (m->watched) map_keys_epoch++;
    if (!V_IS_NAME(key)) m->all_names = 0;
    if (m->cap_log2 > MAP_LINEAR_LOG2) index_insert(m, h, i);
}

Value map_delete(Map *m, Value key) {
    if (m->is_const) map_make_writable(m);
    MapEntry *e = find_entry(m, key);
    if (!e) return V_NULL;
    if (m->watched) map_keys_epoch++;
    Value old = e->value;
    e->key = V_NULL;
    e->value = V_NULL;
    m->count--;
    if (m->count == 0 && m->cap_log2 <= MAP_LINEAR_LOG2) m->used = 0;
    return old;
}

void map_clear(Map *m) {
    if (m->table && !m->is_const) gc_free(m->table);
    unsigned watched = m->watched;
    map_init(m, 0);
    m->watched = watched;
    if (watched) map_keys_epoch++;
}

void map_copy_into(Map *dst, const Map *src) {
    map_init(dst, src->count);
    size_t pos = 0;
    MapEntry *e;
    while ((e = map_next(src, &pos))) map_set(dst, e->key, e->value);
}

MapEntry *map_next(const Map *m, size_t *pos) {
    size_t used = m->is_const ? m->count : m->used;
    while (*pos < used) {
        MapEntry *e = &m->table[(*pos)++];
        if (e->key) return e;
    }
    return NULL;
}

Value map_pop_last(Map *m, Value *key) {
    if (m->is_const) map_make_writable(m);
    while (m->used > 0) {
        MapEntry *e = &m->table[m->used - 1];
        if (e->key) {
            Value v = e->value;
            *key = e->key;
            e->key = e->value = V_NULL;
            m->count--;
            if (m->watched) map_keys_epoch++;
            if (m->cap_log2 <= MAP_LINEAR_LOG2) m->used--;
            return v;
        }
        if (m->cap_log2 > MAP_LINEAR_LOG2) break;
        m->used--;
    }
    /* indexed tables: scan back over deleted entries */
    for (size_t i = m->used; i > 0; i--) {
        MapEntry *e = &m->table[i - 1];
        if (e->key) {
            Value v = e->value;
            *key = e->key;
            e->key = e->value = V_NULL;
            m->count--;
            if (m->watched) map_keys_epoch++;
            return v;
        }
    }
    return V_NULL;
}

/* ---------------- dict objects ---------------- */

typedef struct {
    Object base;
    Value owner;
    Map *map;
} AttrDict;

extern const Type attrdict_type;

Map *dict_map(Value d) {
    const Type *t = V_OBJ(d)->type;
    if (t == &attrdict_type) return ((AttrDict *)V_PTR(d))->map;
    return &((Dict *)V_PTR(d))->map;
}

bool dict_is(Value v) { return V_IS_PTR(v) && is_instance_of(v, &dict_type); }

Value dict_new(size_t capacity) {
    Dict *d = gc_alloc(sizeof(Dict), 0);
    d->base.type = &dict_type;
    map_init(&d->map, capacity);
    return V_FROMPTR(d);
}

Value attrdict_new(Value owner, Map *map) {
    /* obj.__dict__ is obj.__dict__ in CPython: the last views made are reused */
    for (int i = 0; i < 2; i++) {
        Value v = vm.attrdicts[i];
        if (v && ((AttrDict *)V_PTR(v))->owner == owner && ((AttrDict *)V_PTR(v))->map == map) return v;
    }
    AttrDict *d = gc_alloc(sizeof(AttrDict), 0);
    d->base.type = &attrdict_type;
    d->owner = owner;
    d->map = map;
    vm.attrdicts[vm.attrdict_next++ & 1] = V_FROMPTR(d);
    return V_FROMPTR(d);
}

Value dict_copy(Value d) {
    Value r = dict_new(0);
    map_copy_into(dict_map(r), dict_map(d));
    return r;
}

static ES_NORETURN void key_error(Value key) {
    exc_raise(exc_new(&exc_KeyError, tuple_from_array(&key, 1)));
}

/* d.update(other): a mapping (keys() + getitem) or an iterable of pairs. */
void dict_update(Value d, Value other, bool merge_check) {
    Map *m = dict_map(d);
    if (dict_is(other)) {
        size_t pos = 0;
        MapEntry *e;
        Map *src = dict_map(other);
        while ((e = map_next(src, &pos))) {
            if (merge_check && map_get(m, e->key))
                exc_raise_msg(&exc_TypeError, "got multiple values for keyword argument '%v'", e->key);
            map_set(m, e->key, e->value);
        }
        return;
    }
    Value keys_fn = obj_getattr_maybe(other, V_MKNAME(N_keys));
    if (keys_fn) {
        Value keys = obj_call0(keys_fn);
        IterBuf buf;
        Value it = obj_getiter(keys, &buf), k;
        while ((k = obj_iternext(it))) {
            if (merge_check && map_get(m, k))
                exc_raise_msg(&exc_TypeError, "got multiple values for keyword argument '%v'", k);
            map_set(m, k, obj_getitem(other, k));
        }
        return;
    }
    if (merge_check) exc_raise_msg(&exc_TypeError, "argument after ** must be a mapping, not %T", other);
    IterBuf buf;
    Value it = obj_getiter(other, &buf), item;
    size_t n = 0;
    while ((item = obj_iternext(it))) {
        Value *items;
        size_t len;
        Value tmp = V_NULL;
        if (!seq_get_items(item, &items, &len)) {
            const Type *it_t = type_of(item);
            if (!slot_owner_getiter(it_t))
                exc_raise_msg(&exc_TypeError, "cannot convert dictionary update sequence element #%d to a sequence", (int)n);
            tmp = tuple_from_iter(item);
            items = tuple_items(tmp);
            len = tuple_len(tmp);
        }
        if (len != 2)
            exc_raise_msg(&exc_ValueError, "dictionary update sequence element #%d has length %d; 2 is required", (int)n, (int)len);
        map_set(m, items[0], items[1]);
        n++;
    }
}

static Value dict_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    Value d;
    if (t == &dict_type) d = dict_new(0);
    else {
        d = obj_new_instance(t);
        map_init(dict_map(d), 0);
        return d;  /* a subclass: __init__ fills it */
    }
    arg_check_count(V_MKNAME(N_dict), nargs, 0, 1);
    if (nargs == 1) dict_update(d, args[0], false);
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) dict_set(d, tuple_items(kwnames)[i], args[nargs + i]);
    return d;
}

static Value dict_init(Value *args, int nargs, Value kwnames) {
    Value self = args[0];
    arg_check_count(V_MKNAME(N_dict), nargs - 1, 0, 1);
    if (nargs == 2) dict_update(self, args[1], false);
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) dict_set(self, tuple_items(kwnames)[i], args[nargs + i]);
    return V_NONE;
}

/* Objects being printed, to show recursive containers as {...} / [...]. */
#define REPR_DEPTH 32
static Value repr_stack[REPR_DEPTH];
static int repr_sp;

bool repr_enter(Value v) {
    /* deeper than REPR_DEPTH only the outer objects are remembered (and compared) */
    for (int i = 0; i < repr_sp && i < REPR_DEPTH; i++) if (repr_stack[i] == v) return false;
    if (repr_sp < REPR_DEPTH) repr_stack[repr_sp] = v;
    repr_sp++;
    return true;
}
void repr_leave(void) { repr_sp--; }
void repr_reset(void) { repr_sp = 0; }
int repr_depth(void) { return repr_sp; }
void repr_unwind(int depth) { if (repr_sp > depth) repr_sp = depth; }

static void dict_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    if (!repr_enter(self)) { print_cstr(p, "{...}"); return; }
    Map *m = dict_map(self);
    print_char(p, '{');
    size_t pos = 0;
    MapEntry *e;
    bool first = true;
    while ((e = map_next(m, &pos))) {
        if (!first) print_cstr(p, ", ");
        first = false;
        obj_print(p, e->key, PRINT_REPR);
        print_cstr(p, ": ");
        obj_print(p, e->value, PRINT_REPR);
    }
    print_char(p, '}');
    repr_leave();
}

static Value dict_unary(UnaryOp op, Value self) {
    switch (op) {
    case UOP_BOOL: return V_BOOL(dict_map(self)->count != 0);
    case UOP_LEN: return V_MKINT(dict_map(self)->count);
    case UOP_HASH: exc_raise_msg(&exc_TypeError, "unhashable type: '%T'", self);
    default: return V_NULL;
    }
}

static bool dict_equal(Value a, Value b) {
    Map *ma = dict_map(a), *mb = dict_map(b);
    if (ma->count != mb->count) return false;
    size_t pos = 0;
    MapEntry *e;
    while ((e = map_next(ma, &pos))) {
        Value v = map_get(mb, e->key);
        if (!v || !(v == e->value || obj_equal(e->value, v))) return false;
    }
    return true;
}

static Value dict_binary(BinaryOp op, Value a, Value b) {
    bool refl = (op & OP_REFLECTED) != 0;
    op = (BinaryOp)(op & ~OP_REFLECTED);
    switch (op) {
    case OP_CONTAINS:
        return V_BOOL(map_get(dict_map(a), b) != V_NULL);
    case OP_EQ: case OP_NE:
        if (!dict_is(a) || !dict_is(b)) return V_NOTIMPL;
        return V_BOOL(dict_equal(a, b) == (op == OP_EQ));
    case OP_OR: case OP_IOR:
        if (refl || !dict_is(a)) return V_NOTIMPL;
        /* d |= x takes what d.update(x) takes; d | x only a dict */
        if (op == OP_IOR) { dict_update(a, b, false); return a; }
        if (!dict_is(b)) return V_NOTIMPL;
        {
            Value r = dict_copy(a);
            dict_update(r, b, false);
            return r;
        }
    case OP_IADD: case OP_ISUB: case OP_IMUL: case OP_IAND: case OP_IXOR:
        return V_NULL;
    default:
        return V_NULL;
    }
}

static Value dict_subscr(Value self, Value index, Value value) {
    Map *m = dict_map(self);
    if (value == V_NULL) {
        Value v = map_get(m, index);
        if (v) return v;
        if (V_OBJ(self)->type != &dict_type) {
            Value missing = type_lookup(type_of(self), V_MKNAME(N___missing__));
            if (missing) return obj_call2(missing, self, index);
        }
        key_error(index);
    }
    if (value == V_SENTINEL_DELETE) {
        if (map_delete(m, index) == V_NULL) key_error(index);
        return V_NONE;
    }
    map_set(m, index, value);
    return V_NONE;
}

/* ---- iteration over keys, values or items ---- */

enum { VIEW_KEYS, VIEW_VALUES, VIEW_ITEMS, VIEW_REVERSED = 4 };

typedef struct {
    Object base;
    Value dict;
    size_t pos;
    uint32_t count;      /* the dict's size when iteration began */
    uint8_t kind;
} DictIter;

extern const Type dict_iter_type, dict_keys_type, dict_values_type, dict_items_type;

static Value dict_iter_next(Value self) {
    DictIter *it = V_PTR(self);
    Map *m = dict_map(it->dict);
    if (m->count != it->count) {
        it->count = m->count + 1;  /* keep failing */
        exc_raise_msg(&exc_RuntimeError, "dictionary changed size during iteration");
    }
    MapEntry *e = NULL;
    if (it->kind & VIEW_REVERSED) {
        /* pos counts the entries not yet visited, from the end */
        while (it->pos > 0 && !(e = &m->table[--it->pos])->key) e = NULL;
    } else {
        e = map_next(m, &it->pos);
    }
    if (!e) return V_NULL;
    switch (it->kind & ~VIEW_REVERSED) {
    case VIEW_KEYS: return e->key;
    case VIEW_VALUES: return e->value;
    default: {
        Value pair[2] = {e->key, e->value};
        return tuple_from_array(pair, 2);
    }
    }
}

static Value iter_self(Value self, IterBuf *buf) { (void)buf; return self; }

const Type dict_iter_type = {
    .type = &type_type, .name = V_MKNAME(N_dict_keyiterator), .base = &object_type, .flags = TF_ITER_SELF,
    .getiter = iter_self, .iternext = dict_iter_next,
};

static Value dict_iter_new(Value dict, int kind) {
    DictIter *it = gc_alloc(sizeof(DictIter), 0);
    it->base.type = &dict_iter_type;
    it->dict = dict;
    Map *m = dict_map(dict);
    it->count = m->count;
    it->kind = (uint8_t)kind;
    if (kind & VIEW_REVERSED) it->pos = m->is_const ? m->count : m->used;
    return V_FROMPTR(it);
}

static Value dict_getiter(Value self, IterBuf *buf) {
    (void)buf;
    return dict_iter_new(self, VIEW_KEYS);
}

/* ---- views ---- */

typedef struct {
    Object base;
    Value dict;
} DictView;

static Value view_new(Value d, const Type *t) {
    DictView *v = gc_alloc(sizeof(DictView), 0);
    v->base.type = t;
    v->dict = d;
    return V_FROMPTR(v);
}

static int view_kind(Value v) {
    const Type *t = type_of(v);
    return t == &dict_keys_type ? VIEW_KEYS : t == &dict_values_type ? VIEW_VALUES : VIEW_ITEMS;
}

static Value view_getiter(Value self, IterBuf *buf) {
    (void)buf;
    return dict_iter_new(((DictView *)V_PTR(self))->dict, view_kind(self));
}

static void view_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    int k = view_kind(self);
    print_cstr(p, k == VIEW_KEYS ? "dict_keys([" : k == VIEW_VALUES ? "dict_values([" : "dict_items([");
    Value it = view_getiter(self, NULL), x;
    bool first = true;
    while ((x = obj_iternext(it))) {
        if (!first) print_cstr(p, ", ");
        first = false;
        obj_print(p, x, PRINT_REPR);
    }
    print_cstr(p, "])");
}

static Value view_unary(UnaryOp op, Value self) {
    Map *m = dict_map(((DictView *)V_PTR(self))->dict);
    if (op == UOP_LEN) return V_MKINT(m->count);
    if (op == UOP_BOOL) return V_BOOL(m->count != 0);
    /* keys and items views are set-like, so unhashable */
    if (op == UOP_HASH && view_kind(self) != VIEW_VALUES) exc_raise_msg(&exc_TypeError, "unhashable type: '%T'", self);
    return V_NULL;
}

Value set_from_iter(Value iterable, const Type *t);
Value set_binary_op(BinaryOp op, Value a, Value b);

static Value view_binary(BinaryOp op, Value a, Value b) {
    bool refl = (op & OP_REFLECTED) != 0;
    op = (BinaryOp)(op & ~OP_REFLECTED);
    Value self = refl ? b : a;
    int k = view_kind(self);
    Map *m = dict_map(((DictView *)V_PTR(self))->dict);
    if (op == OP_CONTAINS) {
        if (k == VIEW_KEYS) return V_BOOL(map_get(m, b) != V_NULL);
        if (k == VIEW_ITEMS) {
            Value *items;
            size_t n;
            if (!is_type(b, &tuple_type) || !seq_get_items(b, &items, &n) || n != 2) return V_FALSE;
            Value v = map_get(m, items[0]);
            return V_BOOL(v && (v == items[1] || obj_equal(v, items[1])));
        }
        return V_NULL;
    }
    if (k == VIEW_VALUES) {
        if (op == OP_EQ) return V_BOOL(a == b);
        if (op == OP_NE) return V_BOOL(a != b);
        return V_NULL;
    }
    /* keys and items views behave like sets */
    switch (op) {
    case OP_AND: case OP_OR: case OP_XOR: case OP_SUB:
    case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE: {
        /* comparisons only with set-likes; the operators take any iterable */
        Value other = refl ? a : b;
        if (op >= OP_LT && !is_instance_of(other, &set_type) && !is_instance_of(other, &frozenset_type) &&
            !is_instance_of(other, &dict_keys_type) && !is_instance_of(other, &dict_items_type))
            return V_NOTIMPL;
        Value sa = is_instance_of(a, &dict_keys_type) || is_instance_of(a, &dict_items_type) ? set_from_iter(a, &set_type) : a;
        Value sb = is_instance_of(b, &dict_keys_type) || is_instance_of(b, &dict_items_type) ? set_from_iter(b, &set_type) : b;
        if (!is_instance_of(sa, &set_type) && !is_instance_of(sa, &frozenset_type)) sa = set_from_iter(sa, &set_type);
        if (!is_instance_of(sb, &set_type) && !is_instance_of(sb, &frozenset_type)) sb = set_from_iter(sb, &set_type);
        return set_binary_op(op, sa, sb);
    }
    default:
        return V_NULL;
    }
}

static Value view_isdisjoint(Value *args, int nargs, Value kwnames) {
    (void)nargs; (void)kwnames;
    Value it = obj_getiter(args[1], NULL), x;
    while ((x = obj_iternext(it)))
        if (obj_contains(args[0], x)) return V_FALSE;
    return V_TRUE;
}
static Value view_reversed(Value *args, int nargs, Value kwnames) {
    (void)nargs; (void)kwnames;
    return dict_iter_new(((DictView *)V_PTR(args[0]))->dict, view_kind(args[0]) | VIEW_REVERSED);
}
static NATIVE_METHOD(view_isdisjoint_fn, isdisjoint, 1, 1, view_isdisjoint);
static NATIVE_METHOD(view_reversed_fn, __reversed__, 0, 0, view_reversed);
static const MapEntry view_dict_table[] = {
    METHOD_ENTRY(__reversed__, view_reversed_fn),
    METHOD_ENTRY(isdisjoint, view_isdisjoint_fn),
};
static const Dict view_dict = DICT_CONST_INIT(view_dict_table);
static const MapEntry values_dict_table[] = { METHOD_ENTRY(__reversed__, view_reversed_fn) };
static const Dict values_dict = DICT_CONST_INIT(values_dict_table);

const Type dict_keys_type = {
    .type = &type_type, .name = V_MKNAME(N_dict_keys), .base = &object_type, .dict = V_FROMPTR(&view_dict),
    .print = view_print, .getiter = view_getiter, .unary_op = view_unary, .binary_op = view_binary,
};
const Type dict_values_type = {
    .type = &type_type, .name = V_MKNAME(N_dict_values), .base = &object_type, .dict = V_FROMPTR(&values_dict),
    .print = view_print, .getiter = view_getiter, .unary_op = view_unary, .binary_op = view_binary,
};
const Type dict_items_type = {
    .type = &type_type, .name = V_MKNAME(N_dict_items), .base = &object_type, .dict = V_FROMPTR(&view_dict),
    .print = view_print, .getiter = view_getiter, .unary_op = view_unary, .binary_op = view_binary,
};

/* ---- methods ---- */

static Value d_keys(Value *a, int n, Value kw) { (void)n; (void)kw; return view_new(a[0], &dict_keys_type); }
static Value d_values(Value *a, int n, Value kw) { (void)n; (void)kw; return view_new(a[0], &dict_values_type); }
static Value d_items(Value *a, int n, Value kw) { (void)n; (void)kw; return view_new(a[0], &dict_items_type); }

static Value d_get(Value *a, int n, Value kw) {
    (void)kw;
    Value v = map_get(dict_map(a[0]), a[1]);
    return v ? v : (n > 2 ? a[2] : V_NONE);
}

static Value d_setdefault(Value *a, int n, Value kw) {
    (void)kw;
    Map *m = dict_map(a[0]);
    Value v = map_get(m, a[1]);
    if (v) return v;
    v = n > 2 ? a[2] : V_NONE;
    map_set(m, a[1], v);
    return v;
}

static Value d_pop(Value *a, int n, Value kw) {
    (void)kw;
    /* an empty dict does not hash the key (CPython) */
    Value v = dict_map(a[0])->count ? map_delete(dict_map(a[0]), a[1]) : V_NULL;
    if (v) return v;
    if (n > 2) return a[2];
    key_error(a[1]);
}

static Value d_popitem(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Value k;
    Value v = map_pop_last(dict_map(a[0]), &k);
    if (!v) exc_raise_msg(&exc_KeyError, "popitem(): dictionary is empty");
    Value pair[2] = {k, v};
    return tuple_from_array(pair, 2);
}

static Value d_update(Value *a, int n, Value kw) {
    arg_check_count(V_MKNAME(N_update), n - 1, 0, 1);
    if (n == 2) dict_update(a[0], a[1], false);
    size_t nkw = kw ? tuple_len(kw) : 0;
    for (size_t i = 0; i < nkw; i++) dict_set(a[0], tuple_items(kw)[i], a[n + i]);
    return V_NONE;
}

static Value d_clear(Value *a, int n, Value kw) { (void)n; (void)kw; map_clear(dict_map(a[0])); return V_NONE; }
static Value d_copy(Value *a, int n, Value kw) { (void)n; (void)kw; return dict_copy(a[0]); }

static Value d_fromkeys(Value *a, int n, Value kw) {
    (void)kw;
    /* called as a classmethod: a[0] is the class */
    Value d = obj_call0(a[0]);
    Value v = n > 2 ? a[2] : V_NONE;
    Value it = obj_getiter(a[1], NULL), k;
    while ((k = obj_iternext(it))) obj_setitem(d, k, v);
    return d;
}

static Value d_getitem(Value *a, int n, Value kw) { (void)n; (void)kw; return dict_subscr(a[0], a[1], V_NULL); }
static Value d_setitem(Value *a, int n, Value kw) { (void)n; (void)kw; map_set(dict_map(a[0]), a[1], a[2]); return V_NONE; }
static Value d_delitem(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    if (map_delete(dict_map(a[0]), a[1]) == V_NULL) key_error(a[1]);
    return V_NONE;
}
static Value d_contains(Value *a, int n, Value kw) { (void)n; (void)kw; return V_BOOL(map_get(dict_map(a[0]), a[1]) != V_NULL); }
static Value d_len(Value *a, int n, Value kw) { (void)n; (void)kw; return V_MKINT(dict_map(a[0])->count); }
static Value d_iter(Value *a, int n, Value kw) { (void)n; (void)kw; return dict_iter_new(a[0], VIEW_KEYS); }
static Value d_repr(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Vstr v;
    vstr_init(&v, 16);
    Print p;
    print_to_vstr(&p, &v);
    dict_print(a[0], &p, PRINT_REPR);
    return vstr_to_str(&v);
}
static Value d_reversed(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    return dict_iter_new(a[0], VIEW_KEYS | VIEW_REVERSED);
}

static NATIVE_METHOD(d_keys_fn, keys, 0, 0, d_keys);
static NATIVE_METHOD(d_values_fn, values, 0, 0, d_values);
static NATIVE_METHOD(d_items_fn, items, 0, 0, d_items);
static NATIVE_METHOD(d_get_fn, get, 1, 2, d_get);
static NATIVE_METHOD(d_setdefault_fn, setdefault, 1, 2, d_setdefault);
static NATIVE_METHOD(d_pop_fn, pop, 1, 2, d_pop);
static NATIVE_METHOD(d_popitem_fn, popitem, 0, 0, d_popitem);
static NATIVE_METHOD_KW(d_update_fn, update, 0, NARGS_ANY, d_update);
static NATIVE_METHOD(d_clear_fn, clear, 0, 0, d_clear);
static NATIVE_METHOD(d_copy_fn, copy, 0, 0, d_copy);
static NATIVE_METHOD(d_fromkeys_fn, fromkeys, 1, 2, d_fromkeys);   /* args[0] is the class */
static const Cell d_fromkeys_cm = {{&classmethod_type}, V_FROMPTR(&d_fromkeys_fn)};
static NATIVE_METHOD(d_getitem_fn, __getitem__, 1, 1, d_getitem);
static NATIVE_METHOD(d_setitem_fn, __setitem__, 2, 2, d_setitem);
static NATIVE_METHOD(d_delitem_fn, __delitem__, 1, 1, d_delitem);
static NATIVE_METHOD(d_contains_fn, __contains__, 1, 1, d_contains);
static NATIVE_METHOD(d_len_fn, __len__, 0, 0, d_len);
static NATIVE_METHOD(d_iter_fn, __iter__, 0, 0, d_iter);
static NATIVE_METHOD(d_repr_fn, __repr__, 0, 0, d_repr);
static NATIVE_METHOD(d_reversed_fn, __reversed__, 0, 0, d_reversed);
static NATIVE_FN_KW(d_init_fn, __init__, 1, NARGS_ANY, dict_init);

static const MapEntry dict_table[] = {
    METHOD_ENTRY(__contains__, d_contains_fn),
    METHOD_ENTRY(__delitem__, d_delitem_fn),
    METHOD_ENTRY(__getitem__, d_getitem_fn),
    METHOD_ENTRY(__init__, d_init_fn),
    METHOD_ENTRY(__iter__, d_iter_fn),
    METHOD_ENTRY(__len__, d_len_fn),
    METHOD_ENTRY(__repr__, d_repr_fn),
    METHOD_ENTRY(__reversed__, d_reversed_fn),
    METHOD_ENTRY(__setitem__, d_setitem_fn),
    METHOD_ENTRY(clear, d_clear_fn),
    METHOD_ENTRY(copy, d_copy_fn),
    METHOD_ENTRY(fromkeys, d_fromkeys_cm),
    METHOD_ENTRY(get, d_get_fn),
    METHOD_ENTRY(items, d_items_fn),
    METHOD_ENTRY(keys, d_keys_fn),
    METHOD_ENTRY(pop, d_pop_fn),
    METHOD_ENTRY(popitem, d_popitem_fn),
    METHOD_ENTRY(setdefault, d_setdefault_fn),
    METHOD_ENTRY(update, d_update_fn),
    METHOD_ENTRY(values, d_values_fn),
};
static const Dict dict_locals = DICT_CONST_INIT(dict_table);

const Type dict_type = {
    .type = &type_type, .name = V_MKNAME(N_dict), .flags = TF_BASETYPE, .base = &object_type,
    .instance_size = sizeof(Dict), .dict = V_FROMPTR(&dict_locals),
    .print = dict_print, .make_new = dict_make_new, .unary_op = dict_unary, .binary_op = dict_binary,
    .subscr = dict_subscr, .getiter = dict_getiter,
};

/* obj.__dict__: a dict whose storage is the object's attribute map. */
const Type attrdict_type = {
    .type = &type_type, .name = V_MKNAME(N_dict), .base = &dict_type,
    .print = dict_print, .unary_op = dict_unary, .binary_op = dict_binary,
    .subscr = dict_subscr, .getiter = dict_getiter,
};
