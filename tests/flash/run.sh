#!/bin/bash
# Flash tests: `espy flash` against flashsim (the ROM loader simulator) on a pty.
# usage: tests/flash/run.sh BUILD_DIR     (make test-flash-c)
# ESPY_FLASH overrides the command under test (default: "BUILD_DIR/espy flash").
# Prints one line per check and closes with "N passed, M failed"; exit status 1 on failure.
set -u
B=${1:-build}
FL="$B/flash"
T="$FL/t"
SIM="$FL/flashsim"
MK="$FL/mkimage"
read -r -a ESPY <<< "${ESPY_FLASH:-$B/espy flash}"
rm -rf "$T"
mkdir -p "$T"
pass=0
failed=0
SIM_PID=""
PTY=""

ok() { pass=$((pass + 1)); echo "ok - $1"; }
bad() { failed=$((failed + 1)); echo "FAIL - $1"; }

start_sim() {  # start_sim FLASHFILE [flashsim options...]
    local flash=$1
    shift
    rm -f "$T/sim.out"
    "$SIM" --flash "$flash" --log "$T/sim.log" --qemu qemu-system-xtensa --shim "$FL/shim.elf" \
        --idle-exit 90 "$@" > "$T/sim.out" &
    SIM_PID=$!
    PTY=""
    for _ in $(seq 100); do
        PTY=$(awk '/^PTY /{print $2}' "$T/sim.out" 2>/dev/null)
        [ -n "$PTY" ] && return 0
        sleep 0.02
    done
    echo "flashsim did not start"
    return 1
}

stop_sim() {
    if [ -n "$SIM_PID" ]; then
        kill "$SIM_PID" 2>/dev/null
        wait "$SIM_PID" 2>/dev/null
    fi
    SIM_PID=""
}
trap stop_sim EXIT

size_of() { stat -c %s "$1"; }

# region_is FILE OFFSET LEN REFERENCE REFOFFSET: FILE[OFFSET, +LEN) == REFERENCE[REFOFFSET, +LEN)
region_is() {
    [ "$3" -le 0 ] && return 0
    cmp -s -i "$2:$5" -n "$3" "$1" "$4"
}

# flash_ok NAME IMAGE FLASH OFFSET SIZE LOG: the image is at OFFSET byte for byte, the rest of
# the pre-filled (0xA5) flash is untouched except the sectors the write erased (0xFF).
flash_ok() {
    local name=$1 img=$2 flash=$3 off=$(($4)) size=$5 log=$6
    local len e
    len=$(size_of "$img")
    local end=$(( off + (len + 4095) / 4096 * 4096 ))
    # The ROM's erase quirk may take one more sector; espy says so ("also erases A-B").
    for e in $(sed -n 's/.*also erases 0x[0-9a-f]*-\(0x[0-9a-f]*\).*/\1/p' "$log"); do
        [ $((e)) -gt "$end" ] && end=$((e))
    done
    "$MK" fill "$T/ones" 0xFF "$size"
    if ! region_is "$flash" "$off" "$len" "$img" 0; then
        bad "$name: flash differs from the image"
    elif ! region_is "$flash" 0 "$off" "$T/pattern" 0; then
        bad "$name: flash before the image was changed"
    elif ! region_is "$flash" $((off + len)) $((end - off - len)) "$T/ones" 0; then
        bad "$name: erased space after the image is not 0xFF"
    elif ! region_is "$flash" "$end" $((size - end)) "$T/pattern" "$end"; then
        bad "$name: flash after the erased sectors was changed"
    else
        ok "$name"
    fi
}

# expect_error NAME PATTERN CMD...: exit status 1 and exactly one line on stderr matching PATTERN
expect_error() {
    local name=$1 pat=$2
    shift 2
    "$@" > "$T/out" 2> "$T/err"
    local rc=$?
    local lines
    lines=$(wc -l < "$T/err")
    if [ $rc -ne 1 ]; then
        bad "$name: exit status $rc, expected 1 ($(head -c 200 "$T/err"))"
    elif [ "$lines" -ne 1 ]; then
        bad "$name: $lines lines on stderr, expected 1"
    elif ! grep -q -- "$pat" "$T/err"; then
        bad "$name: message '$(cat "$T/err")' lacks '$pat'"
    else
        ok "$name ($(cat "$T/err"))"
    fi
}

SIZE=$((512 * 1024))
"$MK" fill "$T/pattern" 0xA5 $SIZE
"$MK" image "$T/small.bin" 1 20000 4000          # 24 kB, 24 blocks
"$MK" image "$T/odd.bin" 2 9000 1000             # 3 sectors: the ROM erases a 4th
"$MK" image "$T/cross.bin" 3 70000 2400          # crosses a 64 kB block at 0x10000
"$MK" data "$T/data.bin" 4 5000
"$MK" image "$T/tiny.bin" 5 16

