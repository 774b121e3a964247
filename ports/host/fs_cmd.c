/* `espy fs -p PORT COMMAND ...`: files on a board, over its raw REPL (docs/repl.md, docs/tools.md).
 *
 * Every command is Python code run on the board through the raw REPL, in raw-paste mode when
 * the board offers it (flow control: the board says how much it can take), else in plain raw
 * mode in 256-byte pieces, as MicroPython's mpremote does.  Data goes to the board as base64
 * inside the code (binary safe; a console is not) and comes back as base64 lines; both ways a
 * CRC-32 computed on the board is compared with the host's.  At the start the board is
 * interrupted (Ctrl-C), put into the raw REPL and soft-reset (a clean interpreter: nothing left
 * over from an earlier session, and main.py does not run in the raw REPL); at the end it is
 * left in the friendly REPL. */
#include <errno.h>
#include <dirent.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "commands.h"
#include "crc32.h"
#include "serial.h"

static const char *prog = "espy fs";

#define RAW_BANNER "raw REPL; CTRL-B to exit\r\n"
#define PUT_CHUNK 2048          /* file bytes per piece of code sent (2.7 kB of base64) */
#define GET_CHUNK 768           /* file bytes per base64 line the board prints */
#define PROGRESS_MIN 16384      /* files at least this big get a progress line */

/* ---- a growable byte buffer ---- */

typedef struct {
    char *p;
    size_t n, cap;
} buf_t;

