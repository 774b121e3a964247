# Shared checks for the shell test scripts (sourced): each counts into $pass and $fail.
#   ok / bad MESSAGE             count a pass / a failure (printed)
#   has FILE TEXT WHAT           FILE contains TEXT (else the failure shows FILE's first lines)
#   hasnt FILE TEXT WHAT         FILE does not contain TEXT
#   status GOT WANT WHAT         an exit status
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
has() { if grep -qaF -- "$2" "$1"; then ok; else bad "$3: '$2' not found in:"; sed 's/^/    /' "$1" | head -30; fi; }
hasnt() { if grep -qaF -- "$2" "$1"; then bad "$3: unexpected '$2'"; else ok; fi; }
status() { if [ "$1" = "$2" ]; then ok; else bad "$3: exit status $1, expected $2"; fi; }
