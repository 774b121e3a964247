/* Interned names (see names.h). */
#include <string.h>
#include "names.h"
#include "gc.h"
#include "vm.h"

#define MAX_SEGMENTS 2

typedef struct {
    uint32_t hash;
    uint32_t len;
    const char *str;
} NameDyn;

/* The run-time names live in one struct on the GC heap, reachable from vm.names_dyn. */
typedef struct {
    uint32_t first;           /* id of dyn[0] */
    uint32_t count, alloc;
    NameDyn *dyn;
    uint32_t *index;          /* open addressing: id + 1, 0 empty */
    uint32_t index_mask;
    char *pool;               /* current pool chunk for characters */
    size_t pool_used, pool_size;
    size_t bytes;
    NameSegment segs[MAX_SEGMENTS];
    int nsegs;
} NameTables;

static inline NameTables *tables(void) { return (NameTables *)vm.names_dyn; }

uint32_t str_hash_bytes(const char *s, size_t n) {
    /* FNV-1a; keep in sync with tools/gennames.c */
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) { h ^= (uint8_t)s[i]; h *= 16777619u; }
    return h ? h : 1;
}

void names_init(void) {
    NameTables *t = gc_alloc(sizeof(NameTables), 0);
    t->first = NAME_STATIC_COUNT;
    vm.names_dyn = t;
}

static uint32_t next_id(NameTables *t) {
    uint32_t id = NAME_STATIC_COUNT;
    for (int i = 0; i < t->nsegs; i++) id = t->segs[i].first + t->segs[i].count;
    return id;
}

bool names_add_segment(const NameSegment *seg) {
    NameTables *t = tables();
    if (t->count != 0 || t->nsegs == MAX_SEGMENTS || seg->first != next_id(t)) return false;
    t->segs[t->nsegs++] = *seg;
    t->first = seg->first + seg->count;
    return true;
}

uint32_t names_count(void) { return tables()->first + tables()->count; }

static inline uint32_t packed16(const uint32_t *a, uint32_t i) {
    uint32_t w = a[i >> 1];
    return (i & 1) ? w >> 16 : w & 0xFFFF;
}

static Value find_in(const NameStatic *info, const char *pool, const uint32_t *index, uint32_t mask,
                     uint32_t first, const char *s, size_t n, uint32_t h) {
    for (uint32_t slot = h & mask;; slot = (slot + 1) & mask) {
        uint32_t id = packed16(index, slot);
        if (id == 0xFFFF) return V_NULL;
        const NameStatic *e = &info[id];
        if (e->hash == h && e->len == n && memcmp(pool + e->offset, s, n) == 0) return V_MKNAME(first + id);
    }
}

/* Name id's start byte and the ones after it in its word of name_static_start (read as words:
 * the flash of the board has only 32-bit loads, which -mforce-l32 would make of each byte). */
static inline uint32_t start_bytes(uint32_t id) { return name_static_start[id >> 2] >> (id & 3) * 8; }

static inline uint32_t static_start(uint32_t id) {
    return name_static_base[id >> NAME_STATIC_GROUP_SHIFT] + (start_bytes(id) & 0xFF);
}

#if NAME_STATIC_GROUP_SHIFT < 2
#error "static_chars needs groups of at least 4 names (tools/gennames.c)"
#endif

/* The names lie back to back in the pool, without NULs: the next one's start ends this one.
 * The next start byte is mostly in the same word and so above the same base (a group is whole
 * words of bytes): two loads, about as cheap as the uint16 offsets were (name_chars is hot:
 * every one-character str is a static name). */
static inline const char *static_chars(uint32_t id, size_t *len) {
    uint32_t base = name_static_base[id >> NAME_STATIC_GROUP_SHIFT];
    uint32_t bytes = start_bytes(id);
    uint32_t o = base + (bytes & 0xFF);
    uint32_t end = (id & 3) != 3 ? base + (bytes >> 8 & 0xFF) : static_start(id + 1);
    *len = end - o;
    return (const char *)name_static_pool + o;
}

#if ES_NAME_HASHES
/* The PC: the generated hash index (name_static_index). */
static Value find_static(const char *s, size_t n, uint32_t h) {
    uint32_t mask = name_static_index_mask;
    for (uint32_t slot = h & mask;; slot = (slot + 1) & mask) {
        uint32_t id = packed16(name_static_index, slot);
        if (id == 0xFFFF) return V_NULL;
        size_t len;
        const char *p = static_chars(id, &len);
        if (len == n && memcmp(p, s, n) == 0) return V_MKNAME(id);
    }
}
#else
/* The board: the ids follow the byte order of the text (tools/gennames.c), so a binary search
 * finds a name and the 4 kB hash index stays out of the flash (--gc-sections drops it). */
