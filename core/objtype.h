/* type and object: classes, attribute lookup along the MRO, instances of user classes. */
#ifndef ESPY_OBJTYPE_H
#define ESPY_OBJTYPE_H

#include "obj.h"
#include "objdict.h"

/* A user class: a Type followed by what only heap types need.  The bases and the MRO are here,
 * not in Type: each of the built-in types in flash would carry an empty word for them (the MRO
 * word: 448 bytes of firmware).  Reading the MRO tests the flags word instead of the MRO
 * word, which costs a built-in type nothing and a user class one load more. */
typedef struct {
    Type type;
    Value mro;               /* tuple, the C3 linearisation, starting with the class itself */
    Value bases;             /* tuple of bases */
    Dict ns;                 /* the class namespace (type.dict points here) */
    uint32_t special;        /* bit per special method the class defines (SM_*) */
} HeapType;

/* A class's tuple of bases; V_NULL for a built-in type (its base is ->base). */
static inline Value type_bases(const Type *t) { return (t->flags & TF_HEAP) ? ((const HeapType *)t)->bases : V_NULL; }
/* A class's MRO, a tuple; V_NULL for a built-in type (its MRO is the chain of ->base). */
static inline Value type_mro(const Type *t) { return (t->flags & TF_HEAP) ? ((const HeapType *)t)->mro : V_NULL; }

/* What class c's own dict holds for name: V_NULL if nothing (a head-only type has no dict). */
static inline Value type_own_get(const Type *c, Value name) {
    return TYPE_SLOT(c, dict) ? map_get(dict_map(c->dict), name) : V_NULL;
}
/* Looks name up along t's MRO.  V_NULL if no class defines it. */
Value type_lookup(const Type *t, Value name);
/* The same for attribute access: a built-in type in the MRO also answers the dunders of its C
 * slots with a slot wrapper ((1).__add__, list.__lt__).  V_NONE for an absent __hash__. */
Value type_lookup_attr(const Type *t, Value name);
/* Call after changing a class's dict (its cached lookups are dropped). */
void type_changed(void);
extern const Type slot_wrapper_type;
Value type_new_class(const Type *meta, Value name, Value bases, Value ns);
Value type_new_class_kw(const Type *meta, Value name, Value bases, Value ns, Value kwargs);
bool type_is_heap(const Type *t);
Map *obj_attr_map(Value obj);                /* instance attribute map, or NULL */
/* The special-method dispatch for user classes (SM_* bits select which exist). */
Value instance_call_special(Value obj, Value name, Value *args, int nargs, bool *found);
Value obj_new_instance(const Type *t);
/* Binds a value found in a class to an instance (function -> method; descriptors). */
Value type_bind(Value v, Value obj, const Type *owner);
Value object_repr_default(Value obj);

#endif
