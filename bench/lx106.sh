#!/bin/sh
# make bench-lx106: the benchmark programs on the ESP8266's instruction set under QEMU, at the
# small size each takes with the argument "small" (sized for the board's heap), with exact
# instruction counts from the project's TCG plugin.  Every output must equal bench/small/X.exp
# (CPython's output at that size, made with `python3 X.py small > small/X.exp`); a second run
# with -X peakheap gives the peak heap.  Prints a table; exit 1 if an output was wrong.
#   bench/lx106.sh [name ...]
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
ELF=${LX106_ELF:-$root/build/lx106/espy.elf}
RUN="$root/ports/qemu/run.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
if [ $# -eq 0 ]; then
    set -- $(cd "$here" && ls *.py | sed 's/\.py$//')
fi
status=0
total=0
printf '%-16s %14s %12s  %s\n' program instructions "peak heap" output
for name in "$@"; do
    (cd "$here" && LX106_STATS="$T/stats" LX106_TIMEOUT=600 "$RUN" "$ELF" "$name.py" small >"$T/out" 2>"$T/err")
    insns=$(sed -n 's/^insns: //p' "$T/stats" 2>/dev/null)
    (cd "$here" && LX106_PLUGIN=none LX106_TIMEOUT=600 "$RUN" "$ELF" -X peakheap "$name.py" small >/dev/null 2>"$T/peak")
    peak=$(sed -n 's/^peak heap: \([0-9]*\) bytes$/\1/p' "$T/peak")
    if cmp -s "$T/out" "$here/small/$name.exp"; then
        result=ok
    else
        result="WRONG: $(cat "$T/out" "$T/err" | tail -n 1 | cut -c1-80)"
        status=1
    fi
    printf '%-16s %14s %12s  %s\n' "$name" "${insns:-?}" "${peak:-?}" "$result"
    total=$((total + ${insns:-0}))
done
printf '%-16s %14s\n' total "$total"
exit $status
