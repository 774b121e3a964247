/* Compile-time configuration of the core.  Each port provides portconfig.h (found on the
 * include path) with its choices; this file fills in the defaults. */
#ifndef ESPY_CONFIG_H
#define ESPY_CONFIG_H

#include "portconfig.h"

#ifndef ES_PORT_NAME
#define ES_PORT_NAME "unknown"
#endif
#ifndef ES_RECURSION_LIMIT
#define ES_RECURSION_LIMIT 1000
#endif
#ifndef ES_INLINE_CACHES
#define ES_INLINE_CACHES 0
#endif
#ifndef ES_GC_LEAF_BITS
#define ES_GC_LEAF_BITS 0
#endif
/* type_of and is_instance_of as calls instead of inline (smaller, a little slower; obj.h). */
#ifndef ES_TYPE_OF_CALL
#define ES_TYPE_OF_CALL 0
#endif
/* Keep the static names' hashes in a table (4 bytes a name) instead of recomputing them. */
#ifndef ES_NAME_HASHES
#define ES_NAME_HASHES 0
#endif

#define ES_VERSION "0.1.0"
#define ES_VERSION_MAJOR 0
#define ES_VERSION_MINOR 1
#define ES_VERSION_MICRO 0

#if defined(__GNUC__)
#define ES_NORETURN __attribute__((noreturn))
#define ES_LIKELY(x) __builtin_expect(!!(x), 1)
#define ES_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define ES_UNUSED __attribute__((unused))
#define ES_NOINLINE __attribute__((noinline))
#else
#define ES_NORETURN
#define ES_LIKELY(x) (x)
#define ES_UNLIKELY(x) (x)
#define ES_UNUSED
#define ES_NOINLINE
#endif

/* Whether p points where only aligned 32-bit loads work (on the ESP8266: IRAM and the flash
 * window, which hold frozen constants and the static names).  Code built without -mforce-l32
 * (mk/firmware.mk L32_OFF_SRCS) copies such text to RAM before reading it byte by byte. */
#ifndef ES_WORD_ONLY_PTR
#define ES_WORD_ONLY_PTR(p) ((void)(p), 0)
#endif

/* A byte or half-word of const data (a table, a field of a const Type) read with one aligned
 * 32-bit load, for the files built without -mforce-l32: where ES_WORD_LOADS is set (the
 * ESP8266 and its QEMU build) that data is in flash, where an 8/16-bit load faults and the
 * LoadStoreError handler finishes it in ~75 cycles.  Elsewhere a plain load (the word around
 * the datum may reach past the object, which the PC's sanitizers would rightly report).
 * Little-endian, as the lx106 is. */
#ifndef ES_WORD_LOADS
#define ES_WORD_LOADS 0
#endif
#include <stdint.h>
typedef uint32_t __attribute__((may_alias)) es_word;
/* A word, loaded whole: the empty asm hides the value from gcc, which would otherwise narrow
 * `w >> 16` or `w & 0xFF` of a word in memory into a half-word or byte load. */
static inline uint32_t es_rd32(const void *p) {
    uint32_t w = *(const es_word *)p;
    if (ES_WORD_LOADS) __asm__("" : "+r"(w));
    return w;
}
static inline uint32_t es_rd8(const void *p) {
    if (!ES_WORD_LOADS) return *(const uint8_t *)p;
    uintptr_t a = (uintptr_t)p;
    return es_rd32((const void *)(a & ~(uintptr_t)3)) >> (a & 3) * 8 & 0xFF;
}
static inline uint32_t es_rd16(const uint16_t *p) {
    if (!ES_WORD_LOADS) return *p;
    uintptr_t a = (uintptr_t)p;
    return es_rd32((const void *)(a & ~(uintptr_t)3)) >> (a & 2) * 8 & 0xFFFF;
}

/* Code that must run from IRAM on the device (the dispatch loop, interrupt handlers). */
#ifndef ES_IRAM
#define ES_IRAM
#endif

#endif
