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
#include "../core/msgcode.h"

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
 * with their most frequent byte sequences ("words", see choose_words) replaced by one byte each
 * (print_vfmt expands them): word i < 128 is the byte 0x80 + i (the literals are ASCII), the
 * others the control characters 0x02..0x1F but \t \n \r, which messages use (and byte 1 marks
 * a syntax error's text; code_byte, core/msgcode.h).  The substitution happens at compile time:
 * msgs_gen.h defines es_text(), a chain of __builtin_strcmp tests that gcc folds to the
 * compressed literal (ES_TEXT in print.h); names_gen.c gets the words, in order of length
 * (by_length), so that the first index of each length is all print_word needs to find one. */
#define MAX_MSGS 4096
#define MAX_WORDS (128 + 0x20 - 2 - 3)

/* The byte that stands for word i (core/msgcode.h msg_word_of is the other way). */
static unsigned code_byte(int i) {
    if (i < 128) return 0x80u + (unsigned)i;
    unsigned c = (unsigned)(i - 128) + 2;
    if (c >= '\t') c += 2;
    if (c >= '\r') c++;
    return c;
}
/* kind 0: a format (print_vfmt); kind 1: a syntax error's text (ES_STEXT, marked by a first
 * byte 1 so that exc_raise_syntax_error_kind tells it from a message built at run time);
 * kind 2: texts one after the other, each ended by a \0 (ES_MSGS: a table in one literal). */
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
    {"ES_MSG", 0, 0}, {"ES_SMSG", 0, 1}, {"ES_MSGS", 0, 2},
    {NULL, 0, 0},
};
static char *msgs[MAX_MSGS];   /* the text, after a first byte '0' + kind; SEP for kind 2's \0 */
#define SEP '\x1f'
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

/* A message literal with a byte other than printable ASCII, \t and \n (or \r, kept as it is):
 * print_vfmt would take it for a word's code (0x80.., the control bytes but \t \n \r), so the
 * build stops instead of printing a word there.  p is at the byte or its escape. */
static _Noreturn void code_byte_in(const char *p) {
    fprintf(stderr, "gennames: a message literal holds a byte that would print as a word: %.20s\n", p);
    exit(1);
}

/* The value of the escape after a backslash at *p (past it on return); -1 for one gennames does
 * not know (the literal is then kept as it is). */
static int read_escape(const char **p) {
    static const char simple[] = "n\nt\tr\ra\ab\bf\fv\v\\\\\"\"''??";
    char c = *(*p)++;
    for (const char *s = simple; *s; s += 2)
        if (*s == c) return (unsigned char)s[1];
    int v = 0, k = 0;
    if (c == 'x') {
        for (; isxdigit((unsigned char)**p); (*p)++, k++) v = v * 16 + (isdigit((unsigned char)**p) ? **p - '0' : (**p | 0x20) - 'a' + 10);
        return k && v < 256 ? v : -1;
    }
    if (c >= '0' && c <= '7') {
        for (v = c - '0'; k < 2 && **p >= '0' && **p <= '7'; (*p)++, k++) v = v * 8 + (**p - '0');
        return v < 256 ? v : -1;
    }
    return -1;
}

/* Reads one or more adjacent string literals at p into buf (decoded; a \0 as SEP if sep); false
 * if it is not a literal followed by ',' or ')', or holds a \r or a \0 (then it is kept as it
 * is).  A byte that would print as a word stops the build (code_byte_in). */
