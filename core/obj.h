/* Values and objects: the one representation every part of espy shares.
 *
 * A Value is one machine word (32 bits on the ESP8266, 64 on the PC):
 *   ...xxxx1   small int, the word shifted right by one (31 or 63 bits, signed)
 *   ...xxx10   interned name (a str), the index into the name tables (names.h)
 *   ...xxx00   pointer to an object whose first word is its Type
 * V_NULL (0) is never a Python value: it means "no value" (unbound local, not found, end of
 * iteration, operation not supported) wherever a function documents it.
 *
 * Objects may live in RAM (GC heap) or in flash (const tables and frozen code on the device):
 * code that reads objects must only use word-aligned accesses of the declared field types.
 */
#ifndef ESPY_OBJ_H
#define ESPY_OBJ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "config.h"

typedef uintptr_t Value;
typedef intptr_t Int;     /* machine signed integer, the range of a small int and more */
typedef uintptr_t UInt;

typedef struct Type Type;
typedef struct Object { const Type *type; } Object;

#define V_NULL ((Value)0)

/* ---- small ints ---- */
#define V_IS_INT(v)   (((v) & 1) != 0)
#define V_INT(v)      ((Int)(v) >> 1)
#define V_MKINT(i)    ((Value)(((UInt)(i) << 1) | 1))
#define SMALLINT_BITS (sizeof(Value) * 8 - 1)
#define SMALLINT_MAX  ((Int)(((UInt)1 << (SMALLINT_BITS - 1)) - 1))
#define SMALLINT_MIN  (-SMALLINT_MAX - 1)
static inline bool int_fits_small(Int i) { return i >= SMALLINT_MIN && i <= SMALLINT_MAX; }

/* ---- interned names ---- */
#define V_IS_NAME(v)  (((v) & 3) == 2)
#define V_NAME(v)     ((uint32_t)((v) >> 2))
#define V_MKNAME(id)  ((Value)(((UInt)(id) << 2) | 2))

/* ---- objects ---- */
#define V_IS_PTR(v)   (((v) & 3) == 0)
#define V_PTR(v)      ((void *)(v))
#define V_OBJ(v)      ((Object *)(v))
#define V_FROMPTR(p)  ((Value)(p))

/* ---- singletons (const objects) ---- */
extern const Object none_obj, true_obj, false_obj, ellipsis_obj, notimpl_obj;
#define V_NONE     ((Value)&none_obj)
#define V_TRUE     ((Value)&true_obj)
#define V_FALSE    ((Value)&false_obj)
#define V_ELLIPSIS ((Value)&ellipsis_obj)
#define V_NOTIMPL  ((Value)&notimpl_obj)
#define V_BOOL(b)  ((b) ? V_TRUE : V_FALSE)

/* ---- operators, shared by the compiler, the VM and the types' binary_op/unary_op slots ---- */
typedef enum {
    /* binary arithmetic, in the order of the compiler's operator table */
    OP_ADD, OP_SUB, OP_MUL, OP_MATMUL, OP_TRUEDIV, OP_FLOORDIV, OP_MOD, OP_POW,
    OP_LSHIFT, OP_RSHIFT, OP_AND, OP_XOR, OP_OR,
    /* in-place forms: OP_IADD = OP_ADD + OP_INPLACE ... */
    OP_IADD, OP_ISUB, OP_IMUL, OP_IMATMUL, OP_ITRUEDIV, OP_IFLOORDIV, OP_IMOD, OP_IPOW,
    OP_ILSHIFT, OP_IRSHIFT, OP_IAND, OP_IXOR, OP_IOR,
    /* comparisons */
    OP_LT, OP_LE, OP_EQ, OP_NE, OP_GT, OP_GE,
    /* containment: binary_op(OP_CONTAINS, container, item) */
    OP_CONTAINS,
    OP_NBINARY
} BinaryOp;
#define OP_INPLACE (OP_IADD - OP_ADD)
/* Or'ed into the op passed to a binary_op slot when the slot's type is the right operand's:
 * the slot then implements the reflected operation (__radd__, or __gt__ for a reflected <). */
#define OP_REFLECTED 0x40

typedef enum {
    UOP_NEG, UOP_POS, UOP_INVERT,
    UOP_BOOL,   /* returns V_TRUE/V_FALSE */
    UOP_LEN,    /* returns a small int */
    UOP_HASH,   /* returns a small int */
    UOP_ABS,
    UOP_INT, UOP_FLOAT, UOP_INDEX,
    UOP_NUNARY
} UnaryOp;

