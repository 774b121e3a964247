/* `espy build`: compile Python modules on the host and bake them, as a frozen bundle, into a
 * copy of the firmware image (docs/bundle.md; the format is core/frozen.h).
 *
 *   espy build [-o OUT] [--base IMAGE] [--flash-size 512K|1M|2M|4M] [--fs DIR]
 *              [--lib NAME]... [--native FILE.enm]... [--no-lib] FILE.py|DIR ...
 *
 * The modules are compiled with the core's compiler and written in the device's 32-bit struct
 * layout, with absolute addresses of the flash mapping, so that the firmware runs them in place.
 * The board library's modules (pylib.h) that they import, and those named with --lib, are
 * compiled from the copies embedded in this binary and baked with them; so are the native
 * modules they import (bake_native.h), copied from the base image's bundle.
 * Objects are written children first (a code object after its constants and arrays), so every
 * pointer is known when it is written.  Nothing here runs a C compiler. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "commands.h"
#include "image.h"
#include "espimage.h"
#include "esplayout.h"
#include "frozen.h"
#include "objcomplex.h"
#include "crc32.h"
#include "gc.h"
#include "vm.h"
#include "code.h"
#include "compile.h"
#include "exc.h"
#include "print.h"
#include "names.h"
#include "objstr.h"
#include "objint.h"
#include "objfloat.h"
#include "objtuple.h"
#include "opcodes.h"
#include "pylib.h"
#include "bake_native.h"
#include "modmachine.h"

static const char *prog = "espy build";

/* The native modules on offer: from --native files and the base image's bundle. */
static NativeSet natives;

/* ---- the modules to bake ---- */

typedef struct {
    char *name;      /* dotted module name */
    char *path;      /* file to read */
    char *file;      /* the code's filename: the path below the argument's directory */
    int package;
    const PylibModule *lib;   /* a board library module (its text is embedded), or NULL */
    const Code *code;         /* once compiled */
    size_t source;            /* bytes of source */
} BakeMod;

typedef struct {
    BakeMod *v;
    size_t n, cap;
} ModList;

static char *dupstr(const char *s) {
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

static char *join(const char *a, const char *sep, const char *b) {
    size_t na = strlen(a), ns = strlen(sep), nb = strlen(b);
    char *d = malloc(na + ns + nb + 1);
    if (!d) return NULL;
    memcpy(d, a, na);
    memcpy(d + na, sep, ns);
    memcpy(d + na + ns, b, nb + 1);
    return d;
}

static bool is_identifier(const char *s, size_t n) {
    if (n == 0 || (s[0] >= '0' && s[0] <= '9')) return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    }
    return true;
}

static int add_module(ModList *m, const char *name, const char *path, const char *file, int package) {
    for (size_t i = 0; i < m->n; i++)
        if (strcmp(m->v[i].name, name) == 0) {
            fprintf(stderr, "%s: module '%s' given twice (%s and %s)\n", prog, name, m->v[i].path, path);
            return -1;
        }
    if (m->n == m->cap) {
        m->cap = m->cap ? 2 * m->cap : 32;
        m->v = realloc(m->v, m->cap * sizeof *m->v);
        if (!m->v) return -1;
    }
    BakeMod *e = &m->v[m->n++];
    e->name = dupstr(name);
    e->path = dupstr(path);
    e->file = dupstr(file);
    e->package = package;
    e->lib = NULL;
    e->code = NULL;
    return e->name && e->path && e->file ? 0 : -1;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Sorted entries of a directory (malloc'd array of malloc'd names), or NULL. */
static char **list_dir(const char *dir, size_t *count) {
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "%s: cannot read directory %s: %s\n", prog, dir, strerror(errno));
        return NULL;
    }
    size_t n = 0, cap = 16;
    char **v = malloc(cap * sizeof *v);
    struct dirent *e;
    while (v && (e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        if (n == cap) v = realloc(v, (cap *= 2) * sizeof *v);
        if (v) v[n++] = dupstr(e->d_name);
    }
    closedir(d);
    if (!v) return NULL;
    qsort(v, n, sizeof *v, cmp_str);
    *count = n;
    return v;
}

static bool is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Adds the .py files of directory `dir` as modules of package `pkg` (NULL: top level) and
 * recurses into sub-packages (directories with __init__.py).  `rel` is dir's path below the
 * argument, for file names in tracebacks. */
static int add_dir(ModList *m, const char *dir, const char *pkg, const char *rel) {
    size_t n;
    char **ents = list_dir(dir, &n);
    if (!ents) return -1;
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        const char *ent = ents[i];
        char *path = join(dir, "/", ent);
        char *file = rel ? join(rel, "/", ent) : dupstr(ent);
        size_t len = strlen(ent);
        if (!path || !file) rc = -1;
        else if (is_dir(path)) {
            char *init = join(path, "/", "__init__.py");
            if (init && is_file(init) && is_identifier(ent, len)) {
                char *name = pkg ? join(pkg, ".", ent) : dupstr(ent);
                rc = add_module(m, name, init, file, 1);
                if (rc == 0) {
                    char *initfile = join(file, "/", "__init__.py");
                    m->v[m->n - 1].file = initfile;
                    rc = add_dir(m, path, name, file);
                }
                free(name);
            }
            free(init);
        } else if (len > 3 && strcmp(ent + len - 3, ".py") == 0 && strcmp(ent, "__init__.py") != 0) {
            if (!is_identifier(ent, len - 3)) {
                fprintf(stderr, "%s: %s: '%.*s' is not a module name\n", prog, path, (int)(len - 3), ent);
                rc = -1;
            } else {
                char *base = malloc(len - 2);
                memcpy(base, ent, len - 3);
                base[len - 3] = 0;
                char *name = pkg ? join(pkg, ".", base) : dupstr(base);
                rc = add_module(m, name, path, file, 0);
                free(name);
                free(base);
            }
        }
        free(path);
        free(file);
    }
    for (size_t i = 0; i < n; i++) free(ents[i]);
    free(ents);
    return rc;
}

/* One command-line argument: a .py file (a top-level module), a package directory (with
 * __init__.py: the package and its contents) or an application directory (its contents at
 * the top level). */
static int add_arg(ModList *m, const char *arg) {
    size_t len = strlen(arg);
    while (len > 1 && arg[len - 1] == '/') len--;
    char *a = malloc(len + 1);
    memcpy(a, arg, len);
    a[len] = 0;
    const char *slash = strrchr(a, '/');
    const char *base = slash ? slash + 1 : a;
    size_t blen = strlen(base);
    int rc;
    if (is_dir(a)) {
        char *init = join(a, "/", "__init__.py");
        if (is_file(init)) {
            if (!is_identifier(base, blen)) {
                fprintf(stderr, "%s: %s: '%s' is not a package name\n", prog, a, base);
                rc = -1;
            } else {
                char *initfile = join(base, "/", "__init__.py");
                rc = add_module(m, base, init, initfile, 1);
                free(initfile);
                if (rc == 0) rc = add_dir(m, a, base, base);
            }
        } else {
            rc = add_dir(m, a, NULL, NULL);
        }
        free(init);
    } else if (is_file(a)) {
        if (blen <= 3 || strcmp(base + blen - 3, ".py") != 0 || !is_identifier(base, blen - 3)) {
            fprintf(stderr, "%s: %s: not a Python module (NAME.py)\n", prog, a);
            rc = -1;
        } else {
            char *name = dupstr(base);
            name[blen - 3] = 0;
            rc = add_module(m, name, a, base, 0);
            free(name);
        }
    } else {
        fprintf(stderr, "%s: %s: %s\n", prog, a, strerror(errno ? errno : ENOENT));
        rc = -1;
    }
    free(a);
    return rc;
}