static bool read_message(const char *p, char *buf, size_t cap, bool sep) {
    size_t n = 0;
    while (*p == '"') {
        p++;
        while (*p != '"') {
            const char *at = p;
            int c = (unsigned char)*p++;
            if (c == 0 || c == '\n') return false;
            if (c == '\\' && (c = read_escape(&p)) < 0) return false;
            if (c == 0) {
                if (!sep) return false;
                c = SEP;
            } else if (c == '\r') {
                return false;   /* no word code: kept as it is */
            } else if (c >= 0x80 || (c < 0x20 && c != '\t' && c != '\n')) {
                code_byte_in(at);
            }
            if (n + 1 >= cap) return false;
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
    if (!read_message(p, buf + 1, sizeof buf - 1, kind == 2)) return;
    for (int i = 0; i < nmsgs; i++)
        if (strcmp(msgs[i], buf) == 0) return;
    if (nmsgs == MAX_MSGS) { fprintf(stderr, "gennames: too many messages\n"); exit(1); }
    msgs[nmsgs++] = strdup(buf);
}

/* The dictionary: words of up to MAX_WORD_LEN bytes, any text (not only letters) and possibly
 * holding other words (print_word expands them in turn), chosen greedily: each step takes the
 * sequence that saves the most bytes in the messages as they are after the steps before
 * (count * (length - 1) - length, the length also being its cost in the pool), and replaces its
 * occurrences, left to right, by its byte.  No byte of a % directive (%s, %.*s, %%) is in a word:
 * print_vfmt must find it as it is; nor is the \0 between kind 2's texts.
 * A message is held as units: a byte of the text, WORD + i for word i, or BLOCKED + the byte
 * for those bytes. */
#define MAX_WORD_LEN 24
#define BLOCKED 0x100
#define WORD 0x200
typedef uint16_t Unit;
static Unit *munits[MAX_MSGS];
static size_t msg_len[MAX_MSGS];
static Unit word_units[MAX_WORDS][MAX_WORD_LEN];
static size_t word_len[MAX_WORDS];
static int nwords;

static void to_units(int m) {
    const char *s = msgs[m] + 1;
    size_t n = strlen(s), k = 0;
    munits[m] = malloc((n + 1) * sizeof(Unit));
    for (size_t i = 0; i < n;) {
        size_t d = s[i] != '%' ? 0 : strncmp(s + i + 1, ".*s", 3) == 0 ? 4 : s[i + 1] && s[i + 1] != SEP ? 2 : 1;   /* a % before a \0: alone */
        if (s[i] == SEP) { munits[m][k++] = BLOCKED; i++; continue; }   /* a \0: in no word */
        if (!d) { munits[m][k++] = (unsigned char)s[i++]; continue; }
        while (d--) munits[m][k++] = (Unit)(BLOCKED | (unsigned char)s[i++]);
    }
    msg_len[m] = k;
}

/* Counting the sequences of one length: an open hash table of (message, position) keys, a
 * generation number telling this round's entries from the stale ones. */
typedef struct { uint32_t gen, m, pos, count, last_m, last_end; } Seq;
#define SEQ_BITS 17
static Seq seqs[1u << SEQ_BITS];
static uint32_t seq_gen, seq_used;

static bool seq_equal(const Seq *e, int m, size_t pos, size_t len) {
    return memcmp(munits[e->m] + e->pos, munits[m] + pos, len * sizeof(Unit)) == 0;
}

static Seq *seq_find(int m, size_t pos, size_t len) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) h = (h ^ munits[m][pos + i]) * 16777619u;
    for (uint32_t i = h >> (32 - SEQ_BITS);; i = (i + 1) & ((1u << SEQ_BITS) - 1)) {
        Seq *e = &seqs[i];
        if (e->gen != seq_gen) {
            if (++seq_used >= (1u << SEQ_BITS) / 2) { fprintf(stderr, "gennames: sequence table full\n"); exit(1); }
            *e = (Seq){seq_gen, (uint32_t)m, (uint32_t)pos, 0, UINT32_MAX, 0};
            return e;
        }
        if (seq_equal(e, m, pos, len)) return e;
    }
}

/* Is units[pos .. pos + len) a possible word? */
static bool seq_ok(int m, size_t pos, size_t len) {
    if (pos + len > msg_len[m]) return false;
    for (size_t i = 0; i < len; i++)
        if (munits[m][pos + i] >= BLOCKED && munits[m][pos + i] < WORD) return false;
    return true;
}

/* The next word: the sequence of the greatest gain (ties: the first found, a fixed order), or
 * false if none saves a byte.  Length by length; a sequence is only counted where the one a
 * unit shorter at the same place occurs twice or more (none longer can occur more often). */
static bool best_sequence(int *best_m, size_t *best_pos, size_t *best_len) {
    static uint8_t *often[MAX_MSGS];   /* often[m][pos]: the sequence there of the last length recurs */
    long best_gain = 0;
    for (size_t len = 2; len <= MAX_WORD_LEN; len++) {
        seq_gen++;
        seq_used = 0;
        for (int m = 0; m < nmsgs; m++) {
            if (len == 2) { free(often[m]); often[m] = calloc(msg_len[m] + 1, 1); }
            for (size_t pos = 0; pos + len <= msg_len[m]; pos++) {
                if ((len > 2 && !often[m][pos]) || !seq_ok(m, pos, len)) continue;
                Seq *e = seq_find(m, pos, len);
                if (e->last_m == (uint32_t)m && pos < e->last_end) continue;   /* overlaps the last */
                e->count++;
                e->last_m = (uint32_t)m;
                e->last_end = (uint32_t)(pos + len);
            }
        }
        bool any = false;
        for (int m = 0; m < nmsgs; m++)
            for (size_t pos = 0; pos < msg_len[m]; pos++) {
                bool ok = pos + len <= msg_len[m] && (len == 2 || often[m][pos]) && seq_ok(m, pos, len);
                Seq *e = ok ? seq_find(m, pos, len) : NULL;
                often[m][pos] = ok && e->count >= 2;
                any |= often[m][pos];
                long gain = ok ? (long)e->count * (long)(len - 1) - (long)len : 0;
                if (gain > best_gain) {
                    best_gain = gain;
                    *best_m = (int)e->m;
                    *best_pos = e->pos;
                    *best_len = len;
                }
            }
        if (!any) break;
    }
    return best_gain > 0;
}

