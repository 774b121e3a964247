/* Mark-sweep garbage collector over one heap region (see gc.h). */
#include <setjmp.h>
#include <string.h>
#include "gc.h"
#include "exc.h"

enum { AT_FREE = 0, AT_HEAD = 1, AT_TAIL = 2, AT_MARK = 3 };

#define NONE ((size_t)-1)
#define GC_SMALL_HEAP (256 * 1024)   /* bytes: heaps up to this get an automatic threshold */
#define MARK_STACK 128
#define MAX_ROOTS 8

static struct {
    uint8_t *atb;              /* 2 bits per block */
#if ES_GC_LEAF_BITS
    uint8_t *leaf;             /* 1 bit per block: a GC_LEAF head */
#endif
    uintptr_t pool, pool_end;  /* the blocks */
    size_t nblocks;
    size_t cur, cur_end;       /* the free run being carved */
    size_t scan;               /* the search for the next free run continues here */
    size_t long_top;           /* GC_LONG: the next search goes down from here */
    size_t high;               /* no block at or above this index is allocated */
    size_t used, peak;         /* blocks in use, and the most ever */
    size_t since_collect;      /* blocks allocated since the last collection */
    size_t collect_at;         /* collect when since_collect reaches this (threshold, enabled) */
    Int threshold;             /* in blocks; -1 collects only when the heap is full */
    uint32_t collections, freed;
    int lock;
    bool enabled, collecting;
    void *stack_base;
    struct { void *start; size_t n; } roots[MAX_ROOTS];
    int nroots;
    size_t mstack[MARK_STACK];
    int msp;
    bool overflow;
} gc;

static inline unsigned atb_get(size_t b) { return (gc.atb[b >> 2] >> ((b & 3) * 2)) & 3; }
static inline void atb_set(size_t b, unsigned kind) {
    uint8_t *p = &gc.atb[b >> 2];
    unsigned sh = (b & 3) * 2;
    *p = (uint8_t)((*p & ~(3u << sh)) | (kind << sh));
}
#if ES_GC_LEAF_BITS
static inline bool leaf_get(size_t b) { return (gc.leaf[b >> 3] >> (b & 7)) & 1; }
static inline void leaf_set(size_t b, bool on) {
    if (on) gc.leaf[b >> 3] |= (uint8_t)(1u << (b & 7));
    else gc.leaf[b >> 3] &= (uint8_t)~(1u << (b & 7));
}
#endif
static inline void *block_ptr(size_t b) { return (void *)(gc.pool + b * GC_BLOCK); }
static inline size_t ptr_block(const void *p) { return ((uintptr_t)p - gc.pool) / GC_BLOCK; }

/* The peak is noted where `used` is about to drop (and when asked), not at every allocation. */
static inline void note_peak(void) { if (gc.used > gc.peak) gc.peak = gc.used; }

static void update_collect_at(void) {
    gc.collect_at = gc.enabled && gc.threshold >= 0 ? (size_t)gc.threshold : SIZE_MAX;
}

/* Whole table bytes (4 blocks) are handled at once where the hot loops allow it. */
#define ATB_ALL_TAIL 0xAA
static inline bool atb_byte_has_free(uint8_t x) { return (~(x | (x >> 1)) & 0x55) != 0; }

/* Sets blocks [b, e) to kind (AT_FREE or AT_TAIL). */
static void atb_fill(size_t b, size_t e, unsigned kind) {
    while (b < e && (b & 3)) atb_set(b++, kind);
    if (b < e) {
        size_t nb = (e - b) / 4;
        memset(&gc.atb[b >> 2], kind == AT_TAIL ? ATB_ALL_TAIL : 0, nb);
        b += nb * 4;
    }
    while (b < e) atb_set(b++, kind);
}

