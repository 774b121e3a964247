#!/bin/sh
# espy compile: a good file, a syntax error (file, line, caret; status 1), a missing file.
ESPY=${1:-build/espy}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. "$(dirname "$0")/../check.sh"   # ok, bad, has, hasnt, status

printf 'def f(x):\n    return (1, 2, x)\n\nclass C:\n    pass\n' >"$T/good.py"
"$ESPY" compile "$T/good.py" >"$T/out" 2>&1 && ok || bad "good file: status $?"
grep -q "good.py: 5 lines, 2 functions and class bodies" "$T/out" && ok || bad "good file summary: $(cat "$T/out")"
"$ESPY" compile --dis "$T/good.py" >"$T/dis" 2>&1 && grep -q "RETURN" "$T/dis" && ok || bad "--dis lists the code"

printf 'x = 1\nif x\n    pass\n' >"$T/bad.py"
"$ESPY" compile "$T/bad.py" >"$T/out" 2>&1
[ $? -eq 1 ] && ok || bad "syntax error: status not 1"
grep -q 'bad.py", line 2' "$T/out" && grep -q "SyntaxError: expected ':'" "$T/out" && ok || bad "syntax error report: $(cat "$T/out")"

"$ESPY" compile "$T/none.py" >"$T/out" 2>&1
[ $? -eq 1 ] && grep -q "No such file" "$T/out" && ok || bad "missing file: $(cat "$T/out")"
"$ESPY" compile >/dev/null 2>&1
[ $? -eq 2 ] && ok || bad "no file: usage, status 2"

echo "espy compile: $pass passed, $fail failed"
[ $fail -eq 0 ]
