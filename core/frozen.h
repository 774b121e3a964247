/* Frozen bundles: Python modules compiled on the host (`espy build`) and executed in place
 * from the ESP8266's memory-mapped flash.  docs/bundle.md describes the format.
 *
 * This header is the one description of the format, shared by the baker (ports/host/bake.c,
 * 64-bit host), the image checker (ports/host/image.c, which is also built without the core)
 * and the loader (core/frozen.c, on the device).  The baker cannot use the device's C structs
 * (its pointers are 8 bytes), so every structure is given here as 32-bit word offsets in the
 * device layout; core/frozen.c checks them against the real structs with _Static_assert
 * whenever it is compiled for a 32-bit target.  Only <stdint.h> is needed here.
 *
 * Everything is little-endian, word-aligned, and pointers are absolute addresses in the flash
 * mapping (0x40200000 + flash offset): the bundle is baked for one address and one firmware. */
#ifndef ESPY_FROZEN_H
#define ESPY_FROZEN_H

#include <stdint.h>

#define FZ_MAGIC   0x42595345u   /* "ESYB" */
#define FZ_VERSION 7u            /* bundle format and struct layout version */

/* ---- bundle header: FZ_HDR_WORDS words at the start of the bundle region ---- */
enum {
    FZ_HDR_MAGIC,        /* FZ_MAGIC */
    FZ_HDR_VERSION,      /* FZ_VERSION */
    FZ_HDR_SIZE,         /* bytes of the whole bundle, header included, multiple of 4 */
    FZ_HDR_CRC,          /* CRC-32 (lib/crc32) of bytes [FZ_HDR_CRC_FROM, size) */
    FZ_HDR_ABI,          /* the firmware's ABI id (fz_abi_id of its ABI table) */
    FZ_HDR_BASE,         /* address the bundle was baked for (0x40200000 + bundle_start) */
    FZ_HDR_NMODS,        /* module count */
    FZ_HDR_INDEX,        /* byte offset of the module index */
    FZ_HDR_NAMES_FIRST,  /* id of the bundle's first name (= the firmware's static count) */
    FZ_HDR_NAMES_COUNT,  /* names in the bundle's name segment */
    FZ_HDR_NAMES_INFO,   /* byte offset: NameStatic[count] (hash, len16 | offset16 << 16) */
    FZ_HDR_NAMES_POOL,   /* byte offset: the names' bytes, each followed by a NUL */
    FZ_HDR_NAMES_INDEX,  /* byte offset: hash index, uint16 ids packed in pairs, 0xFFFF empty */
    FZ_HDR_NAMES_MASK,   /* index slots - 1 (a power of two minus one) */
    FZ_HDR_SOURCE_BYTES, /* bytes of Python source the bundle was compiled from (info only) */
    FZ_HDR_RESERVED,     /* zero */
    FZ_HDR_WORDS
};
#define FZ_HDR_CRC_FROM (FZ_HDR_ABI * 4)   /* the CRC covers everything after itself */

/* ---- module index: nmods entries of FZ_MOD_WORDS words, sorted by name bytes ---- */
enum {
    FZ_MOD_NAME,         /* the module's full dotted name: an interned-name Value */
    FZ_MOD_CODE,         /* address of its module Code object */
    FZ_MOD_FLAGS,        /* FZ_MOD_PACKAGE */
    FZ_MOD_WORDS
};
#define FZ_MOD_PACKAGE 1u
#define FZ_MOD_NATIVE  2u   /* a native module: FZ_MOD_CODE is the address of its head */

/* ---- native modules ----
 * A built-in module written in C that the firmware leaves out and `espy build` bakes into a
 * bundle when the app imports it (docs/bundle.md "Native modules").  It is linked on its own
 * against the firmware's symbols and runs in place from the bundle, like frozen code.  Its
 * bytes are a head of FZ_NAT_WORDS words, its code and constants (FZ_NAT_SIZE bytes in all),
 * then two relocation tables: FZ_NAT_NRELOCS uint16 word indexes of the words that hold an
 * address inside the module, and FZ_NAT_NCALLS uint16 gaps to the CALL0 instructions that call
 * into the firmware (PC-relative: they change when the module moves, as the words do): the
 * first call's byte offset, then each one's distance from the one before; padded to a word.  The bytes are always those of the module linked at the address
 * in FZ_NAT_LINKED: NATMOD_BASE in a `.enm` file (what the firmware build writes), where the
 * head sits in a bundle.  The module shares the firmware's C structs (Type, TypeHead and the
 * rest of obj.h) and reads the firmware's const types: FZ_NAT_BUILD ties it to one firmware
 * build (and the bundle's ABI id covers that word), so a change of those layouts, such as the
 * head-only types (obj.h TYPE_HEAD_ONLY, the MRO moved to HeapType), needs a rebuilt module but
 * no new FZ_VERSION: no frozen object stores a Type. */