void gc_init(void *start, void *end) {
    uintptr_t s = ((uintptr_t)start + GC_BLOCK - 1) & ~(uintptr_t)(GC_BLOCK - 1);
    uintptr_t e = (uintptr_t)end & ~(uintptr_t)(GC_BLOCK - 1);
    size_t bytes = e > s ? e - s : 0;
    /* Each block costs GC_BLOCK bytes plus 2 bits of table (plus 1 leaf bit). */
#if ES_GC_LEAF_BITS
    size_t n = bytes * 8 / (GC_BLOCK * 8 + 3);
#else
    size_t n = bytes * 4 / (GC_BLOCK * 4 + 1);
#endif
    size_t table = (n + 3) / 4;
#if ES_GC_LEAF_BITS
    table += (n + 7) / 8;
#endif
    table = (table + GC_BLOCK - 1) & ~(size_t)(GC_BLOCK - 1);
    while (n > 0 && table + n * GC_BLOCK > bytes) n--;
    void *base = gc.stack_base;   /* the port may set the stack base before gc_init */
    memset(&gc, 0, sizeof gc);
    gc.stack_base = base;
    gc.atb = (uint8_t *)s;
#if ES_GC_LEAF_BITS
    gc.leaf = gc.atb + (n + 3) / 4;
#endif
    memset(gc.atb, 0, table);
    gc.pool = s + table;
    gc.nblocks = n;
    gc.long_top = n;
    gc.pool_end = gc.pool + n * GC_BLOCK;
    /* A small heap (the board's, or a test's 64 kB) is collected every quarter of it: the
     * survivors then stay packed at the bottom.  Collected only when full, the objects that
     * outlive a loop end up spread over the whole heap between the garbage (a 62 kB heap was
     * left with 51 kB free in pieces of at most 632 bytes: a list of 300 strings could not
     * grow).  gc.threshold(-1) turns it off. */
    gc.threshold = n * GC_BLOCK <= GC_SMALL_HEAP ? (Int)(n / 4) : -1;
    gc.enabled = true;
    update_collect_at();
}

void gc_set_stack_base(void *base) { gc.stack_base = base; }
void *gc_stack_base(void) { return gc.stack_base; }

void gc_add_root(void *start, size_t nwords) {
    if (gc.nroots < MAX_ROOTS) {
        gc.roots[gc.nroots].start = start;
        gc.roots[gc.nroots].n = nwords;
        gc.nroots++;
    }
}

bool gc_is_heap_ptr(const void *p) {
    return (uintptr_t)p >= gc.pool && (uintptr_t)p < gc.pool_end;
}

/* ---------------- marking ---------------- */

static void mark_block(size_t b) {
    unsigned k = atb_get(b);
    if (k == AT_TAIL) {
        do b--; while (atb_get(b) == AT_TAIL);
        k = atb_get(b);
    }
    if (k != AT_HEAD) return;
    atb_set(b, AT_MARK);
#if ES_GC_LEAF_BITS
    if (leaf_get(b)) return;
#endif
    if (gc.msp < MARK_STACK) gc.mstack[gc.msp++] = b;
    else gc.overflow = true;
}

static inline void mark_word(uintptr_t w) {
    if (w >= gc.pool && w < gc.pool_end) mark_block((w - gc.pool) / GC_BLOCK);
}

/* The C stack scan reads every word between the frames, red zones of the address sanitizer
 * included: a sanitizer build (make fuzz) must not report those reads. */
#ifdef __SANITIZE_ADDRESS__
__attribute__((no_sanitize_address))
#endif
static void mark_range(const void *start, size_t nwords) {
    const uintptr_t *p = start;
    for (size_t i = 0; i < nwords; i++) mark_word(p[i]);
}

static size_t object_end(size_t b) {
    size_t e = b + 1, n = gc.nblocks;
    while (e < n && (e & 3)) {
        if (atb_get(e) != AT_TAIL) return e;
        e++;
    }
    while (e + 4 <= n && gc.atb[e >> 2] == ATB_ALL_TAIL) e += 4;
    while (e < n && atb_get(e) == AT_TAIL) e++;
    return e;
}

static void scan_block(size_t b) {
    size_t e = object_end(b);
    mark_range(block_ptr(b), (e - b) * GC_BLOCK / sizeof(uintptr_t));
}

