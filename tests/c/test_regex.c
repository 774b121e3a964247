/* Tests of lib/regex against CPython's re: regex_cases.txt holds (operation, flags, pattern,
 * text, expected result) lines made by gen_regex_cases.py from CPython 3.11, plus stress tests
 * of catastrophic patterns that must stop at the engine's limits.
 * Usage: test_regex <dir holding regex_cases.txt>, or test_regex - < regex_cases.txt (the lx106
 * build under QEMU, whose RAM is 80 kB: hence the sizes below). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "regex.h"

#ifdef __XTENSA__
/* Under QEMU (lx106): picolibc reads format strings byte by byte, which flash (where string
 * constants live) does not allow; copy each format to RAM first (docs/lx106.md). */
#include <stdarg.h>
#define FMT_RAM(fmt) char f_[256]; size_t n_ = strlen(fmt); if (n_ > 255) n_ = 255; \
    memcpy(f_, fmt, n_); f_[n_] = 0
static int ram_printf(const char *fmt, ...) {
    FMT_RAM(fmt); va_list ap; va_start(ap, fmt); int r = vprintf(f_, ap); va_end(ap); return r;
}
static int ram_sprintf(char *o, const char *fmt, ...) {
    FMT_RAM(fmt); va_list ap; va_start(ap, fmt); int r = vsprintf(o, f_, ap); va_end(ap); return r;
}
static int ram_snprintf(char *o, size_t cap, const char *fmt, ...) {
    FMT_RAM(fmt); va_list ap; va_start(ap, fmt); int r = vsnprintf(o, cap, f_, ap); va_end(ap); return r;
}
static int ram_sscanf(const char *s, const char *fmt, ...) {
    FMT_RAM(fmt); va_list ap; va_start(ap, fmt); int r = vsscanf(s, f_, ap); va_end(ap); return r;
}
#define printf ram_printf
#define sprintf ram_sprintf
#define snprintf ram_snprintf
#define sscanf ram_sscanf
#endif

static int failures, checks;

#define CHECK(cond, ...) do { checks++; if (!(cond)) { failures++; \
    printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } } while (0)

/* Undoes the escaping of the case file: \\ \t \n \r \xHH. */
static size_t unescape(const char *s, char *out) {
    size_t n = 0;
    while (*s) {
        if (s[0] == '\\' && s[1]) {
            char c = s[1];
            if (c == 'x') {
                unsigned v;
                sscanf(s + 2, "%2x", &v);
                out[n++] = (char)v;
                s += 4;
                continue;
            }
            out[n++] = c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
            s += 2;
            continue;
        }
        out[n++] = *s++;
    }
    out[n] = 0;
    return n;
}

static void escape(const char *s, size_t n, char *out) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\\') { out[k++] = '\\'; out[k++] = '\\'; }
        else if (c == '\t') { out[k++] = '\\'; out[k++] = 't'; }
        else if (c == '\n') { out[k++] = '\\'; out[k++] = 'n'; }
        else if (c == '\r') { out[k++] = '\\'; out[k++] = 'r'; }
        else if (c < 0x20 || c == 0x7f) k += (size_t)sprintf(out + k, "\\x%02x", c);
        else out[k++] = (char)c;
    }
    out[k] = 0;
}

#ifdef __XTENSA__
#define PROG_WORDS 2048
#define WORK_WORDS 3072
#define BIG_TEXT   20000   /* long texts of the limit tests */
#define DEEP_ITERS 200     /* iterations of the work-memory growth test */
#define LINE_MAX   1024
#else
#define PROG_WORDS (1 << 16)
#define WORK_WORDS (1 << 16)
#define BIG_TEXT   200000
#define DEEP_ITERS 4000
#define LINE_MAX   4096
#endif

static uint32_t prog_mem[PROG_WORDS];
static size_t work_mem[WORK_WORDS];

