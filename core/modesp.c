/* The esp module (MicroPython's, for the ESP8266): the SPI flash, the firmware check and the
 * timed pin protocols of the neopixel and dht drivers (core/bitbang.h).  Hardware access goes
 * through core/port_machine.h.  Writes and erases below flash_user_start() are refused: they
 * would overwrite the firmware or the frozen bundle.  A native module on the ESP-01 firmware. */
#include "config.h"
#if ES_MACHINE
#include "runtime.h"
#include "exc.h"
#include "names.h"
#include "objint.h"
#include "objbytes.h"
#include "objfun.h"
#include "objdict.h"
#include "objmodule.h"
#include "print.h"
#include "port_machine.h"
#include "bitbang.h"
#include "modmachine.h"

#define SECTOR 4096u

static void check(int err) {
    if (err) exc_raise_oserror(err);
}

static uint32_t offset_arg(Value v, size_t len) {
    Int off = obj_get_int(v);
    if (off < 0 || (UInt)off > port_flash_size() || len > port_flash_size() - (UInt)off)
        exc_raise_msg(&exc_ValueError, "flash range out of bounds (flash size %u)", (unsigned)port_flash_size());
    return (uint32_t)off;
}

static void check_user(uint32_t addr, const char *what) {
    if (addr < port_flash_user_start())
        exc_raise_msg(&exc_ValueError, "%s below flash_user_start() (0x%x): the firmware is there", what,
                      (unsigned)port_flash_user_start());
}

static Value e_flash_id(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; return int_from_uint(port_flash_id()); }
static Value e_flash_size(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; return int_from_uint(port_flash_size()); }

static Value e_flash_user_start(Value *a, int n, Value kw) {
    (void)a; (void)n; (void)kw;
    return int_from_uint(port_flash_user_start());
}

/* flash_read(byte_offset, length_or_buffer): new bytes, or fills a writable buffer. */
static Value e_flash_read(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    if (V_IS_INT(a[1])) {
        Int len = V_INT(a[1]);
        if (len < 0) exc_raise_msg(&exc_ValueError, "negative length");
        uint32_t off = offset_arg(a[0], (size_t)len);
        Value b = bytes_alloc((size_t)len);
        check(port_flash_read(off, ((Bytes *)V_PTR(b))->data, (size_t)len));
        return b;
    }
    size_t len;
    uint8_t *d = bytes_writable_data(a[1], &len);
    if (!d) exc_raise_msg(&exc_TypeError, "flash_read() needs a length or a writable buffer, not %T", a[1]);
    check(port_flash_read(offset_arg(a[0], len), d, len));
    return V_NONE;
}

static Value e_flash_write(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    size_t len;
    const uint8_t *d = bytes_arg(a[1], &len);
    if (len & 3) exc_raise_msg(&exc_ValueError, "len must be a multiple of 4");
    uint32_t off = offset_arg(a[0], len);
    check_user(off, "flash_write");
    check(port_flash_write(off, (const uint8_t *)d, len));
    return V_NONE;
}

static Value e_flash_erase(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Int sec = obj_get_int(a[0]);
    if (sec < 0 || (UInt)sec >= port_flash_size() / SECTOR)
        exc_raise_msg(&exc_ValueError, "sector out of range (0-%u)", (unsigned)(port_flash_size() / SECTOR - 1));
    check_user((uint32_t)sec * SECTOR, "flash_erase");
    check(port_flash_erase((uint32_t)sec));
    return V_NONE;
}

/* ---------------- timed pin protocols (core/bitbang.h) ---------------- */

/* WS2812: 800 kHz T0H/T0L, T1H/T1L (datasheet 400/850, 800/450 ns); the old 400 kHz parts
 * 500/2000, 1200/1300 ns. */
static const uint32_t ws2812_ns[2][4] = {{500, 2000, 1200, 1300}, {400, 850, 800, 450}};

static Value e_neopixel_write(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    int pin = machine_pin(a[0], false);
    size_t len;
    const uint8_t *buf = bytes_arg(a[1], &len);
    port_bitstream(pin, ws2812_ns[obj_truthy(a[2])], buf, len);
    return V_NONE;
}

