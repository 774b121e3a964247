/* The Unicode character database (see unicode.h).  The lookups here are the ones the
 * generator models and checks against CPython for every code point: change both together. */
#include "unicode.h"
#include "unicode_tab.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- properties: runs of classes ---- */

/* The class of c; *start gets the first code point of its run. */
static unsigned uclass(uint32_t c, uint32_t *start) {
    if (c >= 0x110000) return 0;   /* class 0 has no properties */
    size_t lo = 0, hi = COUNT(uni_check_cp) - 1;
    while (lo < hi) {
        size_t mid = (lo + hi + 1) / 2;
        if (uni_check_cp[mid] <= c) lo = mid;
        else hi = mid - 1;
    }
    uint32_t s = uni_check_cp[lo];
    const uint8_t *p = uni_runs + uni_check_off[lo];
    for (;;) {
        unsigned b = *p++;
        uint32_t n = b & 7;
        if (n == 0) {
            unsigned shift = 0, x;
            do {
                x = *p++;
                n |= (uint32_t)(x & 0x7F) << shift;
                shift += 7;
            } while (x & 0x80);
        }
        if (c - s < n) {
            *start = s;
            return b >> 3;
        }
        s += n;
    }
}

/* Out of line: one call per predicate is smaller than the lookup inlined ten times. */
__attribute__((noinline)) static unsigned bits(uint32_t c) {
    uint32_t s;
    return uni_class_bits[c < 128 ? uni_ascii_class[c] : uclass(c, &s)];
}

bool unicode_isspace(uint32_t c) {
    if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool unicode_islinebreak(uint32_t c) {
    return (c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool unicode_isalpha(uint32_t c) { return bits(c) & UNI_ALPHA; }
bool unicode_isdecimal(uint32_t c) { return bits(c) & UNI_DECIMAL; }
bool unicode_isdigit(uint32_t c) { return bits(c) & UNI_DIGIT; }
bool unicode_isnumeric(uint32_t c) { return bits(c) & UNI_NUMERIC; }
bool unicode_isalnum(uint32_t c) { return bits(c) & (UNI_ALPHA | UNI_DECIMAL | UNI_DIGIT | UNI_NUMERIC); }
bool unicode_isprintable(uint32_t c) { return bits(c) & UNI_PRINTABLE; }
bool unicode_iscased(uint32_t c) { return bits(c) & UNI_CASED; }
bool unicode_iscaseignorable(uint32_t c) { return bits(c) & UNI_CASE_IGN; }
bool unicode_isxidstart(uint32_t c) { return bits(c) & UNI_XID_START; }
bool unicode_isxidcontinue(uint32_t c) { return bits(c) & UNI_XID_CONT; }

int unicode_decimal_value(uint32_t c) {
    if (c < 128) return c >= '0' && c <= '9' ? (int)(c - '0') : -1;
    uint32_t s;
    if (!(uni_class_bits[uclass(c, &s)] & UNI_DECIMAL)) return -1;
    return (int)((c - s) % 10);   /* decimal digits come in runs of ten from 0 (checked) */
}

/* ---- case mapping ---- */

/* The run (of a span/delta table sorted by start) holding c, or NULL.  With order, the spans
 * are the runs' targets (start + delta), searched in that order. */
static const int32_t *run_find(const uint32_t *span, const int32_t *delta, size_t n, const uint8_t *order,
                               uint32_t c) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2, i = order ? order[mid] : mid;
        uint32_t w = span[i];
        uint32_t s = (w & 0x1FFFFF) + (order ? (uint32_t)delta[i] : 0);
        uint32_t stride = (w >> 31) + 1, last = ((w >> 21) & 0x3FF) * stride;
        if (c < s) hi = mid;
        else if (c - s > last) lo = mid + 1;
        else return (c - s) % stride ? NULL : &delta[i];
    }
    return NULL;
}

#define RUNS(name) name##_span, name##_delta, COUNT(name##_span)

static bool in_ranges(const uint32_t (*r)[2], size_t n, uint32_t c) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < r[mid][0]) hi = mid;
        else if (c > r[mid][1]) lo = mid + 1;
        else return true;
    }
    return false;
}

