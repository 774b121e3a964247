#!/bin/sh
# Run an lx106 ELF under QEMU with semihosting: stdin/stdout/stderr pass through, the guest's
# exit status becomes ours.  usage: ports/qemu/run.sh ELF [ARG...]
#
# The guest sees argv = ELF ARG...  Environment:
#   LX106_TIMEOUT=S       wall-clock limit in seconds (default 120); exit status 124 on timeout
#   LX106_PLUGIN=PATH     the TCG plugin (default build/lx106/liblx106_check.so beside this
#                         tree; "none" runs without it: no flash-load check, no count)
#   LX106_PLUGIN_ARGS=A   extra plugin arguments, comma-separated (e.g. out=stats.txt)
#   LX106_STATS=PATH      shorthand for LX106_PLUGIN_ARGS=out=PATH ("insns: N" lands there)
#   LX106_ICOUNT=N        -icount shift=N: CCOUNT follows the instruction count (deterministic
#                         time), at some cost in speed
#   LX106_QEMU=PATH       the QEMU binary (default qemu-system-xtensa)
# Exit statuses besides the guest's own: 70 CPU exception, 71 C stack overflow, 72 forbidden
# flash/IRAM load (plugin), 134 abort(), 124 timeout, 2 usage or not an lx106 ELF.

root=$(cd "$(dirname "$0")/../.." && pwd)
if [ $# -lt 1 ]; then
    echo "usage: run.sh ELF [ARG...]" >&2
    exit 2
fi
elf=$1
if [ ! -f "$elf" ]; then
    echo "run.sh: no such file: $elf" >&2
    exit 2
fi
# QEMU accepts anything as -kernel and would then run zeros until the timeout: check for a
# 32-bit little-endian ELF for Xtensa (e_machine 94) first.
if [ "$(od -An -tx1 -N20 "$elf" | tr -d ' \n')" != "7f454c4601010100000000000000000002005e00" ]; then
    echo "run.sh: $elf is not an lx106 ELF executable" >&2
    exit 2
fi

timeout_s=${LX106_TIMEOUT:-120}
qemu=${LX106_QEMU:-qemu-system-xtensa}
plugin=${LX106_PLUGIN:-$root/build/lx106/liblx106_check.so}

# QEMU option values use ',' as separator; a literal comma is written ',,'.
esc() {
    printf '%s' "$1" | sed 's/,/,,/g'
}

semi="enable=on,target=native"
for a in "$@"; do
    semi="$semi,arg=$(esc "$a")"
done

# From here on the positional parameters are QEMU's command line (word-safe).
set -- -M sim -cpu lx106 -display none -monitor none -serial none -no-reboot
if [ "$plugin" != none ]; then
    if [ ! -f "$plugin" ]; then
        echo "run.sh: plugin $plugin not built (make lx106-rt), or set LX106_PLUGIN=none" >&2
        exit 2
    fi
    popt=$(esc "$plugin")
    [ -n "$LX106_STATS" ] && popt="$popt,out=$(esc "$LX106_STATS")"
    [ -n "$LX106_PLUGIN_ARGS" ] && popt="$popt,$LX106_PLUGIN_ARGS"
    set -- "$@" -plugin "$popt"
fi
[ -n "$LX106_ICOUNT" ] && set -- "$@" -icount "shift=$LX106_ICOUNT"

# No serial, monitor or display: QEMU leaves the terminal and stdin alone, and the guest's
# semihosting read(0)/write(1)/write(2) are the host's.
timeout --foreground -k 5 "$timeout_s" "$qemu" "$@" -semihosting-config "$semi" -kernel "$elf"
status=$?
if [ $status -eq 124 ]; then
    echo "run.sh: $elf timed out after ${timeout_s}s" >&2
fi
exit $status
