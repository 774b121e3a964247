/* Tests of lib/md5, sha1, sha256, crc32 and base64 against published vectors and against
 * values CPython computed (hash_cases.txt, base64_cases.txt, made by gen_hash_cases.py).
 * Usage: test_hash <dir holding the case files>, or
 *        cat hash_cases.txt base64_cases.txt | test_hash -   (the lx106 build under QEMU) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "md5.h"
#include "sha1.h"
#include "sha256.h"
#include "crc32.h"
#include "base64.h"

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

static void hex(const uint8_t *d, size_t n, char *out) {
    for (size_t i = 0; i < n; i++) sprintf(out + 2 * i, "%02x", d[i]);
    out[2 * n] = 0;
}

/* One-shot digests of (data, n) as hex strings. */
static void digest_md5(const void *d, size_t n, char *out) {
    md5_ctx c; uint8_t r[16];
    md5_init(&c); md5_update(&c, d, n); md5_final(&c, r); hex(r, 16, out);
}
static void digest_sha1(const void *d, size_t n, char *out) {
    sha1_ctx c; uint8_t r[20];
    sha1_init(&c); sha1_update(&c, d, n); sha1_final(&c, r); hex(r, 20, out);
}
static void digest_sha256(const void *d, size_t n, char *out) {
    sha256_ctx c; uint8_t r[32];
    sha256_init(&c); sha256_update(&c, d, n); sha256_final(&c, r); hex(r, 32, out);
}

/* Must match prng_bytes() in gen_hash_cases.py; produces the data in pieces. */
static uint32_t gen_start(uint32_t seed) {
    uint32_t x = seed * 2654435761u + 1;
    return x ? x : 1;
}
static void gen_bytes(uint32_t *x, uint8_t *out, size_t n) {
    for (size_t i = 0; i < n; i++) {
        *x ^= *x << 13; *x ^= *x >> 17; *x ^= *x << 5;
        out[i] = (uint8_t)*x;
    }
}

#ifdef __XTENSA__
#define ONESHOT_MAX 4100     /* the lx106 test platform has 80 kB of RAM */
#else
#define ONESHOT_MAX 100010
#endif

