/* ffs internals shared by lib/ffs_*.c.  Not part of the API. */
#ifndef FFS_INT_H
#define FFS_INT_H

#include "ffs.h"
#include "ffs_fmt.h"

_Static_assert(FFS_HDR_KILL == FFS_MAX_KILL, "kill list sizes");
_Static_assert(FFS_HDR_MAP == FFS_MAP_WORDS, "map sizes");
_Static_assert(FFS_BLOCK == FFS_PAGE, "block size");
_Static_assert(FFS_MAX_SECTORS * FFS_SLOTS < 0xFFFF, "slot locations are 16-bit");

#define FFS_NONE 0xFFFFu
#define FFS_FILE_MAGIC 0x4C494646u
#define FFS_DIR_MAGIC  0x52494446u

/* ffs.sect[]: low nibble = dead (or otherwise unusable) slots, then the state */
#define ST_DEAD   0x0Fu
#define ST_STATE  0x30u
#define ST_FREE   0x00u   /* erased, header written, no slot used */
#define ST_USED   0x10u
#define ST_BAD    0x20u   /* header invalid: must be erased (only during mount) */
#define ST_UNVER  0x40u   /* free, but not erased by this mount: check before use */
#define ST_COLL   0x80u   /* FFS_SF_COLLECT is set on flash */

/* Slots that must be available for an allocation (docs/filesystem.md, "Space, allocation
 * and a full filesystem"): a commit, rename or delete needs 1 and gives back at least 1 when
 * done; flushing the write buffer needs 2, so that its commit still fits; anything new needs
 * 3, so that the buffered page can always be flushed. */
#define NEED_META 1u
#define NEED_DATA 2u
#define NEED_NEW  3u

/* ffs_file.state */
#define FS_RD      0x01u
#define FS_WR      0x02u
#define FS_APPEND  0x04u
#define FS_TRUNCP  0x08u   /* truncation pending: committed pages are invisible to this writer */
#define FS_DIRTY   0x10u   /* something to commit */
#define FS_DEAD    0x40u   /* the file was deleted */

typedef struct { uint32_t tag, seq, aux, flags; } ffs_ent;

#define E_INO(e)     ((uint16_t)((e)->tag & 0xFFFFu))
#define E_IDX(e)     ((uint16_t)((e)->tag >> 16))
#define E_HAS(e, f)  (!((e)->flags & (f)))        /* flag bit cleared = condition holds */
#define TAG(ino, idx) ((uint32_t)(ino) | (uint32_t)(idx) << 16)
#define LOC(s, i)    ((uint16_t)((s) * FFS_SLOTS + (i)))

/* sector scans: fn returns 0 to go on, 1 to stop (ffsi_scan returns 1), <0 error */
typedef int (*ffsi_scan_fn)(ffs_fs *fs, uint16_t loc, const ffs_ent *e, void *ctx);

/* ffs_core.c */
uint32_t ffsi_crc32(uint32_t crc, const void *p, uint32_t n);
uint16_t ffsi_hash(const char *s, uint32_t n);
uint32_t ffsi_ent_off(uint16_t loc);
uint32_t ffsi_page_off(uint16_t loc);
int ffsi_read(ffs_fs *fs, uint32_t off, void *buf, uint32_t n);
int ffsi_prog(ffs_fs *fs, uint32_t off, const void *buf, uint32_t n);
int ffsi_erase(ffs_fs *fs, uint16_t sect);
int ffsi_sh_read(ffs_fs *fs, uint16_t sect, uint32_t h[4]);
int ffsi_sh_valid(const ffs_fs *fs, const uint32_t h[4]);
int ffsi_sect_erase(ffs_fs *fs, uint16_t sect, uint32_t ec);
int ffsi_ent(ffs_fs *fs, uint16_t loc, ffs_ent *e);
int ffsi_ents(ffs_fs *fs, uint16_t sect, ffs_ent e[FFS_SLOTS]);
int ffsi_free_ent(const ffs_ent *e);
int ffsi_live(const ffs_ent *e);
int ffsi_flag(ffs_fs *fs, uint16_t loc, uint32_t bit);
int ffsi_kill(ffs_fs *fs, uint16_t loc);
int ffsi_scan(ffs_fs *fs, const uint32_t *map, ffsi_scan_fn fn, void *ctx);
int ffsi_scan_from(ffs_fs *fs, const uint32_t *map, int in, uint16_t start, ffsi_scan_fn fn,
                   void *ctx);
uint16_t ffsi_used(const ffs_fs *fs, uint16_t sect);
uint32_t ffsi_avail(const ffs_fs *fs);
int ffsi_put(ffs_fs *fs, uint32_t need, uint32_t tag, uint32_t aux, const void *data,
             uint32_t len, uint32_t flags, uint16_t *loc);
void ffsi_map_set(const ffs_fs *fs, uint32_t *map, uint16_t sect);
int ffsi_map_has(const ffs_fs *fs, const uint32_t *map, uint16_t sect);
int ffsi_hdr_read(ffs_fs *fs, uint16_t loc, ffs_hdr *h);
int ffsi_hdr_write(ffs_fs *fs, uint32_t need, ffs_hdr *h, uint32_t flags, uint16_t *loc);
int ffsi_kill_ino(ffs_fs *fs, uint16_t ino, uint32_t below);
int ffsi_tail_blank(ffs_fs *fs, uint16_t sect, uint16_t first);
int ffsi_collect(ffs_fs *fs, uint16_t sect);

/* ffs_mount.c */
int ffsi_setup(ffs_fs *fs, const ffs_flash *fl);

/* ffs_file.c */
int ffsi_buf_flush(ffs_fs *fs);
void ffsi_moved(ffs_fs *fs, const ffs_ent *e, uint16_t from, uint16_t to);
void ffsi_ino_gone(ffs_fs *fs, uint16_t ino);
void ffsi_hdr_moved(ffs_fs *fs, uint16_t ino, uint16_t loc);

/* ffs_name.c */
typedef struct {
    uint16_t parent;         /* directory of the last component, FFS_NONE if not reached */
    uint16_t ino, loc;       /* the object; the root is FFS_INO_ROOT with loc FFS_NONE */
    const char *name;        /* last component (in the caller's path) */
    uint32_t nlen;
    ffs_hdr h;               /* the object's header; for the root a zeroed directory */
} ffsi_walk;
int ffsi_resolve(ffs_fs *fs, const char *path, ffsi_walk *w);
int ffsi_create(ffs_fs *fs, ffsi_walk *w, uint8_t type);
void ffsi_dc_set(ffs_fs *fs, uint16_t parent, uint16_t hash, uint16_t ino, uint16_t loc);
void ffsi_dc_drop(ffs_fs *fs, uint16_t ino);

#endif