/* Compiles, growing nothing: the program area is large; also checks the size protocol. */
static int compile(const char *pat, size_t plen, int flags, re_prog **p, re_error *err) {
    int need = re_compile(pat, plen, flags, NULL, 0, p, err);
    if (need < 0) return need;
    if ((size_t)need > sizeof prog_mem) return RE_ERR_LIMIT;
    /* one byte too few must be refused without writing */
    int again = re_compile(pat, plen, flags, prog_mem, (size_t)need - 1, p, err);
    CHECK(again == need && *p == NULL, "size protocol for %s: %d %d", pat, again, need);
    int r = re_compile(pat, plen, flags, prog_mem, (size_t)need, p, err);
    CHECK(r == need && *p == (re_prog *)prog_mem, "second compile of %s: %d %d", pat, r, need);
    return r;
}

/* Formats a match result as the case file does: L<lastindex> s,e s,e ... (- for unset). */
static void format_groups(const re_prog *p, const size_t *g, unsigned lastindex, char *out) {
    size_t k = (size_t)sprintf(out, "L%u", lastindex);
    for (unsigned i = 0; i <= re_ngroups(p); i++) {
        if (g[2 * i] == RE_UNSET) k += (size_t)sprintf(out + k, " -");
        else k += (size_t)sprintf(out + k, " %zu,%zu", g[2 * i], g[2 * i + 1]);
    }
}

static char *fields[8];

static void run_case(int lineno, char *line) {
    int nf = 0;
    for (char *s = line; nf < 8;) {
        fields[nf++] = s;
        char *t = strchr(s, '\t');
        if (!t) break;
        *t = 0;
        s = t + 1;
    }
    if (nf != 5) { printf("FAIL line %d: %d fields\n", lineno, nf); failures++; return; }
    static char pat[LINE_MAX], text[LINE_MAX], expect[LINE_MAX], got[LINE_MAX * 2], tmpl[LINE_MAX],
        esc[LINE_MAX];
    const char *op = fields[0];
    int flags = (int)strtol(fields[1], 0, 0);
    size_t plen = unescape(fields[2], pat), tlen = unescape(fields[3], text);
    strcpy(expect, fields[4]);
    re_prog *p;
    re_error err;
    int r = compile(pat, plen, flags, &p, &err);
    if (r < 0) {
        sprintf(got, "err %d %ld %s", r, err.pos == RE_NOPOS ? -1L : (long)err.pos, err.msg);
    } else if (!strcmp(op, "compile")) {
        size_t k = (size_t)sprintf(got, "ok %u %d", re_ngroups(p), re_flags(p));
        const char *name;
        size_t n;
        for (unsigned i = 0; re_group_name(p, i, &name, &n) >= 0; i++) {
            int g = re_group_name(p, i, &name, &n);
            k += (size_t)sprintf(got + k, " %.*s=%d", (int)n, name, g);
            CHECK(re_group_index(p, name, n) == g, "group index of %.*s", (int)n, name);
        }
    } else {
        size_t groups[2 * 101];
        unsigned li = 0;
        size_t pos = 0, endpos = tlen;
        int mode = RE_MODE_SEARCH;
        if (!strncmp(op, "match", 5)) mode = RE_MODE_MATCH;
        else if (!strncmp(op, "fullmatch", 9)) mode = RE_MODE_FULLMATCH;
        const char *at = strchr(op, '@');
        if (at) sscanf(at + 1, "%zu:%zu", &pos, &endpos);
        if (!strncmp(op, "findall", 7) || !strncmp(op, "sub", 3)) {
            /* Python 3.7+: after an empty match the next one may not be empty at the same place */
            int sub = op[0] == 's';
            size_t k = (size_t)sprintf(got, sub ? "sub " : "all"), last = 0, outn = 0;
            static char out[LINE_MAX];
            size_t tn = 0;
            if (sub) tn = unescape(op + 4, tmpl);
            int notempty = 0;
            size_t start = 0;
            int rc = 0;
            size_t xn;
            if (sub) rc = re_expand(p, tmpl, tn, NULL, NULL, NULL, 0, &xn, &err);  /* checked up front */
            while (rc >= 0 && start <= tlen) {
                rc = re_match_ex(p, text, tlen, start, tlen, RE_MODE_SEARCH | (notempty ? RE_NOTEMPTY_ATSTART : 0),
                                 groups, work_mem, sizeof work_mem, NULL, NULL);
                if (rc != RE_MATCHED) break;
                if (sub) {
                    memcpy(out + outn, text + last, groups[0] - last);
                    outn += groups[0] - last;
                    int xr = re_expand(p, tmpl, tn, text, groups, out + outn, sizeof out - outn - 1, &xn, &err);
                    if (xr) { rc = xr; break; }
                    outn += xn;
                    last = groups[1];
                } else {
                    k += (size_t)sprintf(got + k, " %zu,%zu", groups[0], groups[1]);
                }
                notempty = groups[0] == groups[1];
                start = groups[1];
            }
            if (rc < 0) {
                sprintf(got, "err %d %ld %s", rc, err.pos == RE_NOPOS ? -1L : (long)err.pos, err.msg);
            } else if (sub) {
                memcpy(out + outn, text + last, tlen - last);
                outn += tlen - last;
                escape(out, outn, esc);
                snprintf(got + k, sizeof got - k, "%s", esc);
            }
        } else {
            r = re_match_ex(p, text, tlen, pos, endpos, mode, groups, work_mem, sizeof work_mem, NULL, &li);
            if (r == RE_NOMATCH) strcpy(got, "none");
            else if (r < 0) sprintf(got, "ret %d", r);
            else format_groups(p, groups, li, got);
        }
    }
    CHECK(!strcmp(got, expect), "line %d: %s /%s/ flags %s on \"%s\"\n   got:  %s\n   want: %s",
          lineno, op, fields[2], fields[1], fields[3], got, expect);
}


