/* Build-time generator of the static name table (interned strings known when the firmware is
 * built).  Reads core/names.def and the C sources, and writes names.h (enum of ids) and
 * names_data.c (hashes, lengths, the character pool and a hash index), all const so they stay
 * in flash.
 *
 * names.def: one name per line; `ident` names itself, `cname "text"` gives a C name for a
 * string that is not an identifier.  `#` starts a comment.  Duplicates are merged.
 * The sources add every identifier name they use: `N_foo`, and the Python names given to the
 * table macros (NATIVE_FN(c, foo, ...), METHOD_ENTRY(foo, ...)...), so names.def only needs
 * the names that are not identifiers.  Every build (host, lx106, firmware) scans the same
 * files, so the ids agree: frozen bundles made on the PC depend on it.
 * The ids are assigned in byte order of the text, so tables sorted by text are sorted by id.
 * An output file is rewritten only when its contents change, so that editing a source does not
 * rebuild everything. */
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
    fprintf(h, "#define NAME_STATIC_FINGERPRINT 0x%08xu\n\n#endif\n", fp);
    fclose(h);

    FILE *c = open_memstream(&cbuf, &clen);
    if (!c) { perror("open_memstream"); return 1; }
    fprintf(c, "/* Generated by tools/gennames.c from core/names.def and the sources. Do not edit. */\n"
               "#include \"names.h\"\n\n");
    /* Where each name starts in the pool (one more entry: the pool's end), so a name's length
     * is the distance to the next one less its NUL; and the hashes, kept apart because only
     * the PC build stores them (a board recomputes them and saves the flash). */
    size_t off = 0;
    fprintf(c, "const uint16_t name_static_offset[%d] = {", count + 1);
    for (int i = 0; i <= count; i++) {
        if (off > 0xFFFF) { fprintf(stderr, "gennames: pool too large\n"); return 1; }
        fprintf(c, "%s%zu,", i % 12 ? " " : "\n    ", off);
        if (i < count) off += strlen(names[i].text) + 1;
    }
    fprintf(c, "\n};\n\n");
    fprintf(c, "const uint32_t name_static_hash[%d] = {", count);
    for (int i = 0; i < count; i++)
        fprintf(c, "%s0x%08xu,", i % 6 ? " " : "\n    ", hash_bytes(names[i].text, strlen(names[i].text)));
    fprintf(c, "\n};\n\n");
    /* The pool is emitted as 32-bit words so that it is word-aligned in flash. */
    size_t words = (off + 3) / 4;
    unsigned char *pool = calloc(words * 4, 1);
    off = 0;
    for (int i = 0; i < count; i++) {
        size_t len = strlen(names[i].text);
        memcpy(pool + off, names[i].text, len + 1);
        off += len + 1;
    }
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
    fclose(c);
    return write_if_changed(argv[2], hbuf, hlen) | write_if_changed(argv[3], cbuf, clen);
}
