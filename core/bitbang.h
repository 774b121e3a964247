/* Timed pin protocols (core/bitbang.c): machine.bitstream, machine.time_pulse_us,
 * esp.neopixel_write, esp.dht_readinto and the _onewire module, MicroPython's primitives under the neopixel, dht,
 * onewire and ds18x20 drivers.  The timing itself is the port's (core/port_machine.h). */
#ifndef ESPY_BITBANG_H
#define ESPY_BITBANG_H

#include <stdbool.h>
#include "obj.h"

/* In modmachine.c: the GPIO number of a Pin (or int) argument (ValueError if there is no such
 * pin); od: the pin is made open drain and released first, unless it is already. */
int machine_pin(Value v, bool od);

/* The functions the machine and esp module tables list. */
extern const NativeFunc bb_bitstream_fn, bb_neopixel_write_fn, bb_dht_readinto_fn, bb_time_pulse_us_fn;

#endif
