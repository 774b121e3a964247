/* Build-time generator of the static name table (interned strings known when the firmware is
 * built).  Reads core/names.def and the C sources, and writes names_gen.h (enum of ids) and
 * names_gen.c (where each name starts, hashes, the character pool and a hash index), all const
 * so they stay in flash.  The pool holds the names' bytes back to back, without NULs: a name is
 * (pointer, length), never a C string.
 *
 * names.def: one name per line; `ident` names itself, `cname "text"` gives a C name for a
 * string that is not an identifier.  `#` starts a comment.  Duplicates are merged.
 * The sources add every identifier name they use: `N_foo`, and the Python names given to the
 * table macros (NATIVE_FN(c, foo, ...), METHOD_ENTRY(foo, ...)...), so names.def only needs
 * the names that are not identifiers.  Every build (host, lx106, firmware) scans the same
 * files, so the ids agree: frozen bundles made on the PC depend on it.
 * The ids are assigned in byte order of the text, so tables sorted by text are sorted by id.
 * An output file is rewritten only when its contents change, so that editing a source does not
 * rebuild everything.
 * The same scan collects the message literals of exc_raise_msg & co. and writes msgs_gen.h
 * beside names.h: their compressed forms (see "Compressed messages" below). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <stdbool.h>

#define MAX_NAMES 4096

typedef struct { char *cname; char *text; } Entry;
static Entry names[MAX_NAMES];
static int count;

/* Keep in sync with str_hash_bytes() in core/names.c. */
static uint32_t hash_bytes(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) { h ^= (uint8_t)s[i]; h *= 16777619u; }
    return h ? h : 1;
}

static int by_text(const void *a, const void *b) {
    return strcmp(((const Entry *)a)->text, ((const Entry *)b)->text);
}

static void die(const char *msg, int line) {
    fprintf(stderr, "gennames: line %d: %s\n", line, msg);
    exit(1);
}

static bool have_cname(const char *cname, size_t n) {
    for (int i = 0; i < count; i++)
        if (strlen(names[i].cname) == n && memcmp(names[i].cname, cname, n) == 0) return true;
    return false;
}

static bool is_ident_char(int c) { return isalnum(c) || c == '_'; }

/* A name seen in C: identifiers only, not macro parameters or upper-case constants. */
static void add_scanned(const char *s, size_t n) {
    static const char *const skip[] = {"name", "pyname", "cname", "fmt", "doc", NULL};
    if (n == 0 || isdigit((unsigned char)s[0])) return;
    bool lower = false;
    for (size_t i = 0; i < n; i++) {
        if (!is_ident_char((unsigned char)s[i])) return;
        if (islower((unsigned char)s[i])) lower = true;
    }
    if (!lower || (n >= 3 && memcmp(s, "ES_", 3) == 0)) return;
    for (int i = 0; skip[i]; i++)
        if (strlen(skip[i]) == n && memcmp(skip[i], s, n) == 0) return;
    if (have_cname(s, n)) return;
    if (count == MAX_NAMES) { fprintf(stderr, "gennames: too many names\n"); exit(1); }
    names[count].cname = strndup(s, n);
    names[count].text = strndup(s, n);
    count++;
}

/* The macros that make a name from an argument, and which argument (from 0). */
static const struct { const char *macro; int arg; } name_macros[] = {
    {"NATIVE_FN", 1}, {"NATIVE_FN_KW", 1}, {"NATIVE_METHOD", 1}, {"NATIVE_METHOD_KW", 1},
    {"METHOD_ENTRY", 0}, {"T", 0}, {"X", 0}, {"EXC_ENTRY", 0}, {"MOD_FN", 0}, {NULL, 0},
};

