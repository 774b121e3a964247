#!/bin/bash
# Cross-check of flashsim with esptool-js (Espressif's JavaScript flasher), so that the
# simulator and espy's client cannot share one misreading of the ROM protocol.
# usage: tests/flash/run-node.sh BUILD_DIR     (make test-flash-node)
# Installs esptool-js from tests/flash/package-lock.json with `npm ci` (network: the npm
# registry) unless tests/flash/node_modules already holds it.
set -u
B=${1:-build}
FL="$B/flash"
T="$FL/tjs"
HERE=$(cd "$(dirname "$0")" && pwd)
rm -rf "$T"
mkdir -p "$T"
pass=0
failed=0
ok() { pass=$((pass + 1)); echo "ok - $1"; }
bad() { failed=$((failed + 1)); echo "FAIL - $1"; }

if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
    echo "FAIL - node and npm are needed (scripts/setup.sh installs them)"
    echo "0 passed, 1 failed"
    exit 1
fi
if [ ! -f "$HERE/node_modules/esptool-js/package.json" ] ||
   ! grep -q '"version": "0.7.0"' "$HERE/node_modules/esptool-js/package.json"; then
    (cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error) > "$T/npm.log" 2>&1 ||
        (cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error --prefer-offline) >> "$T/npm.log" 2>&1
fi
STUB_JSON="$HERE/node_modules/esptool-js/lib/targets/stub_flasher/esp8266.json"
if [ ! -f "$STUB_JSON" ]; then
    echo "FAIL - esptool-js could not be installed: $(tail -3 "$T/npm.log")"
    echo "0 passed, 1 failed"
    exit 1
fi
# The stub's entry point, so that flashsim answers as the stub once it is started.
ENTRY=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).entry)' "$STUB_JSON")

"$FL/mkimage" image "$T/img.bin" 11 30000 6000
LEN=$(stat -c %s "$T/img.bin")
IMG=$(realpath "$T/img.bin")
SIM_PID=""
trap '[ -n "$SIM_PID" ] && kill $SIM_PID 2>/dev/null' EXIT

for mode in stub rom; do
    "$FL/mkimage" fill "$T/flash.bin" 0xA5 $((512 * 1024))
    rm -f "$T/sim.out"
    "$FL/flashsim" --flash "$T/flash.bin" --log "$T/sim-$mode.log" --stub-entry "$ENTRY" \
        --mac 18:fe:34:ab:cd:ef --idle-exit 60 > "$T/sim.out" &
    SIM_PID=$!
    PTY=""
    for _ in $(seq 100); do
        PTY=$(awk '/^PTY /{print $2}' "$T/sim.out")
        [ -n "$PTY" ] && break
        sleep 0.02
    done
    (cd "$HERE" && timeout 120 node esptooljs.mjs "$mode" "$PTY" "$IMG") \
        > "$T/js-$mode.out" 2> "$T/js-$mode.err"
    rc=$?
    kill $SIM_PID 2>/dev/null
    wait $SIM_PID 2>/dev/null
    SIM_PID=""
    res=$(grep '^{' "$T/js-$mode.out")
    if [ $rc -ne 0 ]; then
        bad "esptool-js ($mode): exit $rc: $(grep -v TRACE "$T/js-$mode.err" | head -5)"
        continue
    fi
    echo "# esptool-js ($mode): $res"
    echo "$res" | grep -q '"chip":"ESP8266' && ok "esptool-js ($mode) detects an ESP8266 from the chip magic" ||
        bad "esptool-js ($mode) chip: $res"
    echo "$res" | grep -q '"mac":"18:fe:34:ab:cd:ef"' && ok "esptool-js ($mode) reads the MAC flashsim keeps in OTP" ||
        bad "esptool-js ($mode) MAC: $res"
    cmp -s -n "$LEN" "$T/img.bin" "$T/flash.bin" && ok "esptool-js ($mode): flashsim's flash equals the image" ||
        bad "esptool-js ($mode): flash differs from the image"
    if [ $mode = stub ]; then
        grep -q "STUB running" "$T/sim-$mode.log" && echo "$res" | grep -q '"flashId":"1340ef"' &&
            ok "stub upload via MEM_BEGIN/DATA/END and the flash ID through SPI registers" ||
            bad "stub: $(cat "$T/sim-$mode.log" | head -12)"
    else
        echo "$res" | grep -q '"fiveWordBegin":"[^"]*status 1,5' &&
            ok "5-word FLASH_BEGIN refused with status 01 05, as the ESP8266 ROM does" ||
            bad "5-word FLASH_BEGIN: $res"
        # esptool-js asks the ROM to erase the true size, so the ROM's bug erases twice that.
        grep -q "FLASH_BEGIN erase_size=0x8cc0 blocks=36 .*erased=0x0-0x12000" "$T/sim-$mode.log" &&
            ok "without the workaround the simulated ROM erases 0x12000 for a 0x8cc0 image" ||
            bad "rom erase: $(grep FLASH_BEGIN "$T/sim-$mode.log")"
    fi
done
echo "$pass passed, $failed failed"
[ "$failed" -eq 0 ]
