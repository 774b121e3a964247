# Dict and set heavy work: generating a text of pseudo-random words, counting
# them with dicts, distinct words and bigrams with sets, and ranking the results.

import sys

SMALL = sys.argv[1:] == ["small"]   # make bench-lx106: sizes for the board's heap under QEMU

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "xe", "zu", "po", "qi"]

state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return (state >> 16) % n


words = []
for _ in range(150 if SMALL else 250000):
    k = 1 + rand(3)
    w = ""
    for _ in range(k):
        w += SYLLABLES[rand(len(SYLLABLES))]
    words.append(w)

counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1

first_letters = {}
for w in words:
    c = w[0]
    if c in first_letters:
        first_letters[c] += 1
    else:
        first_letters[c] = 1

# prefixes and suffixes of every word, counted with dict.get and with "in" tests
prefixes = {}
suffixes = {}
for w in words:
    p = w[:3]
    prefixes[p] = prefixes.get(p, 0) + 1
    s = w[-3:]
    if s in suffixes:
        suffixes[s] += 1
    else:
        suffixes[s] = 1

distinct = set(words)
bigrams = set()
for i in range(len(words) - 1):
    bigrams.add((words[i], words[i + 1]))

by_length = {}
for w in distinct:
    by_length.setdefault(len(w), set()).add(w)

seen_twice = {w for w, c in counts.items() if c >= 2}
only_once = distinct - seen_twice
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]

print("distinct", len(distinct), "bigrams", len(bigrams), "once", len(only_once))
print("top", top)
print("letters", sorted(first_letters.items()))
print("affixes", len(prefixes), len(suffixes), max(prefixes.values()), min(suffixes.values()))
print("wordcount checksum", sum(len(v) * k for k, v in by_length.items()), len(seen_twice))
