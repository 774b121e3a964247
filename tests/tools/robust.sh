#!/bin/sh
# Bad input never crashes (issue 2): regressions for what the fuzzer (make fuzz) found.
# Each case runs under a timeout: a hang or a signal fails it as much as a wrong report.
#   tests/tools/robust.sh [ESPY]
ESPY=${1:-build/espy}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. "$(dirname "$0")/../check.sh"   # ok, bad, has, hasnt, status

# run NAME EXPECTED-STATUS EXPECTED-LAST-STDERR-LINE [espy args...] (stdin from $T/in)
run() {
    name=$1 want=$2 line=$3
    shift 3
    timeout 10 "$ESPY" -X heapsize=64k "$@" < "$T/in" > "$T/out" 2> "$T/err"
    rc=$?
    last=$(grep -v '^[[:space:]]*$' "$T/err" | tail -n 1)
    if [ $rc -ne "$want" ]; then bad "$name: status $rc, not $want ($last)"
    elif [ "$last" != "$line" ]; then bad "$name: stderr ends with '$last', not '$line'"
    else ok; fi
}
: > "$T/in"

# an exception whose __str__ raises or returns a non-str: CPython's placeholder, no loop
printf 'class X(Exception):\n    def __str__(self): raise X()\nraise X()\n' > "$T/a.py"
run "__str__ raises" 1 "X: <exception str() failed>" "$T/a.py"
printf 'class X(Exception):\n    def __str__(self): return 5\nraise X()\n' > "$T/a.py"
run "__str__ returns int" 1 "X: <exception str() failed>" "$T/a.py"
printf 'class X(Exception):\n    def __str__(self): raise X()\ntry:\n    1/0\nexcept Exception:\n    raise X()\n' > "$T/a.py"
run "__str__ raises, chained" 1 "X: <exception str() failed>" "$T/a.py"
# a replaced sys.stderr whose write raises: the traceback reaches the console
printf 'import sys\nclass W:\n    def write(self, s): raise ValueError("w")\nsys.stderr = W()\n1/0\n' > "$T/a.py"
run "sys.stderr.write raises" 1 "ZeroDivisionError: division by zero" "$T/a.py"
# SystemExit with a code that is no machine int exits 255 silently, as CPython
printf 'raise SystemExit(2**100)\n' > "$T/a.py"
run "SystemExit(2**100)" 255 "" "$T/a.py"
printf 'class C:\n    def __str__(self): raise ValueError\nraise SystemExit(C())\n' > "$T/a.py"
run "SystemExit code's __str__ raises" 1 "" "$T/a.py"

# C recursion through nested objects ends in RecursionError, not a C stack overflow (a big heap
# so that the nesting is built before memory runs out)
deep() {
    printf 'import sys\nsys.setrecursionlimit(10**6)\n%b\n' "$2" > "$T/a.py"
    run "$1" 1 "RecursionError: maximum recursion depth exceeded" -X heapsize=32M "$T/a.py"
}
deep "map chain" 'it = iter([1])\nfor i in range(100000): it = map(lambda x: x, it)\nlist(it)'
deep "filter chain" 'it = iter([1])\nfor i in range(300000): it = filter(None, it)\nlist(it)'
deep "zip chain" 'it = iter([1])\nfor i in range(300000): it = zip(it)\nlist(it)'
deep "enumerate chain" 'it = iter([1])\nfor i in range(300000): it = enumerate(it)\nlist(it)'
deep "heapq.merge chain" 'import heapq\nit = iter([1])\nfor i in range(100000): it = heapq.merge(it)\nlist(it)'
deep "isinstance nested tuples" 't = int\nfor i in range(300000): t = (t,)\nisinstance(1, t)'
deep "issubclass nested tuples" 't = int\nfor i in range(300000): t = (t,)\nissubclass(int, t)'
deep "except nested tuples" 't = Exception\nfor i in range(300000): t = (t,)\ntry:\n    raise ValueError\nexcept t:\n    pass'
deep "repr through __repr__" 'class C:\n    def __repr__(self): return repr([self])\nrepr(C())'

# the REPL at end of input inside an unfinished statement ends (it printed "... " forever)
printf 'x = (\n' > "$T/in"
run "REPL: EOF in brackets" 0 "SyntaxError: '(' was never closed"
printf 'if 1:\n    print(5)' > "$T/in"
run "REPL: EOF in a block" 0 ""
grep -q "^>>> ... ... 5" "$T/out" && ok || bad "REPL: EOF in a block: output $(head -c 100 "$T/out")"
: > "$T/in"

echo "robust: $pass passed, $fail failed"
[ $fail -eq 0 ]