/* A full mapping from a special table: how many code points, 0 if c has none. */
static int special(const uint16_t (*t)[4], size_t n, uint32_t c, uint32_t out[3]) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < t[mid][0]) hi = mid;
        else if (c > t[mid][0]) lo = mid + 1;
        else {
            int k = 0;
            while (k < 3 && t[mid][k + 1]) { out[k] = t[mid][k + 1]; k++; }
            return k;
        }
    }
    return 0;
}

#define SPECIAL(kind, c, out) special(uni_special_##kind, COUNT(uni_special_##kind), c, out)

uint32_t unicode_simple_lower(uint32_t c) {
    if (c < 128) return c >= 'A' && c <= 'Z' ? c + 32 : c;
    const int32_t *d = run_find(RUNS(uni_lower_x), NULL, c);
    if (!d) d = run_find(RUNS(uni_pair), NULL, c);
    return d ? c + (uint32_t)*d : c;
}

uint32_t unicode_simple_upper(uint32_t c) {
    if (c < 128) return c >= 'a' && c <= 'z' ? c - 32 : c;
    const int32_t *d = run_find(RUNS(uni_upper_x), NULL, c);
    if (d) return c + (uint32_t)*d;
    d = run_find(RUNS(uni_pair), uni_pair_by_lower, c);
    return d ? c - (uint32_t)*d : c;
}

int unicode_lower(uint32_t c, uint32_t out[3]) {
    int k = c < 128 ? 0 : SPECIAL(lower, c, out);
    if (k) return k;
    out[0] = unicode_simple_lower(c);
    return 1;
}

int unicode_upper(uint32_t c, uint32_t out[3]) {
    int k = c < 128 ? 0 : SPECIAL(upper, c, out);
    if (k) return k;
    out[0] = unicode_simple_upper(c);
    return 1;
}

/* title and casefold: a stored mapping, a one-code-point exception, or derived from the full
 * upper case (title: its first code point, the rest lower-cased; fold: all lower-cased), or
 * the simple upper (title) / lower (fold) case. */
static int derived(uint32_t c, uint32_t out[3], bool title, int k, const int32_t *d) {
    if (k) return k;
    if (d) { out[0] = c + (uint32_t)*d; return 1; }
    k = SPECIAL(upper, c, out);
    if (k) {
        for (int i = title; i < k; i++) out[i] = unicode_simple_lower(out[i]);
        return k;
    }
    out[0] = title ? unicode_simple_upper(c) : unicode_simple_lower(c);
    return 1;
}

int unicode_title(uint32_t c, uint32_t out[3]) {
    if (c < 128) { out[0] = unicode_simple_upper(c); return 1; }
    return derived(c, out, true, SPECIAL(title, c, out), run_find(RUNS(uni_title_x), NULL, c));
}

int unicode_fold(uint32_t c, uint32_t out[3]) {
    if (c < 128) { out[0] = unicode_simple_lower(c); return 1; }
    return derived(c, out, false, SPECIAL(fold, c, out), run_find(RUNS(uni_fold_x), NULL, c));
}

bool unicode_istitle(uint32_t c) {
    return c >= 128 && in_ranges(uni_titlecase, COUNT(uni_titlecase), c);
}

bool unicode_isupper(uint32_t c) {
    if (c < 128) return c >= 'A' && c <= 'Z';
    if (!(bits(c) & UNI_CASED) || unicode_istitle(c)) return false;
    return unicode_simple_lower(c) != c || in_ranges(uni_upper_nomap, COUNT(uni_upper_nomap), c);
}

bool unicode_islower(uint32_t c) {
    if (c < 128) return c >= 'a' && c <= 'z';
    return (bits(c) & UNI_CASED) && !unicode_istitle(c) && !unicode_isupper(c);
}