static void scan_macro_args(const char *p, int want) {
    /* p is just after '('; arguments end at the matching ')' (no nesting inside) */
    for (int arg = 0;; arg++) {
        while (*p == ' ' || *p == '\t' || *p == '\n') p++;
        const char *a = p;
        while (*p && *p != ',' && *p != ')' && *p != '(') p++;
        if (*p == '(' || !*p) return;
        if (arg == want) {
            const char *e = p;
            while (e > a && isspace((unsigned char)e[-1])) e--;
            add_scanned(a, (size_t)(e - a));
            return;
        }
        if (*p == ')') return;
        p++;
    }
}

/* ---- Compressed messages ----
 * The format strings given as literals to the functions below (exc_raise_msg & co.) are stored
 * with their most frequent words replaced by one byte each, 0x80 + the word's index in a table
 * of at most 128 (print_vfmt expands them; the literals are ASCII).  The substitution happens
 * at compile time: msgs_gen.h defines es_text(), a chain of __builtin_strcmp tests that gcc
 * folds to the compressed literal (ES_TEXT in print.h); names_gen.c gets the words, in order of
 * length (by_length), so that the first index of each length is all print_word needs to find one. */
#define MAX_MSGS 4096
#define MAX_WORDS 128
/* kind 0: a format (print_vfmt); kind 1: a syntax error's text (ES_STEXT, marked by a first
 * byte 1 so that exc_raise_syntax_error_kind tells it from a message built at run time). */
static const struct { const char *fn; int arg, kind; } msg_funcs[] = {
    {"exc_raise_msg", 1, 0}, {"exc_new_msg", 1, 0}, {"print_fmt", 1, 0}, {"str_printf", 0, 0},
    {"cstr_printf", 0, 0},   /* the text of a syntax error built at run time */
    {"ST_ERROR", 0, 0},   /* modstruct.c: exc_raise_msg(&struct_error_type, ...) */
    {"lex_error", 2, 1}, {"lex_error_at", 4, 1}, {"lex_indent_error", 2, 1}, {"parse_error", 1, 1},
    {"parse_error_node", 2, 1}, {"expect", 2, 1}, {"exc_raise_syntax_error", 5, 1},
    {"exc_raise_syntax_error_kind", 6, 1},
    {"error_here", 1, 1}, {"error_at", 2, 1},   /* static in lex.c, compile.c */
    {"error_name", 2, 0},   /* compile.c: a format, expanded (cstr_printf) into the error's text */
    /* markers for a literal that reaches one of those some other way (a ternary's branches,
     * a helper's parameter, a variable): msgs_gen.h defines them as its compressed form */
    {"ES_MSG", 0, 0}, {"ES_SMSG", 0, 1},
    {NULL, 0, 0},
};
static char *msgs[MAX_MSGS];   /* the text, after a first byte '0' + kind */
static int nmsgs;

/* Skips a string or character literal starting at p (on the quote); returns the end. */
static const char *skip_literal(const char *p) {
    char q = *p++;
    while (*p && *p != q) {
        if (*p == '\\' && p[1]) p++;
        p++;
    }
    return *p ? p + 1 : p;
}

static const char *skip_space(const char *p) {
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') p++;
    return p;
}

/* Reads one or more adjacent string literals at p into buf (decoded); false if it is not a
 * plain ASCII literal followed by ',' or ')' (then the call keeps its literal as it is). */
static bool read_message(const char *p, char *buf, size_t cap) {
    size_t n = 0;
    while (*p == '"') {
        p++;
        while (*p != '"') {
            int c = (unsigned char)*p++;
            if (c == 0 || c == '\n') return false;
            if (c == '\\') {
                c = (unsigned char)*p++;
                switch (c) {
                case 'n': c = '\n'; break;
                case 't': c = '\t'; break;
                case '\\': case '"': case '\'': case '?': break;
                default: return false;
                }
            }
            if (c >= 0x80 || n + 1 >= cap) return false;
            buf[n++] = (char)c;
        }
        p = skip_space(p + 1);
    }
    buf[n] = 0;
    return n > 0 && (*p == ',' || *p == ')');
}

