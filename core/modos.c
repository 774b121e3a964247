/* The os module (MicroPython's uos): files and directories through the port layer, with
 * CPython's OSError subclasses and messages ("[Errno 2] No such file or directory: 'x'").
 * Also the struct-sequence helper shared with the time module (modos.h). */
#include <string.h>
#include "modos.h"
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objstr.h"
#include "objbytes.h"
#include "objint.h"
#include "objtuple.h"
#include "objlist.h"
#include "objdict.h"
#include "objfun.h"
#include "objmodule.h"
#include "port.h"
#include "vstr.h"

/* ---------------- struct sequences ---------------- */

Value structseq_new(const StructSeqType *t, const Value *items) {
    Value r = tuple_from_array(items, es_rd16(&t->nfields));
    ((Tuple *)V_PTR(r))->base.type = &t->type;
    return r;
}

void structseq_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    const StructSeqType *t = (const StructSeqType *)type_of(self);
    const Tuple *tup = V_PTR(self);
    print_fmt(p, "%n.%n(", V_MKNAME(es_rd16(&t->module)), t->type.name);
    for (size_t i = 0, n = es_rd16(&t->nfields); i < tup->len && i < n; i++) {
        print_fmt(p, i ? ", %n=%r" : "%n=%r", V_MKNAME(es_rd16(&t->fields[i])), tup->items[i]);
    }
    print_char(p, ')');
}

void structseq_attr(Value self, Value name, Value *dest) {
    if (dest[1] != V_SENTINEL_METHOD || !V_IS_NAME(name)) return;
    const StructSeqType *t = (const StructSeqType *)type_of(self);
    const Tuple *tup = V_PTR(self);
    for (size_t i = 0, n = es_rd16(&t->nfields); i < n && i < tup->len; i++) {
        if (es_rd16(&t->fields[i]) == V_NAME(name)) {
            dest[0] = tup->items[i];
            dest[1] = V_NULL;
            return;
        }
    }
}

static const uint16_t stat_fields[] = {
    N_st_mode, N_st_ino, N_st_dev, N_st_nlink, N_st_uid, N_st_gid, N_st_size, N_st_atime, N_st_mtime, N_st_ctime,
};
static STRUCTSEQ_TYPE(stat_result_type, stat_result, os, stat_fields);

static const uint16_t statvfs_fields[] = {
    N_f_bsize, N_f_frsize, N_f_blocks, N_f_bfree, N_f_bavail, N_f_files, N_f_ffree, N_f_favail, N_f_flag, N_f_namemax,
};
static STRUCTSEQ_TYPE(statvfs_result_type, statvfs_result, os, statvfs_fields);

static const uint16_t uname_fields[] = {N_sysname, N_nodename, N_release, N_version, N_machine};
static STRUCTSEQ_TYPE(uname_result_type, uname_result, posix, uname_fields);

/* ---------------- paths and errors ---------------- */

/* A NUL-terminated copy of a path argument (str or bytes) on the GC heap. */
static char *c_path(const char *fname, Value path) {
    const char *d;
    size_t n;
    if (str_is(path)) d = str_data(path, &n);
    else if (!is_type(path, &bytes_type) || !bytes_get_data(path, &d, &n))
        exc_raise_msg(&exc_TypeError, "%s: path should be string, bytes or os.PathLike, not %T", fname, path);
    if (memchr(d, 0, n)) exc_raise_msg(&exc_ValueError, "%s: embedded null character in path", fname);
    char *c = gc_alloc(n + 1, GC_LEAF);
    memcpy(c, d, n);
    return c;
}

static void check(int r, Value path) {
    if (r < 0) exc_raise_oserror_path(-r, path);
}

#define PATH_FN(cname, port_fn, label) \
    static Value cname(Value *a, int n, Value kw) { \
        (void)n; (void)kw; \
        char *p = c_path(label, a[0]); \
        int r = port_fn(p); \
        gc_free(p); \
        check(r, a[0]); \
        return V_NONE; \
    }
PATH_FN(os_rmdir, port_rmdir, "rmdir")
PATH_FN(os_remove, port_remove, "remove")
PATH_FN(os_chdir, port_chdir, "chdir")

static Value os_mkdir(Value *a, int n, Value kw) {
    (void)n; (void)kw;   /* the mode is accepted and ignored: the filesystem has no permissions */
    char *p = c_path("mkdir", a[0]);
    int r = port_mkdir(p);
    gc_free(p);
    check(r, a[0]);
    return V_NONE;
}

