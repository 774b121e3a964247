#!/bin/sh
# The runner wrapper of tests/run.sh (-x) for the lx106: runs `ELF ARGS...` under QEMU
# (ports/qemu/run.sh: semihosting, the TCG plugin's flash-load check) in the current directory,
# which is the test's own: the guest opens the script and its files relative to it.  The
# guest's clock is set to the host's time (-X epoch), as a board's would be over the network.
# Semihosting cannot list a directory, so the guest is given a listing of this one, three
# levels deep (-X hostls=FILE, made with find before the start; docs/lx106.md "Files").
#
# tests/run.sh compares only the output, so a run that ends in one of the platform's own
# statuses (70 CPU exception, 71 C stack overflow, 72 forbidden flash load, 124 timeout,
# 134 abort) gets a line saying so appended to its stdout: the test fails even if the program
# printed everything before.
#
# With LX106_PYSTATS=DIR set, also records per test, in DIR/<dir>_<name>.stats: the exit
# status, the executed instructions (plugin), the peak C stack and the peak heap (espy's
# -X peakstack/peakheap, taken out of the test's stderr).
top=$(cd "$(dirname "$0")/../.." && pwd)
elf=$1
shift
now=$(date +%s)
listing=$(mktemp)
trap 'rm -f "$listing"' EXIT INT TERM
find . -mindepth 1 -maxdepth 3 -printf '%Y %s %P\n' >"$listing" 2>/dev/null

platform_status() {
    case "$1" in
    70) echo "lx106: CPU exception (exit status 70)" ;;
    71) echo "lx106: C stack overflow (exit status 71)" ;;
    72) echo "lx106: forbidden load from flash or IRAM (exit status 72)" ;;
    124) echo "lx106: timeout (exit status 124)" ;;
    134) echo "lx106: abort (exit status 134)" ;;
    esac
}

if [ -z "$LX106_PYSTATS" ]; then
    "$top/ports/qemu/run.sh" "$elf" -X epoch="$now" -X hostls="$listing" "$@"
    rc=$?
    platform_status $rc
    exit $rc
fi

name=
for a in "$@"; do
    case "$a" in *.py) name=$(basename "$a" .py); break ;; esac
done
st="$LX106_PYSTATS/$(basename "$PWD")_$name"
LX106_STATS="$st.plugin" "$top/ports/qemu/run.sh" "$elf" -X epoch="$now" -X hostls="$listing" -X peakstack -X peakheap \
    "$@" 2>"$st.err"
rc=$?
platform_status $rc
grep -Ev '^peak (heap|C stack): [0-9]' "$st.err" >&2
{
    echo "status: $rc"
    cat "$st.plugin" 2>/dev/null
    grep -E '^peak (heap|C stack): [0-9]' "$st.err"
} >"$st.stats"
rm -f "$st.err" "$st.plugin"
exit $rc
