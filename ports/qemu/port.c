/* The port layer of the lx106 build under QEMU (core/port.h over semihosting), and its main().
 *
 * QEMU's xtensa semihosting offers read, write, open, close and lseek on host files, relative
 * to the directory QEMU was started in; there is no stat, directory, rename, remove or clock
 * call.  Files are the board's ffs, in RAM, over the host directory (below, "files").  Time
 * comes from the CPU cycle counter (and -X epoch). */
#include <stdlib.h>
#include <string.h>

#include "cmdline.h"
#include "ffs.h"
#include "gc.h"
#include "port.h"
#include "print.h"
#include "qemu_port.h"
#include "semihost.h"
#include "vm.h"
#include "../common/ffsport.h"

/* Linux errno values the core knows (port.h); QEMU reports newlib's numbering, which is the
 * same up to 34. */
#define E_NOENT 2
#define E_BADF 9
#define E_ISDIR 21
#define E_NOTDIR 20
#define E_EXIST 17
#define E_ROFS 30
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

/* ---- files: an ffs in RAM over the host directory ----
 *
 * The program sees one tree (docs/lx106.md, "Files"):
 *  - Its root "/" is the host directory QEMU was started in, reached through semihosting and
 *    read-only, with an ffs (lib/ffs, through ports/common/ffsport.c as on the board) in RAM
 *    laid over it: /a/b is ffs's /a/b when ffs has that name, else the host's file a/b.
 *    The current directory starts at "/"; nothing above the host directory can be reached.
 *  - Whatever the program creates or writes goes to ffs.  Writing a host file in place
 *    (append, "r+") first copies it into ffs; the directories above a new name that only the
 *    host has are made in ffs first.  Creating a name the host has with O_EXCL (open "x",
 *    mkdir) is EEXIST.
 *  - Opening for reading and stat look in ffs first, then at the host, so the script, its
 *    sibling modules and data files come from the host directory.
 *  - listdir/ilistdir give ffs's entries, then the host's that ffs does not have; semihosting
 *    cannot list a host directory, so those come from the listing the runner made before the
 *    start (-X hostls=FILE, lines "KIND SIZE PATH" of `find . -printf '%Y %s %P\n'`); without
 *    it only ffs's entries are listed.
 *  - remove, rmdir and rename of a name the host directory has fail with EROFS: the host is
 *    read-only, and the name would still be there.
 *  - statvfs, getcwd and chdir are ffs's (chdir into a host directory makes it in ffs too).
 *  - The ffs (QEMU_FS_SECTORS sectors of 4 kB, the ESP-01's 512K region) is placed in RAM that
 *    only QEMU has (qemu.ld: .qemu_ram, below the board's DRAM), formatted at start-up and lost
 *    at exit; programming ANDs bits into it and erasing sets a sector to 0xFF, as on NOR flash.
 *
 * Handles: an ffs file is the address of its ffs_file on the GC heap, which is block-aligned
 * and so even; a host file (semihosting fd n) is 2n + 1, odd.  The low bit alone says which
 * kind a handle is; a host file is never given to ffs, nor an ffs handle to the host. */

#define QEMU_FS_SECTORS 16
#define HOST_HANDLE(fd) (((intptr_t)(fd) << 1) | 1)
#define IS_HOST(h) (((h) & 1) != 0)
#define HOST_FD(h) ((int)((h) >> 1))

#define QEMU_RAM __attribute__((section(".qemu_ram.fs")))
static uint32_t fs_mem[QEMU_FS_SECTORS * 4096 / 4] QEMU_RAM;   /* the "flash" */
static ffs_fs fs QEMU_RAM;
static ffs_flash fs_flash QEMU_RAM;
static ffs_ram fs_ram QEMU_RAM;
static const char *hostls;       /* the runner's listing of the host directory, or NULL */

/* An erase is QEMU's memset: one instruction instead of ~1500 a sector (formatting at start-up
 * erases every sector). */
static int fs_erase(void *ctx, uint32_t sector) {
    (void)ctx;
    if (sector >= QEMU_FS_SECTORS) return -FFS_EIO;
    sh_memset((uint8_t *)fs_mem + sector * 4096, 0xFF, 4096);
    return 0;
}

