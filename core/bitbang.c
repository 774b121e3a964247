/* Timed pin protocols, the C primitives under MicroPython's neopixel, dht, onewire and ds18x20
 * drivers (same names and arguments, so those drivers run unchanged):
 *
 *   machine.bitstream(pin, 0, (high0, low0, high1, low1), buf)   each bit of buf, MSB first
 *   esp.neopixel_write(pin, buf, is800khz)                        the same with WS2812 timings
 *   esp.dht_readinto(pin, buf)                                    DHT11/DHT22: 40 bits into buf[0..4]
 *   _onewire: reset, readbit, readbyte, writebit, writebyte (LSB first), crc8
 *   machine.time_pulse_us(pin, pulse_level, timeout_us=1000000)   the length of a pulse
 *
 * Only argument checks and bit order live here; the timing is the port's (port_bitstream,
 * port_dht_read, port_onewire_*, port_time_pulse_us: docs/machine.md "Timed pin protocols"). */
#include "config.h"
#if ES_MACHINE
#include "runtime.h"
#include "exc.h"
#include "names.h"
#include "objbytes.h"
#include "objint.h"
#include "objfun.h"
#include "objdict.h"
#include "objmodule.h"
#include "bitbang.h"
#include "port_machine.h"

/* ---------------- bitstreams (WS2812 and the like) ---------------- */

static Value bb_bitstream(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    int pin = machine_pin(a[0], false);
    Int enc = obj_get_int(a[1]);
    if (enc != 0) exc_raise_msg(&exc_ValueError, "unsupported encoding: %D", enc);
    uint32_t ns[4];
    int k = 0;
    IterBuf ib;
    Value it = obj_getiter(a[2], &ib), v;
    while ((v = obj_iternext(it)) != V_NULL) {
        Int t = obj_get_int(v);
        if (k == 4 || t < 1 || t > (Int)PM_BITSTREAM_NS_MAX) break;
        ns[k++] = (uint32_t)t;
    }
    if (k != 4 || v != V_NULL)
        exc_raise_msg(&exc_ValueError, "timing must be 4 times in ns, each 1 to %d", (int)PM_BITSTREAM_NS_MAX);
    size_t len;
    const uint8_t *buf = bytes_arg(a[3], &len);
    port_bitstream(pin, ns, buf, len);
    return V_NONE;
}

/* WS2812: 800 kHz T0H/T0L, T1H/T1L (datasheet 400/850, 800/450 ns); the old 400 kHz parts
 * 500/2000, 1200/1300 ns. */
static const uint32_t ws2812_ns[2][4] = {{500, 2000, 1200, 1300}, {400, 850, 800, 450}};

static Value bb_neopixel_write(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    int pin = machine_pin(a[0], false);
    size_t len;
    const uint8_t *buf = bytes_arg(a[1], &len);
    port_bitstream(pin, ws2812_ns[obj_truthy(a[2])], buf, len);
    return V_NONE;
}

/* ---------------- DHT11 / DHT22 ---------------- */

/* No checksum check here: the Python driver does it (MicroPython's split). */
static Value bb_dht_readinto(Value *a, int n, Value kw) {
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

/* ---------------- pulse timing (HC-SR04 echoes, IR receivers) ---------------- */

/* time_pulse_us(pin, pulse_level, timeout_us=1000000): MicroPython's.  Waits up to timeout_us for
 * the pin to be at pulse_level (-2 if it never is), then up to timeout_us again while it stays
 * there (-1 if it does not leave it): the microseconds it stayed.  The pin's mode is left alone. */
static Value bb_time_pulse_us(Value *a, int n, Value kw) {
    (void)kw;
    int pin = machine_pin(a[0], false);
    Int t = n > 2 ? obj_get_int(a[2]) : 1000000;
    if (t < 0 || (uint64_t)t > 0x7FFFFFFFu) exc_raise_msg(&exc_ValueError, "timeout_us out of range: %D", t);
    return int_from_int(port_time_pulse_us(pin, obj_truthy(a[1]), (uint32_t)t));
}

NATIVE_FN(bb_time_pulse_us_fn, time_pulse_us, 2, 3, bb_time_pulse_us);
NATIVE_FN(bb_bitstream_fn, bitstream, 4, 4, bb_bitstream);
NATIVE_FN(bb_neopixel_write_fn, neopixel_write, 3, 3, bb_neopixel_write);
NATIVE_FN(bb_dht_readinto_fn, dht_readinto, 2, 2, bb_dht_readinto);

/* ---------------- _onewire ---------------- */

static Value ow_reset(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    return V_BOOL(port_onewire_reset(machine_pin(a[0], true)));
}

/* n slots, LSB first, writing the bits of v (a 1 slot is also a read slot): what was read. */
static Value ow_slots(Value pin, Int v, int n) {
    int p = machine_pin(pin, true);
    Int got = 0;
    for (int k = 0; k < n; k++) got |= (Int)port_onewire_slot(p, (int)(v >> k) & 1) << k;
    return V_MKINT(got);
}

static Value ow_readbit(Value *a, int n, Value kw) { (void)n; (void)kw; return ow_slots(a[0], 1, 1); }
static Value ow_readbyte(Value *a, int n, Value kw) { (void)n; (void)kw; return ow_slots(a[0], 0xFF, 8); }

static Value ow_writebit(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    ow_slots(a[0], obj_truthy(a[1]), 1);
    return V_NONE;
}

static Value ow_writebyte(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    ow_slots(a[0], obj_get_int(a[1]), 8);
    return V_NONE;
}

/* Dallas/Maxim CRC-8: x^8 + x^5 + x^4 + 1, bits taken LSB first (reflected 0x31 = 0x8C), from
 * 0; a ROM code or scratchpad with its CRC byte appended gives 0. */
static Value ow_crc8(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    size_t len;
    const uint8_t *d = bytes_arg(a[0], &len);
    uint32_t c = 0;
    while (len--) {
        c ^= *d++;
        for (int k = 0; k < 8; k++) c = c & 1 ? (c >> 1) ^ 0x8Cu : c >> 1;
    }
    return V_MKINT((Int)c);
}

static NATIVE_FN(ow_reset_fn, reset, 1, 1, ow_reset);
static NATIVE_FN(ow_readbit_fn, readbit, 1, 1, ow_readbit);
static NATIVE_FN(ow_readbyte_fn, readbyte, 1, 1, ow_readbyte);
static NATIVE_FN(ow_writebit_fn, writebit, 2, 2, ow_writebit);
static NATIVE_FN(ow_writebyte_fn, writebyte, 2, 2, ow_writebyte);
static NATIVE_FN(ow_crc8_fn, crc8, 1, 1, ow_crc8);

static const MapEntry onewire_table[] = {
    {V_MKNAME(N___name__), V_MKNAME(N__onewire)},
    METHOD_ENTRY(crc8, ow_crc8_fn),
    METHOD_ENTRY(readbit, ow_readbit_fn),
    METHOD_ENTRY(readbyte, ow_readbyte_fn),
    METHOD_ENTRY(reset, ow_reset_fn),
    METHOD_ENTRY(writebit, ow_writebit_fn),
    METHOD_ENTRY(writebyte, ow_writebyte_fn),
};
MODULE_CONST(mod_onewire, onewire_table);

#endif /* ES_MACHINE */
