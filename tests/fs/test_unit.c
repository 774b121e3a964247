/* ffs unit tests: every call, its results and its error paths, on a simulated NOR flash. */
#include <stdlib.h>
#include <string.h>

#include "ffs_fmt.h"
#include "fstest.h"

static int fails, checks;

#define CHECK(c)                                                                  \
    do {                                                                          \
        checks++;                                                                 \
        if (!(c)) {                                                               \
            fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #c); \
            fails++;                                                              \
        }                                                                         \
    } while (0)

#define EQ(a, b)                                                                          \
    do {                                                                                  \
        long long a_ = (long long)(a), b_ = (long long)(b);                               \
        checks++;                                                                         \
        if (a_ != b_) {                                                                   \
            fprintf(stderr, "%s:%d: %s = %lld, expected %lld\n", __FILE__, __LINE__, #a, \
                    a_, b_);                                                              \
            fails++;                                                                      \
        }                                                                                 \
    } while (0)

static nor N;
static ffs_flash FL;
static ffs_fs FS;
static uint8_t big[256 * 1024], big2[256 * 1024];

static void fresh(uint32_t nsect) {
    if (N.mem)
        nor_free(&N);
    nor_init(&N, nsect);
    nor_flash(&N, &FL);
    EQ(ffs_format(&FS, &FL), 0);
}

static void remount(void) {
    EQ(ffs_mount(&FS, &FL), 0);
}

static void fsck(const char *where) {
    char err[200];
    checks++;
    if (fsck_mounted(&FS, &N, err, sizeof err)) {
        fprintf(stderr, "fsck after %s: %s\n", where, err);
        fails++;
    }
}

static int put(const char *path, uint32_t seed, uint32_t len) {
    ffs_file f;
    int r = ffs_open(&FS, &f, path, FFS_WRONLY | FFS_CREAT | FFS_TRUNC);
    if (r)
        return r;
    tfill(big, seed, 0, len);
    uint32_t done = 0;
    while (done < len) {
        uint32_t n = len - done < 1000 ? len - done : 1000;   /* several calls */
        int w = ffs_write(&f, big + done, n);
        if (w <= 0) {
            ffs_close(&f);
            return w < 0 ? w : -FFS_ENOSPC;
        }
        done += (uint32_t)w;
    }
    return ffs_close(&f);
}

/* 1 if the file holds exactly len bytes of tdata(seed) */
static int has(const char *path, uint32_t seed, uint32_t len) {
    ffs_file f;
    if (ffs_open(&FS, &f, path, FFS_RDONLY))
        return 0;
    int n = ffs_read(&f, big2, sizeof big2);
    ffs_close(&f);
    if (n != (int)len)
        return 0;
    tfill(big, seed, 0, len);
    return !memcmp(big, big2, len);
}

static int readall(const char *path, uint8_t *buf, uint32_t max) {
    ffs_file f;
    int r = ffs_open(&FS, &f, path, FFS_RDONLY);
    if (r)
        return r;
    r = ffs_read(&f, buf, max);
    ffs_close(&f);
    return r;
}

static void test_mount_format(void) {
    ffs_flash bad;
    ffs_fs fs;
    fresh(8);
    nor_free(&N);
    nor_init(&N, 8);
    nor_flash(&N, &FL);
    EQ(ffs_mount(&FS, &FL), -FFS_EIO);                /* blank region */
    EQ(ffs_mkdir(&FS, "/a"), -FFS_EIO);               /* a failed mount stays unusable */
    bad = FL;
    bad.sector_size = 512;
    EQ(ffs_mount(&fs, &bad), -FFS_EINVAL);
    bad = FL;
    bad.sector_count = 3;
    EQ(ffs_format(&fs, &bad), -FFS_EINVAL);
    bad.sector_count = FFS_MAX_SECTORS + 1;
    EQ(ffs_mount(&fs, &bad), -FFS_EINVAL);
    bad = FL;
    bad.prog = NULL;
    EQ(ffs_mount(&fs, &bad), -FFS_EINVAL);
    EQ(ffs_mount(NULL, &FL), -FFS_EINVAL);
    EQ(ffs_format(&FS, &FL), 0);
    remount();
    ffs_vfs v;
    EQ(ffs_statvfs(&FS, &v), 0);
    EQ(v.bsize, 256);
    EQ(v.blocks, 7 * 15);
    EQ(v.bfree, 7 * 15 - 2);
    EQ(v.namemax, 64);
    fsck("format");

    /* a sector written with another region size is not ours */
    bad = FL;
    bad.sector_count = 7;
    EQ(ffs_mount(&fs, &bad), -FFS_EIO);
    /* one sector without a header (an erase that was cut) is repaired */
    memset(N.mem + 3 * 4096, 0x5A, 4096);
    remount();
    fsck("repair of one sector");
    /* two are not */
    memset(N.mem + 3 * 4096, 0x5A, 4096);
    memset(N.mem + 5 * 4096, 0x00, 16);
    EQ(ffs_mount(&FS, &FL), -FFS_EIO);
    /* a format that was cut short is refused, and format preserves erase counts */
    EQ(ffs_format(&FS, &FL), 0);
    uint32_t ec0;
    memcpy(&ec0, N.mem + 4096 + 4, 4);
    EQ(ffs_format(&FS, &FL), 0);
    uint32_t ec1;
    memcpy(&ec1, N.mem + 4096 + 4, 4);
    EQ(ec1, ec0 + 1);
    N.cut_at = N.ops + 10;   /* in the middle of marking / erasing */
    CHECK(ffs_format(&FS, &FL) < 0);
    nor_power_on(&N);
    EQ(ffs_mount(&FS, &FL), -FFS_EIO);
    EQ(ffs_format(&FS, &FL), 0);
    fsck("format after cut format");
}

