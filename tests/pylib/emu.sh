#!/bin/sh
# The board library end to end (part of make test-pylib): tests/pylib/emu/main.py, a MicroPython
# program using NeoPixel, DHT22, DHT11 and DS18X20, is baked with `espy build` (which adds the
# four driver modules because the program imports them) and booted on the emulated board with
# the sensor models of tests/pylib/emu/pins (`espy emu --pins --trace`, docs/emulator.md).  Its
# output is checked, and the WS2812 bitstream is decoded back from the register trace: the GRB
# bytes of the three pixels, each high and low time within the LEDs' +-150 ns of the 800 kHz
# timing.  Trace times are executed instructions, 62.5 per microsecond (16 ns each).
# usage: tests/pylib/emu.sh ESPY BASE_IMAGE
set -u
ESPY=$1
BASE=$2
case $ESPY in */*) ;; *) ESPY=./$ESPY ;; esac
here=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d "${TMPDIR:-/tmp}/espy-pylib-emu.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT
. "$here/../check.sh"   # ok, bad, has, hasnt, status

"$ESPY" build -o "$T/app.bin" --base "$BASE" "$here/emu/main.py" >"$T/build" 2>&1
status $? 0 "espy build"
has "$T/build" "7 modules (library: dht, ds18x20, neopixel, onewire; native: esp, _onewire)" "the four drivers baked, with the native modules they import"
"$ESPY" emu "$T/app.bin" --pins "$here/emu/pins" --trace "$T/trace" --timeout 120 </dev/null >"$T/raw" 2>"$T/err"
status $? 0 "espy emu"
tr -d '\r' <"$T/raw" >"$T/out"
hasnt "$T/out" "Traceback" "no exception"
# (the values as CPython computes them with the drivers' formulas: 34 * 0.1 = 3.4000000000000004)
has "$T/out" "neopixel 00ff00800000020103 (0, 128, 0)" "neopixel buffer in GRB order"
has "$T/out" "dht22 -3.4000000000000004 56.7" "DHT22 model through dht.DHT22"
has "$T/out" "dht11 23 45" "DHT11 model through dht.DHT11"
has "$T/out" "no dht on GPIO4: 110" "DHT without a sensor: ETIMEDOUT"
has "$T/out" "roms ['28aa07581e1302a3', '28ff4c1a331604be']" "OneWire.scan finds both DS18B20s"
has "$T/out" "28aa07581e1302a3 25.0625" "DS18X20.read_temp, first device"
has "$T/out" "28ff4c1a331604be 21.5" "DS18X20.read_temp, second device"
has "$T/out" "9-bit 25.0 50051f" "DS18X20.write_scratch: 9-bit resolution"
has "$T/out" "empty bus [] False" "an empty bus"
has "$T/out" "OneWireError" "reset(True) on an empty bus"
has "$T/out" "done" "the program ran to its end"

# the WS2812 stream on GPIO2: rising edge to falling edge is the high time of a bit (a 1 when
# nearer 800 ns than 400), falling to the next rising the low time (but after the last bit of a
# byte, where the loop may serve interrupts: up to 5 us, far below the 50 us that latches)
awk -v perus=62.5 -v tol=150 '
/GPIO_OUT_W1TS/ && /GPIO2=1/ { up[++n] = $1 }
/GPIO_OUT_W1TC/ && /GPIO2=0/ && n { down[n] = $1 }
function abs(x) { return x < 0 ? -x : x }
END {
    for (i = 1; i <= n; i++) {
        hi = (down[i] - up[i]) * 1000 / perus
        bit = hi > 600
        if (abs(hi - (bit ? 800 : 400)) > tol) { printf "bit %d: high %.0f ns\n", i, hi; bad++ }
        if (abs(hi - (bit ? 800 : 400)) > maxhi) maxhi = abs(hi - (bit ? 800 : 400))
        if (i < n) {
            lo = (up[i + 1] - down[i]) * 1000 / perus
            want = bit ? 450 : 850
            if (i % 8 == 0) { if (lo < want - tol || lo > 5000) { printf "bit %d: low %.0f ns after a byte\n", i, lo; bad++ } }
            else {
                if (abs(lo - want) > tol) { printf "bit %d: low %.0f ns\n", i, lo; bad++ }
                if (abs(lo - want) > maxlo) maxlo = abs(lo - want)
            }
        }
        v = v * 2 + bit
        if (i % 8 == 0) { out = out sprintf("%02x", v); v = 0 }
    }
    printf "bits %d\ndecoded %s\nbad %d\nhighs within %.0f ns of 400/800, lows within %.0f ns of 850/450\n", n, out, bad + 0, maxhi, maxlo
}' "$T/trace" >"$T/bits"
has "$T/bits" "bits 72" "72 bits on GPIO2"
has "$T/bits" "decoded 00ff00800000020103" "the trace decodes to the pixels' bytes"
has "$T/bits" "bad 0" "WS2812 timing"
echo "pylib emu: $(tail -1 "$T/bits")"
echo "pylib emu: $(grep 'heap for the four drivers' "$T/out") bytes; $(sed -n 's/.*\(bundle [0-9]* bytes\).*/\1/p' "$T/build")"

echo "pylib emulator tests: $pass passed, $fail failed"
[ $fail -eq 0 ]
