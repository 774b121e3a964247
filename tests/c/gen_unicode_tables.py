#!/usr/bin/env python3
"""Development-time generator of core/unicode_tab.h: the character database behind the str
methods (case mapping, isalpha/isdigit/..., isidentifier, isprintable, final sigma), taken
from the CPython that runs it (3.11: Unicode 14.0.0), so that espy agrees with it exactly.
Not run at build or test time: run it by hand and commit the output.

The script also runs a model of the C lookup code (core/unicode.c) over every code point and
stops if any answer differs from CPython's, so the committed tables are known to be exact.

Layout (all const, in flash on the device):
  * properties: code points 0..0x10FFFF as runs of equal "classes" (a set of property bits),
    a byte stream (class << 3 | length 1..7, or class << 3 then a LEB128 length) with a
    checkpoint every CHECK_EVERY runs for a binary search;
  * simple case mapping: runs (start, count, stride 1 or 2, delta) of upper/lower pairs that
    map to each other, plus one-way runs for the rest of lower(), upper(), title(), casefold();
  * full mappings (several code points) that no rule derives, per kind;
  * ranges of titlecase letters and of upper-case letters without a lower-case mapping.
"""
import os, sys, unicodedata

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "core", "unicode_tab.h")
N = 0x110000
CHECK_EVERY = 32

ALPHA, DECIMAL, DIGIT, NUMERIC, PRINTABLE, XID_START, XID_CONT, CASED, CASE_IGN = (1 << i for i in range(9))
BIT_NAMES = ["ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "PRINTABLE", "XID_START", "XID_CONT", "CASED",
             "CASE_IGN"]


def is_cased(ch):
    return ch.isupper() or ch.islower() or unicodedata.category(ch) == "Lt"


def is_case_ignorable(ch):
    # CPython does not expose Case_Ignorable; its lower() does, through the final-sigma rule
    # (sigma is final after a cased letter and case-ignorables, unless a cased letter follows).
    if is_cased(ch):
        return (" " + ch + "\u03a3").lower()[-1] == "\u03c3"
    return ("A\u03a3" + ch + "B").lower()[1] == "\u03c3"


def props(c):
    ch = chr(c)
    f = 0
    if ch.isalpha(): f |= ALPHA
    if ch.isdecimal(): f |= DECIMAL
    if ch.isdigit(): f |= DIGIT
    if ch.isnumeric(): f |= NUMERIC
    if ch.isprintable(): f |= PRINTABLE
    if ch.isidentifier(): f |= XID_START
    if ("a" + ch).isidentifier(): f |= XID_CONT
    if is_cased(ch): f |= CASED
    if is_case_ignorable(ch): f |= CASE_IGN
    return f


# ---------------------------------------------------------------- properties as runs

def build_props():
    pr = [props(c) for c in range(N)]
    runs = []
    for c in range(N):
        if c == 0 or pr[c] != pr[c - 1]:
            runs.append([c, pr[c]])
    classes = sorted(set(p for _, p in runs), key=lambda p: (p != 0, p))
    assert len(classes) <= 32, len(classes)
    cid = {p: i for i, p in enumerate(classes)}
    stream, checks = [], []
    for i, (start, p) in enumerate(runs):
        end = runs[i + 1][0] if i + 1 < len(runs) else N
        if i % CHECK_EVERY == 0:
            checks.append((start, len(stream)))
        n = end - start
        if n <= 7:
            stream.append(cid[p] << 3 | n)
        else:
            stream.append(cid[p] << 3)
            while True:
                b = n & 0x7F
                n >>= 7
                stream.append(b | (0x80 if n else 0))
                if not n:
                    break
    assert len(stream) < 65536
    return pr, classes, stream, checks


def model_props(classes, stream, checks, c):
    """The C lookup: the class bits of c and the start of its run."""
    lo, hi = 0, len(checks) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if checks[mid][0] <= c:
            lo = mid
        else:
            hi = mid - 1
    start, pos = checks[lo]
    while True:
        b = stream[pos]
        pos += 1
        n = b & 7
        if n == 0:
            shift = 0
            while True:
                x = stream[pos]
                pos += 1
                n |= (x & 0x7F) << shift
                shift += 7
                if not x & 0x80:
                    break
        if c < start + n:
            return classes[b >> 3], start
        start += n


# ---------------------------------------------------------------- case mapping

