#!/bin/sh
# Files on the emulated board, MicroPython's REPL protocols and the host tools (issue 8):
#   tests/fsrepl/run.sh ESPY BASE_IMAGE      (make test-fsrepl)
#
# - the raw REPL and raw-paste mode driven byte for byte (expected bytes written by hand from
#   MicroPython's documentation of the protocol, docs/repl.md), flow control, Ctrl-C, a cut
#   session, soft reset in raw mode (main.py skipped), the friendly REPL's line editor,
#   history and paste mode;
# - `espy fs put/get/run/ls/cat/rm/mkdir/rmdir/reset` through `espy emu --pty` with a 100 kB
#   binary file, a directory tree, files.py (CPython's output in files.exp), errors;
# - files surviving a soft reset and a power cycle (the emulator keeps the flash file);
# - ENOSPC with nothing lost (enospc.py, enospc.board) and an over-full `espy fs put`;
# - a corrupt filesystem reported at boot, the REPL still up, os.mkfs();
# - `espy build --fs DIR`: boot.py, main.py and data from the filesystem.
set -u
ESPY=$1
BASE=$2
case $ESPY in */*) ;; *) ESPY=./$ESPY ;; esac
D=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d "${TMPDIR:-/tmp}/espy-fsrepl.XXXXXX") || exit 2
EMU_PID=
cleanup() {
    [ -n "$EMU_PID" ] && kill "$EMU_PID" 2>/dev/null && wait "$EMU_PID" 2>/dev/null
    rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 2' INT TERM
. "$(dirname "$0")/../check.sh"   # ok, bad, has, hasnt, status
same() { if cmp -s "$1" "$2"; then ok; else bad "$3: differs from the expected bytes:"; od -c "$1" | head -12; echo "    expected:"; od -c "$2" | head -12; fi; }

# boot IMAGE FLASH INPUT: run the board on the bytes of INPUT; $T/raw is everything it sent,
# $T/tail what came after its first ">>> " prompt (the boot messages and banner cut off)
boot() {
    "$ESPY" emu "$1" --flash "$2" --script "$3" --timeout 60 >"$T/raw" 2>"$T/err"
    st=$?
    off=$(grep -boa '>>> ' "$T/raw" | head -1 | cut -d: -f1)
    tail -c +$(( ${off:-0} + 5 )) "$T/raw" >"$T/tail"
    return $st
}
fresh() { rm -f "$T/flash.bin"; }

RAWB='raw REPL; CTRL-B to exit\r\n'
"$ESPY" image relayout "$BASE" --flash-size 1M -o "$T/fw1m.bin" >/dev/null; status $? 0 "1M image"

# ---- raw REPL, byte for byte ------------------------------------------------------------------
# MicroPython's own example (docs "raw-paste mode"): window 128, two windows granted at once
fresh
printf '\001\005A\001print(123)\004' >"$T/in"
boot "$BASE" "$T/flash.bin" "$T/in"; status $? 0 "raw-paste example"
printf "\r\n$RAWB>R\001\200\000\001\004123\r\n\004\004>" >"$T/want"
same "$T/tail" "$T/want" "raw-paste example"

# plain raw mode: OK, output, 0x04, error output, 0x04, '>'; Ctrl-C clears the line;
# an unknown raw-paste command is answered R 0x00
printf '\001print(1+1)\004abc\003print(5)\0041/0\004\005B\001import sys\nsys.stdout.write("x\\ny")\004' >"$T/in"
boot "$BASE" "$T/flash.bin" "$T/in"; status $? 0 "raw mode"
printf "\r\n$RAWB>OK2\r\n\004\004>OK5\r\n\004\004>OK\004Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\nZeroDivisionError: division by zero\r\n\004>R\000>OKx\r\ny\004\004>" >"$T/want"
same "$T/tail" "$T/want" "raw mode exchange"

# flow control: a 1000-byte program is granted 1000/128 = 7 more windows, one 0x01 each
{ i=0; while [ $i -lt 40 ]; do printf 'x = 1%02d  # .............\n' $i; i=$((i + 1)); done; } >"$T/prog"
[ "$(wc -c <"$T/prog")" = 1000 ] && ok || bad "flow-control program is not 1000 bytes"
{ printf '\001\005A\001'; cat "$T/prog"; printf 'print(x)\004'; } >"$T/in"
boot "$BASE" "$T/flash.bin" "$T/in"; status $? 0 "raw-paste flow control"
printf "\r\n$RAWB>R\001\200\000\001\001\001\001\001\001\001\001\004139\r\n\004\004>" >"$T/want"
same "$T/tail" "$T/want" "raw-paste windows"

# Ctrl-C during raw paste: 0x04, then the KeyboardInterrupt as error output; a session cut in
# the middle of raw mode or raw paste is recovered by the next tool's Ctrl-C, Ctrl-A
printf '\001\005A\001print(1)\003print(9)\004print(\r\003\003\r\001print(7)\004\005A\001pri\r\003\003\r\001print(8)\004' >"$T/in"
boot "$BASE" "$T/flash.bin" "$T/in"; status $? 0 "cut sessions"
printf "\r\n$RAWB>R\001\200\000\001\004\004KeyboardInterrupt\r\n\004>OK9\r\n\004\004>$RAWB>OK7\r\n\004\004>R\001\200\000\001\004\004KeyboardInterrupt\r\n\004>$RAWB>OK8\r\n\004\004>" >"$T/want"
same "$T/tail" "$T/want" "Ctrl-C and cut sessions"

# a long-running program in raw mode stopped by Ctrl-C (the VM's poll takes it from the UART)
printf '\001while True:\n    pass\004\003print("alive")\004' >"$T/in"
boot "$BASE" "$T/flash.bin" "$T/in"; status $? 0 "raw mode Ctrl-C"
has "$T/tail" "KeyboardInterrupt" "Ctrl-C stops a raw-mode program"
has "$T/tail" "alive" "raw REPL usable after Ctrl-C"

# ---- soft reset: MPY: soft reboot; the raw REPL stays raw and skips main.py ----------------
mkdir -p "$T/bm"
printf 'print("BOOT.PY")\n' >"$T/bm/boot.py"
printf 'print("MAIN.PY")\n' >"$T/bm/main.py"
"$ESPY" build -q --fs "$T/bm" -o "$T/bm.bin" --base "$BASE" >"$T/b" 2>&1; status $? 0 "build --fs boot/main"
fresh
printf '\001\004print("raw again")\004\002\004' >"$T/in"
boot "$T/bm.bin" "$T/flash.bin" "$T/in"; status $? 0 "soft reset"
printf "\r\n${RAWB}>OK\r\nMPY: soft reboot\r\nBOOT.PY\r\n${RAWB}>OKraw again\r\n\004\004>\r\n" >"$T/want"
head -c "$(wc -c <"$T/want")" "$T/tail" >"$T/got"
same "$T/got" "$T/want" "soft reset from the raw REPL"
tr -d '\r' <"$T/tail" >"$T/t"
[ "$(grep -c '^MPY: soft reboot$' "$T/t")" = 2 ] && ok || bad "Ctrl-D in the friendly REPL soft-resets"
[ "$(grep -c '^MAIN.PY$' "$T/t")" = 1 ] && ok || bad "main.py runs after a friendly soft reset only"
[ "$(grep -c '^espy .* on esp8266' "$T/t")" = 2 ] && ok || bad "Ctrl-B prints the banner"

# ---- the friendly REPL: line editor, history, Ctrl-C, paste mode ---------------------------
# print(45) <- <- <- 1; xyz Ctrl-A Ctrl-K; two backspaces; Ctrl-U; up arrow; Ctrl-P Ctrl-P;
# Ctrl-C on a typed line; paste mode (expression values printed); paste mode cancelled
printf 'print(45)\033[D\033[D\033[D1\rxyz\001\013print(7)\rprint(99)\010\0108)\rgarbage\025print(6)\r\033[A\r\020\020\rabc\003\005def f():\r    return 41\r\rprint(f() + 1)\r6 * 7\r\004\005junk\003print("end")\r' >"$T/in"
boot "$BASE" "$T/flash.bin" "$T/in"; status $? 0 "friendly REPL"
printf "print(45)\b\b\b145)\b\b\b\r\n145\r\n>>> xyz\b\b\b\033[Kprint(7)\r\n7\r\n>>> print(99)\b\033[K\b\033[K8)\r\n98\r\n>>> garbage\033[7D\033[Kprint(6)\r\n6\r\n>>> print(6)\r\n6\r\n>>> print(6)\033[8Dprint(98)\r\n98\r\n>>> abc\r\n>>> \r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== def f():\r\n===     return 41\r\n=== \r\n=== print(f() + 1)\r\n=== 6 * 7\r\n=== \r\n42\r\n42\r\n>>> \r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== junk\r\n>>> print(\"end\")\r\nend\r\n>>> " >"$T/want"
same "$T/tail" "$T/want" "friendly REPL editing"

# ---- a blank flash is formatted at first boot, silently --------------------------------------
fresh
printf 'import os\nprint(os.listdir(), os.statvfs("/")[0])\n' >"$T/in"
boot "$BASE" "$T/flash.bin" "$T/in"; status $? 0 "first boot"
hasnt "$T/raw" "espy: filesystem" "first boot: no message"
has "$T/raw" "[] 256" "first boot: an empty filesystem"

# ---- espy fs through espy emu --pty ----------------------------------------------------------
start_emu() {   # IMAGE FLASH
    rm -f "$T/pty.out"   # not the previous emulator's PTY line: the new one writes it later
    "$ESPY" emu "$1" --pty --flash "$2" --timeout 170 >"$T/pty.out" 2>"$T/pty.err" &
    EMU_PID=$!
    i=0
    while [ $i -lt 100 ] && ! grep -qs '^PTY ' "$T/pty.out"; do sleep 0.1; i=$((i + 1)); done
    PTY=$(sed -n 's/^PTY //p' "$T/pty.out")
    [ -n "$PTY" ] && ok || bad "espy emu --pty printed no PTY line"
}
stop_emu() { kill "$EMU_PID" 2>/dev/null; wait "$EMU_PID" 2>/dev/null; EMU_PID=; }
fs() { "$ESPY" fs -p "$PTY" "$@" >"$T/o" 2>"$T/e"; }

rm -f "$T/flash1m.bin"
start_emu "$T/fw1m.bin" "$T/flash1m.bin"
head -c 102400 /dev/urandom >"$T/big.bin"
t0=$(date +%s%N)
fs put "$T/big.bin"; status $? 0 "put 100 kB"
t1=$(date +%s%N)
has "$T/o" "(102400 bytes)" "put reports the size"
fs get big.bin "$T/back.bin"; status $? 0 "get 100 kB"
t2=$(date +%s%N)
cmp -s "$T/big.bin" "$T/back.bin" && ok || bad "100 kB file differs after put/get"
echo "fsrepl: 100 kB through the pty: put $(( (t1 - t0) / 1000000 )) ms, get $(( (t2 - t1) / 1000000 )) ms"
# the board reads the file itself: its CRC-32 equals the host's
crc=$("$ESPY" -c "import binascii; print(binascii.crc32(open('$T/big.bin', 'rb').read()))")
printf 'import binascii\nc = 0\nwith open("/big.bin", "rb") as f:\n    while True:\n        d = f.read(1000)\n        if not d:\n            break\n        c = binascii.crc32(d, c)\nprint(c)\n' >"$T/crc.py"
fs run "$T/crc.py"; status $? 0 "run crc.py"
[ "$(tr -d '\r' <"$T/o")" = "$crc" ] && ok || bad "board CRC $(cat "$T/o") != host CRC $crc"
# a directory tree, recursively; ls; cat; import from /lib
mkdir -p "$T/tree/lib/pkg" "$T/tree/empty"
printf 'def hi():\n    return "hi from lib"\n' >"$T/tree/lib/helper.py"
printf 'X = 7\n' >"$T/tree/lib/pkg/__init__.py"
printf 'data\nline 2\n' >"$T/tree/notes.txt"
fs put "$T/tree" /; status $? 0 "put a tree"
fs ls; status $? 0 "ls"
printf '      102400 big.bin\n           0 empty/\n           0 lib/\n          12 notes.txt\n' | LC_ALL=C sort >"$T/want"
LC_ALL=C sort "$T/o" | cmp -s - "$T/want" && ok || bad "ls: $(cat "$T/o")"
fs ls /lib; has "$T/o" "pkg/" "ls /lib"
fs cat notes.txt; status $? 0 "cat"
printf 'data\nline 2\n' | cmp -s - "$T/o" && ok || bad "cat output"
printf 'import helper, pkg\nprint(helper.hi(), pkg.X)\n' >"$T/imp.py"
fs run "$T/imp.py"; status $? 0 "import from /lib"
has "$T/o" "hi from lib 7" "import from /lib output"
# files.py: open() modes, file methods, os functions, errors - as CPython prints them
fs run "$D/files.py"; status $? 0 "files.py on the board"
tr -d '\r' <"$T/o" | cmp -s - "$D/files.exp" && ok || { bad "files.py differs from CPython's output:"; tr -d '\r' <"$T/o" | diff - "$D/files.exp" | head -10; }
# errors: one line, exit status 1
fs rm nothere; status $? 1 "rm of a missing file"
has "$T/e" "[Errno 2] No such file or directory" "rm message"
[ "$(wc -l <"$T/e")" = 1 ] && ok || bad "rm error: one line"
fs rmdir lib; status $? 1 "rmdir of a non-empty directory"
has "$T/e" "[Errno 39]" "rmdir message"
fs mkdir "$(printf 'n%.0s' $(seq 70))"; status $? 1 "mkdir of a long name"
has "$T/e" "[Errno 36]" "long name message"
fs get nothere "$T/x"; status $? 1 "get of a missing file"
fs mkdir newdir; status $? 0 "mkdir"
fs rmdir newdir; status $? 0 "rmdir"
fs rm notes.txt; status $? 0 "rm"
printf 'print(1/0)\n' >"$T/err.py"
printf 'while True:\n    pass\n' >"$T/loop.py"
fs run "$T/err.py"; status $? 1 "run with an error"
has "$T/e" "ZeroDivisionError" "run shows the traceback"
fs bogus; status $? 2 "unknown command"
# plain raw mode (what a board without raw-paste gets), binary data both ways
head -c 5000 /dev/urandom >"$T/small.bin"
"$ESPY" fs -p "$PTY" --no-paste --trace put "$T/small.bin" >"$T/o" 2>"$T/e"; status $? 0 "put in plain raw mode"
hasnt "$T/e" '> \x05A\x01' "--no-paste sends no raw-paste request"
has "$T/e" '< OK' "plain raw mode answers OK"
"$ESPY" fs -p "$PTY" --no-paste get small.bin "$T/small.back" >"$T/o" 2>"$T/e"; status $? 0 "get in plain raw mode"
cmp -s "$T/small.bin" "$T/small.back" && ok || bad "plain raw mode round trip"
# espy term from a pipe: typed lines go to the REPL, the output comes back
printf '\003print(6 * 7)\r' | "$ESPY" term -p "$PTY" --idle 500 >"$T/o" 2>"$T/e"; status $? 0 "espy term"
tr -d '\r' <"$T/o" | grep -qx 42 && ok || bad "espy term: no 42 in $(cat "$T/o")"
# Ctrl-C on the host reaches a program run with espy fs run
"$ESPY" fs -p "$PTY" run "$T/loop.py" >"$T/o" 2>"$T/e" &
RUN_PID=$!
sleep 1.5
kill -INT $RUN_PID
wait $RUN_PID; status $? 1 "espy fs run stopped by Ctrl-C"
has "$T/e" "KeyboardInterrupt" "Ctrl-C reaches the board"
# a session cut in the middle: a program left running when the tool gives up
fs run --timeout 1 "$T/loop.py"; status $? 1 "run --timeout of an endless loop"
fs ls /; status $? 0 "the next session interrupts it"
# soft reset, then a power cycle (a new emulator on the same flash file)
fs reset; status $? 0 "reset"
fs ls /lib/pkg; has "$T/o" "__init__.py" "files after a soft reset"
stop_emu
start_emu "$T/fw1m.bin" "$T/flash1m.bin"
fs get big.bin "$T/back2.bin"; status $? 0 "get after a power cycle"
cmp -s "$T/big.bin" "$T/back2.bin" && ok || bad "100 kB file differs after a power cycle"
stop_emu

# ---- ENOSPC, with nothing lost ----------------------------------------------------------------
rm -f "$T/flash512.bin"
start_emu "$BASE" "$T/flash512.bin"
fs run "$D/enospc.py"; status $? 0 "enospc.py"
tr -d '\r' <"$T/o" | cmp -s - "$D/enospc.board" && ok || { bad "enospc.py output:"; tr -d '\r' <"$T/o" | diff - "$D/enospc.board"; cat "$T/e"; }
head -c 3000 /dev/urandom >"$T/v1.bin"
fs put "$T/v1.bin" data.bin; status $? 0 "put v1"
head -c 300000 /dev/urandom >"$T/huge.bin"
fs put "$T/huge.bin" data.bin; status $? 1 "put of a file bigger than the filesystem"
has "$T/e" "[Errno 28] No space left on device" "put ENOSPC message"
fs get data.bin "$T/v1back.bin"; status $? 0 "get after ENOSPC"
cmp -s "$T/v1.bin" "$T/v1back.bin" && ok || bad "the old version was lost by a failed put"
stop_emu

# ---- an app's image (no native module baked): the file tools still work --------------------
# espy fs, and MicroPython's tools (ampy, rshell, mpremote), move files with binascii: the
# firmware keeps it, whatever the app imports.
mkdir -p "$T/plainapp"
printf 'print("app up")\n' >"$T/plainapp/main.py"
"$ESPY" build -q -o "$T/plainapp.bin" --base "$BASE" "$T/plainapp" >"$T/b" 2>&1; status $? 0 "build a plain app"
"$ESPY" image info "$T/plainapp.bin" >"$T/info" 2>&1
hasnt "$T/info" "(native" "the plain app has no native module"
rm -f "$T/flashapp.bin"
start_emu "$T/plainapp.bin" "$T/flashapp.bin"
fs put "$T/v1.bin" v.bin; status $? 0 "put on an app's image"
fs get v.bin "$T/vback.bin"; status $? 0 "get on an app's image"
cmp -s "$T/v1.bin" "$T/vback.bin" && ok || bad "round trip on an app's image"
stop_emu

# ---- a corrupt filesystem: reported at boot, REPL up, os.mkfs() ---------------------------
fsoff=$("$ESPY" image info "$BASE" | sed -n 's/^ *0x\([0-9a-f]*\)-0x[0-9a-f]* *filesystem.*/\1/p')
[ -n "$fsoff" ] && ok || bad "no filesystem region in image info"
cp "$T/flash512.bin" "$T/bad.bin"
for s in 0 1; do   # two sector headers destroyed: not a filesystem any more (EIO)
    printf 'XXXXXXXXXXXXXXXX' | dd of="$T/bad.bin" bs=1 seek=$(( 0x$fsoff + s * 4096 )) conv=notrunc 2>/dev/null
