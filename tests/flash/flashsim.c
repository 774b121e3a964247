/* flashsim: an ESP8266 mask-ROM serial loader on a pseudo-terminal, for testing flashers.
 *
 * It is written apart from espy's own client (no shared source) so that the two do not
 * share one reading of the protocol; esptool-js checks it independently (run-node.sh).
 *
 * Modelled: SLIP framing, SYNC autobaud (nothing is answered before a SYNC; every SYNC is
 * answered 8 times), 2 status bytes, ROM error codes, the area-erase bug of FLASH_BEGIN,
 * NOR flash (programming only clears bits; the ROM reads each block back and reports 0x08),
 * READ_REG/WRITE_REG with the chip magic, the MAC in OTP, UART CLKDIV and the SPI0 user
 * command registers (JEDEC ID), MEM_BEGIN/DATA/END with RAM programs run for real under
 * qemu-system-xtensa (--qemu, --shim), an optional flasher-stub personality (--stub-entry),
 * byte pacing at the baud rate the client set, and faults injected per flash block.
 *
 * Faults (--fault KIND@BLOCK[:MS][xN|*], N attempts or every attempt; BLOCK counts the
 * FLASH_DATA blocks from the first FLASH_BEGIN): drop-rx / corrupt-rx lose or flip a byte of
 * the request, drop-tx / corrupt-tx of the response, stall:MS makes the chip deaf for MS ms,
 * hang for ever, reset resets it half way through the block, wfail reports a flash write
 * error, flip changes a bit of the block after the ROM's read-back (found only by verify).
 * --dead: a port on which nothing ever answers.
 *
 * Usage: flashsim --flash FILE [options]; prints "PTY <path>" on stdout, then serves until
 * SIGTERM/SIGINT or --idle-exit seconds without input.  See docs/flash.md. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define SECTOR 4096u
#define MAX_FRAME (0x4000 + 64)
#define MAX_FAULTS 16
#define MAX_SEGS 8

enum fault_kind { F_DROP_RX, F_DROP_TX, F_CORRUPT_RX, F_CORRUPT_TX, F_STALL, F_HANG, F_RESET, F_WFAIL, F_FLIP };
static const char *fault_names[] = {"drop-rx", "drop-tx", "corrupt-rx", "corrupt-tx", "stall", "hang", "reset", "wfail", "flip"};

typedef struct {
    int kind;
    long block;      /* image block number (FLASH_DATA block counted from the first FLASH_BEGIN) */
    int times;       /* attempts it hits; -1 = every attempt */
    int arg;         /* stall: milliseconds */
} fault;

enum mode { M_ROM, M_STUB, M_RUNNING, M_HUNG };

static struct {
    int master, slave;
    uint8_t *flash;
    size_t flash_size;
    uint32_t jedec;
    uint8_t mac[6];
    int pace;
    int flash_timing;
    double idle_exit;
    FILE *log;
    const char *flash_path, *qemu, *shim;
    uint32_t stub_entry;
    fault faults[MAX_FAULTS];
    int nfaults;

    int mode;
    int synced;
    uint32_t junk;  /* the ROM leaves the last register value in the `value` word */
    /* FLASH_BEGIN state */
    int fb_active;
    uint32_t fb_offset, fb_blocks, fb_bsize, fb_total;
    int have_base;
    uint32_t image_base, image_bsize;
    /* MEM state */
    struct { uint32_t addr, size; uint8_t *data; } segs[MAX_SEGS];
    int nsegs, mem_active;
    uint32_t mem_addr, mem_size, mem_bsize;
    /* SPI0 and other registers written by WRITE_REG */
    uint32_t regaddr[64], regval[64];
    int nregs;

    double rx_clock, tx_clock;
    long long bytes_rx, bytes_tx;
} S;

static volatile sig_atomic_t stop_flag;

static void on_signal(int sig) {
    (void)sig;
    stop_flag = 1;
}

static void die(const char *fmt, const char *arg) {
    fprintf(stderr, "flashsim: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n");
    exit(2);
}

static void logf_(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void logf_(const char *fmt, ...) {
    if (!S.log)
        return;
    va_list ap;
    va_start(ap, fmt);
    vfprintf(S.log, fmt, ap);
    va_end(ap);
    fputc('\n', S.log);
    fflush(S.log);
}

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void sleep_until(double t) {
    double d = t - now_s();
    if (d <= 0)
        return;
    struct timespec ts = {(time_t)d, (long)((d - (time_t)d) * 1e9)};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR && !stop_flag) {
    }
}

/* ---- the line: baud from the client's termios, one byte = 10 bit times ---- */