static void test_paths_mkdir(void) {
    char name[80];
    ffs_info st;
    fresh(16);
    EQ(ffs_mkdir(&FS, "/a"), 0);
    EQ(ffs_mkdir(&FS, "/a"), -FFS_EEXIST);
    EQ(ffs_mkdir(&FS, "/"), -FFS_EEXIST);
    EQ(ffs_mkdir(&FS, "/x/y"), -FFS_ENOENT);
    EQ(ffs_mkdir(&FS, "a"), -FFS_EINVAL);
    EQ(ffs_mkdir(&FS, ""), -FFS_EINVAL);
    EQ(ffs_mkdir(&FS, "/a//b"), -FFS_EINVAL);
    EQ(ffs_mkdir(&FS, "/a/"), -FFS_EINVAL);
    EQ(ffs_mkdir(&FS, "/a/."), -FFS_EINVAL);
    EQ(ffs_mkdir(&FS, "/a/.."), -FFS_EINVAL);
    EQ(ffs_mkdir(&FS, "/a/b"), 0);
    EQ(ffs_mkdir(&FS, "/a/b/c"), 0);
    memset(name, 'n', sizeof name);
    name[0] = '/';
    name[65] = 0;   /* 64-byte name */
    EQ(ffs_mkdir(&FS, name), 0);
    EQ(ffs_stat(&FS, name, &st), 0);
    EQ(st.is_dir, 1);
    name[65] = 'n';
    name[66] = 0;   /* 65 bytes */
    EQ(ffs_mkdir(&FS, name), -FFS_ENAMETOOLONG);
    EQ(ffs_stat(&FS, name, &st), -FFS_ENAMETOOLONG);
    EQ(put("/a/file", 1, 10), 0);
    EQ(ffs_mkdir(&FS, "/a/file/d"), -FFS_ENOTDIR);
    EQ(ffs_mkdir(&FS, "/a/file"), -FFS_EEXIST);
    EQ(ffs_stat(&FS, "/a/file/x", &st), -FFS_ENOTDIR);
    EQ(ffs_stat(&FS, "/", &st), 0);
    EQ(st.is_dir, 1);
    EQ(ffs_stat(&FS, "/a/b/c", &st), 0);
    EQ(st.is_dir, 1);
    EQ(ffs_stat(&FS, "/a/file", &st), 0);
    EQ(st.is_dir, 0);
    EQ(st.size, 10);
    EQ(ffs_stat(&FS, "/a/nope", &st), -FFS_ENOENT);
    EQ(ffs_stat(&FS, "/nope/x", &st), -FFS_ENOENT);
    /* names with odd bytes are just bytes */
    EQ(ffs_mkdir(&FS, "/a/\xC3\xA9t\xC3\xA9 x"), 0);
    EQ(ffs_stat(&FS, "/a/\xC3\xA9t\xC3\xA9 x", &st), 0);
    fsck("mkdir");
    remount();
    EQ(ffs_stat(&FS, "/a/b/c", &st), 0);
    EQ(st.is_dir, 1);
    fsck("mkdir remount");
}

static void test_open_errors(void) {
    ffs_file f, g, h;
    fresh(16);
    EQ(ffs_mkdir(&FS, "/d"), 0);
    EQ(ffs_open(&FS, &f, "/nofile", FFS_RDONLY), -FFS_ENOENT);
    EQ(ffs_open(&FS, &f, "/nodir/f", FFS_WRONLY | FFS_CREAT), -FFS_ENOENT);
    EQ(ffs_open(&FS, &f, "/d", FFS_RDONLY), -FFS_EISDIR);
    EQ(ffs_open(&FS, &f, "/d", FFS_WRONLY | FFS_CREAT), -FFS_EISDIR);
    EQ(ffs_open(&FS, &f, "/", FFS_RDONLY), -FFS_EISDIR);
    EQ(ffs_open(&FS, &f, "/f", 3), -FFS_EINVAL);
    EQ(ffs_open(&FS, &f, "/f", FFS_WRONLY | 0x10000), -FFS_EINVAL);
    EQ(ffs_open(&FS, &f, "/f", FFS_RDONLY | FFS_TRUNC), -FFS_EINVAL);
    EQ(ffs_open(&FS, &f, "f", FFS_RDONLY), -FFS_EINVAL);
    EQ(ffs_open(&FS, &f, "/f", FFS_WRONLY | FFS_CREAT | FFS_EXCL), 0);
    EQ(ffs_open(&FS, &f, "/f", FFS_RDONLY), -FFS_EINVAL);   /* struct already open */
    EQ(ffs_open(&FS, &g, "/f", FFS_WRONLY | FFS_CREAT | FFS_EXCL), -FFS_EEXIST);
    EQ(ffs_open(&FS, &g, "/f", FFS_RDWR), -FFS_EBUSY);
    EQ(ffs_open(&FS, &g, "/f", FFS_RDONLY), 0);
    EQ(ffs_open(&FS, &h, "/f/x", FFS_RDONLY), -FFS_ENOTDIR);
    EQ(ffs_write(&g, "x", 1), -FFS_EBADF);
    uint8_t b[4];
    EQ(ffs_read(&f, b, 1), -FFS_EBADF);
    EQ(ffs_close(&f), 0);
    EQ(ffs_close(&g), 0);
    EQ(ffs_close(&g), -FFS_EBADF);
    EQ(ffs_read(&g, b, 1), -FFS_EBADF);
    EQ(ffs_write(&g, b, 1), -FFS_EBADF);
    EQ(ffs_seek(&g, 0, FFS_SEEK_SET), -FFS_EBADF);
    EQ(ffs_tell(&g), -FFS_EBADF);
    EQ(ffs_flush(&g), -FFS_EBADF);
    EQ(ffs_close(NULL), -FFS_EBADF);
    memset(&h, 0x55, sizeof h);   /* never opened */
    EQ(ffs_read(&h, b, 1), -FFS_EBADF);
    EQ(ffs_close(&h), -FFS_EBADF);
    /* the handle is free again once closed */
    EQ(ffs_open(&FS, &f, "/f", FFS_RDWR), 0);
    EQ(ffs_close(&f), 0);
    fsck("open errors");
}