static void buf_add(buf_t *b, const void *s, size_t n) {
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + n + 1) cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) {
            fprintf(stderr, "%s: out of memory\n", prog);
            exit(2);
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static void buf_str(buf_t *b, const char *s) { buf_add(b, s, strlen(s)); }

static void buf_fmt(buf_t *b, const char *fmt, ...) {
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    buf_add(b, tmp, n < 0 ? 0 : (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* A Python string literal for s: quotes, backslashes and control bytes escaped; other bytes
 * (UTF-8 names) as they are. */
static void buf_pystr(buf_t *b, const char *s) {
    buf_str(b, "'");
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '\\' || c == '\'') buf_fmt(b, "\\%c", c);
        else if (c < 32 || c == 127) buf_fmt(b, "\\x%02x", c);
        else buf_add(b, s, 1);
    }
    buf_str(b, "'");
}

/* ---- the board ---- */

typedef struct {
    serial_port sp;
    const char *port;
    int trace;
    int raw_paste;              /* 1 works, 0 not offered, -1 not tried yet */
    unsigned char in[4096];
    size_t ipos, ilen;
} board;

static volatile sig_atomic_t interrupted;
static void on_sigint(int sig) { (void)sig; interrupted = 1; }

static int fail(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s: ", prog);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    return 1;
}

static void trace_bytes(const board *b, const char *dir, const void *p, size_t n) {
    if (!b->trace) return;
    fprintf(stderr, "%s ", dir);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = ((const unsigned char *)p)[i];
        if (c >= 32 && c < 127 && c != '\\') fputc(c, stderr);
        else fprintf(stderr, "\\x%02x", c);
    }
    fputc('\n', stderr);
}

static int bwrite(board *b, const void *p, size_t n) {
    trace_bytes(b, ">", p, n);
    if (serial_write(&b->sp, p, n) != (long)n) return fail("%s: write failed: %s", b->port, strerror(errno)), -1;
    return 0;
}

/* The next byte from the board, waiting up to timeout_ms (< 0: for ever); -1 on timeout,
 * -2 when the port failed. */
static int bgetc(board *b, int timeout_ms) {
    if (b->ipos < b->ilen) return b->in[b->ipos++];
    long long end = serial_now_ms() + (timeout_ms > 0 ? timeout_ms : 0);
    for (;;) {
        long long wait = timeout_ms < 0 ? 200 : end - serial_now_ms();
        long r = serial_read(&b->sp, b->in, sizeof b->in, wait <= 0 ? 0 : wait > 200 ? 200 : (int)wait);
        if (r < 0) {
            fail("%s: read failed: %s", b->port, strerror(errno));
            return -2;
        }
        if (r > 0) {
            trace_bytes(b, "<", b->in, (size_t)r);
            b->ipos = 1;
            b->ilen = (size_t)r;
            return b->in[0];
        }
        if (timeout_ms >= 0 && serial_now_ms() >= end) return -1;
    }
}

/* True if a byte is waiting. */
static int bpending(board *b) {
    if (b->ipos < b->ilen) return 1;
    long r = serial_read(&b->sp, b->in, sizeof b->in, 0);
    if (r > 0) {
        trace_bytes(b, "<", b->in, (size_t)r);
        b->ipos = 0;
        b->ilen = (size_t)r;
        return 1;
    }
    return 0;
}

/* Reads until the input ends with `end` (kept in *got if given).  0, or -1 after a timeout
 * with no byte for timeout_ms, or a port error. */
static int read_until(board *b, const char *end, buf_t *got, int timeout_ms) {
    size_t n = strlen(end), have = 0;
    buf_t tmp = {0};
    buf_t *g = got ? got : &tmp;
    size_t start = g->n;
    for (;;) {
        int c = bgetc(b, timeout_ms);
        if (c < 0) {
            free(tmp.p);
            return -1;
        }
        char ch = (char)c;
        buf_add(g, &ch, 1);
        have = g->n - start;
        if (have >= n && memcmp(g->p + g->n - n, end, n) == 0) {
            free(tmp.p);
            return 0;
        }
        if (!got && tmp.n > 4096) {   /* keep only a tail to match against */
            memmove(tmp.p, tmp.p + tmp.n - n, n);
            tmp.n = n;
            start = 0;
        }
    }
}

/* Drops whatever the board sends until it has been quiet for quiet_ms (2 s at most: a
 * program that goes on printing is dealt with by what follows). */
static void drain(board *b, int quiet_ms) {
    b->ipos = b->ilen = 0;
    long long end = serial_now_ms() + 2000;
    while (bgetc(b, quiet_ms) >= 0 && serial_now_ms() < end) {}
    b->ipos = b->ilen = 0;
}

/* Interrupts the board, enters the raw REPL and (soft_reset) restarts the interpreter.  On
 * return the board has printed the raw REPL's ">" prompt. */
static int enter_raw(board *b, int soft_reset) {
    if (bwrite(b, "\r\x03\x03", 3)) return -1;
    drain(b, 150);
    if (bwrite(b, "\r\x01", 2)) return -1;
    if (read_until(b, RAW_BANNER ">", NULL, 3000) != 0)
        return fail("%s: no raw REPL (is a board with MicroPython or espy connected, and idle?)", b->port), -1;
    if (soft_reset) {
        if (bwrite(b, "\x04", 1)) return -1;
        if (read_until(b, "soft reboot\r\n", NULL, 5000) != 0)
            return fail("%s: the board did not soft-reset", b->port), -1;
        /* boot.py runs now; one that does not finish is interrupted */
        if (read_until(b, RAW_BANNER ">", NULL, 5000) != 0 &&
            (bwrite(b, "\x03", 1) || read_until(b, RAW_BANNER ">", NULL, 10000) != 0))
            return fail("%s: the board did not come back after a soft reset", b->port), -1;
    }
    return 0;
}

static int leave_raw(board *b) { return bwrite(b, "\r\x02", 2); }

/* Sends code to be run in raw-paste mode; returns 1 if the board does not offer it (it is
 * then back at the ">" prompt), 0 when sent, -1 on error. */
static int send_paste(board *b, const char *code, size_t len) {
    if (bwrite(b, "\x05" "A" "\x01", 3)) return -1;
    int c1 = bgetc(b, 2000), c2 = bgetc(b, 2000);
    if (c1 != 'R' || (c2 != 0 && c2 != 1)) {
        /* a board without raw-paste takes the bytes as code and starts the raw REPL over */
        if (c1 == 'r' && c2 == 'a' && read_until(b, "w REPL; CTRL-B to exit\r\n>", NULL, 2000) == 0) return 1;
        return fail("%s: unexpected answer to the raw-paste request", b->port), -1;
    }
    if (c2 == 0) {
        if (read_until(b, ">", NULL, 2000) != 0)
            return fail("%s: no raw REPL prompt after the board refused raw-paste mode", b->port), -1;
        return 1;
    }
    int lo = bgetc(b, 2000), hi = bgetc(b, 2000);
    if (lo < 0 || hi < 0) return fail("%s: no raw-paste window size", b->port), -1;
    size_t window = (size_t)lo | (size_t)hi << 8, remain = window;
    if (!window) return fail("%s: raw-paste window of 0 bytes", b->port), -1;
    size_t i = 0;
    while (i < len) {
        while (remain == 0 || bpending(b)) {
            int c = bgetc(b, 10000);
            if (c == 1) {
                remain += window;
            } else if (c == 4) {                    /* the board ended the transfer */
                if (bwrite(b, "\x04", 1)) return -1;
                return 0;
            } else {
                return fail("%s: unexpected byte 0x%02x during raw paste", b->port, c < 0 ? 0 : c), -1;
            }
        }
        size_t n = len - i < remain ? len - i : remain;
        if (bwrite(b, code + i, n)) return -1;
        remain -= n;
        i += n;
    }
    if (bwrite(b, "\x04", 1)) return -1;
    if (read_until(b, "\x04", NULL, 10000) != 0) return fail("%s: the board did not take the code", b->port), -1;
    return 0;
}

/* Sends code in plain raw mode. */
static int send_raw(board *b, const char *code, size_t len) {
    for (size_t i = 0; i < len; i += 256) {
        if (bwrite(b, code + i, len - i < 256 ? len - i : 256)) return -1;
        struct timespec ts = {0, 10 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    if (bwrite(b, "\x04", 1)) return -1;
    int c1 = bgetc(b, 5000), c2 = bgetc(b, 5000);
    if (c1 != 'O' || c2 != 'K') return fail("%s: the board did not accept the code", b->port), -1;
    return 0;
}

typedef void (*out_fn)(void *ctx, const char *s, size_t n);

/* Runs code on the board (which is at the raw REPL's ">" prompt, and is again afterwards).
 * The program's output goes to out (if given) as it arrives, its error output into *err.
 * Returns 0 if it ran without an error, 1 if it raised one, -1 if the exchange failed. */
static int exec_code(board *b, const char *code, out_fn out, void *ctx, buf_t *err, int timeout_ms) {
    int r = 1;
    if (b->raw_paste != 0) {
        r = send_paste(b, code, strlen(code));
        if (r < 0) return -1;
        b->raw_paste = r == 0;
    }
    if (r == 1 && send_raw(b, code, strlen(code)) != 0) return -1;
    /* the output until 0x04, then the error output until 0x04, then the prompt */
    char chunk[256];
    size_t n = 0;
    int sent_break = 0;
    for (;;) {
        if (interrupted && !sent_break) {
            sent_break = 1;
            if (bwrite(b, "\x03", 1)) return -1;
        }
        int c = bgetc(b, n ? 0 : timeout_ms < 0 ? 200 : timeout_ms);
        if (c == -1 && n) {                       /* nothing more just now: pass it on */
            if (out) out(ctx, chunk, n);
            n = 0;
            continue;
        }
        if (c == -1 && timeout_ms < 0) continue;   /* no limit: look at Ctrl-C, wait on */
        if (c < 0) return c == -1 ? (fail("%s: the board stopped answering", b->port), -1) : -1;
        if (c == 4) break;
        chunk[n++] = (char)c;
        if (n == sizeof chunk) {
            if (out) out(ctx, chunk, n);
            n = 0;
        }
    }
    if (n && out) out(ctx, chunk, n);
    buf_t e = {0};
    if (read_until(b, "\x04", &e, timeout_ms) != 0) return fail("%s: no end of the error output", b->port), -1;
    if (read_until(b, ">", NULL, 5000) != 0) return fail("%s: no raw REPL prompt after the command", b->port), -1;
    e.n--;   /* the 0x04 */
    if (err) {
        err->n = 0;
        buf_add(err, e.p ? e.p : "", e.n);
    }
    int failed = e.n > 0;
    free(e.p);
    return failed;
}

static void collect(void *ctx, const char *s, size_t n) { buf_add(ctx, s, n); }

/* The last line of a traceback ("OSError: [Errno 2] No such file or directory: 'x'"). */
static const char *last_line(buf_t *err) {
    while (err->n && (err->p[err->n - 1] == '\n' || err->p[err->n - 1] == '\r')) err->p[--err->n] = 0;
    char *nl = err->n ? strrchr(err->p, '\n') : NULL;
    return nl ? nl + 1 : err->n ? err->p : "error";
}

/* Runs code whose output is wanted as a whole; prints the board's error as `what: error`. */
static int run_simple(board *b, const char *code, buf_t *outb, const char *what) {
    buf_t err = {0};
    int r = exec_code(b, code, outb ? collect : NULL, outb, &err, 30000);
    if (r == 1) fail("%s: %s", what, last_line(&err));
    free(err.p);
    return r;
}

/* ---- progress ---- */

typedef struct {
    const char *what;
    size_t total;
    double t0, last;
    int shown;
} progress;

static double now_s(void) { return serial_now_ms() / 1000.0; }

static void progress_show(progress *p, size_t done, int final) {
    if (p->total < PROGRESS_MIN || !isatty(2)) return;
    double t = now_s();
    if (!final && t - p->last < 0.2) return;
    p->last = t;
    double rate = t > p->t0 ? done / (t - p->t0) / 1000.0 : 0;
    fprintf(stderr, "\r%s: %zu/%zu bytes %3d%% %.1f kB/s%s", p->what, done, p->total,
            (int)(p->total ? done * 100 / p->total : 100), rate, final ? "\n" : "");
    p->shown = 1;
}

/* ---- base64 ---- */

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void b64_encode(buf_t *o, const unsigned char *s, size_t n) {
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)s[i] << 16 | (i + 1 < n ? (unsigned)s[i + 1] << 8 : 0) | (i + 2 < n ? s[i + 2] : 0);
        char q[4] = {b64[v >> 18 & 63], b64[v >> 12 & 63], i + 1 < n ? b64[v >> 6 & 63] : '=', i + 2 < n ? b64[v & 63] : '='};
        buf_add(o, q, 4);
    }
}

static int b64_val(int c) {
    const char *p = c ? strchr(b64, c) : NULL;
    return p ? (int)(p - b64) : -1;
}

/* Decodes one line of base64; -1 if it is not base64. */
static int b64_decode(buf_t *o, const char *s, size_t n) {
    if (n % 4) return -1;
    for (size_t i = 0; i < n; i += 4) {
        int a = b64_val(s[i]), b = b64_val(s[i + 1]), c = s[i + 2] == '=' ? 0 : b64_val(s[i + 2]),
            d = s[i + 3] == '=' ? 0 : b64_val(s[i + 3]);
        if (a < 0 || b < 0 || c < 0 || d < 0) return -1;
        unsigned v = (unsigned)a << 18 | (unsigned)b << 12 | (unsigned)c << 6 | (unsigned)d;
        unsigned char q[3] = {(unsigned char)(v >> 16), (unsigned char)(v >> 8), (unsigned char)v};
        buf_add(o, q, s[i + 2] == '=' ? 1 : s[i + 3] == '=' ? 2 : 3);
    }
    return 0;
}

/* ---- paths ---- */

/* The board path for a name given on the command line: ":" prefixes are allowed (mpremote's
 * way of naming the board side); relative paths are relative to "/". */
static char *remote_path(const char *s) {
    if (s[0] == ':') s++;
    size_t n = strlen(s);
    char *p = malloc(n + 2);
    if (!p) exit(2);
    if (s[0] == '/') memcpy(p, s, n + 1);
    else {
        p[0] = '/';
        memcpy(p + 1, s, n + 1);
    }
    while (strlen(p) > 1 && p[strlen(p) - 1] == '/') p[strlen(p) - 1] = 0;
    return p;
}

static const char *base_name(const char *path) {
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static char *join(const char *a, const char *b) {
    size_t na = strlen(a), nb = strlen(b);
    char *p = malloc(na + nb + 2);
    if (!p) exit(2);
    memcpy(p, a, na);
    size_t k = na;
    if (!na || a[na - 1] != '/') p[k++] = '/';
    memcpy(p + k, b, nb + 1);
    return p;
}

/* ---- the commands ---- */

static int cmd_ls(board *b, const char *path) {
    char *p = remote_path(path ? path : "/");
    buf_t code = {0}, out = {0};
    buf_str(&code, "import os\nfor e in os.ilistdir(");
    buf_pystr(&code, p);
    buf_str(&code, "):\n print(e[1], e[3] if len(e) > 3 else 0, e[0].encode().hex())\n");
    int r = run_simple(b, code.p, &out, path ? path : "/");
    if (r == 0) {
        /* lines "kind size hexname"; directories get a trailing "/" */
        for (char *line = out.p; line && *line;) {
            char *nl = strchr(line, '\n');
            if (nl) *nl = 0;
            unsigned kind, size;
            char hex[300];
            if (sscanf(line, "%u %u %299s", &kind, &size, hex) == 3) {
                printf("%12u %s", size, "");
                for (char *h = hex; h[0] && h[1]; h += 2) {
                    unsigned v;
                    sscanf(h, "%2x", &v);
                    putchar((int)v);
                }
                printf("%s\n", kind == 0x4000 ? "/" : "");
            }
            line = nl ? nl + 1 : NULL;
        }
    }
    free(code.p);
    free(out.p);
    free(p);
    return r != 0;
}

/* What fetch() gathers from the board's output: a size line, base64 lines, then "# crc". */
typedef struct {
    buf_t line, *data;
    FILE *stream;
    long size;
    int bad, done;
    unsigned long crc;
    uint32_t mycrc;
    size_t got;
    progress pr;
} fetch_state;

static void fetch_out(void *ctx, const char *s, size_t n) {
    fetch_state *st = ctx;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\r') continue;
        if (s[i] != '\n') {
            buf_add(&st->line, s + i, 1);
            continue;
        }
        char *l = st->line.p ? st->line.p : "";
        if (st->size < 0) {
            st->size = strtol(l, NULL, 10);
            st->pr.total = (size_t)st->size;
        } else if (l[0] == '#') {
            st->crc = strtoul(l + 1, NULL, 10);
            st->done = 1;
        } else {
            buf_t dec = {0};
            if (b64_decode(&dec, l, st->line.n) != 0) st->bad = 1;
            st->mycrc = crc32_update(st->mycrc, dec.p ? dec.p : "", dec.n);
            if (st->stream) fwrite(dec.p ? dec.p : "", 1, dec.n, st->stream);
            if (st->data) buf_add(st->data, dec.p ? dec.p : "", dec.n);
            st->got += dec.n;
            free(dec.p);
            progress_show(&st->pr, st->got, 0);
        }
        st->line.n = 0;
    }
}

/* Reads a board file into *data or onto stream, checked by size and CRC; `what` names it in
 * messages. */
static int fetch(board *b, const char *rpath, buf_t *data, const char *what, FILE *stream) {
    buf_t code = {0};
    buf_str(&code, "import os, binascii as B\nf=open(");
    buf_pystr(&code, rpath);
    buf_fmt(&code, ",'rb')\nprint(os.stat(f.name)[6])\nc=0\nwhile 1:\n d=f.read(%d)\n if not d:break\n"
                   " c=B.crc32(d,c)\n print(B.b2a_base64(d).decode(),end='')\nf.close()\nprint('#',c)\n", GET_CHUNK);
    fetch_state st = {{0}, data, stream, -1, 0, 0, 0, 0, 0, {what, 0, now_s(), 0, 0}};
    buf_t err = {0};
    int r = exec_code(b, code.p, fetch_out, &st, &err, 30000);
    free(code.p);
    if (st.line.n) fetch_out(&st, "\n", 1);
    if (st.pr.shown) progress_show(&st.pr, st.got, 1);
    free(st.line.p);
    if (r == 1) fail("%s: %s", what, last_line(&err));
    free(err.p);
    if (r) return 1;
    if (st.bad || !st.done || (long)st.got != st.size || st.crc != st.mycrc)
        return fail("%s: transfer damaged (%zu of %ld bytes, CRC %s)", what, st.got, st.size,
                    st.crc == st.mycrc ? "ok" : "mismatch");
    return 0;
}

static int cmd_cat(board *b, const char *path) {
    char *p = remote_path(path);
    int r = fetch(b, p, NULL, path, stdout);
    fflush(stdout);
    free(p);
    return r;
}

static int cmd_get(board *b, const char *path, const char *local) {
    char *p = remote_path(path);
    char *l = strdup(local ? local : base_name(p));
    struct stat st;
    if (local && stat(local, &st) == 0 && S_ISDIR(st.st_mode)) {
        free(l);
        l = join(local, base_name(p));
    }
    buf_t data = {0};
    int r = fetch(b, p, &data, path, NULL);
    if (r == 0) {
        FILE *f = fopen(l, "wb");
        if (!f || fwrite(data.p ? data.p : "", 1, data.n, f) != data.n || fclose(f) != 0)
            r = fail("%s: cannot write: %s", l, strerror(errno));
        else
            printf("get :%s -> %s (%zu bytes)\n", p, l, data.n);
    }
    free(data.p);
    free(l);
    free(p);
    return r;
}

/* Writes one file to the board: opened for writing (the old version stays until the close
 * commits the new one), filled in pieces, closed, then checked by size and CRC. */
static int put_file(board *b, const char *local, const char *rpath) {
    FILE *f = fopen(local, "rb");
    if (!f) return fail("%s: %s", local, strerror(errno));
    buf_t data = {0};
    char tmp[65536];
    size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, f)) > 0) buf_add(&data, tmp, k);
    int rerr = ferror(f);
    fclose(f);
    if (rerr) {
        free(data.p);
        return fail("%s: read error", local);
    }
    char what[512];
    snprintf(what, sizeof what, "put %s -> :%s", local, rpath);
    progress pr = {what, data.n, now_s(), 0, 0};
    buf_t code = {0}, err = {0};
    buf_str(&code, "import binascii\na=binascii.a2b_base64\nf=open(");
    buf_pystr(&code, rpath);
    buf_str(&code, ",'wb')\nw=f.write\n");
    int r = exec_code(b, code.p, NULL, NULL, &err, 30000);
    for (size_t off = 0; r == 0 && off < data.n; off += PUT_CHUNK) {
        code.n = 0;
        buf_str(&code, "w(a(b'");
        b64_encode(&code, (unsigned char *)data.p + off, data.n - off < PUT_CHUNK ? data.n - off : PUT_CHUNK);
        buf_str(&code, "'))\n");
        r = exec_code(b, code.p, NULL, NULL, &err, 30000);
        progress_show(&pr, off + PUT_CHUNK < data.n ? off + PUT_CHUNK : data.n, 0);
    }
    if (r == 0) {
        code.n = 0;
        buf_str(&code, "f.close()\nimport os\nc=0\nf=open(");
        buf_pystr(&code, rpath);
        buf_str(&code, ",'rb')\nwhile 1:\n d=f.read(1024)\n if not d:break\n c=binascii.crc32(d,c)\n"
                       "f.close()\nprint(os.stat(f.name)[6],c)\n");
        buf_t out = {0};
        r = exec_code(b, code.p, collect, &out, &err, 30000);
        unsigned long size = 0, crc = 0;
        if (r == 0 && (sscanf(out.p ? out.p : "", "%lu %lu", &size, &crc) != 2 || size != data.n ||
                       crc != crc32_update(0, data.p ? data.p : "", data.n))) {
            free(out.p);
            free(code.p);
            free(err.p);
            free(data.p);
            return fail("%s: the file on the board differs from %s", rpath, local);
        }
        free(out.p);
    }
    if (pr.shown) progress_show(&pr, data.n, 1);
    if (r == 0) printf("%s (%zu bytes)\n", what, data.n);
    else if (r == 1) fail("%s: %s", what, last_line(&err));
    free(code.p);
    free(err.p);
    free(data.p);
    return r != 0;
}