static int current_baud(void) {
    struct termios t;
    if (tcgetattr(S.master, &t) != 0)
        return 115200;
    static const struct { speed_t c; int b; } map[] = {
        {B9600, 9600}, {B19200, 19200}, {B38400, 38400}, {B57600, 57600}, {B115200, 115200},
        {B230400, 230400}, {B460800, 460800}, {B921600, 921600}, {B1000000, 1000000},
        {B1500000, 1500000}, {B2000000, 2000000}, {B3000000, 3000000}, {B4000000, 4000000}};
    speed_t c = cfgetospeed(&t);
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (map[i].c == c)
            return map[i].b;
    return 115200;
}

static double byte_time(void) {
    return S.pace ? 10.0 / current_baud() : 0.0;
}

static void tx_raw(const uint8_t *b, size_t n) {
    double bt = byte_time();
    size_t i = 0;
    while (i < n) {
        /* Send in small groups so that a byte never reaches the client before the line
         * could have carried it. */
        size_t k = n - i < 8 ? n - i : 8;
        double start = S.tx_clock > now_s() ? S.tx_clock : now_s();
        S.tx_clock = start + bt * k;
        sleep_until(S.tx_clock);
        size_t off = 0;
        while (off < k) {
            ssize_t w = write(S.master, b + i + off, k - off);
            if (w > 0)
                off += (size_t)w;
            else if (errno != EINTR && errno != EAGAIN)
                return;
        }
        i += k;
        S.bytes_tx += (long long)k;
    }
}

/* One response frame: {1, op, size, value, data, status...}, SLIP-encoded.
 * fault hooks may drop or corrupt one byte of it. */
static int tx_drop, tx_corrupt;

static void send_frame(const uint8_t *payload, size_t n) {
    static uint8_t enc[2 * MAX_FRAME + 2];
    size_t o = 0;
    enc[o++] = 0xC0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = payload[i];
        if (tx_corrupt && i == 2)
            c ^= 0x10;  /* breaks the size field */
        if (c == 0xC0) {
            enc[o++] = 0xDB;
            enc[o++] = 0xDC;
        } else if (c == 0xDB) {
            enc[o++] = 0xDB;
            enc[o++] = 0xDD;
        } else {
            enc[o++] = c;
        }
    }
    enc[o++] = 0xC0;
    if (tx_drop && o > 6) {
        memmove(enc + 4, enc + 5, o - 5);  /* lose a byte inside the frame */
        o--;
    }
    tx_corrupt = tx_drop = 0;
    tx_raw(enc, o);
}

static void respond(uint8_t op, uint32_t value, const uint8_t *data, size_t n, uint8_t status, uint8_t err) {
    uint8_t p[8 + 64 + 2];
    size_t size = n + 2;
    p[0] = 0x01;
    p[1] = op;
    p[2] = (uint8_t)size;
    p[3] = (uint8_t)(size >> 8);
    for (int i = 0; i < 4; i++)
        p[4 + i] = (uint8_t)(value >> (8 * i));
    if (n)
        memcpy(p + 8, data, n);
    p[8 + n] = status;
    p[9 + n] = err;
    send_frame(p, 8 + size);
}

