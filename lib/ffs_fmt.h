/* ffs on-flash format: the single definition shared by the library, the image builder and the
 * tests.  docs/filesystem.md describes it with byte offsets.  All words are little-endian
 * 32-bit values at 4-byte aligned offsets.
 *
 * A sector (4096 bytes):  [sector header 16][15 slot entries x 16][15 pages x 256]
 * A slot is an entry plus the page with the same number.  Entries are written in slot order;
 * an entry that is still all 0xFF marks an unused slot. */
#ifndef FFS_FMT_H
#define FFS_FMT_H

#include <stddef.h>
#include <stdint.h>

#define FFS_SECTOR    4096u
#define FFS_PAGE      256u
#define FFS_SLOTS     15u
#define FFS_SH_SIZE   16u
#define FFS_ENT_SIZE  16u
#define FFS_ENT_OFF   16u            /* first entry in a sector */
#define FFS_PAGE_OFF  256u           /* first page in a sector */

#define FFS_MAGIC     0x31534646u    /* "FFS1" */
#define FFS_VERSION   1u

/* Sector header words.  Words 0..2 are written together right after the erase; word 3 holds
 * flags that are cleared later (a cleared bit means the condition holds). */
#define FFS_SH_CHECK  0              /* FFS_MAGIC ^ crc32(words 1..2) */
#define FFS_SH_EC     1              /* erase count */
#define FFS_SH_INFO   2              /* sector_count | FFS_VERSION << 16 | 0xFF << 24 */
#define FFS_SH_FLAGS  3
#define FFS_SF_COLLECT 0x1u          /* the collector is moving this sector's slots out */
#define FFS_SF_FORMAT  0x2u          /* a format has started: the region is not a filesystem */
#define FFS_SF_COPIED  0x4u          /* the collector has copied every live slot elsewhere */

/* Entry words.  Words 0..2 are written in one prog before the page; word 3 holds flags that
 * are cleared one at a time afterwards. */
#define FFS_E_TAG     0              /* ino | idx << 16 */
#define FFS_E_SEQ     1              /* global write sequence number (kept when copied by GC) */
#define FFS_E_AUX     2              /* header: parent ino | name hash << 16; else 0xFFFFFFFF */
#define FFS_E_FLAGS   3
#define FFS_EF_VALID   0x1u          /* entry and page are completely written */
#define FFS_EF_COMMIT  0x2u          /* data page: part of a committed version of its file */
#define FFS_EF_SETTLED 0x4u          /* header: the work that follows its commit is done */
#define FFS_EF_DEAD    0x8u          /* obsolete; the collector may drop it */

/* idx values: 0 the header of file/dir `ino`, 1..FFS_IDX_MAXDATA data page idx-1, and a
 * tombstone announcing that everything of `ino` is being deleted. */
#define FFS_IDX_HDR     0u
#define FFS_IDX_MAXDATA 0xFFFDu
#define FFS_IDX_TOMB    0xFFFEu

#define FFS_INO_ROOT  1u             /* the root directory has no header */
#define FFS_INO_FIRST 2u
#define FFS_INO_MAX   0xFFF0u

#define FFS_T_FILE    1u
#define FFS_T_DIR     2u

#define FFS_HF_BASE   0x1u           /* header.base is set: older pages of the file are dead */
#define FFS_HDR_KILL  8u             /* = FFS_MAX_KILL */
#define FFS_HDR_MAP   4u             /* = FFS_MAP_WORDS */

/* The page of a header slot.  `kill` lists the data pages this commit replaced, `base` and
 * `txlo` bound the sequence numbers of dead / newly committed pages, `replace` is a file or
 * directory that a rename overwrote; mount redoes all of that for a header not yet SETTLED.
 * `map` is a hint: the groups of sectors (bit g: sectors g*G .. g*G+G-1, G = ceil(sectors /
 * 128)) that held the file's pages when it was committed; lookups search those first. */
typedef struct {
    uint16_t ino;
    uint8_t type;
    uint8_t namelen;
    uint16_t parent;
    uint8_t nkill;
    uint8_t hflags;
    uint32_t size;
    uint32_t base;
    uint32_t txlo;
    uint16_t replace;
    uint16_t pad;            /* 0xFFFF */
    struct { uint32_t k, seq; } kill[FFS_HDR_KILL];
    uint32_t map[FFS_HDR_MAP];
    char name[64];
    uint32_t crc;            /* crc32 of everything before it */
} ffs_hdr;

_Static_assert(sizeof(ffs_hdr) == 172, "ffs_hdr layout");
_Static_assert(offsetof(ffs_hdr, kill) == 24, "ffs_hdr layout");
_Static_assert(offsetof(ffs_hdr, map) == 88, "ffs_hdr layout");
_Static_assert(offsetof(ffs_hdr, name) == 104, "ffs_hdr layout");
_Static_assert(offsetof(ffs_hdr, crc) == 168, "ffs_hdr layout");

#endif