static void test_read_write(void) {
    ffs_file f;
    uint8_t buf[3000];
    fresh(32);
    static const uint32_t sizes[] = {0, 1, 3, 4, 255, 256, 257, 511, 512, 1000, 4096, 9999, 40000};
    char path[32];
    for (uint32_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
        snprintf(path, sizeof path, "/f%u", i);
        EQ(put(path, i + 100, sizes[i]), 0);
    }
    for (uint32_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
        snprintf(path, sizeof path, "/f%u", i);
        CHECK(has(path, i + 100, sizes[i]));
    }
    fsck("write sizes");
    remount();
    for (uint32_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
        snprintf(path, sizeof path, "/f%u", i);
        CHECK(has(path, i + 100, sizes[i]));
    }
    /* byte-at-a-time writes */
    EQ(ffs_open(&FS, &f, "/bytes", FFS_WRONLY | FFS_CREAT), 0);
    tfill(big, 7, 0, 700);
    for (uint32_t i = 0; i < 700; i++)
        EQ(ffs_write(&f, big + i, 1), 1);
    EQ(ffs_size(&f), 700);
    EQ(ffs_close(&f), 0);
    CHECK(has("/bytes", 7, 700));
    /* seek, tell, partial reads */
    EQ(ffs_open(&FS, &f, "/f11", FFS_RDONLY), 0);
    EQ(ffs_seek(&f, 300, FFS_SEEK_SET), 300);
    EQ(ffs_read(&f, buf, 10), 10);
    tfill(big, 111, 300, 10);
    CHECK(!memcmp(buf, big, 10));
    EQ(ffs_tell(&f), 310);
    EQ(ffs_seek(&f, -10, FFS_SEEK_CUR), 300);
    EQ(ffs_seek(&f, -1, FFS_SEEK_END), 9998);
    EQ(ffs_read(&f, buf, 10), 1);
    EQ(buf[0], tdata(111, 9998));
    EQ(ffs_read(&f, buf, 10), 0);
    EQ(ffs_seek(&f, 20000, FFS_SEEK_SET), 20000);
    EQ(ffs_read(&f, buf, 10), 0);
    EQ(ffs_seek(&f, -1, FFS_SEEK_SET), -FFS_EINVAL);
    EQ(ffs_seek(&f, -20000, FFS_SEEK_END), -FFS_EINVAL);
    EQ(ffs_seek(&f, 0, 7), -FFS_EINVAL);
    EQ(ffs_flush(&f), 0);   /* nothing to do for a reader */
    EQ(ffs_close(&f), 0);
    /* read in odd pieces across pages */
    EQ(ffs_open(&FS, &f, "/f12", FFS_RDONLY), 0);
    uint32_t got = 0;
    for (uint32_t n = 1; got < 40000; n = n * 3 % 1000 + 1) {
        int r = ffs_read(&f, big2 + got, n);
        CHECK(r > 0);
        if (r <= 0)
            break;
        got += (uint32_t)r;
    }
    EQ(got, 40000);
    tfill(big, 112, 0, 40000);
    CHECK(!memcmp(big, big2, 40000));
    EQ(ffs_close(&f), 0);
    fsck("read write");
}

