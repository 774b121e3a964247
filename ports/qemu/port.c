/* The port layer of the lx106 build under QEMU (core/port.h over semihosting), and its main().
 *
 * QEMU's xtensa semihosting offers read, write, open, close and lseek on host files, relative
 * to the directory QEMU was started in; there is no stat, directory, rename, remove or clock
 * call.  stat() is made from open + read + lseek (enough for import to find modules and
 * packages); the directory, rename and remove calls fail with ENOSYS (ENOENT for a path that
 * does not exist).  Time comes from the CPU cycle counter (and -X epoch). */
#include <stdlib.h>
#include <string.h>

#include "cmdline.h"
#include "gc.h"
#include "port.h"
#include "print.h"
#include "qemu_port.h"
#include "semihost.h"
#include "vm.h"

/* Linux errno values the core knows (port.h); QEMU reports newlib's numbering, which is the
 * same up to 34. */
#define E_NOENT 2
#define E_ISDIR 21
#define E_NOTDIR 20
#define E_EXIST 17
#define E_NAMETOOLONG 36
#define E_NOSYS 38
#define E_NOTEMPTY 39

static int32_t errno_from_sh(int32_t r) {
    if (r >= 0) return r;
    switch (-r) {
    case 88: return -E_NOSYS;
    case 90: return -E_NOTEMPTY;
    case 91: return -E_NAMETOOLONG;
    default: return r;
    }
}

/* ---- console: stdout is buffered a line at a time; stderr flushes it first ---- */

static char out_buf[128];
static uint32_t out_len;

static void out_flush(void) {
    if (out_len) {
        sh_write(1, out_buf, out_len);
        out_len = 0;
    }
}

void port_write(int fd, const char *s, size_t n) {
    if (fd != 1) {
        out_flush();
        sh_write(2, s, n);
        return;
    }
    if (n == 0) {
        out_flush();
        return;
    }
    if (n > sizeof out_buf - out_len) {
        out_flush();
        if (n >= sizeof out_buf) {
            sh_write(1, s, n);
            return;
        }
    }
    memcpy(out_buf + out_len, s, n);
    out_len += n;
    if (memchr(s, '\n', n)) out_flush();
}

int port_read_char(void) {
    out_flush();
    unsigned char c;
    return sh_read(0, &c, 1) == 1 ? c : -1;
}

/* ---- clocks: CCOUNT runs at 40 MHz of host time (or of virtual time under -icount) ---- */

uint64_t port_ticks_us(void) { return sh_ticks_us(); }

uint32_t port_ticks_cpu(void) {
    uint32_t c;
    __asm__ volatile("rsr %0, ccount" : "=r"(c));
    return c;
}

/* No RTC and no semihosting time call: the clock counts from -X epoch=SECONDS (the host's time
 * when the runner passes it, like a board whose clock was set over the network), or from 1970
 * like a board whose clock was never set. */
static uint32_t epoch;

double port_time(void) { return (double)epoch + (double)sh_ticks_us() / 1e6; }

void port_sleep_us(uint64_t us) {
    uint64_t end = sh_ticks_us() + us;
    while (sh_ticks_us() < end) {
        if (vm.pending) return;
    }
}

/* ---- files ---- */

intptr_t port_file_open(const char *path, int flags) {
    int of;
    switch (flags & 3) {
    case PORT_O_RDONLY: of = SH_O_RDONLY; break;
    case PORT_O_WRONLY: of = SH_O_WRONLY; break;
    default: of = SH_O_RDWR; break;
    }
    if (flags & PORT_O_CREAT) of |= SH_O_CREAT;
    if (flags & PORT_O_TRUNC) of |= SH_O_TRUNC;
    if (flags & PORT_O_APPEND) of |= SH_O_APPEND;
    if (flags & PORT_O_EXCL) of |= SH_O_EXCL;
    int32_t fd = errno_from_sh(sh_open(path, of, 0666));
    if (fd < 0 || (flags & 3) != PORT_O_RDONLY) return fd;
    /* Linux opens a directory for reading; its first read fails with EISDIR */
    char c;
    int32_t r = sh_read(fd, &c, 1);
    if (r == -E_ISDIR) {
        sh_close(fd);
        return -E_ISDIR;
    }
    if (r > 0) sh_lseek(fd, 0, SH_SEEK_SET);
    return fd;
}

intptr_t port_file_read(intptr_t h, void *buf, size_t n) { return errno_from_sh(sh_read((int)h, buf, n)); }

intptr_t port_file_write(intptr_t h, const void *buf, size_t n) {
    return errno_from_sh(sh_write((int)h, buf, n));
}

intptr_t port_file_seek(intptr_t h, intptr_t offset, int whence) {
    return errno_from_sh(sh_lseek((int)h, (int32_t)offset,
                                  whence == 0 ? SH_SEEK_SET : whence == 1 ? SH_SEEK_CUR : SH_SEEK_END));
}

int port_file_flush(intptr_t h) { (void)h; return 0; }
int port_file_close(intptr_t h) { return errno_from_sh(sh_close((int)h)); }

