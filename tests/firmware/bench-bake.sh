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
mkdir -p "$T/app"
i=0
while [ $i -lt 20 ]; do
    {
        echo "# generated module $i"
        echo "import mod$(( (i + 1) % 20 )) as neighbour" | sed '/mod0 as/d'
        echo "LIMIT = $((i * 1000 + 7))"
        echo "NAMES = ('alpha$i', 'beta$i', 'gamma$i', 'delta$i')"
        for c in 0 1; do
            echo "class Thing${i}_$c:"
            echo "    kind = 'thing $i.$c'"
            echo "    def __init__(self, value, *, scale=$((c + 2))):"
            echo "        self.value = value * scale"
            echo "        self.history = []"
            echo "    def update(self, delta):"
            echo "        self.history.append(delta)"
            echo "        self.value += delta"
            echo "        return self.value"
            echo "    def __repr__(self):"
            echo "        return '%s(%r)' % (type(self).__name__, self.value)"
            echo
        done
        for f in 0 1 2 3; do
            echo "def func${i}_$f(items, factor=$f.5):"
            echo "    total = 0"
            echo "    for k, item in enumerate(items):"
            echo "        if k % 3 == $((f % 3)):"
            echo "            total += item * factor"
            echo "        elif item > LIMIT:"
            echo "            raise ValueError('item %d too big in func${i}_$f' % item)"
            echo "    return {'total': total, 'count': len(items), 'name': NAMES[$f]}"
            echo
        done
    } >"$T/app/mod$i.py"
    i=$((i + 1))
done
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
