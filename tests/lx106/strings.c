/* The -mforce-l32 string functions (ports/lx106/rt_string.c) against plain byte-at-a-time
 * reference versions (written out here, or built from functions tested before), for every source/destination alignment and many lengths, with sources
 * both in flash (const) and in RAM.  Run under the plugin, which also proves that no byte
 * load reaches flash. */
#define _POSIX_C_SOURCE 200809L /* strnlen */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "tio.h"

#define N 300

static const char flash_text[] =
    "The quick brown fox jumps over the lazy dog; pack my box with five dozen liquor jugs. "
    "Sphinx of black quartz, judge my vow! How vexingly quick daft zebras jump. "
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&()*+,-./:;<=>?@[]^_{|}~"
    "The five boxing wizards jump quickly; bright vixens jump, dozy fowl quack.";
_Static_assert(sizeof flash_text > 270, "the tests read up to 260 bytes into the text");
static char ram_text[sizeof flash_text];
static char dst[N + 64], ref[N + 64];
static uint32_t checks, failures;

static void check(int ok, const char *what, uint32_t x, uint32_t y, uint32_t n)
{
    checks++;
    if (ok)
        return;
    if (failures++ < 20) {
        t_str("FAIL ");
        t_str(what);
        t_str(" ");
        t_dec(x);
        t_str(" ");
        t_dec(y);
        t_str(" ");
        t_dec(n);
        t_str("\n");
    }
}

static int ref_cmp(const void *a, const void *b, size_t n)
{
    const unsigned char *p = a, *q = b;
    for (size_t i = 0; i < n; i++) {
        if (p[i] != q[i])
            return p[i] < q[i] ? -1 : 1;
    }
    return 0;
}

static int sign(int v)
{
    return (v > 0) - (v < 0);
}

static size_t ref_len(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

static int ref_strncmp(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x != y)
            return x < y ? -1 : 1;
        if (x == 0)
            return 0;
    }
    return 0;
}

static void fill(char *p, size_t n, uint32_t seed)
{
    for (size_t i = 0; i < n; i++)
        p[i] = (char)(seed + i * 13);
}

static void test_copies(const char *src, const char *name)
{
    static const uint32_t lens[] = {0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64,
                                    65, 100, 127, 128, 129, 200, 255, 256, 257};
    for (uint32_t so = 0; so < 4; so++) {
        for (uint32_t d = 0; d < 4; d++) {
            for (uint32_t k = 0; k < sizeof lens / sizeof lens[0]; k++) {
                uint32_t n = lens[k];
                fill(dst, sizeof dst, n);
                fill(ref, sizeof ref, n);
                memcpy(dst + d, src + so, n);
                for (uint32_t i = 0; i < n; i++)
                    ref[d + i] = src[so + i];
                check(ref_cmp(dst, ref, sizeof dst) == 0, name, so, d, n);

                fill(dst, sizeof dst, n + 1);
                fill(ref, sizeof ref, n + 1);
                memset(dst + d, (int)(so + 0xF0), n);
                for (uint32_t i = 0; i < n; i++)
                    ref[d + i] = (char)(so + 0xF0);
                check(ref_cmp(dst, ref, sizeof dst) == 0, "memset", so, d, n);

                /* memcmp: equal, then one byte changed at each end */
                memcpy(dst + d, src + so, n);
                check(memcmp(dst + d, src + so, n) == 0, "memcmp-eq", so, d, n);
                if (n) {
                    uint32_t at = (n - 1) * (k & 1);
                    dst[d + at] = (char)(dst[d + at] + (k & 2 ? 1 : -1));
                    check(sign(memcmp(dst + d, src + so, n)) ==
                              ref_cmp(dst + d, src + so, n), "memcmp-ne", so, d, n);
                }
            }
        }
    }
}

static void test_move(void)
{
    for (uint32_t from = 0; from < 12; from++) {
        for (uint32_t to = 0; to < 12; to++) {
            for (uint32_t n = 0; n < 80; n += 7) {
                fill(dst, sizeof dst, from + to);
                fill(ref, sizeof ref, from + to);
                memmove(dst + to, dst + from, n);
                char tmp[N];
                for (uint32_t i = 0; i < n; i++)
                    tmp[i] = ref[from + i];
                for (uint32_t i = 0; i < n; i++)
                    ref[to + i] = tmp[i];
                check(ref_cmp(dst, ref, sizeof dst) == 0, "memmove", from, to, n);
            }
        }
    }
}