done
printf 'print(6 * 7)\ntry:\n    open("x", "w")\nexcept OSError as e:\n    print("no fs:", e.errno)\n\nimport os\nos.mkfs()\nwith open("x", "w") as f:\n    f.write("fresh")\n\nprint(open("x").read(), os.listdir())\n' >"$T/in"
boot "$BASE" "$T/bad.bin" "$T/in"; status $? 0 "boot with a corrupt filesystem"
tr -d '\r' <"$T/raw" >"$T/t"
has "$T/t" "espy: filesystem at 0x$fsoff not mounted: [Errno 5] EIO; os.mkfs() formats it" "corrupt filesystem reported"
[ "$(grep -c '^espy: filesystem' "$T/t")" = 1 ] && ok || bad "the report is one line"
grep -A1 '^>>> print(6 \* 7)' "$T/t" | grep -qx 42 && ok || bad "REPL works with a corrupt filesystem"
has "$T/t" "no fs: 19" "files without a filesystem: ENODEV"
has "$T/t" "fresh ['x']" "os.mkfs() makes a new filesystem"
printf 'print(open("x").read())\n' >"$T/in"
boot "$BASE" "$T/bad.bin" "$T/in"; status $? 0 "boot after os.mkfs()"
hasnt "$T/raw" "espy: filesystem" "mounted after os.mkfs()"
has "$T/raw" "fresh" "file written after os.mkfs() survives"

