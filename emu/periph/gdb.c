/* A small client of the GDB remote serial protocol (packets `$data#cs`, acknowledged with `+`)
 * for QEMU's gdbstub on a unix socket.  Only what the peripheral model needs: register and
 * memory access, watchpoints, continue, interrupt. */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>
#include "periph.h"

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int gdb_connect(Gdb *g, const char *path, double timeout_s) {
    memset(g, 0, sizeof *g);
    g->fd = -1;
    struct sockaddr_un sa;
    memset(&sa, 0, sizeof sa);
    sa.sun_family = AF_UNIX;
    if (strlen(path) >= sizeof sa.sun_path) return -1;
    strcpy(sa.sun_path, path);
    double end = now_s() + timeout_s;
    for (;;) {
        int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0) return -1;
        if (connect(fd, (struct sockaddr *)&sa, sizeof sa) == 0) {
            g->fd = fd;
            g->cap = 1 << 16;
            g->buf = malloc(g->cap);
            return g->buf ? 0 : -1;
        }
        close(fd);
        if (now_s() > end) return -1;
        struct timespec ts = {0, 10000000};
        nanosleep(&ts, NULL);
    }
}

static int write_all(int fd, const char *p, size_t n) {
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return -1;
        p += w, n -= (size_t)w;
    }
    return 0;
}

int gdb_send(Gdb *g, const char *pkt) {
    size_t n = strlen(pkt);
    unsigned sum = 0;
    for (size_t i = 0; i < n; i++) sum += (unsigned char)pkt[i];
    char tail[4];
    snprintf(tail, sizeof tail, "#%02x", sum & 0xFF);
    if (write_all(g->fd, "$", 1) || write_all(g->fd, pkt, n) || write_all(g->fd, tail, 3)) return -1;
    return 0;
}

int gdb_interrupt(Gdb *g) { return write_all(g->fd, "\x03", 1); }

/* A complete packet at the start of the buffer (after acks and noise): its length, or 0. */
static size_t take_packet(Gdb *g, char *out, size_t cap) {
    size_t i = 0;
    while (i < g->len && g->buf[i] != '$') i++;   /* '+' acks */
    if (i == g->len) {
        g->len = 0;
        return 0;
    }
    char *hash = memchr(g->buf + i, '#', g->len - i);
    if (!hash || (size_t)(hash - g->buf) + 3 > g->len) {
        memmove(g->buf, g->buf + i, g->len - i);
        g->len -= i;
        return 0;
    }
    size_t n = (size_t)(hash - g->buf) - i - 1;
    if (n >= cap) n = cap - 1;
    memcpy(out, g->buf + i + 1, n);
    out[n] = 0;
    size_t used = (size_t)(hash - g->buf) + 3;
    memmove(g->buf, g->buf + used, g->len - used);
    g->len -= used;
    if (!g->noack) write_all(g->fd, "+", 1);
    return n + 1;
}

int gdb_recv(Gdb *g, char *out, size_t cap, int timeout_ms) {
    for (;;) {
        if (take_packet(g, out, cap)) return 1;
        struct pollfd p = {g->fd, POLLIN, 0};
        int r = poll(&p, 1, timeout_ms);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return 0;
        if (g->len == g->cap) g->len = 0;   /* garbage: drop it */
        ssize_t k = read(g->fd, g->buf + g->len, g->cap - g->len);
        if (k <= 0) return -1;
        g->len += (size_t)k;
    }
}

int gdb_cmd(Gdb *g, const char *pkt, char *out, size_t cap) {
    if (gdb_send(g, pkt)) return -1;
    int r = gdb_recv(g, out, cap, 10000);
    return r == 1 ? 0 : -1;
}

void gdb_close(Gdb *g) {
    if (g->fd >= 0) close(g->fd);
    free(g->buf);
    g->fd = -1;
    g->buf = NULL;
}
