/* ffs robustness: garbage in the flash region must give a mount error or a filesystem that
 * works (every call returns a value, nothing crashes, nothing loops).  Built with
 * -fsanitize=address,undefined; endless loops are caught by a budget on flash reads.
 * Three kinds of garbage: random bytes; random slots under valid sector headers; and valid
 * filesystems with random bytes, words and bits changed (mostly in the metadata). */
#include <stdlib.h>
#include <string.h>

#include "ffs_int.h"
#include "fstest.h"

#define NSECT 10

static nor N;
static ffs_flash FL;
static uint8_t good[NSECT * 4096];
static uint32_t rs = 1;

static uint32_t rnd(void) {
    rs ^= rs << 13;
    rs ^= rs >> 17;
    rs ^= rs << 5;
    return rs;
}

static void sector_header(uint8_t *p, uint32_t ec) {
    uint32_t h[4];
    h[1] = ec;
    h[2] = NSECT | FFS_VERSION << 16 | 0xFF000000u;
    h[0] = FFS_MAGIC ^ ffsi_crc32(0, &h[1], 8);
    h[3] = rnd() % 4 == 0 ? rnd() : 0xFFFFFFFFu;
    memcpy(p, h, 16);
}

/* a filesystem with a bit of everything, to be damaged */
static void build_good(void) {
    ffs_fs fs;
    ffs_file f;
    static uint8_t b[3000];
    memset(N.mem, 0xFF, NSECT * 4096);
    if (ffs_format(&fs, &FL))
        exit(2);
    ffs_mkdir(&fs, "/d");
    ffs_mkdir(&fs, "/d/e");
    for (int i = 0; i < 12; i++) {
        char p[32];
        snprintf(p, sizeof p, i % 2 ? "/d/f%d" : "/d/e/g%d", i);
        tfill(b, (uint32_t)i, 0, sizeof b);
        if (ffs_open(&fs, &f, p, FFS_WRONLY | FFS_CREAT) == 0) {
            ffs_write(&f, b, 100 + (uint32_t)i * 230);
            ffs_close(&f);
        }
    }
    ffs_rename(&fs, "/d/f1", "/top");
    ffs_remove(&fs, "/d/f3");
    /* an uncommitted writer, so that recovery has work to do */
    ffs_open(&fs, &f, "/d/f5", FFS_RDWR);
    ffs_write(&f, b, 2000);
    memcpy(good, N.mem, sizeof good);
}

static int walk(ffs_fs *fs, const char *dir, int depth, int *files) {
    ffs_dir d;
    ffs_info e;
    char p[200];
    static uint8_t b[70000];
    int n = 0, r;
    if (depth > 8 || ffs_dir_open(fs, &d, dir))
        return 0;
    while ((r = ffs_dir_read(&d, &e)) == 1 && n < 1000) {
        n++;
        snprintf(p, sizeof p, "%s/%s", strcmp(dir, "/") ? dir : "", e.name);
        ffs_info st;
        ffs_stat(fs, p, &st);
        if (e.is_dir) {
            n += walk(fs, p, depth + 1, files);
        } else {
            ffs_file f;
            if (ffs_open(fs, &f, p, FFS_RDONLY) == 0) {
                ffs_read(&f, b, sizeof b);
                ffs_seek(&f, 10, FFS_SEEK_SET);
                ffs_read(&f, b, 300);
                ffs_close(&f);
                (*files)++;
            }
        }
    }
    ffs_dir_close(&d);
    return n;
}