#define FZ_NAT_MAGIC 0x4E595345u  /* "ESYN" */
enum {
    FZ_NAT_MAGIC_W,
    FZ_NAT_SIZE,         /* bytes of head, code and constants, a multiple of 4 */
    FZ_NAT_NRELOCS,      /* entries of the word relocation table */
    FZ_NAT_NCALLS,       /* entries of the CALL0 table */
    FZ_NAT_MODULE,       /* address of its BuiltinModule (an address inside the module) */
    FZ_NAT_NAMES,        /* the static name ids it is imported by: low half, high half (0 none) */
    FZ_NAT_LINKED,       /* the head's own address: where the bytes are linked for */
    FZ_NAT_BUILD,        /* the FZ_ABI_BUILD word of the firmware it was linked against */
    FZ_NAT_WORDS
};
/* CALL0: the low 6 bits of its first byte are 0x05, the 18 bits above a signed word offset
 * from (pc & ~3) + 4.  fz_call0_aim re-encodes one at `pc` for `target`: 0, or -1 when the
 * target is out of its +-512 kB reach. */
static inline int fz_is_call0(const uint8_t *p) { return (p[0] & 0x3F) == 0x05; }
static inline uint32_t fz_call0_target(const uint8_t *p, uint32_t pc) {
    int32_t off = (int32_t)((uint32_t)(p[0] >> 6 | p[1] << 2 | p[2] << 10) << 14) >> 14;
    return (pc & ~3u) + 4 + 4 * (uint32_t)off;
}
static inline int fz_call0_aim(uint8_t *p, uint32_t pc, uint32_t target) {
    int32_t off = (int32_t)(target - ((pc & ~3u) + 4)) / 4;
    if (off < -(1 << 17) || off >= (1 << 17)) return -1;
    uint32_t u = (uint32_t)off & 0x3FFFF;
    p[0] = (uint8_t)((p[0] & 0x3F) | u << 6);
    p[1] = (uint8_t)(u >> 2);
    p[2] = (uint8_t)(u >> 10);
    return 0;
}
#define FZ_NAT_ALIGN 16u   /* where a module's head may be placed, in a file and in a bundle */

/* ---- the firmware's ABI table ----
 * A const table in the firmware (core/frozen.c, frozen_abi) at flash offset FZ_ABI_OFFSET,
 * right after the layout descriptor (lib/esplayout.h).  The baker reads it from the base
 * image: the addresses of the const types and singletons that frozen object headers point at,
 * and the static name table, which it compares with its own.  The ABI id, the CRC-32 of the
 * table's words, is stored in every bundle: the loader refuses a bundle whose id differs from
 * its own, so a bundle never runs on a firmware it was not baked for. */
#define FZ_ABI_OFFSET 0x4040u      /* = ESPLAYOUT_IROM_START + ESPLAYOUT_SIZE */
#define FZ_ABI_MAGIC  0x41595345u  /* "ESYA" */
enum {
    FZ_ABI_MAGIC_W,
    FZ_ABI_VERSION,      /* FZ_VERSION */
    FZ_ABI_NAMES_COUNT,  /* NAME_STATIC_COUNT: the bundle's names start here */
    FZ_ABI_NAMES_INFO,   /* address of name_static_base[]: where name i starts in the pool is
                          * fz_name_start() of it and name_static_start[] (FZ_ABI_NAMES_STARTS);
                          * name i is pool[start(i) .. start(i + 1)), no NUL between names */
    FZ_ABI_NAMES_POOL,   /* address of name_static_pool (the bytes) */
    FZ_ABI_OPCODES,      /* opcode count << 24 | signature of the opcode list (fz_opcode_sig) */
    FZ_ABI_INT_BITS,     /* SMALLINT_BITS << 8 | MPN_DIGIT_BITS */
    FZ_ABI_T_CODE,       /* &code_type ... the types of frozen objects */
    FZ_ABI_T_STR,
    FZ_ABI_T_BYTES,
    FZ_ABI_T_INT,
    FZ_ABI_T_FLOAT,
    FZ_ABI_T_TUPLE,
    FZ_ABI_NONE,         /* &none_obj ... singleton constants */
    FZ_ABI_TRUE,
    FZ_ABI_FALSE,
    FZ_ABI_ELLIPSIS,
    FZ_ABI_T_COMPLEX,
    FZ_ABI_BUILD,        /* the firmware build: CRC-32 of its boot image and irom0 bytes, with this
                          * word and the layout descriptor taken as zeros (image_abi_seal); 0 in
                          * the ELF, written by `espy image from-elf`.  Native modules call into the
                          * firmware by address, so a bundle fits only the build it was baked for. */
    FZ_ABI_NAMES_STARTS, /* address of name_static_start[] (uint8, count + 1 of them) */
    FZ_ABI_NAMES_SHIFT,  /* NAME_STATIC_GROUP_SHIFT: names per entry of name_static_base, as a shift */
    FZ_ABI_WORDS
};

