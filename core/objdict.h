/* dict and its storage Map (used by instances, classes and modules too). */
#ifndef ESPY_OBJDICT_H
#define ESPY_OBJDICT_H

#include "obj.h"

/* A const Map in flash: entries sorted by name id; keys must be static names. */
#define MAP_CONST_INIT(entries) \
    { sizeof(entries) / sizeof(MapEntry), sizeof(entries) / sizeof(MapEntry), 0, 1, 1, 0, (MapEntry *)(entries) }
#define DICT_CONST_INIT(entries) { { &dict_type }, MAP_CONST_INIT(entries) }

void map_init(Map *m, size_t capacity);
Value map_get(const Map *m, Value key);             /* V_NULL if absent */
MapEntry *map_find(Map *m, Value key);              /* NULL if absent (not for const maps) */
void map_set(Map *m, Value key, Value value);       /* inserts or replaces */
Value map_delete(Map *m, Value key);                /* the old value, or V_NULL */
void map_clear(Map *m);
void map_copy_into(Map *dst, const Map *src);
Value map_pop_last(Map *m, Value *key);             /* popitem; V_NULL if empty */
/* Iteration: entries in order, skipping deleted ones.  *pos starts at 0. */
MapEntry *map_next(const Map *m, size_t *pos);
static inline size_t map_len(const Map *m) { return m->count; }

Value dict_new(size_t capacity);
Map *dict_map(Value d);                             /* a dict, dict subclass or attr dict */
static inline Value dict_get(Value d, Value key) { return map_get(dict_map(d), key); }
static inline void dict_set(Value d, Value key, Value value) { map_set(dict_map(d), key, value); }
Value dict_copy(Value d);
void dict_update(Value d, Value other, bool merge_check);
bool dict_is(Value v);

/* The view of an object's attribute map as a dict (obj.__dict__, vars(obj)). */
Value attrdict_new(Value owner, Map *map);

#endif