/* p is just after the '(' of a call: finds argument `want` and records it if it is a literal. */
static void scan_message(const char *p, int want, int kind) {
    int depth = 0, arg = 0;
    for (p = skip_space(p); *p && arg < want; p++) {
        if (*p == '"' || *p == '\'') { p = skip_literal(p) - 1; continue; }
        if (*p == '(' || *p == '[' || *p == '{') depth++;
        else if (*p == ')' || *p == ']' || *p == '}') { if (depth-- == 0) return; }
        else if (*p == ';') return;
        else if (*p == ',' && depth == 0) arg++;
    }
    p = skip_space(p);
    if (*p != '"') return;
    char buf[1024];
    buf[0] = (char)('0' + kind);
    if (!read_message(p, buf + 1, sizeof buf - 1)) return;
    for (int i = 0; i < nmsgs; i++)
        if (strcmp(msgs[i], buf) == 0) return;
    if (nmsgs == MAX_MSGS) { fprintf(stderr, "gennames: too many messages\n"); exit(1); }
    msgs[nmsgs++] = strdup(buf);
}

/* A message as tokens: a format directive (%x, %.*s), a word ([A-Za-z_]+) or one other
 * character.  Returns the token's length at s and whether it is a word. */
static size_t msg_token(const char *s, bool *word) {
    *word = false;
    if (*s == '%') return strncmp(s + 1, ".*s", 3) == 0 ? 4 : s[1] ? 2 : 1;
    size_t n = 0;
    while (isalpha((unsigned char)s[n]) || s[n] == '_') n++;
    if (n == 0) return 1;
    *word = true;
    return n;
}

/* Dictionary candidates: each word of 2+ letters, with the space before it if there is one. */
typedef struct { char *text; int count; long gain; } Word;
static Word cands[8192];
static int ncands;
static Word *dict[MAX_WORDS];
static int nwords;

static void count_candidate(const char *s, size_t n) {
    for (int i = 0; i < ncands; i++)
        if (strlen(cands[i].text) == n && memcmp(cands[i].text, s, n) == 0) { cands[i].count++; return; }
    if (ncands == (int)(sizeof cands / sizeof cands[0])) return;
    cands[ncands].text = strndup(s, n);
    cands[ncands++].count = 1;
}

static int by_gain(const void *a, const void *b) {
    const Word *x = a, *y = b;
    if (x->gain != y->gain) return x->gain < y->gain ? 1 : -1;
    return strcmp(x->text, y->text);
}