static void test_append_trunc_gap(void) {
    ffs_file f, r;
    uint8_t exp[5000];
    fresh(32);
    /* append mode: writes go to the end whatever the position */
    EQ(put("/log", 1, 100), 0);
    tfill(exp, 1, 0, 100);
    EQ(ffs_open(&FS, &f, "/log", FFS_WRONLY | FFS_APPEND), 0);
    for (int i = 0; i < 20; i++) {
        uint8_t line[37];
        tfill(line, 50 + (uint32_t)i, 0, sizeof line);
        EQ(ffs_seek(&f, 0, FFS_SEEK_SET), 0);
        EQ(ffs_write(&f, line, sizeof line), (int)sizeof line);
        memcpy(exp + 100 + i * 37, line, sizeof line);
        if (i % 3 == 0)
            EQ(ffs_flush(&f), 0);
    }
    EQ(ffs_close(&f), 0);
    EQ(readall("/log", big2, sizeof big2), 100 + 20 * 37);
    CHECK(!memcmp(big2, exp, 100 + 20 * 37));
    /* appending in small flushed pieces reuses the partial last page instead of copying it */
    ffs_vfs v0, v1;
    EQ(ffs_statvfs(&FS, &v0), 0);
    EQ(ffs_open(&FS, &f, "/log2", FFS_WRONLY | FFS_CREAT), 0);
    EQ(ffs_write(&f, exp, 10), 10);
    EQ(ffs_flush(&f), 0);
    uint64_t p0 = N.prog_bytes;
    for (int i = 1; i < 24; i++) {
        EQ(ffs_write(&f, exp + i * 10, 10), 10);
        EQ(ffs_flush(&f), 0);
    }
    /* each flush: a header slot (12 + 172 + 4 bytes), 4 flag words and the new bytes of the
     * page (at most 16); copying the page instead would add 272 bytes per flush */
    CHECK(N.prog_bytes - p0 <= 23 * (188 + 16 + 16));
    EQ(ffs_close(&f), 0);
    EQ(ffs_statvfs(&FS, &v1), 0);
    EQ(readall("/log2", big2, sizeof big2), 240);
    CHECK(!memcmp(big2, exp, 240));
    EQ(v0.bfree - v1.bfree, 2);   /* one data page and one header are live */

    /* truncation is invisible to readers until commit */
    EQ(put("/t", 2, 3000), 0);
    EQ(ffs_open(&FS, &f, "/t", FFS_RDWR | FFS_TRUNC), 0);
    EQ(ffs_size(&f), 0);
    EQ(ffs_open(&FS, &r, "/t", FFS_RDONLY), 0);
    EQ(ffs_size(&r), 3000);
    tfill(exp, 3, 0, 500);
    EQ(ffs_write(&f, exp, 500), 500);
    EQ(ffs_seek(&f, 0, FFS_SEEK_SET), 0);
    EQ(ffs_read(&f, big2, 1000), 500);   /* the writer sees its own writes */
    CHECK(!memcmp(big2, exp, 500));
    EQ(ffs_read(&r, big2, 3000), 3000);
    tfill(big, 2, 0, 3000);
    CHECK(!memcmp(big2, big, 3000));
    ffs_info st;
    EQ(ffs_stat(&FS, "/t", &st), 0);
    EQ(st.size, 3000);
    EQ(ffs_close(&f), 0);
    EQ(ffs_size(&r), 500);   /* the reader follows the commit */
    EQ(ffs_seek(&r, 0, FFS_SEEK_SET), 0);
    EQ(ffs_read(&r, big2, 3000), 500);
    CHECK(!memcmp(big2, exp, 500));
    EQ(ffs_close(&r), 0);
    CHECK(has("/t", 3, 500));
    /* trunc to nothing */
    EQ(ffs_open(&FS, &f, "/t", FFS_WRONLY | FFS_TRUNC), 0);
    EQ(ffs_close(&f), 0);
    EQ(ffs_stat(&FS, "/t", &st), 0);
    EQ(st.size, 0);
    fsck("trunc");

    /* gaps read as zeros: inside a page, across pages, and over stale bytes */
    EQ(put("/g", 4, 10), 0);
    EQ(ffs_open(&FS, &f, "/g", FFS_RDWR), 0);
    EQ(ffs_seek(&f, 100, FFS_SEEK_SET), 100);
    EQ(ffs_write(&f, "AB", 2), 2);
    EQ(ffs_seek(&f, 1500, FFS_SEEK_SET), 1500);
    EQ(ffs_write(&f, "CD", 2), 2);
    EQ(ffs_close(&f), 0);
    memset(exp, 0, sizeof exp);
    tfill(exp, 4, 0, 10);
    memcpy(exp + 100, "AB", 2);
    memcpy(exp + 1500, "CD", 2);
    EQ(readall("/g", big2, sizeof big2), 1502);
    CHECK(!memcmp(big2, exp, 1502));
    /* a lost transaction leaves bytes past the end of the last page on flash; a later gap
     * must read as zeros there, not as those bytes */
    EQ(ffs_open(&FS, &f, "/g2", FFS_WRONLY | FFS_CREAT), 0);
    EQ(ffs_write(&f, "0123456789", 10), 10);
    EQ(ffs_close(&f), 0);
    EQ(ffs_open(&FS, &f, "/g2", FFS_WRONLY | FFS_APPEND), 0);
    EQ(ffs_write(&f, "junkjunkjunk", 12), 12);
    EQ(ffs_flush(&f), 0);
    memset(exp, 'X', 300);
    EQ(ffs_write(&f, exp, 300), 300);   /* page 0 reaches the flash, uncommitted */
    remount();                          /* power cut: the handle is gone */
    EQ(ffs_stat(&FS, "/g2", &st), 0);
    EQ(st.size, 22);
    EQ(ffs_open(&FS, &f, "/g2", FFS_RDWR), 0);
    EQ(ffs_seek(&f, 600, FFS_SEEK_SET), 600);
    EQ(ffs_write(&f, "Z", 1), 1);
    EQ(ffs_close(&f), 0);
    EQ(readall("/g2", big2, sizeof big2), 601);
    memset(exp, 0, 601);
    memcpy(exp, "0123456789junkjunkjunk", 22);
    exp[600] = 'Z';
    CHECK(!memcmp(big2, exp, 601));
    /* the same, then appending: the new bytes must not be programmed over the stale ones */
    EQ(put("/g3", 8, 10), 0);
    EQ(ffs_open(&FS, &f, "/g3", FFS_WRONLY | FFS_APPEND), 0);
    memset(exp, 'X', 300);
    EQ(ffs_write(&f, exp, 300), 300);
    remount();
    EQ(ffs_open(&FS, &f, "/g3", FFS_WRONLY | FFS_APPEND), 0);
    EQ(ffs_write(&f, "abcdef", 6), 6);
    EQ(ffs_close(&f), 0);
    tfill(exp, 8, 0, 10);
    memcpy(exp + 10, "abcdef", 6);
    EQ(readall("/g3", big2, sizeof big2), 16);
    CHECK(!memcmp(big2, exp, 16));
    fsck("gaps");
}