/* ---- the board library ---- */

static bool has_module(const ModList *m, const char *name, size_t len) {
    for (size_t i = 0; i < m->n; i++)
        if (strlen(m->v[i].name) == len && memcmp(m->v[i].name, name, len) == 0) return true;
    return false;
}

/* Adds library module `lib` unless the app has a module of that name (the user's file wins). */
static int add_lib(ModList *m, const PylibModule *lib) {
    if (has_module(m, lib->name, strlen(lib->name))) return 0;
    char file[96];
    pylib_filename(lib, file, sizeof file);
    if (add_module(m, lib->name, file, file, 0) != 0) return -1;
    m->v[m->n - 1].lib = lib;
    return 0;
}

/* machine's classes that are native modules on the board (core/modmachine.h MACHINE_PARTS):
 * the class's name and its native module's. */
static const char *const machine_parts[][2] = {
#define PART(attr, module) {#attr, #module},
    MACHINE_PARTS(PART)
#undef PART
};

/* Selects the native module of each of machine's classes that code names: any constant equal to
 * the class's name (`machine.I2C`, `from machine import I2C`, `getattr(machine, 'I2C')`), in
 * every function and class body. */
static void select_machine_parts(const Code *c) {
    for (uint32_t i = 0; i < c->nconsts; i++) {
        Value v = c->consts[i];
        if (v && V_IS_PTR(v) && type_of(v) == &code_type) select_machine_parts(V_PTR(v));
        if (!v || !str_is(v)) continue;
        size_t n;
        const char *s = str_data(v, &n);
        for (size_t k = 0; k < sizeof machine_parts / sizeof machine_parts[0]; k++) {
            if (strlen(machine_parts[k][0]) != n || memcmp(machine_parts[k][0], s, n) != 0) continue;
            NativeMod *nat = native_find(&natives, machine_parts[k][1], strlen(machine_parts[k][1]));
            if (nat) nat->selected = true;
        }
    }
}

/* ---- complex numbers: the native module _complex (core/modcomplex.c) ---- */

/* Built-in functions that make a complex number from values that are not complex (the
 * constructor, pow(), and those that run code given as text), and the ways to reach them by
 * another name. */
static const char *const complex_builtins[] = {"complex", "pow", "eval", "exec", "compile",
                                               "builtins", "__builtins__"};
/* Methods that do, whatever they are looked up on: float's and int's power methods. */
static const char *const complex_methods[] = {"__pow__", "__rpow__", "__ipow__"};

static bool str_among(Value v, const char *const *list, size_t n) {
    if (!v || !str_is(v)) return false;
    size_t len;
    const char *s = str_data(v, &len);
    for (size_t k = 0; k < n; k++)
        if (strlen(list[k]) == len && memcmp(list[k], s, len) == 0) return true;
    return false;
}
#define STR_AMONG(v, list) str_among(v, list, sizeof list / sizeof list[0])

static bool const_may_make_complex(Value v) {
    if (!v) return false;
    if (STR_AMONG(v, complex_methods)) return true;
    if (!V_IS_PTR(v)) return false;
    if (type_of(v) == &complex_type) return true;   /* 1j, -2j, (1, 2j) */
    if (type_of(v) == &tuple_type)
        for (UInt i = 0; i < ((const Tuple *)V_PTR(v))->len; i++)
            if (const_may_make_complex(tuple_items(v)[i])) return true;
    return false;
}

/* True when a jump of c lands on an instruction in from..to. */
static bool jump_lands_in(const Code *c, uint32_t from, uint32_t to) {
    for (uint32_t k = 0; k < c->ninsts; k++) {
        Inst in = c->insts[k];
        int op = INS_OP(in);
        int64_t at = op == I_JMP ? (int64_t)k + 1 + INS_sAx(in)
                   : op == I_JMPIF || op == I_JMPIFNOT || op == I_JMPIFNULL || op == I_FORITER
                       ? (int64_t)k + 1 + INS_sBx(in) : -1;
        if (at >= from && at <= to) return true;
    }
    return false;
}

/* The number constant that one of the two instructions right before insts[i] loads into
 * register r (LOADI, or LOADK of an int or float), when the other one only loads another
 * register and no jump lands after the load; else V_NULL.  `2 ** n` is LOADI, POW; `2.5 ** m`
 * is LOADK, LOADGLOBAL, POW. */
static Value loaded_number(const Code *c, uint32_t i, uint32_t r) {
    for (uint32_t k = i; k-- > 0 && k + 2 >= i;) {
        Inst in = c->insts[k];
        int op = INS_OP(in);
        if (k >= 1 && INS_OP(c->insts[k - 1]) == I_UNPACKEX) return V_NULL;   /* its data word */
        bool load = op == I_LOADI || op == I_LOADK || op == I_LOADGLOBAL || op == I_LOADDEREF || op == I_MOVE;
        if (!load) return V_NULL;
        if (INS_A(in) != r) continue;
        if (jump_lands_in(c, k + 1, i)) return V_NULL;
        if (op == I_LOADI) return V_MKINT(INS_sBx(in));
        Value v = op == I_LOADK ? c->consts[INS_Bx(in)] : V_NULL;
        return v && (int_is_int(v) || is_type(v, &float_type)) ? v : V_NULL;
    }
    return V_NULL;
}

/* True when the `**` at insts[i] (R[A] = R[B] ** R[C]) never gives a complex number: its
 * exponent is an int constant, or its base a number constant that is not negative. */
static bool pow_is_real(const Code *c, uint32_t i) {
    Value e = loaded_number(c, i, INS_C(c->insts[i]));
    if (e && int_is_int(e)) return true;
    Value b = loaded_number(c, i, INS_B(c->insts[i]));
    return b && !(int_is_int(b) ? int_sign(b) < 0 : float_value(b) < 0.0);
}

/* True when code (or any function or class body in it) may make a complex number: a complex
 * constant; one of complex_builtins as a global or builtin (`pow(x, y)`), imported from a module
 * (`from builtins import pow`) or as a string constant (`getattr(builtins, "pow")`); one of
 * complex_methods anywhere; a `**` that may be a root of a negative number.  Nothing else in the
 * core makes one from values that are not complex.  Not seen: code that is not in the bundle
 * (.py files on the filesystem) and attribute names made at run time. */
static bool code_may_make_complex(const Code *c) {
    for (uint32_t i = 0; i < c->ninsts; i++) {
        Inst in = c->insts[i];
        int op = INS_OP(in);
        if ((op == I_POW || op == I_IPOW) && !pow_is_real(c, i)) return true;
        Value name = op == I_LOADGLOBAL || op == I_LOADNAME || op == I_LOADK || op == I_IMPORT ? c->consts[INS_Bx(in)]
                   : op == I_IMPORTFROM ? c->consts[INS_C(in)] : V_NULL;
        if (STR_AMONG(name, complex_builtins)) return true;
    }
    for (uint32_t i = 0; i < c->nconsts; i++) {
        Value v = c->consts[i];
        if (v && V_IS_PTR(v) && type_of(v) == &code_type && code_may_make_complex(V_PTR(v))) return true;
        if (const_may_make_complex(v)) return true;
    }
    return false;
}