static uint32_t rd32(const uint8_t *p) {
    return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* ---- registers ---- */

static uint32_t *reg_slot(uint32_t addr, int create) {
    for (int i = 0; i < S.nregs; i++)
        if (S.regaddr[i] == addr)
            return &S.regval[i];
    if (!create || S.nregs == 64)
        return NULL;
    S.regaddr[S.nregs] = addr;
    S.regval[S.nregs] = 0;
    return &S.regval[S.nregs++];
}

static uint32_t reg_read(uint32_t addr) {
    const uint8_t *m = S.mac;
    int espressif_a = m[0] == 0x18 && m[1] == 0xFE && m[2] == 0x34;
    int espressif_b = m[0] == 0xAC && m[1] == 0xD0 && m[2] == 0x74;
    switch (addr) {
    case 0x40001000: return 0xFFF0C101;  /* chip magic of the ESP8266 */
    /* OTP: MAC byte 5 in word 0 bits 31:24, bytes 3-4 in word 1, OUI in word 3 (or a
     * 0/1 code in word 1 bits 23:16 for the two classic Espressif OUIs). */
    case 0x3FF00050: return (uint32_t)m[5] << 24;
    case 0x3FF00054: return (uint32_t)(espressif_b ? 1 : 0) << 16 | (uint32_t)m[3] << 8 | m[4];
    case 0x3FF00058: return 0;
    case 0x3FF0005C: return espressif_a || espressif_b ? 0 : (uint32_t)m[0] << 16 | (uint32_t)m[1] << 8 | m[2];
    case 0x60000014: return (uint32_t)((52000000.0 / current_baud()) + 0.5);  /* 26 MHz crystal, autobaud */
    default: {
        uint32_t *r = reg_slot(addr, 0);
        return r ? *r : 0;
    }
    }
}

static void reg_write(uint32_t addr, uint32_t value, uint32_t mask) {
    uint32_t *r = reg_slot(addr, 1);
    if (!r)
        return;
    *r = (*r & ~mask) | (value & mask);
    if (addr == 0x60000200 && (*r & 1u << 18)) {
        /* SPI0 user command: the command byte is in USER2's low byte. */
        uint32_t *u2 = reg_slot(0x60000224, 0);
        uint8_t cmd = u2 ? (uint8_t)*u2 : 0;
        uint32_t *w0 = reg_slot(0x60000240, 1);
        if (cmd == 0x9F && w0)
            *w0 = S.jedec;
        else if (cmd == 0x05 && w0)
            *w0 = 0;  /* status register: idle, not write-protected */
        logf_("SPI command 0x%02x", cmd);
        *r &= ~(1u << 18);
    }
}

/* ---- flash ---- */

static double flash_busy_until;

static void erase_sectors(uint32_t first, uint32_t count) {
    for (uint32_t s = first; s < first + count; s++) {
        if ((size_t)(s + 1) * SECTOR > S.flash_size)
            break;
        memset(S.flash + (size_t)s * SECTOR, 0xFF, SECTOR);
    }
    if (S.flash_timing)
        flash_busy_until = now_s() + count * 0.045;  /* typical 4 kB sector erase */
}

/* The ROM's area erase as reverse-engineered (esptool issue #33, and measurements posted
 * on esp8266.ru): within one 64 kB block it erases twice the sectors requested; crossing
 * a block boundary it erases the sectors requested plus those up to that boundary. */
static void rom_area_erase(uint32_t offset, uint32_t size, uint32_t *first, uint32_t *count) {
    uint32_t start = offset / SECTOR;
    uint32_t want = (size + SECTOR - 1) / SECTOR;
    uint32_t to_boundary = 16 - start % 16;
    uint32_t n = want <= to_boundary ? want * 2 : want + to_boundary;
    *first = start;
    *count = n;
}

/* ---- RAM programs under QEMU ---- */

static int verify_magic_present(void) {
    /* espy's verify program starts its parameter block with "EVFY". */
    for (int i = 0; i < S.nsegs; i++)
        if (S.segs[i].size >= 4 && memcmp(S.segs[i].data, "EVFY", 4) == 0)
            return 1;
    return 0;
}

static void run_ram_program(uint32_t entry) {
    if (!S.qemu || !S.shim) {
        logf_("RUN 0x%08x: no --qemu/--shim, program not executed", entry);
        return;
    }
    char dir[] = "/tmp/flashsimXXXXXX";
    if (!mkdtemp(dir))
        return;
    char *argv[64];
    char bufs[MAX_SEGS + 2][400];
    int a = 0;
    argv[a++] = (char *)S.qemu;
    argv[a++] = "-M"; argv[a++] = "sim"; argv[a++] = "-cpu"; argv[a++] = "lx106";
    argv[a++] = "-nographic"; argv[a++] = "-monitor"; argv[a++] = "none";
    argv[a++] = "-kernel"; argv[a++] = (char *)S.shim;
    for (int i = 0; i < S.nsegs; i++) {
        char path[300];
        snprintf(path, sizeof path, "%s/seg%d.bin", dir, i);
        FILE *f = fopen(path, "wb");
        if (!f)
            return;
        fwrite(S.segs[i].data, 1, S.segs[i].size, f);
        fclose(f);
        snprintf(bufs[i], sizeof bufs[i], "loader,file=%s,addr=0x%08x,force-raw=on", path, S.segs[i].addr);
        argv[a++] = "-device";
        argv[a++] = bufs[i];
    }
    /* The shim reads the entry point from its first word of data (see shim.c). */
    snprintf(bufs[MAX_SEGS], sizeof bufs[MAX_SEGS], "loader,addr=0x3fffc000,data=0x%08x,data-len=4", entry);
    argv[a++] = "-device";
    argv[a++] = bufs[MAX_SEGS];
    snprintf(bufs[MAX_SEGS + 1], sizeof bufs[MAX_SEGS + 1], "enable=on,arg=shim,arg=%s", S.flash_path);
    argv[a++] = "-semihosting-config";
    argv[a++] = bufs[MAX_SEGS + 1];
    argv[a] = NULL;

    msync(S.flash, S.flash_size, MS_SYNC);
    int pfd[2];
    if (pipe(pfd) != 0)
        return;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(pfd[1], 1);
        int devnull = open("/dev/null", O_RDWR);
        dup2(devnull, 0);
        close(pfd[0]);
        close(pfd[1]);
        execvp(argv[0], argv);
        _exit(127);
    }
    close(pfd[1]);
    logf_("RUN 0x%08x under qemu (pid %d)", entry, (int)pid);
    /* Relay the program's UART output; stop once it has sent a whole SLIP frame (the
     * verify program then idles, as it would on the chip), or after 20 s. */
    double deadline = now_s() + 20;
    int in_frame = 0, frames = 0;
    while (!stop_flag && frames == 0) {
        double left = deadline - now_s();
        if (left <= 0)
            break;
        struct pollfd p = {.fd = pfd[0], .events = POLLIN};
        if (poll(&p, 1, (int)(left * 1000) + 1) <= 0)
            break;
        uint8_t buf[256];
        ssize_t n = read(pfd[0], buf, sizeof buf);
        if (n <= 0)
            break;
        for (ssize_t i = 0; i < n; i++) {
            if (buf[i] == 0xC0) {
                if (in_frame)
                    frames++;
                in_frame = !in_frame;
            }
        }
        tx_raw(buf, (size_t)n);
    }
    kill(pid, SIGKILL);
    int st;
    waitpid(pid, &st, 0);
    close(pfd[0]);
    for (int i = 0; i < S.nsegs; i++) {
        char path[300];
        snprintf(path, sizeof path, "%s/seg%d.bin", dir, i);
        unlink(path);
    }
    rmdir(dir);
    logf_("RUN done, %d frame(s) relayed", frames);
}