static void test_overwrite(void) {
    ffs_file f;
    fresh(48);
    EQ(put("/big", 9, 30000), 0);
    tfill(big, 9, 0, 30000);
    memcpy(big2, big, 30000);
    /* overwrite 20 pages in the middle: more than the kill list holds, so it commits on the
     * way; the result must still be exactly the overwritten file */
    uint8_t patch[5200];
    tfill(patch, 10, 0, sizeof patch);
    EQ(ffs_open(&FS, &f, "/big", FFS_RDWR), 0);
    EQ(ffs_seek(&f, 1000, FFS_SEEK_SET), 1000);
    EQ(ffs_write(&f, patch, sizeof patch), (int)sizeof patch);
    EQ(ffs_seek(&f, 29990, FFS_SEEK_SET), 29990);
    EQ(ffs_write(&f, patch, 100), 100);
    EQ(ffs_close(&f), 0);
    memcpy(big + 1000, patch, sizeof patch);
    memcpy(big + 29990, patch, 100);
    static uint8_t got[40000];
    EQ(readall("/big", got, sizeof got), 30090);
    CHECK(!memcmp(got, big, 30090));
    fsck("overwrite");
    remount();
    EQ(readall("/big", got, sizeof got), 30090);
    CHECK(!memcmp(got, big, 30090));
    /* reading back through the writing handle before close */
    EQ(ffs_open(&FS, &f, "/big", FFS_RDWR), 0);
    EQ(ffs_seek(&f, 5000, FFS_SEEK_SET), 5000);
    EQ(ffs_write(&f, "hello", 5), 5);
    EQ(ffs_seek(&f, 4998, FFS_SEEK_SET), 4998);
    uint8_t b[9];
    EQ(ffs_read(&f, b, 9), 9);
    CHECK(b[0] == big[4998] && b[1] == big[4999] && !memcmp(b + 2, "hello", 5) &&
          b[7] == big[5005] && b[8] == big[5006]);
    EQ(ffs_close(&f), 0);
    fsck("overwrite readback");
}

static void test_flush_and_loss(void) {
    ffs_file f;
    fresh(16);
    EQ(put("/keep", 5, 2000), 0);
    EQ(ffs_open(&FS, &f, "/new", FFS_WRONLY | FFS_CREAT), 0);
    tfill(big, 6, 0, 3000);
    EQ(ffs_write(&f, big, 1000), 1000);
    EQ(ffs_flush(&f), 0);
    EQ(ffs_write(&f, big + 1000, 2000), 2000);
    /* power goes away without a close: a new mount sees the flushed part only */
    remount();
    EQ(ffs_write(&f, big, 10), -FFS_EBADF);   /* handles of the old mount are gone */
    EQ(ffs_read(&f, big, 10), -FFS_EBADF);
    EQ(ffs_close(&f), -FFS_EBADF);
    CHECK(has("/new", 6, 1000));
    CHECK(has("/keep", 5, 2000));
    fsck("loss");
    /* an overwrite that is never flushed is lost whole; the old content stays */
    EQ(ffs_open(&FS, &f, "/keep", FFS_RDWR | FFS_TRUNC), 0);
    EQ(ffs_write(&f, big, 3000), 3000);
    remount();
    CHECK(has("/keep", 5, 2000));
    fsck("loss 2");
}

static void test_remove_rmdir(void) {
    ffs_file f;
    ffs_vfs v0, v1;
    fresh(16);
    EQ(ffs_statvfs(&FS, &v0), 0);
    EQ(put("/a", 1, 5000), 0);
    EQ(ffs_remove(&FS, "/a"), 0);
    EQ(ffs_statvfs(&FS, &v1), 0);
    EQ(v1.bfree, v0.bfree);   /* everything is reclaimable again */
    EQ(ffs_remove(&FS, "/a"), -FFS_ENOENT);
    EQ(ffs_remove(&FS, "/"), -FFS_EISDIR);
    EQ(ffs_mkdir(&FS, "/d"), 0);
    EQ(ffs_remove(&FS, "/d"), -FFS_EISDIR);
    EQ(ffs_remove(&FS, "/d/x"), -FFS_ENOENT);
    EQ(put("/d/x", 2, 10), 0);
    EQ(ffs_rmdir(&FS, "/d"), -FFS_ENOTEMPTY);
    EQ(ffs_rmdir(&FS, "/d/x"), -FFS_ENOTDIR);
    EQ(ffs_rmdir(&FS, "/"), -FFS_EINVAL);
    EQ(ffs_rmdir(&FS, "/zz"), -FFS_ENOENT);
    EQ(ffs_remove(&FS, "/d/x"), 0);
    EQ(ffs_rmdir(&FS, "/d"), 0);
    ffs_info st;
    EQ(ffs_stat(&FS, "/d", &st), -FFS_ENOENT);
    /* removing an open file invalidates its handles */
    EQ(put("/o", 3, 700), 0);
    EQ(ffs_open(&FS, &f, "/o", FFS_RDWR), 0);
    EQ(ffs_write(&f, "abc", 3), 3);
    EQ(ffs_remove(&FS, "/o"), 0);
    EQ(ffs_write(&f, "abc", 3), -FFS_EBADF);
    EQ(ffs_read(&f, big, 3), -FFS_EBADF);
    EQ(ffs_close(&f), 0);
    EQ(ffs_stat(&FS, "/o", &st), -FFS_ENOENT);
    EQ(ffs_statvfs(&FS, &v1), 0);
    EQ(v1.bfree, v0.bfree);
    fsck("remove");
    remount();
    EQ(ffs_statvfs(&FS, &v1), 0);
    EQ(v1.bfree, v0.bfree);
}