static int by_string(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The dictionary in order of length (then text), so that a word's place in the pool follows
 * from its index and the first index of each length (es_text_first): no table of offsets. */
static int by_length(const void *a, const void *b) {
    const Word *x = *(Word *const *)a, *y = *(Word *const *)b;
    size_t lx = strlen(x->text), ly = strlen(y->text);
    if (lx != ly) return lx < ly ? -1 : 1;
    return strcmp(x->text, y->text);
}

static int find_word(const char *s, size_t n) {
    for (int i = 0; i < nwords; i++)
        if (strlen(dict[i]->text) == n && memcmp(dict[i]->text, s, n) == 0) return i;
    return -1;
}

/* Chooses the dictionary: the candidates that save the most bytes, each costing its text
 * and a 2-byte offset in the table. */
static void choose_words(void) {
    for (int m = 0; m < nmsgs; m++) {
        const char *s = msgs[m] + 1;
        bool word;
        for (size_t i = 0; s[i];) {
            size_t n = msg_token(s + i, &word);
            if (word && n >= 2) {
                if (i > 0 && s[i - 1] == ' ') count_candidate(s + i - 1, n + 1);
                else count_candidate(s + i, n);
            }
            i += n;
        }
    }
    for (int i = 0; i < ncands; i++) {
        long len = (long)strlen(cands[i].text);
        cands[i].gain = (len - 1) * cands[i].count - (len + 2);
    }
    qsort(cands, (size_t)ncands, sizeof(Word), by_gain);
    for (int i = 0; i < ncands && nwords < MAX_WORDS && cands[i].gain > 0; i++) dict[nwords++] = &cands[i];
    qsort(dict, (size_t)nwords, sizeof dict[0], by_length);
}

/* The compressed form of s into out (NUL-terminated); returns its length. */
static size_t encode_message(const char *s, char *out) {
    size_t o = 0;
    bool word;
    for (size_t i = 0; s[i];) {
        size_t n = msg_token(s + i, &word);
        int w = -1;
        if (word && n >= 2) {
            if (o > 0 && out[o - 1] == ' ' && (w = find_word(s + i - 1, n + 1)) >= 0) o--;
            else w = find_word(s + i, n);
        }
        if (w >= 0) out[o++] = (char)(0x80 + w);
        else { memcpy(out + o, s + i, n); o += n; }
        i += n;
    }
    out[o] = 0;
    return o;
}

/* A C string literal for s: printable ASCII as it is, the rest as 3-digit octal escapes
 * (and '?' after '?', which could start a trigraph). */
static void put_literal(FILE *f, const char *s) {
    fputc('"', f);
    for (size_t i = 0; s[i]; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
        else if (c < 0x20 || c >= 0x7F || (c == '?' && i > 0 && s[i - 1] == '?')) fprintf(f, "\\%03o", c);
        else fputc(c, f);
    }
    fputc('"', f);
}

/* es_text() (kind 0) or es_stext() (kind 1) of msgs_gen.h: the compressed form of each
 * message that gets shorter.  Returns non-zero if a message does not decode back. */
static int put_es_text(FILE *m, int kind) {
    fprintf(m, kind == 0 ? "/* The compressed form of a format literal, found at compile time (print.h: ES_TEXT). */\n"
                           "static inline __attribute__((always_inline)) const char *es_text(const char *s) {\n"
                         : "/* The same for a syntax error's text, after a byte 1 (ES_STEXT). */\n"
                           "static inline __attribute__((always_inline)) const char *es_stext(const char *s) {\n"
                           "    if (!s) return s;   /* expect(p, kind, NULL) */\n");
    for (int i = 0; i < nmsgs; i++) {
        char enc[1024];
        if (msgs[i][0] != '0' + kind) continue;
        const char *msg = msgs[i] + 1;
        enc[0] = 1;
        if (encode_message(msg, enc + kind) + (size_t)kind >= strlen(msg)) continue;
        /* expand it again as print_vfmt will: it must give the message back */
        char dec[1024];
        size_t dn = 0;
        for (const char *e = enc + kind; *e; e++) {
            unsigned ch = (unsigned char)*e;
            const char *w = ch >= 0x80 ? dict[ch - 0x80]->text : NULL;
            size_t wn = w ? strlen(w) : 1;
            memcpy(dec + dn, w ? w : e, wn);
            dn += wn;
        }
        dec[dn] = 0;
        if (strcmp(dec, msg) != 0) { fprintf(stderr, "gennames: message coding failed: %s\n", msg); return 1; }
        fprintf(m, "    if (__builtin_strcmp(s, ");
        put_literal(m, msg);
        fprintf(m, ") == 0) return ");
        put_literal(m, enc);
        fprintf(m, ";\n");
    }
    fprintf(m, "    return s;\n}\n\n");
    return 0;
}

static void scan_source(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(1); }
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc((size_t)len + 1);
    if (fread(text, 1, (size_t)len, f) != (size_t)len) { perror(path); exit(1); }
    text[len] = 0;
    fclose(f);
    for (const char *p = text; *p; p++) {
        if (p > text && is_ident_char((unsigned char)p[-1])) continue;
        if (p[0] == 'N' && p[1] == '_') {
            const char *e = p + 2;
            while (is_ident_char((unsigned char)*e)) e++;
            add_scanned(p + 2, (size_t)(e - p - 2));
            p = e - 1;
            continue;
        }
        for (int m = 0; msg_funcs[m].fn; m++) {
            size_t fl = strlen(msg_funcs[m].fn);
            if (strncmp(p, msg_funcs[m].fn, fl) == 0 && p[fl] == '(')
                scan_message(p + fl + 1, msg_funcs[m].arg, msg_funcs[m].kind);
        }
        for (int m = 0; name_macros[m].macro; m++) {
            size_t ml = strlen(name_macros[m].macro);
            if (strncmp(p, name_macros[m].macro, ml) == 0 && p[ml] == '(') {
                scan_macro_args(p + ml + 1, name_macros[m].arg);
                break;
            }
        }
    }
    free(text);
}