/* ---- faults ---- */

static fault *fault_for(long block, int kind) {
    for (int i = 0; i < S.nfaults; i++) {
        fault *f = &S.faults[i];
        if (f->kind == kind && f->block == block && f->times != 0)
            return f;
    }
    return NULL;
}

static int take_fault(long block, int kind) {
    fault *f = fault_for(block, kind);
    if (!f)
        return 0;
    if (f->times > 0)
        f->times--;
    logf_("FAULT %s at block %ld", fault_names[kind], block);
    return 1;
}

static void chip_reset(void) {
    /* What a reset looks like from the host: the boot ROM's banner at 74880 baud, which at
     * the host's rate is noise, then the loader waiting for a new SYNC. */
    static const uint8_t noise[] = {0x00, 0x7e, 0x8f, 0xe6, 0x1c, 0x9e, 0x0c, 0x8c, 0x62, 0x70, 0xf0, 0x12, 0xfc, 0x0d, 0x0a};
    tx_raw(noise, sizeof noise);
    S.synced = 0;
    S.fb_active = 0;
    S.mem_active = 0;
    S.mode = M_ROM;
    logf_("RESET");
}

/* ---- commands ---- */

static void handle_flash_data(uint8_t op, const uint8_t *d, size_t size, uint32_t chk, int stub) {
    if (size < 16) {
        respond(op, S.junk, NULL, 0, 1, 0x05);
        return;
    }
    uint32_t len = rd32(d), seq = rd32(d + 4);
    uint32_t addr = S.fb_offset + seq * S.fb_bsize;
    long block = S.have_base && S.image_bsize ? (long)((int64_t)addr - S.image_base) / (long)S.image_bsize : -1;

    if (block >= 0 && take_fault(block, F_HANG)) {
        S.mode = M_HUNG;
        return;
    }
    if (block >= 0 && take_fault(block, F_STALL)) {
        fault *f = NULL;
        for (int i = 0; i < S.nfaults; i++)
            if (S.faults[i].kind == F_STALL && S.faults[i].block == block)
                f = &S.faults[i];
        /* The chip goes deaf for a while: this frame and whatever arrives meanwhile is lost. */
        double until = now_s() + (f ? f->arg : 1000) / 1000.0;
        sleep_until(until);
        tcflush(S.master, TCIFLUSH);
        return;
    }
    if (block >= 0 && take_fault(block, F_RESET)) {
        /* Reset half way through programming the block. */
        if (S.fb_active && len == size - 16 && addr + len / 2 <= S.flash_size)
            for (uint32_t i = 0; i < len / 2; i++)
                S.flash[addr + i] &= d[16 + i];
        chip_reset();
        return;
    }
    if (block >= 0 && take_fault(block, F_DROP_TX))
        tx_drop = 1;
    if (block >= 0 && take_fault(block, F_CORRUPT_TX))
        tx_corrupt = 1;

    if (!S.fb_active) {
        respond(op, S.junk, NULL, 0, 1, 0x05);
        return;
    }
    if (len != size - 16 || len > S.fb_bsize) {
        respond(op, S.junk, NULL, 0, 1, 0x05);
        return;
    }
    uint8_t c = 0xEF;
    for (uint32_t i = 0; i < len; i++)
        c ^= d[16 + i];
    if (c != (uint8_t)chk) {
        respond(op, S.junk, NULL, 0, 1, 0x07);
        return;
    }
    if (seq >= S.fb_blocks || (size_t)addr + len > S.flash_size) {
        respond(op, S.junk, NULL, 0, 1, 0x01);
        return;
    }
    if (S.flash_timing) {
        sleep_until(flash_busy_until);
        flash_busy_until = now_s() + (len / 256.0) * 0.0007;  /* typical page program */
        sleep_until(flash_busy_until);
    }
    /* The flasher stub writes no more than the size given to FLASH_BEGIN (the 0xFF padding
     * of the last block is dropped); the ROM writes whole blocks. */
    if (stub && (uint64_t)addr + len > (uint64_t)S.fb_offset + S.fb_total)
        len = S.fb_offset + S.fb_total > addr ? S.fb_offset + S.fb_total - addr : 0;
    /* NOR flash: programming only clears bits.  The ROM reads the block back. */
    int bad = 0;
    for (uint32_t i = 0; i < len; i++) {
        S.flash[addr + i] &= d[16 + i];
        bad |= S.flash[addr + i] != d[16 + i];
    }
    if (block >= 0 && take_fault(block, F_WFAIL))
        bad = 1;
    if (block >= 0 && take_fault(block, F_FLIP))
        S.flash[addr + len / 3] ^= 0x01;  /* the cell loses a bit after the ROM's read-back */
    logf_("%s seq=%u addr=0x%06x len=%u%s", stub ? "STUB_FLASH_DATA" : "FLASH_DATA", seq, addr, len, bad ? " VERIFY-FAIL" : "");
    respond(op, S.junk, NULL, 0, bad ? 1 : 0, bad ? 0x08 : 0);
}