static int polls;
static int poll_stop(void *ctx) { (void)ctx; return ++polls >= 3; }

static re_prog *must_compile(const char *pat, int flags) {
    re_prog *p = NULL;
    re_error err;
    int r = compile(pat, strlen(pat), flags, &p, &err);
    CHECK(r > 0, "compile %s: %s", pat, err.msg);
    return r > 0 ? p : NULL;
}

/* Catastrophic patterns stop at the work or step limit instead of hanging or crashing. */
static void test_limits(void) {
    static char text[BIG_TEXT + 1];
    size_t groups[2 * 101];
    re_limits lim = {0, NULL, NULL};

    /* (a|aa)*b on a long run of a's: exponential, and one stack entry per iteration */
    memset(text, 'a', BIG_TEXT / 2);
    re_prog *p = must_compile("(a|aa)*b", 0);
    if (!p) return;
    size_t small = re_work_min(p) + 64 * sizeof(size_t);
    CHECK(re_match(p, text, BIG_TEXT / 2, 0, BIG_TEXT / 2, RE_MODE_SEARCH, groups, work_mem, small) == RE_ERR_WORK,
          "(a|aa)*b with little work memory");
    CHECK(re_match(p, text, BIG_TEXT / 2, 0, BIG_TEXT / 2, RE_MODE_SEARCH, groups, work_mem, sizeof work_mem) == RE_ERR_WORK,
          "(a|aa)*b outgrows the work memory");
    int r = re_match(p, text, 60, 0, 60, RE_MODE_SEARCH, groups, work_mem, sizeof work_mem);
    CHECK(r == RE_ERR_STEPS, "(a|aa)*b on 60 a's hits the step limit: %d", r);
    text[60] = 'b';
    r = re_match(p, text, 61, 0, 61, RE_MODE_SEARCH, groups, work_mem, sizeof work_mem);
    CHECK(r == RE_MATCHED && groups[0] == 0 && groups[1] == 61 && groups[2] == 59 && groups[3] == 60,
          "(a|aa)*b matches when the b is there: %d", r);

    /* (x+x+)+y: exponential in the length, constant stack */
    p = must_compile("(x+x+)+y", 0);
    if (!p) return;
    memset(text, 'x', 40);
    r = re_match(p, text, 40, 0, 40, RE_MODE_SEARCH, groups, work_mem, sizeof work_mem);
    CHECK(r == RE_ERR_STEPS, "(x+x+)+y on 40 x's: %d", r);
    lim.max_steps = 100000;
    r = re_match_ex(p, text, 40, 0, 40, RE_MODE_SEARCH, groups, work_mem, sizeof work_mem, &lim, NULL);
    CHECK(r == RE_ERR_STEPS, "(x+x+)+y with a small budget: %d", r);
    text[12] = 'y';
    r = re_match_ex(p, text, 13, 0, 13, RE_MODE_SEARCH, groups, work_mem, sizeof work_mem, &lim, NULL);
    CHECK(r == RE_MATCHED && groups[1] == 13, "(x+x+)+y matches a short text: %d", r);
    lim.max_steps = 0;   /* unlimited, but the poll callback stops it */
    lim.poll = poll_stop;
    polls = 0;
    memset(text, 'x', 40);
    r = re_match_ex(p, text, 40, 0, 40, RE_MODE_SEARCH, groups, work_mem, sizeof work_mem, &lim, NULL);
    CHECK(r == RE_ERR_ABORT && polls == 3, "poll callback aborts: %d after %d polls", r, polls);

    /* a deep but linear match succeeds once the caller grows the work memory */
    p = must_compile("(?:(a)|b)*c", 0);
    if (!p) return;
    for (int i = 0; i < DEEP_ITERS; i++) text[i] = "ab"[i & 1];
    text[DEEP_ITERS] = 'c';
    size_t cap = re_work_min(p);
    while ((r = re_match(p, text, DEEP_ITERS + 1, 0, DEEP_ITERS + 1, RE_MODE_MATCH, groups, work_mem, cap)) == RE_ERR_WORK &&
           cap < sizeof work_mem)
        cap = cap * 2 < sizeof work_mem ? cap * 2 : sizeof work_mem;
    CHECK(r == RE_MATCHED && groups[1] == DEEP_ITERS + 1 && groups[2] == DEEP_ITERS - 2 && cap > re_work_min(p),
          "growing work memory: %d", r);

    /* single-character loops keep a constant stack whatever the length */
    p = must_compile("(.*)x\\Z", RE_DOTALL);
    if (!p) return;
    memset(text, 'y', BIG_TEXT);
    text[100] = 'x';
    r = re_match(p, text, BIG_TEXT, 0, BIG_TEXT, RE_MODE_MATCH, groups, work_mem, re_work_min(p));
    CHECK(r == RE_NOMATCH, ".*x on %d characters with minimal work memory: %d", BIG_TEXT, r);
    text[BIG_TEXT - 1] = 'x';
    r = re_match(p, text, BIG_TEXT, 0, BIG_TEXT, RE_MODE_MATCH, groups, work_mem, re_work_min(p));
    CHECK(r == RE_MATCHED && groups[3] == BIG_TEXT - 1, ".*x matches at the end: %d", r);
}

