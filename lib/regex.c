/* The regex engine's queries on a compiled program and the replacement-template expander
 * (re.sub / match.expand).  Compiling is in re_compile.c, matching in re_match.c. */
#include <string.h>
#include "re_prog.h"

unsigned re_ngroups(const re_prog *p) { return p->ngroups; }

int re_flags(const re_prog *p) { return (int)(p->flags & ~(uint32_t)RE_BYTES); }

/* The k-th name table entry, or NULL. */
static const uint32_t *name_entry(const re_prog *p, unsigned k) {
    if (k >= p->nnames) return NULL;
    const uint32_t *w = (const uint32_t *)p + p->names;
    while (k--) w += 1 + ((*w >> 16) + 3) / 4;
    return w;
}

int re_group_name(const re_prog *p, unsigned i, const char **name, size_t *n) {
    const uint32_t *w = name_entry(p, i);
    if (!w) return -1;
    *name = (const char *)(w + 1);
    *n = *w >> 16;
    return (int)(*w & 0xFFFF);
}

int re_group_index(const re_prog *p, const char *name, size_t n) {
    const uint32_t *w = name_entry(p, 0);
    for (unsigned k = 0; k < p->nnames; k++, w += 1 + ((*w >> 16) + 3) / 4)
        if ((*w >> 16) == n && !memcmp(w + 1, name, n)) return (int)(*w & 0xFFFF);
    return -1;
}

/* ---- templates ---- */

typedef struct {
    char *out;
    size_t cap, len;
} re_out;

static void put(re_out *o, const void *s, size_t n) {
    if (o->len < o->cap) {
        size_t k = o->cap - o->len < n ? o->cap - o->len : n;
        memcpy(o->out + o->len, s, k);
    }
    o->len += n;
}

static int terr(re_error *err, int code, size_t pos, const char *a, const char *b, size_t bn,
                const char *c) {
    size_t k = 0;
    err->code = code;
    err->pos = pos;
    for (const char *s = a; *s && k + 1 < sizeof err->msg; s++) err->msg[k++] = *s;
    for (size_t j = 0; j < bn && k + 1 < sizeof err->msg; j++) err->msg[k++] = b[j];
    for (const char *s = c; *s && k + 1 < sizeof err->msg; s++) err->msg[k++] = *s;
    err->msg[k] = 0;
    return code;
}

static int bad_ref(re_error *err, size_t pos, unsigned long g) {
    char num[24];
    int n = 0;
    char tmp[24];
    do { tmp[n++] = (char)('0' + g % 10); g /= 10; } while (g);
    for (int j = 0; j < n; j++) num[j] = tmp[n - 1 - j];
    return terr(err, RE_ERR_SYNTAX, pos, "invalid group reference ", num, (size_t)n, "");
}

static void put_group(re_out *o, const char *text, const size_t *groups, unsigned g) {
    if (!text || !groups) return;
    size_t s = groups[2 * g], e = groups[2 * g + 1];
    if (s != RE_UNSET && e != RE_UNSET && e >= s) put(o, text + s, e - s);
}

/* A character from an escape: one byte for bytes programs, UTF-8 for str. */
static void put_char(re_out *o, const re_prog *p, uint32_t c) {
    uint8_t b[4];
    if (p->flags & RE_BYTES) { b[0] = (uint8_t)c; put(o, b, 1); }
    else put(o, b, re_utf8_put(c, b));
}

static int is_ident(const uint8_t *s, size_t n) {
    if (n == 0 || (s[0] >= '0' && s[0] <= '9')) return 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s[i];
        if (!((c | 32) >= 'a' && (c | 32) <= 'z') && !(c >= '0' && c <= '9') && c != '_' && c < 0x80)
            return 0;
    }
    return 1;
}