/* How an object prints itself: PRINT_REPR for repr(), PRINT_STR for str(). */
typedef enum { PRINT_STR, PRINT_REPR } PrintKind;

/* A sink for characters (console, string builder, file).  See print.h. */
typedef struct Print Print;

/* Iteration: getiter may fill this caller-provided buffer instead of allocating, for the
 * common built-in iterators (VM for-loops pass one that lives in the frame). */
typedef struct IterBuf { Value w[4]; } IterBuf;

/* Attribute access through the `attr` slot, in three modes told apart by dest[1]:
 *   load:   dest[0] == V_NULL, dest[1] == V_SENTINEL_METHOD.  The slot puts the value in
 *           dest[0] and V_NULL in dest[1]; or, for a method, the function in dest[0] and self
 *           in dest[1] so that no bound method is allocated.  Nothing found: dest untouched.
 *   store:  dest[0] == V_NULL, dest[1] == the value.  Success: the slot sets dest[1] = V_NULL.
 *   delete: dest[0] == dest[1] == V_NULL.  Success: the slot sets dest[0] = V_TRUE. */

typedef Value (*NativeFn)(Value *args, int nargs, Value kwnames);

/* Type flags */
enum {
    TF_HEAD_ONLY   = 1 << 0,  /* a TypeHead: no dict, no C slots (TYPE_SLOT); bit 0: one bbsi */
    TF_HEAP        = 1 << 1,  /* a user class, allocated on the GC heap */
    TF_EXCEPTION   = 1 << 2,  /* BaseException or a subclass */
    TF_ITER_SELF   = 1 << 3,  /* iter(x) is x */
    TF_HAS_DICT    = 1 << 4,  /* instances carry an attribute map at dict_offset */
    TF_INT_SUB     = 1 << 5,  /* int or subclass (bool) */
    TF_STR_SUB     = 1 << 6,
    TF_HAS_GETATTR = 1 << 7,  /* user class defines __getattr__ */
    TF_HAS_SETATTR = 1 << 8,  /* user class defines __setattr__ or __delattr__ */
    TF_HAS_GETATTRIBUTE = 1 << 9,
    TF_DESCRIPTORS = 1 << 10, /* some class attribute defines __get__/__set__ */
    TF_SLOTS       = 1 << 11, /* every class in the MRO has __slots__ (without '__dict__') */
    TF_GENERIC_COLLECTIONS = 1 << 12, /* collections.deque & co: t[...] is a generic alias */
    TF_ARRAY       = 1 << 13, /* array.array or a subclass: instances are Arrays (modarray.h) */
    TF_BASETYPE    = 1 << 14, /* may be subclassed */
};

/* The fields every type has, in Type and in TypeHead. */
#define TYPE_HEAD_FIELDS \
    const Type *type;         /* the metatype: &type_type, or a user metaclass */ \
    Value name;               /* a str (interned name for built-in types) */ \
    uint32_t flags; \
    uint16_t instance_size;   /* bytes of the C struct of an instance (0: not instantiable) */ \
    uint16_t dict_offset;     /* offset of the instance attribute Map, if TF_HAS_DICT */ \
    const Type *base;         /* single C base (the "solid" base), NULL for object */

struct Type {
    TYPE_HEAD_FIELDS
    /* a user class's bases and MRO are in its HeapType (objtype.h: type_bases, type_mro) */

    /* A TF_HEAD_ONLY type ends here (TypeHead, below): read the rest directly only from a type
     * known to have it, else through TYPE_SLOT or slot_owner_X. */
    Value dict;               /* class attributes: a dict (user classes) or a const dict */
    /* C slots; NULL means inherit/unsupported (the generic code walks ->base). */
    void  (*print)(Value self, Print *p, PrintKind kind);
    Value (*make_new)(const Type *t, Value *args, int nargs, Value kwnames);
    Value (*call)(Value self, Value *args, int nargs, Value kwnames);
    Value (*unary_op)(UnaryOp op, Value self);
    Value (*binary_op)(BinaryOp op, Value lhs, Value rhs);
    void  (*attr)(Value self, Value name, Value *dest);
    Value (*subscr)(Value self, Value index, Value value);  /* value: V_NULL load, V_SENTINEL_DELETE delete */
    Value (*getiter)(Value self, IterBuf *buf);
    Value (*iternext)(Value self);                         /* V_NULL when exhausted */
};   /* no per-type version: a change to any class bumps type_changed()'s epoch */

