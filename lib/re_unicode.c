/* Character knowledge of the regex engine: UTF-8 stepping, the \d \w \s categories and the
 * IGNORECASE equivalence, with CPython's rules over the ranges re_unitab.h covers (see
 * docs/regex.md for what is exact and what is approximated). */
#include "re_prog.h"

typedef struct {
    uint16_t start;
    int16_t delta;
    uint8_t count;
    uint8_t stride;
} re_lrun;

#include "re_unitab.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

uint32_t re_utf8_decode(const uint8_t *s, size_t *i, size_t n) {
    size_t k = *i;
    uint32_t c = s[k];
    unsigned len = c >= 0xF0 ? (c < 0xF5 ? 4 : 0) : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (len && k + len <= n) {
        uint32_t v = c & (0x7Fu >> len);
        unsigned j;
        for (j = 1; j < len && (s[k + j] & 0xC0) == 0x80; j++) v = v << 6 | (s[k + j] & 0x3F);
        if (j == len) { *i = k + len; return v; }
    }
    *i = k + 1;
    return c < 0x80 ? c : 0xDC00 + c;
}

size_t re_utf8_prev(const uint8_t *s, size_t i, size_t lo) {
    /* Step back over up to 3 continuation bytes to a lead byte whose sequence ends exactly at
     * i; otherwise the last byte on its own (as re_utf8_next treats malformed input). */
    for (unsigned back = 2; back <= 4 && i - lo >= back; back++) {
        uint8_t b = s[i - back];
        if ((b & 0xC0) == 0x80) continue;
        size_t k = i - back;
        if (b >= 0xC2) {
            re_utf8_next(s, &k, i);
            if (k == i) return i - back;
        }
        break;
    }
    return i - 1;
}

unsigned re_utf8_put(uint32_t c, uint8_t *o) {
    if (c < 0x80) { o[0] = (uint8_t)c; return 1; }
    if (c < 0x800) { o[0] = (uint8_t)(0xC0 | c >> 6); o[1] = (uint8_t)(0x80 | (c & 63)); return 2; }
    if (c < 0x10000) {
        o[0] = (uint8_t)(0xE0 | c >> 12); o[1] = (uint8_t)(0x80 | ((c >> 6) & 63));
        o[2] = (uint8_t)(0x80 | (c & 63));
        return 3;
    }
    o[0] = (uint8_t)(0xF0 | c >> 18); o[1] = (uint8_t)(0x80 | ((c >> 12) & 63));
    o[2] = (uint8_t)(0x80 | ((c >> 6) & 63)); o[3] = (uint8_t)(0x80 | (c & 63));
    return 4;
}

static int in_ranges16(const uint16_t (*r)[2], size_t n, uint32_t c) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < r[mid][0]) hi = mid;
        else if (c > r[mid][1]) lo = mid + 1;
        else return 1;
    }
    return 0;
}

int re_is_digit(uint32_t c, int ascii) {
    if (c < 0x80 || ascii) return c >= '0' && c <= '9';
    return c < 0x10000 && in_ranges16(re_digit_ranges, COUNT(re_digit_ranges), c);
}

int re_is_space(uint32_t c, int ascii) {
    if (c < 0x80) return c == ' ' || (c >= 9 && c <= 13) || (!ascii && c >= 0x1C && c <= 0x1F);
    if (ascii) return 0;
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Above RE_WORD_EXACT_BELOW, \w is approximated: every code point is a word character except
 * these blocks of punctuation, symbols, private use and unassigned planes. */
static const uint32_t re_nonword_blocks[][2] = {
    {0x2000, 0x2BFF}, {0x2E00, 0x2E7F}, {0x3000, 0x3004}, {0x3008, 0x3020}, {0xD800, 0xF8FF},
    {0xFE10, 0xFE6F}, {0xFF00, 0xFF0F}, {0xFF1A, 0xFF20}, {0xFF3B, 0xFF40}, {0xFF5B, 0xFF65},
    {0x1D000, 0x1D24F}, {0x1F000, 0x1FAFF}, {0x30000, 0x10FFFF},
};

int re_is_word(uint32_t c, int ascii) {
    if (c < 0x80 || ascii)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (c < 0x100)
        return c == 0xAA || c == 0xB2 || c == 0xB3 || c == 0xB5 || c == 0xB9 || c == 0xBA ||
               (c >= 0xBC && c <= 0xBE) || (c >= 0xC0 && c != 0xD7 && c != 0xF7);
    if (c < RE_WORD_EXACT_BELOW) return in_ranges16(re_word_ranges, COUNT(re_word_ranges), c);
    for (size_t i = 0; i < COUNT(re_nonword_blocks); i++)
        if (c >= re_nonword_blocks[i][0] && c <= re_nonword_blocks[i][1]) return 0;
    return 1;
}

uint32_t re_lower(uint32_t c, int ascii) {
    if (c < 0x80 || ascii) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if (c >= 0x10000) return c;
    for (size_t i = 0; i < COUNT(re_lower_runs); i++) {   /* strides are 1 or 2 */
        const re_lrun *r = &re_lower_runs[i];
        if (c < r->start) break;   /* runs are sorted by start */
        uint32_t d = c - r->start;
        if (d < (uint32_t)r->count * r->stride && (d & (r->stride - 1u)) == 0)
            return (uint32_t)((int32_t)c + r->delta);
    }
    return c;
}

static uint32_t re_canon(uint32_t l) {
    for (size_t i = 0; i < COUNT(re_case_fixes); i++)
        if (re_case_fixes[i][0] == l) return re_case_fixes[i][1];
    return l;
}

uint32_t re_fold(uint32_t c, int ascii) {
    if (c < 0x80 || ascii) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    return re_canon(re_lower(c, 0));
}

/* Adds to out every x with re_lower(x) == l (l itself included). */
static unsigned add_uppers(uint32_t l, uint32_t *out, unsigned n) {
    if (n < 8) out[n++] = l;
    for (size_t i = 0; i < COUNT(re_lower_runs) && n < 8; i++) {
        const re_lrun *r = &re_lower_runs[i];
        uint32_t x = (uint32_t)((int32_t)l - r->delta);
        uint32_t d = x - r->start;
        if (x >= r->start && d < (uint32_t)r->count * r->stride && (d & (r->stride - 1u)) == 0) out[n++] = x;
    }
    return n;
}

unsigned re_case_set(uint32_t c, uint32_t out[8]) {
    uint32_t f = re_fold(c, 0);
    unsigned n = add_uppers(f, out, 0);
    for (size_t i = 0; i < COUNT(re_case_fixes); i++)
        if (re_case_fixes[i][1] == f) n = add_uppers(re_case_fixes[i][0], out, n);
    return n;
}

int re_class_item(uint32_t kind, uint32_t lo, uint32_t hi, uint32_t ch, int ascii) {
    switch (kind) {
    case RE_CI_RANGE: return ch >= lo && ch <= hi;
    case RE_CI_DIGIT: return re_is_digit(ch, ascii);
    case RE_CI_NDIGIT: return !re_is_digit(ch, ascii);
    case RE_CI_WORD: return re_is_word(ch, ascii);
    case RE_CI_NWORD: return !re_is_word(ch, ascii);
    case RE_CI_SPACE: return re_is_space(ch, ascii);
    default: return !re_is_space(ch, ascii);
    }
}
