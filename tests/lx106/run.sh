#!/bin/sh
# lx106 platform tests (make test-lx106-rt): runtime-helper vectors, CPU exceptions, the
# exception-return path, semihosting, string functions, stack checks, the TCG plugin and the
# runner script.  usage: tests/lx106/run.sh [BUILD_LX106_DIR]
#   LX106_RTVEC_BASE=N   vector count multiplier (default 2500: 115000 checks)
#   LX106_RTVEC_SEED=S   seed of the vector generator

B=${1:-build/lx106}
T=$B/tests
RUN=ports/qemu/run.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0
fail=0

ok() {
    pass=$((pass + 1))
    echo "PASS $1"
}

bad() {
    fail=$((fail + 1))
    echo "FAIL $1: $2"
    if [ -s "$tmp/out" ]; then
        sed 's/^/    | /' "$tmp/out" | head -20
    fi
}

# expect NAME STATUS PATTERN CMD...: CMD's stdout and stderr go to $tmp/out; the test passes
# when CMD exits with STATUS and the output has a line matching the extended regex PATTERN
# (an empty PATTERN checks the status only).
expect() {
    name=$1 want=$2 pattern=$3
    shift 3
    "$@" >"$tmp/out" 2>&1 </dev/null
    got=$?
    if [ "$got" -ne "$want" ]; then
        bad "$name" "exit status $got, expected $want"
    elif [ -n "$pattern" ] && ! grep -Eq -- "$pattern" "$tmp/out"; then
        bad "$name" "output lacks /$pattern/"
    else
        ok "$name"
    fi
}

# ---- runtime helpers against host-computed results ----------------------------------------
seed=${LX106_RTVEC_SEED:-0x243F6A8885A308D3}
base=${LX106_RTVEC_BASE:-2500}
"$B/rtvec_host" "$seed" "$base" | $RUN "$T/rtvec.elf" >"$tmp/out" 2>&1
st=$?
line=$(grep '^rtvec:' "$tmp/out")
if [ $st -eq 0 ] && echo "$line" | grep -Eq ' [1-9][0-9]* checks of 24 helpers, 0 failures$'; then
    ok "helpers ($line)"
else
    bad "helpers" "exit status $st"
fi

# ---- CPU exceptions: one line, registers, exit status 70 ----------------------------------
x="lx106 exception: cause"
expect "exception ill" 70 "^$x 0 \(IllegalInstruction\) at PC 0x402" $RUN "$T/exceptions.elf" ill
expect "exception syscall" 70 "^$x 1 \(Syscall\) at PC" $RUN "$T/exceptions.elf" syscall
expect "exception load from unmapped" 70 "^$x 15 \(LoadStorePIFAddrError\) at PC 0x[0-9a-f]{8}, address 0x00000100$" \
    $RUN "$T/exceptions.elf" load-unmapped
expect "exception store to unmapped" 70 "^$x 15 \(LoadStorePIFAddrError\) .*address 0x00000100$" \
    $RUN "$T/exceptions.elf" store-unmapped
expect "exception unaligned load" 70 "^$x 9 \(LoadStoreAlignment\) .*address 0x3ff[0-9a-f]{5}$" \
    $RUN "$T/exceptions.elf" load-unaligned
expect "exception unaligned load from flash" 70 "^$x 9 \(LoadStoreAlignment\) .*address 0x402[0-9a-f]{5}$" \
    $RUN "$T/exceptions.elf" load-unaligned-flash
expect "exception unaligned store" 70 "^$x 9 \(LoadStoreAlignment\)" $RUN "$T/exceptions.elf" store-unaligned
expect "exception fetch from unmapped" 70 "^$x 14 \(InstrPIFAddrError\) at PC 0x20000000" \
    $RUN "$T/exceptions.elf" fetch-unmapped
