#!/bin/sh
# Uncaught exceptions: espy's traceback on stderr equals CPython's, line for line (the programs
# in tests/tools/tb/: recursion cut off after 3 repeats, repeats around other frames, chained
# exceptions).  CPython 3.11 also underlines the failing expression with ^ and ~; espy does not,
# so those lines are left out of the expected files, made (not at test time) with:
#   cd tests/tools/tb && python3 X.py 2>&1 >/dev/null | grep -v '^ *[~^][~^]*$' |
#       sed "s|File \"$PWD/|File \"|" > X.tb
ESPY=${1:-build/espy}
case $ESPY in /*) ;; *) ESPY=$PWD/$ESPY ;; esac
D=$(cd "$(dirname "$0")/tb" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0
fail=0
for py in "$D"/*.py; do
    name=$(basename "$py" .py)
    (cd "$D" && "$ESPY" "$name.py" >/dev/null 2>"$T/$name.err")
    st=$?
    if [ $st -eq 1 ] && cmp -s "$T/$name.err" "$D/$name.tb"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: tests/tools/tb/$name.py (exit $st)"
        diff "$T/$name.err" "$D/$name.tb" | head -20
    fi
done
echo "tracebacks: $pass passed, $fail failed"
[ $fail -eq 0 ]