/* Where static name `id` starts in the firmware's pool, from the little-endian bytes of its
 * tables: a uint32 base per group of 2^shift names, a byte per name above its group's base. */
static inline uint32_t fz_name_start(const uint8_t *base, const uint8_t *starts, uint32_t shift, uint32_t id) {
    const uint8_t *b = base + 4 * (id >> shift);
    return ((uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24) + starts[id];
}

/* ---- frozen objects, device layout (byte offsets) ---- */
/* every object: word 0 is its Type pointer */
#define FZ_OBJ_TYPE        0

/* struct Code (code.h) */
#define FZ_CODE_FLAGS      4
#define FZ_CODE_NREGS      8    /* uint8 nregs, nargs, nposonly, nkwonly */
#define FZ_CODE_NARGS      9
#define FZ_CODE_NPOSONLY  10
#define FZ_CODE_NKWONLY   11
#define FZ_CODE_NUPVALS   12    /* uint8 nupvals, nlocals, uint16 nexc */
#define FZ_CODE_NLOCALS   13
#define FZ_CODE_NEXC      14
#define FZ_CODE_NINSTS    16
#define FZ_CODE_NCONSTS   20
#define FZ_CODE_NLINES    24
#define FZ_CODE_FIRSTLINE 28
#define FZ_CODE_NAME      32
#define FZ_CODE_QUALNAME  36
#define FZ_CODE_FILENAME  40
#define FZ_CODE_INSTS     44
#define FZ_CODE_CONSTS    48
#define FZ_CODE_VARNAMES  52
#define FZ_CODE_UPVALS    56
#define FZ_CODE_LINES     60
#define FZ_CODE_EXC       64
#define FZ_CODE_CACHE     68
#define FZ_CODE_SIZE      72
#define FZ_EXC_ENTRY_SIZE 12    /* ExcEntry: start, end, handler_reg */

/* Str (obj.h): hash set at bake time (never 0), len, nchars, bytes, NUL */
#define FZ_STR_HASH        4
#define FZ_STR_LEN         8
#define FZ_STR_NCHARS     12
#define FZ_STR_DATA       16
/* Bytes (obj.h): hash, len, bytes, NUL */
#define FZ_BYTES_HASH      4
#define FZ_BYTES_LEN       8
#define FZ_BYTES_DATA     12
/* Float (obj.h): the double at offset 8 (8-byte aligned object) */
#define FZ_FLOAT_VALUE     8
#define FZ_FLOAT_SIZE     16

/* Complex (objcomplex.h) */
#define FZ_COMPLEX_RE      8
#define FZ_COMPLEX_IM     16
#define FZ_COMPLEX_SIZE   24
/* BigInt (objint.c): int32 size (digit count, negative for negative numbers), 32-bit digits,
 * least significant first; only for values outside the device's small int range */
#define FZ_BIGINT_SIZE     4
#define FZ_BIGINT_DIGITS   8
/* Tuple (obj.h): len, items */
#define FZ_TUPLE_LEN       4
#define FZ_TUPLE_ITEMS     8

/* Small ints on the device: 31 bits. */
#define FZ_SMALLINT_BITS  31

/* The ABI id: CRC-32 (lib/crc32.h) of the table's FZ_ABI_WORDS words as little-endian
 * bytes, i.e. crc32_update(0, table, FZ_ABI_WORDS * 4) on the device or on image bytes. */

/* The opcode word of the ABI table, for code that includes opcodes.h: the opcode count and a
 * signature of the names in their order, so a renumbered instruction set is noticed. */
#define FZ_OPCODE_TERM(name, fmt, doc) + ((uint32_t)I_##name + 1u) * ((uint32_t)sizeof(#name) * 40503u + 1u)
#define FZ_OPCODES_WORD ((uint32_t)I_COUNT << 24 | ((0u OPCODES(FZ_OPCODE_TERM)) & 0xFFFFFFu))

/* ---- the loader (core/frozen.c, used by the firmware) ---- */
struct Code;
/* Checks the bundle at `bundle` (a region of `region_size` bytes in mapped flash): magic,
 * version, size, base address, ABI id, CRC.  If it is sound, registers its name segment and
 * makes `import` find its modules (import_frozen_find).  Call right after vm_init(), before any
 * name is created at run time.  Returns NULL on success, "" for an empty region (erased flash),
 * or a one-line reason why the bundle was refused: a compressed text (ES_MSG), for print_fmt. */
const char *frozen_load(const void *bundle, uint32_t region_size);
/* Modules in the loaded bundle (0 when none is loaded): index entries (a native module has
 * one per name), and the Python (native: false) or native modules. */
uint32_t frozen_module_count(void);
uint32_t frozen_count(int native);
uintptr_t frozen_module_name(uint32_t i);   /* the name (a Value) of module i < frozen_module_count() */
/* The code of a module of the loaded bundle by name, or NULL. */
const struct Code *frozen_find_module(const char *name, uint32_t len, int *is_package);

#endif
