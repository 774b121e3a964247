/* The frozen-bundle loader and the firmware's ABI table (frozen.h, docs/bundle.md).
 *
 * A bundle is trusted only after every check: magic, version, size within the region, the
 * address it was baked for, the ABI id of this very firmware, and the CRC of its contents.
 * Then its objects are used in place: the VM reads code, constants and names straight from
 * flash, and nothing of the bundle is copied to RAM (the loader keeps three words). */
#include <stddef.h>
#include <string.h>
#include "frozen.h"
#include "objcomplex.h"
#include "crc32.h"
#include "code.h"
#include "import.h"
#include "names.h"
#include "objstr.h"
#include "mpn.h"
#include "msgs_gen.h"

#ifndef ES_FROZEN_ABI_ATTR
#define ES_FROZEN_ABI_ATTR
#endif

/* The table the baker reads from the base image (frozen.h: FZ_ABI_*).  The firmware's linker
 * script puts it at FZ_ABI_OFFSET, right after the layout descriptor. */
ES_FROZEN_ABI_ATTR const uintptr_t frozen_abi[FZ_ABI_WORDS] = {
    [FZ_ABI_MAGIC_W] = FZ_ABI_MAGIC,
    [FZ_ABI_VERSION] = FZ_VERSION,
    [FZ_ABI_NAMES_COUNT] = NAME_STATIC_COUNT,
    [FZ_ABI_NAMES_INFO] = (uintptr_t)name_static_base,
    [FZ_ABI_NAMES_STARTS] = (uintptr_t)name_static_start,
    [FZ_ABI_NAMES_SHIFT] = NAME_STATIC_GROUP_SHIFT,
    [FZ_ABI_NAMES_POOL] = (uintptr_t)name_static_pool,
    [FZ_ABI_OPCODES] = FZ_OPCODES_WORD,
    [FZ_ABI_INT_BITS] = SMALLINT_BITS << 8 | MPN_DIGIT_BITS,
    [FZ_ABI_T_CODE] = (uintptr_t)&code_type,
    [FZ_ABI_T_STR] = (uintptr_t)&str_type,
    [FZ_ABI_T_BYTES] = (uintptr_t)&bytes_type,
    [FZ_ABI_T_INT] = (uintptr_t)&int_type,
    [FZ_ABI_T_FLOAT] = (uintptr_t)&float_type,
    [FZ_ABI_T_COMPLEX] = (uintptr_t)&complex_type,
    [FZ_ABI_T_TUPLE] = (uintptr_t)&tuple_type,
    [FZ_ABI_NONE] = (uintptr_t)&none_obj,
    [FZ_ABI_TRUE] = (uintptr_t)&true_obj,
    [FZ_ABI_FALSE] = (uintptr_t)&false_obj,
    [FZ_ABI_ELLIPSIS] = (uintptr_t)&ellipsis_obj,
};