/* Adds the library modules (when `libs`) and selects the native modules that code imports: the
 * names of its IMPORT instructions (`import x.y`, `from x import y`, in the module body and in
 * every function and class body below it), by their first component.  A relative import
 * (level > 0: the LOADI of the level into R[A+2] right before the IMPORT, as the compiler emits
 * it) names the app's own package: skipped.  Sets *machine when code imports machine (or
 * umachine), for select_machine_parts. */
static int add_imported_libs(ModList *m, const Code *c, bool libs, bool *machine) {
    for (uint32_t i = 0; i < c->ninsts; i++) {
        Inst in = c->insts[i];
        if (INS_OP(in) != I_IMPORT) continue;
        Inst prev = i ? c->insts[i - 1] : 0;
        if (i && INS_OP(prev) == I_LOADI && INS_A(prev) == INS_A(in) + 2 && INS_sBx(prev) != 0) continue;
        Value name = c->consts[INS_Bx(in)];
        if (!str_is(name)) continue;
        size_t n, k = 0;
        const char *s = str_data(name, &n);
        while (k < n && s[k] != '.') k++;
        const PylibModule *lib = pylib_find(s, k);
        if (lib && libs && add_lib(m, lib) != 0) return -1;
        NativeMod *nat = lib ? NULL : native_find(&natives, s, k);
        if ((k == 7 && memcmp(s, "machine", 7) == 0) || (k == 8 && memcmp(s, "umachine", 8) == 0))
            *machine |= !has_module(m, s, k);
        if (nat && !has_module(m, s, k)) nat->selected = true;
    }
    for (uint32_t i = 0; i < c->nconsts; i++) {
        Value v = c->consts[i];
        if (v && V_IS_PTR(v) && type_of(v) == &code_type && add_imported_libs(m, V_PTR(v), libs, machine) != 0) return -1;
    }
    return 0;
}

/* ---- the firmware's ABI, read from the base image ---- */

static uint32_t rd32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void wr32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

/* Bytes of the image at a flash-mapped address, or NULL when they are not in the file. */
static const uint8_t *at_addr(const uint8_t *img, size_t len, uint32_t addr, size_t n) {
    if (addr < ESPLAYOUT_IROM_VADDR) return NULL;
    size_t off = addr - ESPLAYOUT_IROM_VADDR;
    return off <= len && n <= len - off ? img + off : NULL;
}

/* Checks that the base image's firmware is this host's core: same format version, opcodes,
 * integer layout and static name table.  Fills abi[] with the table's words. */
static int check_abi(const char *path, const uint8_t *img, size_t len, uint32_t *abi) {
    if (len < FZ_ABI_OFFSET + FZ_ABI_WORDS * 4 || rd32(img + FZ_ABI_OFFSET) != FZ_ABI_MAGIC) {
        fprintf(stderr, "%s: %s: no espy ABI table at flash 0x%X: not an espy firmware image\n",
                prog, path, FZ_ABI_OFFSET);
        return -1;
    }
    for (int i = 0; i < FZ_ABI_WORDS; i++) abi[i] = rd32(img + FZ_ABI_OFFSET + 4 * i);
    const char *why = NULL;
    if (abi[FZ_ABI_VERSION] != FZ_VERSION) why = "bundle format version";
    else if (abi[FZ_ABI_OPCODES] != FZ_OPCODES_WORD) why = "instruction set";
    else if (abi[FZ_ABI_INT_BITS] != (FZ_SMALLINT_BITS << 8 | 32)) why = "integer layout";
    else if (abi[FZ_ABI_NAMES_COUNT] != NAME_STATIC_COUNT) why = "static name table";
    else {
        /* the firmware's name starts (names.h) and pool against ours */
        uint32_t shift = abi[FZ_ABI_NAMES_SHIFT];
        const uint8_t *base = shift == NAME_STATIC_GROUP_SHIFT ?
            at_addr(img, len, abi[FZ_ABI_NAMES_INFO], ((NAME_STATIC_COUNT >> shift) + 1) * 4) : NULL;
        const uint8_t *starts = at_addr(img, len, abi[FZ_ABI_NAMES_STARTS], NAME_STATIC_COUNT + 1);
        if (!base || !starts) why = "static name table";
        for (uint32_t id = 0; id < NAME_STATIC_COUNT && !why; id++) {
            size_t n;
            const char *s = name_chars(id, &n);
            uint32_t o = fz_name_start(base, starts, shift, id), next = fz_name_start(base, starts, shift, id + 1);
            const uint8_t *b = at_addr(img, len, abi[FZ_ABI_NAMES_POOL] + o, n);
            if (!b || next != o + n || memcmp(b, s, n) != 0) why = "static name table";
        }
    }
    if (why) {
        fprintf(stderr, "%s: %s: the firmware's %s differs from this espy's: use the firmware "
                "built with this espy\n", prog, path, why);
        return -1;
    }
    return 0;
}

/* ---- the bundle writer ---- */

typedef struct { const void *key; uint32_t addr; } PtrSlot;

typedef struct {
    uint8_t *buf;
    size_t len, cap;
    uint32_t base;            /* device address of buf[0] */
    const uint32_t *abi;
    PtrSlot *ptrs;            /* host object -> device address (shared constants) */
    size_t nptrs, ptrcap;
    uint32_t *name_map;       /* host dynamic name id - NAME_STATIC_COUNT -> device id */
    size_t name_map_cap;
    uint32_t *names;          /* host ids of the bundle's names, in device id order */
    size_t nnames, names_cap;
    struct Blob { uint32_t hash, off, len; } *blobs;   /* written objects by content */
    size_t nblobs, blobcap;
    const char *error;        /* set when something cannot be frozen */
    char errbuf[160];
} Bake;

static size_t out_alloc(Bake *b, size_t n, size_t align) {
    size_t off = (b->len + align - 1) & ~(align - 1);
    if (off + n > b->cap) {
        size_t cap = b->cap ? b->cap : 1 << 16;
        while (off + n > cap) cap *= 2;
        uint8_t *nb = realloc(b->buf, cap);
        if (!nb) {
            fprintf(stderr, "%s: out of memory\n", prog);
            exit(2);
        }
        memset(nb + b->cap, 0, cap - b->cap);
        b->buf = nb;
        b->cap = cap;
    }
    b->len = off + n;
    return off;
}

static uint32_t addr_of(Bake *b, size_t off) { return b->base + (uint32_t)off; }

static uint32_t blob_hash(const uint8_t *p, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 16777619u;
    return h;
}

/* The object just written at off..len: if an identical one (same bytes, same alignment) was
 * written before, drop the new copy and return the old one's address.  Objects are read-only
 * and pointers to children are already final, so any two equal blobs are interchangeable:
 * equal strings, floats, tuples, name arrays, line tables or instruction arrays across
 * functions and modules are stored once. */
