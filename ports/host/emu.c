/* `espy emu IMAGE [--flash FILE] [--script FILE | --pty] [--timeout S]`: boot an ESP8266 flash image
 * under qemu-system-xtensa -M sim -cpu lx106 with the project's ROM model (emu/rom/,
 * docs/emulator.md).
 *
 * The flash: a temporary copy of IMAGE padded with 0xFF to the flash size the image's layout
 * names, or the --flash file, which keeps its contents between runs (IMAGE is written over its
 * start on every run, like flashing the firmware: the rest - filesystem, bundle - stays).  The
 * ROM model opens that file through semihosting and writes every flash change into it.  QEMU
 * maps the first megabyte (a temporary copy) at 0x40200000 for booting and the cache window.
 *
 * The console: QEMU's standard output is ours.  Its standard input is the --script file, or a
 * pipe that this process feeds from the terminal in raw mode (Ctrl-] quits), or our own
 * standard input when that is not a terminal.  The ROM model ends the run with status 0 once
 * input has ended and the firmware waits for more.  The exit status is the guest's (see
 * emu/rom/rom.h), 124 on --timeout.
 *
 * --pty: the board's UART becomes a pseudo-terminal (its path is printed as "PTY /dev/pts/N"),
 * so that `espy fs`, `espy term` or any serial tool can open it like a real board's port.
 * QEMU's standard input and output are then pipes that this process relays to and from the
 * pty's master side; clients may come and go, the board keeps running until espy emu is
 * stopped (a signal, --timeout) or the guest exits. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include "espimage.h"
#include "esplayout.h"
#include "commands.h"
#include "image.h"
#include "../../emu/periph/periph.h"

#define QUIT_KEY 0x1D  /* Ctrl-] */

static const char *prog = "espy emu";

typedef struct {
    const char *image, *flash, *script;
    double timeout;          /* seconds; 0 = none */
    const char *trace, *pins, *display;   /* the peripheral model (emu/periph) */
    int pty;                 /* the UART on a pseudo-terminal */
} emu_opts;

/* Temporary files removed at exit, and the terminal state to restore. */
static char tmp_flash[64], tmp_window[64];
static struct termios saved_tty;
static int tty_raw;

static void cleanup(void) {
    if (tty_raw) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_tty);
        tty_raw = 0;
    }
    if (tmp_flash[0]) unlink(tmp_flash);
    if (tmp_window[0]) unlink(tmp_window);
    tmp_flash[0] = tmp_window[0] = 0;
}

static int usage(void) {
    fprintf(stderr, "usage: espy emu IMAGE [--flash FILE] [--script FILE | --pty] [--timeout SECONDS] [--trace FILE] [--pins FILE] [--display FILE]\n");
    return 2;
}

static int parse_opts(int argc, char **argv, emu_opts *o) {
    memset(o, 0, sizeof *o);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int has_val = i + 1 < argc;
        if (strcmp(a, "--flash") == 0 && has_val) {
            o->flash = argv[++i];
        } else if (strcmp(a, "--trace") == 0 && has_val) {
            o->trace = argv[++i];
        } else if (strcmp(a, "--pins") == 0 && has_val) {
            o->pins = argv[++i];
        } else if (strcmp(a, "--display") == 0 && has_val) {
            o->display = argv[++i];
        } else if (strcmp(a, "--script") == 0 && has_val) {
            o->script = argv[++i];
        } else if (strcmp(a, "--timeout") == 0 && has_val) {
            char *end;
            o->timeout = strtod(argv[++i], &end);
            if (*end || end == argv[i] || !(o->timeout > 0) || o->timeout > 1e6) {
                fprintf(stderr, "%s: bad timeout '%s'\n", prog, argv[i]);
                return -1;
            }
        } else if (strcmp(a, "--pty") == 0) {
            o->pty = 1;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage();
            return -1;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "%s: unknown option or missing value: %s\n", prog, a);
            return -1;
        } else if (!o->image) {
            o->image = a;
        } else {
            fprintf(stderr, "%s: unexpected argument %s\n", prog, a);
            return -1;
        }
    }
    if (!o->image) {
        usage();
        return -1;
    }
    if (o->display && !o->pins) {
        fprintf(stderr, "%s: --display needs --pins (a file with an `i2c ssd1306` line)\n", prog);
        return -1;
    }
    if (o->pty && (o->trace || o->pins)) {
        fprintf(stderr, "%s: --pty and the peripheral model (--trace, --pins) exclude each other\n", prog);
        return -1;
    }
    if (o->pty && o->script) {
        fprintf(stderr, "%s: --pty and --script exclude each other\n", prog);
        return -1;
    }
    return 0;
}