_full = {}


def full(c, kind):
    if kind not in _full:
        f = {"lower": str.lower, "upper": str.upper, "title": str.title, "fold": str.casefold}[kind]
        _full[kind] = [[ord(x) for x in f(chr(i))] for i in range(N)]
    return _full[kind][c]


def make_runs(pairs):
    """pairs: sorted (c, target).  Runs (start, count, stride, delta) covering them."""
    out, i = [], 0
    while i < len(pairs):
        c, t = pairs[i]
        d = t - c
        best = (1, 1)
        for stride in (1, 2):
            n = 1
            while (i + n < len(pairs) and pairs[i + n][0] == c + n * stride
                   and pairs[i + n][1] - pairs[i + n][0] == d and n < 1024):
                n += 1
            if n > best[0]:
                best = (n, stride)
        out.append((c, best[0], best[1], d))
        i += best[0]
    return out


_run_maps = {}


def run_find(runs, c, by_target=False):
    """The C search: the delta of the run holding c (as source, or as target), or None.  The
    spans are disjoint (checked), so a dictionary of their members models the binary search."""
    key = (id(runs), by_target)
    if key not in _run_maps:
        assert spans_disjoint(runs, by_target)
        mp = {}
        for start, count, stride, d in runs:
            s = start + d if by_target else start
            for k in range(count):
                mp[s + k * stride] = d
        _run_maps[key] = (runs, mp)
    return _run_maps[key][1].get(c)


def spans_disjoint(runs, by_target=False):
    spans = sorted(((s + d if by_target else s), (s + d if by_target else s) + (n - 1) * st)
                   for s, n, st, d in runs)
    return all(spans[i][1] < spans[i + 1][0] for i in range(len(spans) - 1))


def build_case():
    lower1, upper1 = {}, {}
    for c in range(N):
        lo, up = full(c, "lower"), full(c, "upper")
        if len(lo) == 1 and lo[0] != c: lower1[c] = lo[0]
        if len(up) == 1 and up[0] != c: upper1[c] = up[0]
    # pairs: u -> l and l -> u both hold
    pairs = sorted((u, l) for u, l in lower1.items() if upper1.get(l) == u)
    pair_runs = make_runs(pairs)
    assert spans_disjoint(pair_runs) and spans_disjoint(pair_runs, True)
    pair_set = set(pairs)
    lower_x = make_runs(sorted((u, l) for u, l in lower1.items() if (u, l) not in pair_set))
    upper_x = make_runs(sorted((l, u) for l, u in upper1.items() if (u, l) not in pair_set))

    def simple_lower(c):
        d = run_find(lower_x, c)
        if d is None: d = run_find(pair_runs, c)
        return c + (d or 0)

    def simple_upper(c):
        d = run_find(upper_x, c)
        if d is None: d = -(run_find(pair_runs, c, True) or 0)
        return c + d

    for c in range(N):
        assert simple_lower(c) == lower1.get(c, c) and simple_upper(c) == upper1.get(c, c), (hex(c), hex(simple_lower(c)), hex(simple_upper(c)), hex(lower1.get(c, c)), hex(upper1.get(c, c)))

    # title: single-code-point titles other than the simple upper case, or of letters whose
    # upper case is several code points (from which the rule below would derive the title)
    multi_upper = set(c for c in range(N) if len(full(c, "upper")) > 1)
    title_x = make_runs(sorted((c, t[0]) for c in range(N) for t in [full(c, "title")]
                               if len(t) == 1 and (t[0] != simple_upper(c) or c in multi_upper)))
    # casefold: the same against the simple lower case
    fold_x = make_runs(sorted((c, f[0]) for c in range(N) for f in [full(c, "fold")]
                              if len(f) == 1 and (f[0] != simple_lower(c) or c in multi_upper)))

    # full mappings: upper ones are stored; title and fold derive from a stored upper one
    # (title: its first code point, then the rest lower-cased; fold: all lower-cased) unless
    # stored themselves.
    specials = {"lower": {}, "upper": {}, "title": {}, "fold": {}}
    for c in range(N):
        up = full(c, "upper")
        if len(up) > 1: specials["upper"][c] = up
    for c in range(N):
        lo = full(c, "lower")
        if len(lo) > 1: specials["lower"][c] = lo
    model = Model(pair_runs, lower_x, upper_x, title_x, fold_x, specials, [], [])
    for kind in ("title", "fold"):
        for c in range(N):
            want = full(c, kind)
            if model.full(c, kind) != want:
                specials[kind][c] = want
    for kind, table in specials.items():
        for c, v in table.items():
            assert c < 0x10000 and all(x < 0x10000 for x in v) and len(v) <= 3, (kind, hex(c))
    # titlecase letters (Lt), and upper-case letters without a lower-case mapping
    lt = ranges(lambda c: unicodedata.category(chr(c)) == "Lt")
    upper_nomap = ranges(lambda c: chr(c).isupper() and simple_lower(c) == c)
    return Model(pair_runs, lower_x, upper_x, title_x, fold_x, specials, lt, upper_nomap)