# ---- clean writes ----------------------------------------------------------------------------
run_clean() {  # NAME IMAGE OFFSET BAUD [espy options]
    local name=$1 img=$2 off=$3 baud=$4
    shift 4
    cp "$T/pattern" "$T/flash.bin"
    start_sim "$T/flash.bin" || return
    "${ESPY[@]}" "$img" -p "$PTY" -b "$baud" --offset "$off" "$@" > "$T/out" 2> "$T/err"
    local rc=$?
    stop_sim
    if [ $rc -eq 0 ]; then
        flash_ok "$name" "$img" "$T/flash.bin" "$off" $SIZE "$T/out"
    else
        bad "$name: exit status $rc ($(head -c 300 "$T/err"))"
    fi
}
run_clean "clean write, 24 kB at 0 (115200)" "$T/small.bin" 0 115200
run_clean "clean write with --verify" "$T/small.bin" 0 460800 --verify
run_clean "odd sector count: ROM erase quirk noted and confined" "$T/odd.bin" 0x20000 460800
grep -q "also erases 0x23000-0x24000" "$T/out" && ok "quirk note names the extra sector" ||
    bad "quirk note missing: $(cat "$T/out")"
run_clean "write crossing a 64 kB block (0xF000)" "$T/cross.bin" 0xF000 460800 --verify
grep -q "erase_size=0x11000 .* erased=0xf000-0x21000" "$T/sim.log" && ok "erase-size workaround: 0x11000 asked, 18 sectors erased at 0xF000" ||
    bad "unexpected FLASH_BEGIN: $(grep FLASH_BEGIN "$T/sim.log")"
run_clean "raw data at 0x7E000 with --raw" "$T/data.bin" 0x7E000 921600 --raw --verify
run_clean "16-byte image" "$T/tiny.bin" 0x1000 115200

# ---- verify catches what the ROM cannot see --------------------------------------------------
cp "$T/pattern" "$T/flash.bin"
start_sim "$T/flash.bin" --fault flip@7
expect_error "verify detects a bit flipped after the ROM's read-back" "differs from the image" \
    "${ESPY[@]}" "$T/small.bin" -p "$PTY" -b 460800 --verify
stop_sim
grep -q "^started\|^verified" "$T/out" && bad "verify mismatch still reported success"

# ---- fault injection -------------------------------------------------------------------------
# Recoverable faults: the result must be exact.
for f in drop-rx@5 drop-tx@5 corrupt-rx@5 corrupt-tx@5 corrupt-rx@3x2 stall@6:1200 reset@9 reset@0 \
         wfail@4 drop-tx@23 reset@13x2; do
    cp "$T/pattern" "$T/flash.bin"
    start_sim "$T/flash.bin" --fault "$f" || continue
    "${ESPY[@]}" "$T/small.bin" -p "$PTY" -b 460800 --verify > "$T/out" 2> "$T/err"
    rc=$?
    stop_sim
    if ! grep -q "FAULT" "$T/sim.log"; then
        bad "fault $f: never injected"
    elif [ $rc -ne 0 ]; then
        bad "fault $f: not recovered (exit $rc: $(cat "$T/err"))"
    else
        flash_ok "fault $f: recovered, flash exact" "$T/small.bin" "$T/flash.bin" 0 $SIZE "$T/out"
    fi
done