static uint32_t commit(Bake *b, size_t off, size_t align) {
    size_t n = b->len - off;
    uint32_t h = blob_hash(b->buf + off, n);
    if ((b->nblobs + 1) * 2 > b->blobcap) {
        size_t cap = b->blobcap ? 2 * b->blobcap : 1024;
        struct Blob *nb = calloc(cap, sizeof *nb);
        if (!nb) exit(2);
        for (size_t i = 0; i < b->blobcap; i++)
            if (b->blobs[i].len) {
                size_t j = b->blobs[i].hash & (cap - 1);
                while (nb[j].len) j = (j + 1) & (cap - 1);
                nb[j] = b->blobs[i];
            }
        free(b->blobs);
        b->blobs = nb;
        b->blobcap = cap;
    }
    size_t j = h & (b->blobcap - 1);
    for (; b->blobs[j].len; j = (j + 1) & (b->blobcap - 1)) {
        struct Blob *e = &b->blobs[j];
        if (e->hash == h && e->len == n && e->off % align == 0 && memcmp(b->buf + e->off, b->buf + off, n) == 0) {
            memset(b->buf + off, 0, n);
            b->len = off;
            return addr_of(b, e->off);
        }
    }
    b->blobs[j].hash = h;
    b->blobs[j].off = (uint32_t)off;
    b->blobs[j].len = (uint32_t)n;
    b->nblobs++;
    return addr_of(b, off);
}

static uint32_t ptr_hash(const void *p) {
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 29;
    x *= 0xBF58476D1CE4E5B9ull;
    return (uint32_t)(x >> 32);
}

static uint32_t ptr_find(Bake *b, const void *p) {
    if (!b->ptrcap) return 0;
    for (size_t i = ptr_hash(p) & (b->ptrcap - 1);; i = (i + 1) & (b->ptrcap - 1)) {
        if (!b->ptrs[i].key) return 0;
        if (b->ptrs[i].key == p) return b->ptrs[i].addr;
    }
}

static void ptr_add(Bake *b, const void *p, uint32_t addr) {
    if ((b->nptrs + 1) * 2 > b->ptrcap) {
        size_t cap = b->ptrcap ? b->ptrcap * 2 : 1024;
        PtrSlot *old = b->ptrs;
        size_t oldcap = b->ptrcap;
        b->ptrs = calloc(cap, sizeof *b->ptrs);
        if (!b->ptrs) exit(2);
        b->ptrcap = cap;
        for (size_t i = 0; i < oldcap; i++)
            if (old[i].key) {
                size_t j = ptr_hash(old[i].key) & (cap - 1);
                while (b->ptrs[j].key) j = (j + 1) & (cap - 1);
                b->ptrs[j] = old[i];
            }
        free(old);
    }
    size_t j = ptr_hash(p) & (b->ptrcap - 1);
    while (b->ptrs[j].key) j = (j + 1) & (b->ptrcap - 1);
    b->ptrs[j].key = p;
    b->ptrs[j].addr = addr;
    b->nptrs++;
}

/* The device id of a host name: static names keep theirs, others get the next bundle id. */
static uint32_t map_name(Bake *b, uint32_t id) {
    if (id < NAME_STATIC_COUNT) return id;
    size_t k = id - NAME_STATIC_COUNT;
    if (k >= b->name_map_cap) {
        size_t cap = b->name_map_cap ? b->name_map_cap : 256;
        while (k >= cap) cap *= 2;
        b->name_map = realloc(b->name_map, cap * sizeof *b->name_map);
        if (!b->name_map) exit(2);
        memset(b->name_map + b->name_map_cap, 0, (cap - b->name_map_cap) * sizeof *b->name_map);
        b->name_map_cap = cap;
    }
    if (!b->name_map[k]) {
        if (b->nnames == b->names_cap) {
            b->names_cap = b->names_cap ? 2 * b->names_cap : 256;
            b->names = realloc(b->names, b->names_cap * sizeof *b->names);
            if (!b->names) exit(2);
        }
        b->names[b->nnames] = id;
        b->name_map[k] = NAME_STATIC_COUNT + (uint32_t)b->nnames++;
    }
    return b->name_map[k];
}

static void fail(Bake *b, const char *fmt, const char *arg) {
    if (b->error) return;
    snprintf(b->errbuf, sizeof b->errbuf, fmt, arg);
    b->error = b->errbuf;
}

static uint32_t put_value(Bake *b, Value v);

/* A big int: sign and 32-bit magnitude digits, least significant first. */
static uint32_t put_bigint(Bake *b, Value v, const void *key) {
    int neg = int_sign(v) < 0;
    Value mag = neg ? int_unary_op(UOP_NEG, v) : v;
    size_t nbytes = (int_bit_length(mag) + 7) / 8;
    size_t ndig = (nbytes + 3) / 4;
    uint8_t *tmp = calloc(ndig * 4 + 4, 1);
    if (!tmp) exit(2);
    int_to_bytes(mag, tmp, ndig * 4, true, false);
    size_t off = out_alloc(b, 8 + ndig * 4, 8);
    uint8_t *p = b->buf + off;
    wr32(p, b->abi[FZ_ABI_T_INT]);
    wr32(p + FZ_BIGINT_SIZE, neg ? (uint32_t)-(int32_t)ndig : (uint32_t)ndig);
    memcpy(p + FZ_BIGINT_DIGITS, tmp, ndig * 4);   /* little-endian bytes = LE 32-bit digits */
    free(tmp);
    uint32_t a = commit(b, off, 8);
    if (key) ptr_add(b, key, a);
    return a;
}

static uint32_t put_str(Bake *b, Value v) {
    size_t n;
    const char *s = str_data(v, &n);
    uint32_t nchars = 0;
    for (size_t i = 0; i < n; i++) nchars += ((uint8_t)s[i] & 0xC0) != 0x80;
    size_t off = out_alloc(b, FZ_STR_DATA + n + 1, 4);
    uint8_t *p = b->buf + off;
    wr32(p, b->abi[FZ_ABI_T_STR]);
    wr32(p + FZ_STR_HASH, str_hash_bytes(s, n));
    wr32(p + FZ_STR_LEN, (uint32_t)n);
    wr32(p + FZ_STR_NCHARS, nchars);
    memcpy(p + FZ_STR_DATA, s, n);
    p[FZ_STR_DATA + n] = 0;
    return commit(b, off, 4);
}

static uint32_t put_bytes(Bake *b, Value v) {
    const Bytes *o = V_PTR(v);
    size_t off = out_alloc(b, FZ_BYTES_DATA + o->len + 1, 4);
    uint8_t *p = b->buf + off;
    wr32(p, b->abi[FZ_ABI_T_BYTES]);
    wr32(p + FZ_BYTES_HASH, str_hash_bytes((const char *)o->data, o->len));
    wr32(p + FZ_BYTES_LEN, o->len);
    memcpy(p + FZ_BYTES_DATA, o->data, o->len);
    p[FZ_BYTES_DATA + o->len] = 0;
    return commit(b, off, 4);
}

static uint32_t put_float(Bake *b, Value v) {
    double d = float_value(v);
    uint64_t bits;
    memcpy(&bits, &d, 8);
    size_t off = out_alloc(b, FZ_FLOAT_SIZE, 8);
    uint8_t *p = b->buf + off;
    wr32(p, b->abi[FZ_ABI_T_FLOAT]);
    wr32(p + FZ_FLOAT_VALUE, (uint32_t)bits);
    wr32(p + FZ_FLOAT_VALUE + 4, (uint32_t)(bits >> 32));
    return commit(b, off, 8);
}