def ranges(pred):
    out, start = [], None
    for c in range(N + 1):
        p = c < N and pred(c)
        if p and start is None: start = c
        if not p and start is not None:
            out.append((start, c - 1))
            start = None
    return out


_range_sets = {}


class Model:
    """The case-mapping part of core/unicode.c."""

    def __init__(self, pair_runs, lower_x, upper_x, title_x, fold_x, specials, lt, upper_nomap):
        self.pair_runs, self.lower_x, self.upper_x = pair_runs, lower_x, upper_x
        self.title_x, self.fold_x, self.specials = title_x, fold_x, specials
        self.lt, self.upper_nomap = lt, upper_nomap

    def lower1(self, c):
        d = run_find(self.lower_x, c)
        if d is None: d = run_find(self.pair_runs, c)
        return c + (d or 0)

    def upper1(self, c):
        d = run_find(self.upper_x, c)
        if d is None: d = -(run_find(self.pair_runs, c, True) or 0)
        return c + d

    def full(self, c, kind):
        sp = self.specials[kind].get(c)
        if sp: return sp
        if kind == "lower": return [self.lower1(c)]
        if kind == "upper": return [self.upper1(c)]
        x = self.title_x if kind == "title" else self.fold_x
        d = run_find(x, c)
        if d is not None: return [c + d]
        up = self.specials["upper"].get(c)
        if up:
            if kind == "title": return up[:1] + [self.lower1(u) for u in up[1:]]
            return [self.lower1(u) for u in up]
        return [self.upper1(c)] if kind == "title" else [self.lower1(c)]

    def in_ranges(self, r, c):
        key = id(r)
        if key not in _range_sets:
            _range_sets[key] = (r, set(x for a, b in r for x in range(a, b + 1)))
        return c in _range_sets[key][1]

    def istitle(self, c, bits):
        return bool(bits & CASED) and self.in_ranges(self.lt, c)

    def isupper(self, c, bits):
        if not bits & CASED or self.istitle(c, bits): return False
        return self.lower1(c) != c or self.in_ranges(self.upper_nomap, c)

    def islower(self, c, bits):
        return bool(bits & CASED) and not self.istitle(c, bits) and not self.isupper(c, bits)


# ---------------------------------------------------------------- check and write

SPACES = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680,
          *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000]


def check(pr, classes, stream, checks, m):
    assert sorted(c for c in range(N) if chr(c).isspace()) == SPACES
    for c in range(N):
        ch = chr(c)
        bits, start = model_props(classes, stream, checks, c)
        assert bits == pr[c], hex(c)
        if bits & DECIMAL:
            assert unicodedata.decimal(ch) == (c - start) % 10, hex(c)
        assert m.isupper(c, bits) == ch.isupper(), hex(c)
        assert m.islower(c, bits) == ch.islower(), hex(c)
        assert m.istitle(c, bits) == (unicodedata.category(ch) == "Lt"), hex(c)
        for kind in ("lower", "upper", "title", "fold"):
            assert m.full(c, kind) == full(c, kind), (hex(c), kind)


def c_array(ctype, name, values, per_line=12, fmt="0x%02X"):
    lines = ["static const %s %s[%d] = {" % (ctype, name, len(values))]
    for i in range(0, len(values), per_line):
        lines.append("    " + ", ".join(fmt % v for v in values[i:i + per_line]) + ",")
    lines.append("};")
    return lines


def run_words(runs):
    words, deltas = [], []
    for s, n, st, d in runs:
        assert s < 1 << 21 and 1 <= n <= 1024 and st in (1, 2)
        words.append(s | (n - 1) << 21 | (st - 1) << 31)
        deltas.append(d)
    return words, deltas


