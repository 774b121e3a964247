#!/bin/sh
# An SSD1306 OLED end to end (part of make test-pylib): tests/pylib/oled/main.py, a MicroPython
# program drawing on a 128x64 display with ssd1306.SSD1306_I2C over SoftI2C, is baked with `espy
# build` (ssd1306 brings framebuf) and booted on the emulated board with the display model of
# tests/pylib/oled/pins (`espy emu --pins --display`, docs/emulator.md).  The picture the model
# draws from the display RAM and the commands it was sent must be oled/expected.txt: the same
# drawing (oled/picture.py) through framebuf under CPython.  The board's timings are printed.
# usage: tests/pylib/oled.sh ESPY BASE_IMAGE
set -u
ESPY=$1
BASE=$2
ESPY=$(cd "$(dirname "$ESPY")" && pwd)/$(basename "$ESPY")   # (picture.py runs elsewhere)
here=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d "${TMPDIR:-/tmp}/espy-pylib-oled.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT
. "$here/../check.sh"   # ok, bad, has, hasnt, status

"$ESPY" build -o "$T/app.bin" --base "$BASE" "$here/oled/main.py" "$here/oled/picture.py" >"$T/build" 2>&1
status $? 0 "espy build"
has "$T/build" "5 modules (library: framebuf, ssd1306; native: _machine_i2c)" "ssd1306 and framebuf baked, with machine.I2C's module"
"$ESPY" emu "$T/app.bin" --pins "$here/oled/pins" --display "$T/display" --trace "$T/trace" --timeout 300 \
    </dev/null >"$T/raw" 2>"$T/err"
status $? 0 "espy emu"
tr -d '\r' <"$T/raw" >"$T/out"
hasnt "$T/out" "Traceback" "no exception"
has "$T/out" "scan [60]" "the display answers at 0x3C"
has "$T/out" "done" "the program ran to its end"
has "$T/display" "ssd1306 0x3C 128x64: display on, contrast 64, charge pump on" "the display's state"
tail -n +2 "$T/display" >"$T/picture"
if cmp -s "$T/picture" "$here/oled/expected.txt"; then ok; else
    bad "the display's picture is not oled/expected.txt"
    diff "$here/oled/expected.txt" "$T/picture" | head -20
fi
# the same drawing through framebuf on the PC
(cd "$here/oled" && "$ESPY" picture.py) >"$T/host" 2>&1
cmp -s "$T/host" "$here/oled/expected.txt" && ok || bad "espy picture.py on the PC differs from expected.txt"
# two pictures were sent whole (init_display's blank one, then the drawing), 1024 bytes each
n=$(grep -c 'SSD1306 0x00000400 0x3C data bytes' "$T/trace")
[ "$n" = 2 ] && ok || bad "$n full frames of data in the trace, expected 2"
has "$T/trace" "SSD1306 0x000000af 0x3C command" "display on in the trace"
# a bad display line is refused
printf 'i2c ssd1306 0x3C scl=2 sda=0 height=12\n' >"$T/badpins"
"$ESPY" emu "$T/app.bin" --pins "$T/badpins" --display "$T/d2" </dev/null >/dev/null 2>"$T/err2"
status $? 2 "bad height"
has "$T/err2" "badpins:1: i2c ssd1306: width 1-128, height 8-64 in steps of 8" "bad height message"
printf 'i2c lm75 0x48 scl=2 sda=0\n' >"$T/nodisp"
"$ESPY" emu "$T/app.bin" --pins "$T/nodisp" --display "$T/d3" </dev/null >/dev/null 2>"$T/err3"
status $? 2 "--display without a display"
has "$T/err3" "has no display" "--display without a display: message"
grep 'us:\|heap' "$T/out" | sed 's/^/pylib oled: /'
echo "pylib oled tests: $pass passed, $fail failed"
[ $fail -eq 0 ]