static void test_rename(void) {
    ffs_file f;
    ffs_info st;
    fresh(24);
    EQ(ffs_mkdir(&FS, "/d1"), 0);
    EQ(ffs_mkdir(&FS, "/d2"), 0);
    EQ(ffs_mkdir(&FS, "/d1/sub"), 0);
    EQ(put("/d1/a", 1, 1000), 0);
    EQ(put("/d2/b", 2, 2000), 0);
    EQ(ffs_rename(&FS, "/d1/a", "/d1/a2"), 0);
    CHECK(has("/d1/a2", 1, 1000));
    EQ(ffs_stat(&FS, "/d1/a", &st), -FFS_ENOENT);
    EQ(ffs_rename(&FS, "/d1/a2", "/d2/a3"), 0);
    CHECK(has("/d2/a3", 1, 1000));
    EQ(ffs_rename(&FS, "/d2/a3", "/d2/b"), 0);   /* replaces b */
    CHECK(has("/d2/b", 1, 1000));
    EQ(ffs_stat(&FS, "/d2/a3", &st), -FFS_ENOENT);
    EQ(ffs_rename(&FS, "/d2/b", "/d2/b"), 0);
    EQ(ffs_rename(&FS, "/nope", "/x"), -FFS_ENOENT);
    EQ(ffs_rename(&FS, "/d2/b", "/nodir/x"), -FFS_ENOENT);
    EQ(ffs_rename(&FS, "/d2/b", "/d1"), -FFS_EISDIR);
    EQ(ffs_rename(&FS, "/d1", "/d2/b"), -FFS_ENOTDIR);
    EQ(ffs_rename(&FS, "/d1", "/d1/sub/x"), -FFS_EINVAL);
    EQ(ffs_rename(&FS, "/d1", "/d1/x"), -FFS_EINVAL);
    EQ(ffs_rename(&FS, "/", "/x"), -FFS_EINVAL);
    EQ(ffs_rename(&FS, "/d1", "/"), -FFS_EINVAL);
    EQ(ffs_rename(&FS, "/d2/b", "/d2/b/c"), -FFS_ENOTDIR);
    EQ(ffs_rename(&FS, "/d1", "/d2"), -FFS_ENOTEMPTY);
    EQ(ffs_mkdir(&FS, "/e"), 0);
    EQ(ffs_rename(&FS, "/d2", "/e"), 0);   /* over an empty directory */
    CHECK(has("/e/b", 1, 1000));
    EQ(ffs_stat(&FS, "/d2", &st), -FFS_ENOENT);
    EQ(ffs_rename(&FS, "/e", "/d1/sub/e"), 0);   /* a directory moves with its contents */
    CHECK(has("/d1/sub/e/b", 1, 1000));
    /* renaming a file that is open for writing: the writes follow it */
    EQ(ffs_open(&FS, &f, "/d1/sub/e/b", FFS_WRONLY | FFS_APPEND), 0);
    EQ(ffs_write(&f, "tail", 4), 4);
    EQ(ffs_rename(&FS, "/d1/sub/e/b", "/moved"), 0);
    EQ(ffs_write(&f, "more", 4), 4);
    EQ(ffs_close(&f), 0);
    EQ(readall("/moved", big2, sizeof big2), 1008);
    tfill(big, 1, 0, 1000);
    memcpy(big + 1000, "tailmore", 8);
    CHECK(!memcmp(big, big2, 1008));
    /* renaming over an open file kills its handle */
    EQ(put("/victim", 7, 10), 0);
    EQ(ffs_open(&FS, &f, "/victim", FFS_RDONLY), 0);
    EQ(ffs_rename(&FS, "/moved", "/victim"), 0);
    EQ(ffs_read(&f, big, 1), -FFS_EBADF);
    EQ(ffs_close(&f), 0);
    EQ(readall("/victim", big2, sizeof big2), 1008);
    fsck("rename");
    remount();
    EQ(readall("/victim", big2, sizeof big2), 1008);
    tfill(big, 1, 0, 1000);
    memcpy(big + 1000, "tailmore", 8);
    CHECK(!memcmp(big, big2, 1008));
    fsck("rename remount");
}

static int count_dir(const char *path, int *ndirs, uint32_t *bytes) {
    ffs_dir d;
    ffs_info e;
    int n = 0, r = ffs_dir_open(&FS, &d, path);
    if (r)
        return r;
    while ((r = ffs_dir_read(&d, &e)) == 1) {
        n++;
        if (ndirs)
            *ndirs += e.is_dir;
        if (bytes)
            *bytes += e.size;
    }
    ffs_dir_close(&d);
    return r < 0 ? r : n;
}