def main():
    pr, classes, stream, checks = build_props()
    m = build_case()
    check(pr, classes, stream, checks, m)

    L = ["/* Generated by tests/c/gen_unicode_tables.py from CPython %s (Unicode %s); do not edit. */"
         % (sys.version.split()[0], unicodedata.unidata_version)]
    L.append("#define UNI_VERSION \"%s\"" % unicodedata.unidata_version)
    for i, nm in enumerate(BIT_NAMES):
        L.append("#define UNI_%s 0x%03X" % (nm, 1 << i))
    L.append("/* The property bits of each class. */")
    L += c_array("uint16_t", "uni_class_bits", classes, 8, "0x%03X")
    L.append("/* The class of each ASCII character. */")
    L += c_array("uint8_t", "uni_ascii_class", [classes.index(pr[c]) for c in range(128)], 16, "%d")
    L.append("/* Runs of classes from U+0000: class << 3 | length (1..7), or class << 3 followed by")
    L.append(" * the length in LEB128 (7 bits a byte, low bits first). */")
    L += c_array("uint8_t", "uni_runs", stream, 16)
    L.append("/* Every %dth run: its first code point and its offset in uni_runs. */" % CHECK_EVERY)
    L += c_array("uint32_t", "uni_check_cp", [c for c, _ in checks], 8, "0x%05X")
    L += c_array("uint16_t", "uni_check_off", [o for _, o in checks], 10, "%d")

    def runs_out(name, runs, comment):
        w, d = run_words(runs)
        L.append("/* %s */" % comment)
        L.extend(c_array("uint32_t", name + "_span", w, 6, "0x%08X"))
        L.extend(c_array("int32_t", name + "_delta", d, 8, "%d"))

    L.append("/* Case runs: a span word is start | (count - 1) << 21 | (stride - 1) << 31; the")
    L.append(" * code points start, start + stride, ... map to themselves + delta. */")
    runs_out("uni_pair", m.pair_runs, "upper -> lower pairs whose lower case maps back (sorted by upper)")
    order = sorted(range(len(m.pair_runs)), key=lambda i: m.pair_runs[i][0] + m.pair_runs[i][3])
    assert len(order) < 256
    L.append("/* uni_pair runs in the order of their lower-case spans */")
    L += c_array("uint8_t", "uni_pair_by_lower", order, 16, "%d")
    runs_out("uni_lower_x", m.lower_x, "the other simple lower-case mappings")
    runs_out("uni_upper_x", m.upper_x, "the other simple upper-case mappings")
    runs_out("uni_title_x", m.title_x, "title case where it is one code point other than the simple upper case")
    runs_out("uni_fold_x", m.fold_x, "casefold where it is one code point other than the simple lower case")
    L.append("/* Full mappings no rule gives: code point, then up to 3 code points (0: unused). */")
    for kind in ("lower", "upper", "title", "fold"):
        rows = sorted(m.specials[kind].items())
        L.append("static const uint16_t uni_special_%s[%d][4] = {" % (kind, len(rows)))
        for c, v in rows:
            v = v + [0] * (3 - len(v))
            L.append("    {0x%04X, 0x%04X, 0x%04X, 0x%04X}," % (c, v[0], v[1], v[2]))
        L.append("};")
    for name, r, comment in (("uni_titlecase", m.lt, "titlecase letters (Lt)"),
                             ("uni_upper_nomap", m.upper_nomap,
                              "upper-case letters without a lower-case mapping")):
        L.append("/* %s, inclusive ranges */" % comment)
        L.append("static const uint32_t %s[%d][2] = {" % (name, len(r)))
        for a, b in r:
            L.append("    {0x%05X, 0x%05X}," % (a, b))
        L.append("};")
    with open(OUT, "w") as f:
        f.write("\n".join(L) + "\n")
    print("wrote", OUT, "runs", len(stream), "bytes,", len(checks), "checkpoints,", len(classes), "classes;",
          "pairs", len(m.pair_runs), "lower_x", len(m.lower_x), "upper_x", len(m.upper_x),
          "title_x", len(m.title_x), "fold_x", len(m.fold_x),
          "specials", {k: len(v) for k, v in m.specials.items()}, "lt", len(m.lt), "nomap", len(m.upper_nomap))


if __name__ == "__main__":
    main()
