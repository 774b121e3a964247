/* core/port.h's file functions over a mounted ffs: paths, the current directory, open files on
 * the GC heap (ffsport.h).  Used by the board (ports/esp8266/port_fs.c: the SPI flash driver,
 * mounting, os.mkfs) and by the QEMU build (ports/qemu/port.c: an ffs in RAM over host files).
 *
 * Open files are `ffs_file`s on the GC heap, owned by the Python file object through its handle;
 * while a file is open the mount's list of open files links it, and that list is a GC root
 * (ffsport_reset), so a file dropped without close() is never freed under the library (its
 * data stays unflushed until the next mount, as MicroPython's would without its finaliser).
 *
 * ffs_fs's size is never used here (only pointers to it, and its list of open files): the
 * firmware compiles lib/ffs and port_fs.c, which owns the struct, with its own FFS_MAX_SECTORS
 * (mk/fsrepl.mk), and that changes only the struct's last member. */
#include <string.h>
#include "config.h"
#include "ffsport.h"
#include "gc.h"

#define ERANGE_ 34

static ffs_fs *fs;               /* NULL: nothing mounted */
static char *cwd;                /* the current directory (GC heap, a root); NULL: "/" */

void ffsport_reset(ffs_fs *f) {
    gc_add_root(&f->files, 2);   /* f->files, f->bown: the open files */
    gc_add_root(&cwd, 1);
    cwd = NULL;
    fs = NULL;
}

void ffsport_mounted(ffs_fs *f) {
    fs = f;
    cwd = NULL;
}

/* ---- paths ---- */

int ffsport_abspath(const char *path, char out[FFSPORT_PATH_MAX]) {
    if (!fs) return -FFSPORT_ENODEV;
    if (!*path) return -FFS_ENOENT;
    size_t n = 0;
    const char *parts[2] = {path[0] == '/' ? "" : (cwd ? cwd : ""), path};
    for (int k = 0; k < 2; k++) {
        const char *p = parts[k];
        while (*p) {
            while (*p == '/') p++;
            const char *e = p;
            while (*e && *e != '/') e++;
            size_t len = (size_t)(e - p);
            if (len == 0 || (len == 1 && p[0] == '.')) {
                /* nothing */
            } else if (len == 2 && p[0] == '.' && p[1] == '.') {
                while (n > 0 && out[n - 1] != '/') n--;   /* up one, never above "/" */
                if (n > 0) n--;
            } else {
                if (n + 1 + len >= FFSPORT_PATH_MAX) return -FFS_ENAMETOOLONG;
                out[n++] = '/';
                memcpy(out + n, p, len);
                n += len;
            }
            p = e;
        }
    }
    if (n == 0) out[n++] = '/';
    out[n] = 0;
    return 0;
}

/* ---- files ---- */

_Static_assert(PORT_O_RDONLY == FFS_RDONLY && PORT_O_WRONLY == FFS_WRONLY && PORT_O_RDWR == FFS_RDWR,
               "the access modes pass to ffs unchanged");

intptr_t ffsport_open(const char *path, int flags) {
    FFSPORT_RESOLVE(p, path);
    int ff = flags & FFS_ACCMODE;
    if (flags & PORT_O_CREAT) ff |= FFS_CREAT;
    if (flags & PORT_O_TRUNC) ff |= FFS_TRUNC;
    if (flags & PORT_O_APPEND) ff |= FFS_APPEND;
    if (flags & PORT_O_EXCL) ff |= FFS_EXCL;
    ffs_file *f = gc_alloc(sizeof *f, 0);   /* holds pointers (the list of open files) */
    int r = ffs_open(fs, f, p, ff);
    if (r < 0) {
        gc_free(f);
        return r;
    }
    return (intptr_t)f;
}

intptr_t ffsport_read(intptr_t h, void *buf, size_t n) { return ffs_read((ffs_file *)h, buf, (uint32_t)n); }
intptr_t ffsport_write(intptr_t h, const void *buf, size_t n) { return ffs_write((ffs_file *)h, buf, (uint32_t)n); }
intptr_t ffsport_seek(intptr_t h, intptr_t offset, int whence) { return ffs_seek((ffs_file *)h, (int32_t)offset, whence); }
int ffsport_flush(intptr_t h) { return ffs_flush((ffs_file *)h); }
/* The ffs_file stays allocated: the Python file object still points at it (a closed handle
 * answers EBADF); the GC frees both together. */
int ffsport_close(intptr_t h) { return ffs_close((ffs_file *)h); }

/* ---- directories and names ---- */

