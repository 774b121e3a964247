/* `espy flash`: writes an image to an ESP8266 over its ROM serial loader (docs/flash.md). */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "commands.h"
#include "flash_image.h"
#include "flash_loader.h"
#include "flash_verify.h"

#define BLOCK_ATTEMPTS 3
#define MAX_RESTARTS 2

typedef struct {
    const char *image, *port;
    int baud;
    uint32_t offset;
    int no_reset, verify, chip_info, raw, trace;
} flash_opts;

static int fail(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "espy flash: ");
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    return 1;
}

static void usage(FILE *f) {
    fprintf(f, "usage: espy flash IMAGE -p PORT [-b BAUD] [--offset ADDR] [--no-reset] [--verify] [--raw]\n"
               "       espy flash --chip-info -p PORT [-b BAUD] [--no-reset]\n"
               "Writes IMAGE through the ESP8266 ROM serial loader (hold GPIO0 low at reset).\n"
               "  -p PORT        serial port, e.g. /dev/ttyUSB0\n"
               "  -b BAUD        baud rate (default 115200)\n"
               "  --offset ADDR  flash address, a multiple of 4096 (default 0)\n"
               "  --no-reset     do not pulse DTR/RTS to enter the loader or to restart\n"
               "  --verify       hash the written flash on the chip and compare (MD5)\n"
               "  --raw          write a file that is not a boot image (data, irom0 part)\n"
               "  --chip-info    print chip, MAC and flash chip, write nothing\n"
               "  --trace        print every protocol frame\n");
}

static int parse_u32(const char *s, uint32_t *out) {
    char *end;
    errno = 0;
    unsigned long v = strtoul(s, &end, 0);
    if (errno || end == s || *end || v > 0xFFFFFFFFul || s[0] == '-')
        return -1;
    *out = (uint32_t)v;
    return 0;
}

static int parse_args(int argc, char **argv, flash_opts *o) {
    memset(o, 0, sizeof *o);
    o->baud = 115200;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "-p") || !strcmp(a, "--port")) {
            if (!v)
                return fail("%s needs a serial port", a), -1;
            o->port = argv[++i];
        } else if (!strcmp(a, "-b") || !strcmp(a, "--baud")) {
            uint32_t b;
            if (!v || parse_u32(v, &b) || !serial_baud_supported((int)b))
                return fail("%s needs a standard baud rate (9600 ... 4000000)", a), -1;
            o->baud = (int)b;
            i++;
        } else if (!strcmp(a, "--offset")) {
            if (!v || parse_u32(v, &o->offset))
                return fail("--offset needs an address such as 0x6000"), -1;
            i++;
        } else if (!strcmp(a, "--no-reset")) {
            o->no_reset = 1;
        } else if (!strcmp(a, "--verify")) {
            o->verify = 1;
        } else if (!strcmp(a, "--chip-info")) {
            o->chip_info = 1;
        } else if (!strcmp(a, "--raw")) {
            o->raw = 1;
        } else if (!strcmp(a, "--trace")) {
            o->trace = 1;
        } else if (a[0] == '-' && a[1]) {
            return fail("unknown option %s (see espy flash --help)", a), -1;
        } else if (!o->image) {
            o->image = a;
        } else {
            return fail("more than one image given (%s, %s)", o->image, a), -1;
        }
    }
    if (!o->port)
        return fail("no serial port given (use -p PORT)"), -1;
    if (!o->chip_info && !o->image)
        return fail("no image given (see espy flash --help)"), -1;
    if (o->offset % LDR_SECTOR)
        return fail("--offset 0x%x is not a multiple of 4096 (the ROM erases whole sectors)", o->offset), -1;
    return 1;
}

static uint8_t *read_file(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, len = 0;
    uint8_t *buf = malloc(cap);
    for (;;) {
        if (len == cap) {
            if (cap >= (64u << 20)) {  /* far beyond any ESP8266 flash */
                errno = EFBIG;
                break;
            }
            cap *= 2;
            uint8_t *nb = realloc(buf, cap);
            if (!nb)
                break;
            buf = nb;
        }
        size_t r = fread(buf + len, 1, cap - len, f);
        len += r;
        if (r == 0) {
            if (ferror(f))
                break;
            fclose(f);
            *n = len;
            return buf;
        }
    }
    free(buf);
    fclose(f);
    return NULL;
}

/* ---- progress ---- */

