/* Starting QEMU for the peripheral model (`espy emu --trace FILE --pins FILE`): the usual
 * emulator command line (ports/host/emu.c) plus -icount, the counting plugin, the gdbstub on a
 * unix socket and the ROM model's "periph" argument; then periph_run. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include "periph.h"

/* QEMU option values use ',' as separator; a literal comma is written twice. */
static char *opt(const char *prefix, const char *value, const char *suffix) {
    size_t n = strlen(prefix) + 2 * strlen(value) + strlen(suffix) + 1;
    char *s = malloc(n), *p = s;
    if (!s) return NULL;
    p += sprintf(p, "%s", prefix);
    for (const char *v = value; *v; v++) {
        if (*v == ',') *p++ = ',';
        *p++ = *v;
    }
    sprintf(p, "%s", suffix);
    return s;
}

/* The plugin: $ESPY_EMU_PLUGIN, else libespy_icount.so beside the ROM model. */
static int find_plugin(const char *rom, char *out, size_t cap) {
    const char *env = getenv("ESPY_EMU_PLUGIN");
    if (env && *env) snprintf(out, cap, "%s", env);
    else {
        const char *slash = strrchr(rom, '/');
        size_t dir = slash ? (size_t)(slash - rom) + 1 : 0;
        if (dir + 20 > cap) return -1;
        memcpy(out, rom, dir);
        strcpy(out + dir, "libespy_icount.so");
    }
    return access(out, R_OK) == 0 ? 0 : -1;
}

static int temp_name(char *name, size_t cap, const char *what) {
    const char *dir = getenv("TMPDIR");
    snprintf(name, cap, "%s/espy-%s-XXXXXX", dir && *dir ? dir : "/tmp", what);
    int fd = mkstemp(name);
    if (fd < 0) {
        fprintf(stderr, "espy emu: cannot create a temporary file: %s\n", strerror(errno));
        name[0] = 0;
    }
    return fd;
}

int periph_emu(const PeriphLaunch *l) {
    struct stat st;
    PeriphOpts po = {l->trace, l->pins, l->display, stat(l->flash_path, &st) == 0 ? (uint32_t)st.st_size : 0x80000u};
    Periph *p = periph_open(&po);
    if (!p) return 2;
    char plugin[PATH_MAX], sock[128], shm[128];
    if (find_plugin(l->rom, plugin, sizeof plugin)) {
        fprintf(stderr, "espy emu: the counting plugin is not built (%s: run `make emu-rom`, or set "
                "ESPY_EMU_PLUGIN)\n", plugin);
        periph_close(p);
        return 2;
    }
    int input_fd = -1;
    if (l->script) {
        input_fd = open(l->script, O_RDONLY | O_CLOEXEC);
        if (input_fd < 0) {
            fprintf(stderr, "espy emu: cannot open script %s: %s\n", l->script, strerror(errno));
            periph_close(p);
            return 2;
        }
    }
    int sfd = temp_name(shm, sizeof shm, "count");
    int gfd = temp_name(sock, sizeof sock, "gdb");
    if (sfd < 0 || gfd < 0) {
        periph_close(p);
        return 2;
    }
    close(gfd);
    unlink(sock);   /* QEMU creates the socket there */
    static const char zero[4096];
    if (write(sfd, zero, sizeof zero) != (ssize_t)sizeof zero) {
        fprintf(stderr, "espy emu: cannot write %s\n", shm);
        close(sfd);
        unlink(shm);
        periph_close(p);
        return 2;
    }
    close(sfd);

    char *semi = opt("enable=on,target=native,arg=rom,arg=", l->flash_path, ",arg=periph");
    char *loader = opt("loader,file=", l->window_path, ",addr=0x40200000,force-raw=on");
    char *plug = opt("", plugin, "");
    char *plug2 = plug ? malloc(strlen(plug) + strlen(shm) * 2 + 8) : NULL;
    char *chardev = opt("socket,path=", sock, ",server=on,wait=on,id=espygdb");
    char icount[32];
    snprintf(icount, sizeof icount, "shift=%d", PERIPH_ICOUNT_SHIFT);
    if (!semi || !loader || !plug2 || !chardev) {
        fprintf(stderr, "espy emu: out of memory\n");
        periph_close(p);
        return 2;
    }
    char *s2 = opt(",shm=", shm, "");
    sprintf(plug2, "%s%s", plug, s2 ? s2 : "");
    free(s2);
    char *qargv[] = {
        (char *)l->qemu, "-M", "sim", "-cpu", "lx106", "-display", "none", "-serial", "none", "-monitor", "none",
        "-icount", icount, "-plugin", plug2, "-chardev", chardev, "-gdb", "chardev:espygdb", "-S",
        "-semihosting-config", semi, "-kernel", (char *)l->rom, "-device", loader, NULL, NULL, NULL, NULL, NULL,
    };
    /* ESPY_EMU_QEMU_LOG=FILE: QEMU's interrupt log, for debugging the model */
    const char *qlog = getenv("ESPY_EMU_QEMU_LOG");
    if (qlog && *qlog) {
        size_t n = 0;
        while (qargv[n]) n++;
        qargv[n] = "-d";
        qargv[n + 1] = "int";
        qargv[n + 2] = "-D";
        qargv[n + 3] = (char *)qlog;
    }
    bool interactive = !l->script && isatty(STDIN_FILENO);
    if (!l->script) input_fd = STDIN_FILENO;
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "espy emu: fork: %s\n", strerror(errno));
        periph_close(p);
        return 2;
    }
    if (pid == 0) {
        int null = open("/dev/null", O_RDONLY);   /* console input goes through the UART model */
        if (null >= 0) dup2(null, STDIN_FILENO);
        execvp(l->qemu, qargv);
        fprintf(stderr, "espy emu: cannot run %s: %s\n", l->qemu, strerror(errno));
        _exit(127);
    }
    free(semi);
    free(loader);
    free(plug);
    free(plug2);
    free(chardev);
    struct termios saved;
    bool raw = false;
    if (interactive && tcgetattr(STDIN_FILENO, &saved) == 0) {
        struct termios t = saved;
        cfmakeraw(&t);
        t.c_oflag |= OPOST | ONLCR;
        raw = tcsetattr(STDIN_FILENO, TCSAFLUSH, &t) == 0;
        fprintf(stderr, "[espy emu: peripheral model; Ctrl-] quits]\n");
    }
    int rc = periph_run(p, pid, sock, shm, input_fd, interactive, l->timeout);
    if (raw) tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    /* the displays as the run left them (also after a timeout or a crash) */
    if (l->display && periph_write_displays(p, l->display) && rc == 0) rc = 2;
    if (l->script) close(input_fd);
    periph_close(p);
    unlink(sock);
    unlink(shm);
    return rc;
}