static int mkdir_remote(board *b, const char *rpath) {
    buf_t code = {0}, err = {0};
    buf_str(&code, "import os\ntry:\n os.mkdir(");
    buf_pystr(&code, rpath);
    buf_str(&code, ")\nexcept OSError as e:\n if e.args[0] != 17: raise\n");
    int r = exec_code(b, code.p, NULL, NULL, &err, 30000);
    if (r == 1) fail("mkdir :%s: %s", rpath, last_line(&err));
    free(code.p);
    free(err.p);
    return r != 0;
}

static int put_tree(board *b, const char *local, const char *rpath) {
    struct stat st;
    if (stat(local, &st) != 0) return fail("%s: %s", local, strerror(errno));
    if (!S_ISDIR(st.st_mode)) return put_file(b, local, rpath);
    if (strcmp(rpath, "/") != 0 && mkdir_remote(b, rpath)) return 1;
    DIR *d = opendir(local);
    if (!d) return fail("%s: %s", local, strerror(errno));
    /* sorted, so that the order (and any error) is the same every time */
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        char **nn = realloc(names, (n + 1) * sizeof *names);
        if (!nn) exit(2);
        names = nn;
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    for (size_t i = 0; i + 1 < n; i++)
        for (size_t j = i + 1; j < n; j++)
            if (strcmp(names[i], names[j]) > 0) {
                char *t = names[i];
                names[i] = names[j];
                names[j] = t;
            }
    int r = 0;
    for (size_t i = 0; i < n; i++) {
        if (!r) {
            char *l = join(local, names[i]), *rp = join(rpath, names[i]);
            r = put_tree(b, l, rp);
            free(l);
            free(rp);
        }
        free(names[i]);
    }
    free(names);
    return r;
}

