#!/bin/sh
# The runner wrapper of tests/run.sh (-x) for the lx106: runs `ELF ARGS...` under QEMU
# (ports/qemu/run.sh: semihosting, the TCG plugin's flash-load check) in the current directory,
# which is the test's own: the guest opens the script and its files relative to it.  The
# guest's clock is set to the host's time (-X epoch), as a board's would be over the network.
#
# With LX106_PYSTATS=DIR set, also records per test, in DIR/<dir>_<name>.stats: the executed
# instructions (plugin), the peak C stack and the peak heap (espy's -X peakstack/peakheap,
# taken out of the test's stderr).
top=$(cd "$(dirname "$0")/../.." && pwd)
elf=$1
shift
now=$(date +%s)
[ -n "$LX106_PYSTATS" ] || exec "$top/ports/qemu/run.sh" "$elf" -X epoch="$now" "$@"

name=
for a in "$@"; do
    case "$a" in *.py) name=$(basename "$a" .py); break ;; esac
done
st="$LX106_PYSTATS/$(basename "$PWD")_$name"
LX106_STATS="$st.plugin" "$top/ports/qemu/run.sh" "$elf" -X epoch="$now" -X peakstack -X peakheap "$@" 2>"$st.err"
rc=$?
grep -Ev '^peak (heap|C stack): [0-9]' "$st.err" >&2
{
    echo "status: $rc"
    cat "$st.plugin" 2>/dev/null
    grep -E '^peak (heap|C stack): [0-9]' "$st.err"
} >"$st.stats"
rm -f "$st.err" "$st.plugin"
exit $rc