# ---- espy build --fs: the filesystem's boot.py/main.py win over the bundle's -----------------
mkdir -p "$T/app" "$T/fsd/lib"
printf 'print("bundle main")\n' >"$T/app/main.py"
printf 'print("bundle mod")\n' >"$T/app/bmod.py"
printf 'import helper, bmod, os\nprint("fs main", helper.X, open("data.bin", "rb").read(), sorted(os.listdir()))\n' >"$T/fsd/main.py"
printf 'X = 42\n' >"$T/fsd/lib/helper.py"
printf '\000\001\377' >"$T/fsd/data.bin"
"$ESPY" build --fs "$T/fsd" -o "$T/fsapp.bin" --base "$BASE" "$T/app" >"$T/b" 2>&1; status $? 0 "build --fs with a bundle"
has "$T/b" "filesystem at 0x" "build --fs summary"
"$ESPY" image verify "$T/fsapp.bin" >"$T/v" 2>&1; status $? 0 "verify an image with a filesystem"
fresh
boot "$T/fsapp.bin" "$T/flash.bin" /dev/null; status $? 0 "boot build --fs"
tr -d '\r' <"$T/raw" >"$T/t"
has "$T/t" "fs main 42 b'\\x00\\x01\\xff' ['data.bin', 'lib', 'main.py']" "main.py, lib and data from the filesystem"
has "$T/t" "bundle mod" "frozen modules still import"
hasnt "$T/t" "bundle main" "the filesystem's main.py wins"
mkdir -p "$T/toolong"
printf 'x' >"$T/toolong/$(printf 'a%.0s' $(seq 70))"
"$ESPY" build --fs "$T/toolong" -o "$T/no.bin" --base "$BASE" >"$T/b" 2>&1; status $? 1 "build --fs with a long name"
[ "$(wc -l <"$T/b")" = 1 ] && ok || bad "build --fs error: one line"
head -c 600000 /dev/urandom >"$T/fsd/big"
"$ESPY" build --fs "$T/fsd" -o "$T/no.bin" --base "$BASE" >"$T/b" 2>&1; status $? 1 "build --fs too big"
has "$T/b" "does not fit" "build --fs too big message"

echo "test-fsrepl: $pass passed, $fail failed"
[ "$fail" = 0 ]