static int cmd_put(board *b, const char *local, const char *remote) {
    struct stat st;
    if (stat(local, &st) != 0) return fail("%s: %s", local, strerror(errno));
    char *lcopy = strdup(local);
    while (strlen(lcopy) > 1 && lcopy[strlen(lcopy) - 1] == '/') lcopy[strlen(lcopy) - 1] = 0;
    char *rp = remote ? remote_path(remote) : remote_path(base_name(lcopy));
    int r = put_tree(b, lcopy, rp);
    free(rp);
    free(lcopy);
    return r;
}

static int cmd_path_op(board *b, const char *fn, const char *path) {
    char *p = remote_path(path);
    buf_t code = {0};
    buf_fmt(&code, "import os\nos.%s(", fn);
    buf_pystr(&code, p);
    buf_str(&code, ")\n");
    char what[600];
    snprintf(what, sizeof what, "%s :%s", fn, p);
    int r = run_simple(b, code.p, NULL, what);
    free(code.p);
    free(p);
    return r != 0;
}

static void to_stdout(void *ctx, const char *s, size_t n) {
    (void)ctx;
    for (size_t i = 0; i < n; i++)
        if (s[i] != '\r') putchar(s[i]);
    fflush(stdout);
}

static int cmd_run(board *b, const char *local, int timeout_s) {
    FILE *f = fopen(local, "rb");
    if (!f) return fail("%s: %s", local, strerror(errno));
    buf_t code = {0}, err = {0};
    char tmp[4096];
    size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, f)) > 0) buf_add(&code, tmp, k);
    fclose(f);
    buf_add(&code, "", 0);
    int r = exec_code(b, code.p, to_stdout, NULL, &err, timeout_s > 0 ? timeout_s * 1000 : -1);
    if (r == 1) {
        for (size_t i = 0; i < err.n; i++)
            if (err.p[i] != '\r') fputc(err.p[i], stderr);
    }
    free(code.p);
    free(err.p);
    return r != 0;
}