/* ---- Where each name starts in the pool ----
 * The names lie back to back without NULs, so a name ends where the next one starts.  Instead of
 * a uint16 offset per name (2.4 kB), the board stores a base per group of 2^shift names and, per
 * name, one byte: its start less its group's base (1.5 kB).  The shift is the largest whose
 * groups all fit in those bytes.  Bases and bytes are words, so that the board reads them with
 * plain 32-bit loads (halfword bases, read through -mforce-l32's sequences, cost name_chars
 * 1-2% more instructions in str-heavy programs for 154 bytes less). */
#define MAX_GROUP_SHIFT 6

/* start[i] of each name, start[count] the pool's end. */
static size_t *name_starts(void) {
    size_t *start = malloc(((size_t)count + 1) * sizeof(size_t));
    start[0] = 0;
    for (int i = 0; i < count; i++) start[i + 1] = start[i] + strlen(names[i].text);
    return start;
}

static size_t group_base(const size_t *start, int i, int shift) { return start[(i >> shift) << shift]; }

/* The shift (2..MAX_GROUP_SHIFT), or -1 when even groups of 4 names are too long for a byte
 * (names.c's static_chars counts on a word of start bytes never spanning two groups). */
static int choose_group_shift(const size_t *start) {
    for (int shift = MAX_GROUP_SHIFT; shift >= 2; shift--) {
        bool fits = true;
        for (int i = 0; i <= count && fits; i++) fits = start[i] - group_base(start, i, shift) <= 0xFF;
        if (fits) return shift;
    }
    return -1;
}

/* name_static_base (one entry per group, and one for the group that start[count] falls in)
 * and name_static_start (a byte per name, and one for the pool's end). */
static void put_starts(FILE *c, const size_t *start, int shift) {
    int groups = (count >> shift) + 1;
    fprintf(c, "const uint32_t name_static_base[%d] = {", groups);
    for (int g = 0; g < groups; g++) fprintf(c, "%s%zu,", g % 12 ? " " : "\n    ", start[g << shift]);
    fprintf(c, "\n};\n\n");
    /* the bytes packed little-endian into words: word-aligned, read a word at a time */
    int words = (count + 1 + 3) / 4;
    fprintf(c, "const uint32_t name_static_start[%d] = {", words);
    for (int k = 0; k < words; k++) {
        uint32_t w = 0;
        for (int b = 0; b < 4 && 4 * k + b <= count; b++)
            w |= (uint32_t)(start[4 * k + b] - group_base(start, 4 * k + b, shift)) << 8 * b;
        fprintf(c, "%s0x%08xu,", k % 6 ? " " : "\n    ", w);
    }
    fprintf(c, "\n};\n\n");
}

