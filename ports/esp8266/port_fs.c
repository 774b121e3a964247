/* Files on the ESP8266: core/port.h's file functions over the flash filesystem (lib/ffs,
 * docs/filesystem.md), in the region the layout descriptor names (esp_layout.fs_start/fs_size).
 *
 * The region is mounted at every boot and soft reset (port_fs_mount, from main.c).  A blank
 * region (every sector header erased: a fresh board, or a flash image without a filesystem) is
 * formatted; anything else that does not mount is reported in one line and left alone until
 * os.mkfs() formats it, so that a damaged filesystem is never wiped without being asked.
 *
 * Paths: the core passes what Python code gave (relative, ".", "..", "//", a trailing "/");
 * they are joined with the current directory and normalised here, because ffs takes only
 * absolute, normalised paths.  Open files are `ffs_file`s on the GC heap, owned by the Python
 * file object through its handle; while a file is open the mount's list of open files links
 * it, and that list is a GC root, so a file dropped without close() is never freed under the
 * library (its data stays unflushed until a soft reset, as MicroPython's would without its
 * finaliser). */
#include <string.h>
#include "esp.h"
#include "espport.h"
#include "ffs.h"
#include "gc.h"
#include "modos.h"
#include "port.h"

#define PATH_MAX_ 256            /* longest absolute path accepted (ENAMETOOLONG beyond) */
#define ENODEV_ 19               /* no filesystem mounted */
#define ERANGE_ 34

static ffs_fs fs;
static ffs_flash flash;
static uint32_t region;          /* flash offset of the region */
static bool mounted;
static char *cwd;                /* the current directory (GC heap, a root); NULL: "/" */

/* ---- the flash driver: offsets relative to the region ---- */

/* SPIRead wants a 4-byte aligned address, length and RAM buffer.  Metadata reads are aligned;
 * file data may start anywhere and goes to the caller's buffer, so misaligned pieces pass
 * through a bounce buffer on the stack. */
static int fl_read(void *ctx, uint32_t off, void *buf, uint32_t len) {
    (void)ctx;
    uint32_t addr = region + off;
    uint8_t *dst = buf;
    while (len) {
        if (!((addr | (uintptr_t)dst) & 3u) && len >= 4) {
            uint32_t n = len & ~3u;
            if (esp_flash_read(addr, dst, n)) return -FFS_EIO;
            addr += n, dst += n, len -= n;
            continue;
        }
        uint32_t bounce[32];
        uint32_t skip = addr & 3u;
        uint32_t n = skip + len > sizeof bounce ? sizeof bounce : (skip + len + 3u) & ~3u;
        if (esp_flash_read(addr - skip, bounce, n)) return -FFS_EIO;
        uint32_t take = n - skip < len ? n - skip : len;
        memcpy(dst, (uint8_t *)bounce + skip, take);
        addr += take, dst += take, len -= take;
    }
    return 0;
}

static int fl_prog(void *ctx, uint32_t off, const void *buf, uint32_t len) {
    (void)ctx;
    return esp_flash_write(region + off, buf, len) ? -FFS_EIO : 0;
}

static int fl_erase(void *ctx, uint32_t sector) {
    (void)ctx;
    return esp_flash_erase_sector(region / ESPLAYOUT_SECTOR + sector) ? -FFS_EIO : 0;
}

/* ---- mounting ---- */

static uint32_t region_sectors(void) {
    uint32_t n = esp_layout.fs_size / ESPLAYOUT_SECTOR;
    return n > FFS_MAX_SECTORS ? FFS_MAX_SECTORS : n;   /* a bigger region: its first part */
}

/* True if no sector of the region has a header (the first 16 bytes all 0xFF). */
static bool region_blank(void) {
    for (uint32_t s = 0; s < flash.sector_count; s++) {
        uint32_t h[4];
        if (fl_read(NULL, s * ESPLAYOUT_SECTOR, h, sizeof h)) return false;
        if ((h[0] & h[1] & h[2] & h[3]) != 0xFFFFFFFFu) return false;
    }
    return true;
}

int port_fs_mount(bool report) {
    /* the heap was just initialised: register the roots again */
    gc_add_root(&fs.files, 2);   /* fs.files, fs.bown: the open files */
    gc_add_root(&cwd, 1);
    cwd = NULL;
    mounted = false;
    region = esp_layout.fs_start;
    uint32_t n = region_sectors();
    if (n < 4) {
        if (report) esp_printf("espy: no filesystem: the region at 0x%05x has %u sectors (4 needed)\n", region, n);
        return -ENODEV_;
    }
    flash = (ffs_flash){NULL, ESPLAYOUT_SECTOR, n, fl_read, fl_prog, fl_erase};
    int r = ffs_mount(&fs, &flash);
    if (r < 0 && region_blank()) r = ffs_format(&fs, &flash);   /* first boot */
    if (r < 0) {
        esp_printf("espy: filesystem at 0x%05x not mounted: [Errno %d] %s; os.mkfs() formats it\n",
                   region, -r, r == -FFS_EIO ? "EIO" : "error");
        return r;
    }
    mounted = true;
    return 0;
}

