/* ffs wear test: a region the size of an ESP-01's filesystem, half filled with files that
 * never change, and one small file rewritten over and over.  Reports the erase counts per
 * sector (counted by the simulator, and as recorded on flash) and checks that wear is spread
 * over all sectors, the static ones included; then the same for a log file appended in small
 * flushed pieces.  Also reports write amplification. */
#include <stdlib.h>
#include <string.h>

#include "ffs_fmt.h"
#include "fstest.h"

#define NSECT 80
#define REWRITES 20000

static nor N;
static ffs_flash FL;
static ffs_fs FS;
static uint8_t buf[8192], got[8192];
static int fails;

static void die(const char *what, int r) {
    fprintf(stderr, "wear: %s: %d\n", what, r);
    exit(1);
}

static void put(const char *path, uint32_t seed, uint32_t len) {
    ffs_file f;
    int r = ffs_open(&FS, &f, path, FFS_WRONLY | FFS_CREAT | FFS_TRUNC);
    if (r)
        die(path, r);
    tfill(buf, seed, 0, len);
    if ((r = ffs_write(&f, buf, len)) != (int)len)
        die("write", r);
    if ((r = ffs_close(&f)))
        die("close", r);
}

static void expect(const char *path, uint32_t seed, uint32_t len) {
    ffs_file f;
    int r = ffs_open(&FS, &f, path, FFS_RDONLY);
    if (r)
        die(path, r);
    r = ffs_read(&f, got, sizeof got);
    ffs_close(&f);
    tfill(buf, seed, 0, len);
    if (r != (int)len || memcmp(buf, got, len)) {
        fprintf(stderr, "wear: %s does not hold what was written\n", path);
        fails++;
    }
}

/* min/max/mean of the simulator's counts since `base`, and of the counts on flash */
static void report(const char *what, const uint32_t *base, uint64_t user_bytes, uint64_t prog0) {
    uint32_t mn = ~0u, mx = 0, fmn = ~0u, fmx = 0;
    uint64_t sum = 0;
    for (uint32_t s = 0; s < NSECT; s++) {
        uint32_t e = N.erases[s] - base[s], ec;
        memcpy(&ec, N.mem + s * FFS_SECTOR + 4, 4);
        sum += e;
        mn = e < mn ? e : mn;
        mx = e > mx ? e : mx;
        fmn = ec < fmn ? ec : fmn;
        fmx = ec > fmx ? ec : fmx;
    }
    double mean = (double)sum / NSECT;
    double amp = (double)(N.prog_bytes - prog0) / (double)user_bytes;
    printf("wear %s: %llu erases over %u sectors: min %u max %u mean %.1f "
           "(on flash: min %u max %u); %.2f bytes programmed per byte written, "
           "%.1f erases per MB written\n",
           what, (unsigned long long)sum, NSECT, mn, mx, mean, fmn, fmx, amp,
           (double)sum / ((double)user_bytes / 1048576.0));
    if (mx > 2 * mean + 8) {
        fprintf(stderr, "wear %s: max %u > 2 x mean + 8\n", what, mx);
        fails++;
    }
    if (mn < mean / 2) {
        fprintf(stderr, "wear %s: min %u < mean / 2: some sectors are left out\n", what, mn);
        fails++;
    }
}

static uint32_t bfree(void) {
    ffs_vfs v;
    int r = ffs_statvfs(&FS, &v);
    if (r)
        die("statvfs", r);
    return v.bfree;
}