/* Head-only types.  A type whose dict and C slots would all be NULL (the exception classes
 * below BaseException: 66 of the firmware's 126 types) is only its head, 20 of Type's 60 bytes
 * on the board, with TF_HEAD_ONLY set.  Code that does not know a type has them reads the dict
 * and the slots through TYPE_SLOT, which gives NULL for a head-only type, or asks
 * slot_owner_X(t): the first type from t along ->base whose slot X is set, or NULL (obj.c;
 * then read owner->X).  So the instances of a head-only type dispatch exactly as before,
 * through their bases' slots, and lookups pass it by as a class with an empty dict. */
typedef struct TypeHead { TYPE_HEAD_FIELDS } TypeHead;
#define TYPE_SLOT(t, field) (((t)->flags & TF_HEAD_ONLY) ? 0 : (t)->field)   /* t read twice */
#define TYPE_SLOT_NAMES(S) S(print) S(make_new) S(call) S(unary_op) S(binary_op) S(attr) S(subscr) \
    S(getiter) S(iternext)
#define TYPE_SLOT_OWNER_DECLARE(field) const Type *slot_owner_##field(const Type *t);
TYPE_SLOT_NAMES(TYPE_SLOT_OWNER_DECLARE)

/* Defines `const Type cname` as a TypeHead with the flags given and TF_HEAD_ONLY:
 * TYPE_HEAD_ONLY(exc_KeyError, TF_EXCEPTION | ..., .type = &type_type, .name = ..., ...).
 * C cannot give an object of one struct type a name of another, so the head is a static
 * TypeHead and cname a second name for it (GCC's alias attribute), of the type every other
 * file declares.  Under AddressSanitizer (make fuzz) the alias would be registered as a whole
 * Type, its "redzone" over the next head: the name is given in assembly instead, so that ASan
 * knows the head alone and reports any read past it (a missing TYPE_SLOT).  Other compilers
 * get the whole Type. */