/* The ROM model: $ESPY_EMU_ROM, else emu/rom.elf next to this binary (build/espy ->
 * build/emu/rom.elf), else rom.elf beside it (the standalone test driver in build/emu/). */
static int find_rom(char *out, size_t cap) {
    const char *env = getenv("ESPY_EMU_ROM");
    if (env && *env) {
        snprintf(out, cap, "%s", env);
        return access(out, R_OK) == 0 ? 0 : -1;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return -1;
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (!slash)
        return -1;
    *slash = 0;
    static const char *const rel[] = {"/emu/rom.elf", "/rom.elf"};
    for (int i = 0; i < 2; i++) {
        if (strlen(exe) + strlen(rel[i]) >= cap)
            return -1;
        strcpy(out, exe);
        strcat(out, rel[i]);
        if (access(out, R_OK) == 0)
            return 0;
    }
    return -1;
}

/* The flash size the image asks for: its layout descriptor, else its header, else 512K. */
static uint32_t image_flash_size(const uint8_t *img, size_t len) {
    espimage_info *in = malloc(sizeof *in);
    uint32_t size = 0x80000;
    if (in) {
        espimage_parse(img, len, in);
        if (in->layout_err == ESPLAYOUT_OK)
            size = in->layout.flash_size;
        else if (in->magic == ESPIMAGE_MAGIC && in->header_flash_size >= 0x80000 &&
                 in->header_flash_size <= 0x400000)
            size = in->header_flash_size;
        free(in);
    }
    return size;
}

static int make_temp(char *name, size_t cap, const char *what) {
    const char *dir = getenv("TMPDIR");
    snprintf(name, cap, "%s/espy-%s-XXXXXX", dir && *dir ? dir : "/tmp", what);
    int fd = mkstemp(name);
    if (fd < 0) {
        fprintf(stderr, "%s: cannot create a temporary file: %s\n", prog, strerror(errno));
        name[0] = 0;
    }
    return fd;
}

static int write_all(int fd, const uint8_t *p, size_t n) {
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        p += w, n -= (size_t)w;
    }
    return 0;
}

/* Build the flash contents in memory: the --flash file's (if it exists) with the image over
 * its start, or the image padded with 0xFF.  Writes the flash file and the window copy. */
static int prepare_flash(const emu_opts *o, const char **flash_path) {
    size_t ilen;
    uint8_t *img = image_read_file(o->image, &ilen);
    if (!img)
        return -1;
    uint32_t size = image_flash_size(img, ilen);
    if (ilen > size) {
        fprintf(stderr, "%s: %s (%zu bytes) is larger than its %s flash\n", prog, o->image, ilen,
                esplayout_size_name(size));
        free(img);
        return -1;
    }
    uint8_t *flash = malloc(size);
    if (!flash) {
        fprintf(stderr, "%s: out of memory\n", prog);
        free(img);
        return -1;
    }
    memset(flash, 0xFF, size);
    struct stat st;
    if (o->flash && stat(o->flash, &st) == 0) {
        size_t flen;
        uint8_t *old = image_read_file(o->flash, &flen);
        if (!old) {
            free(flash);
            free(img);
            return -1;
        }
        if (flen != size) {
            fprintf(stderr, "%s: flash file %s is %zu bytes but the image is for a %s flash "
                    "(%u bytes)\n", prog, o->flash, flen, esplayout_size_name(size), size);
            free(old);
            free(flash);
            free(img);
            return -1;
        }
        memcpy(flash, old, size);
        free(old);
    }
    memcpy(flash, img, ilen);
    free(img);

    int rc = -1, fd = -1;
    if (o->flash) {
        fd = open(o->flash, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0)
            fprintf(stderr, "%s: cannot write %s: %s\n", prog, o->flash, strerror(errno));
        *flash_path = o->flash;
    } else {
        fd = make_temp(tmp_flash, sizeof tmp_flash, "flash");
        *flash_path = tmp_flash;
    }
    if (fd >= 0) {
        if (write_all(fd, flash, size) != 0 || close(fd) != 0)
            fprintf(stderr, "%s: error writing %s\n", prog, *flash_path);
        else
            rc = 0;
    }
    if (rc == 0) {
        rc = -1;
        fd = make_temp(tmp_window, sizeof tmp_window, "window");
        if (fd >= 0) {
            if (write_all(fd, flash, size < ESPLAYOUT_WINDOW ? size : ESPLAYOUT_WINDOW) != 0 ||
                close(fd) != 0)
                fprintf(stderr, "%s: error writing %s\n", prog, tmp_window);
            else
                rc = 0;
        }
    }
    free(flash);
    return rc;
}