/* Arguments, nesting and other limits are refused cleanly. */
static void test_bad_input(void) {
    size_t groups[8];
    re_prog *p = must_compile("a", 0);
    if (!p) return;
    CHECK(re_match(p, "abc", 3, 2, 1, RE_MODE_SEARCH, groups, work_mem, sizeof work_mem) == RE_ERR_ARG, "start > end");
    CHECK(re_match(p, "abc", 3, 0, 4, RE_MODE_SEARCH, groups, work_mem, sizeof work_mem) == RE_ERR_ARG, "end > len");
    CHECK(re_match(p, "abc", 3, 0, 3, RE_MODE_SEARCH, groups, work_mem, 4) == RE_ERR_ARG, "tiny work memory");
    CHECK(re_match(p, "abc", 3, 0, 3, 3, groups, work_mem, sizeof work_mem) == RE_ERR_ARG, "bad mode");
    CHECK(re_match((const re_prog *)"not a program...........................", "abc", 3, 0, 3, RE_MODE_SEARCH,
                   groups, work_mem, sizeof work_mem) == RE_ERR_ARG, "not a program");
    char deep[200];
    memset(deep, '(', 40);
    memset(deep + 40, ')', 40);
    re_error err;
    CHECK(re_compile(deep, 80, 0, NULL, 0, &p, &err) == RE_ERR_LIMIT, "nesting limit: %s", err.msg);
    /* the program may be moved: compile, copy elsewhere, match */
    static uint32_t copy[256];
    p = must_compile("(?P<w>\\w+)@(\\w+)", 0);
    if (!p) return;
    memcpy(copy, p, sizeof copy);
    memset(prog_mem, 0xAA, 1024);
    size_t g[6];
    CHECK(re_match((re_prog *)copy, "mail bob@example", 16, 0, 16, RE_MODE_SEARCH, g, work_mem, sizeof work_mem) == 1 &&
          g[0] == 5 && g[1] == 16 && g[2] == 5 && g[4] == 9, "moved program");
    CHECK(re_group_index((re_prog *)copy, "w", 1) == 1 && re_group_index((re_prog *)copy, "x", 1) == -1, "names");
}