/* What files cost in flash and what reading costs in flash traffic, on the same region. */
static void costs(void) {
    char p[32];
    ffs_file f;
    int r;
    if ((r = ffs_remove(&FS, "/log.txt")) || (r = ffs_remove(&FS, "/config.json")))
        die("remove", r);
    for (uint32_t i = 0; i < 36; i++) {
        snprintf(p, sizeof p, "/static%u", i);
        if ((r = ffs_remove(&FS, p)))
            die("remove", r);
    }
    uint32_t b0 = bfree();
    if ((r = ffs_mkdir(&FS, "/lib")))
        die("mkdir", r);
    uint32_t b1 = bfree();
    for (uint32_t i = 0; i < 100; i++) {
        snprintf(p, sizeof p, "/lib/mod%u.py", i);
        put(p, i, 1000);
    }
    uint32_t b2 = bfree();
    put("/big.bin", 5, 8192);
    for (uint32_t i = 1; i < 12; i++) {   /* grow it to 96 KB in 8 KB appends */
        if ((r = ffs_open(&FS, &f, "/big.bin", FFS_WRONLY | FFS_APPEND)))
            die("open", r);
        tfill(buf, 5, i * 8192, 8192);
        if ((r = ffs_write(&f, buf, 8192)) != 8192 || (r = ffs_close(&f)))
            die("append", r);
    }
    uint32_t b3 = bfree();
    printf("flash use: a directory %u block(s); 100 files of 1000 bytes %u blocks (%.2f each, "
           "%.0f bytes of flash per file); a 96 KB file %u blocks (%.1f%% over its size) "
           "[block = 256-byte slot + 16-byte entry]\n",
           b0 - b1, b1 - b2, (b1 - b2) / 100.0, (b1 - b2) / 100.0 * 272, b2 - b3,
           ((b2 - b3) * 272.0 / (96 * 1024) - 1) * 100);
    /* reading costs: mount, open + read of a small file, a 96 KB file, a listing */
    uint64_t r0 = N.read_bytes, c0 = N.reads;
    if ((r = ffs_mount(&FS, &FL)))
        die("mount", r);
    uint64_t r1 = N.read_bytes, c1 = N.reads;
    static uint8_t big[96 * 1024];
    if ((r = ffs_open(&FS, &f, "/lib/mod57.py", FFS_RDONLY)) || ffs_read(&f, big, 2000) != 1000)
        die("read", r);
    ffs_close(&f);
    uint64_t r2 = N.read_bytes, c2 = N.reads;
    if ((r = ffs_open(&FS, &f, "/lib/mod57.py", FFS_RDONLY)) || ffs_read(&f, big, 2000) != 1000)
        die("read", r);
    ffs_close(&f);
    uint64_t r2b = N.read_bytes, c2b = N.reads;
    if ((r = ffs_open(&FS, &f, "/big.bin", FFS_RDONLY)) || ffs_read(&f, big, sizeof big) != 96 * 1024)
        die("read big", r);
    ffs_close(&f);
    uint64_t r3 = N.read_bytes, c3 = N.reads;
    ffs_dir d;
    ffs_info e;
    int n = 0;
    if (ffs_dir_open(&FS, &d, "/lib"))
        die("dir", 0);
    while (ffs_dir_read(&d, &e) == 1)
        n++;
    ffs_dir_close(&d);
    uint64_t r4 = N.read_bytes, c4 = N.reads;
    printf("flash reads (%u sectors, 102 files): mount %llu bytes in %llu reads; open+read of a "
           "1000-byte file %llu bytes in %llu reads (again: %llu in %llu); a 96 KB file %llu "
           "bytes in %llu reads; listing %d names %llu bytes in %llu reads\n",
           NSECT, (unsigned long long)(r1 - r0), (unsigned long long)(c1 - c0),
           (unsigned long long)(r2 - r1), (unsigned long long)(c2 - c1),
           (unsigned long long)(r2b - r2), (unsigned long long)(c2b - c2),
           (unsigned long long)(r3 - r2b), (unsigned long long)(c3 - c2b), n,
           (unsigned long long)(r4 - r3), (unsigned long long)(c4 - c3));
}

int main(void) {
    static uint32_t base[NSECT];
    char p[32];
    nor_init(&N, NSECT);
    nor_flash(&N, &FL);
    int r = ffs_format(&FS, &FL);
    if (r)
        die("format", r);
    /* static content: about half of the region */
    for (uint32_t i = 0; i < 36; i++) {
        snprintf(p, sizeof p, "/static%u", i);
        put(p, i, 4000 + i * 17);
    }
    memcpy(base, N.erases, sizeof base);
    uint64_t prog0 = N.prog_bytes;
    /* one 2 KB file rewritten again and again */
    for (uint32_t i = 0; i < REWRITES; i++) {
        put("/config.json", 1000 + i, 2048);
        if (i % 5000 == 4999) {   /* a power cycle now and then */
            if ((r = ffs_mount(&FS, &FL)))
                die("mount", r);
        }
    }
    report("(rewrite 2 KB x 20000)", base, (uint64_t)REWRITES * 2048, prog0);
    expect("/config.json", 1000 + REWRITES - 1, 2048);
    for (uint32_t i = 0; i < 36; i++) {
        snprintf(p, sizeof p, "/static%u", i);
        expect(p, i, 4000 + i * 17);
    }

    /* a log appended 40 bytes at a time with a flush after each line, restarted when big */
    memcpy(base, N.erases, sizeof base);
    prog0 = N.prog_bytes;
    uint64_t logged = 0;
    ffs_file f;
    for (uint32_t round = 0; round < 20; round++) {
        if ((r = ffs_open(&FS, &f, "/log.txt", FFS_WRONLY | FFS_CREAT | FFS_TRUNC)))
            die("open log", r);
        for (uint32_t line = 0; line < 2000; line++) {
            tfill(buf, round * 7919 + line, 0, 40);
            if ((r = ffs_write(&f, buf, 40)) != 40)
                die("log write", r);
            if ((r = ffs_flush(&f)))
                die("log flush", r);
            logged += 40;
        }
        if ((r = ffs_close(&f)))
            die("log close", r);
    }
    report("(log, 40-byte lines, flush each)", base, logged, prog0);
    for (uint32_t i = 0; i < 36; i++) {
        snprintf(p, sizeof p, "/static%u", i);
        expect(p, i, 4000 + i * 17);
    }
    char err[200];
    if (fsck_mounted(&FS, &N, err, sizeof err)) {
        fprintf(stderr, "wear: fsck: %s\n", err);
        fails++;
    }
    costs();
    if (fsck_mounted(&FS, &N, err, sizeof err)) {
        fprintf(stderr, "wear: fsck: %s\n", err);
        fails++;
    }
    nor_free(&N);
    return fails != 0;
}
