/* A compact subset of the Unicode character database (see unicode.h). */
#include "unicode.h"
#include "objstr.h"

bool unicode_isspace(uint32_t c) {
    if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Simple case pairs: ranges where upper and lower differ by a constant, or alternate. */
typedef struct { uint16_t lo, hi; int16_t delta; uint8_t alternating; } CaseRange;

/* upper -> lower */
static const CaseRange to_lower[] = {
    {0x41, 0x5A, 32, 0}, {0xC0, 0xD6, 32, 0}, {0xD8, 0xDE, 32, 0},
    {0x100, 0x12F, 1, 1}, {0x132, 0x137, 1, 1}, {0x139, 0x148, 1, 1}, {0x14A, 0x177, 1, 1},
    {0x178, 0x178, -121, 0}, {0x179, 0x17E, 1, 1},
    {0x1C4, 0x1C4, 2, 0}, {0x1C5, 0x1C5, 1, 0}, {0x1C7, 0x1C7, 2, 0}, {0x1C8, 0x1C8, 1, 0},
    {0x1CA, 0x1CA, 2, 0}, {0x1CB, 0x1CB, 1, 0}, {0x1CD, 0x1DC, 1, 1}, {0x1DE, 0x1EF, 1, 1},
    {0x1F1, 0x1F1, 2, 0}, {0x1F2, 0x1F2, 1, 0}, {0x1F8, 0x21F, 1, 1},
    {0x386, 0x386, 38, 0}, {0x388, 0x38A, 37, 0}, {0x38C, 0x38C, 64, 0}, {0x38E, 0x38F, 63, 0},
    {0x391, 0x3A1, 32, 0}, {0x3A3, 0x3AB, 32, 0}, {0x3D8, 0x3EF, 1, 1},
    {0x400, 0x40F, 80, 0}, {0x410, 0x42F, 32, 0}, {0x460, 0x481, 1, 1}, {0x48A, 0x4BF, 1, 1},
    {0x4C1, 0x4CE, 1, 1}, {0x4D0, 0x52F, 1, 1}, {0x531, 0x556, 48, 0},
    {0x1E00, 0x1E95, 1, 1}, {0x1EA0, 0x1EFF, 1, 1}, {0x2160, 0x216F, 16, 0}, {0x24B6, 0x24CF, 26, 0},
    {0xFF21, 0xFF3A, 32, 0},
};

static int range_lookup(const CaseRange *t, int n, uint32_t c, bool to_upper) {
    for (int i = 0; i < n; i++) {
        uint32_t lo = t[i].lo, hi = t[i].hi;
        if (to_upper) { lo += (uint32_t)t[i].delta; hi += (uint32_t)t[i].delta; }
        if (c < lo || c > hi) continue;
        if (t[i].alternating) {
            uint32_t base = t[i].lo;
            if (!to_upper && ((c - base) & 1) == 0) return t[i].delta;
            if (to_upper && ((c - base) & 1) == 1) return -t[i].delta;
            continue;
        }
        return to_upper ? -t[i].delta : t[i].delta;
    }
    return 0;
}

#define NRANGES (int)(sizeof to_lower / sizeof to_lower[0])

static uint32_t simple_lower(uint32_t c) {
    if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if (c == 0x130) return 'i';
    int d = range_lookup(to_lower, NRANGES, c, false);
    return (uint32_t)((int32_t)c + d);
}

static uint32_t simple_upper(uint32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    switch (c) {
    case 0xB5: return 0x39C;
    case 0xFF: return 0x178;
    case 0x131: return 'I';
    case 0x17F: return 'S';
    case 0x3C2: return 0x3A3;
    case 0x1C5: case 0x1C6: return 0x1C4;
    case 0x1C8: case 0x1C9: return 0x1C7;
    case 0x1CB: case 0x1CC: return 0x1CA;
    case 0x1F2: case 0x1F3: return 0x1F1;
    }
    int d = range_lookup(to_lower, NRANGES, c, true);
    return (uint32_t)((int32_t)c + d);
}

bool unicode_isupper(uint32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    if (c == 0x1C5 || c == 0x1C8 || c == 0x1CB || c == 0x1F2) return false;   /* titlecase */
    if (c >= 0x2160 && c <= 0x216F) return true;
    return simple_lower(c) != c || c == 0x130 || c == 0x3D2;
}

bool unicode_islower(uint32_t c) {
    if (c < 0x80) return c >= 'a' && c <= 'z';
    if (c == 0xDF || c == 0x138 || c == 0x149 || c == 0xAA || c == 0xBA || c == 0x390 || c == 0x3B0) return true;
    if (c >= 0xFB00 && c <= 0xFB06) return true;
    if (c == 0x1C5 || c == 0x1C8 || c == 0x1CB || c == 0x1F2) return false;
    return simple_upper(c) != c;
}

bool unicode_istitle(uint32_t c) { return c == 0x1C5 || c == 0x1C8 || c == 0x1CB || c == 0x1F2; }
bool unicode_iscased(uint32_t c) { return unicode_isupper(c) || unicode_islower(c) || unicode_istitle(c); }
bool unicode_iscaseignorable(uint32_t c) {
    return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xAD || c == 0xB7 || c == 0x2019 ||
           (c >= 0x300 && c <= 0x36F);
}

int unicode_lower(uint32_t c, uint32_t out[3]) {
    if (c == 0x130) { out[0] = 'i'; out[1] = 0x307; return 2; }
    out[0] = simple_lower(c);
    return 1;
}

int unicode_upper(uint32_t c, uint32_t out[3]) {
    switch (c) {
    case 0xDF: out[0] = 'S'; out[1] = 'S'; return 2;
    case 0x149: out[0] = 0x2BC; out[1] = 'N'; return 2;
    case 0x390: out[0] = 0x399; out[1] = 0x308; out[2] = 0x301; return 3;
    case 0x3B0: out[0] = 0x3A5; out[1] = 0x308; out[2] = 0x301; return 3;
    case 0xFB00: out[0] = 'F'; out[1] = 'F'; return 2;
    case 0xFB01: out[0] = 'F'; out[1] = 'I'; return 2;
    case 0xFB02: out[0] = 'F'; out[1] = 'L'; return 2;
    case 0xFB03: out[0] = 'F'; out[1] = 'F'; out[2] = 'I'; return 3;
    case 0xFB04: out[0] = 'F'; out[1] = 'F'; out[2] = 'L'; return 3;
    }
    out[0] = simple_upper(c);
    return 1;
}

int unicode_title(uint32_t c, uint32_t out[3]) {
    switch (c) {
    case 0x1C4: case 0x1C5: case 0x1C6: out[0] = 0x1C5; return 1;
    case 0x1C7: case 0x1C8: case 0x1C9: out[0] = 0x1C8; return 1;
    case 0x1CA: case 0x1CB: case 0x1CC: out[0] = 0x1CB; return 1;
    case 0x1F1: case 0x1F2: case 0x1F3: out[0] = 0x1F2; return 1;
    case 0xDF: out[0] = 'S'; out[1] = 's'; return 2;
    case 0xFB00: out[0] = 'F'; out[1] = 'f'; return 2;
    case 0xFB01: out[0] = 'F'; out[1] = 'i'; return 2;
    case 0xFB02: out[0] = 'F'; out[1] = 'l'; return 2;
    }
    return unicode_upper(c, out);
}

int unicode_fold(uint32_t c, uint32_t out[3]) {
    switch (c) {
    case 0xDF: out[0] = 's'; out[1] = 's'; return 2;
    case 0x17F: out[0] = 's'; return 1;
    case 0x3C2: out[0] = 0x3C3; return 1;
    case 0xB5: out[0] = 0x3BC; return 1;
    case 0xFB00: out[0] = 'f'; out[1] = 'f'; return 2;
    case 0xFB01: out[0] = 'f'; out[1] = 'i'; return 2;
    }
    return unicode_lower(c, out);
}

int unicode_decimal_value(uint32_t c) {
    static const uint32_t zeros[] = {0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6,
                                     0xC66, 0xCE6, 0xD66, 0xE50, 0xED0, 0xF20, 0x1040, 0x17E0, 0x1810, 0xFF10};
    for (unsigned i = 0; i < sizeof zeros / sizeof zeros[0]; i++)
        if (c >= zeros[i] && c <= zeros[i] + 9) return (int)(c - zeros[i]);
    return -1;
}

bool unicode_isdecimal(uint32_t c) { return unicode_decimal_value(c) >= 0; }

bool unicode_isdigit(uint32_t c) {
    if (unicode_isdecimal(c)) return true;
    return c == 0xB2 || c == 0xB3 || c == 0xB9 || c == 0x2070 || (c >= 0x2074 && c <= 0x2079) ||
           (c >= 0x2080 && c <= 0x2089) || (c >= 0x2460 && c <= 0x2468) || (c >= 0x2474 && c <= 0x247C) ||
           (c >= 0x2488 && c <= 0x2490) || c == 0x24EA || (c >= 0x2776 && c <= 0x277E);
}

bool unicode_isnumeric(uint32_t c) {
    if (unicode_isdigit(c)) return true;
    if ((c >= 0xBC && c <= 0xBE) || (c >= 0x2150 && c <= 0x2189) || (c >= 0x2460 && c <= 0x249B) ||
        (c >= 0x2776 && c <= 0x2793) || c == 0x3007 || (c >= 0x3021 && c <= 0x3029))
        return true;
    switch (c) {
    case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: case 0x4E94: case 0x516D: case 0x4E03:
    case 0x516B: case 0x4E5D: case 0x5341: case 0x96F6: case 0x767E: case 0x5343: case 0x4E07: case 0x5104:
        return true;
    }
    return false;
}

bool unicode_isalpha(uint32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
    if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
    if (c >= 0x250 && c <= 0x2C1) return true;
    if ((c >= 0x370 && c <= 0x3FF) && c != 0x375 && c != 0x37E && c != 0x384 && c != 0x385 && c != 0x387 && c != 0x378 && c != 0x379 && c != 0x380 && c != 0x381 && c != 0x382 && c != 0x383 && c != 0x38B && c != 0x38D && c != 0x3A2 && c != 0x3F6)
        return true;
    if (c >= 0x400 && c <= 0x481) return true;
    if (c >= 0x48A && c <= 0x52F) return true;
    if (c >= 0x531 && c <= 0x556) return true;
    if (c >= 0x561 && c <= 0x587) return true;
    if (c >= 0x5D0 && c <= 0x5EA) return true;
    if (c >= 0x620 && c <= 0x64A) return true;
    if (c >= 0x904 && c <= 0x939) return true;
    if (c >= 0xE01 && c <= 0xE30) return true;
    if (c >= 0x10A0 && c <= 0x10FF) return true;
    if (c >= 0x1E00 && c <= 0x1FFF) return true;
    if (c == 0x2071 || c == 0x207F) return true;
    if (c >= 0x3041 && c <= 0x3096) return true;
    if (c >= 0x30A1 && c <= 0x30FA) return true;
    if (c >= 0x3400 && c <= 0x4DBF) return true;
    if (c >= 0x4E00 && c <= 0x9FFF) return true;
    if (c >= 0xAC00 && c <= 0xD7A3) return true;
    if (c >= 0xFB00 && c <= 0xFB06) return true;
    if ((c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)) return true;
    return false;
}

bool unicode_isalnum(uint32_t c) { return unicode_isalpha(c) || unicode_isnumeric(c); }

bool unicode_printable(uint32_t c) {
    if (c < 0x20 || c == 0x7F) return false;
    if (c < 0x7F) return true;
    if (c < 0xA0) return false;
    if (c == 0xA0 || c == 0xAD) return false;                     /* Zs, Cf */
    if (c == 0x378 || c == 0x379 || (c >= 0x380 && c <= 0x383) || c == 0x38B || c == 0x38D || c == 0x3A2) return false;
    if (c >= 0x600 && c <= 0x605) return false;
    if (c == 0x61C || c == 0x6DD || c == 0x70F || c == 0x180E) return false;
    if (c == 0x1680 || (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x206F)) return false;
    if (c == 0x3000) return false;
    if (c >= 0xD800 && c <= 0xF8FF) return false;                 /* surrogates, private use */
    if (c == 0xFEFF || (c >= 0xFFF0 && c <= 0xFFFB) || c == 0xFFFE || c == 0xFFFF) return false;
    if (c >= 0xE0000) return false;
    return true;
}

bool unicode_isspace_at(const char *d, size_t n, size_t *i) {
    if (*i >= n) return false;
    const char *p = d + *i;
    uint32_t c = utf8_decode(&p, d + n);
    if (!unicode_isspace(c)) return false;
    *i = (size_t)(p - d);
    return true;
}

bool unicode_isspace_before(const char *d, size_t *e) {
    if (*e == 0) return false;
    size_t k = *e - 1;
    while (k > 0 && ((uint8_t)d[k] & 0xC0) == 0x80) k--;
    const char *p = d + k;
    uint32_t c = utf8_decode(&p, d + *e);
    if (!unicode_isspace(c)) return false;
    *e = k;
    return true;
}

size_t unicode_line_break(const char *d, size_t n, size_t j) {
    uint8_t c = (uint8_t)d[j];
    if (c == '\n' || c == '\v' || c == '\f' || c == 0x1C || c == 0x1D || c == 0x1E) return 1;
    if (c == '\r') return (j + 1 < n && d[j + 1] == '\n') ? 2 : 1;
    if (c == 0xC2 && j + 1 < n && (uint8_t)d[j + 1] == 0x85) return 2;
    if (c == 0xE2 && j + 2 < n && (uint8_t)d[j + 1] == 0x80 && ((uint8_t)d[j + 2] == 0xA8 || (uint8_t)d[j + 2] == 0xA9)) return 3;
    return 0;
}
