#!/bin/sh
# Time `espy build` of a 20-module application (generated here: classes, functions, constants,
# about 2.5 kB of source each) into the firmware image.  Prints each run's wall-clock and CPU
# time as espy build measures them (from the start of the command to the written image), then
# the median.  The issue's target: under 50 ms.
# usage: tests/firmware/bench-bake.sh ESPY BASE_IMAGE [RUNS]
set -u
ESPY=$1 BASE=$2 RUNS=${3:-9}
case $ESPY in */*) ;; *) ESPY=./$ESPY ;; esac
T=$(mktemp -d "${TMPDIR:-/tmp}/espy-bake-bench.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT
sh "$(dirname "$0")/genapp.sh" 20 "$T/app"
printf 'import mod0\nprint(mod0.func0_1([1, 2, 3]))\n' >"$T/app/main.py"
r=0
while [ $r -lt "$RUNS" ]; do
    "$ESPY" build -o "$T/app.bin" --base "$BASE" "$T/app" >"$T/out" 2>&1 || { cat "$T/out"; exit 1; }
    sed -n 's/.*; \([0-9.]*\) ms (\([0-9.]*\) ms CPU)$/\1 \2/p' "$T/out" >>"$T/times"
    r=$((r + 1))
done
sed 's/.*: //' "$T/out"
echo "espy build, $(ls "$T/app" | wc -l) modules, $(cat "$T/app"/*.py | wc -c) bytes of source, $RUNS runs (wall ms, CPU ms):"
tr '\n' ';' <"$T/times" | sed 's/;$/\n/; s/;/;  /g'
wall=$(sort -n "$T/times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
cpu=$(awk '{print $2}' "$T/times" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median: $wall ms wall-clock, $cpu ms CPU (target < 50 ms)"
