#!/bin/sh
# Benchmark runner: espy against CPython on the programs in bench/.
#
#   bench/run.sh [-n RUNS] [name ...]
#
# Each program (bench/<name>.py, all of them by default) runs RUNS times (default 5) under
# build/espy and under python3, alternately, so that a slow phase of the machine hurts both.
# Every run's standard output must equal bench/<name>.exp (CPython's output); then espy runs
# once more with "-X peakheap" and reports "peak heap: N bytes" on stderr at exit.
#
# Prints a table: the median time of each interpreter, the ratio espy/CPython, espy's peak
# heap, and the geometric mean of the ratios. Times are CPU seconds (user + system) of the
# interpreter process, taken from the POSIX `times` builtin: on a shared machine they move
# much less than wall-clock time.
#
# Never fails on timing. Exit status: 0 when all outputs were right, 1 when some program
# printed something else than its .exp (or crashed), 2 for a usage error.
#
# Environment: ESPY (default build/espy), ESPY_FLAGS (default "-X heapsize=64m"),
# PYTHON (default python3; if it is not installed only espy is run), BENCH_TIMEOUT (seconds
# per run, default 600, used when the `timeout` command exists).
# POSIX sh and awk only; no Python is needed for the espy side.

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
ESPY=${ESPY:-$root/build/espy}
ESPY_FLAGS=${ESPY_FLAGS--X heapsize=64m}
PYTHON=${PYTHON:-python3}
BENCH_TIMEOUT=${BENCH_TIMEOUT:-600}

usage() {
    echo "usage: bench/run.sh [-n RUNS] [name ...]" >&2
    exit 2
}

runs=5
while [ $# -gt 0 ]; do
    case $1 in
        -n) [ $# -ge 2 ] || usage; runs=$2; shift 2 ;;
        -n*) runs=${1#-n}; shift ;;
        -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        --) shift; break ;;
        -*) echo "bench/run.sh: unknown option $1" >&2; usage ;;
        *) break ;;
    esac
done
case $runs in
    ''|*[!0-9]*|0) echo "bench/run.sh: RUNS must be a positive integer, not '$runs'" >&2; exit 2 ;;
esac

# the programs: names given, or every bench/*.py
if [ $# -eq 0 ]; then
    for f in "$here"/*.py; do
        [ -f "$f" ] && set -- "$@" "$(basename "$f" .py)"
    done
fi
names=
for a in "$@"; do
    n=$(basename "$a" .py)
    if [ ! -f "$here/$n.py" ]; then echo "bench/run.sh: no benchmark '$a' (bench/$n.py)" >&2; exit 2; fi
    if [ ! -f "$here/$n.exp" ]; then echo "bench/run.sh: bench/$n.exp is missing" >&2; exit 2; fi
    names="$names $n"
done

if [ ! -x "$ESPY" ]; then
    echo "bench/run.sh: $ESPY not found or not executable (run make first, or set ESPY)" >&2
    exit 2
fi
have_python=1
if ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "bench/run.sh: $PYTHON not found: running espy only" >&2
    have_python=0
fi
tmo=
if command -v timeout >/dev/null 2>&1; then tmo="timeout $BENCH_TIMEOUT"; fi

tmp=$(mktemp -d 2>/dev/null) || { tmp=${TMPDIR:-/tmp}/bench.$$; mkdir -p "$tmp" || exit 2; }
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

# run NAME LABEL CMD...: runs CMD in bench/ with stdout and stderr captured; sets $secs to
# the CPU time it used and $rc to its exit status.
run() {
    shift 2    # NAME and LABEL are for the reader of a trace
    (cd "$here" && $tmo "$@" >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/rc"; times >"$tmp/times")
    rc=$(cat "$tmp/rc")
    secs=$(awk 'NR == 2 { t = 0
                          for (i = 1; i <= 2; i++) { split($i, p, "m"); sub("s", "", p[2]); t += p[1] * 60 + p[2] }
                          printf "%.3f\n", t }' "$tmp/times")
}

# check NAME LABEL: compares the last run's output with the .exp; prints why when it differs
check() {
    if [ "$rc" -ne 0 ]; then
        echo "FAIL $1 ($2): exit status $rc: $(tail -n 1 "$tmp/err")" >&2
        return 1
    fi
    if ! cmp -s "$tmp/out" "$here/$1.exp"; then
        echo "FAIL $1 ($2): output differs from bench/$1.exp" >&2
        diff "$here/$1.exp" "$tmp/out" | head -n 6 >&2
        return 1
    fi
    return 0
}

median() {
    tr ' ' '\n' | awk 'NF' | sort -n | awk '{ v[NR] = $1 }
        END { if (NR == 0) { print "-"; exit }
              if (NR % 2) printf "%.3f\n", v[(NR + 1) / 2]
              else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

failed=0
table=$tmp/table
: >"$table"
for n in $names; do
    espy_times=
    py_times=
    ok=1
    i=0
    while [ $i -lt "$runs" ]; do
        i=$((i + 1))
        # shellcheck disable=SC2086  # ESPY_FLAGS is a list of words
        run "$n" espy "$ESPY" $ESPY_FLAGS "$n.py"
        if check "$n" espy; then espy_times="$espy_times $secs"; else ok=0; break; fi
        if [ $have_python -eq 1 ]; then
            run "$n" python3 "$PYTHON" "$n.py"
            if check "$n" python3; then py_times="$py_times $secs"; else ok=0; break; fi
        fi
    done
    peak=-
    if [ $ok -eq 1 ]; then
        # shellcheck disable=SC2086
        run "$n" "espy -X peakheap" "$ESPY" $ESPY_FLAGS -X peakheap "$n.py"
        if check "$n" "espy -X peakheap"; then
            p=$(sed -n 's/^peak heap: \([0-9][0-9]*\) bytes$/\1/p' "$tmp/err" | tail -n 1)
            [ -n "$p" ] && peak=$p
        else
            ok=0
        fi
    fi
    if [ $ok -eq 0 ]; then
        failed=1
        echo "$n FAIL FAIL - -" >>"$table"
        continue
    fi
    em=$(echo "$espy_times" | median)
    pm=$(echo "$py_times" | median)
    echo "$n $em $pm $peak" >>"$table"
    echo "bench: $n: espy $em s, cpython $pm s" >&2
done

echo
awk -v runs="$runs" '
    BEGIN { printf "%-16s %10s %10s %8s %12s\n", "program", "espy s", "cpython s", "ratio", "peak heap" }
    {
        ratio = "-"
        if ($2 != "FAIL" && $3 != "-" && $3 > 0 && $2 > 0) {
            r = $2 / $3; ratio = sprintf("%.2f", r); logsum += log(r); nr++
        }
        printf "%-16s %10s %10s %8s %12s\n", $1, $2, $3, ratio, $4
    }
    END {
        if (nr > 0) printf "geometric mean of espy/CPython ratios: %.2f (%d programs, median of %d runs, CPU seconds)\n", exp(logsum / nr), nr, runs
        else printf "no ratios (median of %d runs, CPU seconds)\n", runs
    }' "$table"

if [ $failed -ne 0 ]; then
    echo "some benchmarks printed wrong output" >&2
    exit 1
fi
exit 0
