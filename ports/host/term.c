/* `espy term -p PORT [-b BAUD] [--idle MS]`: a serial terminal to a board's REPL.
 *
 * Keys go to the board as they are typed (the terminal is put in raw mode, so Ctrl-C, Ctrl-D,
 * Ctrl-E, arrow keys reach the board's REPL), what the board sends is shown as it comes.
 * Ctrl-] quits; the terminal's mode is restored on every way out (quit, the port going away,
 * SIGTERM, SIGHUP).  When standard input is not a terminal it is sent as it is and, once it
 * has ended, the output is shown until the board has been quiet for --idle milliseconds
 * (default 1000): `printf 'print(1)\r' | espy term -p PORT` works in scripts. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "commands.h"
#include "serial.h"

#define QUIT_KEY 0x1D   /* Ctrl-] */

static struct termios saved;
static int raw_on;
static volatile sig_atomic_t stop_sig;

static void restore(void) {
    if (raw_on) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        raw_on = 0;
    }
}

static void on_signal(int sig) { stop_sig = sig; }

static int write_all(int fd, const void *p, size_t n) {
    const char *s = p;
    while (n) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return -1;
        s += w;
        n -= (size_t)w;
    }
    return 0;
}

int cmd_term(int argc, char **argv) {
    const char *port = getenv("ESPY_PORT");
    int baud = 115200, idle_ms = 1000;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            printf("usage: espy term -p PORT [-b BAUD] [--idle MS]\n"
                   "A terminal to the board's REPL; Ctrl-] quits.  With input from a pipe or file:\n"
                   "send it, then show the output until the board is quiet for MS (default 1000).\n");
            return 0;
        } else if ((!strcmp(a, "-p") || !strcmp(a, "--port")) && i + 1 < argc) {
            port = argv[++i];
        } else if ((!strcmp(a, "-b") || !strcmp(a, "--baud")) && i + 1 < argc) {
            baud = atoi(argv[++i]);
            if (!serial_baud_supported(baud)) {
                fprintf(stderr, "espy term: %s is not a standard baud rate (9600 ... 4000000)\n", argv[i]);
                return 2;
            }
        } else if (!strcmp(a, "--idle") && i + 1 < argc) {
            idle_ms = atoi(argv[++i]);
            if (idle_ms <= 0) {
                fprintf(stderr, "espy term: --idle needs milliseconds\n");
                return 2;
            }
        } else {
            fprintf(stderr, "espy term: unexpected argument %s (usage: espy term -p PORT [-b BAUD] [--idle MS])\n", a);
            return 2;
        }
    }
    if (!port) {
        fprintf(stderr, "espy term: no serial port (-p PORT, or ESPY_PORT)\n");
        return 2;
    }
    serial_port sp;
    char why[300];
    if (serial_open(&sp, port, baud, why, sizeof why) != 0) {
        fprintf(stderr, "espy term: %s\n", why);
        return 1;
    }
    int tty = isatty(STDIN_FILENO);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    if (tty && tcgetattr(STDIN_FILENO, &saved) == 0) {
        struct termios t = saved;
        cfmakeraw(&t);
        if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &t) == 0) raw_on = 1;
        atexit(restore);
        fprintf(stderr, "[espy term: %s at %d baud; Ctrl-] quits]\r\n", port, baud);
    }
    int in_open = 1, rc = 0;
    long long quiet_since = serial_now_ms();
    unsigned char buf[4096];
    while (!stop_sig) {
        struct pollfd p[2] = {{sp.fd, POLLIN, 0}, {STDIN_FILENO, POLLIN, 0}};
        int n = poll(p, in_open ? 2 : 1, 50);
        if (n < 0) {
            if (errno == EINTR) continue;
            rc = 1;
            break;
        }
        if (p[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            long r = serial_read(&sp, buf, sizeof buf, 0);
            if (r < 0) {
                restore();
                fprintf(stderr, "\nespy term: %s: the port went away\n", port);
                rc = 1;
                break;
            }
            if (r > 0) {
                write_all(STDOUT_FILENO, buf, (size_t)r);
                quiet_since = serial_now_ms();
            }
        }
        if (in_open && (p[1].revents & (POLLIN | POLLHUP))) {
            ssize_t r = read(STDIN_FILENO, buf, sizeof buf);
            if (r <= 0) {
                in_open = 0;
                quiet_since = serial_now_ms();
                continue;
            }
            ssize_t keep = r;
            int quit = 0;
            if (tty)
                for (ssize_t i = 0; i < r; i++)
                    if (buf[i] == QUIT_KEY) {
                        keep = i;
                        quit = 1;
                        break;
                    }
            if (keep > 0 && serial_write(&sp, buf, (size_t)keep) < 0) {
                restore();
                fprintf(stderr, "\nespy term: %s: write failed: %s\n", port, strerror(errno));
                rc = 1;
                break;
            }
            if (quit) break;
        }
        if (!in_open && serial_now_ms() - quiet_since >= idle_ms) break;
    }
    restore();
    if (tty) fprintf(stderr, "\n[espy term: closed]\n");
    serial_close(&sp);
    return rc;
}
