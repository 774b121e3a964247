/* ffs: a power-loss-safe, wear-levelling filesystem for SPI NOR flash (4 KB erase sectors,
 * programming only clears bits).  Format, recovery and costs: docs/filesystem.md.
 *
 * The caller owns every structure (no malloc): an `ffs_fs` per mounted region, an `ffs_file`
 * per open file, an `ffs_dir` per directory listing.  Paths are absolute and normalised
 * ("/", "/lib/foo.py"; no "//", ".", ".." or trailing "/").  Every call returns a negative
 * errno value on failure; the values are those MicroPython uses.
 *
 * Flash access goes through ffs_flash.  Every prog call has a 4-byte aligned offset, length
 * and source buffer (the ESP8266 ROM's SPIWrite needs that); so does every read of metadata,
 * but file data is read straight into the caller's buffer, at any offset and length. */
#ifndef FFS_H
#define FFS_H

#include <stddef.h>
#include <stdint.h>

/* errno values (MicroPython's) */
#define FFS_ENOENT       2
#define FFS_EIO          5
#define FFS_EBADF        9
#define FFS_EBUSY       16   /* a second writer on a file that is already open for writing */
#define FFS_EEXIST      17
#define FFS_ENOTDIR     20
#define FFS_EISDIR      21
#define FFS_EINVAL      22
#define FFS_ENOSPC      28
#define FFS_ENAMETOOLONG 36
#define FFS_ENOTEMPTY   39

/* ffs_open flags */
#define FFS_RDONLY  0x0
#define FFS_WRONLY  0x1
#define FFS_RDWR    0x2
#define FFS_ACCMODE 0x3
#define FFS_CREAT   0x100
#define FFS_TRUNC   0x200
#define FFS_APPEND  0x400
#define FFS_EXCL    0x800

/* ffs_seek whence */
#define FFS_SEEK_SET 0
#define FFS_SEEK_CUR 1
#define FFS_SEEK_END 2

#define FFS_NAME_MAX 64          /* bytes in one path component */
#define FFS_BLOCK    256         /* allocation unit: one page of file data */

/* Compile-time sizes.  FFS_MAX_SECTORS bounds the region (one byte of RAM per sector); a port
 * that never mounts more than, say, 128 sectors defines it to that for every file. */
#ifndef FFS_MAX_SECTORS
#define FFS_MAX_SECTORS 1024
#endif
#define FFS_MAX_KILL  8          /* replaced pages remembered per open file before a commit */
#define FFS_WIN       16         /* page locations cached per open file */
#define FFS_MAP_WORDS 4          /* 128-bit map of the sector groups holding a file's pages */
#define FFS_DCACHE    8          /* name -> header cache entries */

typedef struct ffs_flash {
    void *ctx;
    uint32_t sector_size;   /* must be 4096 */
    uint32_t sector_count;  /* sectors in the region, 4 .. FFS_MAX_SECTORS */
    /* offsets are relative to the start of the region; return 0 or a negative value on error */
    int (*read)(void *ctx, uint32_t off, void *buf, uint32_t len);
    int (*prog)(void *ctx, uint32_t off, const void *buf, uint32_t len);  /* may only clear bits */
    int (*erase)(void *ctx, uint32_t sector);                              /* sets it to 0xFF */
} ffs_flash;

typedef struct ffs_fs ffs_fs;
typedef struct ffs_file ffs_file;

/* An open file.  Everything in it is private to the library. */
struct ffs_file {
    ffs_file *next;          /* the mount's list of open files */
    ffs_fs *fs;
    uint32_t magic;          /* FFS_FILE_MAGIC while open */
    uint32_t pos;
    uint32_t size;           /* size as this handle sees it (a writer sees its own writes) */
    uint32_t csize;          /* size in the last committed version */
    uint32_t txlo;           /* first sequence number of the open transaction */
    uint16_t ino;
    uint16_t hdr;            /* location of the committed header */
    uint16_t state;
    uint16_t nkill;          /* committed pages replaced by the open transaction */
    uint16_t gen;            /* the mount it belongs to (ffs_fs.gen) */
    uint16_t kill[FFS_MAX_KILL];
    uint16_t wbase;          /* first page of the location window, 0xFFFF if empty */
    uint16_t win[FFS_WIN];
    uint16_t hint;           /* sector where the last page lookup ended */
    uint32_t map[FFS_MAP_WORDS];    /* sector groups known to hold this file's pages */
    uint32_t txmap[FFS_MAP_WORDS];  /* sector groups holding pages of the open transaction */
};