static Value os_rename(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    char *from = c_path("rename", a[0]), *to = c_path("rename", a[1]);
    int r = port_rename(from, to);
    gc_free(to);
    gc_free(from);
    if (r < 0) exc_raise_oserror_path2(-r, a[0], a[1]);
    return V_NONE;
}

/* ---------------- directories ---------------- */

/* listdir builds a list of names.  ilistdir records the entries compactly first (a kind byte,
 * the size in 4 bytes, the name and a NUL, in one leaf buffer) and makes each tuple only when
 * the iterator reaches it: a directory of 200 files then costs some 5 kB instead of 20. */
typedef struct {
    Value list;         /* listdir: the list; ilistdir: V_NULL */
    Vstr *rec;          /* ilistdir: the records */
    bool bytes;
    Value exc;          /* an exception raised while adding an entry (re-raised after the port call) */
} ListCtx;

static void list_entry(void *vctx, const char *name, int is_dir, uint32_t size) {
    ListCtx *ctx = vctx;
    if (ctx->exc) return;
    /* no longjmp through the port's directory walk: catch, finish, then raise */
    ExcFrame ef;
    if (EXC_TRY(ef)) {
        size_t n = strlen(name);
        if (ctx->rec) {
            char *r = vstr_extend(ctx->rec, 6 + n);
            r[0] = (char)is_dir;
            memcpy(r + 1, &size, 4);
            memcpy(r + 5, name, n + 1);
        } else {
            list_append(ctx->list, ctx->bytes ? bytes_new((const uint8_t *)name, n) : str_new(name, n));
        }
        exc_end(&ef);
    } else {
        ctx->exc = ef.exc;
    }
}

static void list_dir(Value *a, int n, ListCtx *ctx, const char *label) {
    Value path = n > 0 && a[0] != V_NONE ? a[0] : V_MKNAME(N__dot);
    ctx->bytes = is_type(path, &bytes_type);
    char *p = c_path(label, path);
    int r = port_listdir(p, list_entry, ctx);
    gc_free(p);
    if (ctx->exc) exc_raise(ctx->exc);
    check(r, path);
}

static Value os_listdir(Value *a, int n, Value kw) {
    (void)kw;
    ListCtx ctx = {list_new(0), NULL, false, V_NULL};
    list_dir(a, n, &ctx, "listdir");
    return ctx.list;
}

typedef struct {
    Object base;
    Vstr rec;
    size_t pos;
    bool bytes;
} IlistIter;

static Value ilist_next(Value self) {
    IlistIter *it = V_PTR(self);
    if (it->pos >= it->rec.len) return V_NULL;
    const char *r = it->rec.buf + it->pos;
    uint32_t size;
    memcpy(&size, r + 1, 4);
    size_t n = strlen(r + 5);
    it->pos += 6 + n;
    Value t[4] = {
        it->bytes ? bytes_new((const uint8_t *)r + 5, n) : str_new(r + 5, n),
        V_MKINT(r[0] ? 0x4000 : 0x8000), V_MKINT(0), int_from_uint(size),
    };
    return tuple_from_array(t, 4);
}

static Value ilist_iter(Value self, IterBuf *buf) { (void)buf; return self; }

static const Type ilistdir_type = {
    .type = &type_type, .name = V_MKNAME(N_ilistdir), .base = &object_type, .flags = TF_ITER_SELF,
    .getiter = ilist_iter, .iternext = ilist_next,
};

static Value os_ilistdir(Value *a, int n, Value kw) {
    (void)kw;
    IlistIter *it = gc_alloc(sizeof(IlistIter), 0);
    it->base.type = &ilistdir_type;
    vstr_init(&it->rec, 64);
    ListCtx ctx = {V_NULL, &it->rec, false, V_NULL};
    list_dir(a, n, &ctx, "ilistdir");
    it->bytes = ctx.bytes;
    return V_FROMPTR(it);
}

static Value os_getcwd(Value *a, int n, Value kw) {
    (void)a; (void)n; (void)kw;
    for (size_t cap = 128;; cap *= 4) {
        char *buf = gc_alloc(cap, GC_LEAF);
        int r = port_getcwd(buf, cap);
        if (r == 0) {
            Value s = str_new_cstr(buf);
            gc_free(buf);
            return s;
        }
        gc_free(buf);
        if (r != -34 || cap > 16384) exc_raise_oserror(-r);   /* ERANGE: a longer buffer */
    }
}

/* ---------------- stat ---------------- */