typedef struct {
    long long start_ms;
    size_t total;
    int tty;
    int last_tenth;
} progress;

static void progress_show(progress *p, size_t done, int final) {
    long long ms = serial_now_ms() - p->start_ms;
    double rate = ms > 0 ? done * 1000.0 / ms : 0;
    int pct = p->total ? (int)(done * 100 / p->total) : 100;
    long left = rate > 0 ? (long)((p->total - done) / rate + 0.5) : 0;
    if (p->tty) {
        char bar[31];
        int fill = pct * 30 / 100;
        for (int i = 0; i < 30; i++)
            bar[i] = i < fill ? '#' : '.';
        bar[30] = 0;
        printf("\r[%s] %3d%%  %zu/%zu bytes  %.1f kB/s  %ld:%02ld left ", bar, pct, done, p->total,
               rate / 1024, left / 60, left % 60);
        if (final)
            printf("\n");
        fflush(stdout);
    } else if (final || pct / 10 > p->last_tenth) {
        p->last_tenth = pct / 10;
        printf("  %zu/%zu bytes (%d%%), %.1f kB/s, %ld:%02ld left\n", done, p->total, pct, rate / 1024,
               left / 60, left % 60);
        fflush(stdout);
    }
}

/* ---- chip ---- */

static int connect_chip(ldr *l, const flash_opts *o) {
    int rc = ldr_connect(l, !o->no_reset, 7);
    if (rc == LDR_IO)
        return fail("%s: serial port error: %s", o->port, strerror(errno));
    if (rc != LDR_OK)
        return fail("no answer to SYNC on %s: hold GPIO0 low while resetting or powering the board, then retry",
                    o->port);
    uint32_t magic;
    char why[96];
    rc = ldr_read_reg(l, LDR_CHIP_MAGIC_ADDR, &magic);
    if (rc != LDR_OK)
        return fail("reading the chip magic failed: %s", ldr_describe(l, rc, why, sizeof why));
    if (magic != LDR_CHIP_MAGIC_8266)
        return fail("the chip on %s is not an ESP8266 (chip magic 0x%08x)", o->port, magic);
    return 0;
}

static int read_mac(ldr *l, uint8_t mac[6]) {
    /* OTP words at 0x3FF00050.. (decoding as esptool does): the OUI comes from word 3, or
     * from a two-valued code in word 1 for the two original Espressif OUIs. */
    uint32_t w0, w1, w3;
    int rc;
    if ((rc = ldr_read_reg(l, 0x3FF00050, &w0)) || (rc = ldr_read_reg(l, 0x3FF00054, &w1)) ||
        (rc = ldr_read_reg(l, 0x3FF0005C, &w3)))
        return rc;
    if (w3) {
        mac[0] = (uint8_t)(w3 >> 16);
        mac[1] = (uint8_t)(w3 >> 8);
        mac[2] = (uint8_t)w3;
    } else if (((w1 >> 16) & 0xFF) == 0) {
        mac[0] = 0x18, mac[1] = 0xFE, mac[2] = 0x34;
    } else if (((w1 >> 16) & 0xFF) == 1) {
        mac[0] = 0xAC, mac[1] = 0xD0, mac[2] = 0x74;
    } else {
        return LDR_BADRESP;
    }
    mac[3] = (uint8_t)(w1 >> 8);
    mac[4] = (uint8_t)w1;
    mac[5] = (uint8_t)(w0 >> 24);
    return LDR_OK;
}

/* Flash size from the JEDEC ID's capacity byte (2^n bytes), 0 if it makes no sense. */
static uint32_t jedec_size(uint32_t id) {
    unsigned cap = (id >> 16) & 0xFF;
    return cap >= 0x10 && cap <= 0x1F ? 1u << cap : 0;
}

static int chip_info(ldr *l, const flash_opts *o) {
    uint8_t mac[6];
    uint32_t id;
    char why[96];
    int rc;
    if ((rc = read_mac(l, mac)) != LDR_OK)
        return fail("reading the MAC from OTP failed: %s", ldr_describe(l, rc, why, sizeof why));
    if ((rc = ldr_spi_flash_command(l, 0x9F, 24, &id)) != LDR_OK)
        return fail("reading the flash JEDEC ID failed: %s", ldr_describe(l, rc, why, sizeof why));
    printf("chip:  ESP8266 (magic 0x%08x) on %s\n", LDR_CHIP_MAGIC_8266, o->port);
    printf("MAC:   %02x:%02x:%02x:%02x:%02x:%02x\n", mac[0], mac[1], mac[2], mac[3], mac[4], mac[5]);
    uint32_t size = jedec_size(id);
    if (size)
        printf("flash: JEDEC ID %02x %02x %02x (manufacturer 0x%02x, device 0x%02x%02x), %u kB\n", id & 0xFF,
               (id >> 8) & 0xFF, (id >> 16) & 0xFF, id & 0xFF, (id >> 8) & 0xFF, (id >> 16) & 0xFF, size / 1024);
    else
        printf("flash: JEDEC ID 0x%06x (size unknown)\n", id);
    return 0;
}

