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

/* Code that must run from IRAM on the device (the dispatch loop, interrupt handlers). */
#ifndef ES_IRAM
#define ES_IRAM
#endif

#endif