static Value os_stat(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    char *p = c_path("stat", a[0]);
    PortStat st;
    int r = port_stat(p, &st);
    gc_free(p);
    check(r, a[0]);
    /* the filesystem knows the kind, the size and one time; the rest is 0 as on MicroPython */
    Value mtime = int_from_uint(st.mtime);
    Value items[10] = {
        V_MKINT(st.is_dir ? 0040000 : 0100000), V_MKINT(0), V_MKINT(0), V_MKINT(st.is_dir ? 2 : 1),
        V_MKINT(0), V_MKINT(0), int_from_uint(st.size), mtime, mtime, mtime,
    };
    return structseq_new(&stat_result_type, items);
}

static Value os_statvfs(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    char *p = c_path("statvfs", a[0]);
    uint32_t out[10];
    int r = port_statvfs(p, out);
    gc_free(p);
    check(r, a[0]);
    Value items[10];
    for (int i = 0; i < 10; i++) items[i] = int_from_uint(out[i]);
    return structseq_new(&statvfs_result_type, items);
}

/* os.mkfs(): formats the board's flash filesystem (every file is lost) and mounts the empty
 * one; the way back from a damaged filesystem (docs/filesystem.md).  Only a port with such a
 * filesystem defines port_mkfs; elsewhere this default answers ENODEV. */
__attribute__((weak)) int port_mkfs(void) { return -19; }

static Value os_mkfs(Value *a, int n, Value kw) {
    (void)a; (void)n; (void)kw;
    int r = port_mkfs();
    if (r < 0) exc_raise_oserror(-r);
    return V_NONE;
}

/* ---------------- system ---------------- */

static Value os_uname(Value *a, int n, Value kw) {
    (void)a; (void)n; (void)kw;
    const char *const *u = port_uname();
    Value items[5];
    for (int i = 0; i < 5; i++) items[i] = str_new_cstr(u[i] ? u[i] : "");
    return structseq_new(&uname_result_type, items);
}

static Value os_urandom(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Int len = obj_get_int(a[0]);
    if (len < 0) exc_raise_msg(&exc_ValueError, "negative argument not allowed");
    Value b = bytes_alloc((size_t)len);
    port_random_bytes(((Bytes *)V_PTR(b))->data, (size_t)len);
    return b;
}

static NATIVE_FN(os_listdir_fn, listdir, 0, 1, os_listdir);
static NATIVE_FN(os_ilistdir_fn, ilistdir, 0, 1, os_ilistdir);
static NATIVE_FN(os_mkdir_fn, mkdir, 1, 2, os_mkdir);
static NATIVE_FN(os_mkfs_fn, mkfs, 0, 0, os_mkfs);
static NATIVE_FN(os_rmdir_fn, rmdir, 1, 1, os_rmdir);
static NATIVE_FN(os_remove_fn, remove, 1, 1, os_remove);
static NATIVE_FN(os_unlink_fn, unlink, 1, 1, os_remove);
static NATIVE_FN(os_rename_fn, rename, 2, 2, os_rename);
static NATIVE_FN(os_stat_fn, stat, 1, 1, os_stat);
static NATIVE_FN(os_statvfs_fn, statvfs, 1, 1, os_statvfs);
static NATIVE_FN(os_getcwd_fn, getcwd, 0, 0, os_getcwd);
static NATIVE_FN(os_chdir_fn, chdir, 1, 1, os_chdir);
static NATIVE_FN(os_uname_fn, uname, 0, 0, os_uname);
static NATIVE_FN(os_urandom_fn, urandom, 1, 1, os_urandom);

static const MapEntry os_table[] = {
    {V_MKNAME(N___name__), V_MKNAME(N_os)},
    METHOD_ENTRY(chdir, os_chdir_fn),
    METHOD_ENTRY(getcwd, os_getcwd_fn),
    METHOD_ENTRY(ilistdir, os_ilistdir_fn),
    METHOD_ENTRY(listdir, os_listdir_fn),
    METHOD_ENTRY(mkdir, os_mkdir_fn),
    METHOD_ENTRY(mkfs, os_mkfs_fn),
    METHOD_ENTRY(remove, os_remove_fn),
    METHOD_ENTRY(rename, os_rename_fn),
    METHOD_ENTRY(rmdir, os_rmdir_fn),
    {V_MKNAME(N_sep), V_MKNAME(N__slash)},
    METHOD_ENTRY(stat, os_stat_fn),
    {V_MKNAME(N_stat_result), V_FROMPTR(&stat_result_type)},
    METHOD_ENTRY(statvfs, os_statvfs_fn),
    METHOD_ENTRY(uname, os_uname_fn),
    METHOD_ENTRY(unlink, os_unlink_fn),
    METHOD_ENTRY(urandom, os_urandom_fn),
};
MODULE_CONST(mod_os, os_table);
