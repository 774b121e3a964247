/* core/port.h's file functions over a mounted ffs (lib/ffs, docs/filesystem.md), shared by the
 * board and its QEMU build (ports/common/ffsport.c).
 *
 * The board (ports/esp8266/port_fs.c) keeps every file in ffs: with ES_FFS_PORT_FILES in its
 * portconfig.h these functions are core/port.h's own (port_file_open is ffsport_open, ...).
 * The QEMU build (ports/qemu/port.c) puts an ffs in RAM over the host's files and calls these
 * from its own port_* functions.
 *
 * Paths are what Python code gave (relative, ".", "..", "//", a trailing "/"); they are joined
 * with the current directory and normalised here, because ffs takes only absolute, normalised
 * paths.  A handle is the address of an `ffs_file` on the GC heap (never odd: GC blocks are
 * aligned).  Every call returns a negative errno value on failure; ENODEV (19) while nothing is
 * mounted. */
#ifndef FFSPORT_H
#define FFSPORT_H

#include <stdbool.h>
#include <stdint.h>
#include "ffs.h"
#include "port.h"

#define FFSPORT_PATH_MAX 256     /* longest absolute path, NUL included (ENAMETOOLONG beyond) */
#define FFSPORT_ENODEV 19

/* After gc_init: registers the GC roots (fs's list of open files, the current directory);
 * nothing mounted yet, cwd "/". */
void ffsport_reset(ffs_fs *fs);
/* The filesystem the calls use from now on (NULL: none); the current directory goes back to
 * "/". */
void ffsport_mounted(ffs_fs *fs);

/* path joined with the current directory and normalised into out: "/" or "/a/b". */
int ffsport_abspath(const char *path, char out[FFSPORT_PATH_MAX]);
/* Declares `char buf[FFSPORT_PATH_MAX]` holding path made absolute, or returns the error from
 * the function it is used in. */
#define FFSPORT_RESOLVE(buf, path) \
    char buf[FFSPORT_PATH_MAX]; \
    do { int r_ = ffsport_abspath(path, buf); if (r_ < 0) return r_; } while (0)

intptr_t ffsport_open(const char *path, int flags);   /* PORT_O_* flags */
intptr_t ffsport_read(intptr_t h, void *buf, size_t n);
intptr_t ffsport_write(intptr_t h, const void *buf, size_t n);
intptr_t ffsport_seek(intptr_t h, intptr_t offset, int whence);
int ffsport_flush(intptr_t h);
int ffsport_close(intptr_t h);
int ffsport_stat(const char *path, PortStat *st);
int ffsport_listdir(const char *path, void (*fn)(void *ctx, const char *name, int is_dir, uint32_t size),
                    void *ctx);
int ffsport_mkdir(const char *path);
int ffsport_rmdir(const char *path);
int ffsport_remove(const char *path);
int ffsport_rename(const char *from, const char *to);
int ffsport_chdir(const char *path);
int ffsport_getcwd(char *buf, size_t n);
int ffsport_statvfs(const char *path, uint32_t out[10]);

#endif
