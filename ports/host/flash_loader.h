/* Client side of the ESP8266 mask ROM serial loader protocol (UART download mode).
 * Commands are SLIP frames: request {0x00, op, u16 size, u32 checksum, data}, response
 * {0x01, op, u16 size, u32 value, data..., status, error} -- the 8266 ROM ends every
 * response with exactly two status bytes.  See docs/flash.md for the whole protocol. */
#ifndef ESPY_FLASH_LOADER_H
#define ESPY_FLASH_LOADER_H

#include <stddef.h>
#include <stdint.h>
#include "serial.h"
#include "slip.h"

#define LDR_FLASH_BLOCK 0x400u   /* FLASH_DATA payload the ROM expects */
#define LDR_RAM_BLOCK 0x1800u    /* MEM_DATA payload esptool uses with the ROM */
#define LDR_SECTOR 0x1000u
#define LDR_CHIP_MAGIC_ADDR 0x40001000u
#define LDR_CHIP_MAGIC_8266 0xFFF0C101u

enum {
    LDR_OP_FLASH_BEGIN = 0x02, LDR_OP_FLASH_DATA = 0x03, LDR_OP_FLASH_END = 0x04,
    LDR_OP_MEM_BEGIN = 0x05, LDR_OP_MEM_END = 0x06, LDR_OP_MEM_DATA = 0x07,
    LDR_OP_SYNC = 0x08, LDR_OP_WRITE_REG = 0x09, LDR_OP_READ_REG = 0x0A,
};

/* Results of the ldr_ functions. */
enum {
    LDR_OK = 0,
    LDR_TIMEOUT = -1,   /* no (complete) response in time */
    LDR_IO = -2,        /* the port failed */
    LDR_STATUS = -3,    /* the ROM answered with a failure status; see l->status */
    LDR_BADRESP = -4,   /* a response that makes no sense (corrupted frame) */
};

typedef struct {
    serial_port *port;
    slip_decoder dec;
    uint8_t frame[LDR_RAM_BLOCK + 64];
    uint8_t pend[512];            /* bytes read from the port but not yet decoded */
    size_t pend_pos, pend_len;
    uint8_t tx[SLIP_MAX_ENCODED(LDR_RAM_BLOCK + 32)];
    uint32_t value;               /* `value` word of the last response */
    uint8_t status[2];            /* status bytes of the last response */
    uint8_t data[64];             /* data of the last response before the status bytes */
    size_t data_len;
    long long wire_out, wire_in;  /* bytes sent / received on the line, for statistics */
    int trace;                    /* print every frame to stderr */
    int reset_lines_warned;
} ldr;

void ldr_init(ldr *l, serial_port *p);

/* Sends one command and waits for the matching response (other frames, such as the
 * ROM's extra SYNC replies, are skipped). */
int ldr_command(ldr *l, uint8_t op, const void *data, size_t n, uint32_t checksum, int timeout_ms);

/* Milliseconds the line needs for nbytes at the current baud rate (10 bits a byte). */
int ldr_wire_ms(const ldr *l, size_t nbytes);

/* Describes the last failure of an ldr_ call that returned rc. */
const char *ldr_describe(const ldr *l, int rc, char *buf, size_t n);

/* DTR/RTS sequence for the usual auto-reset wiring (DTR -> GPIO0, RTS -> RST through the
 * two-transistor circuit).  Returns -1 when the port has no modem lines. */
int ldr_reset_into_loader(ldr *l, int long_delay);
int ldr_hard_reset(ldr *l);

/* Resets (if allowed) and syncs; attempts as esptool does (5 SYNCs per reset). */
int ldr_connect(ldr *l, int use_reset, int attempts);
int ldr_sync(ldr *l);

int ldr_read_reg(ldr *l, uint32_t addr, uint32_t *value);
int ldr_write_reg(ldr *l, uint32_t addr, uint32_t value, uint32_t mask, uint32_t delay_us);

/* The erase_size to put into FLASH_BEGIN so that the ROM, whose area erase removes too
 * much, erases the sectors that [offset, offset+size) needs.  *erased_bytes gets what the
 * ROM will actually erase (one sector more than needed in some cases; see docs/flash.md). */
uint32_t ldr_erase_size(uint32_t offset, uint32_t size, uint32_t *erased_bytes);

/* What the ROM's area erase removes when FLASH_BEGIN asks for erase_size at offset. */
uint32_t ldr_rom_erase_span(uint32_t offset, uint32_t erase_size);

int ldr_flash_begin(ldr *l, uint32_t size, uint32_t offset);
int ldr_flash_data(ldr *l, uint32_t seq, const uint8_t block[LDR_FLASH_BLOCK]);
/* run = 1: leave the loader and start the firmware from flash. */
int ldr_flash_end(ldr *l, int run);

int ldr_mem_begin(ldr *l, uint32_t size, uint32_t blocks, uint32_t block_size, uint32_t addr);
int ldr_mem_data(ldr *l, uint32_t seq, const uint8_t *data, size_t n);
/* entry != 0: jump there; the response may not arrive if the program takes the UART. */
int ldr_mem_end(ldr *l, uint32_t entry);

/* Runs a command on the SPI flash through the SPI0 user-command registers (ROM mode has no
 * flash-ID command) and returns up to 32 bits the flash sent back. */
int ldr_spi_flash_command(ldr *l, uint8_t cmd, int read_bits, uint32_t *result);

/* Waits for an unsolicited frame (for example from a RAM program); returns its length. */
int ldr_read_frame(ldr *l, uint8_t **frame, int timeout_ms);

#endif