static void handle_frame(uint8_t *f, size_t n) {
    if (n < 8 || f[0] != 0x00)
        return;  /* not a request: the ROM ignores it */
    uint8_t op = f[1];
    size_t size = f[2] | (size_t)f[3] << 8;
    uint32_t chk = rd32(f + 4);
    uint8_t *d = f + 8;
    int stub = S.mode == M_STUB;

    if (S.mode == M_RUNNING || S.mode == M_HUNG)
        return;
    if (op == 0x08) {
        static const uint8_t pat[4] = {0x07, 0x07, 0x12, 0x20};
        if (size != 36 || n != 44 || memcmp(d, pat, 4) != 0)
            return;
        for (int i = 4; i < 36; i++)
            if (d[i] != 0x55)
                return;
        if (!S.synced)
            logf_("SYNC");
        S.synced = 1;
        if (stub) {
            respond(op, 0, NULL, 0, 0, 0);
            return;
        }
        /* The ROM answers every SYNC eight times. */
        for (int i = 0; i < 8; i++)
            respond(op, 0x20120707, NULL, 0, 0, 0);
        return;
    }
    if (!S.synced)
        return;  /* before autobaud the ROM cannot read anything */
    if (size + 8 != n) {
        respond(op, S.junk, NULL, 0, 1, 0x05);
        return;
    }

    /* FLASH_DATA faults that act on the received bytes. */
    if (op == 0x03 && size >= 16 && S.have_base && S.image_bsize) {
        uint32_t addr = S.fb_offset + rd32(d + 4) * S.fb_bsize;
        long block = (long)((int64_t)addr - S.image_base) / (long)S.image_bsize;
        if (take_fault(block, F_DROP_RX)) {
            memmove(d + 100, d + 101, size - 101);  /* one byte lost inside the data */
            n--;
            size--;
            respond(op, S.junk, NULL, 0, 1, 0x05);  /* the length field no longer matches */
            return;
        }
        if (take_fault(block, F_CORRUPT_RX))
            d[16 + 200] ^= 0x04;
    }

    switch (op) {
    case 0x0A: /* READ_REG */
        if (size != 4) {
            respond(op, S.junk, NULL, 0, 1, 0x05);
            return;
        }
        S.junk = reg_read(rd32(d));
        respond(op, S.junk, NULL, 0, 0, 0);
        return;
    case 0x09: /* WRITE_REG: one or more {addr, value, mask, delay_us} */
        if (size == 0 || size % 16 != 0 || (!stub && size != 16)) {
            respond(op, S.junk, NULL, 0, 1, 0x05);
            return;
        }
        for (size_t i = 0; i < size; i += 16)
            reg_write(rd32(d + i), rd32(d + i + 4), rd32(d + i + 8));
        respond(op, S.junk, NULL, 0, 0, 0);
        return;
    case 0x02: { /* FLASH_BEGIN: the 8266 ROM takes exactly four words */
        if (size != 16) {
            logf_("FLASH_BEGIN rejected: %zu bytes of parameters", size);
            respond(op, S.junk, NULL, 0, 1, 0x05);
            return;
        }
        uint32_t esize = rd32(d), blocks = rd32(d + 4), bsize = rd32(d + 8), off = rd32(d + 12);
        if (off % SECTOR != 0 || bsize == 0 || bsize > (stub ? 0x4000u : 0x1800u) ||
            (size_t)off + (size_t)blocks * bsize > S.flash_size) {
            logf_("FLASH_BEGIN rejected: offset 0x%x blocks %u bsize %u", off, blocks, bsize);
            respond(op, S.junk, NULL, 0, 1, 0x01);
            return;
        }
        uint32_t first = off / SECTOR, count = 0;
        if (esize) {
            if (stub)
                count = (esize + SECTOR - 1) / SECTOR;  /* the stub erases exactly */
            else
                rom_area_erase(off, esize, &first, &count);
            erase_sectors(first, count);
        }
        logf_("%s erase_size=0x%x blocks=%u block_size=0x%x offset=0x%x erased=0x%x-0x%x",
              stub ? "STUB_FLASH_BEGIN" : "FLASH_BEGIN", esize, blocks, bsize, off, first * SECTOR, (first + count) * SECTOR);
        S.fb_active = 1;
        S.fb_offset = off;
        S.fb_blocks = blocks;
        S.fb_bsize = bsize;
        S.fb_total = esize;
        if (!S.have_base && blocks) {
            S.have_base = 1;
            S.image_base = off;
            S.image_bsize = bsize;
        }
        if (S.flash_timing)
            sleep_until(flash_busy_until);
        respond(op, S.junk, NULL, 0, 0, 0);
        return;
    }
    case 0x03:
        handle_flash_data(op, d, size, chk, stub);
        return;
    case 0x04: { /* FLASH_END: 0 = reboot, 1 = run the firmware */
        if (size != 4) {
            respond(op, S.junk, NULL, 0, 1, 0x05);
            return;
        }
        uint32_t flag = rd32(d);
        respond(op, S.junk, NULL, 0, 0, 0);
        S.fb_active = 0;
        logf_("FLASH_END %s", flag ? "run" : "reboot");
        msync(S.flash, S.flash_size, MS_SYNC);
        if (flag) {
            S.mode = M_RUNNING;
            static const char msg[] = "\r\n(flashsim: running the firmware)\r\n";
            tx_raw((const uint8_t *)msg, sizeof msg - 1);
        } else {
            chip_reset();
        }
        return;
    }
    case 0x05: { /* MEM_BEGIN */
        if (size != 16 || S.nsegs == MAX_SEGS) {
            respond(op, S.junk, NULL, 0, 1, 0x05);
            return;
        }
        uint32_t total = rd32(d), bsize = rd32(d + 8), addr = rd32(d + 12);
        if (total > 0x10000 || bsize == 0 || bsize > 0x1800) {
            respond(op, S.junk, NULL, 0, 1, 0x01);
            return;
        }
        S.segs[S.nsegs].addr = addr;
        S.segs[S.nsegs].size = total;
        S.segs[S.nsegs].data = calloc(1, total ? total : 1);
        S.nsegs++;
        S.mem_active = 1;
        S.mem_addr = addr;
        S.mem_size = total;
        S.mem_bsize = bsize;
        logf_("MEM_BEGIN size=%u block_size=%u addr=0x%08x", total, bsize, addr);
        respond(op, S.junk, NULL, 0, 0, 0);
        return;
    }
    case 0x07: { /* MEM_DATA */
        if (!S.mem_active || size < 16) {
            respond(op, S.junk, NULL, 0, 1, 0x05);
            return;
        }
        uint32_t len = rd32(d), seq = rd32(d + 4);
        if (len != size - 16) {
            respond(op, S.junk, NULL, 0, 1, 0x05);
            return;
        }
        uint8_t c = 0xEF;
        for (uint32_t i = 0; i < len; i++)
            c ^= d[16 + i];
        if (c != (uint8_t)chk) {
            respond(op, S.junk, NULL, 0, 1, 0x07);
            return;
        }
        uint64_t at = (uint64_t)seq * S.mem_bsize;
        if (at + len > S.mem_size) {
            respond(op, S.junk, NULL, 0, 1, 0x01);
            return;
        }
        memcpy(S.segs[S.nsegs - 1].data + at, d + 16, len);
        respond(op, S.junk, NULL, 0, 0, 0);
        return;
    }
    case 0x06: { /* MEM_END: flag 0 = jump to entry */
        if (size != 8) {
            respond(op, S.junk, NULL, 0, 1, 0x05);
            return;
        }
        uint32_t flag = rd32(d), entry = rd32(d + 4);
        respond(op, S.junk, NULL, 0, 0, 0);
        S.mem_active = 0;
        logf_("MEM_END flag=%u entry=0x%08x", flag, entry);
        if (flag == 0) {
            if (S.stub_entry && entry == S.stub_entry) {
                static const uint8_t ohai[] = {0xC0, 'O', 'H', 'A', 'I', 0xC0};
                S.mode = M_STUB;
                S.fb_active = 0;
                tx_raw(ohai, sizeof ohai);
                logf_("STUB running");
            } else {
                S.mode = M_RUNNING;
                if (verify_magic_present() || (S.qemu && S.shim))
                    run_ram_program(entry);
            }
            for (int i = 0; i < S.nsegs; i++)
                free(S.segs[i].data);
            S.nsegs = 0;
        }
        return;
    }
    case 0x0D: /* SPI_ATTACH (stub) */
    case 0x0B: /* SPI_SET_PARAMS (stub) */
    case 0x0F: /* CHANGE_BAUDRATE (stub): the client retunes its own port */
        if (stub) {
            respond(op, S.junk, NULL, 0, 0, 0);
            return;
        }
        break;
    }
    logf_("unsupported command 0x%02x", op);
    respond(op, S.junk, NULL, 0, 1, 0x05);
}