/* Writes a memory buffer to path unless the file already holds exactly that. */
static int write_if_changed(const char *path, const char *buf, size_t n) {
    FILE *f = fopen(path, "rb");
    if (f) {
        char *old = malloc(n + 1);
        size_t got = fread(old, 1, n + 1, f);
        fclose(f);
        bool same = got == n && memcmp(old, buf, n) == 0;
        free(old);
        if (same) return 0;
    }
    f = fopen(path, "wb");
    if (!f || fwrite(buf, 1, n, f) != n || fclose(f) != 0) { perror(path); return 1; }
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 4) { fprintf(stderr, "usage: gennames names.def names.h names_data.c [source.c ...]\n"); return 2; }
    FILE *in = fopen(argv[1], "r");
    if (!in) { perror(argv[1]); return 1; }
    char line[512];
    int lineno = 0;
    while (fgets(line, sizeof line, in)) {
        lineno++;
        char *p = line;
        while (isspace((unsigned char)*p)) p++;
        if (*p == '#' || *p == 0) continue;
        char *cname, *text;
        if (*p == '"') {
            /* a line that starts with a quote names the empty C suffix: N_ */
            cname = strdup("");
        } else {
            char *end = p;
            while (*end && !isspace((unsigned char)*end)) end++;
            cname = strndup(p, (size_t)(end - p));
            p = end;
            while (*p == ' ' || *p == '\t') p++;
        }
        if (*p == '"') {
            /* quoted text: \n and \\ are the only escapes */
            char *q = p + 1;
            text = malloc(strlen(q) + 1);
            size_t n = 0;
            while (*q && *q != '"') {
                if (*q == '\\' && q[1] == 'n') { text[n++] = '\n'; q += 2; }
                else if (*q == '\\' && q[1] == '\\') { text[n++] = '\\'; q += 2; }
                else text[n++] = *q++;
            }
            if (*q != '"') die("unterminated string", lineno);
            text[n] = 0;
        } else {
            for (char *c = cname; *c; c++)
                if (!isalnum((unsigned char)*c) && *c != '_') die("not an identifier; give a \"text\"", lineno);
            text = strdup(cname);
        }
        if (count == MAX_NAMES) die("too many names", lineno);
        names[count].cname = cname;
        names[count].text = text;
        count++;
    }
    fclose(in);
    for (int i = 4; i < argc; i++) scan_source(argv[i]);
    /* every one-character ASCII string is a name, so that str_new makes no object for them */
    for (int ch = 1; ch < 128; ch++) {
        char text[2] = {(char)ch, 0};
        bool have = false;
        for (int i = 0; i < count && !have; i++) have = strcmp(names[i].text, text) == 0;
        if (have) continue;
        if (count == MAX_NAMES) die("too many names", 0);
        char cname[16];
        snprintf(cname, sizeof cname, "ascii_%02x", ch);
        names[count].cname = strdup(cname);
        names[count].text = strdup(text);
        count++;
    }
    qsort(names, count, sizeof(Entry), by_text);
    int n = 0;
    for (int i = 0; i < count; i++) {
        if (n > 0 && strcmp(names[n - 1].text, names[i].text) == 0) {
            if (strcmp(names[n - 1].cname, names[i].cname) != 0) {
                fprintf(stderr, "gennames: \"%s\" has two C names\n", names[i].text);
                return 1;
            }
            continue;
        }
        names[n++] = names[i];
    }
    count = n;
    for (int i = 0; i < count; i++)
        for (int j = i + 1; j < count; j++)
            if (strcmp(names[i].cname, names[j].cname) == 0) {
                fprintf(stderr, "gennames: C name %s used twice\n", names[i].cname);
                return 1;
            }
    size_t *start = name_starts();
    int shift = choose_group_shift(start);
    if (shift < 0 || start[count] > 0xFFFF) { fprintf(stderr, "gennames: names or the pool too long\n"); return 1; }

    char *hbuf, *cbuf;
    size_t hlen, clen;
    FILE *h = open_memstream(&hbuf, &hlen);
    if (!h) { perror("open_memstream"); return 1; }
    fprintf(h, "/* Generated by tools/gennames.c from core/names.def and the sources. Do not edit. */\n"
               "#ifndef ESPY_NAMES_GEN_H\n#define ESPY_NAMES_GEN_H\n\nenum {\n");
    for (int i = 0; i < count; i++) fprintf(h, "    N_%s = %d,\n", names[i].cname, i);
    fprintf(h, "    NAME_STATIC_COUNT = %d\n};\n\n", count);
    /* A fingerprint of the table: frozen bundles store it, since they use these ids. */
    uint32_t fp = 2166136261u;
    for (int i = 0; i < count; i++) {
        fp ^= hash_bytes(names[i].text, strlen(names[i].text));
        fp *= 16777619u;
    }
    fprintf(h, "#define NAME_STATIC_FINGERPRINT 0x%08xu\n\n", fp);
    fprintf(h, "/* Name id starts at name_static_base[id >> NAME_STATIC_GROUP_SHIFT] + name_static_start[id]. */\n"
               "#define NAME_STATIC_GROUP_SHIFT %d\n\n#endif\n", shift);
    fclose(h);

    FILE *c = open_memstream(&cbuf, &clen);
    if (!c) { perror("open_memstream"); return 1; }
    fprintf(c, "/* Generated by tools/gennames.c from core/names.def and the sources. Do not edit. */\n"
               "#include \"names.h\"\n\n");
    /* Where each name starts in the pool, so a name's length is the distance to the next one:
     * the names follow each other without a NUL (every reader takes the length, and 1.2 kB of
     * NULs is flash the board lacks); and the hashes, kept apart because only the PC build
     * stores them (a board recomputes them and saves the flash). */
    put_starts(c, start, shift);
    fprintf(c, "const uint32_t name_static_hash[%d] = {", count);
    for (int i = 0; i < count; i++)
        fprintf(c, "%s0x%08xu,", i % 6 ? " " : "\n    ", hash_bytes(names[i].text, strlen(names[i].text)));
    fprintf(c, "\n};\n\n");
    /* The pool is emitted as 32-bit words so that it is word-aligned in flash. */
    size_t words = (start[count] + 3) / 4;
    unsigned char *pool = calloc(words * 4, 1);
    for (int i = 0; i < count; i++) memcpy(pool + start[i], names[i].text, start[i + 1] - start[i]);
    fprintf(c, "const uint32_t name_static_pool[%zu] = {", words);
    for (size_t i = 0; i < words; i++) {
        uint32_t w = pool[4 * i] | pool[4 * i + 1] << 8 | pool[4 * i + 2] << 16 | (uint32_t)pool[4 * i + 3] << 24;
        fprintf(c, "%s0x%08xu,", i % 6 ? " " : "\n    ", w);
    }
    fprintf(c, "\n};\n\n");
    /* Open-addressed index: slot = hash & mask, linear probing, 0xFFFF empty. */
    /* at most 3/4 full: linear probes stay short */
    unsigned size = 1;
    while (size * 3 < (unsigned)count * 4) size <<= 1;
    uint16_t *index = malloc(size * sizeof(uint16_t));
    for (unsigned i = 0; i < size; i++) index[i] = 0xFFFF;
    for (int i = 0; i < count; i++) {
        unsigned s = hash_bytes(names[i].text, strlen(names[i].text)) & (size - 1);
        while (index[s] != 0xFFFF) s = (s + 1) & (size - 1);
        index[s] = (uint16_t)i;
    }
    /* ids of the one-character names, by character (0: none) */
    fprintf(c, "const uint16_t name_ascii[128] = {");
    for (int ch = 0; ch < 128; ch++) {
        int id = 0;
        for (int i = 0; i < count; i++)
            if (ch && names[i].text[0] == ch && names[i].text[1] == 0) id = i;
        fprintf(c, "%s%d,", ch % 16 ? " " : "\n    ", id);
    }
    fprintf(c, "\n};\n");
    fprintf(c, "const uint32_t name_static_index_mask = %u;\n", size - 1);
    /* Pairs of uint16 packed into words, again for word-only flash reads. */
    fprintf(c, "const uint32_t name_static_index[%u] = {", (size + 1) / 2);
    for (unsigned i = 0; i < size; i += 2) {
        uint32_t w = index[i] | (uint32_t)(i + 1 < size ? index[i + 1] : 0xFFFF) << 16;
        fprintf(c, "%s0x%08xu,", (i / 2) % 6 ? " " : "\n    ", w);
    }
    fprintf(c, "\n};\n");

    /* Compressed messages: the word table here, es_text() in msgs_gen.h beside names.h. */
    qsort(msgs, (size_t)nmsgs, sizeof(char *), by_string);
    choose_words();
    size_t woff = 0, min_len = nwords ? strlen(dict[0]->text) : 0, max_len = nwords ? strlen(dict[nwords - 1]->text) : 0;
    fprintf(c, "\n/* Words of the compressed messages, by length: byte 0x80 + i stands for word i, the words\n"
               " * es_text_first[k] .. es_text_first[k + 1] - 1 have ES_TEXT_MIN_LEN + k bytes, one after\n"
               " * the other in es_text_pool (print_word). */\n");
    fprintf(c, "const uint8_t es_text_first[%zu] = {", max_len - min_len + 2);
    for (size_t len = min_len, i = 0; len <= max_len + 1; len++) {
        while (i < (size_t)nwords && strlen(dict[i]->text) < len) i++;
        fprintf(c, "%s%zu,", (len - min_len) % 16 ? " " : "\n    ", i);
    }
    for (int i = 0; i < nwords; i++) woff += strlen(dict[i]->text);
    fprintf(c, "\n};\nconst char es_text_pool[%zu] =", woff + 1);
    for (int i = 0; i < nwords; i++) {
        fprintf(c, "%s", i % 8 ? " " : "\n    ");
        put_literal(c, dict[i]->text);
    }
    fprintf(c, "%s;\n", nwords ? "" : " \"\"");
    fclose(c);

    char *mbuf;
    size_t mlen;
    FILE *m = open_memstream(&mbuf, &mlen);
    if (!m) { perror("open_memstream"); return 1; }
    fprintf(m, "/* Generated by tools/gennames.c from the messages in the sources. Do not edit. */\n"
               "#ifndef ESPY_MSGS_GEN_H\n#define ESPY_MSGS_GEN_H\n\n#include <stdint.h>\n\n"
               "extern const uint8_t es_text_first[];\nextern const char es_text_pool[];\n"
               "#define ES_TEXT_MIN_LEN %zu\n\n", min_len);
    if (put_es_text(m, 0) || put_es_text(m, 1)) return 1;
    fprintf(m, "/* A literal's compressed form; anything else as it is. */\n"
               "#define ES_TEXT(s) (__builtin_constant_p(s) ? es_text(s) : (s))\n"
               "#define ES_STEXT(s) (__builtin_constant_p(s) ? es_stext(s) : (s))\n"
               "/* A literal that reaches print_vfmt (ES_MSG) or a syntax error (ES_SMSG) by another way\n"
               " * than as the direct argument of one of the functions above, compressed. */\n"
               "#define ES_MSG(s) es_text(\"\" s)\n#define ES_SMSG(s) es_stext(\"\" s)\n\n#endif\n");
    fclose(m);
    /* msgs_gen.h goes beside names.h */
    const char *slash = strrchr(argv[2], '/');
    size_t dl = slash ? (size_t)(slash - argv[2] + 1) : 0;
    char *mpath = malloc(dl + sizeof "msgs_gen.h");
    memcpy(mpath, argv[2], dl);
    strcpy(mpath + dl, "msgs_gen.h");
    return write_if_changed(argv[2], hbuf, hlen) | write_if_changed(argv[3], cbuf, clen) |
           write_if_changed(mpath, mbuf, mlen);
}
