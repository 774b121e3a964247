#!/bin/sh
# Native modules (docs/bundle.md "Native modules"): the C modules the firmware leaves out
# (math, json, struct, hashlib, heapq, re, collections, random, array, io, errno, and
# machine's classes but Pin and Signal, esp, _onewire, _complex), baked into an app's bundle when it imports
# them and run in place from there, in the emulator.
# usage: tests/firmware/native.sh ESPY BASE_IMAGE NATMOD_DIR
#        (NATMODLINK, NATMOD_BASE, NATMOD_DELTA and NATMOD_FW in the environment: check
#        tools/natmodlink too)
#
# The programs are tests/modules' own (CPython's output in their .exp files), baked as modules
# of one app whose main.py imports them in turn.
set -u
ESPY=$1
BASE=$2
NATDIR=$3
case $ESPY in */*) ;; *) ESPY=./$ESPY ;; esac
D=$(cd "$(dirname "$0")" && pwd)
MOD_DIR=$D/../modules
T=$(mktemp -d "${TMPDIR:-/tmp}/espy-native-test.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT

. "$(dirname "$0")/../check.sh"   # ok, bad, has, hasnt, status
emu() { img=$1; shift; "$ESPY" emu "$img" "$@" >"$T/raw" 2>"$T/err"; st=$?; tr -d '\r' <"$T/raw" >"$T/out"; return $st; }
program_output() { sed -n '/^chksum /,/^espy [0-9.]* on esp8266/p' "$1" | sed '1d;$d'; }

# ---- the base image carries every native module, and the REPL has them -------------------
"$ESPY" image info "$BASE" >"$T/info" 2>&1; status $? 0 "info base image"
for m in math json ujson struct ustruct hashlib uhashlib heapq uheapq re ure \
         collections ucollections random urandom array uarray io uio errno uerrno _machine_i2c \
         _machine_spi _machine_pwm _machine_timer _machine_uart _machine_wdt _machine_rtc esp _onewire _complex; do
    grep -q "^  module $m  *code 0x4.*(native, " "$T/info" && ok || bad "base image lists native $m"
done
printf 'import math, ure, json, machine\nprint(math.sqrt(2), ure.sub("b+", "-", "abbbc"), json.dumps([1, None]))\nprint("classes", len([n for n in dir(machine) if n[0].isupper() and not n.endswith("RESET")]))\n' >"$T/in"
emu "$BASE" --script "$T/in" --timeout 60; status $? 0 "boot the base image"
has "$T/out" "0 frozen modules, 21 native" "banner counts the native modules"
has "$T/out" "1.4142135623730951 a-c [1, null]" "native modules at the base image's REPL"
has "$T/out" "classes 10" "dir(machine) at the base image's REPL lists all ten classes"

# ---- tests/modules' programs for those modules, frozen, with the native modules they import --
mkdir -p "$T/app"
: >"$T/expected"
names=""
for f in "$MOD_DIR"/hashlib_*.py "$MOD_DIR"/heapq_*.py "$MOD_DIR"/json_*.py \
         "$MOD_DIR"/math_*.py "$MOD_DIR"/re_*.py "$MOD_DIR"/struct_*.py "$MOD_DIR"/collections_*.py \
         "$MOD_DIR"/random_*.py "$MOD_DIR"/array_*.py "$MOD_DIR"/io_*.py "$MOD_DIR"/errno_*.py \
         "$D"/../types/complex_basic.py; do
    n=t_$(basename "$f" .py)
    cp "$f" "$T/app/$n.py"
    cat "${f%.py}.exp" >>"$T/expected"
    names="$names '$n',"
done
cat >"$T/app/main.py" <<EOF
import gc, sys
for name in [$names]:
    __import__(name)
    del sys.modules[name]
    gc.collect()
EOF
# (about 200 kB of bundle: a 1M flash)
"$ESPY" build -o "$T/app.bin" --base "$BASE" --flash-size 1M "$T/app" >"$T/build" 2>&1
status $? 0 "build the module tests"
has "$T/build" "(native: math, json, struct, hashlib, heapq, re, collections, random, array, io, errno, _complex)" "build names the native modules"
"$ESPY" image verify "$T/app.bin" >"$T/v" 2>&1; status $? 0 "verify the image with native modules"
emu "$T/app.bin" --script /dev/null --timeout 120; status $? 0 "boot the module tests"
program_output "$T/out" >"$T/got"
if cmp -s "$T/got" "$T/expected"; then ok; else bad "module tests on the board differ from CPython's output:"; diff "$T/got" "$T/expected" | head -20; fi

# ---- only what the app imports: none, --lib, a user's module of the same name --------------
mkdir -p "$T/plain" "$T/own"
echo 'print("plain")' >"$T/plain/main.py"
"$ESPY" build -o "$T/plain.bin" --base "$BASE" "$T/plain" >"$T/build" 2>&1; status $? 0 "build an app without native imports"
"$ESPY" image info "$T/plain.bin" >"$T/info" 2>&1
hasnt "$T/info" "(native" "no native module in an app that imports none"
printf 'try:\n    import math\nexcept ImportError as e:\n    print("no", e)\n\n' >"$T/in"
emu "$T/plain.bin" --script "$T/in" --timeout 60; status $? 0 "boot the plain app"
has "$T/out" "no No module named 'math' (not baked into this image: espy build --lib math)" "a native module not baked: the hint"
"$ESPY" build -o "$T/lib.bin" --base "$BASE" --lib math "$T/plain" >"$T/build" 2>&1; status $? 0 "build with --lib math"
has "$T/build" "(native: math)" "--lib adds a native module"
printf 'import math\nprint(math.factorial(25))\n' >"$T/in"
emu "$T/lib.bin" --script "$T/in" --timeout 60; status $? 0 "boot the --lib math app"
has "$T/out" "15511210043330985984000000" "math added with --lib works"
# an app baked from an app image as base: it has no math to give
"$ESPY" build -o "$T/again.bin" --base "$T/plain.bin" --lib math "$T/plain" >"$T/build" 2>&1
status $? 2 "--lib math from a base without it"
has "$T/build" "no such library or native module" "--lib math from a base without it: message"
printf 'def dumps(x):\n    return "mine"\n' >"$T/own/json.py"
printf 'import json\nprint(json.dumps(1))\n' >"$T/own/main.py"
"$ESPY" build -o "$T/own.bin" --base "$BASE" "$T/own" >"$T/build" 2>&1; status $? 0 "build an app with its own json.py"
hasnt "$T/build" "(native" "the app's own json wins over the native module"
emu "$T/own.bin" --script /dev/null --timeout 60; status $? 0 "boot the own-json app"
has "$T/out" "mine" "the app's json.py is the one imported"

# --fs alone keeps the base's bundle: main.py on the filesystem has every native module
mkdir -p "$T/fsonly"
printf 'import ujson, heapq\nprint("fs main", ujson.dumps(heapq.nsmallest(2, [5, 1, 3])))\n' >"$T/fsonly/main.py"
"$ESPY" build -o "$T/fsonly.bin" --base "$BASE" --fs "$T/fsonly" >"$T/build" 2>&1; status $? 0 "build --fs alone"
"$ESPY" image info "$T/fsonly.bin" >"$T/info" 2>&1
has "$T/info" "bundle: 0 modules + 21 native" "--fs alone keeps the native modules"
emu "$T/fsonly.bin" --script /dev/null --timeout 60; status $? 0 "boot the --fs image"
has "$T/out" "fs main [1, 3]" "main.py from the filesystem imports native modules"

# ---- machine's classes (core/modmachine.h MACHINE_PARTS): baked when an app names them --------
mkdir -p "$T/pin" "$T/mach" "$T/ownmach"
printf 'import machine\nmachine.Pin(2, machine.Pin.OUT).on()\nprint("pin only")\n' >"$T/pin/main.py"
"$ESPY" build -o "$T/pin.bin" --base "$BASE" "$T/pin" >"$T/build" 2>&1; status $? 0 "build an app that uses only Pin"
hasnt "$T/build" "(native" "no machine class module for an app that uses only Pin"
cat >"$T/in" <<'PY'
import machine
print(hasattr(machine, "Timer"), getattr(machine, "RTC", "no RTC"), machine.Pin(2))
print("classes", [n for n in dir(machine) if n[0].isupper() and not n.endswith("RESET")])
try:
    machine.Timer(-1)
except AttributeError as e:
    print(e)

try:
    from machine import WDT
except ImportError as e:
    print("ImportError", e)

PY
emu "$T/pin.bin" --script "$T/in" --timeout 60; status $? 0 "boot the Pin-only app"
has "$T/out" "pin only" "the Pin-only app runs"
has "$T/out" "False no RTC Pin(2)" "machine's classes not baked: hasattr and getattr see none"
has "$T/out" "classes ['Pin', 'Signal']" "machine's classes not baked: dir() lists none"
has "$T/out" "module 'machine' has no attribute 'Timer' (not baked into this image: espy build --lib _machine_timer)" "a machine class not baked: the hint"
has "$T/out" "ImportError cannot import name 'WDT' from 'machine' (unknown location)" "from machine import of a class not baked"
cat >"$T/mach/main.py" <<'PY'
from machine import I2C, Pin
import helper
i2c = I2C(scl=Pin(5), sda=Pin(4), freq=100000)
print(type(i2c).__name__, helper.name(), I2C is helper.umachine.SoftI2C)
print("classes", [n for n in dir(helper.umachine) if n[0].isupper() and not n.endswith("RESET")])
PY
printf 'import umachine\n\n\ndef name():\n    return getattr(umachine, "WDT").__name__\n' >"$T/mach/helper.py"
"$ESPY" build -o "$T/mach.bin" --base "$BASE" "$T/mach" >"$T/build" 2>&1; status $? 0 "build an app that names I2C and WDT"
has "$T/build" "(native: _machine_i2c, _machine_wdt)" "the app gets the modules of the classes it names"
emu "$T/mach.bin" --script /dev/null --timeout 60; status $? 0 "boot the I2C app"
has "$T/out" "SoftI2C WDT True" "machine's classes from their native modules"
has "$T/out" "classes ['I2C', 'Pin', 'Signal', 'SoftI2C', 'WDT']" "dir(machine) lists the classes baked"
"$ESPY" build -o "$T/timer.bin" --base "$BASE" --lib _machine_timer "$T/pin" >"$T/build" 2>&1
status $? 0 "build with --lib _machine_timer"
printf 'import machine\nt = machine.Timer(-1)\nt.init(period=5, mode=machine.Timer.ONE_SHOT, callback=lambda t: print("fired"))\nmachine.lightsleep(50)\n' >"$T/in"
emu "$T/timer.bin" --script "$T/in" --timeout 60; status $? 0 "boot the --lib _machine_timer app"
has "$T/out" "fired" "a Timer from --lib _machine_timer runs its callback"
# an app with its own machine.py names I2C: no native module for it
printf 'I2C = "mine"\n' >"$T/ownmach/machine.py"
printf 'import machine\nprint(machine.I2C)\n' >"$T/ownmach/main.py"
"$ESPY" build -o "$T/ownmach.bin" --base "$BASE" "$T/ownmach" >"$T/build" 2>&1; status $? 0 "build an app with its own machine.py"
hasnt "$T/build" "(native" "an app's own machine.py: no machine class module"

# ---- complex numbers (core/modcomplex.c): _complex baked into an app that may make one ---------
mkdir -p "$T/cx"
for prog in 'print(1j)' 'x = float(input())\nprint(x ** 0.5)' 'def f(a, b):\n    return a ** (2 if b else 0.5)' \
            't = (1, -2j)' 'print(pow(2, 3))' 'print(eval("1"))' 'x = 3\nx **= 0.5' 'n = 0.5\nprint((-2) ** n)'; do
    printf "$prog\n" >"$T/cx/main.py"
    "$ESPY" build -o "$T/cx.bin" --base "$BASE" "$T/cx" >"$T/build" 2>&1; status $? 0 "build: $prog"
    has "$T/build" "(native: _complex)" "_complex baked for: $prog"
done
for prog in 'def sq(n):\n    return n ** 2, n ** -1, 2 ** n, 2.5 ** m\nm = x = 3\nx **= 2\nprint(sq(x))' 'print("plain")' \
            'import re, math\nprint(re.compile("a"), math.pow(2, 0.5))'; do
    printf "$prog\n" >"$T/cx/main.py"
    "$ESPY" build -o "$T/cx.bin" --base "$BASE" "$T/cx" >"$T/build" 2>&1; status $? 0 "build: $prog"
    hasnt "$T/build" "_complex" "no _complex for: $prog"
done
# an app's own _complex.py: complex numbers still work
mkdir -p "$T/owncx"
printf 'X = 1\n' >"$T/owncx/_complex.py"
printf 'print(1j * 2, (-4) ** 0.5)\n' >"$T/owncx/main.py"
"$ESPY" build -o "$T/owncx.bin" --base "$BASE" "$T/owncx" >"$T/build" 2>&1; status $? 0 "build an app with its own _complex.py"
emu "$T/owncx.bin" --script /dev/null --timeout 60; status $? 0 "boot the own-_complex app"
has "$T/out" "2j (1.2246467991473532e-16+2j)" "an app's own _complex.py does not hide complex numbers' module"
cat >"$T/in" <<'PY'
z = 2j
print(z.imag, z.real, bool(z), hash(z) == hash(2j), (-z).imag, +z is z, z.conjugate().imag)
b = -1
print(2 ** 0.5, b ** 2)
for f in (lambda: print(z), lambda: z + 1, lambda: z == z, lambda: b ** 0.5, lambda: complex(1, 2), lambda: abs(z)):
    try:
        f()
    except ImportError as e:
        print("no", e)

PY
emu "$T/plain.bin" --script "$T/in" --timeout 60; status $? 0 "boot the plain app: complex numbers"
has "$T/out" "2.0 0.0 True True -2.0 True -2.0" "without _complex: hash, bool, -z, +z, .real, .imag, conjugate()"
has "$T/out" "1.4142135623730951 1" "without _complex: float and int powers"
[ "$(grep -c "^no No module named '_complex' (not baked into this image: espy build --lib _complex)$" "$T/out")" = 6 ] && ok ||
    bad "without _complex: repr, arithmetic, ==, a complex root, complex(), abs() give the hint"

# ---- the .enm files and bad input -----------------------------------------------------------
"$ESPY" build -o "$T/enm.bin" --base "$BASE" --native "$NATDIR/heapq.enm" "$T/plain" >"$T/build" 2>&1
status $? 0 "build with --native FILE"
has "$T/build" "(native: heapq)" "--native bakes the file's module"
head -c 100 "$NATDIR/re.enm" >"$T/short.enm"
"$ESPY" build -o "$T/bad.bin" --base "$BASE" --native "$T/short.enm" "$T/plain" >"$T/build" 2>&1
status $? 1 "--native with a cut file"
has "$T/build" "short.enm: native module size or relocation count out of bounds" "cut .enm message"
[ -e "$T/bad.bin" ] && bad "a bad .enm wrote an image" || ok
"$ESPY" build -o "$T/bad.bin" --base "$BASE" --native "$T/app/main.py" "$T/plain" >"$T/build" 2>&1
status $? 1 "--native with a file that is no module"
has "$T/build" "not a native module (bad magic)" "not-a-module message"

cp "$NATDIR/re.enm" "$T/calls.enm"
n=$(wc -c <"$T/calls.enm")
printf '\377\377\377\377' | dd of="$T/calls.enm" bs=1 seek=$((n - 4)) conv=notrunc 2>/dev/null
"$ESPY" build -o "$T/bad.bin" --base "$BASE" --native "$T/calls.enm" "$T/plain" >"$T/build" 2>&1
status $? 1 "--native with a broken call table"
has "$T/build" "native module call table does not point at calls" "broken call table message"

# a file linked against another firmware build (its build word, head word 7), a name outside
# the static table (the alias half of head word 5), the same module twice, an app's own json.py
cp "$NATDIR/heapq.enm" "$T/other.enm"
printf 'x' | dd of="$T/other.enm" bs=1 seek=29 conv=notrunc 2>/dev/null
"$ESPY" build -o "$T/bad.bin" --base "$BASE" --native "$T/other.enm" "$T/plain" >"$T/build" 2>&1
status $? 1 "--native from another firmware build"
has "$T/build" "other.enm: linked against another firmware build than the base image's" "another build message"
cp "$NATDIR/heapq.enm" "$T/alias.enm"
printf '\360\377' | dd of="$T/alias.enm" bs=1 seek=22 conv=notrunc 2>/dev/null
"$ESPY" build -o "$T/bad.bin" --base "$BASE" --native "$T/alias.enm" "$T/plain" >"$T/build" 2>&1
status $? 1 "--native with a name outside the static table"
has "$T/build" "native module names not in the firmware's static table" "bad name message"
"$ESPY" build -o "$T/bad.bin" --base "$BASE" --native "$NATDIR/heapq.enm" --native "$NATDIR/heapq.enm" "$T/plain" >"$T/build" 2>&1
status $? 1 "--native twice"
has "$T/build" "a native module of that name is given twice" "--native twice message"
"$ESPY" build -o "$T/own2.bin" --base "$BASE" --native "$NATDIR/json.enm" "$T/own" >"$T/build" 2>&1
status $? 0 "--native json with the app's own json.py"
hasnt "$T/build" "(native" "--native does not add a module the app has"
printf 'import math\nprint(math.floor(2.5))\n' >"$T/nolib.py"
"$ESPY" build -o "$T/nolib.bin" --base "$BASE" --no-lib "$T/nolib.py" >"$T/build" 2>&1; status $? 0 "build --no-lib"
has "$T/build" "(native: math)" "--no-lib still bakes the native modules imported"

# ---- tools/natmodlink: the same two links give the same .enm; a stray difference is refused --
if [ -n "${NATMODLINK:-}" ]; then
    "$NATMODLINK" "$NATDIR/heapq.a.bin" "$NATDIR/heapq.b.bin" "$NATMOD_BASE" "$NATMOD_DELTA" "$NATMOD_FW" "$T/h.enm"
    status $? 0 "natmodlink again"
    cmp -s "$T/h.enm" "$NATDIR/heapq.enm" && ok || bad "natmodlink is not deterministic"
    cp "$NATDIR/heapq.b.bin" "$T/b.bin"
    printf 'x' | dd of="$T/b.bin" bs=1 seek=1001 conv=notrunc 2>/dev/null
    "$NATMODLINK" "$NATDIR/heapq.a.bin" "$T/b.bin" "$NATMOD_BASE" "$NATMOD_DELTA" "$NATMOD_FW" "$T/h2.enm" 2>"$T/nl"
    status $? 1 "natmodlink with a stray difference"
    has "$T/nl" "is neither an address inside the module nor a CALL0 out of it" "natmodlink stray difference message"
fi

# a base whose bundle is damaged: the app is baked, with a warning that its modules are not used
"$ESPY" image info "$BASE" >"$T/info" 2>&1
bs=$(sed -n 's/.*bundle 0x\([0-9A-F]*\) +.*/\1/p' "$T/info" | head -1)
cp "$BASE" "$T/damaged.bin"
printf 'x' | dd of="$T/damaged.bin" bs=1 seek=$((0x$bs + 200)) conv=notrunc 2>/dev/null
"$ESPY" build -o "$T/d.bin" --base "$T/damaged.bin" "$T/plain" >"$T/build" 2>&1; status $? 0 "build on a base with a damaged bundle"
has "$T/build" "warning: $T/damaged.bin: the bundle's native modules are not used: it does not pass its checks" "damaged base bundle warning"

# ---- relayout keeps the bundle region, and refuses one too small for the bundle --------------
"$ESPY" image relayout "$BASE" --flash-size 1M -o "$T/1m.bin" >"$T/r" 2>&1; status $? 0 "relayout the base to 1M"
"$ESPY" image verify "$T/1m.bin" >"$T/v" 2>&1; status $? 0 "the 1M base verifies"
"$ESPY" image relayout "$BASE" --flash-size 1M --bundle-size 4096 -o "$T/small.bin" >"$T/r" 2>&1
status $? 1 "relayout to a region smaller than the bundle"
has "$T/r" "does not fit a bundle region of 4096 bytes" "relayout: region too small message"

echo "firmware native modules: $pass passed, $fail failed"
[ "$fail" = 0 ]
