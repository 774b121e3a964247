#!/bin/sh
# Edge inputs for espy (issue 2: bad input never crashes), run by make fuzz:
#   1. -c code strings: expressions nested 1000 deep, 100 nested blocks, 10k-character lines
#   2. the runtime stressors of tools/fuzzmut (fuzzmut -p K): huge objects with a 64 kB heap,
#      deep recursion in repr and calls, raising __eq__/__hash__, mutation while sorting or
#      iterating, generators re-entered, sys.setrecursionlimit extremes...
#   3. the image tools on mutated copies of the firmware image and of a baked app:
#      espy image info|verify|relayout and espy build --base
#
#   tests/fuzz/edge.sh [ESPY [FUZZMUT]] [-n IMAGE_CASES]     (EDGE_PARTS=13: only parts 1 and 3)
# A case fails on a sanitizer report, a signal, or status 1 without an error line (for the
# image tools: without a one-line "espy ...: message" on stderr).  Failing inputs are kept in
# $FUZZ_OUT/crashes (default build/fuzz/crashes).
top=$(cd "$(dirname "$0")/../.." && pwd)
ESPY=${1:-$top/build/fuzz/espy}
MUT=${2:-$top/build/fuzz/tools/fuzzmut}
nimg=150
[ "$3" = "-n" ] && nimg=$4
case "$ESPY" in /*) ;; *) ESPY=$(pwd)/$ESPY ;; esac
case "$MUT" in /*) ;; *) MUT=$(pwd)/$MUT ;; esac
out=${FUZZ_OUT:-$top/build/fuzz}
mkdir -p "$out/crashes"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:detect_stack_use_after_return=0}
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export ASAN_OPTIONS UBSAN_OPTIONS
pass=0
fail=0
hang=0

# a Python error ends with "Name: message" (or "Name"); a tool's error is "where: message"
pyline="^[A-Za-z_][A-Za-z0-9_.]*(:( |$)|$)"
okline=$pyline

# check NAME RC ERRFILE INPUT: classify one run
check() {
    why=""
    if grep -aq -e "Sanitizer" -e "runtime error:" "$3"; then why="sanitizer: $(grep -a -m1 -e "ERROR: AddressSanitizer" -e "runtime error:" "$3" | cut -c1-140)"
    elif [ "$2" -eq 124 ] || [ "$2" -eq 137 ]; then hang=$((hang + 1)); echo "timeout $1"; return
    elif [ "$2" -gt 128 ] && [ "$2" -le 192 ]; then why="signal (status $2)"
    elif [ "$2" -eq 1 ]; then
        last=$(grep -av "^[[:space:]]*$" "$3" | tail -n 1)
        printf "%s\n" "$last" | grep -aEq "$okline" ||
            why="no error line: $(printf "%s" "$last" | cut -c1-100)"
    fi
    if [ -z "$why" ]; then pass=$((pass + 1)); return; fi
    fail=$((fail + 1))
    echo "CRASH $1: $why"
    [ -n "$4" ] && cp "$4" "$out/crashes/edge-$1.in"
    tail -n 30 "$3" > "$out/crashes/edge-$1.err"
}

# run NAME CODE-FILE: the code as a program, as -c code and through the REPL
run() {
    (cd "$T" && timeout -k 2 10 "$ESPY" -X heapsize=64k "$2" < /dev/null > /dev/null 2> "$T/err"); check "$1-file" $? "$T/err" "$2"
    (cd "$T" && timeout -k 2 10 "$ESPY" -X heapsize=64k -c "$(cat "$2")" < /dev/null > /dev/null 2> "$T/err"); check "$1-c" $? "$T/err" "$2"
    (cd "$T" && timeout -k 2 10 "$ESPY" -X heapsize=64k < "$2" > /dev/null 2> "$T/err"); rc=$?
    [ $rc -eq 1 ] && rc=0   # the REPL reports errors and goes on; its status is not an error line
    check "$1-repl" $rc "$T/err" "$2"
}

rep() { awk -v s="$1" -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'; }

# 1. nesting and long lines
part1() {
for d in 100 1000 5000; do
    for open in "(" "[" "{1:" "-" "~" "not " "lambda:" "f(" "+" "await " "*" "(yield " "[x for x in "; do
        close=""
        case "$open" in "(" | "f(" | "(yield ") close=")" ;; "[" | "[x for x in ") close="]" ;; "{1:") close="}" ;; esac
        { printf 'def f(*a): return a\nx = '; rep "$open" $d; printf '1'; rep "$close" $d; printf '\nprint(1)\n'; } > "$T/deep.py"
        run "nest$d-$(printf '%s' "$open" | tr -c 'a-z' '_')" "$T/deep.py"
    done
    { printf 'x = 1'; rep ".y" $d; printf '\n'; } > "$T/deep.py"; run "attr$d" "$T/deep.py"
    { printf 'x = [1]'; rep "[0]" $d; printf '\n'; } > "$T/deep.py"; run "subscr$d" "$T/deep.py"
    { printf 'x = 1'; rep " if 1 else 1" $d; printf '\n'; } > "$T/deep.py"; run "ifexp$d" "$T/deep.py"
    { printf 'x = f"'; rep '{f"' 50; rep '"}' 50; printf '"\n'; } > "$T/deep.py"; run "fstr$d" "$T/deep.py"
done
for kw in "if 1:" "while 1:" "for i in [1]:" "def f():" "class C:" "try:" "with open('x', 'w') as q:" "async def f():"; do
    for d in 20 100 200; do
        awk -v kw="$kw" -v d=$d 'BEGIN { for (i = 0; i < d; i++) { for (j = 0; j < i; j++) printf " "; print kw }
            for (j = 0; j < d; j++) printf " "; print "x = 1" }' > "$T/deep.py"
        case "$kw" in try:) awk -v d=$d 'BEGIN { for (i = d - 1; i >= 0; i--) { for (j = 0; j < i; j++) printf " "; print "finally: pass" } }' >> "$T/deep.py" ;; esac
        run "block$d-$(printf '%s' "$kw" | tr -c 'a-z' '_')" "$T/deep.py"
    done
done
{ printf 'x = ['; rep "1, " 5000; printf ']\nprint(len(x))\n'; } > "$T/long.py"; run "long-list" "$T/long.py"
{ printf 'x = "'; rep "ab" 50000; printf '"\nprint(len(x))\n'; } > "$T/long.py"; run "long-str" "$T/long.py"
{ printf 'x = 1'; rep "+1" 10000; printf '\nprint(x)\n'; } > "$T/long.py"; run "long-sum" "$T/long.py"
{ printf 'x = 1'; rep "9" 10000; printf '\nprint(x %% 7)\n'; } > "$T/long.py"; run "long-int" "$T/long.py"
{ printf 'a'; rep "b" 10000; printf ' = 1\n'; } > "$T/long.py"; run "long-name" "$T/long.py"
{ printf 'def f('; rep "a, " 1000; printf '): pass\n'; } > "$T/long.py"; run "many-params" "$T/long.py"
{ printf 'f = lambda: 0\nf('; rep "1, " 3000; printf ')\n'; } > "$T/long.py"; run "many-args" "$T/long.py"
{ rep "x = 1\n" 1; awk 'BEGIN { for (i = 0; i < 3000; i++) printf "v%d = %d\n", i, i }'; } > "$T/long.py"; run "many-globals" "$T/long.py"
{ printf 'def f():\n'; awk 'BEGIN { for (i = 0; i < 1000; i++) printf "    v%d = %d\n", i, i }'; printf '    return v999\nprint(f())\n'; } > "$T/long.py"; run "many-locals" "$T/long.py"
{ printf 'x = {'; awk 'BEGIN { for (i = 0; i < 3000; i++) printf "%d: \"%d\", ", i, i }'; printf '}\nprint(len(x))\n'; } > "$T/long.py"; run "many-consts" "$T/long.py"
printf 'x = """' > "$T/long.py"; run "open-triple" "$T/long.py"
printf 'x = (\n' > "$T/long.py"; run "open-paren" "$T/long.py"
printf 'if 1:\n\tx = 1\n        y = 2\n' > "$T/long.py"; run "tab-space" "$T/long.py"
printf 'x = 1\0\n' > "$T/long.py"; run "nul" "$T/long.py"
printf 'x = "\377\376"\n' > "$T/long.py"; run "bad-utf8" "$T/long.py"
printf '\357\273\277print(1)\n' > "$T/long.py"; run "bom" "$T/long.py"
echo "edge: nesting and long lines done ($pass ok, $fail failed)"
}

# 2. runtime stressors
part2() {
k=0
while "$MUT" -p $k "$T/s.py"; do
    run "stress$k" "$T/s.py"
    k=$((k + 1))
done
echo "edge: $k runtime stressors done ($pass ok, $fail failed)"
}

# 3. image tools on mutated images
part3() {
fw=${FUZZ_FW:-$top/build/esp8266/espy-esp01-512k.bin}   # FUZZ_FW: another base image
if [ -f "$fw" ]; then
    printf 'def f(x):\n    return x * 2\nprint(f(21))\n' > "$T/app.py"
    mkdir -p "$T/fsdir"; printf 'print("boot")\n' > "$T/fsdir/boot.py"; printf 'data' > "$T/fsdir/d.txt"
    "$ESPY" image verify "$fw" > /dev/null 2>&1 || echo "edge: $fw does not verify: the mutants test little beyond its first error"
    "$ESPY" build -o "$T/app.bin" --base "$fw" "$T/app.py" > /dev/null 2>&1 || echo "edge: espy build failed (no app image)"
    "$ESPY" build -o "$T/appfs.bin" --base "$fw" --fs "$T/fsdir" "$T/app.py" > /dev/null 2>&1 || echo "edge: espy build --fs failed"
    okline="^[^ ].*: [^ ]"
    i=0
    while [ $i -lt "$nimg" ]; do
        for img in "$fw" "$T/app.bin" "$T/appfs.bin"; do
            [ -f "$img" ] || continue
            "$MUT" -b $((i * 3 + 1)) "$img" "$T/m.bin"
            for cmd in "image info" "image verify" "image relayout" "build"; do
                case "$cmd" in
                "image relayout") set -- image relayout "$T/m.bin" --flash-size 1M -o "$T/o.bin" ;;
                build) set -- build -o "$T/o.bin" --base "$T/m.bin" "$T/app.py" ;;
                *) set -- $cmd "$T/m.bin" ;;
                esac
                timeout -k 2 20 "$ESPY" "$@" > /dev/null 2> "$T/err"; rc=$?
                # a tool's verdict on a bad image is status 1 (or 2) with a one-line message
                [ $rc -eq 2 ] && rc=1
                check "img$i-$(basename "$img" .bin)-$(echo $cmd | tr ' ' _)" $rc "$T/err" "$T/m.bin"
            done
        done
        i=$((i + 1))
    done
    echo "edge: $nimg mutated images x 3 kinds x 4 commands done"
    # native modules (.enm, docs/bundle.md): no CRC guards them, so a mutant reaches the
    # checks, the name lookup (the app imports heapq) and the relocation of `espy build --native`
    printf 'import heapq\nprint(heapq.nsmallest(1, [2, 1]))\n' > "$T/natapp.py"
    natdir=$(dirname "$fw")/natmod
    i=0
    while [ -d "$natdir" ] && [ $i -lt "$nimg" ]; do
        for m in heapq re math; do
            "$MUT" -b $((i * 3 + 2)) "$natdir/$m.enm" "$T/m.enm"
            timeout -k 2 20 "$ESPY" build -o "$T/o.bin" --base "$fw" --native "$T/m.enm" "$T/natapp.py" > /dev/null 2> "$T/err"; rc=$?
            [ $rc -eq 2 ] && rc=1
            check "enm$i-$m" $rc "$T/err" "$T/m.enm"
        done
        i=$((i + 1))
    done
    [ -d "$natdir" ] && echo "edge: $nimg mutated native modules x 3 done"
else
    echo "edge: no firmware image ($fw): image tools not fuzzed"
fi
}

# EDGE_PARTS=3 runs only the image part, and so on
parts=${EDGE_PARTS:-123}
case $parts in *1*) part1 ;; esac
case $parts in *2*) part2 ;; esac
case $parts in *3*) part3 ;; esac
echo "edge: $pass ok, $hang timeouts, $fail crashes"
[ $fail -eq 0 ]