expect "exception break (debug vector)" 70 "^$x 8 \(debug exception: BREAK\)" $RUN "$T/exceptions.elf" break
expect "exception libgcc division by zero" 70 "^$x 0 \(IllegalInstruction: integer division by zero \(libgcc\)\)" \
    $RUN "$T/exceptions.elf" div0
expect "exception double" 70 "^$x 0 \(IllegalInstruction, double exception\)" $RUN "$T/exceptions.elf" double
expect "exception kernel vector" 70 "^$x 0 \(IllegalInstruction, kernel mode\)" $RUN "$T/exceptions.elf" kernel
expect "exception register dump" 70 "^  a12 0x[0-9a-f]{8} .* ps 0x[0-9a-f]{8}  sar [0-9]+$" \
    $RUN "$T/exceptions.elf" ill
expect "user handler resumes" 0 "^resume: 1000 syscalls handled, 0 wrong$" $RUN "$T/resume.elf"
expect "user handler falls back to fatal" 70 "^$x 0 \(IllegalInstruction\)" $RUN "$T/resume.elf" then-ill

# ---- semihosting ---------------------------------------------------------------------------
$RUN "$T/semihost.elf" args "two words" "a,comma" x >"$tmp/out" 2>&1
st=$?
printf '%s\n' 5 "$T/semihost.elf" args "two words" "a,comma" x >"$tmp/want"
if [ $st -eq 0 ] && cmp -s "$tmp/out" "$tmp/want"; then ok "semihosting argv"; else bad "semihosting argv" "status $st or wrong argv"; fi

head -c 150000 "$B/rtvec_host" >"$tmp/in"
$RUN "$T/semihost.elf" cat <"$tmp/in" >"$tmp/cat" 2>"$tmp/out"
st=$?
if [ $st -eq 0 ] && cmp -s "$tmp/in" "$tmp/cat"; then ok "semihosting stdin to stdout (150000 binary bytes)"; else bad "semihosting cat" "status $st or data differs"; fi

$RUN "$T/semihost.elf" file "$tmp/file.bin" >"$tmp/out" 2>&1
st=$?
if [ $st -eq 0 ] && grep -q '^file ok$' "$tmp/out" && [ "$(wc -c <"$tmp/file.bin")" -eq 3000 ]; then
    ok "semihosting files (open/write/lseek/read/close, errors)"
else
    bad "semihosting files" "status $st"
fi
expect "semihosting clock" 0 "^clock ok$" $RUN "$T/semihost.elf" clock
(sleep 1; echo hello) | $RUN "$T/semihost.elf" poll >"$tmp/out" 2>&1
st=$?
ms=$(sed -n 's/^0 1 \([0-9]*\)$/\1/p' "$tmp/out")
if [ $st -eq 0 ] && [ -n "$ms" ] && [ "$ms" -ge 300 ] && [ "$ms" -le 3000 ] && grep -q '^hello$' "$tmp/out"; then
    ok "semihosting poll and CCOUNT clock rate (waited ${ms} ms of ~800)"
else
    bad "semihosting poll" "status $st, wait '$ms' ms"
fi
expect "exit status 42 passes through" 42 "" $RUN "$T/semihost.elf" exit 42
expect "exit status 0 passes through" 0 "" $RUN "$T/semihost.elf" exit 0
expect "abort()" 134 "^lx106: killed by signal 6$" $RUN "$T/semihost.elf" abort

# ---- string functions (flash and RAM sources), under the flash-load check -------------------
expect "string functions" 0 "^strings: [0-9]+ checks, 0 failures$" $RUN "$T/strings.elf"

# ---- stack -------------------------------------------------------------------------------
expect "stack high-water mark" 0 "^stack: [0-9]+ of 8192 bytes used$" $RUN "$T/stack.elf" use 40
expect "stack overflow detected" 71 "^lx106: C stack overflow" $RUN "$T/stack.elf" overflow