static void test_strings(const char *src, const char *name)
{
    for (uint32_t so = 0; so < 8; so++) {
        for (uint32_t len = 0; len < 70; len++) {
            /* a string of len bytes at src + so, copied to dst at each alignment */
            for (uint32_t d = 0; d < 4; d++) {
                memcpy(dst + d, src + so, len);
                dst[d + len] = 0;
                check(strlen(dst + d) == len, "strlen", so, d, len);
                check(strcmp(dst + d, dst + d) == 0, "strcmp-self", so, d, len);
                check(strncmp(dst + d, src + so, len) == 0, name, so, d, len);
                check(sign(strncmp(dst + d, src + so, len + 1)) ==
                          ref_strncmp(dst + d, src + so, len + 1), "strncmp-end", so, d, len);
                check(sign(strcmp(dst + d, src + so)) < 0 || src[so + len] == 0, "strcmp-prefix",
                      so, d, len);
                char c = src[so + len / 2];
                const char *want = NULL;
                for (uint32_t i = 0; i <= len; i++) {
                    if (dst[d + i] == (len ? c : 0)) {
                        want = dst + d + i;
                        break;
                    }
                }
                check(strchr(dst + d, len ? c : 0) == want, "strchr", so, d, len);
                check(strchr(dst + d, '\x01') == NULL, "strchr-missing", so, d, len);
                check(memchr(src + so, c, len) == (len ? memchr(dst + d, c, len) ?
                      src + so + ((const char *)memchr(dst + d, c, len) - (dst + d)) : NULL : NULL),
                      "memchr", so, d, len);
                char buf[80];
                strcpy(buf + (d & 1), dst + d);
                check(ref_len(buf + (d & 1)) == len && ref_cmp(buf + (d & 1), dst + d, len) == 0,
                      "strcpy", so, d, len);
            }
        }
    }
    /* a string in flash compared with strcmp directly (word path when co-aligned) */
    for (uint32_t a = 0; a < 8; a++) {
        memcpy(dst + a, src, 120);
        dst[a + 120] = 0;
        dst[a + 119] = (char)(dst[a + 119] + 1);
        check(sign(strcmp(dst + a, src)) == ref_strncmp(dst + a, src, 120), "strcmp-flash", a, 0,
              120);
    }
}

/* strrchr, strnlen, strcat, strncpy, strstr on strings cut out of src. */
static void test_more(const char *src, const char *name)
{
    for (uint32_t so = 0; so < 8; so++) {
        for (uint32_t len = 0; len < 60; len += 3) {
            char s1[80], s2[80];
            memcpy(s1 + (so & 3), src + so, len);
            s1[(so & 3) + len] = 0;
            const char *str = s1 + (so & 3);
            char c = src[so + len / 3];
            const char *want = NULL;
            for (uint32_t i = 0; i <= len; i++) {
                if (str[i] == (len ? c : 0))
                    want = str + i;
            }
            check(strrchr(str, len ? c : 0) == want, "strrchr", so, len, 0);
            for (uint32_t max = 0; max < len + 6; max += 5)
                check(strnlen(str, max) == (max < len ? max : len), "strnlen", so, len, max);

            /* strcat onto a prefix of itself */
            uint32_t cut = len / 2;
            memcpy(s2, str, cut);
            s2[cut] = 0;
            strcat(s2, str + cut);
            check(ref_len(s2) == len && ref_cmp(s2, str, len) == 0, "strcat", so, len, cut);

            /* strncpy: short source pads with zeros, long source is cut without a NUL */
            for (uint32_t n = 0; n < len + 8; n += 7) {
                memset(s2, 'x', sizeof s2);
                strncpy(s2, str, n);
                int ok = 1;
                for (uint32_t i = 0; i < n; i++)
                    ok &= s2[i] == (i < len ? str[i] : 0);
                ok &= s2[n] == 'x';
                check(ok, "strncpy", so, len, n);
            }

            /* strstr: every substring of str is found at its first occurrence */
            for (uint32_t at = 0; at + 3 <= len; at += 4) {
                const char *first = NULL;
                for (uint32_t i = 0; i + 3 <= len && !first; i++) {
                    if (ref_cmp(str + i, str + at, 3) == 0)
                        first = str + i;
                }
                char needle[4] = {str[at], str[at + 1], str[at + 2], 0};
                check(strstr(str, needle) == first, name, so, len, at);
            }
            check(strstr(str, "") == str, "strstr-empty", so, len, 0);
            check(strstr(str, "\x01\x02") == NULL, "strstr-missing", so, len, 0);
        }
    }
}

int main(void)
{
    memcpy(ram_text, flash_text, sizeof ram_text);
    test_copies(flash_text, "memcpy-flash");
    test_copies(ram_text, "memcpy-ram");
    test_move();
    test_strings(flash_text, "strncmp-flash");
    test_strings(ram_text, "strncmp-ram");
    test_more(flash_text, "strstr-flash");
    test_more(ram_text, "strstr-ram");
    t_str("strings: ");
    t_dec(checks);
    t_str(" checks, ");
    t_dec(failures);
    t_str(" failures\n");
    return failures != 0;
}
