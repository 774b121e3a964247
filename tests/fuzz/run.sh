#!/bin/sh
# Fuzzes espy with mutated test programs (issue 2: bad input never crashes).
#
#   tests/fuzz/run.sh [-n N] [-s SEED] [-j JOBS] [-e ESPY] [-t SECS] [-h HEAP] [files or dirs...]
# (-h: the heap, 64k by default; a small one makes the collector run often)
#
# Case k (k = SEED .. SEED+N-1) picks a test program by k, mutates it with tools/fuzzmut
# (seed k) and runs the mutant one of four ways: as a program (`espy -X heapsize=64k m.py`,
# most cases), as `espy -c CODE`, through the REPL (`espy -X heapsize=64k < m.py`) or through
# `espy compile m.py`.
# Everything runs under `timeout` in a scratch directory.  A case fails (a "crash") when
#   - a sanitizer reports (the make fuzz build has ASan+UBSan), or
#   - espy dies of a signal (status 129..192; 124 and 137 are the timeout: counted as hangs), or
#   - status 1 comes without an error line: a program error must end its stderr with a
#     traceback's "Name: message" line (or at least a "Name" line).
# Crashing inputs go to $FUZZ_OUT/crashes/ (default build/fuzz/crashes) as <mode>-<k>.py with
# the command in .cmd and stderr's tail in .err; a summary comes last.  Exit status 1 if any
# case crashed.  The same SEED and N always run the same cases.
top=$(cd "$(dirname "$0")/../.." && pwd)
n=200
seed=1
jobs=$(nproc 2>/dev/null || echo 2)
espy=""
tmo=5
heap=64k
while [ $# -gt 0 ]; do
    case "$1" in
    -n) n=$2; shift 2 ;;
    -s) seed=$2; shift 2 ;;
    -j) jobs=$2; shift 2 ;;
    -e) espy=$2; shift 2 ;;
    -t) tmo=$2; shift 2 ;;
    -h) heap=$2; shift 2 ;;
    *) break ;;
    esac
done
out=${FUZZ_OUT:-$top/build/fuzz}
if [ -z "$espy" ]; then
    if [ -x "$out/espy" ]; then espy=$out/espy; else espy=$top/build/espy; fi
fi
mut=${FUZZMUT:-$out/tools/fuzzmut}
case "$espy" in /*) ;; *) espy=$(pwd)/$espy ;; esac
[ -x "$espy" ] || { echo "fuzz: no espy at $espy" >&2; exit 2; }
[ -x "$mut" ] || { echo "fuzz: no mutator at $mut (make fuzz builds it)" >&2; exit 2; }
[ $# -eq 0 ] && set -- "$top/tests/lang" "$top/tests/types" "$top/tests/builtins" "$top/tests/modules" "$top/tests/import"

mkdir -p "$out/work" "$out/crashes"
work=$(mktemp -d "$out/work/run.XXXXXX")   # its own, so that two runs can share $out
files=$work/files
for arg in "$@"; do
    if [ -d "$arg" ]; then find "$arg" -maxdepth 1 -name '*.py'; else echo "$arg"; fi
done | LC_ALL=C sort > "$files"
nfiles=$(wc -l < "$files")
[ "$nfiles" -gt 0 ] || { echo "fuzz: no input programs" >&2; exit 2; }

res=$(mktemp -d)
trap 'rm -rf "$res" "$work"' EXIT INT TERM
# the sanitizers: stop at the first report, no leak check (the GC heap is never freed), and no
# fake stacks (the GC scans the C stack)
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:detect_stack_use_after_return=0:abort_on_error=0}
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export ASAN_OPTIONS UBSAN_OPTIONS espy mut tmo heap files nfiles out res work

i=0
while [ $i -lt "$n" ]; do echo $((seed + i)); i=$((i + 1)); done |
xargs -P "$jobs" -I{} sh -c '
k=$1
idx=$(( (k * 40503 + 17) % nfiles + 1 ))
src=$(sed -n "${idx}p" "$files")
w=$work/case-$k
rm -rf "$w"; mkdir -p "$w"
"$mut" "$k" "$src" "$w/m.py" || { echo "ERR $k mutator" > "$res/$k"; exit 0; }
case $(( k % 8 )) in
5) mode=c ;;
6) mode=repl ;;
7) mode=compile ;;
*) mode=run ;;
esac
cd "$w"
case $mode in
run) timeout -k 2 "$tmo" "$espy" -X heapsize="$heap" m.py < /dev/null > out 2> err; rc=$? ;;
repl) timeout -k 2 "$tmo" "$espy" -X heapsize="$heap" < m.py > out 2> err; rc=$? ;;
c) timeout -k 2 "$tmo" "$espy" -X heapsize="$heap" -c "$(cat m.py)" < /dev/null > out 2> err; rc=$?
   [ $rc -eq 126 ] && rc=0 ;;   # too long for one argument: not run
compile) timeout -k 2 "$tmo" "$espy" compile m.py > out 2> err; rc=$? ;;
esac
why=""
if grep -aq -e "Sanitizer" -e "runtime error:" err; then why="sanitizer: $(grep -a -m1 -e "ERROR: AddressSanitizer" -e "runtime error:" err | cut -c1-160)"
elif [ $rc -eq 124 ] || [ $rc -eq 137 ]; then why=hang
elif [ $rc -gt 128 ] && [ $rc -le 192 ]; then why="signal (status $rc)"   # (255 is sys.exit(-1))
elif [ $rc -eq 1 ] && ! grep -aq -e stderr -e SystemExit -e "exit(" m.py; then
    # (a program may redirect sys.stderr or exit with status 1 by itself)
    # compile reports on stdout and stderr alike
    cat out err > both
    last=$(grep -av "^[[:space:]]*$" err | tail -n 1)
    [ "$mode" = compile ] && last=$(grep -av "^[[:space:]]*$" both | tail -n 1)
    if ! printf "%s\n" "$last" | grep -aEq "^[A-Za-z_][A-Za-z0-9_.]*(:( |$)|$)"; then
        grep -aq "^Traceback (most recent call last):" err || why="no error line: $(printf "%s" "$last" | cut -c1-120)"
    fi
fi
case "$why" in
"") echo "OK $k $mode $rc" > "$res/$k"; cd /; rm -rf "$w" ;;
hang) echo "HANG $k $mode" > "$res/$k"; cd /; rm -rf "$w" ;;
*)
    c=$out/crashes/$mode-$k
    cp m.py "$c.py"
    echo "$mode: espy $mode of $src mutated with seed $k" > "$c.cmd"
    tail -n 40 err > "$c.err"
    echo "CRASH $k $mode $why ($src)" > "$res/$k"
    cd /; rm -rf "$w"
    ;;
esac
' sh {}

ok=$(cat "$res"/* 2>/dev/null | grep -c "^OK")
hang=$(cat "$res"/* 2>/dev/null | grep -c "^HANG")
crash=$(cat "$res"/* 2>/dev/null | grep -c "^CRASH")
cat "$res"/* 2>/dev/null | grep "^CRASH" | sed "s|$top/||" | sort -k2 -n
echo "fuzz: $n cases from seed $seed: $ok ok, $hang timeouts (${tmo}s), $crash crashes (saved in ${out#$top/}/crashes)"
[ "$crash" -eq 0 ]
