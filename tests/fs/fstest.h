/* Support for the ffs tests: a simulated NOR flash with power-cut injection, a checker of
 * raw images and a few helpers. */
#ifndef FSTEST_H
#define FSTEST_H

#include <stdint.h>
#include <stdio.h>

#include "ffs.h"

/* NOR flash in RAM: prog ANDs into the array, erase sets 0xFF.  Every prog and erase is an
 * "op", numbered from 1.  Power can be cut at an op: the op is not done (cut_partial 0), or
 * it is done partly: (1) a random half of the bytes programmed / the sector left with a mix
 * of erased, old and random bytes; (2) the first half of the bytes programmed / an erase cut
 * early, with a few bits of each byte gone to 1.  After a cut every call fails until
 * power_on. */
typedef struct nor nor;
typedef void (*nor_hook)(nor *n, int is_erase, uint32_t off, const void *buf, uint32_t len);

struct nor {
    uint8_t *mem;
    uint32_t nsect;
    uint64_t ops;           /* progs and erases attempted */
    uint64_t cut_at;        /* power fails at this op (0: never) */
    int cut_partial;        /* 0, 1 or 2, see above */
    int off;                /* power is off */
    uint32_t rng;
    uint64_t reads, read_bytes;
    uint64_t read_budget;   /* abort() when exceeded: catches endless loops (0: none) */
    uint64_t violations;    /* progs that needed a bit to go from 0 to 1 */
    uint64_t bad_calls;     /* out of range or unaligned prog/erase */
    uint64_t prog_bytes;
    uint32_t *erases;       /* per sector, counted by the simulator */
    nor_hook hook;          /* called before every op, with its arguments */
};

void nor_init(nor *n, uint32_t nsect);
void nor_free(nor *n);
void nor_flash(nor *n, ffs_flash *fl);
void nor_power_on(nor *n);
/* does what a cut in the middle of the given op leaves behind (kind 1 or 2, see above) */
void nor_partial(nor *n, int kind, int is_erase, uint32_t off, const void *buf, uint32_t len);
uint32_t nor_rand(nor *n);

/* Checks the invariants that hold after a successful mount (docs/filesystem.md, end of
 * "Mount and recovery")
 * on a raw image.  Returns 0, or 1 with a message in err. Fills *avail with the slots the
 * image has available (to compare with the library's accounting). */
int fsck_image(const uint8_t *mem, uint32_t nsect, uint32_t *avail, char *err, size_t errlen);

/* The same, plus: the mounted filesystem's statvfs agrees with the image. */
int fsck_mounted(ffs_fs *fs, nor *n, char *err, size_t errlen);

/* deterministic test data */
uint8_t tdata(uint32_t seed, uint32_t i);
void tfill(uint8_t *buf, uint32_t seed, uint32_t off, uint32_t len);

#endif