static void drain(void) {
    for (;;) {
        while (gc.msp > 0) scan_block(gc.mstack[--gc.msp]);
        if (!gc.overflow) return;
        /* The mark stack overflowed: rescan every marked object until nothing new appears. */
        gc.overflow = false;
        for (size_t b = 0; b < gc.high; b++) {
            if (atb_get(b) != AT_MARK) continue;
#if ES_GC_LEAF_BITS
            if (leaf_get(b)) continue;
#endif
            scan_block(b);
            while (gc.msp > 0) scan_block(gc.mstack[--gc.msp]);
        }
    }
}

static ES_NOINLINE void mark_stack(void) {
    jmp_buf regs;  /* spills callee-saved registers onto the stack we scan */
    setjmp(regs);
    volatile uintptr_t here = 0;
    uintptr_t lo = (uintptr_t)&here & ~(uintptr_t)(sizeof(uintptr_t) - 1);
    uintptr_t hi = (uintptr_t)gc.stack_base;
    if ((uintptr_t)&regs < lo) lo = (uintptr_t)&regs & ~(uintptr_t)(sizeof(uintptr_t) - 1);
    if (hi > lo) mark_range((void *)lo, (hi - lo) / sizeof(uintptr_t));
    drain();
}

/* ---------------- sweeping ---------------- */

static void sweep(void) {
    note_peak();
    bool freeing = false;
    size_t used = 0, high = 0;
    uint32_t freed = 0;
    for (size_t b = 0; b < gc.high; b++) {
        if ((b & 15) == 0 && b + 16 <= gc.high) {
            /* a free stretch of 16 blocks (a word of the table) at once: sparse heaps */
            uint32_t w;
            memcpy(&w, &gc.atb[b >> 2], 4);
            if (w == 0) { freeing = false; b += 15; continue; }
        }
        if ((b & 3) == 0 && b + 4 <= gc.high) {
            /* whole bytes of free blocks or of tails: the common case in big heaps */
            uint8_t x = gc.atb[b >> 2];
            if (x == 0) { freeing = false; b += 3; continue; }
            /* four one-block objects, none marked: all free (a tail in the next byte would be
             * the last one's) */
            if (x == 0x55) {
                gc.atb[b >> 2] = 0;
#if ES_GC_LEAF_BITS
                gc.leaf[b >> 3] &= (uint8_t)~(0xFu << (b & 4));
#endif
                freed += 4;
                freeing = true;
                b += 3;
                continue;
            }
            /* four marked one-block objects (or the last with tails in the next byte) */
            if (x == 0xFF) { gc.atb[b >> 2] = 0x55; used += 4; high = b + 4; freeing = false; b += 3; continue; }
            if (x == ATB_ALL_TAIL) {
                if (freeing) gc.atb[b >> 2] = 0;
                else { used += 4; high = b + 4; }
                b += 3;
                continue;
            }
        }
        switch (atb_get(b)) {
        case AT_HEAD:
            atb_set(b, AT_FREE);
            freed++;
#if ES_GC_LEAF_BITS
            leaf_set(b, false);
#endif
            freeing = true;
            break;
        case AT_TAIL:
            if (freeing) atb_set(b, AT_FREE);
            else { used++; high = b + 1; }
            break;
        case AT_MARK:
            atb_set(b, AT_HEAD);
            freeing = false;
            used++;
            high = b + 1;
            break;
        default:
            freeing = false;
            break;
        }
    }
    gc.used = used;
    gc.high = high;
    gc.freed = freed;
}

void vm_gc_mark_roots(void);   /* vm.c: marks the interpreter's state */

void gc_mark_value(Value v) { mark_word(v); drain(); }
void gc_mark_words(const void *start, size_t nwords) { mark_range(start, nwords); drain(); }

void gc_collect(void) {
    if (gc.collecting || gc.lock) return;
    gc.collecting = true;
    for (int i = 0; i < gc.nroots; i++) {
        mark_range(gc.roots[i].start, gc.roots[i].n);
        drain();
    }
    vm_gc_mark_roots();
    mark_stack();
    sweep();
    gc.cur = gc.cur_end = gc.scan = 0;
    gc.long_top = gc.nblocks;
    gc.since_collect = 0;
    gc.collections++;
    gc.collecting = false;
}

