/* The garbage collector: mark-sweep over one heap region handed in by the port.
 *
 * The heap is cut into blocks of two words.  An allocation table keeps two bits per block
 * (free, head of an object, tail of an object, marked head).  Roots are the VM state (vm.h),
 * the registered root ranges and a conservative scan of the C stack and registers.  Objects are
 * scanned conservatively too: any word that points into an allocated object keeps it alive
 * (interior pointers included), unless the object was allocated with GC_LEAF.
 *
 * gc_alloc never returns NULL: after a collection it raises MemoryError. */
#ifndef ESPY_GC_H
#define ESPY_GC_H

#include <stddef.h>
#include <stdint.h>
#include "obj.h"

#define GC_BLOCK (2 * sizeof(Value))

enum {
    GC_LEAF = 1,   /* holds no pointers: its contents are never scanned */
    GC_NOZERO = 2, /* with GC_LEAF: the caller writes every byte it reads, skip the zeroing */
    GC_LONG = 4,   /* long-lived (compiled code, interned names): taken from the top of the
                    * heap, away from the short-lived objects carved from the bottom, so that
                    * what they leave free stays in one piece */
};

void gc_init(void *start, void *end);
void *gc_alloc(size_t nbytes, unsigned flags);
void *gc_alloc_maybe(size_t nbytes, unsigned flags);  /* NULL instead of MemoryError */
void *gc_realloc(void *p, size_t nbytes, unsigned flags);
void *gc_realloc_maybe(void *p, size_t nbytes, unsigned flags);   /* NULL (p unchanged) instead of MemoryError */
void gc_free(void *p);
size_t gc_size(const void *p);          /* usable bytes of an allocation */
/* The n bytes at p where code built without -mforce-l32 may read them byte by byte: p itself, or
 * where p lies in flash or IRAM (ES_WORD_ONLY_PTR: a static name, a frozen constant) a copy with
 * a NUL after it, in buf when n < cap, else on the heap (live while the caller's stack holds it). */
const char *gc_bytes_in_ram(const char *p, size_t n, char *buf, size_t cap);
bool gc_is_heap_ptr(const void *p);
void gc_collect(void);

/* Extra roots: ranges of words scanned conservatively at every collection. */
void gc_add_root(void *start, size_t nwords);
/* While collecting (vm_gc_mark_roots): marks what the words in [start, start + nwords) point to. */
void gc_mark_words(const void *start, size_t nwords);

/* The C stack's base (the highest address on a downward-growing stack) as seen from main. */
void gc_set_stack_base(void *base);
void *gc_stack_base(void);

typedef struct {
    size_t total, used, free, max_free, peak;
    uint32_t collections;
    uint32_t freed;         /* objects the last collection freed */
} GcInfo;
void gc_info(GcInfo *info);

void gc_lock(void);
void gc_unlock(void);
int gc_lock_depth(void);
void gc_enable(bool on);
bool gc_is_enabled(void);
/* Collect when this many bytes were allocated since the last collection (-1: only when full). */
void gc_set_threshold(Int bytes);
Int gc_get_threshold(void);

/* Convenience typed allocators. */
#define gc_new(T) ((T *)gc_alloc(sizeof(T), 0))

#endif
