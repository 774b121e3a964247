/* The _onewire module: MicroPython's 1-Wire primitives under its onewire and ds18x20 drivers
 * (pylib/onewire.py): reset, readbit, readbyte, writebit, writebyte (LSB first) and crc8.  The
 * slot timing is the port's (port_onewire_*: docs/machine.md "Timed pin protocols").  A native
 * module on the ESP-01 firmware. */
#include "config.h"
#if ES_MACHINE
#include "runtime.h"
#include "exc.h"
#include "names.h"
#include "objbytes.h"
#include "objfun.h"
#include "objdict.h"
#include "objmodule.h"
#include "bitbang.h"
#include "port_machine.h"

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
MODULE_CONST(mod__onewire, onewire_table);

#endif /* ES_MACHINE */