static void test_listing(void) {
    ffs_dir d;
    ffs_info e;
    fresh(64);
    EQ(count_dir("/", NULL, NULL), 0);
    EQ(ffs_mkdir(&FS, "/d"), 0);
    EQ(ffs_mkdir(&FS, "/d/sub"), 0);
    char path[40];
    uint32_t total = 0;
    for (uint32_t i = 0; i < 150; i++) {
        snprintf(path, sizeof path, "/d/file_%03u.py", i);
        EQ(put(path, i, i * 7), 0);
        total += i * 7;
    }
    int ndirs = 0;
    uint32_t bytes = 0;
    EQ(count_dir("/d", &ndirs, &bytes), 151);
    EQ(ndirs, 1);
    EQ(bytes, total);
    EQ(count_dir("/", NULL, NULL), 1);
    EQ(count_dir("/d/sub", NULL, NULL), 0);
    EQ(count_dir("/nope", NULL, NULL), -FFS_ENOENT);
    EQ(count_dir("/d/file_001.py", NULL, NULL), -FFS_ENOTDIR);
    /* every name comes back exactly once */
    static uint8_t seen[150];
    memset(seen, 0, sizeof seen);
    EQ(ffs_dir_open(&FS, &d, "/d"), 0);
    while (ffs_dir_read(&d, &e) == 1) {
        unsigned k;
        if (sscanf(e.name, "file_%03u.py", &k) == 1 && k < 150) {
            seen[k]++;
            EQ(e.size, k * 7);
            EQ(e.is_dir, 0);
        } else {
            CHECK(!strcmp(e.name, "sub") && e.is_dir);
        }
    }
    EQ(ffs_dir_close(&d), 0);
    EQ(ffs_dir_read(&d, &e), -FFS_EBADF);
    EQ(ffs_dir_close(&d), -FFS_EBADF);
    for (int i = 0; i < 150; i++)
        EQ(seen[i], 1);
    /* lookups: more names than the cache holds, in any order */
    for (uint32_t i = 0; i < 150; i += 7) {
        snprintf(path, sizeof path, "/d/file_%03u.py", (i * 37) % 150);
        CHECK(has(path, (i * 37) % 150, ((i * 37) % 150) * 7));
    }
    fsck("listing");
    remount();
    EQ(count_dir("/d", NULL, NULL), 151);
}

static void test_full(void) {
    ffs_file f;
    ffs_vfs v;
    ffs_info st;
    fresh(8);   /* 7 usable sectors: 105 slots */
    EQ(put("/small", 1, 300), 0);
    EQ(ffs_mkdir(&FS, "/d"), 0);
    EQ(ffs_open(&FS, &f, "/fill", FFS_WRONLY | FFS_CREAT), 0);
    uint32_t written = 0;
    tfill(big, 2, 0, 200000);
    for (;;) {
        int r = ffs_write(&f, big + written, 1000);
        if (r < 0) {
            EQ(r, -FFS_ENOSPC);
            break;
        }
        CHECK(r > 0);
        written += (uint32_t)r;
        if (r < 1000) {   /* a short write, then ENOSPC */
            EQ(ffs_write(&f, big + written, 1000), -FFS_ENOSPC);
            break;
        }
    }
    EQ(ffs_close(&f), 0);   /* everything accepted so far is kept */
    CHECK(written > 20000);
    CHECK(has("/fill", 2, written));
    CHECK(has("/small", 1, 300));
    EQ(ffs_statvfs(&FS, &v), 0);
    EQ(v.bfree, 0);
    EQ(ffs_mkdir(&FS, "/d2"), -FFS_ENOSPC);
    EQ(put("/new", 3, 1000), -FFS_ENOSPC);
    EQ(ffs_stat(&FS, "/new", &st), -FFS_ENOENT);
    /* a full filesystem still renames and deletes */
    EQ(ffs_rename(&FS, "/small", "/d/small"), 0);
    CHECK(has("/d/small", 1, 300));
    fsck("full");
    remount();
    CHECK(has("/fill", 2, written));
    EQ(ffs_rename(&FS, "/d/small", "/small"), 0);
    EQ(ffs_remove(&FS, "/fill"), 0);
    EQ(ffs_statvfs(&FS, &v), 0);
    CHECK(v.bfree > 90);
    EQ(put("/new", 3, 20000), 0);
    CHECK(has("/new", 3, 20000));
    CHECK(has("/small", 1, 300));
    fsck("full then free");
    /* rewriting a file in a nearly full filesystem: the old version stays until the new one
     * is committed, so this runs out of space; what was written before ENOSPC is kept */
    int r = put("/new", 4, 20000);
    EQ(r, -FFS_ENOSPC);
    int n = readall("/new", big2, sizeof big2);
    CHECK(n > 0 && n < 20000);
    tfill(big, 4, 0, 20000);
    CHECK(n > 0 && !memcmp(big, big2, (size_t)n));
    CHECK(has("/small", 1, 300));
    fsck("rewrite when full");
}