# ---- plugin: flash loads --------------------------------------------------------------------
expect "plugin passes -mforce-l32 byte reads of flash" 0 "^flashload: .* sum [0-9]+$" $RUN "$T/flashload-l32.elf"
if grep -q forbidden "$tmp/out"; then bad "plugin quiet on -mforce-l32" "reported something"; else ok "plugin quiet on -mforce-l32"; fi
expect "plugin catches l16ui from flash" 72 "^forbidden load: size 2 at 0x402[0-9a-f]{5} \(pc 0x402[0-9a-f]{5}\)$" \
    env LX106_PLUGIN_ARGS=limit=100 $RUN "$T/flashload-l8.elf"
if grep -Eq "^forbidden load: size 1 at 0x402[0-9a-f]{5} \(pc 0x402[0-9a-f]{5}\)$" "$tmp/out"; then
    ok "plugin catches l8ui from flash"
else
    bad "plugin catches l8ui from flash" "no size-1 report"
fi
if grep -q "lx106_check: 96 forbidden loads" "$tmp/out"; then ok "plugin total (96 loads)"; else bad "plugin total" "no total of 96"; fi
expect "plugin: stores to flash are allowed" 0 "^flashload: 64 byte stores$" $RUN "$T/flashload-l32.elf" store
expect "plugin check=all: stores to flash are allowed" 0 "^flashload: 64 byte stores$" \
    env LX106_PLUGIN_ARGS=check=all $RUN "$T/flashload-l32.elf" store
expect "plugin check=all catches loads too" 72 "lx106_check: 96 forbidden loads" \
    env LX106_PLUGIN_ARGS=check=all $RUN "$T/flashload-l8.elf"

# ---- plugin: instruction counts -------------------------------------------------------------
count() { # count N [ENV...] -> prints "insns" of a run of count.elf N
    n=$1
    shift
    env LX106_STATS="$tmp/stats" "$@" $RUN "$T/count.elf" "$n" >/dev/null 2>&1 || echo "run failed" >&2
    sed -n 's/^insns: //p' "$tmp/stats"
}
c1=$(count 1000)
c2=$(count 2000)
c3=$(count 3000)
c2b=$(count 2000)
c2i=$(count 2000 LX106_ICOUNT=0)
if [ -n "$c1" ] && [ "$c2" -gt "$c1" ] && [ $((c2 - c1)) -eq $((c3 - c2)) ]; then
    ok "instruction count linear ($c1, $c2, $c3: $(((c2 - c1) / 1000)) per iteration)"
else
    bad "instruction count linear" "got '$c1' '$c2' '$c3'"
fi
if [ -n "$c2" ] && [ "$c2" = "$c2b" ] && [ "$c2" = "$c2i" ]; then
    ok "instruction count deterministic (also under -icount)"
else
    bad "instruction count deterministic" "got '$c2' '$c2b' '$c2i'"
fi

expect "code in IRAM calling flash" 0 "^iram_loop at 0x401[0-9a-f]{5}, result [0-9]+$" $RUN "$T/count.elf" 1000 iram

# ---- runner --------------------------------------------------------------------------------
expect "runner without plugin" 0 "^clock ok$" env LX106_PLUGIN=none $RUN "$T/semihost.elf" clock
expect "runner: missing ELF" 2 "no such file" $RUN "$tmp/missing.elf"
printf 'not an elf' >"$tmp/bad.elf"
expect "runner: not an ELF" 2 "not an lx106 ELF" $RUN "$tmp/bad.elf"
expect "runner: host ELF" 2 "not an lx106 ELF" $RUN "$B/rtvec_host"
(sleep 3 | env LX106_TIMEOUT=1 $RUN "$T/semihost.elf" cat) >"$tmp/out" 2>&1
st=$?
if [ $st -eq 124 ] && grep -q "timed out" "$tmp/out"; then ok "runner timeout"; else bad "runner timeout" "status $st"; fi

echo "lx106 platform: $pass passed, $fail failed"
[ $fail -eq 0 ]