/* QEMU option values use ',' as separator; a literal comma is written twice. */
static char *qemu_opt(const char *prefix, const char *value, const char *suffix) {
    size_t n = strlen(prefix) + 2 * strlen(value) + strlen(suffix) + 1;
    char *s = malloc(n), *p = s;
    if (!s)
        return NULL;
    p += sprintf(p, "%s", prefix);
    for (const char *v = value; *v; v++) {
        if (*v == ',')
            *p++ = ',';
        *p++ = *v;
    }
    sprintf(p, "%s", suffix);
    return s;
}

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static volatile sig_atomic_t got_signal;
static void on_signal(int sig) {
    got_signal = sig;
}

/* ---- --pty: the UART on a pseudo-terminal ---- */

/* Bytes waiting to be written to a non-blocking descriptor.  When one is full its source is
 * no longer read, so that a slow reader holds the writer back as a serial line with flow
 * control would, instead of losing bytes. */
typedef struct {
    uint8_t buf[65536];
    size_t head, tail;
} byte_queue;

static size_t q_room(const byte_queue *q) { return sizeof q->buf - (q->tail - q->head); }

static void q_pull(byte_queue *q, int fd, int *eof) {
    if (q->head) {   /* keep the bytes at the start */
        memmove(q->buf, q->buf + q->head, q->tail - q->head);
        q->tail -= q->head;
        q->head = 0;
    }
    if (!q_room(q)) return;
    ssize_t r = read(fd, q->buf + q->tail, q_room(q));
    if (r > 0) q->tail += (size_t)r;
    else if (r == 0 || (errno != EAGAIN && errno != EINTR)) *eof = 1;
}

/* Returns -1 when fd cannot take data now (nobody reading, buffer full). */
static int q_push(byte_queue *q, int fd) {
    while (q->head < q->tail) {
        ssize_t w = write(fd, q->buf + q->head, q->tail - q->head);
        if (w > 0) {
            q->head += (size_t)w;
            continue;
        }
        if (w < 0 && errno == EINTR) continue;
        return -1;
    }
    return 0;
}

/* A pty whose slave side is the board's serial port: raw (the termios calls on the master
 * act on the slave), so nothing is echoed or translated before a client sets it up. */
static int open_pty(char *name, size_t cap) {
    int m = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (m < 0 || grantpt(m) != 0 || unlockpt(m) != 0) {
        fprintf(stderr, "%s: cannot create a pseudo-terminal: %s\n", prog, strerror(errno));
        if (m >= 0) close(m);
        return -1;
    }
    const char *n = ptsname(m);
    struct termios t;
    if (!n || strlen(n) >= cap || tcgetattr(m, &t) != 0) {
        fprintf(stderr, "%s: cannot set up the pseudo-terminal\n", prog);
        close(m);
        return -1;
    }
    cfmakeraw(&t);
    cfsetispeed(&t, B115200);
    cfsetospeed(&t, B115200);
    tcsetattr(m, TCSANOW, &t);
    fcntl(m, F_SETFL, fcntl(m, F_GETFL) | O_NONBLOCK);
    strcpy(name, n);
    return m;
}

/* Relays between the pty master and QEMU's console pipes until QEMU exits, a signal comes or
 * the deadline passes.  Returns the exit status as cmd_emu does. */
