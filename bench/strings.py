# String building and slicing: concatenation, join, slicing, find/replace/split,
# formatting and comparisons on short strings.

import sys

SMALL = sys.argv[1:] == ["small"]   # make bench-lx106: sizes for the board's heap under QEMU

words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]

checksum = 0
for rnd in range(200 if SMALL else 35000):
    # build with join and slicing
    parts = []
    for i in range(len(words)):
        w = words[(i + rnd) % len(words)]
        parts.append(w[1:] + w[0] + "ay")
    line = " ".join(parts)
    checksum += len(line)
    # find / replace / split
    line2 = line.replace("a", "4").replace("e", "3")
    checksum += line2.find("3") + line2.count("4")
    pieces = line2.split(" ")
    checksum += sum(len(p) for p in pieces[::2])
    # reverse words and characters
    rev = " ".join(p[::-1] for p in reversed(pieces))
    checksum += ord(rev[rnd % len(rev)])
    # formatting
    s = "%s-%d-%05.1f" % (words[rnd % 8], rnd, rnd / 7)
    t = "{}:{:>8}|{:x}".format(rnd, words[rnd % 5], rnd * 31)
    checksum += len(s) + len(t)
    # character-by-character building
    acc = ""
    for ch in line[:60]:
        if ch != " ":
            acc += ch.upper() if ord(ch) % 2 else ch
    checksum += len(acc) + (acc < line)
    # startswith / endswith / strip / in
    for p in pieces:
        if p.startswith("t") or p.endswith("4y"):
            checksum += 1
        if "3t" in p:
            checksum += 2
    checksum += len(("  " + line + "  ").strip())

print("strings checksum", checksum, acc[:20], rev[:30])