/* Soft reset in the friendly REPL: boot.py and main.py run, as after power-on.  --hard pulses
 * RST through RTS (the usual USB-serial auto-reset wiring; DTR stays released so GPIO0 is high
 * and the board boots its firmware). */
static int cmd_reset(board *b, int hard) {
    if (hard) {
        if (serial_set_lines(&b->sp, 0, 1) != 0) return fail("%s: no modem lines for a hard reset", b->port);
        struct timespec ts = {0, 100 * 1000 * 1000};
        nanosleep(&ts, NULL);
        serial_set_lines(&b->sp, 0, 0);
        printf("reset (RTS pulse)\n");
        return 0;
    }
    if (leave_raw(b)) return 1;
    if (read_until(b, ">>> ", NULL, 3000) != 0) return fail("%s: no friendly REPL", b->port);
    if (bwrite(b, "\x04", 1)) return 1;
    if (read_until(b, "soft reboot\r\n", NULL, 5000) != 0) return fail("%s: no soft reboot", b->port);
    printf("soft reboot\n");
    return 0;
}

/* ---- the command line ---- */

static void usage(FILE *f) {
    fprintf(f, "usage: espy fs -p PORT [-b BAUD] [--no-reset] [--no-paste] [--trace] COMMAND [ARGS]\n"
               "Files on a board with espy (or MicroPython), over its raw REPL.\n"
               "  ls [DIR]               list a directory (sizes, directories with a /)\n"
               "  cat FILE               print a file\n"
               "  get FILE [LOCAL]       copy a file from the board\n"
               "  put LOCAL [REMOTE]     copy a file or a directory tree to the board\n"
               "  rm FILE | mkdir DIR | rmdir DIR\n"
               "  run FILE.py [--timeout S]  run a local program on the board, with its output\n"
               "  reset [--hard]         soft reset (boot.py, main.py run); --hard pulses RTS\n"
               "Board paths are absolute or relative to /; a leading ':' is allowed.\n"
               "  --no-reset   do not soft-reset the board before the command\n"
               "  --no-paste   plain raw mode even if the board offers raw-paste mode\n"
               "  --trace      show the bytes exchanged on stderr\n");
}