/* every kind of call on whatever mounted; only the absence of crashes and loops matters */
static void exercise(ffs_fs *fs) {
    ffs_file f, g;
    ffs_vfs v;
    static uint8_t b[5000];
    int files = 0;
    walk(fs, "/", 0, &files);
    ffs_statvfs(fs, &v);
    tfill(b, rnd(), 0, sizeof b);
    if (ffs_open(fs, &f, "/new", FFS_RDWR | FFS_CREAT) == 0) {
        ffs_write(&f, b, rnd() % sizeof b);
        ffs_seek(&f, (int32_t)(rnd() % 6000), FFS_SEEK_SET);
        ffs_write(&f, b, rnd() % 700);
        ffs_flush(&f);
        ffs_read(&f, b, 100);
        ffs_close(&f);
    }
    if (ffs_open(fs, &g, "/d/f5", FFS_RDWR) == 0) {
        ffs_write(&g, b, 1000);
        ffs_close(&g);
    }
    ffs_mkdir(fs, "/x");
    ffs_rename(fs, "/new", "/x/new");
    ffs_rename(fs, "/d", "/x/d");
    ffs_rename(fs, "/top", "/x/d/f7");
    ffs_remove(fs, "/x/new");
    ffs_remove(fs, "/d/e/g2");
    ffs_rmdir(fs, "/x/d/e");
    for (int i = 0; i < 30; i++) {   /* enough writing to make the collector run */
        char p[16];
        snprintf(p, sizeof p, "/w%d", i % 4);
        if (ffs_open(fs, &f, p, FFS_WRONLY | FFS_CREAT | FFS_TRUNC) == 0) {
            ffs_write(&f, b, 1000 + rnd() % 3000);
            ffs_close(&f);
        }
    }
    walk(fs, "/", 0, &files);
}

static int try_mount(void) {
    static ffs_fs fs;
    N.reads = 0;
    N.read_budget = 5000000;
    int r = ffs_mount(&fs, &FL);
    if (r == 0) {
        exercise(&fs);
        if (ffs_mount(&fs, &FL) == 0)
            exercise(&fs);
    }
    return r;
}

int main(void) {
    int ok[3] = {0, 0, 0}, n[3] = {0, 0, 0};
    nor_init(&N, NSECT);
    nor_flash(&N, &FL);

    /* 1. random bytes (now and then mostly 0xFF) */
    for (int i = 0; i < 200; i++) {
        for (uint32_t j = 0; j < NSECT * 4096; j++)
            N.mem[j] = i % 4 == 0 && rnd() % 8 ? 0xFF : (uint8_t)rnd();
        ok[0] += try_mount() == 0;
        n[0]++;
    }
    /* 2. valid sector headers over random or half-erased slots */
    for (int i = 0; i < 600; i++) {
        for (uint32_t s = 0; s < NSECT; s++) {
            uint8_t *p = N.mem + s * 4096;
            for (uint32_t j = 16; j < 4096; j++)
                p[j] = rnd() % 3 ? 0xFF : (uint8_t)rnd();
            if (i % 2) {   /* plausible entries: small inode numbers and index values */
                for (uint32_t k = 0; k < 15; k++) {
                    uint32_t *e = (uint32_t *)(p + 16 + k * 16);
                    if (rnd() % 3 == 0)
                        continue;
                    e[0] = (2 + rnd() % 6) | (uint32_t)(rnd() % 4 == 0 ? 0 : rnd() % 6) << 16;
                    e[1] = rnd() % 64;
                    e[2] = rnd() % 2 ? (1 + rnd() % 6) | (rnd() & 0xFFFF0000u) : 0xFFFFFFFFu;
                    e[3] = 0xFFFFFFF0u | (rnd() & 0xF);
                }
            }
            sector_header(p, rnd() % 100);
        }
        ok[1] += try_mount() == 0;
        n[1]++;
    }
    /* 3. a valid filesystem, damaged */
    build_good();
    for (int i = 0; i < 1200; i++) {
        memcpy(N.mem, good, sizeof good);
        int edits = 1 + (int)(rnd() % 8);
        for (int k = 0; k < edits; k++) {
            uint32_t s = rnd() % NSECT, kind = rnd() % 4, off;
            if (kind == 0)
                off = rnd() % 256;                            /* header and entries */
            else if (kind == 1)
                off = 256 + (rnd() % 15) * 256 + rnd() % 160; /* start of a page (headers) */
            else
                off = rnd() % 4096;
            uint8_t *p = N.mem + s * 4096 + off;
            switch (rnd() % 3) {
            case 0: *p ^= (uint8_t)(1u << (rnd() % 8)); break;
            case 1: *p = (uint8_t)rnd(); break;
            default: memset(N.mem + s * 4096 + (off & ~3u), rnd() % 2 ? 0 : 0xFF, 4); break;
            }
        }
        ok[2] += try_mount() == 0;
        n[2]++;
    }
    printf("ffs fuzz: random bytes %d/%d mounted, random slots %d/%d, damaged filesystems "
           "%d/%d; no crash, no endless loop\n",
           ok[0], n[0], ok[1], n[1], ok[2], n[2]);
    nor_free(&N);
    return 0;
}