/* No checksum check here: the Python driver does it (MicroPython's split). */
static Value e_dht_readinto(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    int pin = machine_pin(a[0], true);
    size_t len;
    uint8_t *d = bytes_writable_arg(a[1], &len);
    if (len < 5) exc_raise_msg(&exc_ValueError, "buffer too small");
    uint8_t got[5] = {0};
    if (port_dht_read(pin, got)) exc_raise_oserror(PM_ETIMEDOUT);
    for (int i = 0; i < 5; i++) d[i] = got[i];
    return V_NONE;
}

static NATIVE_FN(e_neopixel_write_fn, neopixel_write, 3, 3, e_neopixel_write);
static NATIVE_FN(e_dht_readinto_fn, dht_readinto, 2, 2, e_dht_readinto);

/* Prints the firmware's size and CRC-32 and whether its boot image checksum is right. */
static Value e_check_fw(Value *a, int n, Value kw) {
    (void)a; (void)n; (void)kw;
    uint32_t size = 0, crc = 0;
    bool ok = port_check_fw(&size, &crc);
    print_fmt(&print_stdout, "size: %u\ncrc32: 0x%x\nboot image checksum: %s\n", (unsigned)size, (unsigned)crc,
              ok ? "ok" : "BAD");
    return V_BOOL(ok);
}

/* osdebug(uart_no or None, level=0): espy writes no OS debug output; the setting is checked and
 * kept, in machine's state (a native module has no RAM of its own), for programs that read it
 * back. */
static Value e_osdebug(Value *a, int n, Value kw) {
    (void)kw;
    uint32_t setting = 0;   /* 0: None, else the UART's number + 1 */
    if (a[0] != V_NONE) {
        Int u = obj_get_int(a[0]);
        if (u < 0 || u > 1) exc_raise_msg(&exc_ValueError, "osdebug: UART(%D) doesn't exist", u);
        setting = (uint32_t)u + 1;
    }
    if (n > 1) obj_get_int(a[1]);
    MachineState *s = machine_state();
    uint32_t prev = s->osdebug;
    s->osdebug = setting;
    return prev ? V_MKINT((Int)prev - 1) : V_NONE;
}

static NATIVE_FN(e_flash_id_fn, flash_id, 0, 0, e_flash_id);
static NATIVE_FN(e_flash_size_fn, flash_size, 0, 0, e_flash_size);
static NATIVE_FN(e_flash_user_start_fn, flash_user_start, 0, 0, e_flash_user_start);
static NATIVE_FN(e_flash_read_fn, flash_read, 2, 2, e_flash_read);
static NATIVE_FN(e_flash_write_fn, flash_write, 2, 2, e_flash_write);
static NATIVE_FN(e_flash_erase_fn, flash_erase, 1, 1, e_flash_erase);
static NATIVE_FN(e_check_fw_fn, check_fw, 0, 0, e_check_fw);
static NATIVE_FN(e_osdebug_fn, osdebug, 1, 2, e_osdebug);

static const MapEntry esp_table[] = {
    {V_MKNAME(N___name__), V_MKNAME(N_esp)},
    METHOD_ENTRY(check_fw, e_check_fw_fn),
    METHOD_ENTRY(dht_readinto, e_dht_readinto_fn),
    METHOD_ENTRY(flash_erase, e_flash_erase_fn),
    METHOD_ENTRY(flash_id, e_flash_id_fn),
    METHOD_ENTRY(flash_read, e_flash_read_fn),
    METHOD_ENTRY(flash_size, e_flash_size_fn),
    METHOD_ENTRY(flash_user_start, e_flash_user_start_fn),
    METHOD_ENTRY(flash_write, e_flash_write_fn),
    METHOD_ENTRY(neopixel_write, e_neopixel_write_fn),
    METHOD_ENTRY(osdebug, e_osdebug_fn),
};
MODULE_CONST(mod_esp, esp_table);

#endif /* ES_MACHINE */