static int by_string(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The words in order of length (then units), so that a word's place in the pool follows from its
 * index and the first index of each length (es_text_first): no table of offsets. */
static int by_length(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    if (word_len[x] != word_len[y]) return word_len[x] < word_len[y] ? -1 : 1;
    for (size_t i = 0; i < word_len[x]; i++)   /* unit by unit: the same on any byte order */
        if (word_units[x][i] != word_units[y][i]) return word_units[x][i] < word_units[y][i] ? -1 : 1;
    return x - y;
}

static void renumber(Unit *u, size_t n, const int *rank) {
    for (size_t i = 0; i < n; i++)
        if (u[i] >= WORD) u[i] = (Unit)(WORD + rank[u[i] - WORD]);
}

/* Chooses the words and leaves each message in munits in its compressed form. */
static void choose_words(void) {
    for (int i = 0; i < MAX_WORDS; i++)
        if (msg_word_of(code_byte(i)) != i) { fprintf(stderr, "gennames: word %d's byte\n", i); exit(1); }
    for (int m = 0; m < nmsgs; m++) to_units(m);
    int bm;
    size_t bpos, blen;
    while (nwords < MAX_WORDS && best_sequence(&bm, &bpos, &blen)) {
        Unit w[MAX_WORD_LEN];
        memcpy(w, munits[bm] + bpos, blen * sizeof(Unit));
        memcpy(word_units[nwords], w, sizeof w);
        word_len[nwords] = blen;
        for (int m = 0; m < nmsgs; m++) {
            size_t k = 0;
            for (size_t i = 0; i < msg_len[m];) {
                if (i + blen <= msg_len[m] && memcmp(munits[m] + i, w, blen * sizeof(Unit)) == 0) {
                    munits[m][k++] = (Unit)(WORD + nwords);
                    i += blen;
                } else {
                    munits[m][k++] = munits[m][i++];
                }
            }
            msg_len[m] = k;
        }
        nwords++;
    }
    int order[MAX_WORDS], rank[MAX_WORDS];
    for (int i = 0; i < nwords; i++) order[i] = i;
    qsort(order, (size_t)nwords, sizeof order[0], by_length);
    for (int i = 0; i < nwords; i++) rank[order[i]] = i;
    static Unit sorted[MAX_WORDS][MAX_WORD_LEN];
    static size_t sorted_len[MAX_WORDS];
    for (int i = 0; i < nwords; i++) {
        memcpy(sorted[i], word_units[order[i]], sizeof sorted[i]);
        sorted_len[i] = word_len[order[i]];
    }
    memcpy(word_units, sorted, sizeof sorted);
    memcpy(word_len, sorted_len, sizeof sorted_len);
    for (int i = 0; i < nwords; i++) renumber(word_units[i], word_len[i], rank);
    for (int m = 0; m < nmsgs; m++) renumber(munits[m], msg_len[m], rank);
}

/* Units as bytes (NUL-terminated); returns the length. */
static size_t unit_bytes(const Unit *u, size_t n, char *out) {
    for (size_t i = 0; i < n; i++) out[i] = (char)(u[i] >= WORD ? code_byte(u[i] - WORD) : u[i] & 0xFF);
    out[n] = 0;
    return n;
}

/* Expands compressed text e as print_word does, appending to out[0..cap) at *n; false if it
 * does not fit or nests deeper than there are words (a generator bug: the check then fails). */
static bool expand(const char *e, size_t len, char *out, size_t cap, size_t *n, int depth) {
    if (depth > MAX_WORDS) return false;
    for (size_t i = 0; i < len; i++) {
        int k = msg_word_of((unsigned char)e[i]);
        if (k < 0 || k >= nwords) {
            if (k >= 0 || *n >= cap) return false;
            out[(*n)++] = e[i];
            continue;
        }
        char w[MAX_WORD_LEN + 1];
        size_t wn = unit_bytes(word_units[k], word_len[k], w);
        if (!expand(w, wn, out, cap, n, depth + 1)) return false;
    }
    return true;
}

/* A C string literal for s[0..n): printable ASCII as it is, the rest as 3-digit octal escapes
 * (and '?' after '?', which could start a trigraph). */
static void put_literal(FILE *f, const char *s, size_t n) {
    fputc('"', f);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
        else if (c < 0x20 || c >= 0x7F || (c == '?' && i > 0 && s[i - 1] == '?')) fprintf(f, "\\%03o", c);
        else fputc(c, f);
    }
    fputc('"', f);
}

