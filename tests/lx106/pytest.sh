#!/bin/sh
# The Python test suite on the lx106 under QEMU (make test-lx106): tests/run.sh with
# build/lx106/espy.elf through tests/lx106/espy.sh, the board's 64 kB heap, minus the tests
# listed in tests/lx106/skip.txt (each with its reason).  Prints run.sh's failures and
# "N passed, M failed", then the skips and the measurements: the C stack high-water mark, peak
# heap and instruction counts (the slowest tests).  The table of every test goes to
# build/lx106/pytest-stats.txt.
#
#   tests/lx106/pytest.sh [-j N] [-v] [files or dirs...]
top=$(cd "$(dirname "$0")/../.." && pwd)
opts=
while [ $# -gt 0 ]; do
    case "$1" in
    -j) opts="$opts -j $2"; shift 2 ;;
    -v) opts="$opts -v"; shift ;;
    *) break ;;
    esac
done
[ $# -eq 0 ] && set -- "$top/tests/lang" "$top/tests/import" "$top/tests/types" "$top/tests/builtins" "$top/tests/modules"
elf=$top/build/lx106/espy.elf
if [ ! -f "$elf" ]; then
    echo "pytest.sh: $elf not built (make lx106)" >&2
    exit 2
fi
skipfile=$top/tests/lx106/skip.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# the tests (as tests/run.sh finds them), less the skip list
for arg in "$@"; do
    case "$arg" in /*) ;; *) arg=$(pwd)/$arg ;; esac
    if [ -d "$arg" ]; then
        find "$arg" -maxdepth 1 -name '*.py' | while read -r f; do
            [ -f "${f%.py}.exp" ] && echo "$f"
        done
    elif [ -f "${arg%.py}.exp" ]; then
        echo "$arg"
    fi
done | LC_ALL=C sort >"$tmp/all"
: >"$tmp/list"
: >"$tmp/skipped"
while read -r f; do
    rel=${f#"$top"/}
    reason=$(grep -E "^$rel[[:space:]]" "$skipfile" 2>/dev/null | head -1)
    if [ -n "$reason" ]; then echo "$reason" >>"$tmp/skipped"; else echo "$f" >>"$tmp/list"; fi
done <"$tmp/all"

mkdir -p "$tmp/stats"
# shellcheck disable=SC2086,SC2046
LX106_PYSTATS=$tmp/stats ESPY=$elf sh "$top/tests/run.sh" $opts -x "$top/tests/lx106/espy.sh" \
    $(cat "$tmp/list")
status=$?

nskip=$(wc -l <"$tmp/skipped")
if [ "$nskip" -gt 0 ]; then
    echo "$nskip skipped on lx106 (tests/lx106/skip.txt):"
    sed 's/^/  /' "$tmp/skipped"
fi

# one line per test: name status instructions C-stack heap
for s in "$tmp"/stats/*.stats; do
    [ -f "$s" ] || continue
    awk -v n="$(basename "$s" .stats)" '
        /^status:/ { st = $2 }
        /^insns:/ { ins = $2 }
        /^forbidden:/ { fb = $2 }
        /^peak C stack:/ { stk = $4 }
        /^peak heap:/ { hp = $3 }
        END { printf "%-40s %4s %12s %6s %7s %s\n", n, st, ins, stk, hp, fb + 0 ? "forbidden-loads" : "" }' "$s"
done | LC_ALL=C sort >"$tmp/table"
out=$top/build/lx106/pytest-stats.txt
{
    echo "# test                                 status  instructions  stack   heap"
    cat "$tmp/table"
} >"$out"
awk '
    $3 != "" { n++; ins += $3 }
    $4 != "" && $4 + 0 > stk { stk = $4 + 0; stkn = $1 }
    $5 != "" && $5 + 0 > hp { hp = $5 + 0; hpn = $1 }
    END {
        printf "lx106: %d runs, %.0f M instructions in all; C stack high-water %d bytes (%s); peak heap %d bytes (%s)\n",
               n, ins / 1e6, stk, stkn, hp, hpn
    }' "$tmp/table"
echo "slowest (instructions):"
sort -k3,3nr "$tmp/table" | head -5 | awk '{ printf "  %-40s %6.1f M\n", $1, $3 / 1e6 }'
echo "(all numbers: ${out#"$top"/})"
exit $status
