#!/bin/sh
# The board library (pylib/) in `espy build` and on the PC (part of make test-pylib):
#   - an app's imports bring the library modules it uses, transitively (ds18x20 -> onewire),
#     from imports anywhere (functions, class bodies, `from x import y`, `import x as y`), and
#     nothing for relative imports, names in strings or modules the app does not import;
#   - a user's module of the same name wins; --no-lib, --lib (with no files), bad --lib;
#   - a library module that does not fit fails as any bundle that does not fit;
#   - `espy prog.py` finds the embedded modules after the script's directory.
# usage: tests/pylib/bake.sh ESPY BASE_IMAGE
set -u
ESPY=$1
BASE=$2
ESPY=$(cd "$(dirname "$ESPY")" && pwd)/$(basename "$ESPY")   # (the PC checks run elsewhere)
T=$(mktemp -d "${TMPDIR:-/tmp}/espy-pylib.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT
. "$(dirname "$0")/../check.sh"   # ok, bad, has, hasnt, status

# build NAME ARGS...: espy build -o $T/NAME.bin, summary in $T/NAME.build, `image info` in
# $T/NAME.info, the module names (sorted, one line) in $T/NAME.mods; exit status in $rc
build() {
    n=$1
    shift
    "$ESPY" build -o "$T/$n.bin" --base "$BASE" "$@" >"$T/$n.build" 2>&1
    rc=$?
    : >"$T/$n.mods"
    if [ $rc = 0 ]; then
        "$ESPY" image info "$T/$n.bin" >"$T/$n.info" 2>&1
        sed -n 's/^  module \([^ ]*\) .*/\1/p' "$T/$n.info" | tr '\n' ' ' >"$T/$n.mods"
    fi
}
# mods NAME "LIST" WHAT: the bundle holds exactly these modules
mods() { if [ "$(cat "$T/$1.mods")" = "$2" ]; then ok; else bad "$3: modules '$(cat "$T/$1.mods")', expected '$2'"; cat "$T/$1.build"; fi; }

mkdir -p "$T/a" "$T/b" "$T/c/pkg" "$T/d" "$T/e"

# ---- an app importing ds18x20 in a function gets ds18x20 and onewire --------------------------
cat >"$T/a/main.py" <<'EOF'
import machine

def sensors():
    from ds18x20 import DS18X20
    return DS18X20
print('import neopixel  # only a string')
EOF
build a "$T/a"
status $rc 0 "build a"
mods a "ds18x20 main onewire _onewire " "ds18x20 brings onewire, and onewire the native _onewire"
has "$T/a.build" "4 modules (library: ds18x20, onewire; native: _onewire), " "summary names the library and native modules"
# the bundle's size follows: ds18x20 and onewire's sources are counted
src_a=$(sed -n 's/.*, \([0-9]*\) bytes of source.*/\1/p' "$T/a.build")
main_a=$(wc -c <"$T/a/main.py")
[ "${src_a:-0}" -gt $((main_a + 2000)) ] && ok || bad "library sources not counted ($src_a bytes)"
"$ESPY" image verify "$T/a.bin" >/dev/null 2>&1
status $? 0 "verify a"

# ---- every way of importing; a user's file of the same name wins -------------------------------
cat >"$T/b/main.py" <<'EOF'
import dht as sensor
class Strip:
    import neopixel
def f():
    import onewire.thing
EOF
printf 'X = 1\n' >"$T/b/neopixel.py"
build b "$T/b"
status $rc 0 "build b"
mods b "dht main neopixel onewire esp _onewire " "import as, in a class body, dotted; the user's neopixel"
has "$T/b.build" "(library: dht, onewire; native: esp, _onewire), " "summary: the user's neopixel is not the library's"
src_b=$(sed -n 's/.*, \([0-9]*\) bytes of source.*/\1/p' "$T/b.build")
lib_b=$(( $(wc -c <"$T/b/main.py") + $(wc -c <"$T/b/neopixel.py") ))
[ "${src_b:-0}" -gt "$lib_b" ] && ok || bad "b: $src_b bytes of source"
# only the user's neopixel, by its size: an app of that file alone
build b1 "$T/b/neopixel.py"
src_b1=$(sed -n 's/.*, \([0-9]*\) bytes of source.*/\1/p' "$T/b1.build")
[ "$src_b1" = 6 ] && ok || bad "b1: $src_b1 bytes of source, expected 6"

# ---- relative imports name the app's package, not the library ----------------------------------
printf 'from . import dht\nfrom .neopixel import X\n' >"$T/c/pkg/__init__.py"
printf 'X = 2\n' >"$T/c/pkg/neopixel.py"
printf 'Y = 3\n' >"$T/c/pkg/dht.py"
printf 'import pkg\n' >"$T/c/main.py"
build c "$T/c"
status $rc 0 "build c"
mods c "main pkg pkg.dht pkg.neopixel " "relative imports add nothing"
hasnt "$T/c.build" "library" "c: no library"

# ---- --no-lib, --lib ---------------------------------------------------------------------------
build n --no-lib "$T/a/main.py"
status $rc 0 "build --no-lib"
mods n "main " "--no-lib"
build l --lib neopixel
status $rc 0 "build --lib with no files"
mods l "neopixel " "--lib neopixel"
has "$T/l.build" "1 modules (library: neopixel), " "--lib summary"
build l2 --lib ds18x20 --no-lib --lib dht --lib dht
status $rc 0 "build --lib twice"
mods l2 "dht ds18x20 onewire esp _onewire " "--lib: a library module brings what it imports, even with --no-lib"
build l3 --lib neopixel "$T/b/neopixel.py"
mods l3 "neopixel " "--lib and a user's module of that name"
hasnt "$T/l3.build" "library" "l3: the user's neopixel"
build bad --lib nosuch "$T/a/main.py"
status $rc 2 "--lib nosuch"
has "$T/bad.build" "espy build: --lib nosuch: no such library or native module (there are dht ds18x20 framebuf neopixel onewire ssd1306 math json struct hashlib heapq re collections random array io errno _machine_i2c _machine_spi _machine_pwm _machine_timer _machine_uart _machine_wdt _machine_rtc esp _onewire _complex)" "--lib nosuch message"
[ -e "$T/bad.bin" ] && bad "--lib nosuch wrote an image" || ok
build bad2 --lib
status $rc 2 "--lib without a name"
has "$T/bad2.build" "--lib needs a value" "--lib message"

# ---- a library module that does not fit: as any bundle -----------------------------------------
# an app just small enough alone (a long string constant), too big with ds18x20 and onewire
# (about 5.5 kB): the room is what the error message of a far too big app says
pad_app() { awk -v n="$1" 'BEGIN { printf "import ds18x20\nS = \""; for (i = 0; i < n; i++) printf "x"; printf "\"\n" }'; }
pad_app 250000 >"$T/d/main.py"
build d0 --no-lib "$T/d/main.py"
status $rc 1 "far too big"
room=$(sed -n 's/.*room for \([0-9]*\) bytes.*/\1/p' "$T/d0.build")
[ -n "$room" ] && ok || bad "far too big: no 'room for N bytes' in the message"
pad_app $((${room:-70000} - 3000)) >"$T/d/main.py"
build d "$T/d/main.py"
status $rc 1 "too big with the library"
has "$T/d.build" "bytes too big for a 512K flash" "too big message"
[ -e "$T/d.bin" ] && bad "a bundle too big wrote an image" || ok
build d2 --no-lib "$T/d/main.py"
status $rc 0 "fits without the library"

# ---- on the PC: espy prog.py finds the embedded modules after the script's directory ----------
cat >"$T/e/prog.py" <<'EOF'
import sys
import ds18x20, onewire
print('.frozen' in sys.path, ds18x20.onewire is onewire, hasattr(ds18x20, '__file__'))
class Bus:
    def scan(self):
        return [b'\x28\x01', b'\x01\x02', b'\x10\x03']
print([r[0] for r in ds18x20.DS18X20(Bus()).scan()])
ds18x20.DS18X20(None).read_temp(b'\x28')
EOF
(cd "$T/e" && "$ESPY" prog.py) >"$T/e.out" 2>&1
status $? 1 "prog.py with a traceback"
has "$T/e.out" "True True False" "the embedded modules are imported"
has "$T/e.out" "[40, 16]" "ds18x20 from the embedded copy runs"
has "$T/e.out" 'File "pylib/ds18x20.py", line' "traceback names the library file"
has "$T/e.out" "AttributeError" "traceback"
printf 'print("mine")\n' >"$T/e/onewire.py"
(cd "$T/e" && "$ESPY" -c 'import onewire') >"$T/e2.out" 2>&1
has "$T/e2.out" "mine" "a module in the current directory wins over the library"
(cd "$T/e" && "$ESPY" -c 'import neopixel, dht; print(neopixel.NeoPixel.ORDER, dht.DHT22.__name__)') >"$T/e3.out" 2>&1
has "$T/e3.out" "(1, 0, 2, 3) DHT22" "-c finds the library"
(cd "$T/e" && "$ESPY" -c 'import nosuchlib') >"$T/e4.out" 2>&1
has "$T/e4.out" "ModuleNotFoundError: No module named 'nosuchlib'" "other names are still not found"

echo "pylib bake tests: $pass passed, $fail failed"
[ $fail -eq 0 ]
