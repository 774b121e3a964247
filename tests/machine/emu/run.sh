#!/bin/sh
# The machine drivers on the emulated board (part of make test-machine).  Each directory here
# holds a main.py, frozen into the firmware with `espy build`, and optionally a `pins` file, the
# emulator's stimulus; the program runs under `espy emu --trace --pins` (docs/emulator.md,
# "Peripherals") and both its output and the register trace are checked.  Times in the trace
# are executed instructions ("cycles"), 16 ns of guest time each: 1 ms = 62500 cycles.
#   tests/machine/emu/run.sh ESPY BASE_IMAGE
set -u
ESPY=$1
BASE=$2
case $ESPY in */*) ;; *) ESPY=./$ESPY ;; esac
here=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d "${TMPDIR:-/tmp}/espy-machine-emu.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT
. "$(dirname "$0")/../../check.sh"   # ok, bad, has, hasnt, status
status() { if [ "$1" = "$2" ]; then ok; else bad "$3: exit status $1, expected $2"; cat "$T/err" 2>/dev/null | head -5; fi; }

# run NAME: bake and run tests/machine/emu/NAME; output in $T/NAME.out, trace $T/NAME.trace
run() {
    if ! "$ESPY" build -o "$T/$1.bin" --base "$BASE" "$here/$1/main.py" >"$T/$1.build" 2>&1; then
        bad "$1: espy build"; cat "$T/$1.build"; return 1
    fi
    n=$1
    set -- --trace "$T/$n.trace"
    [ -f "$here/$n/pins" ] && set -- "$@" --pins "$here/$n/pins"
    "$ESPY" emu "$T/$n.bin" "$@" --timeout 120 </dev/null >"$T/$n.out" 2>"$T/err"
    rc=$?
}

# intervals FILE REGEX: the cycle differences between successive trace lines matching REGEX
intervals() { awk -v re="$2" '$0 ~ re { if (n++) print $1 - prev; prev = $1 }' "$1"; }
# within MIN MAX: every number on stdin is in [MIN, MAX]; prints how many were not
within() { awk -v lo="$1" -v hi="$2" '{ if ($1 < lo || $1 > hi) bad++ } END { print bad + 0 }'; }
stats() { awk '{ s += $1; if (!n++ || $1 < lo) lo = $1; if ($1 > hi) hi = $1 } END { if (n) printf "%d values, min %d, mean %d, max %d", n, lo, s / n, hi }'; }

# ---- blink: GPIO2 changes every 20 ms (1 250 000 cycles) -------------------------------------
run blink
status $rc 0 "blink"
has "$T/blink.out" "blink done" "blink output"
has "$T/blink.trace" "IO_MUX_GPIO2" "blink: GPIO2 muxed as GPIO"
has "$T/blink.trace" "GPIO_ENABLE_W1TS 0x00000004" "blink: GPIO2 output enabled"
levels=$(awk '/GPIO_OUT_W1T[SC]/ && /GPIO2=/ { sub(/.*GPIO2=/, ""); printf "%s", $1 }' "$T/blink.trace")
[ "$levels" = "01010101" ] && ok || bad "blink: GPIO2 levels '$levels', expected 01010101"
intervals "$T/blink.trace" 'GPIO_OUT_W1T.*GPIO2=' >"$T/blink.iv"
[ "$(wc -l <"$T/blink.iv")" = 7 ] && ok || bad "blink: $(wc -l <"$T/blink.iv") intervals, expected 7"
[ "$(within 1246250 1262500 <"$T/blink.iv")" = 0 ] && ok || { bad "blink: period off 20 ms (-0.3%..+1%: the emulated cycle counter may step back up to ~2,000 cycles at a debugger stop; measured 1,248,434):"; head -5 "$T/blink.iv"; }
echo "blink: GPIO2 period $(stats <"$T/blink.iv") cycles (20 ms = 1250000)"

# ---- button: an IRQ handler counts scripted presses exactly --------------------------------
run button
status $rc 0 "button"
has "$T/button.out" "presses: 5" "button count"
[ "$(grep -c 'PIN .*GPIO0=0' "$T/button.trace")" = 6 ] && ok || bad "button: presses in the trace"
[ "$(grep -c 'GPIO_OUT_W1T.*GPIO2=' "$T/button.trace")" = 6 ] && ok || bad "button: handler runs (GPIO2 writes)"
# latency: press -> the interrupt handler clearing GPIO_STATUS -> the Python handler's GPIO2 write
awk '/PIN .*GPIO0=0/ { t = $1; isr = 0; next }
     t && !isr && /GPIO_STATUS_W1TC/ { print $1 - t > "/dev/stderr"; isr = 1 }
     t && /GPIO_OUT_W1T.*GPIO2=/ { print $1 - t; t = 0 }' "$T/button.trace" >"$T/button.lat" 2>"$T/button.isr"
[ "$(wc -l <"$T/button.lat")" = 5 ] && ok || bad "button: 5 handler latencies"
[ "$(within 1 20000 <"$T/button.lat")" = 0 ] && ok || { bad "button: edge to callback over 20000 cycles:"; head -5 "$T/button.lat"; }
echo "button: edge -> interrupt handler $(stats <"$T/button.isr") cycles"
echo "button: edge -> Python callback $(stats <"$T/button.lat") cycles"

# ---- i2c: SoftI2C reads the modelled LM75 --------------------------------------------------
run i2c
status $rc 0 "i2c"
has "$T/i2c.out" "scan: ['0x48']" "i2c scan"
has "$T/i2c.out" "temp: b'\\xf3\\x80' -12.5" "i2c temperature"
has "$T/i2c.out" "tos: b'P\\x80'" "i2c write then read of a register"
has "$T/i2c.out" "again: bytearray(b'\\xf3\\x80')" "i2c writeto without stop, repeated start"
has "$T/i2c.out" "no device at 0x50: 19" "i2c ENODEV"
echo "i2c: $(grep -c 'GPIO_OUT_W1T' "$T/i2c.trace") pin writes for scan + 4 transfers"

# ---- ctrlc: Ctrl-C from the UART stops `while True: pass` ----------------------------------
run ctrlc
status $rc 0 "ctrlc"
has "$T/ctrlc.out" "looping" "ctrlc: loop started"
has "$T/ctrlc.out" "KeyboardInterrupt" "ctrlc: interrupted"
has "$T/ctrlc.out" "after 42" "ctrlc: the REPL goes on"
has "$T/ctrlc.trace" "UART0_RX 0x00000003" "ctrlc: Ctrl-C came through the UART FIFO"
has "$T/ctrlc.trace" "UART0_INT_ENA 0x00000001" "ctrlc: receive interrupt enabled"

# ---- uart: input during a busy loop is not lost (receive interrupt, 256-byte ring) -------
run uart
status $rc 0 "uart"
has "$T/uart.out" "received 154 154 b'0123456789:;' b'stuvwxyzend.'" "uart: all bytes kept"
has "$T/uart.out" "intact: True" "uart: bytes intact"
[ "$(grep -c 'UART0_RX' "$T/uart.trace")" -ge 154 ] && ok || bad "uart: bytes came through the FIFO"

# ---- timer: a periodic Timer's callback at 25 ms (1 562 500 cycles) ------------------------
run timer
status $rc 0 "timer"
has "$T/timer.out" "periodic: 10 one-shot: 1" "timer counts"
intervals "$T/timer.trace" 'GPIO_OUT_W1T.*GPIO2=' | tail -n +2 >"$T/timer.iv"
[ "$(wc -l <"$T/timer.iv")" = 9 ] && ok || bad "timer: $(wc -l <"$T/timer.iv") intervals, expected 9"
[ "$(within 1531250 1593750 <"$T/timer.iv")" = 0 ] && ok || { bad "timer: period off 25 ms (+-2%):"; head -5 "$T/timer.iv"; }
echo "timer: callback period $(stats <"$T/timer.iv") cycles (25 ms = 1562500)"

# ---- wdt: a fed watchdog waits, a starved one resets; reset_cause and RTC memory -----------
run wdt
status $rc 0 "wdt"
has "$T/wdt.out" "fed 4 times" "wdt fed"
hasnt "$T/wdt.out" "not reached" "wdt reset"
has "$T/wdt.out" "reset by the watchdog; RTC memory: b'before the reset'" "wdt reset cause"
has "$T/wdt.out" "rst cause:2" "wdt: reboot through the ROM"

# ---- bitstream: the trace decoded back to the bytes, every edge against the ns asked for -----
# Tolerance: +-150 ns on each high and low, what WS2812 LEDs accept (datasheet: T0H/T1H/T0L/T1L
# +-150 ns).  A correct loop lands within about +-65 ns here: CCOUNT ticks every 25 ns (1.56
# instructions) and the wait loop reads it every 3 instructions (48 ns).  The low after the last
# bit of a byte also holds the gap to the next byte (interrupts are served between bytes): it
# may be longer, up to 5 us, far below the 50 us that latches a WS2812 strip.
run bitstream
status $rc 0 "bitstream"
has "$T/bitstream.out" "bitstream done 0" "bitstream output"
awk -v spec="400 850 800 450 3;500 2000 1200 1300 2;2000 3000 5000 1000 1" -v tol=150 -v perus=62.5 '
BEGIN {
    nb = split(spec, b, ";")
    for (i = 1; i <= nb; i++) {
        split(b[i], f, " ")
        for (k = 0; k < f[5] * 8; k++) {
            n++; H0[n] = f[1]; L0[n] = f[2]; H1[n] = f[3]; L1[n] = f[4]
            endbyte[n] = k % 8 == 7; endburst[n] = k == f[5] * 8 - 1
        }
    }
}
/GPIO_OUT_W1TS/ && /GPIO2=1/ { up[++nr] = $1 }
/GPIO_OUT_W1TC/ && /GPIO2=0/ && nr { down[nr] = $1 }
function abs(x) { return x < 0 ? -x : x }
END {
    if (nr != n) { printf "%d bits in the trace, expected %d\n", nr, n; bad++ }
    for (i = 1; i <= nr && i <= n; i++) {
        hi = (down[i] - up[i]) * 1000 / perus
        bit = hi > (H0[i] + H1[i]) / 2
        want = bit ? H1[i] : H0[i]
        if (abs(hi - want) > tol) { printf "bit %d: high %.0f ns, expected %d\n", i, hi, want; bad++ }
        if (abs(hi - want) > maxhi) maxhi = abs(hi - want)
        if (!endburst[i]) {
            lo = (up[i + 1] - down[i]) * 1000 / perus
            want = bit ? L1[i] : L0[i]
            if (endbyte[i]) {
                if (lo < want - tol || lo > 5000) { printf "bit %d: low %.0f ns at the end of a byte, expected %d-5000\n", i, lo, want - tol; bad++ }
                if (lo - want > gap) gap = lo - want
            } else {
                if (abs(lo - want) > tol) { printf "bit %d: low %.0f ns, expected %d\n", i, lo, want; bad++ }
                if (abs(lo - want) > maxlo) maxlo = abs(lo - want)
            }
        }
        v = v * 2 + bit
        if (endbyte[i]) { out = out sprintf("%02x", v); v = 0 }
        if (endburst[i]) out = out " "
    }
    printf "decoded %s\nbad %d\nhighs within %.0f ns, lows within %.0f ns, byte gaps up to %.0f ns longer\n", out, bad + 0, maxhi, maxlo, gap
}' "$T/bitstream.trace" >"$T/bitstream.bits"
has "$T/bitstream.bits" "decoded 5ac30f a53c 96 " "bitstream decoded from the trace"
has "$T/bitstream.bits" "bad 0" "bitstream edge times"
echo "bitstream: $(tail -1 "$T/bitstream.bits")"

# ---- dht: esp.dht_readinto against the DHT22 and DHT11 models, and with no sensor -----------
run dht
status $rc 0 "dht"
has "$T/dht.out" "dht22 GPIO2: 01c800eab3 45.6 23.4 checksum ok: True" "dht22 bytes"
has "$T/dht.out" "dht22 GPIO4: 03e7807be5 99.9 -12.3 checksum ok: True" "dht22 negative temperature"
has "$T/dht.out" "dht11 GPIO0: 2d00170044 45 23 checksum ok: True" "dht11 bytes"
has "$T/dht.out" "GPIO3: 110" "dht: ETIMEDOUT without a sensor"
# the start sequence: at least 18 ms low (the DHT11's minimum; the model checks it too)
awk '/DHT.*start low/ { sub(/.*start low /, ""); print $1 }' "$T/dht.trace" >"$T/dht.start"
[ "$(wc -l <"$T/dht.start")" = 3 ] && ok || bad "dht: 3 start sequences answered"
[ "$(within 18000 18100 <"$T/dht.start")" = 0 ] && ok || { bad "dht: start low not 18.0-18.1 ms:"; cat "$T/dht.start"; }
echo "dht: start low $(sort -n "$T/dht.start" | head -1)-$(sort -n "$T/dht.start" | tail -1) us"

# ---- onewire: presence, READ ROM, SEARCH ROM over two devices, CONVERT T, scratchpads -------
run onewire
status $rc 0 "onewire"
has "$T/onewire.out" "empty bus presence: False 255" "onewire: no presence on an empty bus"
has "$T/onewire.out" "presence: True" "onewire: presence"
has "$T/onewire.out" "rom: 28ff4c1a331604be crc ok: True" "onewire: READ ROM"
has "$T/onewire.out" "before convert: 50054b467fff0c101c 85.0" "onewire: power-on scratchpad"
has "$T/onewire.out" "scratchpad: 58014b467fff0c10c2 crc ok: True temp: 21.5" "onewire: CONVERT T + READ SCRATCHPAD"
has "$T/onewire.out" "search: ['286164123c7c2f27', '28aa07581e1302a3']" "onewire: SEARCH ROM finds both"
has "$T/onewire.out" "286164123c7c2f27 temp: -10.125 crc ok: True" "onewire: MATCH ROM, negative temperature"
has "$T/onewire.out" "28aa07581e1302a3 temp: 25.0625 crc ok: True" "onewire: MATCH ROM, second device"
has "$T/onewire.out" "9-bit: 28aa07581e1302a3 temp: 25.0 th tl cfg: 50051f" "onewire: WRITE SCRATCHPAD"
if grep -qE 'DS18B20 .*(bad|less than|unknown)' "$T/onewire.trace"; then
    bad "onewire: slots outside the DS18B20's timing:"; grep -E 'DS18B20 .*(bad|less than|unknown)' "$T/onewire.trace" | head -3
else ok; fi
echo "onewire: $(grep -c 'reset, presence' "$T/onewire.trace") device resets, $(grep -c 'GPIO_OUT_W1TC' "$T/onewire.trace") slots"

# ---- pulse: machine.Signal and machine.time_pulse_us -------------------------------------
# An inverted Signal on GPIO2: value=0 makes the pin high, then on/off/on low/high/low, then the
# two markers around the 50 ms wait (off, on).  time_pulse_us against the pins file's pulses on
# GPIO0: 1500 us high at 200 ms, 2500 us low at 400 ms.  Tolerance: +-3 us against the pulse
# as the trace has it (when the model applied each edge): the result is rounded to whole
# microseconds (0.5), and an edge is seen at the first sample after it, which the console poll
# (once per microsecond, about 1 us of instructions) may delay at either end.  +-5 us against
# the file's times: the model applies an event at the first console poll after its time.  The
# timeouts: -2 (no high within 10 ms), -1 (low for longer than 50 ms).  During that 50 ms wait
# a 1 kHz software PWM on GPIO4 toggles from the timer interrupt: about 100 edges, none if the
# wait masked interrupts.
run pulse
status $rc 0 "pulse"
has "$T/pulse.out" "signal 1 0" "pulse: inverted Signal reads the low pin as 1"
levels=$(awk '/GPIO_OUT_W1T[SC]/ && /GPIO2=/ { sub(/.*GPIO2=/, ""); printf "%s", $1 }' "$T/pulse.trace")
[ "$levels" = "101010" ] && ok || bad "pulse: GPIO2 levels '$levels', expected 101010 (Signal inverted)"
has "$T/pulse.trace" "GPIO_ENABLE_W1TS 0x00000004" "pulse: Signal(2, Pin.OUT) made GPIO2 an output"
set -- $(tr -d '\r' <"$T/pulse.out" | awk '/^pulse / { print $2, $3, $4, $5 }') x x x x
high=$1 none=$2 long=$3 low=$4
[ "$none" = -2 ] && ok || bad "pulse: no pulse within the timeout gave '$none', expected -2"
[ "$long" = -1 ] && ok || bad "pulse: a pulse longer than the timeout gave '$long', expected -1"
awk '/ PIN .*GPIO0=/ { t[++n] = $1 } END { printf "%.2f %.2f\n", (t[3] - t[2]) / 62.5, (t[6] - t[5]) / 62.5 }' \
    "$T/pulse.trace" >"$T/pulse.widths"
read whigh wlow <"$T/pulse.widths"
near() { awk -v a="$1" -v b="$2" -v tol="$3" 'BEGIN { d = a - b; exit !(a ~ /^-?[0-9]+$/ && d <= tol && d >= -tol) }'; }
near "$high" "$whigh" 3 && near "$high" 1500 5 && ok || bad "pulse: 1500 us high pulse measured '$high' us (trace: $whigh us)"
near "$low" "$wlow" 3 && near "$low" 2500 5 && ok || bad "pulse: 2500 us low pulse measured '$low' us (trace: $wlow us)"
pwm=$(awk '/GPIO_OUT_W1T.*GPIO2=/ { n++; if (n == 5) a = $1; if (n == 6) b = $1 }
           /GPIO_OUT_W1T.*GPIO4=/ { e[++m] = $1 }
           END { for (i = 1; i <= m; i++) if (e[i] > a && e[i] < b) c++; print c + 0 }' "$T/pulse.trace")
[ "$pwm" -ge 80 ] && ok || bad "pulse: $pwm PWM edges during the 50 ms wait, expected about 100 (interrupts masked?)"
has "$T/pulse.out" "ctrl-c ended the wait: True" "pulse: Ctrl-C ends a long wait"
echo "pulse: measured $high us (trace $whigh) and $low us (trace $wlow); $pwm PWM edges during a 50 ms wait"

# ---- bad input: one clear line, exit status 2 ----------------------------------------------
# bad_pins CONTENT WHAT MESSAGE: a pins file (printf %b) that espy emu refuses with MESSAGE
bad_pins() {
    printf '%b' "$1" >"$T/bad.pins"
    "$ESPY" emu "$T/blink.bin" --pins "$T/bad.pins" </dev/null >"$T/out" 2>"$T/err"
    status $? 2 "$2"
    has "$T/err" "$3" "$2: message"
}
bad_pins 'at 5ms pin 7 low\n' "bad pins file" "bad.pins:1: usage: [at TIME] pin N high|low|float"
bad_pins 'at soon uart "x"\n' "bad time" "bad.pins:1: bad time"
"$ESPY" emu "$T/blink.bin" --pins "$T/none.pins" </dev/null >"$T/out" 2>"$T/err"
status $? 2 "missing pins file"
has "$T/err" "cannot open" "missing pins file message"
bad_pins 'ds18b20 pin=0 rom=28FF4C1A33160477 temp=21.5\n' "bad rom" \
    "bad.pins:1: ds18b20: rom 28FF4C1A33160477: last byte 0x77 is not the CRC-8 of the first seven (0xBE)"
bad_pins 'dht22 pin=2\ndht11 pin=0 temp=23.5\n' "bad dht11 temperature" \
    "bad.pins:2: dht11: bad temp '23.5' (whole degrees, 0 to 50 degC)"
bad_pins 'ds18b20 pin=2 rom=28FF4C1A331604BE\ndht22 pin=2\n' "two kinds on a pin" \
    "bad.pins:2: GPIO2 already has a ds18b20 (only DS18B20s share a pin)"

echo "machine emulator tests: $pass passed, $fail failed"
[ $fail -eq 0 ]