static void test_published_vectors(void) {
    static const struct { const char *msg; const char *md5, *sha1, *sha256; } v[] = {
        /* RFC 1321 appendix A.5 and FIPS 180 examples (sha256 of the long lines from hashlib) */
        {"", "d41d8cd98f00b204e9800998ecf8427e", "da39a3ee5e6b4b0d3255bfef95601890afd80709",
         "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"a", "0cc175b9c0f1b6a831c399e269772661", "86f7e437faa5a7fce15d1ddcb9eaeaea377667b8",
         "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"},
        {"abc", "900150983cd24fb0d6963f7d28e17f72", "a9993e364706816aba3e25717850c26c9cd0d89d",
         "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"message digest", "f96b697d7cb7938d525a2f31aaf161d0", "c12252ceda8be8994d5fa0290a47231c1d16aae3",
         "f7846f55cf23e14eebeab5b4e1550cad5b509e3348fbc4efa3a1413d393cb650"},
        {"abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b",
         "32d10c7b8cf96570ca04ce37f2a19d84240d3a89",
         "71c480df93d6ae2f1efad1447c66c9525e316218cf51fc8d9ed832f2daf18b73"},
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "8215ef0796a20bcaaae116d3876c664a", "84983e441c3bd26ebaae4aa1f95129e5e54670f1",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
        {"12345678901234567890123456789012345678901234567890123456789012345678901234567890",
         "57edf4a22be3c955ac49da2e2107b67a", "50abf5706a150990a08b2c5ea40fa0e585554732",
         "f371bc4a311f2b009eef952dd83ca80e2b60026c8e935592d0f9c308453c813e"},
    };
    char out[65];
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        size_t n = strlen(v[i].msg);
        digest_md5(v[i].msg, n, out);
        CHECK(!strcmp(out, v[i].md5), "md5(\"%s\") = %s", v[i].msg, out);
        digest_sha1(v[i].msg, n, out);
        CHECK(!strcmp(out, v[i].sha1), "sha1(\"%s\") = %s", v[i].msg, out);
        digest_sha256(v[i].msg, n, out);
        CHECK(!strcmp(out, v[i].sha256), "sha256(\"%s\") = %s", v[i].msg, out);
    }
    /* FIPS 180: one million 'a', fed 1000 at a time */
    uint8_t as[1000], r[32];
    md5_ctx m; sha1_ctx s1; sha256_ctx s2;
    memset(as, 'a', sizeof as);
    md5_init(&m); sha1_init(&s1); sha256_init(&s2);
    for (int i = 0; i < 1000; i++) {
        md5_update(&m, as, sizeof as); sha1_update(&s1, as, sizeof as); sha256_update(&s2, as, sizeof as);
    }
    sha1_final(&s1, r); hex(r, 20, out);
    CHECK(!strcmp(out, "34aa973cd4c4daa4f61eeb2bdbad27316534016f"), "sha1(a*1e6) = %s", out);
    sha256_final(&s2, r); hex(r, 32, out);
    CHECK(!strcmp(out, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
          "sha256(a*1e6) = %s", out);
    md5_final(&m, r); hex(r, 16, out);
    CHECK(!strcmp(out, "7707d6ae4e027c70eea2a935c2296f21"), "md5(a*1e6) = %s", out);
    /* CRC-32 check value and the task's example */
    CHECK(crc32_update(0, "123456789", 9) == 0xCBF43926u, "crc32 check value");
    CHECK(crc32_update(0, "hello", 5) == 0x3610A686u, "crc32(hello)");
    CHECK(crc32_update(crc32_update(0, "hel", 3), "lo", 2) == 0x3610A686u, "crc32 continued");
    CHECK(crc32_update(0, "", 0) == 0, "crc32 of nothing");
    /* RFC 4648 section 10 */
    static const char *b64[][2] = {{"", ""}, {"f", "Zg=="}, {"fo", "Zm8="}, {"foo", "Zm9v"},
                                   {"foob", "Zm9vYg=="}, {"fooba", "Zm9vYmE="}, {"foobar", "Zm9vYmFy"}};
    for (size_t i = 0; i < 7; i++) {
        char enc[16];
        size_t n = base64_encode(b64[i][0], strlen(b64[i][0]), enc, 1);
        CHECK(n == strlen(b64[i][1]) + 1 && n == base64_encoded_len(strlen(b64[i][0]), 1) &&
              !memcmp(enc, b64[i][1], n - 1) && enc[n - 1] == '\n', "b2a(%s)", b64[i][0]);
        uint8_t dec[16];
        size_t dn;
        int r = base64_decode(b64[i][1], strlen(b64[i][1]), dec, &dn, 1);
        CHECK(r == 0 && dn == strlen(b64[i][0]) && !memcmp(dec, b64[i][0], dn), "a2b(%s)", b64[i][1]);
    }
}

/* Hashes of PRNG data of many lengths, one-shot (up to ONESHOT_MAX bytes) and fed in uneven
 * pieces (any length). */
static int hash_lines;

static void hash_case(const char *line) {
    static uint8_t d[ONESHOT_MAX];
    size_t n;
    char emd5[40], esha1[48], esha256[72], eb64[128], out[65];
    unsigned ecrc;
    if (sscanf(line, "%zu %39s %47s %71s %x %127s", &n, emd5, esha1, esha256, &ecrc, eb64) != 6) {
        printf("FAIL bad line: %s", line); failures++; return;
    }
    hash_lines++;
    uint32_t x = gen_start((uint32_t)n);
    if (n <= sizeof d) {
        gen_bytes(&x, d, n);
        digest_md5(d, n, out);
        CHECK(!strcmp(out, emd5), "md5 len %zu: %s", n, out);
        digest_sha1(d, n, out);
        CHECK(!strcmp(out, esha1), "sha1 len %zu: %s", n, out);
        digest_sha256(d, n, out);
        CHECK(!strcmp(out, esha256), "sha256 len %zu: %s", n, out);
        CHECK(crc32_update(0, d, n) == ecrc, "crc32 len %zu", n);
    }

    /* streaming: pieces of varying size must give the same digests */
    md5_ctx m; sha1_ctx s1; sha256_ctx s2;
    md5_init(&m); sha1_init(&s1); sha256_init(&s2);
    uint32_t crc = 0;
    size_t off = 0, step = 1;
    uint8_t piece[131];
    x = gen_start((uint32_t)n);
    while (off < n) {
        size_t k = step < n - off ? step : n - off;
        gen_bytes(&x, piece, k);
        md5_update(&m, piece, k); sha1_update(&s1, piece, k); sha256_update(&s2, piece, k);
        crc = crc32_update(crc, piece, k);
        off += k;
        step = (step * 7 + 3) % 131;
    }
    uint8_t r[32];
    md5_final(&m, r); hex(r, 16, out);
    CHECK(!strcmp(out, emd5), "md5 streamed len %zu", n);
    sha1_final(&s1, r); hex(r, 20, out);
    CHECK(!strcmp(out, esha1), "sha1 streamed len %zu", n);
    sha256_final(&s2, r); hex(r, 32, out);
    CHECK(!strcmp(out, esha256), "sha256 streamed len %zu", n);
    CHECK(crc == ecrc, "crc32 streamed len %zu", n);

    if (strcmp(eb64, "-") != 0) {
        const char *want = strcmp(eb64, "=") ? eb64 : "";
        char enc[128];
        size_t en = base64_encode(d, n, enc, 0);
        CHECK(en == strlen(want) && !memcmp(enc, want, en) && en == base64_encoded_len(n, 0),
              "b2a_base64 len %zu", n);
        uint8_t dec[128];
        size_t dn;
        int rc = base64_decode(enc, en, dec, &dn, 1);
        CHECK(rc == 0 && dn == n && !memcmp(dec, d, n), "base64 round trip len %zu", n);
    }
}

