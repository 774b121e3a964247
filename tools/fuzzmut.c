/* fuzzmut: a seeded, deterministic mutator for fuzzing espy (make fuzz, tests/fuzz/run.sh).
 *
 *   fuzzmut [-b] SEED IN OUT
 *   fuzzmut -p K OUT      writes the K-th runtime stressor program (status 1 past the last)
 *
 * Reads IN, applies one to four mutations chosen by SEED and writes OUT.  The same seed and
 * input always give the same output.  Text mode (the default) knows about lines and Python:
 * byte flips, deletions, line duplication and swaps, truncation, inserted tokens, deep
 * nesting, huge literals, NUL bytes, invalid UTF-8, tab/space mixes and small programs that
 * stress the runtime (huge objects, recursion, mutation during iteration).  -b (binary mode,
 * for flash images and bundles) flips bits, overwrites 32-bit words with edge values, deletes,
 * duplicates and truncates byte ranges.
 *
 * A host tool: it uses stdio and malloc, unlike core/. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state;

/* splitmix64: small, good enough, and identical everywhere */
static uint64_t rnd(void) {
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* uniform-enough integer in [0, n) (n > 0) */
static size_t below(size_t n) { return n ? (size_t)(rnd() % n) : 0; }

typedef struct {
    unsigned char *p;
    size_t len, cap;
} Buf;

static void die(const char *msg) {
    fprintf(stderr, "fuzzmut: %s\n", msg);
    exit(2);
}

static void reserve(Buf *b, size_t n) {
    if (n <= b->cap) return;
    size_t c = b->cap ? b->cap : 256;
    while (c < n) c *= 2;
    b->p = realloc(b->p, c);
    if (!b->p) die("out of memory");
    b->cap = c;
}

/* replace b[at, at+del) by ins[0, n) */
static void splice(Buf *b, size_t at, size_t del, const void *ins, size_t n) {
    if (at > b->len) at = b->len;
    if (del > b->len - at) del = b->len - at;
    reserve(b, b->len - del + n + 1);
    memmove(b->p + at + n, b->p + at + del, b->len - at - del);
    if (n) memcpy(b->p + at, ins, n);
    b->len = b->len - del + n;
}

/* Copies a random range of at most max bytes to a random place. */
static void copy_range(Buf *b, size_t max) {
    if (!b->len) return;
    size_t s = below(b->len), n = 1 + below(b->len - s < max ? b->len - s : max);
    unsigned char *t = malloc(n);
    if (!t) die("out of memory");
    memcpy(t, b->p + s, n);
    splice(b, below(b->len + 1), 0, t, n);
    free(t);
}

static void insert_str(Buf *b, size_t at, const char *s) { splice(b, at, 0, s, strlen(s)); }

/* insert s repeated k times */
static void insert_rep(Buf *b, size_t at, const char *s, size_t k) {
    size_t n = strlen(s);
    unsigned char *t = malloc(n * k + 1);
    if (!t) die("out of memory");
    for (size_t i = 0; i < k; i++) memcpy(t + i * n, s, n);
    splice(b, at, 0, t, n * k);
    free(t);
}

/* ---------------- lines ---------------- */

static size_t line_count(const Buf *b) {
    size_t n = 0;
    for (size_t i = 0; i < b->len; i++) n += b->p[i] == '\n';
    return n + (b->len && b->p[b->len - 1] != '\n');
}

/* start and end (after its newline) of line k */
static void line_span(const Buf *b, size_t k, size_t *start, size_t *end) {
    size_t i = 0;
    while (k > 0 && i < b->len) {
        if (b->p[i++] == '\n') k--;
    }
    *start = i;
    while (i < b->len && b->p[i] != '\n') i++;
    *end = i < b->len ? i + 1 : i;
}

static size_t random_line_start(const Buf *b) {
    size_t s, e, n = line_count(b);
    if (n == 0) return 0;
    line_span(b, below(n + 1), &s, &e);
    return s;
}

/* ---------------- text mutations ---------------- */

static const char *const tokens[] = {
    "(", ")", "[", "]", "{", "}", ":", ",", ".", ";", "=", "==", "->", "@", "lambda", "lambda:",
    "yield", "yield from", "await", "async", "*", "**", "f\"{", "f'{x!r:>{w}}'", "\"\"\"", "'''",
    "\\", "\\\n", "\0", "\xff", "\xc3", "\xe2\x82", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\t",
    " ", "\n", "\r", "\r\n", "\x0c", "#", "del ", "global x", "nonlocal x", "return", "break",
    "continue", "pass", "if", "else", "elif", "while", "for", "in", "not ", "is", "and", "or",
    "class", "def", "try:", "except", "finally:", "with", "as", "import", "from", "raise",
    "assert", "None", "True", "...", "0x", "0b", "0o", "1e", "1j", ".5", "1_", "_1", "0_0",
    "1e999", "-0.0", "9223372036854775807", "-9223372036854775808", "4611686018427387904",
    "2**64", "10**100", "b'", "rb'", "u'", "br\"", "'\\N{", "'\\x", "'\\u12", "\"\\U0011ffff\"",
    "%", "%s", "{}", "{0", "{!r}", "{:>1000}", "__class__", "__dict__", "__init__", "super()",
    "self", "*args", "**kw", "x", "f(", "[::-1]", "[1:2:0]", "del x[:]", ":=",
};

/* small programs and statements that stress the runtime; inserted at a line start */
static const char *const stressors[] = {
    "x = 'x' * 10**9\n",
    "x = [0] * 10**8\n",
    "x = 10 ** 10**7\n",
    "x = b'ab' * (1 << 40)\n",
    "x = (1,) * 10**9\n",
    "x = bytearray(10**9)\n",
    "x = list(range(10**8))\n",
    "x = 'ab'.center(10**9)\n",
    "x = '{:>1000000000}'.format(1)\n",
    "x = '%*d' % (10**9, 1)\n",
    "x = 1 << 10**9\n",
    "x = 7 ** 7 ** 7\n",
    "x = int('9' * 100000)\n",
    "x = float('1e' + '9' * 1000)\n",
    "def f(n): return f(n + 1)\nf(0)\n",
    "import sys\nsys.setrecursionlimit(10**9)\ndef f(n): return f(n + 1)\nf(0)\n",
    "import sys\nsys.setrecursionlimit(1)\nprint(repr([1, [2]]))\n",
    "import sys\nsys.setrecursionlimit(-1)\n",
    "a = []\nfor i in range(100000): a = [a]\nprint(repr(a)[:10])\n",
    "a = {}\nfor i in range(100000): a = {1: a}\nprint(str(a)[:10])\n",
    "a = ()\nfor i in range(100000): a = (a,)\nprint(a == a, hash(a) == hash(a))\n",
    "a = []\na.append(a)\nprint(a, a == a)\n",
    "d = {}\nd[1] = d\nprint(d)\n",
    "class R:\n    def __repr__(self): return repr(self)\nrepr(R())\n",
    "class E:\n    def __eq__(self, o): raise ValueError\n    def __hash__(self): return 1\nd = {E(): 1}\nd[E()] = 2\n",
    "class H:\n    def __hash__(self): raise KeyError(self)\n{H(): 1}\n",
    "class H:\n    def __hash__(self): return 2**100\nprint({H(): 1})\n",
    "class H:\n    def __hash__(self): return 'x'\n{H()}\n",
    "class M:\n    def __eq__(self, o):\n        d.clear()\n        return False\n    def __hash__(self): return 0\nd = {M(): 1, M(): 2}\nd[M()] = 3\n",
    "l = [3, 1, 2]\ndef k(x):\n    l.append(x)\n    return x\nl.sort(key=k)\nprint(l)\n",
    "l = [3, 1, 2]\ndef k(x):\n    l.clear()\n    return x\nl.sort(key=k)\nprint(l)\n",
    "class C:\n    def __lt__(self, o):\n        l.clear()\n        return True\nl = [C() for i in range(20)]\nl.sort()\n",
    "l = [1, 2, 3]\nfor x in l: l.append(x)\n",
    "l = list(range(50))\nfor x in l: del l[0]\nprint(l)\n",
    "d = {1: 2}\nfor k in d: d[k + 1] = 1\n",
    "s = {1}\nfor k in s: s.add(k + 1)\n",
    "def g():\n    yield next(it)\nit = g()\nnext(it)\n",
    "def g():\n    x = yield\n    yield x\nt = g()\nt.send(1)\n",
    "def g():\n    yield from g()\nlist(g())\n",
    "def g():\n    try:\n        yield 1\n    finally:\n        yield 2\nt = g()\nnext(t)\nt.close()\n",
    "def g():\n    yield 1\nt = g()\nnext(t)\nt.throw(ValueError)\n",
    "class X(Exception):\n    def __str__(self): raise X()\nraise X()\n",
    "class X(Exception):\n    def __repr__(self): return 1\nprint(repr(X()))\n",
    "e = ValueError()\ne.__cause__ = e\nraise e\n",
    "try:\n    raise ValueError\nexcept ValueError as e:\n    e.__context__ = e\n    raise\n",
    "class A: pass\nclass B(A, A): pass\n",
    "class A: pass\nA.__bases__ = (A,)\n",
    "class M(type):\n    def __call__(cls): return cls()\nclass C(metaclass=M): pass\nC()\n",
    "class C:\n    def __getattr__(self, n): return getattr(self, n)\nC().x\n",
    "class C:\n    def __len__(self): return -1\nlen(C())\n",
    "class C:\n    def __len__(self): return 2**100\nlen(C())\n",
    "class C:\n    def __index__(self): return 2**100\n[1][C()]\n",
    "class C:\n    def __iter__(self): return self\n    def __next__(self): raise StopIteration\nlist(C())\n",
    "class C:\n    def __iter__(self): return 1\nlist(C())\n",
    "import gc\ngc.collect()\nx = [[i] * 100 for i in range(1000)]\n",
    "x = [i for i in range(10**7) if i < 0]\n",
    "print(*range(10**6), sep='')\n",
    "exec('1+' * 10000 + '1')\n",
    "eval('(' * 1000 + ')' * 1000)\n",
    "eval('[' * 1000 + ']' * 1000)\n",
    "eval('-' * 100000 + '1')\n",
    "compile('if 1:\\n' + ' ' * 100000 + 'pass', 's', 'exec')\n",
    "import json\njson.loads('[' * 100000)\n",
    "import json\nl = []\nfor i in range(10000): l = [l]\njson.dumps(l)\n",
    "import re\nre.compile('(' * 1000 + ')' * 1000)\n",
    "import re\nre.match('(a*)*b', 'a' * 30)\n",
    "import struct\nstruct.pack('1000000000i')\n",
    "import struct\nstruct.unpack('>q', b'')\n",
    "'%s %s' % (1,)\n",
    "'{0[0]}'.format([])\n",
    "'{:{}{}}'.format(1, 2, 3)\n",
    "'abc'.split('')\n",
    "bytes(-1)\n",
    "int('1' * 5000, 36)\n",
    "round(1.5, 10**9)\n",
    "divmod(1, 0)\n",
    "import math\nmath.factorial(100000)\n",
    "range(2**100)[2**99]\n",
    "len(range(2**100))\n",
    "chr(0x110000)\n",
    "memoryview(b'abc')[10**9]\n",
    "del __builtins__\nprint\n",
    "__import__('sys').modules.clear()\nimport os\n",
    "globals().clear()\nprint(x)\n",
    "import sys\nsys.stdout = None\nprint(1)\n",
    "import sys\nsys.stdout = 1\nprint(1)\n",
    "raise SystemExit(2**100)\n",
    "raise SystemExit('x' * 10000)\n",
};

static int is_ident(unsigned char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* the n-th token of a kind, found by a scan: numbers (digit runs not inside a name), names, or
 * operators; returns false if there is none */
enum { TK_NUM, TK_NAME, TK_OP };
static int find_token(const Buf *b, int kind, size_t *start, size_t *end) {
    size_t count = 0, i, pick = 0;
    for (int pass = 0; pass < 2; pass++) {
        size_t seen = 0;
        for (i = 0; i < b->len;) {
            unsigned char c = b->p[i];
            size_t j = i + 1;
            int k = -1;
            if (c >= '0' && c <= '9') {
                while (j < b->len && (is_ident(b->p[j]) || b->p[j] == '.')) j++;
                k = TK_NUM;
            } else if (is_ident(c)) {
                while (j < b->len && is_ident(b->p[j])) j++;
                k = TK_NAME;
            } else if (strchr("+-*/%<>=!&|^@", c) && c) {
                while (j < b->len && b->p[j] && strchr("+-*/%<>=!&|^@", b->p[j])) j++;
                k = TK_OP;
            }
            if (k == kind) {
                if (pass == 1 && seen == pick) { *start = i, *end = j; return 1; }
                seen++;
            }
            i = j;
        }
        if (pass == 0) {
            count = seen;
            if (!count) return 0;
            pick = below(count);
        }
    }
    return 0;
}

/* values and operators that keep the syntax but stress the operations around them */
static const char *const values[] = {
    "0", "-1", "1", "2", "255", "256", "65535", "2**31", "2**31-1", "-2**31", "2**63", "2**64",
    "-2**63", "10**30", "1e308", "-1e308", "1e-320", "0.0", "-0.0", "float('nan')", "float('inf')",
    "None", "True", "False", "''", "'x'", "b''", "b'\\xff'", "[]", "()", "{}", "set()", "[None]",
    "(1,)", "{0: 0}", "'\\u20ac'", "1j", "...", "object()", "len", "type", "range(3)", "iter([])",
    "Exception()", "lambda *a, **k: a",
};
static const char *const ops[] = {
    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "<", ">", "<=", ">=", "==",
    "!=", "=", "+=", "-=", "*=", "//=", "**=", "<<=", "@",
};

static void mutate_text(Buf *b) {
    size_t s, e, s2, e2, n, at;
    unsigned char c;
    if (below(2)) {  /* half the time, a change that keeps the program parsing */
        switch (below(4)) {
        case 0:  /* a number becomes an edge value */
            if (find_token(b, TK_NUM, &s, &e)) {
                const char *v = values[below(sizeof values / sizeof *values)];
                splice(b, s, e - s, v, strlen(v));
            }
            return;
        case 1:  /* a name becomes another name of the program */
            if (find_token(b, TK_NAME, &s, &e) && find_token(b, TK_NAME, &s2, &e2)) {
                unsigned char t[64];
                size_t len = e2 - s2 < sizeof t ? e2 - s2 : sizeof t;
                memcpy(t, b->p + s2, len);
                splice(b, s, e - s, t, len);
            }
            return;
        case 2:  /* an operator becomes another */
            if (find_token(b, TK_OP, &s, &e)) {
                const char *v = ops[below(sizeof ops / sizeof *ops)];
                splice(b, s, e - s, v, strlen(v));
            }
            return;
        default: {  /* a stressor at a line start, indented like that line */
            at = random_line_start(b);
            size_t ind = 0;
            while (at + ind < b->len && (b->p[at + ind] == ' ' || b->p[at + ind] == '\t')) ind++;
            const char *str = stressors[below(sizeof stressors / sizeof *stressors)];
            Buf t = {0};
            for (const char *q = str; *q;) {
                const char *nl = strchr(q, '\n');
                size_t len = nl ? (size_t)(nl - q) + 1 : strlen(q);
                splice(&t, t.len, 0, b->p + at, ind);
                splice(&t, t.len, 0, q, len);
                q += len;
            }
            splice(b, at, 0, t.p, t.len);
            free(t.p);
            return;
        }
        }
    }
    switch (below(20)) {
    case 0:  /* flip one bit */
        if (b->len) b->p[below(b->len)] ^= (unsigned char)(1u << below(8));
        break;
    case 1: {  /* overwrite a byte with an interesting one */
        static const unsigned char odd[] = {0, 0x7f, 0x80, 0xbf, 0xc0, 0xff, '\t', '\n', '\r', '\\',
                                            '"', '\'', '(', ')', ':', ' ', '#', '{', '}'};
        if (b->len) b->p[below(b->len)] = odd[below(sizeof odd)];
        break;
    }
    case 2:  /* delete a short range */
        if (b->len) splice(b, below(b->len), 1 + below(16), NULL, 0);
        break;
    case 3:  /* delete a line */
        if ((n = line_count(b)) != 0) {
            line_span(b, below(n), &s, &e);
            splice(b, s, e - s, NULL, 0);
        }
        break;
    case 4:  /* duplicate a line, once or many times */
        if ((n = line_count(b)) != 0) {
            line_span(b, below(n), &s, &e);
            size_t k = below(4) ? 1 : 1 + below(200);
            unsigned char *t = malloc(e - s + 1);
            if (!t) die("out of memory");
            memcpy(t, b->p + s, e - s);
            for (size_t i = 0; i < k; i++) splice(b, e, 0, t, e - s);
            free(t);
        }
        break;
    case 5:  /* swap two lines */
        if ((n = line_count(b)) >= 2) {
            size_t a = below(n), z = below(n);
            if (a == z) break;
            if (a > z) { size_t t = a; a = z; z = t; }
            line_span(b, a, &s, &e);
            line_span(b, z, &s2, &e2);
            Buf t = {0};
            splice(&t, 0, 0, b->p + s2, e2 - s2);
            splice(&t, t.len, 0, b->p + e, s2 - e);
            splice(&t, t.len, 0, b->p + s, e - s);
            splice(b, s, e2 - s, t.p, t.len);
            free(t.p);
        }
        break;
    case 6:  /* truncate */
        if (b->len) b->len = below(b->len);
        break;
    case 7: case 8: case 9:  /* insert a token */
    {
        const char *t = tokens[below(sizeof tokens / sizeof *tokens)];
        if (*t) insert_str(b, below(b->len + 1), t);
        else splice(b, below(b->len + 1), 0, "", 1);  /* the "\0" token: one NUL byte */
        break;
    }
    case 10: {  /* deep nesting at a random place */
        static const char *const deep[] = {"(", "[", "{", "not ", "-", "~", "lambda:", "+",
                                           "*", "await ", "yield ", "f(", "x.", "'' if 1 else "};
        at = below(b->len + 1);
        insert_rep(b, at, deep[below(sizeof deep / sizeof *deep)], 1 + below(1000));
        break;
    }
    case 11: {  /* a whole nested block */
        size_t depth = 1 + below(150);
        Buf t = {0};
        for (size_t i = 0; i < depth; i++) {
            reserve(&t, t.len + i + 16);
            memset(t.p + t.len, ' ', i);
            t.len += i;
            insert_str(&t, t.len, below(3) ? "if 1:\n" : below(2) ? "for i in [1]:\n" : "def f():\n");
        }
        reserve(&t, t.len + depth + 16);
        memset(t.p + t.len, ' ', depth);
        t.len += depth;
        insert_str(&t, t.len, "pass\n");
        splice(b, random_line_start(b), 0, t.p, t.len);
        free(t.p);
        break;
    }
    case 12: {  /* a huge literal */
        at = below(b->len + 1);
        size_t k = 1 + below(20000);
        switch (below(4)) {
        case 0: insert_rep(b, at, "9", k); break;
        case 1: insert_rep(b, at, "0", k); insert_str(b, at, "1"); break;
        case 2: insert_str(b, at, "'"); insert_rep(b, at, "x", k); insert_str(b, at, "'"); break;
        default: insert_rep(b, at, "1.", 1); insert_rep(b, at, "5", k); break;
        }
        break;
    }
    case 13:  /* a very long line */
        at = random_line_start(b);
        insert_str(b, at, "\n");
        insert_rep(b, at, below(2) ? "x," : "a+", 1 + below(10000));
        insert_str(b, at, "y = ");
        break;
    case 14:  /* tabs and spaces */
        if ((n = line_count(b)) != 0) {
            line_span(b, below(n), &s, &e);
            if (s < e && (b->p[s] == ' ' || b->p[s] == '\t')) b->p[s] = b->p[s] == ' ' ? '\t' : ' ';
            else insert_str(b, s, below(2) ? "\t" : " ");
        }
        break;
    case 15:  /* invalid UTF-8 */
        c = (unsigned char)(0x80 + below(0x80));
        splice(b, below(b->len + 1), 0, &c, 1);
        break;
    case 16: case 17:  /* a runtime stressor */
        splice(b, random_line_start(b), 0, NULL, 0);
        insert_str(b, random_line_start(b), stressors[below(sizeof stressors / sizeof *stressors)]);
        break;
    case 18:  /* copy a range elsewhere */
        copy_range(b, 200);
        break;
    default:  /* swap two bytes */
        if (b->len >= 2) {
            s = below(b->len), e = below(b->len);
            c = b->p[s], b->p[s] = b->p[e], b->p[e] = c;
        }
        break;
    }
}

static void put32(unsigned char *p, uint32_t v) {
    p[0] = (unsigned char)v, p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16), p[3] = (unsigned char)(v >> 24);
}

static void mutate_binary(Buf *b) {
    static const uint32_t words[] = {0, 1, 2, 0x7f, 0x80, 0xff, 0x100, 0x1000, 0x7fff, 0xffff,
                                     0x10000, 0x7fffffff, 0x80000000u, 0xfffffffeu, 0xffffffffu,
                                     0x40100000, 0x3ffe8000, 0x40200000, 0x3fffffff};
    size_t at;
    switch (below(8)) {
    case 0: case 1:
        if (b->len) b->p[below(b->len)] ^= (unsigned char)(1u << below(8));
        break;
    case 2: case 3:  /* an edge value over an aligned word (headers, lengths) */
        if (b->len >= 4) {
            /* favour the starts of the file and of 4 kB sectors, where headers are (the image
             * header, the layout descriptor, bundles, filesystem sectors) */
            switch (below(3)) {
            case 0: at = below(b->len < 64 ? b->len - 3 : 64); break;
            case 1: at = (below(b->len) & ~(size_t)0xFFF) + below(64); break;
            default: at = below(b->len - 3); break;
            }
            if (at > b->len - 4) at = b->len - 4;
            put32(b->p + (at & ~(size_t)3), words[below(sizeof words / sizeof *words)]);
        }
        break;
    case 4:
        if (b->len) b->p[below(b->len)] = (unsigned char)rnd();
        break;
    case 5:
        if (b->len) splice(b, below(b->len), 1 + below(64), NULL, 0);
        break;
    case 6:
        if (b->len) b->len = below(b->len);
        break;
    default:
        copy_range(b, 256);
        break;
    }
}

int main(int argc, char **argv) {
    int binary = 0;
    /* -p K OUT: write runtime stressor K as a program (status 1 past the last) */
    if (argc == 4 && strcmp(argv[1], "-p") == 0) {
        size_t k = strtoul(argv[2], NULL, 10);
        if (k >= sizeof stressors / sizeof *stressors) return 1;
        FILE *f = fopen(argv[3], "wb");
        if (!f || fputs(stressors[k], f) < 0 || fclose(f) != 0) die("cannot write output");
        return 0;
    }
    if (argc > 1 && strcmp(argv[1], "-b") == 0) binary = 1, argc--, argv++;
    if (argc != 4) {
        fprintf(stderr, "usage: fuzzmut [-b] SEED IN OUT | -p K OUT\n");
        return 2;
    }
    char *end;
    unsigned long long seed = strtoull(argv[1], &end, 0);
    if (*end || end == argv[1]) die("bad seed");
    rng_state = seed * 0x2545f4914f6cdd1dull + 1;
    FILE *f = fopen(argv[2], "rb");
    if (!f) die("cannot read input");
    Buf b = {0};
    size_t r;
    do {
        reserve(&b, b.len + 65536);
        r = fread(b.p + b.len, 1, b.cap - b.len, f);
        b.len += r;
    } while (r > 0);
    fclose(f);
    /* mostly one change: each destructive one usually ends the program at a syntax error */
    unsigned k = below(3) ? 1 : 2 + (unsigned)below(3);
    for (unsigned i = 0; i < k; i++) (binary ? mutate_binary : mutate_text)(&b);
    f = fopen(argv[3], "wb");
    if (!f) die("cannot write output");
    if (b.len && fwrite(b.p, 1, b.len, f) != b.len) die("write failed");
    if (fclose(f) != 0) die("write failed");
    free(b.p);
    return 0;
}