#if UINTPTR_MAX == 0xFFFFFFFFu
/* The device's structs must be exactly what the baker writes (frozen.h). */
#define FZ_AT(type, field, off) _Static_assert(offsetof(type, field) == (off), #type "." #field " moved: update frozen.h and FZ_VERSION")
FZ_AT(Code, base, FZ_OBJ_TYPE);
FZ_AT(Code, flags, FZ_CODE_FLAGS);
FZ_AT(Code, nregs, FZ_CODE_NREGS);
FZ_AT(Code, nargs, FZ_CODE_NARGS);
FZ_AT(Code, nposonly, FZ_CODE_NPOSONLY);
FZ_AT(Code, nkwonly, FZ_CODE_NKWONLY);
FZ_AT(Code, nupvals, FZ_CODE_NUPVALS);
FZ_AT(Code, nlocals, FZ_CODE_NLOCALS);
FZ_AT(Code, nexc, FZ_CODE_NEXC);
FZ_AT(Code, ninsts, FZ_CODE_NINSTS);
FZ_AT(Code, nconsts, FZ_CODE_NCONSTS);
FZ_AT(Code, nlines, FZ_CODE_NLINES);
FZ_AT(Code, firstline, FZ_CODE_FIRSTLINE);
FZ_AT(Code, name, FZ_CODE_NAME);
FZ_AT(Code, qualname, FZ_CODE_QUALNAME);
FZ_AT(Code, filename, FZ_CODE_FILENAME);
FZ_AT(Code, insts, FZ_CODE_INSTS);
FZ_AT(Code, consts, FZ_CODE_CONSTS);
FZ_AT(Code, varnames, FZ_CODE_VARNAMES);
FZ_AT(Code, upvals, FZ_CODE_UPVALS);
FZ_AT(Code, lines, FZ_CODE_LINES);
FZ_AT(Code, exc, FZ_CODE_EXC);
FZ_AT(Code, cache, FZ_CODE_CACHE);
_Static_assert(sizeof(Code) == FZ_CODE_SIZE, "Code changed size: update frozen.h and FZ_VERSION");
_Static_assert(sizeof(ExcEntry) == FZ_EXC_ENTRY_SIZE, "ExcEntry changed");
FZ_AT(Str, hash, FZ_STR_HASH);
FZ_AT(Str, len, FZ_STR_LEN);
FZ_AT(Str, nchars, FZ_STR_NCHARS);
FZ_AT(Str, data, FZ_STR_DATA);
FZ_AT(Bytes, hash, FZ_BYTES_HASH);
FZ_AT(Bytes, len, FZ_BYTES_LEN);
FZ_AT(Bytes, data, FZ_BYTES_DATA);
FZ_AT(Float, value, FZ_FLOAT_VALUE);
_Static_assert(sizeof(Float) == FZ_FLOAT_SIZE, "Float changed size");
FZ_AT(Complex, re, FZ_COMPLEX_RE);
FZ_AT(Complex, im, FZ_COMPLEX_IM);
_Static_assert(sizeof(Complex) == FZ_COMPLEX_SIZE, "Complex changed size");
FZ_AT(Tuple, len, FZ_TUPLE_LEN);
FZ_AT(Tuple, items, FZ_TUPLE_ITEMS);
FZ_AT(NameStatic, hash, 0);
FZ_AT(NameStatic, len, 4);
FZ_AT(NameStatic, offset, 6);
_Static_assert(sizeof(NameStatic) == 8, "NameStatic changed size");
_Static_assert(SMALLINT_BITS == FZ_SMALLINT_BITS, "small ints are not 31-bit");
_Static_assert(MPN_DIGIT_BITS == 32, "frozen big ints have 32-bit digits");
_Static_assert(sizeof(Value) == 4 && sizeof(void *) == 4, "32-bit target expected");
#endif

/* The loaded bundle: its index (in flash) and size. */
static const uint32_t *fz_index;
static uint32_t fz_nmods;

uint32_t frozen_module_count(void) { return fz_nmods; }

uint32_t frozen_count(int native) {
    uint32_t n = 0;   /* a native module once, though it has an entry per name: its first name's */
    for (uint32_t i = 0; i < fz_nmods; i++) {
        const uint32_t *e = fz_index + i * FZ_MOD_WORDS;
        const uint32_t *head = (const uint32_t *)(uintptr_t)e[FZ_MOD_CODE];
        if (!(e[FZ_MOD_FLAGS] & FZ_MOD_NATIVE)) n += !native;
        else n += native && e[FZ_MOD_NAME] == V_MKNAME(head[FZ_NAT_NAMES] & 0xFFFF);
    }
    return n;
}

uintptr_t frozen_module_name(uint32_t i) { return fz_index[i * FZ_MOD_WORDS + FZ_MOD_NAME]; }

/* The index entry of a module name (an interned name), frozen code or native (FZ_MOD_NATIVE),
 * or NULL.  An app's own module may have a native module's name: _complex, which espy build
 * bakes for what it does, not for an import. */
static const uint32_t *find_entry(Value name, uint32_t native) {
    for (uint32_t i = 0; i < fz_nmods; i++) {
        const uint32_t *e = fz_index + i * FZ_MOD_WORDS;
        if ((Value)e[FZ_MOD_NAME] == name && (e[FZ_MOD_FLAGS] & FZ_MOD_NATIVE) == native) return e;
    }
    return NULL;
}

/* A module name as an interned name, or V_NULL when no such name exists (then no module has it). */
static Value as_name(Value name) {
    if (V_IS_NAME(name)) return name;
    size_t n;
    const char *s = str_data(name, &n);
    return name_find(s, n);
}

/* import_frozen_find: the bundle's module names are interned names (in its segment or the
 * static table), so a lookup is a comparison of words.  Native modules are not code. */
static const Code *frozen_find(Value name, bool *is_package) {
    name = as_name(name);
    const uint32_t *e = name ? find_entry(name, 0) : NULL;
    if (!e) return NULL;
    *is_package = (e[FZ_MOD_FLAGS] & FZ_MOD_PACKAGE) != 0;
    return (const Code *)(uintptr_t)e[FZ_MOD_CODE];
}

