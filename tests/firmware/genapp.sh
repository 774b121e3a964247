#!/bin/sh
# Writes a generated application of N modules into DIR (mod0.py .. mod<N-1>.py, each about 2 kB of
# source: two classes with four methods, four functions, constants; module i imports modules
# 2i+1 and 2i+2 when they exist, so importing mod0 imports them all through a tree of imports
# log2(N) deep, as an application's main module, its packages and their helpers would).  Used by bench-bake.sh (20 modules) and run.sh (the
# "60 kB app" of issue 6: 30 modules).  DIR gets no main.py: the caller writes its own.
# usage: tests/firmware/genapp.sh N DIR
set -u
N=$1 DIR=$2
mkdir -p "$DIR"
i=0
while [ "$i" -lt "$N" ]; do
    {
        echo "# generated module $i"
        for c in $((2 * i + 1)) $((2 * i + 2)); do [ "$c" -lt "$N" ] && echo "import mod$c"; done
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
    } >"$DIR/mod$i.py"
    i=$((i + 1))
done
