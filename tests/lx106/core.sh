#!/bin/sh
# Checks of the core on the lx106 beside the Python suite (make test-lx106):
#  * C stack: every case of tests/lx106/cstack.py (deep recursion through C) exits normally
#    with CPython's answer or RecursionError/MemoryError, never a stack overflow or a fault;
#  * numeric hashes as on 32-bit CPython (tests/lx106/hash32.py);
#  * files: an ffs in RAM over the host directory (tests/lx106/overlay.py), host unchanged;
#  * the suite's runner wrapper turns a platform failure (here a forbidden flash load) into
#    an extra output line, so that a test fails even when its output was complete.
# usage: tests/lx106/core.sh [BUILD_LX106_DIR]
B=$(cd "${1:-build/lx106}" && pwd)
top=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0
fail=0
worst=0
worst_case=
# CPython 3.11's answers (python3 tests/lx106/cstack.py CASE)
while read -r case want; do
    out=$(cd "$top/tests/lx106" && "$top/ports/qemu/run.sh" "$B/espy.elf" -X peakstack cstack.py "$case" 2>"$tmp/err")
    rc=$?
    used=$(sed -n 's/^peak C stack: \([0-9]*\) of.*/\1/p' "$tmp/err")
    if [ $rc -eq 0 ] && { [ "$out" = "$want" ] || [ "$out" = RecursionError ] || [ "$out" = MemoryError ]; }; then
        pass=$((pass + 1))
        if [ -n "$used" ] && [ "$used" -gt "$worst" ]; then worst=$used; worst_case=$case; fi
    else
        fail=$((fail + 1))
        echo "FAIL cstack $case: exit status $rc, output '$out' (want '$want' or RecursionError)"
        grep -v '^  File' "$tmp/err" | head -3 | sed 's/^/    | /'
    fi
done <<'CASES'
list_eq True
list_lt False
tuple_eq True
tuple_hash True
dict_eq True
list_in True
list_index 0
set_add 1
sorted 2
repr 802
format 1202
json_dumps 802
json_loads 1
eval_brackets 1
eval_unary 1
lambdas True
defs done
classes done
ifs done
tries done
comprehensions 1
repr_loop RecursionError
getattr_loop RecursionError
yield_from 51
map_calls 0
CASES
echo "cstack: $pass passed, $fail failed; C stack high-water $worst bytes ($worst_case)"

# numeric hashes modulo 2**31-1 (tests/lx106/hash32.py prints only True when right)
out=$(cd "$top/tests/lx106" && "$top/ports/qemu/run.sh" "$B/espy.elf" hash32.py 2>&1)
if [ "$(echo "$out" | tr '\n' ' ')" = "True True True True " ]; then
    pass=$((pass + 1))
    echo "PASS hash32: int and float hashes modulo 2**31-1"
else
    fail=$((fail + 1))
    echo "FAIL hash32:"
    echo "$out" | head -5 | sed 's/^/    | /'
fi

# the wrapper: flashload-l8.elf reads a flash table byte-wise and exits with 72
if [ -f "$B/tests/flashload-l8.elf" ]; then
    if sh "$top/tests/lx106/espy.sh" "$B/tests/flashload-l8.elf" 2>/dev/null | grep -q '^lx106: forbidden load'; then
        pass=$((pass + 1))
        echo "PASS wrapper: a forbidden load adds a line to the output"
    else
        fail=$((fail + 1))
        echo "FAIL wrapper: no line for a forbidden load"
    fi
fi
# the RAM filesystem over the host directory (tests/lx106/overlay.py): the expected output,
# and the host directory unchanged afterwards
mkdir -p "$tmp/host/sub/deeper"
printf 'host data\n' >"$tmp/host/data.txt"
printf 'X = 1\n' >"$tmp/host/mod.py"
printf 'inner\n' >"$tmp/host/sub/inner.txt"
printf 'xyz\n' >"$tmp/host/sub/deeper/x.txt"
cp "$top/tests/lx106/overlay.py" "$tmp/host/"
before=$(cd "$tmp/host" && find . -printf '%y %s %p\n' | sort && cat data.txt mod.py sub/inner.txt)
(cd "$tmp/host" && sh "$top/tests/lx106/espy.sh" "$B/espy.elf" overlay.py >"$tmp/overlay.out" 2>&1)
rc=$?
after=$(cd "$tmp/host" && find . -printf '%y %s %p\n' | sort && cat data.txt mod.py sub/inner.txt)
if [ $rc -eq 0 ] && cmp -s "$tmp/overlay.out" "$top/tests/lx106/overlay.exp" && [ "$before" = "$after" ]; then
    pass=$((pass + 1))
    echo "PASS overlay: ffs in RAM over the host directory, which stays unchanged"
else
    fail=$((fail + 1))
    echo "FAIL overlay: exit status $rc"
    diff "$top/tests/lx106/overlay.exp" "$tmp/overlay.out" | head -10 | sed 's/^/    | /'
    [ "$before" = "$after" ] || echo "    | the host directory changed"
fi
[ $fail -eq 0 ]
