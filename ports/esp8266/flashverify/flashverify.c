/* Flash-verify RAM program: MD5 of a flash region, computed on the ESP8266 while its ROM
 * serial loader is running, so `espy flash --verify` needs no flasher stub.  Only ROM
 * routines are used (addresses: docs esp8266.md sections 3.1-3.3); see flashverify.h. */
#include "flashverify.h"

typedef struct {
    uint32_t state[4];
    uint32_t bits[2];
    uint8_t in[64];
} rom_md5_ctx;

#define ROM_FN(addr, ret, args) ((ret(*) args)(addr))
#define uart_tx_one_char ROM_FN(0x40003B30, int, (uint8_t))
#define SPIRead ROM_FN(0x40004B1C, int, (uint32_t, void *, uint32_t))
#define SPIParamCfg ROM_FN(0x40004C2C, int, (uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t))
#define MD5Init ROM_FN(0x40009818, void, (rom_md5_ctx *))
#define MD5Update ROM_FN(0x40009834, void, (rom_md5_ctx *, const void *, uint32_t))
#define MD5Final ROM_FN(0x40009900, void, (uint8_t *, rom_md5_ctx *))

/* Filled in by the host before upload; first in the data segment (see flashverify.ld). */
__attribute__((section(".params"), used)) volatile fv_params fv_param = {{'E', 'V', 'F', 'Y'}, 0, 0, 0};

static rom_md5_ctx ctx;
static uint32_t chunk[256];
static uint8_t reply[FV_REPLY_LEN];

static void put32(uint8_t *p, uint32_t v) {
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

static void slip_send(const uint8_t *b, uint32_t n) {
    uart_tx_one_char(0xC0);
    for (uint32_t i = 0; i < n; i++) {
        if (b[i] == 0xC0) {
            uart_tx_one_char(0xDB);
            uart_tx_one_char(0xDC);
        } else if (b[i] == 0xDB) {
            uart_tx_one_char(0xDB);
            uart_tx_one_char(0xDD);
        } else {
            uart_tx_one_char(b[i]);
        }
    }
    uart_tx_one_char(0xC0);
}

void fv_main(void) {
    uint32_t offset = fv_param.offset, length = fv_param.length, status = 0;
    /* The ROM bounds-checks SPIRead against the flash size it believes in; make it large, as
     * esptool's stub does (id 0, 16 MB, 64 kB blocks, 4 kB sectors, 256 B pages). */
    SPIParamCfg(0, 16u << 20, 0x10000, 0x1000, 0x100, 0xFFFF);
    MD5Init(&ctx);
    for (uint32_t done = 0; done < length;) {
        uint32_t n = length - done < sizeof chunk ? length - done : sizeof chunk;
        int r = SPIRead(offset + done, chunk, n);
        if (r != 0) {
            status = (uint32_t)r;
            break;
        }
        MD5Update(&ctx, chunk, n);
        done += n;
    }
    uint8_t *d = reply;
    d[0] = 'E', d[1] = 'V', d[2] = 'F', d[3] = 'Y';
    put32(d + 4, offset);
    put32(d + 8, length);
    put32(d + 12, status);
    MD5Final(d + 16, &ctx);
    slip_send(reply, FV_REPLY_LEN);
    for (;;) {
        /* Idle until reset; the ROM loader is gone. */
    }
}