/* A mounted filesystem.  Everything in it is private to the library. */
struct ffs_fs {
    ffs_flash fl;
    int err;                 /* sticky: after a flash error every call fails with it */
    uint16_t gen;            /* changes with every mount: older handles are refused */
    uint16_t nsect;
    uint16_t gsz;            /* sectors per bit in a file's sector map */
    uint16_t head;           /* sector receiving new slots, 0xFFFF if none */
    uint16_t next;           /* next unused slot in head */
    uint16_t nfree;          /* erased sectors, including the one kept back for the collector */
    uint16_t next_ino;
    uint32_t ndead;          /* slots that only a collection can make usable again */
    uint32_t seq;            /* sequence number for the next slot written */
    ffs_file *files;         /* open files */
    ffs_file *bown;          /* the file whose page is in buf, or NULL */
    uint16_t bpage, bloc, bflen, blo;
    uint8_t bdirty, bcommit;
    uint8_t dcnext;
    uint16_t pin[2];         /* slot locations held across an allocation (kept up to date by GC) */
    struct { uint16_t parent, hash, ino, loc; } dc[FFS_DCACHE];
    uint32_t buf[FFS_BLOCK / 4];   /* write buffer for one page, shared by all open files */
    uint8_t sect[FFS_MAX_SECTORS]; /* per sector: state and count of dead slots */
};

typedef struct {
    ffs_fs *fs;
    uint32_t magic;
    uint16_t ino;
    uint16_t pos;            /* next slot location to look at */
    uint16_t gen;
} ffs_dir;

typedef struct {
    uint32_t size;
    uint8_t is_dir;
    char name[FFS_NAME_MAX + 1];   /* filled by ffs_dir_read; empty from ffs_stat */
} ffs_info;

typedef struct {
    uint32_t bsize;          /* FFS_BLOCK */
    uint32_t blocks;         /* data blocks the region can hold */
    uint32_t bfree;          /* blocks still available for file data */
    uint32_t namemax;
} ffs_vfs;

/* Mounting (or formatting) ends every handle of an earlier mount of the same ffs_fs: their
 * calls fail with -EBADF, and what they had not flushed is lost as in a power cut. */
int ffs_format(ffs_fs *fs, const ffs_flash *flash);   /* erases the region, leaves it mounted */
int ffs_mount(ffs_fs *fs, const ffs_flash *flash);    /* -EIO: not a filesystem or damaged */

int ffs_open(ffs_fs *fs, ffs_file *f, const char *path, int flags);
int ffs_read(ffs_file *f, void *buf, uint32_t len);          /* bytes read, 0 at end */
int ffs_write(ffs_file *f, const void *buf, uint32_t len);   /* bytes written (short if full) */
int32_t ffs_seek(ffs_file *f, int32_t off, int whence);      /* new position */
int32_t ffs_tell(ffs_file *f);
int32_t ffs_size(ffs_file *f);
int ffs_flush(ffs_file *f);   /* makes everything written so far survive a power cut */
int ffs_close(ffs_file *f);   /* flushes; the handle is released even when that fails */

int ffs_stat(ffs_fs *fs, const char *path, ffs_info *st);
int ffs_remove(ffs_fs *fs, const char *path);                 /* files only */
int ffs_rename(ffs_fs *fs, const char *from, const char *to); /* atomic; replaces a file or empty dir */
int ffs_mkdir(ffs_fs *fs, const char *path);
int ffs_rmdir(ffs_fs *fs, const char *path);

int ffs_dir_open(ffs_fs *fs, ffs_dir *d, const char *path);
int ffs_dir_read(ffs_dir *d, ffs_info *ent);   /* 1: entry filled, 0: end */
int ffs_dir_close(ffs_dir *d);

int ffs_statvfs(ffs_fs *fs, ffs_vfs *st);

/* A flash in RAM with NOR semantics, for building images on the host and for tests. */
typedef struct {
    uint8_t *mem;
    uint32_t size;
} ffs_ram;
void ffs_ram_flash(ffs_flash *flash, ffs_ram *ram, uint8_t *mem, uint32_t sector_count);

/* Image building (espy build --fs DIR): format a RAM region, then add directories and files. */
int ffs_image_begin(ffs_fs *fs, ffs_flash *flash, ffs_ram *ram, uint8_t *mem, uint32_t sector_count);
int ffs_image_mkdirs(ffs_fs *fs, const char *path);   /* creates path and its missing parents */
int ffs_image_add(ffs_fs *fs, const char *path, const void *data, uint32_t len);

#endif