/* es_text() (kind 0), es_stext() (kind 1) or es_texts() (kind 2) of msgs_gen.h: the compressed
 * form of each message that gets shorter.  Returns non-zero if a message does not decode back. */
static int put_es_text(FILE *m, int kind) {
    static const char *const head[] = {
        "/* The compressed form of a format literal, found at compile time (print.h: ES_TEXT). */\n"
        "static inline __attribute__((always_inline)) const char *es_text(const char *s) {\n",
        "/* The same for a syntax error's text, after a byte 1 (ES_STEXT). */\n"
        "static inline __attribute__((always_inline)) const char *es_stext(const char *s) {\n"
        "    if (!s) return s;   /* expect(p, kind, NULL) */\n",
        "/* The same for texts ended by \\0 each, n bytes in all (ES_MSGS). */\n"
        "static inline __attribute__((always_inline)) const char *es_texts(const char *s, unsigned n) {\n",
    };
    fputs(head[kind], m);
    for (int i = 0; i < nmsgs; i++) {
        char msg[1024], enc[1024];
        if (msgs[i][0] != '0' + kind) continue;
        size_t n = strlen(msgs[i] + 1);
        for (size_t k = 0; k <= n; k++) msg[k] = msgs[i][1 + k] == SEP ? 0 : msgs[i][1 + k];
        enc[0] = 1;
        size_t pre = kind == 1, en = unit_bytes(munits[i], msg_len[i], enc + pre);
        if (en + pre >= n) continue;
        /* expand it again as print_vfmt will: it must give the message back */
        char dec[1024];
        size_t dn = 0;
        if (!expand(enc + pre, en, dec, sizeof dec, &dn, 0) || dn != n || memcmp(dec, msg, n) != 0) {
            fprintf(stderr, "gennames: message coding failed: %s\n", msgs[i] + 1);
            return 1;
        }
        if (kind == 2) fprintf(m, "    if (n == %zu && __builtin_memcmp(s, ", n);
        else fprintf(m, "    if (__builtin_strcmp(s, ");
        put_literal(m, msg, n);
        fprintf(m, kind == 2 ? ", %zu) == 0) return " : ") == 0) return ", n);
        put_literal(m, enc, en + pre);
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
    size_t woff = 0, min_len = nwords ? word_len[0] : 0, max_len = nwords ? word_len[nwords - 1] : 0;
    fprintf(c, "\n/* Words of the compressed messages, by length (byte 0x80 + i stands for word i < 128,\n"
               " * control characters for the others: tools/gennames.c code_byte): the words\n"
               " * es_text_first[k] .. es_text_first[k + 1] - 1 have ES_TEXT_MIN_LEN + k bytes, one after\n"
               " * the other in es_text_pool (print_word); a word may hold other words. */\n");
    fprintf(c, "const uint8_t es_text_first[%zu] = {", max_len - min_len + 2);
    for (size_t len = min_len, i = 0; len <= max_len + 1; len++) {
        while (i < (size_t)nwords && word_len[i] < len) i++;
        fprintf(c, "%s%zu,", (len - min_len) % 16 ? " " : "\n    ", i);
    }
    for (int i = 0; i < nwords; i++) woff += word_len[i];
    fprintf(c, "\n};\nconst char es_text_pool[%zu] =", woff + 1);
    for (int i = 0; i < nwords; i++) {
        char w[MAX_WORD_LEN + 1];
        unit_bytes(word_units[i], word_len[i], w);
        fprintf(c, "%s", i % 8 ? " " : "\n    ");
        put_literal(c, w, word_len[i]);
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
    if (put_es_text(m, 0) || put_es_text(m, 1) || put_es_text(m, 2)) return 1;
    fprintf(m, "/* A literal's compressed form; anything else as it is.  ES_MSG, ES_SMSG and ES_MSGS mark a\n"
               " * literal that reaches print_vfmt, a syntax error or str_from_text by another way than as\n"
               " * the direct argument of one of the functions above. */\n"
               "#define ES_TEXT(s) (__builtin_constant_p(s) ? es_text(s) : (s))\n"
               "#define ES_STEXT(s) (__builtin_constant_p(s) ? es_stext(s) : (s))\n"
               "#define ES_MSG(s) es_text(\"\" s)\n#define ES_SMSG(s) es_stext(\"\" s)\n"
               "#define ES_MSGS(s) es_texts(\"\" s, sizeof(s) - 1)\n\n#endif\n");
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