int re_expand(const re_prog *p, const char *tmpl, size_t tlen, const char *text,
              const size_t *groups, char *out, size_t cap, size_t *outlen, re_error *err) {
    re_error spare;
    re_out o = {out, out ? cap : 0, 0};
    const uint8_t *t = (const uint8_t *)tmpl;
    if (!err) err = &spare;
    *outlen = 0;
    for (size_t i = 0; i < tlen;) {
        size_t run = i;
        while (run < tlen && t[run] != '\\') run++;
        put(&o, t + i, run - i);
        i = run;
        if (i >= tlen) break;
        size_t bs = i++;
        if (i >= tlen) return terr(err, RE_ERR_SYNTAX, bs, "bad escape (end of pattern)", 0, 0, "");
        uint8_t c = t[i++];
        if (c == 'g') {
            if (i >= tlen || t[i] != '<') return terr(err, RE_ERR_SYNTAX, i, "missing <", 0, 0, "");
            size_t s = ++i;
            while (i < tlen && t[i] != '>') i++;
            size_t n = i - s;
            if (i >= tlen) {
                if (n == 0) return terr(err, RE_ERR_SYNTAX, i, "missing group name", 0, 0, "");
                return terr(err, RE_ERR_SYNTAX, s, "missing >, unterminated name", 0, 0, "");
            }
            i++;
            if (n == 0) return terr(err, RE_ERR_SYNTAX, i - 1, "missing group name", 0, 0, "");
            long g;
            if (is_ident(t + s, n)) {
                g = re_group_index(p, (const char *)t + s, n);
                if (g < 0)
                    return terr(err, RE_ERR_INDEX, s, "unknown group name '", (const char *)t + s, n, "'");
            } else {
                unsigned long v = 0;
                for (size_t k = 0; k < n; k++) {
                    if (t[s + k] < '0' || t[s + k] > '9')
                        return terr(err, RE_ERR_SYNTAX, s, "bad character in group name '",
                                    (const char *)t + s, n, "'");
                    v = v * 10 + (t[s + k] - '0');
                    if (v > 0x7FFFFFFFul) v = 0x7FFFFFFFul;
                }
                if (v > p->ngroups) return bad_ref(err, s, v);
                g = (long)v;
            }
            put_group(&o, text, groups, (unsigned)g);
        } else if (c == '0') {
            uint32_t v = 0;
            for (int k = 0; k < 2 && i < tlen && t[i] >= '0' && t[i] <= '7'; k++) v = v * 8 + (t[i++] - '0');
            put_char(&o, p, v & 0xFF);
        } else if (c >= '1' && c <= '9') {
            unsigned long g = c - '0';
            if (i < tlen && t[i] >= '0' && t[i] <= '9') {
                uint8_t d2 = t[i++];
                if (c <= '7' && d2 <= '7' && i < tlen && t[i] >= '0' && t[i] <= '7') {
                    uint32_t v = (c - '0') * 64u + (d2 - '0') * 8u + (t[i++] - '0');
                    if (v > 0377)
                        return terr(err, RE_ERR_SYNTAX, bs, "octal escape value ", (const char *)t + bs, 4,
                                    " outside of range 0-0o377");
                    put_char(&o, p, v);
                    continue;
                }
                g = g * 10 + (d2 - '0');
            }
            if (g > p->ngroups) return bad_ref(err, bs + 1, g);
            put_group(&o, text, groups, (unsigned)g);
        } else {
            static const char esc[] = "abfnrtv\\";
            static const char val[] = "\a\b\f\n\r\t\v\\";
            const char *e = memchr(esc, c, 8);
            if (e && c) put(&o, &val[e - esc], 1);
            else if (((c | 32) >= 'a' && (c | 32) <= 'z'))
                return terr(err, RE_ERR_SYNTAX, bs, "bad escape \\", (const char *)t + i - 1, 1, "");
            else put(&o, t + bs, i - bs);   /* unknown escapes of non-letters stay as they are */
        }
    }
    *outlen = o.len;
    return 0;
}
