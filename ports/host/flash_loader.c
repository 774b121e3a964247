/* Client side of the ESP8266 ROM serial loader protocol (see flash_loader.h). */
#include "flash_loader.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define SYNC_TIMEOUT_MS 100
#define CMD_TIMEOUT_MS 3000
/* Slack for one FLASH_DATA beyond its time on the wire: the ROM programs four 256-byte
 * pages and reads them back before it answers (a few ms); USB adapters add latency. */
#define BLOCK_SLACK_MS 500
#define SPI0_BASE 0x60000200u

static void put32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

static uint32_t get32(const uint8_t *p) {
    return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void sleep_ms(int ms) {
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

void ldr_init(ldr *l, serial_port *p) {
    memset(l, 0, sizeof *l);
    l->port = p;
    slip_init(&l->dec, l->frame, sizeof l->frame);
}

int ldr_wire_ms(const ldr *l, size_t nbytes) {
    int baud = l->port->baud > 0 ? l->port->baud : 115200;
    return (int)((long long)nbytes * 10 * 1000 / baud) + 1;
}

static void trace_frame(const char *dir, const uint8_t *b, size_t n) {
    fprintf(stderr, "%s", dir);
    for (size_t i = 0; i < n && i < 32; i++)
        fprintf(stderr, " %02x", b[i]);
    fprintf(stderr, n > 32 ? " ... (%zu bytes)\n" : "\n", n);
}

/* Next whole SLIP frame from the port, or LDR_TIMEOUT / LDR_IO. */
static int read_frame(ldr *l, uint8_t **frame, long long deadline) {
    for (;;) {
        while (l->pend_pos < l->pend_len) {
            uint8_t c = l->pend[l->pend_pos++];
            if (slip_feed(&l->dec, c) == SLIP_FRAME) {
                *frame = l->dec.buf;
                if (l->trace)
                    trace_frame("<-", l->dec.buf, l->dec.len);
                return (int)l->dec.len;
            }
        }
        long long left = deadline - serial_now_ms();
        if (left <= 0)
            return LDR_TIMEOUT;
        long got = serial_read(l->port, l->pend, sizeof l->pend, (int)left);
        if (got < 0)
            return LDR_IO;
        l->wire_in += got;
        l->pend_pos = 0;
        l->pend_len = (size_t)got;
    }
}

int ldr_read_frame(ldr *l, uint8_t **frame, int timeout_ms) {
    return read_frame(l, frame, serial_now_ms() + timeout_ms);
}

static void discard_input(ldr *l) {
    l->pend_pos = l->pend_len = 0;
    slip_reset(&l->dec);
    serial_flush_input(l->port);
}

int ldr_command(ldr *l, uint8_t op, const void *data, size_t n, uint32_t checksum, int timeout_ms) {
    discard_input(l);
    /* Build the frame by hand: header, then escaped data, then END. */
    uint8_t head[8] = {0x00, op, (uint8_t)n, (uint8_t)(n >> 8)};
    put32(head + 4, checksum);
    size_t o = slip_encode(l->tx, head, sizeof head) - 1;
    const uint8_t *d = data;
    for (size_t i = 0; i < n; i++) {
        if (d[i] == SLIP_END) {
            l->tx[o++] = SLIP_ESC;
            l->tx[o++] = SLIP_ESC_END;
        } else if (d[i] == SLIP_ESC) {
            l->tx[o++] = SLIP_ESC;
            l->tx[o++] = SLIP_ESC_ESC;
        } else {
            l->tx[o++] = d[i];
        }
    }
    l->tx[o++] = SLIP_END;
    if (l->trace)
        trace_frame("->", head, sizeof head);
    if (serial_write(l->port, l->tx, o) < 0)
        return LDR_IO;
    l->wire_out += (long long)o;

    long long deadline = serial_now_ms() + timeout_ms + ldr_wire_ms(l, o);
    int bad = 0;
    for (;;) {
        uint8_t *f;
        int len = read_frame(l, &f, deadline);
        if (len < 0)
            return bad && len == LDR_TIMEOUT ? LDR_BADRESP : len;
        if (len < 8 || f[0] != 0x01) {
            bad = 1;
            continue;
        }
        if (f[1] != op)
            continue;  /* a late SYNC reply or the answer to an earlier attempt */
        size_t size = f[2] | (size_t)f[3] << 8;
        if (size + 8 != (size_t)len || size < 2) {
            bad = 1;
            continue;
        }
        l->value = get32(f + 4);
        l->status[0] = f[8 + size - 2];
        l->status[1] = f[8 + size - 1];
        l->data_len = size - 2 < sizeof l->data ? size - 2 : sizeof l->data;
        memcpy(l->data, f + 8, l->data_len);
        if (l->status[0] != 0)
            return LDR_STATUS;
        return LDR_OK;
    }
}

static const char *rom_error_name(uint8_t code) {
    switch (code) {
    case 0x01: return "bad parameter";
    case 0x02: return "out of memory";
    case 0x03: return "send failed";
    case 0x04: return "receive failed";
    case 0x05: return "invalid message";
    case 0x06: return "wrong result";
    case 0x07: return "checksum error";
    case 0x08: return "flash write error";
    case 0x09: return "flash read error";
    case 0x0A: return "read length error";
    default: return "unknown error";
    }
}

const char *ldr_describe(const ldr *l, int rc, char *buf, size_t n) {
    switch (rc) {
    case LDR_OK: snprintf(buf, n, "ok"); break;
    case LDR_TIMEOUT: snprintf(buf, n, "no response (timeout)"); break;
    case LDR_IO: snprintf(buf, n, "serial port error: %s", strerror(errno)); break;
    case LDR_BADRESP: snprintf(buf, n, "corrupted response"); break;
    case LDR_STATUS:
        snprintf(buf, n, "ROM loader error 0x%02x (%s)", l->status[1], rom_error_name(l->status[1]));
        break;
    default: snprintf(buf, n, "error %d", rc); break;
    }
    return buf;
}

int ldr_reset_into_loader(ldr *l, int long_delay) {
    /* DTR drives GPIO0 and RTS drives RST, both active low through the usual transistor
     * pair: RST low with GPIO0 high, then GPIO0 low as RST rises, then release GPIO0. */
    if (serial_set_lines(l->port, 0, 1) != 0)
        return -1;
    sleep_ms(100);
    serial_set_lines(l->port, 1, 0);
    sleep_ms(long_delay ? 550 : 50);
    serial_set_lines(l->port, 0, 0);
    return 0;
}

int ldr_hard_reset(ldr *l) {
    if (serial_set_lines(l->port, 0, 1) != 0)
        return -1;
    sleep_ms(100);
    serial_set_lines(l->port, 0, 0);
    return 0;
}

int ldr_sync(ldr *l) {
    uint8_t body[36] = {0x07, 0x07, 0x12, 0x20};
    memset(body + 4, 0x55, 32);
    int rc = ldr_command(l, LDR_OP_SYNC, body, sizeof body, 0, SYNC_TIMEOUT_MS);
    if (rc != LDR_OK)
        return rc;
    /* The ROM answers one SYNC several times; swallow the rest so that they cannot be
     * taken for the answer to the next command. */
    for (int i = 0; i < 7; i++) {
        uint8_t *f;
        if (read_frame(l, &f, serial_now_ms() + SYNC_TIMEOUT_MS) < 0)
            break;
    }
    discard_input(l);
    return LDR_OK;
}

int ldr_connect(ldr *l, int use_reset, int attempts) {
    for (int a = 0; a < attempts; a++) {
        if (use_reset && ldr_reset_into_loader(l, a & 1) != 0 && !l->reset_lines_warned) {
            l->reset_lines_warned = 1;
            if (l->trace)
                fprintf(stderr, "note: the port has no DTR/RTS lines; not resetting the board\n");
        }
        discard_input(l);
        for (int i = 0; i < 5; i++) {
            int rc = ldr_sync(l);
            if (rc == LDR_OK)
                return LDR_OK;
            if (rc == LDR_IO)
                return rc;
        }
    }
    return LDR_TIMEOUT;
}

int ldr_read_reg(ldr *l, uint32_t addr, uint32_t *value) {
    uint8_t b[4];
    put32(b, addr);
    int rc = ldr_command(l, LDR_OP_READ_REG, b, 4, 0, CMD_TIMEOUT_MS);
    if (rc == LDR_OK)
        *value = l->value;
    return rc;
}

int ldr_write_reg(ldr *l, uint32_t addr, uint32_t value, uint32_t mask, uint32_t delay_us) {
    uint8_t b[16];
    put32(b, addr);
    put32(b + 4, value);
    put32(b + 8, mask);
    put32(b + 12, delay_us);
    return ldr_command(l, LDR_OP_WRITE_REG, b, 16, 0, CMD_TIMEOUT_MS);
}

uint32_t ldr_rom_erase_span(uint32_t offset, uint32_t erase_size) {
    /* Reverse-engineered behaviour of the ROM's area erase (esptool issue #33): when the
     * range stays inside one 64 kB block it erases twice the sectors asked for, otherwise
     * the sectors asked for plus the sectors up to the first block boundary. */
    uint32_t count = (erase_size + LDR_SECTOR - 1) / LDR_SECTOR;
    uint32_t head = 16 - (offset / LDR_SECTOR) % 16;
    return (count <= head ? 2 * count : count + head) * LDR_SECTOR;
}

uint32_t ldr_erase_size(uint32_t offset, uint32_t size, uint32_t *erased_bytes) {
    uint32_t need = (size + LDR_SECTOR - 1) / LDR_SECTOR;
    uint32_t head = 16 - (offset / LDR_SECTOR) % 16;
    if (need < head)
        head = need;
    uint32_t ask = need < 2 * head ? (need + 1) / 2 : need - head;
    if (erased_bytes)
        *erased_bytes = need ? ldr_rom_erase_span(offset, ask * LDR_SECTOR) : 0;
    return ask * LDR_SECTOR;
}

int ldr_flash_begin(ldr *l, uint32_t size, uint32_t offset) {
    uint8_t b[16];
    uint32_t blocks = (size + LDR_FLASH_BLOCK - 1) / LDR_FLASH_BLOCK;
    put32(b, ldr_erase_size(offset, size, NULL));
    put32(b + 4, blocks);
    put32(b + 8, LDR_FLASH_BLOCK);
    put32(b + 12, offset);
    /* The ROM erases before it answers: allow 40 s per MB as esptool does. */
    long long t = (long long)size * 40000 / 1000000;
    return ldr_command(l, LDR_OP_FLASH_BEGIN, b, 16, 0, t > CMD_TIMEOUT_MS ? (int)t : CMD_TIMEOUT_MS);
}

static uint32_t checksum(const uint8_t *d, size_t n) {
    uint8_t c = 0xEF;
    for (size_t i = 0; i < n; i++)
        c ^= d[i];
    return c;
}

static int data_command(ldr *l, uint8_t op, uint32_t seq, const uint8_t *d, size_t n, int timeout) {
    static uint8_t b[16 + LDR_RAM_BLOCK];
    put32(b, (uint32_t)n);
    put32(b + 4, seq);
    put32(b + 8, 0);
    put32(b + 12, 0);
    memcpy(b + 16, d, n);
    return ldr_command(l, op, b, 16 + n, checksum(d, n), timeout);
}

int ldr_flash_data(ldr *l, uint32_t seq, const uint8_t block[LDR_FLASH_BLOCK]) {
    return data_command(l, LDR_OP_FLASH_DATA, seq, block, LDR_FLASH_BLOCK,
                        ldr_wire_ms(l, 2 * LDR_FLASH_BLOCK + 64) + BLOCK_SLACK_MS);
}

int ldr_flash_end(ldr *l, int run) {
    uint8_t b[4];
    put32(b, run ? 1 : 0);
    int rc = ldr_command(l, LDR_OP_FLASH_END, b, 4, 0, 500);
    /* Told to run the firmware, the ROM may jump before its answer is out. */
    return run && rc == LDR_TIMEOUT ? LDR_OK : rc;
}

int ldr_mem_begin(ldr *l, uint32_t size, uint32_t blocks, uint32_t block_size, uint32_t addr) {
    uint8_t b[16];
    put32(b, size);
    put32(b + 4, blocks);
    put32(b + 8, block_size);
    put32(b + 12, addr);
    return ldr_command(l, LDR_OP_MEM_BEGIN, b, 16, 0, CMD_TIMEOUT_MS);
}

int ldr_mem_data(ldr *l, uint32_t seq, const uint8_t *data, size_t n) {
    if (n > LDR_RAM_BLOCK)
        return LDR_BADRESP;
    return data_command(l, LDR_OP_MEM_DATA, seq, data, n, ldr_wire_ms(l, 2 * n + 64) + CMD_TIMEOUT_MS);
}

int ldr_mem_end(ldr *l, uint32_t entry) {
    uint8_t b[8];
    put32(b, entry ? 0 : 1);
    put32(b + 4, entry);
    int rc = ldr_command(l, LDR_OP_MEM_END, b, 8, 0, 200);
    return entry && rc == LDR_TIMEOUT ? LDR_OK : rc;
}

int ldr_spi_flash_command(ldr *l, uint8_t cmd, int read_bits, uint32_t *result) {
    /* SPI0 user-command registers of the 8266: CMD +0x00 (bit 18 starts a user command and
     * reads back 0 when it is done), USER +0x1C (bit 31 command phase, bit 28 MISO phase),
     * USER1 +0x20 (MISO bit length - 1 at bit 8), USER2 +0x24 (command bit length - 1 at
     * bit 28, command byte in the low bits), W0 +0x40 (data). */
    uint32_t old_user, old_user2, v;
    int rc;
    if ((rc = ldr_read_reg(l, SPI0_BASE + 0x1C, &old_user)) != LDR_OK ||
        (rc = ldr_read_reg(l, SPI0_BASE + 0x24, &old_user2)) != LDR_OK)
        return rc;
    uint32_t user = 1u << 31 | (read_bits > 0 ? 1u << 28 : 0);
    uint32_t user1 = read_bits > 0 ? (uint32_t)(read_bits - 1) << 8 : 0;
    if ((rc = ldr_write_reg(l, SPI0_BASE + 0x20, user1, 0xFFFFFFFF, 0)) != LDR_OK ||
        (rc = ldr_write_reg(l, SPI0_BASE + 0x1C, user, 0xFFFFFFFF, 0)) != LDR_OK ||
        (rc = ldr_write_reg(l, SPI0_BASE + 0x24, 7u << 28 | cmd, 0xFFFFFFFF, 0)) != LDR_OK ||
        (rc = ldr_write_reg(l, SPI0_BASE + 0x40, 0, 0xFFFFFFFF, 0)) != LDR_OK ||
        (rc = ldr_write_reg(l, SPI0_BASE + 0x00, 1u << 18, 0xFFFFFFFF, 0)) != LDR_OK)
        return rc;
    int done = 0;
    for (int i = 0; i < 10 && !done; i++) {
        if ((rc = ldr_read_reg(l, SPI0_BASE + 0x00, &v)) != LDR_OK)
            return rc;
        done = (v & 1u << 18) == 0;
    }
    if (!done)
        return LDR_BADRESP;
    if ((rc = ldr_read_reg(l, SPI0_BASE + 0x40, &v)) != LDR_OK)
        return rc;
    if ((rc = ldr_write_reg(l, SPI0_BASE + 0x1C, old_user, 0xFFFFFFFF, 0)) != LDR_OK ||
        (rc = ldr_write_reg(l, SPI0_BASE + 0x24, old_user2, 0xFFFFFFFF, 0)) != LDR_OK)
        return rc;
    *result = read_bits >= 32 ? v : v & ((1u << read_bits) - 1);
    return LDR_OK;
}