/* ---- main loop ---- */

static void parse_fault(const char *s) {
    if (S.nfaults == MAX_FAULTS)
        die("too many faults", "");
    fault *f = &S.faults[S.nfaults];
    const char *at = strchr(s, '@');
    if (!at)
        die("bad fault '%s' (want KIND@BLOCK[:MS][xN|*])", s);
    f->kind = -1;
    for (int k = 0; k < (int)(sizeof fault_names / sizeof fault_names[0]); k++)
        if ((size_t)(at - s) == strlen(fault_names[k]) && strncmp(s, fault_names[k], (size_t)(at - s)) == 0)
            f->kind = k;
    if (f->kind < 0)
        die("unknown fault kind in '%s'", s);
    char *end;
    f->block = strtol(at + 1, &end, 0);
    f->times = 1;
    f->arg = 1000;
    if (*end == ':')
        f->arg = (int)strtol(end + 1, &end, 0);
    if (*end == 'x')
        f->times = (int)strtol(end + 1, &end, 0);
    else if (*end == '*') {
        f->times = -1;
        end++;
    }
    if (*end)
        die("bad fault '%s'", s);
    S.nfaults++;
}

static void parse_mac(const char *s) {
    unsigned v[6];
    if (sscanf(s, "%x:%x:%x:%x:%x:%x", &v[0], &v[1], &v[2], &v[3], &v[4], &v[5]) != 6)
        die("bad --mac '%s'", s);
    for (int i = 0; i < 6; i++)
        S.mac[i] = (uint8_t)v[i];
}

