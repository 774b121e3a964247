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
# area directory, whose name does not start with "_". Helper modules that tests import live
# in subdirectories (tests/import/mods/...) or start with "_" (tests/import/_helper.py); this
# script never writes an .exp for them, and the test runner skips every .py file that has no
# .exp beside it. A program whose first line contains "expected output written by hand" tests
# a MicroPython-only API: its .exp is kept as it is (CPython cannot run it).
#
# Each program runs from its own directory, like the runner does. It is run twice with
# different string hash seeds; if the two outputs differ the program is not deterministic
# (e.g. it prints a set of strings) and is reported. Programs that exit non-zero, write to
# stderr or take longer than 0.2 s (the suite also runs ~100x slower under emulation) are
# reported too, and so are warnings (python3 -W error: e.g. invalid escapes). The exit
# status is 1 if anything was reported.

PY=${PYTHON:-python3}
check=0
if [ "$1" = "-c" ]; then check=1; shift; fi

top=$(cd "$(dirname "$0")" && pwd)
if [ $# -eq 0 ]; then
    set -- $(find "$top" -mindepth 2 -maxdepth 2 -name '*.py' ! -name '_*' | LC_ALL=C sort)
fi

tmp=${TMPDIR:-/tmp}/gen-exp.$$
trap 'rm -f "$tmp".*' EXIT INT TERM
bad=0
written=0
for f in "$@"; do
    case $f in
        *.py) ;;
        *) echo "gen-exp: $f: not a .py file" >&2; bad=1; continue ;;
    esac
    if [ ! -f "$f" ]; then echo "gen-exp: $f: no such file" >&2; bad=1; continue; fi
    dir=$(dirname "$f")
    base=$(basename "$f" .py)
    exp="$dir/$base.exp"
    if head -n 1 "$f" | grep -q 'expected output written by hand'; then
        [ -f "$exp" ] || { echo "gen-exp: $f: hand-written test without $base.exp" >&2; bad=1; }
        continue
    fi
    t0=$(date +%s%N)
    (cd "$dir" && PYTHONHASHSEED=1 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
        "$PY" -W error "$base.py" >"$tmp.out1" 2>"$tmp.err")
    rc=$?
    t1=$(date +%s%N)
    (cd "$dir" && PYTHONHASHSEED=2 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
        "$PY" -W error "$base.py" >"$tmp.out2" 2>/dev/null)
    ms=$(( (t1 - t0) / 1000000 ))
    if [ $rc -ne 0 ] || [ -s "$tmp.err" ]; then
        echo "gen-exp: $f: exit status $rc, stderr: $(head -c 300 "$tmp.err" | tail -n 1)" >&2
        bad=1; continue
    fi
    if ! cmp -s "$tmp.out1" "$tmp.out2"; then
        echo "gen-exp: $f: output differs between runs (not deterministic)" >&2
        bad=1; continue
    fi
    case $f in
        */bench/*) ;;
        *) if [ "$ms" -gt 200 ]; then echo "gen-exp: $f: slow (${ms} ms under CPython)" >&2; bad=1; fi ;;
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