/* ---------------- allocation ---------------- */

/* Finds the next run of at least n free blocks at or after gc.scan; makes it current. */
#define RUN_ENOUGH 1024   /* blocks: a free run this long is taken without measuring it all */

static bool next_run(size_t n) {
    size_t b = gc.scan;
    while (b < gc.nblocks) {
        /* Skip allocated blocks, a table byte (4 blocks) at a time where possible. */
        while (b < gc.nblocks && atb_get(b) != AT_FREE) {
            b++;
            while ((b & 3) == 0 && b + 4 <= gc.nblocks && !atb_byte_has_free(gc.atb[b >> 2])) b += 4;
        }
        /* Measure the free run, but not further than needed: a run of a huge empty heap would
         * otherwise be walked to its end after every collection; the rest stays for later. */
        size_t s = b, enough = n > RUN_ENOUGH ? n : RUN_ENOUGH;
        while (b < gc.nblocks && atb_get(b) == AT_FREE && b - s < enough) {
            if ((b & 3) == 0 && b + 4 <= gc.nblocks && gc.atb[b >> 2] == 0) b += 4;
            else b++;
        }
        if (b - s >= n) {
            gc.cur = s;
            gc.cur_end = b;
            gc.scan = b;
            return true;
        }
    }
    gc.scan = gc.nblocks;
    return false;
}

static size_t take(size_t n) {
    if (gc.cur + n <= gc.cur_end || next_run(n)) {
        size_t b = gc.cur;
        gc.cur += n;
        return b;
    }
    return NONE;
}

/* GC_LONG: the highest n free blocks in a run below gc.long_top.  A run is taken from its top
 * end; if that is the run being carved from below, the carving stops short of it. */
static size_t take_high(size_t n) {
    size_t end = gc.long_top;
    while (end >= n) {
        while (end > 0 && atb_get(end - 1) != AT_FREE) end--;
        size_t s = end;
        while (s > 0 && end - s < n && atb_get(s - 1) == AT_FREE) s--;
        if (end - s >= n) {
            size_t b = end - n;
            if (b < gc.cur_end && end > gc.cur) gc.cur_end = b > gc.cur ? b : gc.cur;
            gc.long_top = b;
            return b;
        }
        end = s;
    }
    return NONE;
}

static size_t take_any(size_t n, unsigned flags) {
    if (flags & GC_LONG) {
        size_t b = take_high(n);
        if (b != NONE) return b;
    }
    return take(n);
}

void *gc_alloc_maybe(size_t nbytes, unsigned flags) {
    if (gc.lock > 0 || gc.collecting) return NULL;
    size_t n = (nbytes + GC_BLOCK - 1) / GC_BLOCK;
    if (n == 0) n = 1;
    if (n > gc.nblocks) return NULL;
    if (gc.since_collect >= gc.collect_at) gc_collect();
#ifdef ES_GC_STRESS
    /* debugging: collect at every allocation to find objects that are not reachable */
    gc_collect();
#endif
    size_t b = take_any(n, flags);
    if (b == NONE) {
        gc_collect();
        b = take_any(n, flags);
        if (b == NONE) return NULL;
    }
    atb_set(b, AT_HEAD);
    if (n > 1) atb_fill(b + 1, b + n, AT_TAIL);
#if ES_GC_LEAF_BITS
    leaf_set(b, (flags & GC_LEAF) != 0);
#else
    (void)flags;
#endif
    if (b + n > gc.high) gc.high = b + n;
    gc.used += n;
    gc.since_collect += n;
    void *p = block_ptr(b);
    if ((flags & (GC_LEAF | GC_NOZERO)) != (GC_LEAF | GC_NOZERO)) memset(p, 0, n * GC_BLOCK);
    return p;
}

void *gc_alloc(size_t nbytes, unsigned flags) {
    void *p = gc_alloc_maybe(nbytes, flags);
    if (!p) exc_raise_memory_error();
    return p;
}