static size_t unhex(const char *s, uint8_t *out) {
    if (!strcmp(s, "-")) return 0;
    size_t n = strlen(s) / 2;
    for (size_t i = 0; i < n; i++) {
        unsigned v;
        sscanf(s + 2 * i, "%2x", &v);
        out[i] = (uint8_t)v;
    }
    return n;
}

/* a2b_base64 on odd inputs, strict and not, against CPython's results and errors. */
static int b64_lines;

static void base64_case(const char *line) {
    char in_hex[256], kind[8], res[256];
    int strict;
    if (sscanf(line, "%255s %d %7s %255s", in_hex, &strict, kind, res) != 4) {
        printf("FAIL bad line: %s", line); failures++; return;
    }
    b64_lines++;
    uint8_t in[128], want[128], out[128];
    size_t n = unhex(in_hex, in), outlen = 99;
    int rc = base64_decode((const char *)in, n, out, &outlen, strict);
    CHECK(outlen <= base64_decoded_max(n) || rc == BASE64_ERR_COUNT, "decoded size bound");
    if (!strcmp(kind, "ok")) {
        size_t wn = unhex(res, want);
        CHECK(rc == 0 && outlen == wn && !memcmp(out, want, wn), "a2b(%s, strict=%d) rc %d", in_hex, strict, rc);
    } else {
        int code = atoi(res);
        CHECK(rc == code, "a2b(%s, strict=%d): rc %d, want %d", in_hex, strict, rc, code);
        if (code == BASE64_ERR_COUNT) {
            unsigned long num = strtoul(strchr(strchr(line + strlen(in_hex) + 3, ' ') + 1, ' ') + 1, 0, 10);
            CHECK(outlen == num, "a2b(%s) count %zu, want %lu", in_hex, outlen, num);
        }
    }
}

/* Reads case lines; a header comment says which kind follow (so the two files can come
 * concatenated on standard input). */
static void read_cases(FILE *f) {
    char line[512];
    int mode = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#') {
            if (!strncmp(line, "# length", 8)) mode = 1;
            else if (!strncmp(line, "# input-hex", 11)) mode = 2;
            continue;
        }
        if (mode == 1) hash_case(line);
        else if (mode == 2) base64_case(line);
    }
}

static void read_file(const char *dir, const char *name) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
#ifdef __XTENSA__
    FILE *f = NULL;   /* no files under QEMU: the cases come on standard input ("-") */
#else
    FILE *f = fopen(path, "r");
#endif
    if (!f) { printf("FAIL cannot open %s\n", path); failures++; return; }
    read_cases(f);
#ifndef __XTENSA__
    fclose(f);
#endif
}

int main(int argc, char **argv) {
    const char *dir = argc > 1 ? argv[1] : "tests/c";
    test_published_vectors();
    if (!strcmp(dir, "-")) {
        read_cases(stdin);
    } else {
        read_file(dir, "hash_cases.txt");
        read_file(dir, "base64_cases.txt");
    }
    CHECK(hash_lines > 200, "%d hash cases", hash_lines);
    CHECK(b64_lines > 1000, "%d base64 cases", b64_lines);
    printf("test_hash: %d passed, %d failed\n", checks - failures, failures);
    return failures != 0;
}
