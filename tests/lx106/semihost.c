/* Semihosting layer checks, one mode per run (tests/lx106/run.sh compares the results):
 *   args A B ...   print argc and each argument on its own line
 *   cat            copy stdin to stdout
 *   file PATH      create, write, seek, read back, size, missing file, close
 *   clock          CCOUNT-based clock is monotonic and advances
 *   poll           stdin readiness with a 0.2 s timeout, then without; milliseconds spent in
 *                  the second wait (by the CCOUNT clock); then the input
 *   exit N         exit status N
 *   abort          picolibc's abort(): message and status 134 */
#include <stdint.h>
#include <stdlib.h>

#include "tio.h"

static int file_test(const char *path)
{
    static char pattern[3000], back[3000];
    for (uint32_t i = 0; i < sizeof pattern; i++)
        pattern[i] = (char)(i * 7 + (i >> 8));

    int32_t fd = sh_open(path, SH_O_WRONLY | SH_O_CREAT | SH_O_TRUNC, 0644);
    if (fd < 3)
        return t_err("open for writing failed\n"), 1;
    if (sh_write(fd, pattern, sizeof pattern) != (int32_t)sizeof pattern)
        return t_err("write failed\n"), 1;
    if (sh_close(fd) != 0)
        return t_err("close failed\n"), 1;

    fd = sh_open(path, SH_O_RDONLY, 0);
    if (fd < 3)
        return t_err("open for reading failed\n"), 1;
    if (sh_lseek(fd, 0, SH_SEEK_END) != (int32_t)sizeof pattern)
        return t_err("lseek to the end gave the wrong size\n"), 1;
    if (sh_lseek(fd, 1000, SH_SEEK_SET) != 1000)
        return t_err("lseek failed\n"), 1;
    int32_t n = sh_read(fd, back, 500);
    if (n != 500)
        return t_err("read returned the wrong count\n"), 1;
    for (int i = 0; i < 500; i++) {
        if (back[i] != pattern[1000 + i])
            return t_err("read back different data\n"), 1;
    }
    if (sh_lseek(fd, -100, SH_SEEK_END) != (int32_t)sizeof pattern - 100 ||
        sh_read(fd, back, sizeof back) != 100 || sh_read(fd, back, sizeof back) != 0)
        return t_err("reading at the end went wrong\n"), 1;
    if (sh_close(fd) != 0 || sh_close(fd) != -SH_EBADF)
        return t_err("close of a closed fd did not fail with EBADF\n"), 1;
    if (sh_open("/nonexistent-dir-espy/x", SH_O_RDONLY, 0) != -SH_ENOENT)
        return t_err("opening a missing file did not fail with ENOENT\n"), 1;
    t_str("file ok\n");
    return 0;
}

static int clock_test(void)
{
    uint64_t t0 = sh_ticks_us(), prev = t0;
    for (uint32_t i = 0; i < 200000; i++) {
        uint64_t t = sh_ticks_us();
        if (t < prev)
            return t_err("clock went backwards\n"), 1;
        prev = t;
    }
    if (prev == t0)
        return t_err("clock did not advance\n"), 1;
    t_str("clock ok\n");
    return 0;
}

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "";
    if (t_streq(mode, "args")) {
        t_dec((uint32_t)argc);
        t_str("\n");
        for (int i = 0; i < argc; i++) {
            t_str(argv[i]);
            t_str("\n");
        }
        return 0;
    }
    if (t_streq(mode, "cat")) {
        static char buf[700]; /* odd size: reads and writes of every length */
        int32_t n;
        while ((n = sh_read(0, buf, sizeof buf)) > 0) {
            if (sh_write(1, buf, (size_t)n) != n)
                return 1;
        }
        return n < 0;
    }
    if (t_streq(mode, "file") && argc > 2)
        return file_test(argv[2]);
    if (t_streq(mode, "clock"))
        return clock_test();
    if (t_streq(mode, "poll")) {
        int32_t first = sh_poll_read(0, 200000);
        uint64_t t0 = sh_ticks_us();
        int32_t second = sh_poll_read(0, -1);
        uint32_t waited_ms = (uint32_t)((sh_ticks_us() - t0) / 1000);
        t_dec((uint32_t)first);
        t_str(" ");
        t_dec((uint32_t)second);
        t_str(" ");
        t_dec(waited_ms);
        t_str("\n");
        char buf[64];
        int32_t n = sh_read(0, buf, sizeof buf);
        if (n > 0)
            sh_write(1, buf, (size_t)n);
        return 0;
    }
    if (t_streq(mode, "abort"))
        abort();
    if (t_streq(mode, "exit") && argc > 2)
        return t_parse(argv[2]);
    t_err("semihost: unknown mode\n");
    return 2;
}