const char *gc_bytes_in_ram(const char *p, size_t n, char *buf, size_t cap) {
    if (!ES_WORD_ONLY_PTR(p)) return p;
    char *copy = n < cap ? buf : gc_alloc(n + 1, GC_LEAF | GC_NOZERO);
    memcpy(copy, p, n);   /* (the port's memcpy reads flash by words) */
    copy[n] = 0;
    return copy;
}

void gc_free(void *p) {
    if (!p || !gc_is_heap_ptr(p) || gc.collecting) return;
    size_t b = ptr_block(p);
    if (atb_get(b) != AT_HEAD) return;
    size_t e = object_end(b);
    atb_fill(b, e, AT_FREE);
#if ES_GC_LEAF_BITS
    leaf_set(b, false);
#endif
    note_peak();
    gc.used -= e - b;
    if (e == gc.cur) gc.cur = b;   /* the latest allocation: reuse it at once */
}

size_t gc_size(const void *p) {
    if (!p || !gc_is_heap_ptr(p)) return 0;
    size_t b = ptr_block(p);
    return (object_end(b) - b) * GC_BLOCK;
}

void *gc_realloc(void *p, size_t nbytes, unsigned flags) {
    void *q = gc_realloc_maybe(p, nbytes, flags);
    if (!q) exc_raise_memory_error();
    return q;
}

void *gc_realloc_maybe(void *p, size_t nbytes, unsigned flags) {
    if (!p) return gc_alloc_maybe(nbytes, flags);
    size_t b = ptr_block(p);
    size_t old = object_end(b) - b;
    size_t n = (nbytes + GC_BLOCK - 1) / GC_BLOCK;
    if (n == 0) n = 1;
    if (n <= old) {
        atb_fill(b + n, b + old, AT_FREE);
        note_peak();
        gc.used -= old - n;
        if (b + old == gc.cur) gc.cur = b + n;
        return p;
    }
    /* Grow in place when the blocks after it are free. */
    size_t e = b + old;
    size_t want = b + n;
    if (want <= gc.nblocks && !gc.lock && !gc.collecting) {
        size_t i = e;
        while (i < want && atb_get(i) == AT_FREE) i++;
        if (i == want) {
            atb_fill(e, want, AT_TAIL);
            memset(block_ptr(e), 0, (want - e) * GC_BLOCK);
            /* An allocated object ends at or before the carve point, and a free run ends at
             * an allocated block, so growing can only eat the front of the current run. */
            if (e <= gc.cur && want > gc.cur) gc.cur = want;
            if (want > gc.high) gc.high = want;
            gc.used += want - e;
            gc.since_collect += want - e;
            return p;
        }
    }
    void *q = gc_alloc_maybe(nbytes, flags);
    if (!q) return NULL;
    memcpy(q, p, old * GC_BLOCK);
    gc_free(p);
    return q;
}

void gc_info(GcInfo *info) {
    size_t max_free = 0, run = 0, nfree = 0;
    for (size_t b = 0; b < gc.nblocks; b++) {
        if (atb_get(b) == AT_FREE) {
            nfree++;
            if (++run > max_free) max_free = run;
        } else {
            run = 0;
        }
    }
    info->total = gc.nblocks * GC_BLOCK;
    info->used = gc.used * GC_BLOCK;
    info->free = nfree * GC_BLOCK;
    info->max_free = max_free * GC_BLOCK;
    note_peak();
    info->peak = gc.peak * GC_BLOCK;
    info->collections = gc.collections;
    info->freed = gc.freed;
}

void gc_lock(void) { gc.lock++; }
void gc_unlock(void) { if (gc.lock > 0) gc.lock--; }
int gc_lock_depth(void) { return gc.lock; }
void gc_enable(bool on) { gc.enabled = on; update_collect_at(); }
bool gc_is_enabled(void) { return gc.enabled; }
void gc_set_threshold(Int bytes) {
    gc.threshold = bytes < 0 ? -1 : (Int)((size_t)bytes / GC_BLOCK);
    update_collect_at();
}
Int gc_get_threshold(void) { return gc.threshold < 0 ? -1 : gc.threshold * (Int)GC_BLOCK; }