int ffsport_stat(const char *path, PortStat *st) {
    FFSPORT_RESOLVE(p, path);
    ffs_info in;
    int r = ffs_stat(fs, p, &in);
    if (r < 0) return r;
    st->size = in.size;
    st->mtime = 0;   /* ffs keeps no times */
    st->is_dir = in.is_dir;
    return 0;
}

int ffsport_listdir(const char *path, void (*fn)(void *ctx, const char *name, int is_dir, uint32_t size), void *ctx) {
    FFSPORT_RESOLVE(p, path);
    ffs_dir d;
    int r = ffs_dir_open(fs, &d, p);
    if (r < 0) return r;
    ffs_info in;
    while ((r = ffs_dir_read(&d, &in)) > 0) fn(ctx, in.name, in.is_dir, in.size);
    ffs_dir_close(&d);
    return r < 0 ? r : 0;
}

int ffsport_mkdir(const char *path) { FFSPORT_RESOLVE(p, path); return ffs_mkdir(fs, p); }
int ffsport_rmdir(const char *path) { FFSPORT_RESOLVE(p, path); return ffs_rmdir(fs, p); }
int ffsport_remove(const char *path) { FFSPORT_RESOLVE(p, path); return ffs_remove(fs, p); }

int ffsport_rename(const char *from, const char *to) {
    FFSPORT_RESOLVE(a, from);
    FFSPORT_RESOLVE(b, to);
    return ffs_rename(fs, a, b);
}

int ffsport_chdir(const char *path) {
    FFSPORT_RESOLVE(p, path);
    ffs_info in;
    int r = ffs_stat(fs, p, &in);
    if (r < 0) return r;
    if (!in.is_dir) return -FFS_ENOTDIR;
    if (p[1] == 0) {
        cwd = NULL;
        return 0;
    }
    size_t n = strlen(p) + 1;
    char *c = gc_alloc(n, GC_LEAF);
    memcpy(c, p, n);
    cwd = c;
    return 0;
}

int ffsport_getcwd(char *buf, size_t n) {
    const char *c = cwd ? cwd : "/";
    size_t len = strlen(c);
    if (len + 1 > n) return -ERANGE_;
    memcpy(buf, c, len + 1);
    return 0;
}

int ffsport_statvfs(const char *path, uint32_t out[10]) {
    FFSPORT_RESOLVE(p, path);
    ffs_info in;
    int r = ffs_stat(fs, p, &in);
    if (r < 0) return r;
    ffs_vfs v;
    r = ffs_statvfs(fs, &v);
    if (r < 0) return r;
    /* f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree, f_favail, f_flag, f_namemax */
    memset(out, 0, 10 * sizeof *out);
    out[0] = out[1] = v.bsize;
    out[2] = v.blocks;
    out[3] = out[4] = v.bfree;
    out[9] = v.namemax;
    return 0;
}

#if ES_FFS_PORT_FILES
/* Every file of the port is on ffs: these are core/port.h's functions under their own names
 * (aliases, no code of their own). */
intptr_t port_file_open(const char *path, int flags) __attribute__((alias("ffsport_open")));
intptr_t port_file_read(intptr_t h, void *buf, size_t n) __attribute__((alias("ffsport_read")));
intptr_t port_file_write(intptr_t h, const void *buf, size_t n) __attribute__((alias("ffsport_write")));
intptr_t port_file_seek(intptr_t h, intptr_t offset, int whence) __attribute__((alias("ffsport_seek")));
int port_file_flush(intptr_t h) __attribute__((alias("ffsport_flush")));
int port_file_close(intptr_t h) __attribute__((alias("ffsport_close")));
int port_stat(const char *path, PortStat *st) __attribute__((alias("ffsport_stat")));
int port_listdir(const char *path, void (*fn)(void *, const char *, int, uint32_t), void *ctx)
    __attribute__((alias("ffsport_listdir")));
int port_mkdir(const char *path) __attribute__((alias("ffsport_mkdir")));
int port_rmdir(const char *path) __attribute__((alias("ffsport_rmdir")));
int port_remove(const char *path) __attribute__((alias("ffsport_remove")));
int port_rename(const char *from, const char *to) __attribute__((alias("ffsport_rename")));
int port_chdir(const char *path) __attribute__((alias("ffsport_chdir")));
int port_getcwd(char *buf, size_t n) __attribute__((alias("ffsport_getcwd")));
int port_statvfs(const char *path, uint32_t out[10]) __attribute__((alias("ffsport_statvfs")));
#endif