static int relay_pty(pid_t pid, int master, int to_qemu, int from_qemu, double deadline, double timeout) {
    static byte_queue down, up;   /* guest -> client, client -> guest */
    int qemu_eof = 0, qemu_in_gone = 0;
    double hup_until = 0;         /* no client: look again at this time */
    fcntl(to_qemu, F_SETFL, fcntl(to_qemu, F_GETFL) | O_NONBLOCK);
    for (;;) {
        int status;
        pid_t w = waitpid(pid, &status, WNOHANG);
        if (w == pid) {
            /* what the guest wrote last still goes to the client, if one listens */
            while (!qemu_eof && q_room(&down)) q_pull(&down, from_qemu, &qemu_eof);
            q_push(&down, master);
            return WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 1;
        }
        if (got_signal) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            return 128 + got_signal;
        }
        if (deadline && now_s() > deadline) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            fprintf(stderr, "\n%s: timed out after %g s\n", prog, timeout);
            return 124;
        }
        int client = now_s() >= hup_until;
        struct pollfd p[3] = {
            {from_qemu, !qemu_eof && q_room(&down) ? POLLIN : 0, 0},
            {client ? master : -1, (!qemu_in_gone && q_room(&up) ? POLLIN : 0) | (down.head < down.tail ? POLLOUT : 0), 0},
            {to_qemu, up.head < up.tail ? POLLOUT : 0, 0},
        };
        if (poll(p, 3, 20) < 0 && errno != EINTR) return 2;
        if (p[0].revents & (POLLIN | POLLHUP)) q_pull(&down, from_qemu, &qemu_eof);
        if (p[1].revents & POLLIN) {
            int eof = 0;
            q_pull(&up, master, &eof);
            if (eof) hup_until = now_s() + 0.05;   /* EIO: the client closed the port */
        } else if (p[1].revents & (POLLHUP | POLLERR)) {
            hup_until = now_s() + 0.05;            /* no client has the port open */
        }
        if (q_push(&down, master) != 0 && !client) down.head = down.tail;   /* nobody listens */
        if (q_push(&up, to_qemu) != 0 && errno != EAGAIN) qemu_in_gone = 1;
    }
}

