/* Timed pin protocols (core/bitbang.c: machine.bitstream, machine.time_pulse_us; modesp.c:
 * esp.neopixel_write, esp.dht_readinto; modonewire.c: _onewire), MicroPython's primitives under
 * the neopixel, dht, onewire and ds18x20 drivers.  The timing itself is the port's
 * (core/port_machine.h). */
#ifndef ESPY_BITBANG_H
#define ESPY_BITBANG_H

#include <stdbool.h>
#include "obj.h"

/* In modmachine.c: the GPIO number of a Pin (or int) argument (ValueError if there is no such
 * pin); od: the pin is made open drain and released first, unless it is already. */
int machine_pin(Value v, bool od);

/* The functions the machine module's table lists. */
extern const NativeFunc bb_bitstream_fn, bb_time_pulse_us_fn;

#endif