#if defined(__GNUC__) && defined(__SANITIZE_ADDRESS__)
#define TYPE_HEAD_ONLY(cname, type_flags, ...) \
    __attribute__((used)) static const TypeHead cname##_head = \
        {.flags = (type_flags) | TF_HEAD_ONLY, __VA_ARGS__}; \
    __asm__(".globl " #cname "\n.set " #cname ", " #cname "_head"); \
    extern const Type cname
#elif defined(__GNUC__)
#define TYPE_HEAD_ONLY(cname, type_flags, ...) \
    static const TypeHead cname##_head = {.flags = (type_flags) | TF_HEAD_ONLY, __VA_ARGS__}; \
    extern const Type cname __attribute__((alias(#cname "_head")))
#else
#define TYPE_HEAD_ONLY(cname, type_flags, ...) \
    const Type cname = {.flags = (type_flags) | TF_HEAD_ONLY, __VA_ARGS__}
#endif

/* Special marker values (never Python-visible).  They are addresses of const words. */
extern const Object sentinel_delete_obj, sentinel_method_obj, sentinel_hooked_obj;
#define V_SENTINEL_DELETE ((Value)&sentinel_delete_obj)
#define V_SENTINEL_METHOD ((Value)&sentinel_method_obj)
/* The value of a built-in module's table entry that the module's attr hook gives: the name is
 * listed by dir() and the value looked up through the hook, which is asked for no other name
 * (objmodule.c). */
#define V_HOOKED ((Value)&sentinel_hooked_obj)

/* ---- the built-in types ---- */
extern const Type type_type, object_type, none_type, bool_type, int_type, float_type,
    str_type, bytes_type, bytearray_type, list_type, tuple_type, dict_type, set_type,
    frozenset_type, range_type, slice_type, function_type, closure_type, native_fn_type,
    bound_method_type, generator_type, module_type, code_type, property_type,
    staticmethod_type, classmethod_type, super_type, ellipsis_type, notimpl_type,
    cell_type, memoryview_type;

/* Type of any value.  With ES_TYPE_OF_CALL (the firmware) type_of and is_instance_of are calls
 * (obj.c) outside the VM's loop: inlined at 340 places they cost 1.3 kB of flash. */
static inline const Type *type_of_inline(Value v) {
    if (V_IS_INT(v)) return &int_type;
    if (V_IS_NAME(v)) return &str_type;
    return V_OBJ(v)->type;
}
#if ES_TYPE_OF_CALL && !defined(ES_TYPE_OF_INLINE)
#define ES_TYPE_OF_OUTLINE 1
const Type *type_of(Value v);
#else
static inline const Type *type_of(Value v) { return type_of_inline(v); }
#endif
static inline bool is_type(Value v, const Type *t) {
    return V_IS_PTR(v) && V_OBJ(v)->type == t;
}

bool type_is_subtype(const Type *t, const Type *base);
#ifdef ES_TYPE_OF_OUTLINE
bool is_instance_of(Value v, const Type *t);
#else
static inline bool is_instance_of(Value v, const Type *t) {
    const Type *vt = type_of(v);
    return vt == t || type_is_subtype(vt, t);
}
#endif

/* ---- common object structs ---- */
typedef struct {
    Object base;
    UInt len;
    Value items[];
} Tuple;

typedef struct {
    Object base;
    UInt len, alloc;
    Value *items;
} List;

typedef struct {
    Object base;
    double value;
} Float;

/* Heap and flash str objects.  Interned names are not objects (see V_IS_NAME). */
typedef struct {
    Object base;
    uint32_t hash;      /* 0: not computed yet */
    uint32_t len;       /* bytes of UTF-8 */
    uint32_t nchars;    /* code points; == len for ASCII */
    char data[];        /* len bytes then a NUL */
} Str;

typedef struct {
    Object base;
    uint32_t hash;
    uint32_t len;
    uint8_t data[];     /* len bytes then a NUL */
} Bytes;

typedef struct {
    Object base;
    UInt len, alloc;
    uint8_t *data;
} ByteArray;

/* Dict storage, used by dict objects, instances (inline at dict_offset) and modules. */
typedef struct { Value key, value; } MapEntry;
typedef struct {
    uint32_t count;         /* live entries */
    uint32_t used : 24;     /* entries[0..used) filled, including deleted (key V_NULL) */
    uint32_t cap_log2 : 5;  /* capacity 1 << cap_log2 when table != NULL */
    uint32_t is_const : 1;  /* table is a const table in flash sorted by name: copy before writing */
    uint32_t all_names : 1; /* every key is an interned name: lookups of a name compare words */
    uint32_t watched : 1;   /* used as globals: adding or removing a key bumps map_keys_epoch */
    MapEntry *table;        /* entries; an index follows them when capacity > MAP_LINEAR_MAX */
} Map;
/* Bumped when a watched map (module globals) gains or loses a key: the VM's cache of names
 * found in the builtins is right only while no globals dict has changed its keys. */
extern uint32_t map_keys_epoch;

typedef struct {
    Object base;
    Map map;
} Dict;

typedef struct {
    Object base;
    Value globals;          /* a dict */
} Module;

/* A built-in function in flash: a C function with its name.  The name and the argument counts
 * share one word, so that a call reads them with one aligned load: in flash, where most of these
 * objects are, a byte or half-word field costs a five-instruction sequence under -mforce-l32. */
typedef struct {
    Object base;
    NativeFn fn;
    uint32_t info;   /* NFN_INFO: the name (a static name id), the positional counts checked
                      * before the call (NARGS_ANY: any), the NFN_* flags */
} NativeFunc;   /* 12 bytes on the board: ~560 of them are in flash */
/* (a count that does not fit its bits is a compile error: a char array of size -1) */
#define NFN_INFO(name_id, max_args, min_args, flags) \
    ((uint32_t)(name_id) | (uint32_t)(max_args) << 16 | (uint32_t)(min_args) << 24 | (uint32_t)(flags) << 29 | \
     0 * sizeof(char[(name_id) <= 0xFFFF && (max_args) <= 0xFF && (min_args) <= 0x1F && (flags) <= 7 ? 1 : -1]))
#define NFN_NAME(f)  V_MKNAME((f)->info & 0xFFFF)
#define NFN_MAX(f)   (((f)->info >> 16) & 0xFF)
#define NFN_MIN(f)   (((f)->info >> 24) & 0x1F)
#define NFN_FLAGS(f) ((f)->info >> 29)
#define NFN_KW     1
#define NFN_METHOD 2       /* args[0] is self: error messages count without it */
#define NFN_EXPECTED 4     /* count errors worded "f expected N arguments, got M" (arg_check_count) */
#define NARGS_ANY  0xFF

typedef struct {
    Object base;
    Value self, func;
} BoundMethod;

typedef struct {
    Object base;
    Value value;
} Cell;  /* for property/staticmethod/classmethod wrappers too */

#endif