/* os.mkfs(): a new, empty filesystem, as on the board. */
int port_mkfs(void) {
    int r = ffs_format(&fs, &fs_flash);
    ffsport_mounted(r == 0 ? &fs : NULL);
    return r;
}

/* At start-up, after gc_init. */
static int fs_start(void) {
    ffsport_reset(&fs);
    ffs_ram_flash(&fs_flash, &fs_ram, (uint8_t *)fs_mem, QEMU_FS_SECTORS);
    fs_flash.erase = fs_erase;
    return port_mkfs();
}

/* The host's name for an absolute guest path: relative to QEMU's directory. */
static const char *host_name(const char *abs) { return abs[1] ? abs + 1 : "."; }

/* Kind and size of a host file from open + read + lseek (no modification time). */
static int host_stat(const char *abs, PortStat *st) {
    int32_t fd = errno_from_sh(sh_open(host_name(abs), SH_O_RDONLY, 0));
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

/* The host's file at path, read-only. */
static ES_NOINLINE intptr_t host_open(const char *path) {
    FFSPORT_RESOLVE(p, path);
    int32_t fd = errno_from_sh(sh_open(host_name(p), SH_O_RDONLY, 0));
    if (fd < 0) return fd;
    /* Linux opens a directory for reading; its first read fails with EISDIR */
    char c;
    int32_t r = sh_read(fd, &c, 1);
    if (r == -E_ISDIR) {
        sh_close(fd);
        return -E_ISDIR;
    }
    if (r > 0) sh_lseek(fd, 0, SH_SEEK_SET);
    return HOST_HANDLE(fd);
}

static ES_NOINLINE int host_stat_path(const char *path, PortStat *st) {
    FFSPORT_RESOLVE(p, path);
    return host_stat(p, st);
}

/* Makes in ffs the directories above the name abs that only the host has (abs is changed and
 * restored).  Stops at the first one neither has: the caller's ffs call then says ENOENT. */
static int make_parents(char *abs) {
    for (char *s = strchr(abs + 1, '/'); s; s = strchr(s + 1, '/')) {
        *s = 0;
        ffs_info in;
        PortStat st;
        int r = ffs_stat(&fs, abs, &in);
        if (r == -FFS_ENOENT && host_stat(abs, &st) == 0 && st.is_dir) r = ffs_mkdir(&fs, abs);
        *s = '/';
        if (r < 0) return r == -FFS_ENOENT ? 0 : r;
    }
    return 0;
}

/* The host's file abs copied into a new ffs file of the same name. */
static int copy_in(const char *abs) {
    int32_t fd = errno_from_sh(sh_open(host_name(abs), SH_O_RDONLY, 0));
    if (fd < 0) return fd;
    intptr_t h = ffsport_open(abs, PORT_O_WRONLY | PORT_O_CREAT | PORT_O_TRUNC);
    int r = h < 0 ? (int)h : 0;
    char buf[128];
    while (r == 0) {
        int32_t n = errno_from_sh(sh_read(fd, buf, sizeof buf));
        if (n <= 0) {
            r = n;
            break;
        }
        intptr_t w = ffsport_write(h, buf, (size_t)n);
        if (w != n) r = w < 0 ? (int)w : -FFS_ENOSPC;
    }
    if (h >= 0) {
        int c = ffsport_close(h);
        if (r == 0) r = c;
        if (r < 0) ffs_remove(&fs, abs);   /* a cut-short copy must not hide the host's file */
    }
    sh_close(fd);
    return r;
}

/* What a name needs in ffs before ffs is asked to write, create or enter it (lift()). */
enum {
    LIFT_NEW,     /* create only (O_EXCL, mkdir): a host name is EEXIST */
    LIFT_EMPTY,   /* write from empty (O_TRUNC, the target of a rename): no copy */
    LIFT_COPY,    /* write keeping the content (append, "r+"): the host's file is copied in */
    LIFT_DIR,     /* chdir: a host directory is made in ffs */
};

/* Nothing to do when ffs has the name (ffs answers); otherwise makes the directories above
 * it, and the name itself as `how` says when the host has it. */
static ES_NOINLINE int lift(const char *path, int how) {
    FFSPORT_RESOLVE(p, path);
    ffs_info in;
    int r = ffs_stat(&fs, p, &in);
    if (r != -FFS_ENOENT) return r < 0 ? r : 0;
    PortStat st;
    r = host_stat(p, &st);
    if (r < 0) return r == -E_NOENT && how != LIFT_DIR ? make_parents(p) : r;
    if (how == LIFT_NEW) return -E_EXIST;
    if (st.is_dir != (how == LIFT_DIR)) return st.is_dir ? -E_ISDIR : -E_NOTDIR;
    r = make_parents(p);
    if (r < 0) return r;
    if (how == LIFT_DIR) return ffs_mkdir(&fs, p);
    return how == LIFT_COPY ? copy_in(p) : 0;
}

/* remove, rmdir and rename take only what ffs alone has. */
static ES_NOINLINE int not_on_host(const char *path) {
    FFSPORT_RESOLVE(p, path);
    PortStat st;
    return host_stat(p, &st) == 0 ? -E_ROFS : 0;
}

/* Reads and stat go on to the host for a name ffs does not have, or cannot have (a component
 * longer than ffs's 64 bytes). */
static bool not_in_ffs(intptr_t r) { return r == -FFS_ENOENT || r == -FFS_ENAMETOOLONG; }

intptr_t port_file_open(const char *path, int flags) {
    if ((flags & 3) == PORT_O_RDONLY) {
        intptr_t h = ffsport_open(path, flags);
        return not_in_ffs(h) ? host_open(path) : h;
    }
    int r = lift(path, flags & PORT_O_EXCL ? LIFT_NEW : flags & PORT_O_TRUNC ? LIFT_EMPTY : LIFT_COPY);
    return r < 0 ? r : ffsport_open(path, flags);
}

intptr_t port_file_read(intptr_t h, void *buf, size_t n) {
    return IS_HOST(h) ? errno_from_sh(sh_read(HOST_FD(h), buf, n)) : ffsport_read(h, buf, n);
}

/* host files are opened read-only: EBADF, as Linux answers */
intptr_t port_file_write(intptr_t h, const void *buf, size_t n) {
    return IS_HOST(h) ? -E_BADF : ffsport_write(h, buf, n);
}

intptr_t port_file_seek(intptr_t h, intptr_t offset, int whence) {
    if (!IS_HOST(h)) return ffsport_seek(h, offset, whence);
    return errno_from_sh(sh_lseek(HOST_FD(h), (int32_t)offset,
                                  whence == 0 ? SH_SEEK_SET : whence == 1 ? SH_SEEK_CUR : SH_SEEK_END));
}

int port_file_flush(intptr_t h) { return IS_HOST(h) ? 0 : ffsport_flush(h); }
int port_file_close(intptr_t h) { return IS_HOST(h) ? errno_from_sh(sh_close(HOST_FD(h))) : ffsport_close(h); }

int port_stat(const char *path, PortStat *st) {
    int r = ffsport_stat(path, st);
    return not_in_ffs(r) ? host_stat_path(path, st) : r;
}

/* The runner's listing, a line at a time. */
typedef struct {
    int32_t fd;
    int32_t pos, len;
    char buf[64];
} LineReader;

/* The next line without its newline, or -1 at the end; a line longer than cap - 1 bytes
 * reads as an empty one. */
static int next_line(LineReader *rd, char *line, size_t cap) {
    size_t n = 0;
    bool any = false, cut = false;
    for (;;) {
        if (rd->pos == rd->len) {
            rd->len = sh_read(rd->fd, rd->buf, sizeof rd->buf);
            rd->pos = 0;
            if (rd->len <= 0) {
                rd->len = 0;
                if (!any) return -1;
                break;
            }
        }
        char c = rd->buf[rd->pos++];
        any = true;
        if (c == '\n') break;
        if (n + 1 < cap) line[n++] = c;
        else cut = true;
    }
    line[cut ? 0 : n] = 0;
    return cut ? 0 : (int)n;
}

/* The host's entries of directory abs that ffs does not have, from the listing. */
static int list_host_entries(const char *abs, void (*fn)(void *, const char *, int, uint32_t), void *ctx) {
    LineReader rd = {errno_from_sh(sh_open(hostls, SH_O_RDONLY, 0)), 0, 0, {0}};
    if (rd.fd < 0) return rd.fd;
    const char *dir = abs + 1;
    size_t dn = strlen(dir);
    char line[FFSPORT_PATH_MAX + 16];
    while (next_line(&rd, line, sizeof line) >= 0) {
        char kind = line[0];
        if ((kind != 'd' && kind != 'f') || line[1] != ' ') continue;
        uint32_t size = 0;
        const char *q = line + 2;
        while (*q >= '0' && *q <= '9') size = size * 10 + (uint32_t)(*q++ - '0');
        if (*q++ != ' ') continue;
        if (dn && (strncmp(q, dir, dn) != 0 || q[dn] != '/')) continue;
        const char *name = dn ? q + dn + 1 : q;
        if (!*name || strchr(name, '/')) continue;
        /* the entry's guest path "/" + q, written over the space before q */
        char *g = line + (q - line) - 1;
        *g = '/';
        ffs_info in;
        if (ffs_stat(&fs, g, &in) == 0) continue;   /* ffs's own entry, listed already */
        fn(ctx, name, kind == 'd', kind == 'd' ? 0 : size);
    }
    sh_close(rd.fd);
    return 0;
}

static ES_NOINLINE int list_host(const char *path, bool ffs_listed,
                                 void (*fn)(void *, const char *, int, uint32_t), void *ctx) {
    FFSPORT_RESOLVE(p, path);
    PortStat st;
    int r = host_stat(p, &st);
    if (r == 0 && !st.is_dir) r = -E_NOTDIR;
    if (r < 0) return ffs_listed ? 0 : r;
    return hostls ? list_host_entries(p, fn, ctx) : 0;
}

int port_listdir(const char *path, void (*fn)(void *, const char *, int, uint32_t), void *ctx) {
    int r = ffsport_listdir(path, fn, ctx);
    if (r < 0 && !not_in_ffs(r)) return r;
    return list_host(path, r == 0, fn, ctx);
}

int port_mkdir(const char *path) {
    int r = lift(path, LIFT_NEW);
    return r < 0 ? r : ffsport_mkdir(path);
}

int port_rmdir(const char *path) {
    int r = not_on_host(path);
    return r < 0 ? r : ffsport_rmdir(path);
}

int port_remove(const char *path) {
    int r = not_on_host(path);
    return r < 0 ? r : ffsport_remove(path);
}

int port_rename(const char *from, const char *to) {
    int r = not_on_host(from);
    if (r == 0) r = lift(to, LIFT_EMPTY);
    return r < 0 ? r : ffsport_rename(from, to);
}

int port_getcwd(char *buf, size_t n) { return ffsport_getcwd(buf, n); }

int port_chdir(const char *path) {
    int r = ffsport_chdir(path);
    if (r == -FFS_ENOENT && (r = lift(path, LIFT_DIR)) == 0) r = ffsport_chdir(path);
    return r;
}

/* ffs's numbers for any path that exists */
int port_statvfs(const char *path, uint32_t out[10]) {
    PortStat st;
    int r = port_stat(path, &st);
    return r < 0 ? r : ffsport_statvfs("/", out);
}

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
    if (strncmp(opt, "hostls=", 7) == 0) {
        int32_t fd = sh_open(opt + 7, SH_O_RDONLY, 0);
        if (fd < 0) {
            print_fmt(&print_stderr, "espy: cannot open the host listing '%s' (-X hostls)\n", opt + 7);
            exit(2);
        }
        sh_close(fd);
        hostls = opt + 7;   /* argv lives until exit (start.c) */
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
                                  "[-X epoch=SECONDS] [-X hostls=FILE] [-c code | file.py | -] [args...]\n");
    if (r != CMDLINE_OK) return 2;
    /* the collector scans the whole C stack, up to its top (main's locals included) */
    gc_set_stack_base(_stack_end);
    gc_init(_heap_start, _heap_start + cl.heap_size);
    vm.stack_limit = _stack_start + STACK_MARGIN;
    vm_init();
    r = fs_start();
    if (r < 0) {
        print_fmt(&print_stderr, "espy: RAM filesystem not formatted: [Errno %d]\n", -r);
        return 2;
    }
    r = cmdline_run(&cl, argc, argv, read_line,
                    "espy " ES_VERSION " on " ES_PORT_NAME " (lx106 under QEMU); Python 3.11 compatible\n");
    out_flush();
    if (peak_stack)
        print_fmt(&print_stderr, "peak C stack: %u of %u bytes\n", (unsigned)qemu_stack_used(),
                  (unsigned)qemu_stack_size());
    return r;
}