/* ---- writing ---- */

/* End of what FLASH_BEGIN(addr, n) makes the ROM erase beyond the sectors [addr, addr+n)
 * needs, or 0 when it erases just those (see ldr_erase_size). */
static uint32_t quirk_end(uint32_t addr, size_t n) {
    uint32_t span;
    ldr_erase_size(addr, (uint32_t)n, &span);
    uint32_t need = (uint32_t)((n + LDR_SECTOR - 1) / LDR_SECTOR * LDR_SECTOR);
    return span > need ? addr + span : 0;
}

static void quirk_note(uint32_t addr, size_t n) {
    uint32_t end = quirk_end(addr, n);
    if (end)
        printf("note: the ROM loader also erases 0x%05x-0x%05x (its erase quirk; 4 kB after the image)\n",
               end - LDR_SECTOR, end);
}

static int write_image(ldr *l, const flash_opts *o, const uint8_t *img, size_t len) {
    uint32_t nblocks = (uint32_t)((len + LDR_FLASH_BLOCK - 1) / LDR_FLASH_BLOCK);
    uint32_t base = 0; /* first block of the current FLASH_BEGIN */
    int restarts = 0;
    char why[96];
    uint8_t block[LDR_FLASH_BLOCK];
    progress pg = {serial_now_ms(), len, isatty(1), 0};

    quirk_note(o->offset, len);
    printf("erasing and writing %zu bytes at 0x%05x ...\n", len, o->offset);
    fflush(stdout);
    int rc = ldr_flash_begin(l, (uint32_t)len, o->offset);
    if (rc != LDR_OK)
        return fail("FLASH_BEGIN at 0x%05x failed: %s", o->offset, ldr_describe(l, rc, why, sizeof why));
    pg.start_ms = serial_now_ms();
    for (uint32_t b = 0; b < nblocks; b++) {
        size_t at = (size_t)b * LDR_FLASH_BLOCK;
        size_t n = len - at < LDR_FLASH_BLOCK ? len - at : LDR_FLASH_BLOCK;
        memcpy(block, img + at, n);
        memset(block + n, 0xFF, LDR_FLASH_BLOCK - n);  /* erased flash reads 0xFF */
        for (int a = 0; a < BLOCK_ATTEMPTS; a++) {
            rc = ldr_flash_data(l, b - base, block);
            if (rc == LDR_OK || rc == LDR_IO)
                break;
        }
        if (rc == LDR_OK) {
            progress_show(&pg, at + n, b + 1 == nblocks);
            continue;
        }
        uint32_t addr = o->offset + b * LDR_FLASH_BLOCK;
        if (pg.tty)
            printf("\n");
        if (rc == LDR_IO)
            return fail("block %u (flash 0x%05x): %s", b, addr, ldr_describe(l, rc, why, sizeof why));
        ldr_describe(l, rc, why, sizeof why);
        /* The chip may have been reset (then it waits for a new SYNC and has forgotten
         * FLASH_BEGIN) or lost a stretch of bytes: sync again and restart at the start of the
         * block's sector, which FLASH_BEGIN erases anew. */
        if (restarts == MAX_RESTARTS || ldr_connect(l, 0, 2) != LDR_OK)
            return fail("block %u (flash 0x%05x) failed after %d attempts: %s", b, addr, BLOCK_ATTEMPTS, why);
        restarts++;
        base = b & ~3u;
        /* Prefer a restart point from which the ROM's erase quirk removes nothing past the
         * image: one sector earlier sometimes is (rewriting 4 kB more is cheap). */
        if (quirk_end(o->offset + base * LDR_FLASH_BLOCK, len - (size_t)base * LDR_FLASH_BLOCK) &&
            base >= 4 &&
            !quirk_end(o->offset + (base - 4) * LDR_FLASH_BLOCK, len - (size_t)(base - 4) * LDR_FLASH_BLOCK))
            base -= 4;
        uint32_t at_addr = o->offset + base * LDR_FLASH_BLOCK;
        printf("block %u (flash 0x%05x) failed (%s); loader answers again, rewriting from 0x%05x\n", b, addr, why,
               at_addr);
        quirk_note(at_addr, len - (size_t)base * LDR_FLASH_BLOCK);
        rc = ldr_flash_begin(l, (uint32_t)(len - (size_t)base * LDR_FLASH_BLOCK), at_addr);
        if (rc != LDR_OK)
            return fail("block %u (flash 0x%05x): FLASH_BEGIN to resume failed: %s", b, addr,
                        ldr_describe(l, rc, why, sizeof why));
        b = base - 1;  /* the loop's b++ makes it base */
    }
    long long ms = serial_now_ms() - pg.start_ms;
    printf("wrote %zu bytes at 0x%05x in %.1f s (%.1f kB/s)\n", len, o->offset, ms / 1000.0,
           ms ? len * 1000.0 / 1024 / ms : 0.0);
    return 0;
}

