/* Timed pin protocols of the machine module, the C primitives under MicroPython's neopixel driver
 * and pulse-timing code (same names and arguments, so that code runs unchanged):
 *
 *   machine.bitstream(pin, 0, (high0, low0, high1, low1), buf)   each bit of buf, MSB first
 *   machine.time_pulse_us(pin, pulse_level, timeout_us=1000000)   the length of a pulse
 *
 * esp.neopixel_write and esp.dht_readinto are in modesp.c, _onewire in modonewire.c (native
 * modules on the ESP-01 firmware).  Only argument checks and bit order live here; the timing is
 * the port's (port_bitstream, port_dht_read, port_onewire_*, port_time_pulse_us: docs/machine.md
 * "Timed pin protocols"). */
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

#endif /* ES_MACHINE */