/* Random patterns and texts, including malformed UTF-8: whatever happens, no crash (the
 * sanitizers watch) and every reported span lies inside the text. */
static void test_garbage(void) {
    static const char alphabet[] = "ab()[]{}|*+?.^$\\-:=!<>P#,0123456789dwsbBAZxuU\xc3\xa9\x80\xff\n ";
    uint32_t x = 12345;
    size_t groups[2 * 101];
    int compiled = 0, matched = 0;
    for (int iter = 0; iter < 20000; iter++) {
        char pat[24], text[24];
        size_t pn = 1 + iter % 20, tn = iter % 17;
        for (size_t i = 0; i < pn; i++) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; pat[i] = alphabet[x % (sizeof alphabet - 1)]; }
        for (size_t i = 0; i < tn; i++) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; text[i] = "ab\xc3\xa9\x80\n "[x % 7]; }
        int flags = (int)(x >> 8) & (RE_IGNORECASE | RE_MULTILINE | RE_DOTALL | RE_VERBOSE);
        if (iter & 1) flags |= RE_BYTES;
        re_prog *p;
        re_error err;
        if (compile(pat, pn, flags, &p, &err) < 0) {
            CHECK(err.msg[0] != 0 && (err.pos == RE_NOPOS || err.pos <= pn), "error report for garbage");
            continue;
        }
        compiled++;
        for (int mode = 0; mode < 3; mode++) {
            int r = re_match(p, text, tn, 0, tn, mode, groups, work_mem, sizeof work_mem);
            CHECK(r == RE_MATCHED || r == RE_NOMATCH, "garbage match result %d", r);
            if (r != RE_MATCHED) continue;
            matched++;
            for (unsigned g = 0; g <= re_ngroups(p); g++)
                if (groups[2 * g] != RE_UNSET)
                    CHECK(groups[2 * g] <= groups[2 * g + 1] && groups[2 * g + 1] <= tn, "span inside the text");
            size_t n;
            char out[256];
            re_expand(p, "\\g<0>\\1x", 8, text, groups, out, sizeof out, &n, &err);
        }
    }
    CHECK(compiled > 2000 && matched > 1000, "garbage: %d compiled, %d matches", compiled, matched);
}

static void test_case_file(const char *dir) {
    char path[512];
    snprintf(path, sizeof path, "%s/regex_cases.txt", dir);
#ifdef __XTENSA__
    FILE *f = strcmp(dir, "-") ? NULL : stdin;   /* no files under QEMU */
#else
    FILE *f = strcmp(dir, "-") ? fopen(path, "r") : stdin;
#endif
    if (!f) { printf("FAIL cannot open %s\n", path); failures++; return; }
    static char line[LINE_MAX];
    int lineno = 0, cases = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        size_t n = strlen(line);
        if (n && line[n - 1] == '\n') line[--n] = 0;
        if (!n || line[0] == '#') continue;
        cases++;
        run_case(lineno, line);
    }
#ifndef __XTENSA__
    if (f != stdin) fclose(f);
#endif
    CHECK(cases >= 400, "regex_cases.txt has %d cases", cases);
    printf("regex_cases.txt: %d cases\n", cases);
}

int main(int argc, char **argv) {
    const char *dir = argc > 1 ? argv[1] : "tests/c";
    test_case_file(dir);
    test_limits();
    test_bad_input();
    test_garbage();
    printf("test_regex: %d passed, %d failed\n", checks - failures, failures);
    return failures != 0;
}