static uint32_t put_complex(Bake *b, Value v) {
    const Complex *c = V_PTR(v);
    uint64_t re, im;
    memcpy(&re, &c->re, 8);
    memcpy(&im, &c->im, 8);
    size_t off = out_alloc(b, FZ_COMPLEX_SIZE, 8);
    uint8_t *p = b->buf + off;
    wr32(p, b->abi[FZ_ABI_T_COMPLEX]);
    wr32(p + FZ_COMPLEX_RE, (uint32_t)re);
    wr32(p + FZ_COMPLEX_RE + 4, (uint32_t)(re >> 32));
    wr32(p + FZ_COMPLEX_IM, (uint32_t)im);
    wr32(p + FZ_COMPLEX_IM + 4, (uint32_t)(im >> 32));
    return commit(b, off, 8);
}

static uint32_t put_tuple(Bake *b, Value v) {
    const Tuple *t = V_PTR(v);
    uint32_t *items = malloc((t->len + 1) * sizeof *items);
    if (!items) exit(2);
    for (UInt i = 0; i < t->len; i++) items[i] = put_value(b, t->items[i]);
    size_t off = out_alloc(b, FZ_TUPLE_ITEMS + 4 * t->len, 4);
    uint8_t *p = b->buf + off;
    wr32(p, b->abi[FZ_ABI_T_TUPLE]);
    wr32(p + FZ_TUPLE_LEN, (uint32_t)t->len);
    for (UInt i = 0; i < t->len; i++) wr32(p + FZ_TUPLE_ITEMS + 4 * i, items[i]);
    free(items);
    return commit(b, off, 4);
}

/* An array of bytes (padded to a word); 0 (NULL) when empty. */
static uint32_t put_raw(Bake *b, const void *data, size_t n) {
    if (!n) return 0;
    size_t off = out_alloc(b, (n + 3) & ~(size_t)3, 4);
    memcpy(b->buf + off, data, n);
    return commit(b, off, 4);
}

static uint32_t put_words(Bake *b, const uint32_t *w, size_t n) {
    if (!n) return 0;
    size_t off = out_alloc(b, 4 * n, 4);
    for (size_t i = 0; i < n; i++) wr32(b->buf + off + 4 * i, w[i]);
    return commit(b, off, 4);
}

static uint32_t put_code(Bake *b, const Code *c) {
    size_t nw = c->nconsts > c->nlocals ? c->nconsts : c->nlocals;
    uint32_t *w = malloc((nw + 1) * sizeof *w);
    if (!w) exit(2);
    /* constants (and the code objects of nested functions) first */
    for (uint32_t i = 0; i < c->nconsts; i++) w[i] = put_value(b, c->consts[i]);
    uint32_t consts = put_words(b, w, c->nconsts);
    for (uint32_t i = 0; i < c->nlocals; i++) w[i] = put_value(b, c->varnames[i]);
    uint32_t varnames = put_words(b, w, c->nlocals);
    free(w);
    uint32_t insts = put_words(b, c->insts, c->ninsts);
    uint32_t upvals = put_raw(b, c->upvals, 2 * (size_t)c->nupvals);
    uint32_t lines = put_raw(b, c->lines, c->nlines);
    uint32_t exc = 0;
    if (c->nexc) {
        uint32_t *e = malloc(3 * (size_t)c->nexc * sizeof *e);
        if (!e) exit(2);
        for (uint32_t i = 0; i < c->nexc; i++) {
            e[3 * i] = c->exc[i].start;
            e[3 * i + 1] = c->exc[i].end;
            e[3 * i + 2] = c->exc[i].handler_reg;
        }
        exc = put_words(b, e, 3 * (size_t)c->nexc);
        free(e);
    }
    uint32_t name = put_value(b, c->name), qualname = put_value(b, c->qualname);
    uint32_t filename = put_value(b, c->filename);
    size_t off = out_alloc(b, FZ_CODE_SIZE, 4);
    uint8_t *p = b->buf + off;
    wr32(p, b->abi[FZ_ABI_T_CODE]);
    wr32(p + FZ_CODE_FLAGS, c->flags);
    p[FZ_CODE_NREGS] = c->nregs;
    p[FZ_CODE_NARGS] = c->nargs;
    p[FZ_CODE_NPOSONLY] = c->nposonly;
    p[FZ_CODE_NKWONLY] = c->nkwonly;
    p[FZ_CODE_NUPVALS] = c->nupvals;
    p[FZ_CODE_NLOCALS] = c->nlocals;
    p[FZ_CODE_NEXC] = (uint8_t)c->nexc;
    p[FZ_CODE_NEXC + 1] = (uint8_t)(c->nexc >> 8);
    wr32(p + FZ_CODE_NINSTS, c->ninsts);
    wr32(p + FZ_CODE_NCONSTS, c->nconsts);
    wr32(p + FZ_CODE_NLINES, c->nlines);
    wr32(p + FZ_CODE_FIRSTLINE, c->firstline);
    wr32(p + FZ_CODE_NAME, name);
    wr32(p + FZ_CODE_QUALNAME, qualname);
    wr32(p + FZ_CODE_FILENAME, filename);
    wr32(p + FZ_CODE_INSTS, insts);
    wr32(p + FZ_CODE_CONSTS, consts);
    wr32(p + FZ_CODE_VARNAMES, varnames);
    wr32(p + FZ_CODE_UPVALS, upvals);
    wr32(p + FZ_CODE_LINES, lines);
    wr32(p + FZ_CODE_EXC, exc);
    wr32(p + FZ_CODE_CACHE, 0);
    return commit(b, off, 4);
}

/* The device word for a host value (writing the object it refers to if needed). */
static uint32_t put_value(Bake *b, Value v) {
    if (V_IS_INT(v)) {
        Int i = V_INT(v);
        Int lim = (Int)1 << (FZ_SMALLINT_BITS - 1);
        if (i >= -lim && i < lim) return (uint32_t)(((UInt)i << 1) | 1);
        return put_bigint(b, v, NULL);
    }
    if (V_IS_NAME(v)) return map_name(b, V_NAME(v)) << 2 | 2;
    if (v == V_NONE) return b->abi[FZ_ABI_NONE];
    if (v == V_TRUE) return b->abi[FZ_ABI_TRUE];
    if (v == V_FALSE) return b->abi[FZ_ABI_FALSE];
    if (v == V_ELLIPSIS) return b->abi[FZ_ABI_ELLIPSIS];
    if (!V_IS_PTR(v) || !v) {
        fail(b, "%s", "cannot freeze an internal value");
        return 0;
    }
    uint32_t a = ptr_find(b, V_PTR(v));
    if (a) return a;
    const Type *t = type_of(v);
    if (t == &str_type) a = put_str(b, v);
    else if (t == &bytes_type) a = put_bytes(b, v);
    else if (t == &float_type) a = put_float(b, v);
    else if (t == &complex_type) a = put_complex(b, v);
    else if (t == &int_type) a = put_bigint(b, v, NULL);
    else if (t == &tuple_type) a = put_tuple(b, v);
    else if (t == &code_type) a = put_code(b, V_PTR(v));
    else {
        size_t n;
        const char *s = str_data(t->name, &n);
        char tn[64];
        snprintf(tn, sizeof tn, "%.*s", (int)(n < 60 ? n : 60), s);
        fail(b, "cannot freeze a constant of type '%s'", tn);
        return 0;
    }
    ptr_add(b, V_PTR(v), a);
    return a;
}

