#!/bin/sh
# Runs the Python test programs and compares their output with the .exp files (CPython's).
#
#   tests/run.sh [-j N] [-v] [-x 'prefix command'] [-h HEAP] [files or dirs...]
#
# A test is tests/<area>/<name>.py with <name>.exp beside it (files without .exp are helper
# modules).  Each runs from its own directory as `espy -X heapsize=64k name.py`; a first line
# `# espy: heapsize=256k` gives it a bigger heap.  A test passes when its output is the .exp
# and it exits 0 or 1 (as CPython does without or with a traceback).  -x runs espy through a wrapper (the lx106
# emulator uses it), -h changes the default heap.  Prints failures, then "N passed, M failed";
# the exit status is 1 if any failed.
top=$(cd "$(dirname "$0")/.." && pwd)
ESPY=${ESPY:-$top/build/espy}
jobs=$(nproc 2>/dev/null || echo 2)
verbose=0
wrap=""
heap=64k
timeout_s=${TEST_TIMEOUT:-60}
while [ $# -gt 0 ]; do
    case "$1" in
    -j) jobs=$2; shift 2 ;;
    -v) verbose=1; shift ;;
    -x) wrap=$2; shift 2 ;;
    -h) heap=$2; shift 2 ;;
    *) break ;;
    esac
done
[ $# -eq 0 ] && set -- "$top/tests/lang" "$top/tests/import" "$top/tests/types" "$top/tests/builtins" "$top/tests/modules"

list=$(mktemp)
results=$(mktemp -d)
trap 'rm -rf "$list" "$results"' EXIT INT TERM
for arg in "$@"; do
    if [ -d "$arg" ]; then
        find "$arg" -maxdepth 1 -name '*.py' | while read -r f; do
            [ -f "${f%.py}.exp" ] && echo "$f"
        done
    elif [ -f "${arg%.py}.exp" ]; then
        echo "$arg"
    fi
done | LC_ALL=C sort > "$list"

export top ESPY heap wrap timeout_s results
# parallel without bash: xargs runs sh -c for each file
xargs -P "$jobs" -I{} sh -c '
f="$1"; dir=$(dirname "$f"); name=$(basename "$f" .py); h=$heap
first=$(head -n 1 "$f")
case "$first" in *"espy: heapsize="*) h=$(echo "$first" | sed "s/.*espy: heapsize=\([0-9]*[kKmM]*\).*/\1/") ;; esac
key=$(echo "$f" | sed "s|$top/||; s|/|_|g")
out="$results/$key.out"
( cd "$dir" && timeout "$timeout_s" $wrap "$ESPY" -X heapsize="$h" "$name.py" < /dev/null > "$out" 2> "$out.err" )
rc=$?
# CPython exits 0, or 1 after a traceback: any other status (a crash, a timeout, the lx106
# runner reporting a stack overflow or a forbidden flash load) fails even with the right output
if [ $rc -le 1 ] && cmp -s "$out" "${f%.py}.exp"; then echo "PASS $f" > "$results/$key.res"; else echo "FAIL $f (exit $rc)" > "$results/$key.res"; fi
' sh {} < "$list"

pass=0
fail=0
for r in "$results"/*.res; do
    [ -f "$r" ] || continue
    line=$(cat "$r")
    case "$line" in
    PASS*) pass=$((pass + 1)) ;;
    *)
        fail=$((fail + 1))
        echo "$line" | sed "s|$top/||"
        if [ $verbose -eq 1 ]; then
            f=$(echo "$line" | sed 's/^FAIL \([^ ]*\).*/\1/')
            key=$(echo "$f" | sed "s|$top/||; s|/|_|g")
            diff "${f%.py}.exp" "$results/$key.out" | head -20
            head -5 "$results/$key.out.err"
        fi
        ;;
    esac
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