int cmd_emu(int argc, char **argv) {
    emu_opts o;
    if (parse_opts(argc, argv, &o) != 0)
        return 2;
    char rom[PATH_MAX];
    if (find_rom(rom, sizeof rom) != 0) {
        fprintf(stderr, "%s: ROM model not found (build/emu/rom.elf: run `make emu-rom`, or set "
                "ESPY_EMU_ROM)\n", prog);
        return 2;
    }
    int script_fd = -1;
    if (o.script) {
        script_fd = open(o.script, O_RDONLY);
        if (script_fd < 0) {
            fprintf(stderr, "%s: cannot open script %s: %s\n", prog, o.script, strerror(errno));
            return 2;
        }
    }
    atexit(cleanup);
    const char *flash_path;
    if (prepare_flash(&o, &flash_path) != 0) {
        cleanup();
        return 2;
    }
    const char *qemu = getenv("ESPY_QEMU");
    if (!qemu || !*qemu)
        qemu = "qemu-system-xtensa";
    if (o.trace || o.pins) {
        /* the peripheral model drives QEMU itself (docs/emulator.md, "Peripherals") */
        PeriphLaunch pl = {qemu, rom, flash_path, tmp_window, o.trace, o.pins, o.display, o.script, o.timeout};
        int prc = periph_emu(&pl);
        cleanup();
        return prc;
    }
    char *semi = qemu_opt("enable=on,target=native,arg=rom,arg=", flash_path, "");
    char *loader = qemu_opt("loader,file=", tmp_window, ",addr=0x40200000,force-raw=on");
    if (!semi || !loader) {
        fprintf(stderr, "%s: out of memory\n", prog);
        cleanup();
        return 2;
    }
    char *qargv[] = {
        (char *)qemu, "-M", "sim", "-cpu", "lx106", "-display", "none", "-serial", "none",
        "-monitor", "none", "-semihosting-config", semi, "-kernel", rom, "-device", loader, NULL,
    };

    int interactive = !o.script && !o.pty && isatty(STDIN_FILENO);
    int pipefd[2] = {-1, -1}, outfd[2] = {-1, -1};
    if ((interactive || o.pty) && pipe(pipefd) != 0) {
        fprintf(stderr, "%s: pipe: %s\n", prog, strerror(errno));
        cleanup();
        return 2;
    }
    int master = -1;
    if (o.pty) {
        char name[128];
        master = open_pty(name, sizeof name);
        if (master < 0 || pipe(outfd) != 0) {
            cleanup();
            return 2;
        }
        printf("PTY %s\n", name);
    }
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "%s: fork: %s\n", prog, strerror(errno));
        cleanup();
        return 2;
    }
    if (pid == 0) {
        if (script_fd >= 0)
            dup2(script_fd, STDIN_FILENO);
        else if (interactive || o.pty)
            dup2(pipefd[0], STDIN_FILENO);
        if (o.pty)
            dup2(outfd[1], STDOUT_FILENO);
        if (pipefd[0] >= 0) {
            close(pipefd[0]);
            close(pipefd[1]);
        }
        if (outfd[0] >= 0) {
            close(outfd[0]);
            close(outfd[1]);
        }
        execvp(qemu, qargv);
        fprintf(stderr, "%s: cannot run %s: %s\n", prog, qemu, strerror(errno));
        _exit(127);
    }
    free(semi);
    free(loader);
    if (script_fd >= 0)
        close(script_fd);
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    signal(SIGHUP, on_signal);
    signal(SIGPIPE, SIG_IGN);
    if (interactive) {
        close(pipefd[0]);
        if (tcgetattr(STDIN_FILENO, &saved_tty) == 0) {
            struct termios raw = saved_tty;
            cfmakeraw(&raw);
            raw.c_oflag |= OPOST | ONLCR;  /* our own messages; the guest sends \r\n itself */
            if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw) == 0)
                tty_raw = 1;
        }
        fprintf(stderr, "[espy emu: Ctrl-] quits]\n");
    }

    double deadline = o.timeout > 0 ? now_s() + o.timeout : 0;
    if (o.pty) {
        close(pipefd[0]);
        close(outfd[1]);
        int r = relay_pty(pid, master, pipefd[1], outfd[0], deadline, o.timeout);
        close(pipefd[1]);
        close(outfd[0]);
        close(master);
        cleanup();
        return r;
    }
    int status = 0, rc = -1;
    int stdin_open = interactive;
    for (;;) {
        pid_t w = waitpid(pid, &status, WNOHANG);
        if (w == pid) {
            rc = WIFEXITED(status) ? WEXITSTATUS(status)
                 : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 1;
            break;
        }
        if (got_signal) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            rc = 128 + got_signal;
            break;
        }
        if (deadline && now_s() > deadline) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            fprintf(stderr, "\n%s: timed out after %g s\n", prog, o.timeout);
            rc = 124;
            break;
        }
        struct pollfd pfd = {STDIN_FILENO, POLLIN, 0};
        int n = poll(&pfd, stdin_open ? 1 : 0, 20);
        if (n > 0 && stdin_open) {
            uint8_t buf[256];
            ssize_t r = read(STDIN_FILENO, buf, sizeof buf);
            if (r <= 0) {
                close(pipefd[1]);
                stdin_open = 0;
                continue;
            }
            int quit = 0;
            ssize_t keep = r;
            for (ssize_t i = 0; i < r; i++)
                if (buf[i] == QUIT_KEY) {
                    keep = i;
                    quit = 1;
                    break;
                }
            if (keep > 0 && write_all(pipefd[1], buf, (size_t)keep) != 0) {
                close(pipefd[1]);
                stdin_open = 0;
            }
            if (quit) {
                kill(pid, SIGKILL);
                waitpid(pid, &status, 0);
                cleanup();
                fprintf(stderr, "\n[espy emu: quit]\n");
                rc = 0;
                break;
            }
        }
    }
    if (stdin_open)
        close(pipefd[1]);
    cleanup();
    return rc;
}

#ifdef EMU_STANDALONE
/* Test driver (build/emu/espy-tools): `espy-tools image ...` / `espy-tools emu ...`, for use
 * while build/espy itself does not build. */
int main(int argc, char **argv) {
    if (argc >= 2 && strcmp(argv[1], "emu") == 0)
        return cmd_emu(argc - 1, argv + 1);
    if (argc >= 2 && strcmp(argv[1], "image") == 0)
        return cmd_image(argc - 1, argv + 1);
    fprintf(stderr, "usage: espy-tools image|emu ...\n");
    return 2;
}
#endif