/* The name segment: info, pool, hash index (names.h NameSegment). */
static int put_names(Bake *b) {
    size_t n = b->nnames;
    if (n >= 0xFFFF) {
        fprintf(stderr, "%s: too many names (%zu, at most 65534)\n", prog, n);
        return -1;
    }
    size_t pool = 0;
    for (size_t k = 0; k < n; k++) {
        size_t len;
        name_chars(b->names[k], &len);
        if (len > 0xFFFF) {
            fprintf(stderr, "%s: a name is longer than 65535 bytes\n", prog);
            return -1;
        }
        pool += len + 1;
    }
    if (pool > 0xFFFF) {
        fprintf(stderr, "%s: the names take %zu bytes, at most 65535\n", prog, pool);
        return -1;
    }
    size_t slots = 4;
    while (slots < 2 * n) slots *= 2;
    size_t info = out_alloc(b, 8 * n, 4);
    size_t pooloff = out_alloc(b, (pool + 3) & ~(size_t)3, 4);
    size_t index = out_alloc(b, slots * 2, 4);
    uint8_t *ix = b->buf + index;
    memset(ix, 0xFF, slots * 2);
    size_t at = 0;
    for (size_t k = 0; k < n; k++) {
        size_t len;
        const char *s = name_chars(b->names[k], &len);
        uint32_t h = str_hash_bytes(s, len);
        uint8_t *e = b->buf + info + 8 * k;
        wr32(e, h);
        wr32(e + 4, (uint32_t)len | (uint32_t)at << 16);
        memcpy(b->buf + pooloff + at, s, len);
        b->buf[pooloff + at + len] = 0;
        at += len + 1;
        size_t slot = h & (slots - 1);
        while (ix[2 * slot] != 0xFF || ix[2 * slot + 1] != 0xFF) slot = (slot + 1) & (slots - 1);
        ix[2 * slot] = (uint8_t)k;
        ix[2 * slot + 1] = (uint8_t)(k >> 8);
    }
    uint8_t *h = b->buf;
    wr32(h + 4 * FZ_HDR_NAMES_FIRST, NAME_STATIC_COUNT);
    wr32(h + 4 * FZ_HDR_NAMES_COUNT, (uint32_t)n);
    wr32(h + 4 * FZ_HDR_NAMES_INFO, (uint32_t)info);
    wr32(h + 4 * FZ_HDR_NAMES_POOL, (uint32_t)pooloff);
    wr32(h + 4 * FZ_HDR_NAMES_INDEX, (uint32_t)index);
    wr32(h + 4 * FZ_HDR_NAMES_MASK, (uint32_t)(slots - 1));
    return 0;
}

