#!/bin/sh
# picolibc's libm on the lx106 (with ports/qemu/mathfix.c ahead of it) against the host's:
# tests/lx106/libm.c's 200000 results must match bit for bit (every function it calls is exact
# or correctly rounded in IEEE arithmetic).  usage: tests/lx106/libm.sh [BUILD_LX106_DIR]
B=${1:-build/lx106}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
"$B/libm_host" >"$tmp/host" || { echo "FAIL libm: host program"; exit 1; }
if ! LX106_PLUGIN=none ports/qemu/run.sh "$B/tests/libm.elf" >"$tmp/lx106"; then
    echo "FAIL libm: lx106 program exited with status $?"
    exit 1
fi
n=$(wc -l <"$tmp/host")
if cmp -s "$tmp/host" "$tmp/lx106"; then
    echo "PASS libm: $n results identical to the host's"
    exit 0
fi
bad=$(diff "$tmp/host" "$tmp/lx106" | grep -c '^>')
echo "FAIL libm: $bad of $n results differ from the host's (function, argument, result):"
diff "$tmp/host" "$tmp/lx106" | grep '^[<>]' | head -10
exit 1