int main(int argc, char **argv) {
    size_t size = 512 * 1024;
    const char *logpath = NULL;
    S.pace = 1;
    S.idle_exit = 120;
    parse_mac("5c:cf:7f:12:34:56");
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--flash") && v) S.flash_path = argv[++i];
        else if (!strcmp(a, "--size") && v) size = strtoul(argv[++i], NULL, 0);
        else if (!strcmp(a, "--mac") && v) parse_mac(argv[++i]);
        else if (!strcmp(a, "--no-pace")) S.pace = 0;
        else if (!strcmp(a, "--flash-timing")) S.flash_timing = 1;
        else if (!strcmp(a, "--fault") && v) parse_fault(argv[++i]);
        else if (!strcmp(a, "--log") && v) logpath = argv[++i];
        else if (!strcmp(a, "--idle-exit") && v) S.idle_exit = atof(argv[++i]);
        else if (!strcmp(a, "--qemu") && v) S.qemu = argv[++i];
        else if (!strcmp(a, "--shim") && v) S.shim = argv[++i];
        else if (!strcmp(a, "--dead")) S.mode = M_HUNG;
        else if (!strcmp(a, "--stub-entry") && v) S.stub_entry = (uint32_t)strtoul(argv[++i], NULL, 0);
        else die("unknown or incomplete option '%s'", a);
    }
    if (!S.flash_path)
        die("--flash FILE is required%s", "");
    if (size < SECTOR || size > 16u << 20 || (size & (size - 1)))
        die("--size must be a power of two between 4 kB and 16 MB%s", "");
    /* JEDEC ID of a Winbond-style part: manufacturer 0xEF, type 0x40, capacity log2(size). */
    int lg = 0;
    while ((1u << lg) < size)
        lg++;
    S.jedec = 0xEF | 0x40 << 8 | (uint32_t)lg << 16;

    int fd = open(S.flash_path, O_RDWR | O_CREAT, 0644);
    if (fd < 0)
        die("cannot open %s", S.flash_path);
    struct stat st;
    fstat(fd, &st);
    if ((size_t)st.st_size < size) {
        /* A fresh chip reads all ones. */
        uint8_t ff[4096];
        memset(ff, 0xFF, sizeof ff);
        for (size_t o = (size_t)st.st_size; o < size; o += sizeof ff)
            if (pwrite(fd, ff, size - o < sizeof ff ? size - o : sizeof ff, (off_t)o) < 0)
                die("cannot write %s", S.flash_path);
    }
    S.flash = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (S.flash == MAP_FAILED)
        die("cannot map %s", S.flash_path);
    S.flash_size = size;
    if (logpath && !(S.log = fopen(logpath, "w")))
        die("cannot open %s", logpath);

    S.master = posix_openpt(O_RDWR | O_NOCTTY);
    if (S.master < 0 || grantpt(S.master) || unlockpt(S.master))
        die("no pseudo-terminal%s", "");
    const char *slave = ptsname(S.master);
    /* Keep the slave open so that the master never sees a hang-up between clients; start
     * it raw so that nothing is translated before the client sets its own mode. */
    S.slave = open(slave, O_RDWR | O_NOCTTY);
    struct termios t;
    tcgetattr(S.slave, &t);
    cfmakeraw(&t);
    cfsetispeed(&t, B115200);
    cfsetospeed(&t, B115200);
    tcsetattr(S.slave, TCSANOW, &t);

    struct sigaction sa = {.sa_handler = on_signal};
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    printf("PTY %s\n", slave);
    fflush(stdout);

    static uint8_t frame[MAX_FRAME];
    size_t flen = 0;
    int state = 0; /* 0 outside, 1 inside, 2 escape */
    double last_input = now_s();
    while (!stop_flag) {
        struct pollfd p = {.fd = S.master, .events = POLLIN};
        int r = poll(&p, 1, 200);
        if (r < 0 && errno != EINTR)
            break;
        if (r <= 0) {
            if (S.idle_exit > 0 && now_s() - last_input > S.idle_exit) {
                logf_("idle, exiting");
                break;
            }
            continue;
        }
        uint8_t buf[4096];
        ssize_t got = read(S.master, buf, sizeof buf);
        if (got <= 0) {
            usleep(10000);
            continue;
        }
        double t_read = now_s();
        last_input = t_read;
        double bt = byte_time();
        for (ssize_t i = 0; i < got; i++) {
            uint8_t c = buf[i];
            S.rx_clock = (S.rx_clock > t_read ? S.rx_clock : t_read) + bt;
            S.bytes_rx++;
            if (state == 0) {
                if (c == 0xC0) {
                    state = 1;
                    flen = 0;
                }
                continue;
            }
            if (state == 2) {
                state = 1;
                if (c == 0xDC)
                    c = 0xC0;
                else if (c == 0xDD)
                    c = 0xDB;
                else {
                    state = c == 0xC0 ? 1 : 0;  /* bad escape: drop the frame */
                    flen = 0;
                    continue;
                }
            } else if (c == 0xDB) {
                state = 2;
                continue;
            } else if (c == 0xC0) {
                if (flen == 0)
                    continue;
                state = 0;
                /* The frame is complete when its last byte has crossed the line. */
                sleep_until(S.rx_clock);
                handle_frame(frame, flen);
                flen = 0;
                continue;
            }
            if (flen < sizeof frame)
                frame[flen++] = c;
            else
                state = 0;
        }
    }
    logf_("bytes received %lld, sent %lld", S.bytes_rx, S.bytes_tx);
    msync(S.flash, S.flash_size, MS_SYNC);
    return 0;
}