static Value find_static(const char *s, size_t n, uint32_t h) {
    (void)h;
    uint32_t lo = 0, hi = NAME_STATIC_COUNT;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        size_t len;
        const char *p = static_chars(mid, &len);
        int c = memcmp(p, s, len < n ? len : n);
        if (c == 0) c = (len > n) - (len < n);
        if (c == 0) return V_MKNAME(mid);
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return V_NULL;
}
#endif

Value name_find(const char *s, size_t n) {
    uint32_t h = str_hash_bytes(s, n);
    Value v = find_static(s, n, h);
    if (v) return v;
    NameTables *t = tables();
    for (int i = 0; i < t->nsegs; i++) {
        const NameSegment *g = &t->segs[i];
        v = find_in(g->info, g->pool, g->index, g->index_mask, g->first, s, n, h);
        if (v) return v;
    }
    if (!t->index) return V_NULL;
    for (uint32_t slot = h & t->index_mask;; slot = (slot + 1) & t->index_mask) {
        uint32_t e = t->index[slot];
        if (e == 0) return V_NULL;
        NameDyn *d = &t->dyn[e - 1];
        if (d->hash == h && d->len == n && memcmp(d->str, s, n) == 0) return V_MKNAME(t->first + e - 1);
    }
}

static void index_insert(NameTables *t, uint32_t h, uint32_t k) {
    for (uint32_t slot = h & t->index_mask;; slot = (slot + 1) & t->index_mask) {
        if (t->index[slot] == 0) { t->index[slot] = k + 1; return; }
    }
}

Value name_from_str(const char *s, size_t n) {
    Value v = name_find(s, n);
    if (v) return v;
    NameTables *t = tables();
    uint32_t h = str_hash_bytes(s, n);
    if (t->count == t->alloc) {
        uint32_t alloc = t->alloc ? t->alloc * 2 : 32;
        t->dyn = gc_realloc(t->dyn, alloc * sizeof(NameDyn), GC_LONG);   /* names live for ever */
        t->alloc = alloc;
    }
    if ((t->count + 1) * 2 > t->index_mask + 1 || !t->index) {
        uint32_t size = t->index ? (t->index_mask + 1) * 2 : 64;
        uint32_t *old = t->index;
        t->index = gc_alloc(size * sizeof(uint32_t), GC_LEAF | GC_LONG);
        t->index_mask = size - 1;
        for (uint32_t k = 0; k < t->count; k++) index_insert(t, t->dyn[k].hash, k);
        if (old) gc_free(old);
    }
    /* characters go into pool chunks, NUL-terminated */
    if (!t->pool || t->pool_used + n + 1 > t->pool_size) {
        size_t size = n + 1 > 128 ? n + 1 : 128;
        /* The old chunk stays alive through the NameDyn pointers into it. */
        t->pool = gc_alloc(size, GC_LEAF | GC_LONG);
        t->pool_size = size;
        t->pool_used = 0;
    }
    char *p = t->pool + t->pool_used;
    memcpy(p, s, n);
    p[n] = 0;
    t->pool_used += n + 1;
    t->bytes += n + 1;
    NameDyn *d = &t->dyn[t->count];
    d->hash = h;
    d->len = (uint32_t)n;
    d->str = p;
    index_insert(t, h, t->count);
    return V_MKNAME(t->first + t->count++);
}

const char *name_chars(uint32_t id, size_t *len) {
    if (id < NAME_STATIC_COUNT) return static_chars(id, len);
    NameTables *t = tables();
    for (int i = 0; i < t->nsegs; i++) {
        const NameSegment *g = &t->segs[i];
        if (id >= g->first && id < g->first + g->count) {
            const NameStatic *e = &g->info[id - g->first];
            *len = e->len;
            return g->pool + e->offset;
        }
    }
    NameDyn *d = &t->dyn[id - t->first];
    *len = d->len;
    return d->str;
}

uint32_t name_hash(uint32_t id) {
    if (id < NAME_STATIC_COUNT) {
#if ES_NAME_HASHES
        return name_static_hash[id];
#else
        size_t n;
        const char *p = static_chars(id, &n);
        return str_hash_bytes(p, n);
#endif
    }
    NameTables *t = tables();
    for (int i = 0; i < t->nsegs; i++) {
        const NameSegment *g = &t->segs[i];
        if (id >= g->first && id < g->first + g->count) return g->info[id - g->first].hash;
    }
    return t->dyn[id - t->first].hash;
}

void names_dyn_info(size_t *count, size_t *bytes) {
    *count = tables()->count;
    *bytes = tables()->bytes;
}