/* import_native_find: a native module's object, which is a const BuiltinModule in the bundle. */
static Value native_find(Value name) {
    name = as_name(name);
    const uint32_t *e = name ? find_entry(name, FZ_MOD_NATIVE) : NULL;
    if (!e) return V_NULL;
    const uint32_t *head = (const uint32_t *)(uintptr_t)e[FZ_MOD_CODE];
    return (Value)head[FZ_NAT_MODULE];
}

const Code *frozen_find_module(const char *name, uint32_t len, int *is_package) {
    if (!fz_nmods) return NULL;
    Value v = name_find(name, len);
    bool pkg = false;
    const Code *c = v ? frozen_find(v, &pkg) : NULL;
    if (is_package) *is_package = pkg;
    return c;
}

static bool within(uint32_t off, uint32_t bytes, uint32_t size) {
    return off % 4 == 0 && off <= size && bytes <= size - off;
}

const char *frozen_load(const void *bundle, uint32_t region_size) {
    fz_index = NULL;
    fz_nmods = 0;
    import_frozen_find = NULL;
    import_native_find = NULL;
    const uint32_t *h = bundle;
    if (region_size < FZ_HDR_WORDS * 4) return region_size ? ES_MSG("region too small") : "";
    if (h[FZ_HDR_MAGIC] == 0xFFFFFFFFu) return "";          /* erased: no bundle */
    if (h[FZ_HDR_MAGIC] != FZ_MAGIC) return ES_MSG("bad magic");
    if (h[FZ_HDR_VERSION] != FZ_VERSION) return ES_MSG("format version differs from the firmware's");
    uint32_t size = h[FZ_HDR_SIZE];
    if (size < FZ_HDR_WORDS * 4 || size > region_size || size % 4) return ES_MSG("bad size");
    if (h[FZ_HDR_BASE] != (uint32_t)(uintptr_t)bundle) return ES_MSG("baked for another flash address");
    if (h[FZ_HDR_ABI] != crc32_update(0, frozen_abi, sizeof frozen_abi))
        return ES_MSG("baked for another firmware build");
    if (crc32_update(0, (const uint8_t *)bundle + FZ_HDR_CRC_FROM, size - FZ_HDR_CRC_FROM) != h[FZ_HDR_CRC])
        return ES_MSG("CRC mismatch");
    uint32_t nmods = h[FZ_HDR_NMODS], count = h[FZ_HDR_NAMES_COUNT], mask = h[FZ_HDR_NAMES_MASK];
    if (!within(h[FZ_HDR_INDEX], nmods * FZ_MOD_WORDS * 4, size) ||
        !within(h[FZ_HDR_NAMES_INFO], count * 8, size) || !within(h[FZ_HDR_NAMES_POOL], 0, size) ||
        (mask & (mask + 1)) || !within(h[FZ_HDR_NAMES_INDEX], ((mask + 2) / 2) * 4, size))
        return ES_MSG("bad index");
    if (h[FZ_HDR_NAMES_FIRST] != NAME_STATIC_COUNT) return ES_MSG("baked for another name table");
    const uint32_t *index = (const uint32_t *)((const char *)bundle + h[FZ_HDR_INDEX]);
    uint32_t base = (uint32_t)(uintptr_t)bundle;
    for (uint32_t i = 0; i < nmods; i++) {
        const uint32_t *e = index + i * FZ_MOD_WORDS;
        if (!(e[FZ_MOD_FLAGS] & FZ_MOD_NATIVE)) continue;
        /* a native module: its head and module object inside the bundle */
        uint32_t off = e[FZ_MOD_CODE] - base;
        const uint32_t *head = (const uint32_t *)(uintptr_t)e[FZ_MOD_CODE];
        if (!within(off, FZ_NAT_WORDS * 4, size) || head[FZ_NAT_MAGIC_W] != FZ_NAT_MAGIC ||
            !within(off, head[FZ_NAT_SIZE], size) || head[FZ_NAT_LINKED] != e[FZ_MOD_CODE] ||
            head[FZ_NAT_MODULE] - e[FZ_MOD_CODE] >= head[FZ_NAT_SIZE])
            return ES_MSG("bad native module");
    }
    if (count) {
        const char *b = bundle;
        NameSegment seg = {
            .first = NAME_STATIC_COUNT, .count = count,
            .info = (const NameStatic *)(b + h[FZ_HDR_NAMES_INFO]),
            .pool = b + h[FZ_HDR_NAMES_POOL],
            .index = (const uint32_t *)(b + h[FZ_HDR_NAMES_INDEX]),
            .index_mask = mask,
        };
        if (!names_add_segment(&seg)) return ES_MSG("names were created before the bundle was loaded");
    }
    fz_index = index;
    fz_nmods = nmods;
    import_frozen_find = frozen_find;
    import_native_find = native_find;
    return NULL;
}