int cmd_fs(int argc, char **argv) {
    const char *port = getenv("ESPY_PORT");
    int baud = 115200, no_reset = 0, no_paste = 0, trace = 0, hard = 0, timeout_s = 0, i;
    const char *args[3] = {NULL, NULL, NULL};
    int nargs = 0;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "-p") || !strcmp(a, "--port")) {
            if (i + 1 >= argc) return fail("%s needs a serial port", a), 2;
            port = argv[++i];
        } else if (!strcmp(a, "-b") || !strcmp(a, "--baud")) {
            if (i + 1 >= argc || !serial_baud_supported(atoi(argv[i + 1])))
                return fail("%s needs a standard baud rate (9600 ... 4000000)", a), 2;
            baud = atoi(argv[++i]);
        } else if (!strcmp(a, "--no-reset")) {
            no_reset = 1;
        } else if (!strcmp(a, "--trace")) {
            trace = 1;
        } else if (!strcmp(a, "--no-paste")) {
            no_paste = 1;
        } else if (!strcmp(a, "--hard")) {
            hard = 1;
        } else if (!strcmp(a, "--timeout")) {
            if (i + 1 >= argc || (timeout_s = atoi(argv[i + 1])) <= 0) return fail("--timeout needs seconds"), 2;
            i++;
        } else if (a[0] == '-' && a[1]) {
            fail("unknown option %s", a);
            usage(stderr);
            return 2;
        } else if (nargs < 3) {
            args[nargs++] = a;
        } else {
            return fail("too many arguments"), 2;
        }
    }
    if (!nargs) {
        usage(stderr);
        return 2;
    }
    const char *cmd = args[0];
    static const struct { const char *name; int min, max; } cmds[] = {
        {"ls", 0, 1}, {"cat", 1, 1}, {"get", 1, 2}, {"put", 1, 2}, {"rm", 1, 1},
        {"mkdir", 1, 1}, {"rmdir", 1, 1}, {"run", 1, 1}, {"reset", 0, 0},
    };
    size_t c;
    for (c = 0; c < sizeof cmds / sizeof cmds[0]; c++)
        if (!strcmp(cmd, cmds[c].name)) break;
    if (c == sizeof cmds / sizeof cmds[0]) return fail("unknown command '%s' (see espy fs --help)", cmd), 2;
    if (nargs - 1 < cmds[c].min || nargs - 1 > cmds[c].max)
        return fail("%s: wrong number of arguments (see espy fs --help)", cmd), 2;
    if (!port) return fail("no serial port (-p PORT, or ESPY_PORT)"), 2;

    board *b = calloc(1, sizeof *b);
    if (!b) return 2;
    b->port = port;
    b->trace = trace;
    b->raw_paste = no_paste ? 0 : -1;
    char why[300];
    if (serial_open(&b->sp, port, baud, why, sizeof why) != 0) {
        free(b);
        return fail("%s", why), 1;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigaction(SIGINT, &sa, NULL);
    int r;
    if (hard && !strcmp(cmd, "reset")) {
        r = cmd_reset(b, 1);
    } else if (enter_raw(b, !no_reset) != 0) {
        r = 1;
    } else {
        const char *a1 = args[1], *a2 = args[2];
        if (!strcmp(cmd, "ls")) r = cmd_ls(b, a1);
        else if (!strcmp(cmd, "cat")) r = cmd_cat(b, a1);
        else if (!strcmp(cmd, "get")) r = cmd_get(b, a1, a2);
        else if (!strcmp(cmd, "put")) r = cmd_put(b, a1, a2);
        else if (!strcmp(cmd, "rm")) r = cmd_path_op(b, "remove", a1);
        else if (!strcmp(cmd, "mkdir")) r = cmd_path_op(b, "mkdir", a1);
        else if (!strcmp(cmd, "rmdir")) r = cmd_path_op(b, "rmdir", a1);
        else if (!strcmp(cmd, "run")) r = cmd_run(b, a1, timeout_s);
        else r = cmd_reset(b, 0);
        if (strcmp(cmd, "reset") != 0) {
            if (r && !strcmp(cmd, "put")) {
                /* a failed put leaves a file open for writing: a soft reset drops it, so the
                 * board keeps the file's previous version */
                bwrite(b, "\x04", 1);
                read_until(b, RAW_BANNER ">", NULL, 15000);
            }
            leave_raw(b);
        }
    }
    serial_drain(&b->sp);
    serial_close(&b->sp);
    free(b);
    return r ? 1 : 0;
}