static char *read_text(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "%s: cannot open %s: %s\n", prog, path, strerror(errno));
        return NULL;
    }
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf) break;
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap) break;
        char *nb = realloc(buf, cap *= 2);
        if (!nb) free(buf);
        buf = nb;
    }
    bool bad = ferror(f);
    fclose(f);
    if (!buf || bad) {
        fprintf(stderr, "%s: error reading %s\n", prog, path);
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

static int cmp_mod(const void *a, const void *b) {
    return strcmp(((const BakeMod *)a)->name, ((const BakeMod *)b)->name);
}

typedef struct { uint32_t name, code, flags; } IndexEntry;

/* Compiles one module into m->code; -1 after printing a compile error. */
static ES_NOINLINE int compile_module(BakeMod *m, const char *src, size_t len) {
    ExcFrame ef;
    if (EXC_TRY(ef)) {
        m->code = compile_source(src, len, str_new_cstr(m->file), COMPILE_FILE);
        exc_end(&ef);
        return 0;
    }
    fprintf(stderr, "%s: %s: %s\n", prog, m->path,
            is_instance_of(ef.exc, &exc_SyntaxError) ? "syntax error" : "cannot compile");
    exc_print(&print_stderr, ef.exc);
    return -1;
}

/* Compiles every module (the GC is off: the code objects stay until written).  The list grows
 * as it goes: the library modules that the app's modules import (when `autolib`) and those that
 * library modules import (always: a library module comes with what it needs).  -1 after
 * printing why (a syntax error names the file and line).  Then, in an app that imports
 * machine, the native modules of the machine classes it names, and _complex in an app that may
 * make a complex number. */
static int compile_all(ModList *mods, bool autolib) {
    bool machine = false;   /* some module imports machine */
    for (size_t i = 0; i < mods->n; i++) {
        BakeMod *m = &mods->v[i];
        size_t len;
        char *text = NULL;
        const char *src = m->lib ? m->lib->text : (text = read_text(m->path, &len));
        if (!src) return -1;
        if (m->lib) len = m->lib->len;
        m->source = len;
        int r = compile_module(m, src, len);
        free(text);
        if (r != 0) return -1;
        if (add_imported_libs(mods, mods->v[i].code, autolib || mods->v[i].lib, &machine) != 0) return -1;
    }
    if (machine)
        for (size_t i = 0; i < mods->n; i++) select_machine_parts(mods->v[i].code);
    NativeMod *cx = native_find(&natives, "_complex", 8);
    for (size_t i = 0; cx && !cx->selected && i < mods->n; i++) cx->selected = code_may_make_complex(mods->v[i].code);
    return 0;
}

/* Writes the bundle of the compiled modules (sorted by name) for address `base` into *b.
 * Returns 0, or -1 after printing why. */
static int bake_bundle(Bake *b, ModList *mods, const uint32_t *abi, uint32_t base) {
    memset(b, 0, sizeof *b);
    b->abi = abi;
    b->base = base;
    out_alloc(b, FZ_HDR_WORDS * 4, 4);
    size_t nent = mods->n;   /* index entries: one per module, one per name of a native module */
    for (size_t i = 0; i < natives.n; i++)
        if (natives.v[i].selected) nent += natives.v[i].names[1] ? 2 : 1;
    size_t index = out_alloc(b, FZ_MOD_WORDS * 4 * nent, 4);
    IndexEntry *ent = calloc(nent + 1, sizeof *ent);
    if (!ent) exit(2);
    /* the native modules first, nearest to the firmware they call with CALL0 (+-512 kB) */
    size_t k = mods->n;
    for (size_t i = 0; i < natives.n; i++) {
        NativeMod *nat = &natives.v[i];
        if (!nat->selected) continue;
        size_t off = out_alloc(b, nat->total, FZ_NAT_ALIGN);
        if (native_place(nat, b->buf + off, addr_of(b, off)) != 0) {
            size_t n;
            const char *name = name_chars(nat->names[0], &n);
            fprintf(stderr, "%s: native module %.*s at 0x%08X cannot reach the firmware's functions "
                    "(more than 512 kB away)\n", prog, (int)n, name, addr_of(b, off));
            return -1;
        }
        for (int j = 0; j < 2; j++)
            if (nat->names[j]) ent[k++] = (IndexEntry){(uint32_t)nat->names[j] << 2 | 2, addr_of(b, off), FZ_MOD_NATIVE};
    }
    size_t source = 0;
    for (size_t i = 0; i < mods->n; i++) {
        BakeMod *m = &mods->v[i];
        source += m->source;
        ent[i].code = put_code(b, m->code);
        ent[i].name = map_name(b, V_NAME(name_from_str(m->name, strlen(m->name)))) << 2 | 2;
        ent[i].flags = m->package ? FZ_MOD_PACKAGE : 0;
        if (b->error) {
            fprintf(stderr, "%s: %s: %s\n", prog, m->path, b->error);
            return -1;
        }
    }
    for (size_t i = 0; i < nent; i++) {
        uint8_t *e = b->buf + index + FZ_MOD_WORDS * 4 * i;
        wr32(e + 4 * FZ_MOD_NAME, ent[i].name);
        wr32(e + 4 * FZ_MOD_CODE, ent[i].code);
        wr32(e + 4 * FZ_MOD_FLAGS, ent[i].flags);
    }
    free(ent);
    if (put_names(b) != 0) return -1;
    out_alloc(b, 0, 4);
    uint8_t *h = b->buf;
    wr32(h + 4 * FZ_HDR_MAGIC, FZ_MAGIC);
    wr32(h + 4 * FZ_HDR_VERSION, FZ_VERSION);
    wr32(h + 4 * FZ_HDR_SIZE, (uint32_t)b->len);
    wr32(h + 4 * FZ_HDR_ABI, 0);   /* ABI id and CRC: set by the caller */
    wr32(h + 4 * FZ_HDR_BASE, base);
    wr32(h + 4 * FZ_HDR_NMODS, (uint32_t)nent);
    wr32(h + 4 * FZ_HDR_INDEX, (uint32_t)index);
    wr32(h + 4 * FZ_HDR_SOURCE_BYTES, (uint32_t)source);
    return 0;
}

/* ---- the command ---- */

static void usage(FILE *f) {
    fprintf(f, "usage: espy build [-o OUT] [--base IMAGE] [--flash-size 512K|1M|2M|4M] [--fs DIR]\n"
               "                  [--lib NAME]... [--native FILE.enm]... [--no-lib] FILE.py|DIR ...\n"
               "  compiles the modules and writes OUT (default app.bin): the firmware image IMAGE\n"
               "  (default: esp8266/espy-esp01-512k.bin beside the espy binary) with the modules\n"
               "  frozen into its bundle region.  A directory with __init__.py is a package;\n"
               "  any other directory contributes its modules and packages at the top level.\n"
               "  The board library's modules that they import (");
    for (unsigned i = 0; i < pylib_count; i++) fprintf(f, "%s%s", i ? ", " : "", pylib_modules[i].name);
    fprintf(f, ") are baked\n"
               "  too, unless a module of that name is given, and so are the native modules\n"
               "  they import (math, json, re ...: C modules the firmware leaves out, taken from\n"
               "  IMAGE's bundle or a --native file; machine's classes but Pin and Signal are\n"
               "  such modules too, _machine_i2c ..., baked when the code names the class);\n"
               "  --lib NAME adds one of either kind (modules\n"
               "  are then optional), --no-lib adds no library modules for the imports of the\n"
               "  given modules (native modules still come: they cannot be files on the board).\n"
               "  --fs DIR also writes a filesystem holding DIR's files (boot.py, main.py, data)\n"
               "  into the image's filesystem region (then modules are optional).\n");
}

/* The default base image: esp8266/espy-esp01-512k.bin next to this binary (build/espy). */
static char *default_base(void) {
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return NULL;
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (!slash) return NULL;
    *slash = 0;
    return join(exe, "/", "esp8266/espy-esp01-512k.bin");
}

static double now_ms(clockid_t clock) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int cmd_build(int argc, char **argv) {
    double t0 = now_ms(CLOCK_MONOTONIC), c0 = now_ms(CLOCK_PROCESS_CPUTIME_ID);
    const char *out = "app.bin", *basepath = NULL, *fsdir = NULL;
    uint32_t flash_size = 0;
    bool quiet = false, autolib = true;
    ModList mods = {0};
    int nargs = 0;
    const char **libs = calloc((size_t)argc, sizeof *libs);
    const char **natfiles = calloc((size_t)argc, sizeof *natfiles);
    int nlibs = 0, nnatfiles = 0;
    if (!libs || !natfiles) return 2;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return 0;
        }
        if ((strcmp(a, "-o") == 0 || strcmp(a, "--base") == 0 || strcmp(a, "--flash-size") == 0 ||
             strcmp(a, "--fs") == 0 || strcmp(a, "--lib") == 0 || strcmp(a, "--native") == 0) &&
            i + 1 >= argc) {
            fprintf(stderr, "%s: %s needs a value\n", prog, a);
            return 2;
        }
        if (strcmp(a, "-o") == 0) out = argv[++i];
        else if (strcmp(a, "--base") == 0) basepath = argv[++i];
        else if (strcmp(a, "--fs") == 0) fsdir = argv[++i];
        else if (strcmp(a, "--lib") == 0) libs[nlibs++] = argv[++i];
        else if (strcmp(a, "--native") == 0) natfiles[nnatfiles++] = argv[++i];
        else if (strcmp(a, "--no-lib") == 0) autolib = false;
        else if (strcmp(a, "--flash-size") == 0) {
            flash_size = esplayout_parse_size(argv[++i]);
            if (!flash_size) {
                fprintf(stderr, "%s: flash size must be 512K, 1M, 2M or 4M, not '%s'\n", prog, argv[i]);
                return 2;
            }
        } else if (strcmp(a, "-q") == 0) quiet = true;
        else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "%s: unknown option %s\n", prog, a);
            usage(stderr);
            return 2;
        } else {
            nargs++;
            if (add_arg(&mods, a) != 0) return 1;
        }
    }
    if (!nargs && !fsdir && !nlibs && !nnatfiles) {
        usage(stderr);
        return 2;
    }
    if (mods.n == 0 && nargs) {
        fprintf(stderr, "%s: no Python modules found\n", prog);
        return 1;
    }

    /* the base image: layout and ABI */
    char *defbase = basepath ? NULL : default_base();
    if (!basepath) basepath = defbase;
    if (!basepath) {
        fprintf(stderr, "%s: no base image (use --base)\n", prog);
        return 2;
    }
    size_t len;
    uint8_t *img = image_read_file(basepath, &len);
    if (!img) return 2;
    esplayout l;
    if (len < ESPLAYOUT_IROM_START + ESPLAYOUT_SIZE) {
        fprintf(stderr, "%s: %s: no layout descriptor: not a firmware image\n", prog, basepath);
        return 1;
    }
    esplayout_load(&l, img + ESPLAYOUT_IROM_START);
    int err = esplayout_validate(&l);
    if (err != ESPLAYOUT_OK) {
        fprintf(stderr, "%s: %s: layout descriptor: %s\n", prog, basepath, esplayout_strerror(err));
        return 1;
    }
    /* the native modules on offer: the --native files (baked unless the app has a module of
     * that name), then those of the base's bundle */
    bool has_abi = len >= FZ_ABI_OFFSET + FZ_ABI_WORDS * 4;
    uint32_t abi_id = has_abi ? crc32_update(0, img + FZ_ABI_OFFSET, FZ_ABI_WORDS * 4) : 0;
    uint32_t build = has_abi ? rd32(img + FZ_ABI_OFFSET + 4 * FZ_ABI_BUILD) : 0;
    for (int i = 0; i < nnatfiles; i++) {
        NativeMod *nat = native_add_file(&natives, natfiles[i], build);
        if (!nat) return 1;
        size_t n;
        const char *name = name_chars(nat->names[0], &n);
        nat->selected = !has_module(&mods, name, n);
    }
    if (len > l.bundle_start) {
        size_t avail = len - l.bundle_start < l.bundle_size ? len - l.bundle_start : l.bundle_size;
        const char *why = native_add_bundle(&natives, img + l.bundle_start, avail, ESPLAYOUT_IROM_VADDR + l.bundle_start, abi_id);
        if (why)
            fprintf(stderr, "%s: warning: %s: the bundle's native modules are not used: %s\n", prog, basepath, why);
    }
    /* --lib: a board library module or a native module (after the app's modules: a module of
     * the same name as one of them is not added) */
    for (int i = 0; i < nlibs; i++) {
        const PylibModule *lib = pylib_find(libs[i], strlen(libs[i]));
        NativeMod *nat = lib ? NULL : native_find(&natives, libs[i], strlen(libs[i]));
        if (lib && add_lib(&mods, lib) != 0) return 2;
        if (nat && !has_module(&mods, libs[i], strlen(libs[i]))) nat->selected = true;
        if (!lib && !nat) {
            fprintf(stderr, "%s: --lib %s: no such library or native module (there are", prog, libs[i]);
            for (unsigned k = 0; k < pylib_count; k++) fprintf(stderr, " %s", pylib_modules[k].name);
            for (size_t k = 0; k < natives.n; k++) {
                size_t n;
                const char *name = name_chars(natives.v[k].names[0], &n);
                fprintf(stderr, " %.*s", (int)n, name);
            }
            fprintf(stderr, ")\n");
            return 2;
        }
    }
    free(libs);
    free(natfiles);
    bool keep_bundle = !mods.n && !nlibs && !nnatfiles;   /* --fs alone: the base's bundle stays */
    if (len > l.bundle_start && !keep_bundle) len = l.bundle_start;   /* replaced */
    if (len > (size_t)l.bundle_start + l.bundle_size) len = (size_t)l.bundle_start + l.bundle_size;
    /* the core, for the compiler: a private heap; no collection while baking, so host objects
     * (the keys of the sharing table) never move or die */
    static char stack_base;
    size_t heap_size = 64u << 20;
    void *heap = malloc(heap_size);
    if (!heap) {
        fprintf(stderr, "%s: out of memory\n", prog);
        return 2;
    }
    gc_set_stack_base(&stack_base);
    gc_init(heap, (char *)heap + heap_size);
    vm_init();
    gc_enable(false);
    uint32_t abi[FZ_ABI_WORDS];
    if (check_abi(basepath, img, len, abi) != 0) return 1;

    Bake b = {0};
    uint32_t base = ESPLAYOUT_IROM_VADDR + l.bundle_start;
    if (compile_all(&mods, autolib) != 0) return 1;
    size_t nnat = 0;
    for (size_t i = 0; i < natives.n; i++) nnat += natives.v[i].selected;
    if (mods.n || nnat) {   /* (--fs alone: the base's bundle, if any, stays) */
        qsort(mods.v, mods.n, sizeof *mods.v, cmp_mod);
        if (bake_bundle(&b, &mods, abi, base) != 0) return 1;
        wr32(b.buf + 4 * FZ_HDR_ABI, abi_id);
        wr32(b.buf + 4 * FZ_HDR_CRC, crc32_update(0, b.buf + FZ_HDR_CRC_FROM, b.len - FZ_HDR_CRC_FROM));
    }

    /* the layout: the requested flash size, a bundle region big enough */
    if (!flash_size) flash_size = l.flash_size;
    /* the bundle gets the sectors it needs, and the filesystem the rest */
    uint32_t region = keep_bundle ? l.bundle_size
                                  : (uint32_t)((b.len + ESPLAYOUT_SECTOR - 1) & ~(size_t)(ESPLAYOUT_SECTOR - 1));
    uint32_t room = flash_size - ESPLAYOUT_RESERVED_SECTORS * ESPLAYOUT_SECTOR - l.bundle_start;
    if (room > ESPLAYOUT_WINDOW - l.bundle_start) room = ESPLAYOUT_WINDOW - l.bundle_start;
    if (b.len > room) {
        fprintf(stderr, "%s: the bundle is %zu bytes: %zu bytes too big for a %s flash "
                "(room for %u bytes after the firmware)\n", prog, b.len, b.len - room,
                esplayout_size_name(flash_size), room);
        return 1;
    }
    if (flash_size != l.flash_size || region != l.bundle_size) {
        int r = espimage_relayout(img, len, flash_size, region);
        if (r != ESPLAYOUT_OK) {
            fprintf(stderr, "%s: %s: %s\n", prog, basepath,
                    r < 0 ? "no valid image with a layout descriptor" : esplayout_strerror(r));
            return 1;
        }
        esplayout_load(&l, img + ESPLAYOUT_IROM_START);
    }
    /* the image: base, 0xFF up to the bundle, the bundle, 0xFF to the end of its region (so
     * an older bundle on the board is overwritten, not left behind a shorter one) */
    size_t total = (size_t)l.bundle_start + l.bundle_size;
    if (fsdir) total = (size_t)l.fs_start + l.fs_size;   /* and the filesystem region after it */
    uint8_t *outimg = malloc(total);
    if (!outimg) return 2;
    memset(outimg, 0xFF, total);
    memcpy(outimg, img, len);
    if (b.len) memcpy(outimg + l.bundle_start, b.buf, b.len);
    size_t fs_files = 0, fs_bytes = 0;
    if (fsdir && fs_image_build(fsdir, outimg + l.fs_start, l.fs_size / ESPLAYOUT_SECTOR, &fs_files, &fs_bytes) != 0)
        return 1;
    if (image_write_file(out, outimg, total) != 0) return 1;
    double t1 = now_ms(CLOCK_MONOTONIC), c1 = now_ms(CLOCK_PROCESS_CPUTIME_ID);
    if (!quiet && (mods.n || nnat)) {
        printf("%s: %zu modules", out, mods.n + nnat);
        int nlib = 0;   /* the library and native modules baked in, named */
        for (size_t i = 0; i < mods.n; i++)
            if (mods.v[i].lib) printf("%s%s", nlib++ ? ", " : " (library: ", mods.v[i].name);
        for (size_t i = 0, k = 0; i < natives.n; i++)
            if (natives.v[i].selected) {
                size_t n;
                const char *name = name_chars(natives.v[i].names[0], &n);
                printf("%s%.*s", k++ ? ", " : nlib ? "; native: " : " (native: ", (int)n, name);
                nlib++;
            }
        printf("%s, %zu bytes of source -> bundle %zu bytes at 0x%05X "
               "(region %u bytes, %u names); flash %s; %.1f ms (%.1f ms CPU)\n", nlib ? ")" : "",
               (size_t)rd32(b.buf + 4 * FZ_HDR_SOURCE_BYTES), b.len, l.bundle_start,
               l.bundle_size, (unsigned)b.nnames, esplayout_size_name(l.flash_size), t1 - t0,
               c1 - c0);
    }
    if (!quiet && fsdir)
        printf("%s: filesystem at 0x%05X (%u bytes): %zu files, %zu bytes from %s\n", out, l.fs_start,
               l.fs_size, fs_files, fs_bytes, fsdir);
    free(outimg);
    free(b.buf);
    free(img);
    native_free(&natives);
    free(defbase);
    return 0;
}
