/* Interned names: strings that are Values (V_MKNAME(id)), compared by id.
 *
 * Ids below NAME_STATIC_COUNT are the static table generated from names.def at build time
 * (const, in flash).  A frozen bundle may add a segment of its own (in flash, with its own
 * hash index).  Names made at run time (the compiler on the device, getattr with a new string)
 * go to tables on the GC heap.  Names are never freed. */
#ifndef ESPY_NAMES_H
#define ESPY_NAMES_H

#include <stddef.h>
#include <stdint.h>
#include "obj.h"
#include "names_gen.h"

/* A frozen bundle's name: hash, length and offset into its pool. */
typedef struct {
    uint32_t hash;
    uint16_t len;
    uint16_t offset;
} NameStatic;

/* The static table: name id's bytes start at pool + start(id), where start(id) =
 * base[id >> NAME_STATIC_GROUP_SHIFT] + start[id] (a uint32 per group of names, a byte per
 * name: tools/gennames.c), and run up to start(id + 1).  No NUL follows a static name, so the
 * text of a name (name_chars, str_data) is not a C string: read it with its length; copy it
 * where a C string is wanted. */
extern const uint32_t name_static_base[];
extern const uint32_t name_static_start[];   /* the bytes, 4 to a word (little-endian) */
extern const uint32_t name_static_hash[];   /* used where ES_NAME_HASHES */
extern const uint32_t name_static_pool[];
extern const uint32_t name_static_index[];
extern const uint32_t name_static_index_mask;
extern const uint16_t name_ascii[128];   /* the name of each one-character ASCII string */

/* A segment of names in flash (a frozen bundle's): ids first .. first+count-1. */
typedef struct {
    uint32_t first, count;
    const NameStatic *info;
    const char *pool;
    const uint32_t *index;   /* uint16 ids packed in pairs, 0xFFFF empty */
    uint32_t index_mask;
} NameSegment;

void names_init(void);
bool names_add_segment(const NameSegment *seg);   /* false if the ids do not follow on */
uint32_t names_count(void);

uint32_t str_hash_bytes(const char *s, size_t n);
/* The name for these bytes, creating it if needed. */
Value name_from_str(const char *s, size_t n);
/* The name for these bytes if it exists, else V_NULL. */
Value name_find(const char *s, size_t n);
const char *name_chars(uint32_t id, size_t *len);
uint32_t name_hash(uint32_t id);
/* Bytes of names made at run time (for micropython.qstr_info). */
void names_dyn_info(size_t *count, size_t *bytes);

#endif