/* ---- `espy build --fs DIR`: an initial filesystem image ---- */

#include "ffs.h"

/* The most sectors the firmware mounts (its FFS_MAX_SECTORS, set with this in mk/fsrepl.mk): an
 * image must be formatted with the sector count the board will mount. */
#ifndef FS_BOARD_SECTORS
#define FS_BOARD_SECTORS 256
#endif

typedef struct {
    ffs_fs fs;
    size_t files, bytes;
    const char *top;
} image_ctx;

/* Adds the tree at `local` as board path `rpath` ("" for the root). */
static int image_tree(image_ctx *c, const char *local, const char *rpath) {
    DIR *d = opendir(local);
    if (!d) return fprintf(stderr, "espy build: %s: %s\n", local, strerror(errno)), -1;
    struct dirent *e;
    int r = 0;
    while (!r && (e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        if (strlen(e->d_name) > FFS_NAME_MAX) {
            fprintf(stderr, "espy build: %s/%s: name longer than %d bytes (the board's limit)\n", local, e->d_name, FFS_NAME_MAX);
            r = -1;
            break;
        }
        char *l = join(local, e->d_name), *rp = join(*rpath ? rpath : "/", e->d_name);
        struct stat st;
        if (stat(l, &st) != 0) {
            fprintf(stderr, "espy build: %s: %s\n", l, strerror(errno));
            r = -1;
        } else if (S_ISDIR(st.st_mode)) {
            int k = ffs_image_mkdirs(&c->fs, rp);
            if (k < 0) fprintf(stderr, "espy build: --fs %s: cannot make %s (errno %d)\n", c->top, rp, -k), r = -1;
            else r = image_tree(c, l, rp);
        } else if (S_ISREG(st.st_mode)) {
            FILE *f = fopen(l, "rb");
            buf_t data = {0};
            char tmp[65536];
            size_t k;
            if (!f) {
                fprintf(stderr, "espy build: %s: %s\n", l, strerror(errno));
                r = -1;
            } else {
                while ((k = fread(tmp, 1, sizeof tmp, f)) > 0) buf_add(&data, tmp, k);
                fclose(f);
                int w = ffs_image_add(&c->fs, rp, data.p ? data.p : "", (uint32_t)data.n);
                if (w == -FFS_ENOSPC)
                    fprintf(stderr, "espy build: --fs %s: %s does not fit in the filesystem region\n", c->top, l), r = -1;
                else if (w < 0)
                    fprintf(stderr, "espy build: --fs %s: cannot write %s (errno %d)\n", c->top, rp, -w), r = -1;
                c->files++;
                c->bytes += data.n;
            }
            free(data.p);
        }
        free(l);
        free(rp);
    }
    closedir(d);
    return r;
}

int fs_image_build(const char *dir, unsigned char *mem, unsigned sectors, size_t *files, size_t *bytes) {
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        fprintf(stderr, "espy build: --fs %s: not a directory\n", dir);
        return -1;
    }
    if (sectors < 4) {
        fprintf(stderr, "espy build: --fs %s: the filesystem region has %u sectors (4 needed)\n", dir, sectors);
        return -1;
    }
    if (sectors > FS_BOARD_SECTORS) sectors = FS_BOARD_SECTORS;   /* as the firmware mounts it */
    image_ctx *c = calloc(1, sizeof *c);
    if (!c) return -1;
    c->top = dir;
    ffs_flash fl;
    ffs_ram ram;
    int r = ffs_image_begin(&c->fs, &fl, &ram, mem, sectors) < 0 ? -1 : image_tree(c, dir, "");
    *files = c->files;
    *bytes = c->bytes;
    free(c);
    return r;
}