int port_mkfs(void) {
    if (region_sectors() < 4) return -ENODEV_;
    mounted = false;
    cwd = NULL;
    int r = ffs_format(&fs, &flash);
    mounted = r == 0;
    return r;
}

/* ---- paths ---- */

/* Joins path with the current directory and normalises it into out (PATH_MAX_ bytes):
 * "/" or "/a/b", without ".", "..", empty components or a trailing "/". */
static int abspath(const char *path, char *out) {
    if (!mounted) return -ENODEV_;
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
                if (n + 1 + len >= PATH_MAX_) return -FFS_ENAMETOOLONG;
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

#define RESOLVE(buf, path) \
    char buf[PATH_MAX_]; \
    do { int r_ = abspath(path, buf); if (r_ < 0) return r_; } while (0)

/* ---- files ---- */

intptr_t port_file_open(const char *path, int flags) {
    RESOLVE(p, path);
    int ff = (flags & 3) == PORT_O_WRONLY ? FFS_WRONLY : (flags & 3) == PORT_O_RDWR ? FFS_RDWR : FFS_RDONLY;
    if (flags & PORT_O_CREAT) ff |= FFS_CREAT;
    if (flags & PORT_O_TRUNC) ff |= FFS_TRUNC;
    if (flags & PORT_O_APPEND) ff |= FFS_APPEND;
    if (flags & PORT_O_EXCL) ff |= FFS_EXCL;
    ffs_file *f = gc_alloc(sizeof *f, 0);   /* holds pointers (the list of open files) */
    int r = ffs_open(&fs, f, p, ff);
    if (r < 0) {
        gc_free(f);
        return r;
    }
    return (intptr_t)f;
}

intptr_t port_file_read(intptr_t h, void *buf, size_t n) { return ffs_read((ffs_file *)h, buf, (uint32_t)n); }
intptr_t port_file_write(intptr_t h, const void *buf, size_t n) { return ffs_write((ffs_file *)h, buf, (uint32_t)n); }
intptr_t port_file_seek(intptr_t h, intptr_t offset, int whence) { return ffs_seek((ffs_file *)h, (int32_t)offset, whence); }
int port_file_flush(intptr_t h) { return ffs_flush((ffs_file *)h); }
/* The ffs_file stays allocated: the Python file object still points at it (a closed handle
 * answers EBADF); the GC frees both together. */
int port_file_close(intptr_t h) { return ffs_close((ffs_file *)h); }

/* ---- directories and names ---- */

int port_stat(const char *path, PortStat *st) {
    RESOLVE(p, path);
    ffs_info in;
    int r = ffs_stat(&fs, p, &in);
    if (r < 0) return r;
    st->size = in.size;
    st->mtime = 0;   /* ffs keeps no times */
    st->is_dir = in.is_dir;
    return 0;
}

int port_listdir(const char *path, void (*fn)(void *ctx, const char *name, int is_dir, uint32_t size), void *ctx) {
    RESOLVE(p, path);
    ffs_dir d;
    int r = ffs_dir_open(&fs, &d, p);
    if (r < 0) return r;
    ffs_info in;
    while ((r = ffs_dir_read(&d, &in)) > 0) fn(ctx, in.name, in.is_dir, in.size);
    ffs_dir_close(&d);
    return r < 0 ? r : 0;
}

int port_mkdir(const char *path) { RESOLVE(p, path); return ffs_mkdir(&fs, p); }
int port_rmdir(const char *path) { RESOLVE(p, path); return ffs_rmdir(&fs, p); }
int port_remove(const char *path) { RESOLVE(p, path); return ffs_remove(&fs, p); }

int port_rename(const char *from, const char *to) {
    RESOLVE(a, from);
    RESOLVE(b, to);
    return ffs_rename(&fs, a, b);
}

int port_chdir(const char *path) {
    RESOLVE(p, path);
    ffs_info in;
    int r = ffs_stat(&fs, p, &in);
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

int port_getcwd(char *buf, size_t n) {
    const char *c = cwd ? cwd : "/";
    size_t len = strlen(c);
    if (len + 1 > n) return -ERANGE_;
    memcpy(buf, c, len + 1);
    return 0;
}

int port_statvfs(const char *path, uint32_t out[10]) {
    RESOLVE(p, path);
    ffs_info in;
    int r = ffs_stat(&fs, p, &in);
    if (r < 0) return r;
    ffs_vfs v;
    r = ffs_statvfs(&fs, &v);
    if (r < 0) return r;
    /* f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree, f_favail, f_flag, f_namemax */
    uint32_t vals[10] = {v.bsize, v.bsize, v.blocks, v.bfree, v.bfree, 0, 0, 0, 0, v.namemax};
    memcpy(out, vals, sizeof vals);
    return 0;
}
