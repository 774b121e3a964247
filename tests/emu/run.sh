#!/bin/sh
# End-to-end tests of the ESP8266 image tools, the firmware self-test and the emulator.
# usage: tests/emu/run.sh ESPY BASE_IMAGE   (make test-emu passes build/espy and the 512K image)
# Needs qemu-system-xtensa and build/emu/rom.elf (found next to ESPY, or via ESPY_EMU_ROM).
set -u
ESPY=$1
BASE=$2
ELF=${BASE%-512k.bin}.elf   # espy-selftest-512k.bin -> espy-selftest.elf
case $ESPY in */*) ;; *) ESPY=./$ESPY ;; esac
T=$(mktemp -d "${TMPDIR:-/tmp}/espy-emu-test.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT

. "$(dirname "$0")/../check.sh"   # ok, bad, has, hasnt, status
# has FILE TEXT NAME: the file contains the fixed string
u8() { od -An -tu1 -j "$2" -N1 "$1" | tr -d ' '; }
u32() { od -An -tu4 -j "$2" -N4 "$1" | tr -d ' '; }
# flip FILE OFFSET: invert one byte in place
flip() {
    v=$(u8 "$1" "$2")
    printf "\\$(printf %o $((255 - v)))" | dd of="$1" bs=1 seek="$2" conv=notrunc 2>/dev/null
}
emu() { "$ESPY" emu "$@" >"$T/out" 2>"$T/err"; }

# ---- espy image info / verify on the base image ------------------------------------------
"$ESPY" image verify "$BASE" >"$T/v" 2>&1; status $? 0 "verify base image"
"$ESPY" image info "$BASE" >"$T/info" 2>&1; status $? 0 "info base image"
has "$T/info" "flash mode DOUT, flash size 512K" "info header"
has "$T/info" "layout: v1 at flash 0x04000, flash 512K" "info layout"
has "$T/info" "reserved 0x7B000 (5 sectors)" "info reserved"
has "$T/info" "bundle: none (region empty)" "info bundle"
has "$T/info" "consistent" "info verdict"
nseg=$(sed -n 's/.*magic 0xE9, \([0-9]*\) segments.*/\1/p' "$T/info")
[ "$(grep -c '^segment [0-9]*: ' "$T/info")" = "$nseg" ] && ok || bad "info lists $nseg segments"
# the entry point agrees with the ELF header
entry=$(xtensa-lx106-elf-readelf -h "$ELF" | sed -n 's/.*Entry point address: *0x\([0-9a-f]*\).*/\1/p')
has "$T/info" "entry 0x$(echo "$entry" | tr a-f A-F | sed 's/^0*//;s/^/00000000/;s/.*\(........\)$/\1/')" "info entry"
# header bytes read straight from the file: magic, count, DOUT (3), 512K@40MHz (0x00)
[ "$(u8 "$BASE" 0) $(u8 "$BASE" 1) $(u8 "$BASE" 2) $(u8 "$BASE" 3)" = "233 $nseg 3 0" ] && ok || bad "raw header bytes"
# the checksum, recomputed here from the segment data: 0xEF ^ every data byte
c=239
for seg in $(sed -n 's/^segment [0-9]*: 0x[0-9A-F]* *\([0-9]*\) bytes.*file offset \(0x[0-9A-F]*\)).*/\1:\2/p' "$T/info"); do
    len=${seg%%:*} off=$((${seg#*:}))
    for b in $(od -An -v -tu1 -j "$off" -N "$len" "$BASE"); do c=$((c ^ b)); done
done
bootlen=$(sed -n 's/^boot image: \([0-9]*\) bytes/\1/p' "$T/info")
[ "$(u8 "$BASE" $((bootlen - 1)))" = "$c" ] && ok || bad "checksum byte != recomputed $c"
has "$T/info" "$(printf 'stored 0x%02X, computed 0x%02X: ok' "$c" "$c")" "info checksum"
# the layout descriptor read straight from flash offset 0x4000: magic, version, size, irom
[ "$(u32 "$BASE" 16384) $(u32 "$BASE" 16388) $(u32 "$BASE" 16392) $(u32 "$BASE" 16396)" = \
  "1280922437 1 524288 16384" ] && ok || bad "raw layout descriptor words"
# from-elf is deterministic and reproduces the base image
"$ESPY" image from-elf "$ELF" -o "$T/again.bin" --flash-size 512K >/dev/null 2>&1; status $? 0 "from-elf"
cmp -s "$BASE" "$T/again.bin" && ok || bad "from-elf output differs from the base image"

# ---- corrupted images are refused --------------------------------------------------------
cp "$BASE" "$T/flip.bin"; flip "$T/flip.bin" 20      # a byte inside segment 0's data
"$ESPY" image verify "$T/flip.bin" >"$T/v" 2>&1; status $? 1 "verify flipped segment byte"
has "$T/v" "checksum mismatch" "verify flipped segment byte"
cp "$BASE" "$T/magic.bin"; flip "$T/magic.bin" 0
"$ESPY" image verify "$T/magic.bin" >"$T/v" 2>&1; status $? 1 "verify bad magic"
has "$T/v" "bad magic" "verify bad magic"
cp "$BASE" "$T/layout.bin"; flip "$T/layout.bin" 16400   # irom_end in the descriptor (0x4000 + 16)
"$ESPY" image verify "$T/layout.bin" >"$T/v" 2>&1; status $? 1 "verify corrupt layout"
has "$T/v" "check word mismatch" "verify corrupt layout"
head -c 1000 "$BASE" >"$T/short.bin"
"$ESPY" image verify "$T/short.bin" >"$T/v" 2>&1; status $? 1 "verify truncated"
has "$T/v" "past the end of the file" "verify truncated"
cp "$BASE" "$T/big.bin"; head -c 600000 /dev/zero >>"$T/big.bin"
"$ESPY" image verify "$T/big.bin" >"$T/v" 2>&1; status $? 1 "verify too big"
has "$T/v" "too big for a 512K flash" "verify too big"
cp "$BASE" "$T/seg.bin"; printf '\000\000\000\120' | dd of="$T/seg.bin" bs=1 seek=8 conv=notrunc 2>/dev/null
"$ESPY" image verify "$T/seg.bin" >"$T/v" 2>&1; status $? 1 "verify segment outside RAM"
has "$T/v" "outside IRAM/DRAM" "verify segment outside RAM"
"$ESPY" image info "$T/nonexistent" >"$T/v" 2>&1; status $? 2 "info missing file"
[ "$(wc -l <"$T/v")" = 1 ] && ok || bad "missing file: one-line error"
"$ESPY" image from-elf "$BASE" -o "$T/x.bin" >"$T/v" 2>&1; status $? 1 "from-elf on a non-ELF"
has "$T/v" "not an ELF file" "from-elf on a non-ELF"
# the ROM model refuses the flipped image the way the ROM does
emu "$T/flip.bin" --timeout 20 </dev/null; status $? 1 "emu flipped image"
has "$T/out" "csum err" "emu flipped image"
hasnt "$T/out" "espy platform self-test" "emu flipped image must not start"

# ---- the packed IRAM code (docs/firmware.md "Packed IRAM code") --------------------------
psize=$(sed -n 's/.*: IRAM code for 0x40100000, \([0-9]*\) bytes packed into [0-9]*$/\1/p' "$T/info")
[ -n "$psize" ] && ok || bad "info shows the packed IRAM code"
isize=$(xtensa-lx106-elf-size -A "$ELF" | awk '$1 == ".iram.text" { print $2 }')
[ "${psize:-0}" = "$(( (isize + 3) / 4 * 4 ))" ] && ok || bad "packed size ${psize:-?}, .iram.text $isize"
poff=$(($(sed -n 's/^segment [0-9]*: 0x3FFF4000 .*(file offset \(0x[0-9A-F]*\)).*/\1/p' "$T/info")))
# its head in the file: magic "ELZ2", the IRAM address
[ "$(u32 "$BASE" $poff) $(u32 "$BASE" $((poff + 4)))" = "844778565 1074790400" ] && ok || bad "packed head words"
# setb FILE OFFSET BYTE: sets a byte of the boot image and mends its checksum, so that the
# damage is met by the packed code's own checks, not by the checksum
setb() {
    was=$(u8 "$1" "$2") cs=$(u8 "$1" $((bootlen - 1)))
    printf "\\$(printf %o "$3")" | dd of="$1" bs=1 seek="$2" conv=notrunc 2>/dev/null
    printf "\\$(printf %o $((cs ^ was ^ $3)))" | dd of="$1" bs=1 seek=$((bootlen - 1)) conv=notrunc 2>/dev/null
}
cp "$BASE" "$T/pdest.bin"; setb "$T/pdest.bin" $((poff + 6)) 32     # to 0x40200000: irom0
"$ESPY" image verify "$T/pdest.bin" >"$T/v" 2>&1; status $? 1 "verify packed code for irom0"
has "$T/v" "packed IRAM code unpacks to 0x40200000" "verify packed code for irom0"
hasnt "$T/v" "checksum" "setb mends the checksum"
cp "$BASE" "$T/plen.bin"; setb "$T/plen.bin" $((poff + 12)) 9; setb "$T/plen.bin" $((poff + 13)) 0
"$ESPY" image verify "$T/plen.bin" >"$T/v" 2>&1; status $? 1 "verify packed stream cut short"
has "$T/v" "packed IRAM code in segment" "verify packed stream cut short"
has "$T/v" "does not unpack" "verify packed stream cut short"
cp "$BASE" "$T/pmagic.bin"; setb "$T/pmagic.bin" $poff 0          # no "ELZ2" head
"$ESPY" image verify "$T/pmagic.bin" >"$T/v" 2>&1; status $? 1 "verify packed segment without its head"
has "$T/v" "lacks the packed IRAM code's head" "verify packed segment without its head"
emu "$T/pmagic.bin" --timeout 20 </dev/null
has "$T/out" "espy: the packed IRAM code does not unpack" "boot stage refuses a segment without the head"
# the ROM loads it (checksum right); the boot stage refuses it and says so
emu "$T/plen.bin" --timeout 20 </dev/null
has "$T/out" "chksum 0x" "ROM loads the image with the short stream"
has "$T/out" "espy: the packed IRAM code does not unpack" "boot stage refuses a short stream"
hasnt "$T/out" "espy platform self-test" "nothing runs after a bad unpack"

# ---- the self-test firmware boots and echoes -------------------------------------------
printf 'hello world\r\n\nsecond line\n' >"$T/s1"
emu "$BASE" --script "$T/s1" --timeout 30; status $? 0 "emu echo"
has "$T/out" "rst cause:1, boot mode:(3,6)" "ROM boot line"
has "$T/out" "$(printf 'chksum 0x%02x csum 0x%02x' "$c" "$c")" "ROM checksum line"
has "$T/out" "espy platform self-test" "banner"
has "$T/out" "layout 512K: irom0 0x04000-" "layout from the descriptor"
has "$T/out" "bundle 0x" "layout bundle"
has "$T/out" "echo: hello world" "echo line 1"
has "$T/out" "echo: second line" "echo line 2"
[ "$(grep -c '^echo: ' "$T/out")" = 3 ] && ok || bad "CR LF is one line end, LF alone another"
heap=$(sed -n 's/.*= \([0-9]*\) bytes, stack.*/\1/p' "$T/out")
[ "${heap:-0}" -ge 65536 ] && ok || bad "heap ${heap:-?} bytes < 64 kB"

# ---- flash writes and erases persist across runs ----------------------------------------
printf '!count\n!count\n' >"$T/c2"; printf '!count\n' >"$T/c1"; printf '!erase\n!count\n' >"$T/ec"
emu "$BASE" --flash "$T/flash.bin" --script "$T/c2" --timeout 30; status $? 0 "persist run 1"
has "$T/out" ": 0 -> 1" "persist run 1"
has "$T/out" ": 1 -> 2" "persist run 1"
[ "$(wc -c <"$T/flash.bin")" = 524288 ] && ok || bad "flash file is not 512 kB"
fs=$(sed -n 's/.*counter at 0x\([0-9a-f]*\): 0.*/\1/p' "$T/out" | head -1)
[ "$(u32 "$T/flash.bin" $((0x${fs:-0})))" = 2 ] && ok || bad "counter word in the flash file"
emu "$BASE" --flash "$T/flash.bin" --script "$T/c1" --timeout 30; status $? 0 "persist run 2"
has "$T/out" ": 2 -> 3" "persist run 2"
emu "$BASE" --flash "$T/flash.bin" --script "$T/ec" --timeout 30; status $? 0 "persist erase"
has "$T/out" "erase sector 0x$fs: ok" "erase"
has "$T/out" ": 0 -> 1" "count after erase"
emu "$BASE" --script "$T/c1" --timeout 30; status $? 0 "fresh flash without --flash"
has "$T/out" ": 0 -> 1" "a run without --flash starts from an erased flash"

# ---- faults print cause and PC, then the ROM reboots the firmware ---------------------
printf '!crash\nafter\n' >"$T/crash"
emu "$BASE" --script "$T/crash" --timeout 30; status $? 0 "crash and reboot"
has "$T/out" "Fatal exception 0(IllegalInstruction) pc=0x402" "fault report"
has "$T/out" "rst cause:2" "reboot after the fault"
has "$T/out" "echo: after" "input continues after the reboot"
# a fault with the flash cache off (inside a flash operation): the report runs from IRAM alone
printf '!crashoff\nafter\n' >"$T/crashoff"
emu "$BASE" --script "$T/crashoff" --timeout 30; status $? 0 "crash with the cache off"
has "$T/out" "Fatal exception 0(IllegalInstruction) pc=0x401" "fault report with the cache off"
has "$T/out" "vector=user" "the whole report with the cache off"
has "$T/out" "echo: after" "input continues after that reboot"

# ---- 8/16-bit loads from flash and IRAM: the LoadStoreError handler -------------------------
# The emulator faults narrow loads from the self-test's two tables as the chip does (pins-file
# lines narrow-load-fault ADDR LEN, addresses from the ELF); !narrow checks the loaded values,
# the other registers and SAR, for code in flash and in IRAM, 4 x 12 loads.
tabs=$(xtensa-lx106-elf-nm "$ELF" | awk '$3 == "selftest_lse_flash" || $3 == "selftest_lse_iram" {print $1}')
[ "$(echo $tabs | wc -w)" = 2 ] && ok || bad "the self-test's narrow-load tables not in $ELF"
for a in $tabs; do echo "narrow-load-fault 0x$a 16"; done >"$T/narrow.pins"
printf '!narrow\n' >"$T/narrow"
emu "$BASE" --script "$T/narrow" --pins "$T/narrow.pins" --trace "$T/narrow.trace" --timeout 60
status $? 0 "narrow loads through the handler"
has "$T/out" "narrow loads: 4 x 12 ok" "narrow loads through the handler"
n=$(grep -c ' LOADSTORE 0x' "$T/narrow.trace")
[ "$n" = 48 ] && ok || bad "48 LoadStoreErrors taken, trace has $n"
has "$T/narrow.trace" "L16SI a1 pc=0x4010" "a trapped load into a1 from IRAM code"
hasnt "$T/out" "Fatal exception" "narrow loads through the handler"
# bad lines are refused
echo "narrow-load-fault 0x3ffe8000 16" >"$T/bad.pins"
emu "$BASE" --script "$T/narrow" --pins "$T/bad.pins" --timeout 30; status $? 2 "narrow-load-fault outside IRAM/flash"
has "$T/err" "bad.pins:1: usage: narrow-load-fault ADDR LEN" "narrow-load-fault outside IRAM/flash"

# ---- the same firmware on bigger flashes -------------------------------------------------
"$ESPY" image relayout "$BASE" --flash-size 4M -o "$T/4m.bin" >"$T/v" 2>&1; status $? 0 "relayout 4M"
"$ESPY" image verify "$T/4m.bin" >"$T/v" 2>&1; status $? 0 "verify 4M"
"$ESPY" image info "$T/4m.bin" >"$T/info4" 2>&1
has "$T/info4" "flash size 4M" "4M header"
has "$T/info4" "reserved 0x3FB000 (5 sectors)" "4M reserved"
[ "$(u8 "$T/4m.bin" 3)" = 64 ] && ok || bad "4M size nibble"
printf '!countend\n!countend\n' >"$T/ce"
emu "$T/4m.bin" --flash "$T/flash4.bin" --script "$T/ce" --timeout 30; status $? 0 "emu 4M"
has "$T/out" "layout 4M" "4M layout in the firmware"
has "$T/out" "counter at 0x3fa000: 1 -> 2" "flash beyond the 1 MB window"
[ "$(wc -c <"$T/flash4.bin")" = 4194304 ] && ok || bad "4M flash file size"
[ "$(u32 "$T/flash4.bin" $((0x3fa000)))" = 2 ] && ok || bad "4M counter word in the flash file"
for sz in 1M:0xFB000:2 2M:0x1FB000:3; do
    name=${sz%%:*} rest=${sz#*:}; res=${rest%%:*} nib=${rest#*:}
    "$ESPY" image relayout "$BASE" --flash-size "$name" -o "$T/r.bin" >"$T/v" 2>&1; status $? 0 "relayout $name"
    "$ESPY" image info "$T/r.bin" >"$T/v" 2>&1; status $? 0 "info $name"
    has "$T/v" "reserved $res (5 sectors)" "$name reserved sectors"
    [ "$(u8 "$T/r.bin" 3)" = $((nib * 16)) ] && ok || bad "$name size nibble"
done
"$ESPY" image relayout "$BASE" --flash-size 512K --bundle-size 480K -o "$T/x.bin" >"$T/v" 2>&1
status $? 1 "relayout with a bundle that does not fit"
has "$T/v" "do not fit" "bundle too big message"
"$ESPY" image relayout "$BASE" --flash-size 1M --bundle-size 1024K -o "$T/x.bin" >"$T/v" 2>&1
status $? 1 "bundle beyond the 1 MB window"
has "$T/v" "1 MB flash cache window" "bundle window message"
"$ESPY" image relayout "$BASE" --flash-size 3M -o "$T/x.bin" >"$T/v" 2>&1; status $? 2 "relayout bad size"
emu "$T/4m.bin" --flash "$T/flash.bin" --script "$T/c1" --timeout 30; status $? 2 "emu size mismatch"
has "$T/err" "flash file" "emu size mismatch message"
emu "$T/nonexistent.bin" --timeout 5; status $? 2 "emu missing image"

# ---- hand-made boot images: faults at the ROM's vectors, reboot loops -------------------
# bytes B...: write the given byte values
bytes() { for b in "$@"; do printf "\\$(printf %o "$b")"; done; }
# mkimg FILE ENTRY_BYTE0 DATA...: one IRAM segment at 0x40100000 (12 data bytes), entry
# 0x401000xx, zero padding, checksum 0xEF ^ data
mkimg() {
    f=$1 e=$2; shift 2
    sum=239; for b in "$@"; do sum=$((sum ^ b)); done
    { bytes 233 1 3 0 "$e" 0 16 64 0 0 16 64 12 0 0 0 "$@" 0 0 0 "$sum"; } >"$f"
}
mkimg "$T/ill.bin" 0 0 0 0 0 0 0 0 0 0 0 0 0          # entry: ILL (zero bytes)
"$ESPY" image info "$T/ill.bin" >"$T/v" 2>&1; status $? 0 "info hand-made image"
has "$T/v" "layout: none" "hand-made image has no layout"
emu "$T/ill.bin" --timeout 20 </dev/null; status $? 3 "fault at the ROM's vectors"
has "$T/out" "Fatal exception 0 at the ROM's user vector: pc=0x40100000" "ROM fault report"
# literal 0x4000264C, then l32r a0 / jx a0: software_reset straight away, for ever
mkimg "$T/loop.bin" 4 76 38 0 64 1 255 255 160 0 0 0 0
"$ESPY" image verify "$T/loop.bin" >"$T/v" 2>&1; status $? 0 "verify hand-made image"
emu "$T/loop.bin" --timeout 20 </dev/null; status $? 4 "reboot loop stopped"
has "$T/err" "rebooted 10 times" "reboot loop message"
[ "$(grep -c 'rst cause:2' "$T/out")" = 9 ] && ok || bad "9 software resets before stopping"

echo "test-emu: $pass passed, $fail failed"
[ "$fail" = 0 ]
