#!/bin/sh
# Regenerate the expected output (.exp) of Python test programs with CPython.
#
#   tests/gen-exp.sh                 every test program under tests/ (see the rule below)
#   tests/gen-exp.sh FILE.py ...     just these programs (bench/*.py works too)
#   tests/gen-exp.sh -c [FILE.py ...]  check only: report programs whose output differs
#                                    from their .exp, write nothing
#
# This is a developer tool: it needs python3 (CPython 3.11). The test run itself never does.
#
# Which .py files are test programs: a test is tests/<area>/<name>.py, directly inside its
# area directory, whose name does not start with "_" (tests/c/ holds C unit tests and their
# developer scripts, not test programs). Helper modules that tests import live
# in subdirectories (tests/import/mods/...) or start with "_" (tests/import/_helper.py); this
# script never writes an .exp for them, and the test runner skips every .py file that has no
# .exp beside it. A program whose first line contains "expected output written by hand" tests
# a MicroPython-only API: its .exp is kept as it is (CPython cannot run it).
#
# Each program runs from its own directory, like the runner must do: tests/import/* expect
# the program's directory to be sys.path[0] (as CPython sets it) and the current directory
# (they append the relative path "mods" to sys.path). Each program is run twice with
# different string hash seeds; if the two outputs differ the program is not deterministic
# (e.g. it prints a set of strings) and is reported. Programs that exit non-zero, write to
# stderr, or use more than 0.2 s of CPU beyond the interpreter's start-up (the suite also
# runs ~100x slower under emulation) are reported too, and so are warnings (python3 -W
# error: e.g. invalid escapes). The exit status is 1 if anything was reported.

PY=${PYTHON:-python3}
check=0
if [ "$1" = "-c" ]; then check=1; shift; fi

top=$(cd "$(dirname "$0")" && pwd)
if [ $# -eq 0 ]; then
    # shellcheck disable=SC2046  # paths in this tree contain no blanks
    set -- $(find "$top" -mindepth 2 -maxdepth 2 -name '*.py' ! -name '_*' ! -path "$top/c/*" |
             LC_ALL=C sort)
fi

tmp=${TMPDIR:-/tmp}/gen-exp.$$
trap 'rm -f "$tmp".*' EXIT INT TERM

# CPU time (user + system, in ms) of the children of a subshell, from the output of the
# POSIX `times` builtin (second line: "0m0.08s 0m0.02s"). CPU time rather than wall time,
# so that a busy machine does not make every program look slow.
cpu_ms() {
    awk 'NR == 2 { t = 0
                   for (i = 1; i <= 2; i++) { split($i, p, "m"); sub("s", "", p[2]); t += p[1] * 60 + p[2] }
                   printf "%d\n", t * 1000 }' "$1"
}
# the interpreter's own start-up cost is not counted against the program
base_ms=100000
for _ in 1 2 3; do
    ("$PY" -c pass >/dev/null 2>&1; times >"$tmp.times")
    b=$(cpu_ms "$tmp.times")
    [ "$b" -lt "$base_ms" ] && base_ms=$b
done
bad=0
written=0
for f in "$@"; do
    case $f in
        *.py) ;;
        *) echo "gen-exp: $f: not a .py file" >&2; bad=1; continue ;;
    esac
    if [ ! -f "$f" ]; then echo "gen-exp: $f: no such file" >&2; bad=1; continue; fi
    case $(basename "$f") in _*) continue ;; esac    # a helper module, even when named explicitly
    dir=$(dirname "$f")
    base=$(basename "$f" .py)
    exp="$dir/$base.exp"
    if head -n 1 "$f" | grep -q 'expected output written by hand'; then
        [ -f "$exp" ] || { echo "gen-exp: $f: hand-written test without $base.exp" >&2; bad=1; }
        continue
    fi
    (cd "$dir" && PYTHONHASHSEED=1 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
        "$PY" -W error "$base.py" >"$tmp.out1" 2>"$tmp.err"; echo $? >"$tmp.rc"; times >"$tmp.times")
    rc=$(cat "$tmp.rc")
    ms=$(( $(cpu_ms "$tmp.times") - base_ms ))
    (cd "$dir" && PYTHONHASHSEED=2 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
        "$PY" -W error "$base.py" >"$tmp.out2" 2>/dev/null)
    if [ "$rc" -ne 0 ] || [ -s "$tmp.err" ]; then
        echo "gen-exp: $f: exit status $rc, stderr: $(head -c 300 "$tmp.err" | tail -n 1)" >&2
        bad=1; continue
    fi
    if ! cmp -s "$tmp.out1" "$tmp.out2"; then
        echo "gen-exp: $f: output differs between runs (not deterministic)" >&2
        bad=1; continue
    fi
    case $f in
        bench/*|*/bench/*) ;;
        *) if [ "$ms" -gt 200 ]; then echo "gen-exp: $f: slow (${ms} ms of CPU under CPython)" >&2; bad=1; fi ;;
    esac
    if [ $check -eq 1 ]; then
        if [ ! -f "$exp" ]; then echo "gen-exp: $f: no $base.exp" >&2; bad=1
        elif ! cmp -s "$tmp.out1" "$exp"; then echo "gen-exp: $f: output differs from $base.exp" >&2; bad=1
        fi
    else
        cp "$tmp.out1" "$exp" && written=$((written + 1))
    fi
done
[ $check -eq 1 ] || echo "gen-exp: wrote $written .exp file(s)"
exit $bad