# Unrecoverable faults: a one-line error naming the block, never a success message.
for spec in "hang@5:5" "corrupt-rx@7*:7" "wfail@2*:2" "reset@11*:11" "stall@4:8000:4"; do
    f=${spec%:*}
    blk=${spec##*:}
    cp "$T/pattern" "$T/flash.bin"
    start_sim "$T/flash.bin" --fault "$f" || continue
    expect_error "fault $f: stops naming block $blk" "block $blk " \
        "${ESPY[@]}" "$T/small.bin" -p "$PTY" -b 460800 --verify
    stop_sim
    grep -q "^started\|^verified" "$T/out" && bad "fault $f: reported success"
done

# ---- chip information, size check -----------------------------------------------------------
cp "$T/pattern" "$T/flash.bin"
start_sim "$T/flash.bin"
"${ESPY[@]}" --chip-info -p "$PTY" > "$T/out" 2> "$T/err"
stop_sim
grep -q "MAC: *5c:cf:7f:12:34:56" "$T/out" && grep -q "JEDEC ID ef 40 13" "$T/out" && grep -q "512 kB" "$T/out" &&
    ok "chip info: MAC from OTP word 3, JEDEC ID, 512 kB" || bad "chip info: $(cat "$T/out" "$T/err")"

"$MK" fill "$T/flash1m.bin" 0xFF $((1024 * 1024))
start_sim "$T/flash1m.bin" --size $((1024 * 1024)) --mac 18:fe:34:ab:cd:ef
"${ESPY[@]}" --chip-info -p "$PTY" > "$T/out" 2> "$T/err"
stop_sim
grep -q "MAC: *18:fe:34:ab:cd:ef" "$T/out" && grep -q "1024 kB" "$T/out" &&
    ok "chip info: Espressif OUI code, 1 MB flash" || bad "chip info 1 MB: $(cat "$T/out" "$T/err")"

"$MK" fill "$T/flash256.bin" 0xFF $((256 * 1024))
"$MK" image "$T/300k.bin" 6 300000
start_sim "$T/flash256.bin" --size $((256 * 1024))
expect_error "image larger than the detected flash is refused" "do not fit in the 256 kB flash" \
    "${ESPY[@]}" "$T/300k.bin" -p "$PTY" -b 921600
stop_sim
grep -q "FLASH_BEGIN" "$T/sim.log" && bad "flash was touched for an image that does not fit"

# ---- bad input ------------------------------------------------------------------------------
: > "$T/empty.bin"
: > "$T/regular"
cp "$T/small.bin" "$T/badsum.bin"
printf '\x00' | dd of="$T/badsum.bin" bs=1 seek=100 conv=notrunc status=none
expect_error "missing port" "no such serial port" "${ESPY[@]}" "$T/small.bin" -p "$T/no-such-tty"
expect_error "port that is /dev/null" "not a serial device" "${ESPY[@]}" "$T/small.bin" -p /dev/null
expect_error "port that is a file" "not a serial device" "${ESPY[@]}" "$T/small.bin" -p "$T/regular"
expect_error "no -p" "no serial port given" "${ESPY[@]}" "$T/small.bin"
expect_error "image that is not an ESP8266 image" "not an ESP8266 image" "${ESPY[@]}" "$T/data.bin" -p /dev/null
expect_error "image with a bad checksum" "checksum" "${ESPY[@]}" "$T/badsum.bin" -p /dev/null
expect_error "empty image" "empty file" "${ESPY[@]}" "$T/empty.bin" -p /dev/null
expect_error "missing image" "No such file" "${ESPY[@]}" "$T/none.bin" -p /dev/null
expect_error "unaligned offset" "multiple of 4096" "${ESPY[@]}" "$T/small.bin" -p /dev/null --offset 0x1234
expect_error "bad baud rate" "baud" "${ESPY[@]}" "$T/small.bin" -p /dev/null -b 12345
start_sim "$T/flash.bin" --dead
expect_error "no answer to SYNC" "hold GPIO0 low" "${ESPY[@]}" "$T/small.bin" -p "$PTY"
stop_sim

# ---- speed: 512 kB at 115200 against the link's limit ---------------------------------------
"$MK" image "$T/full.bin" 7 32768 4096 $((SIZE - 36864 - 40))
cp "$T/pattern" "$T/flash.bin"
start_sim "$T/flash.bin"
t0=$(date +%s%N)
"${ESPY[@]}" "$T/full.bin" -p "$PTY" -b 115200 > "$T/out" 2> "$T/err"
rc=$?
t1=$(date +%s%N)
stop_sim
if [ $rc -ne 0 ]; then
    bad "512 kB at 115200: exit $rc ($(cat "$T/err"))"
else
    flash_ok "512 kB image at 115200" "$T/full.bin" "$T/flash.bin" 0 $SIZE "$T/out"
    line=$(grep "^line:" "$T/out")
    sent=$(echo "$line" | sed 's/line: \([0-9]*\) bytes sent, \([0-9]*\) received.*/\1/')
    recv=$(echo "$line" | sed 's/line: \([0-9]*\) bytes sent, \([0-9]*\) received.*/\2/')
    ms=$(( (t1 - t0) / 1000000 ))
    limit_ms=$(( (sent + recv) * 10 * 1000 / 115200 ))
    pct=$(( ms * 1000 / limit_ms ))
    echo "# 512 kB at 115200: $sent bytes sent + $recv received = link limit ${limit_ms} ms; took ${ms} ms (ratio $((pct / 1000)).$(printf %03d $((pct % 1000))))"
    [ "$ms" -le $((limit_ms * 110 / 100)) ] && ok "512 kB written within 10% of the link limit" ||
        bad "512 kB took ${ms} ms, more than 110% of ${limit_ms} ms"
fi

echo "$pass passed, $failed failed"
[ "$failed" -eq 0 ]