int cmd_flash(int argc, char **argv) {
    flash_opts o;
    int r = parse_args(argc, argv, &o);
    if (r <= 0)
        return r < 0 ? 1 : 0;

    uint8_t *img = NULL;
    size_t len = 0;
    if (!o.chip_info) {
        img = read_file(o.image, &len);
        if (!img)
            return fail("%s: %s", o.image, strerror(errno));
        char why[160];
        if (len == 0) {
            free(img);
            return fail("%s: empty file", o.image);
        }
        if (!o.raw && flash_image_check(img, len, why, sizeof why) != 0) {
            free(img);
            return fail("%s: %s (use --raw to write plain data)", o.image, why);
        }
        /* The ROM writes whole words: pad with erased-flash bytes. */
        while (len % 4) {
            uint8_t *nb = realloc(img, len + 1);
            if (!nb)
                return fail("out of memory");
            img = nb;
            img[len++] = 0xFF;
        }
    }

    serial_port port;
    char err[256];
    if (serial_open(&port, o.port, o.baud, err, sizeof err) != 0) {
        free(img);
        return fail("%s", err);
    }
    static ldr l;
    ldr_init(&l, &port);
    l.trace = o.trace;
    int status = connect_chip(&l, &o);
    if (status == 0 && o.chip_info)
        status = chip_info(&l, &o);
    if (status == 0 && !o.chip_info) {
        uint32_t id = 0;
        char why[96];
        int rc = ldr_spi_flash_command(&l, 0x9F, 24, &id);
        uint32_t size = rc == LDR_OK ? jedec_size(id) : 0;
        if (!size)
            printf("warning: flash size unknown (JEDEC ID %s); not checking that the image fits\n",
                   rc == LDR_OK ? "unrecognised" : ldr_describe(&l, rc, why, sizeof why));
        else if ((uint64_t)o.offset + len > size)
            status = fail("%s: %zu bytes at 0x%05x do not fit in the %u kB flash", o.image, len, o.offset,
                          size / 1024);
        if (status == 0)
            status = write_image(&l, &o, img, len);
        if (status == 0 && o.verify) {
            status = flash_verify(&l, o.offset, img, len, err, sizeof err) == 0 ? 0 : fail("verify: %s", err);
            if (status == 0) {
                printf("verified: flash 0x%05x-0x%05x matches the image (MD5 %s)\n", o.offset,
                       o.offset + (uint32_t)len, err);
                /* The verify program has taken over the chip: only a reset starts the
                 * new firmware. */
                if (o.no_reset || ldr_hard_reset(&l) != 0)
                    printf("reset the board (GPIO0 high) to start the new firmware\n");
            }
        } else if (status == 0) {
            int rc2 = ldr_flash_end(&l, 1);
            if (rc2 != LDR_OK)
                status = fail("FLASH_END failed: %s", ldr_describe(&l, rc2, why, sizeof why));
            else
                printf("started the new firmware\n");
        }
        double secs = (double)(l.wire_out + l.wire_in) * 10 / o.baud;
        if (status == 0)
            printf("line: %lld bytes sent, %lld received (%.1f s at %d baud)\n", l.wire_out, l.wire_in, secs,
                   o.baud);
    }
    serial_close(&port);
    free(img);
    return status;
}