static void test_multi_open(void) {
    ffs_file a, b, c;
    fresh(32);
    EQ(ffs_open(&FS, &a, "/a", FFS_WRONLY | FFS_CREAT), 0);
    EQ(ffs_open(&FS, &b, "/b", FFS_WRONLY | FFS_CREAT), 0);
    EQ(ffs_open(&FS, &c, "/c", FFS_RDWR | FFS_CREAT), 0);
    uint8_t x[300];
    for (uint32_t i = 0; i < 40; i++) {
        tfill(x, 1, i * 300, 300);
        EQ(ffs_write(&a, x, 300), 300);
        tfill(x, 2, i * 77, 77);
        EQ(ffs_write(&b, x, 77), 77);
        tfill(x, 3, i * 5, 5);
        EQ(ffs_write(&c, x, 5), 5);
        if (i == 20)
            EQ(ffs_flush(&b), 0);
    }
    EQ(ffs_close(&a), 0);
    EQ(ffs_close(&b), 0);
    EQ(ffs_close(&c), 0);
    CHECK(has("/a", 1, 12000));
    CHECK(has("/b", 2, 40 * 77));
    CHECK(has("/c", 3, 200));
    fsck("multi open");
    /* many rewrites in a small region keep the collector busy */
    fresh(8);
    for (uint32_t i = 0; i < 300; i++) {
        char p[24];
        snprintf(p, sizeof p, "/r%u", i % 5);
        EQ(put(p, i, 1000 + i * 13 % 3000), 0);
    }
    for (uint32_t i = 295; i < 300; i++) {
        char p[24];
        snprintf(p, sizeof p, "/r%u", i % 5);
        CHECK(has(p, i, 1000 + i * 13 % 3000));
    }
    fsck("rewrites");
}

static void test_ino_wrap(void) {
    fresh(16);
    EQ(put("/a", 1, 10), 0);
    EQ(put("/b", 2, 10), 0);
    FS.next_ino = FFS_INO_MAX + 1;   /* as if 65000 files had been created */
    char p[24];
    for (int i = 0; i < 10; i++) {
        snprintf(p, sizeof p, "/n%d", i);
        EQ(put(p, 10 + (uint32_t)i, 100), 0);
    }
    CHECK(has("/a", 1, 10));
    CHECK(has("/b", 2, 10));
    for (int i = 0; i < 10; i++) {
        snprintf(p, sizeof p, "/n%d", i);
        CHECK(has(p, 10 + (uint32_t)i, 100));
    }
    fsck("ino wrap");
}

static int fail_reads;
static int bad_read(void *ctx, uint32_t off, void *buf, uint32_t len) {
    (void)ctx, (void)off, (void)buf, (void)len;
    return fail_reads ? -1 : 0;
}

static void test_io_error(void) {
    ffs_flash fl;
    ffs_file f;
    ffs_info st;
    fresh(8);
    EQ(put("/a", 1, 10), 0);
    fl = FL;
    N.off = 1;   /* every flash call fails from now on */
    EQ(ffs_stat(&FS, "/a", &st), -FFS_EIO);
    EQ(ffs_mkdir(&FS, "/b"), -FFS_EIO);
    EQ(ffs_open(&FS, &f, "/a", FFS_RDONLY), -FFS_EIO);
    N.off = 0;
    EQ(ffs_stat(&FS, "/a", &st), -FFS_EIO);   /* sticky until the next mount */
    remount();
    EQ(ffs_stat(&FS, "/a", &st), 0);
    fl.read = bad_read;
    fail_reads = 1;
    EQ(ffs_mount(&FS, &fl), -FFS_EIO);
}

static void test_image(void) {
    static uint8_t mem[16 * 4096];
    ffs_fs fs;
    ffs_flash fl;
    ffs_ram ram;
    EQ(ffs_image_begin(&fs, &fl, &ram, mem, 16), 0);
    tfill(big, 42, 0, 5000);
    EQ(ffs_image_add(&fs, "/lib/pkg/mod.py", big, 5000), 0);
    EQ(ffs_image_add(&fs, "/main.py", "print(1)\n", 9), 0);
    EQ(ffs_image_add(&fs, "/lib/other.py", "", 0), 0);
    EQ(ffs_image_mkdirs(&fs, "/data/logs"), 0);
    EQ(ffs_image_mkdirs(&fs, "/data/logs"), 0);
    EQ(ffs_image_mkdirs(&fs, "/main.py/x"), -FFS_ENOTDIR);
    EQ(ffs_image_add(&fs, "main.py", "", 0), -FFS_EINVAL);
    EQ(ffs_image_add(&fs, "/main.py/x", "", 0), -FFS_ENOTDIR);
    EQ(ffs_image_begin(&fs, &fl, &ram, mem, 2), -FFS_EINVAL);
    /* the image, copied into the simulated flash, mounts and reads back */
    if (N.mem)
        nor_free(&N);
    nor_init(&N, 16);
    EQ(ffs_image_begin(&fs, &fl, &ram, mem, 16), 0);
    EQ(ffs_image_add(&fs, "/lib/pkg/mod.py", big, 5000), 0);
    EQ(ffs_image_add(&fs, "/main.py", "print(1)\n", 9), 0);
    memcpy(N.mem, mem, sizeof mem);
    nor_flash(&N, &FL);
    remount();
    CHECK(has("/lib/pkg/mod.py", 42, 5000));
    EQ(readall("/main.py", big2, 100), 9);
    CHECK(!memcmp(big2, "print(1)\n", 9));
    fsck("image");
}

int main(void) {
    test_mount_format();
    test_paths_mkdir();
    test_open_errors();
    test_read_write();
    test_append_trunc_gap();
    test_overwrite();
    test_flush_and_loss();
    test_remove_rmdir();
    test_rename();
    test_listing();
    test_full();
    test_multi_open();
    test_ino_wrap();
    test_io_error();
    test_image();
    printf("ffs unit: %d checks, %d failed; RAM: sizeof(ffs_fs) %zu (FFS_MAX_SECTORS %d), "
           "ffs_file %zu, ffs_dir %zu\n",
           checks, fails, sizeof(ffs_fs), FFS_MAX_SECTORS, sizeof(ffs_file), sizeof(ffs_dir));
    nor_free(&N);
    return fails != 0;
}