/* Size and kind from open + read + lseek; no modification time. */
int port_stat(const char *path, PortStat *st) {
    int32_t fd = errno_from_sh(sh_open(path, SH_O_RDONLY, 0));
    if (fd < 0) return fd;
    char c;
    int32_t r = sh_read(fd, &c, 1);
    st->mtime = 0;
    st->is_dir = r == -E_ISDIR;
    int32_t size = st->is_dir ? 0 : sh_lseek(fd, 0, SH_SEEK_END);
    sh_close(fd);
    if (size < 0) return errno_from_sh(size);
    st->size = (uint32_t)size;
    return 0;
}

/* The calls semihosting cannot make fail with ENOSYS, but a path that does not exist fails as
 * it would anywhere (ENOENT, ENOTDIR...), so that programs see the usual errors for them. */
static int unsupported(const char *path, bool want_dir) {
    PortStat st;
    int r = port_stat(path, &st);
    if (r < 0) return r;
    if (want_dir && !st.is_dir) return -E_NOTDIR;
    return -E_NOSYS;
}

int port_listdir(const char *path, void (*fn)(void *, const char *, int, uint32_t), void *ctx) {
    (void)fn; (void)ctx;
    return unsupported(path, true);
}

int port_mkdir(const char *path) {
    PortStat st;
    return port_stat(path, &st) == 0 ? -E_EXIST : -E_NOSYS;
}

int port_rmdir(const char *path) { return unsupported(path, true); }
int port_remove(const char *path) { return unsupported(path, false); }
int port_rename(const char *from, const char *to) { (void)to; return unsupported(from, false); }
int port_getcwd(char *buf, size_t n) { (void)buf; (void)n; return -E_NOSYS; }
int port_chdir(const char *path) { return unsupported(path, true); }
int port_statvfs(const char *path, uint32_t out[10]) { (void)out; return unsupported(path, false); }

/* No entropy source in the sim machine: the cycle counter, which follows host time, stirred
 * by xorshift (only for seeding, as the board does from its RF noise register). */
void port_random_bytes(void *buf, size_t n) {
    static uint64_t x = 0x9E3779B97F4A7C15u;
    x ^= sh_cycles();
    for (size_t i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        ((unsigned char *)buf)[i] = (unsigned char)(x >> 24);
    }
}

const char *const *port_uname(void) {
    static const char *const fields[5] = {"esp8266", "esp8266", ES_VERSION, ES_VERSION,
                                          "ESP8266 (lx106 under QEMU)"};
    return fields;
}

/* ---- main ---- */

/* The heap is DRAM after .bss (linker symbols), as on the board. */
extern char _heap_start[], _heap_end[];
extern char _stack_start[], _stack_end[];

/* Bytes of C stack kept free below the recursion checks: the deepest C path between a check and
 * the RecursionError it raises (a call through C, a collection, formatting the message) must
 * fit.  Measured up to ~1.1 kB (tests/lx106/core.sh); with 512, four of its cases overflow. */
#define STACK_MARGIN 2048

static bool peak_stack;

static bool port_option(const char *opt) {
    if (strcmp(opt, "peakstack") == 0) {
        peak_stack = true;
        return true;
    }
    if (strncmp(opt, "epoch=", 6) == 0) {
        size_t v;
        if (!cmdline_parse_size(opt + 6, 0xFFFFFFFFu, &v)) {
            print_fmt(&print_stderr, "espy: bad epoch '%s' (seconds since 1970)\n", opt + 6);
            exit(2);
        }
        epoch = (uint32_t)v;
        return true;
    }
    return false;
}

/* One line from stdin for the REPL; the terminal does the editing. */
static int read_line(const char *prompt, Vstr *line) {
    port_write(1, prompt, strlen(prompt));
    port_write(1, NULL, 0);
    for (;;) {
        int c = port_read_char();
        if (c < 0) return line->len ? 1 : 0;
        if (c == '\n') return 1;
        vstr_addc(line, (char)c);
    }
}

int main(int argc, char **argv) {
    size_t avail = (size_t)(_heap_end - _heap_start);
    CmdLine cl = {.heap_size = ES_DEFAULT_HEAP < avail ? ES_DEFAULT_HEAP : avail};
    int r = cmdline_parse(&cl, argc, argv, avail, port_option);
    if (r == CMDLINE_USAGE)
        print_cstr(&print_stderr, "usage: espy.elf [-X heapsize=N] [-X peakheap] [-X peakstack] "
                                  "[-X epoch=SECONDS] [-c code | file.py | -] [args...]\n");
    if (r != CMDLINE_OK) return 2;
    /* the collector scans the whole C stack, up to its top (main's locals included) */
    gc_set_stack_base(_stack_end);
    gc_init(_heap_start, _heap_start + cl.heap_size);
    vm.stack_limit = _stack_start + STACK_MARGIN;
    vm_init();
    r = cmdline_run(&cl, argc, argv, read_line,
                    "espy " ES_VERSION " on " ES_PORT_NAME " (lx106 under QEMU); Python 3.11 compatible\n");
    out_flush();
    if (peak_stack)
        print_fmt(&print_stderr, "peak C stack: %u of %u bytes\n", (unsigned)qemu_stack_used(),
                  (unsigned)qemu_stack_size());
    return r;
}
