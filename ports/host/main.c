/* The espy command: runs Python on the PC and dispatches the host tools. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>
#include "cmdline.h"
#include "commands.h"
#include "hostport.h"
#include "gc.h"
#include "vm.h"
#include "repl.h"
#include "runtime.h"
#include "names.h"
#include "objstr.h"
#include "objlist.h"
#include "objdict.h"
#include "objmodule.h"
#include "import.h"
#include "objfile.h"
#include "port.h"
#include "pylib.h"

static const host_command commands[] = {
    {"compile", cmd_compile, "compile .py files with the board's compiler: syntax check, --dis"},
    {"build", cmd_build, "compile .py files into a frozen bundle in a firmware image"},
    {"image", cmd_image, "inspect, verify and build ESP8266 flash images"},
    {"emu", cmd_emu, "boot an ESP8266 flash image in QEMU with the ROM model"},
    {"flash", cmd_flash, "write an image to a board over the ROM serial loader"},
    {"fs", cmd_fs, "files on a board: ls, cat, get, put, rm, mkdir, rmdir, run, reset"},
    {"term", cmd_term, "a serial terminal to a board's REPL"},
    {NULL, NULL, NULL}
};

bool host_stdout_line_buffered;
static volatile sig_atomic_t interrupted;

bool host_interrupt_pending(void) { return interrupted != 0; }

static void on_sigint(int sig) {
    (void)sig;
    interrupted = 1;
    vm_signal_interrupt();
}

static void usage(FILE *out) {
    fprintf(out, "usage: espy [-X option] [-c code | file.py | -] [args...]\n"
                 "       espy <command> [options]\n\n"
                 "options:\n"
                 "  -c code          run the code\n"
                 "  -X heapsize=N    heap size in bytes (k and M suffixes allowed)\n"
                 "  -X peakheap      print the peak heap use on stderr at exit\n"
                 "  --version        print the version\n\ncommands:\n");
    for (const host_command *c = commands; c->name; c++)
        fprintf(out, "  %-8s %s\n", c->name, c->help);
}

/* One line from stdin for the REPL; the terminal does the editing. */
static int host_read_line(const char *prompt, Vstr *line) {
    port_write(1, prompt, strlen(prompt));
    port_write(1, NULL, 0);
    interrupted = 0;
    size_t start = line->len;   /* a continuation line is added to the text before it */
    for (;;) {
        int c = port_read_char();
        if (c == -2 || interrupted) {
            interrupted = 0;
            vm.pending = 0;
            return -1;
        }
        if (c < 0) return line->len > start ? 1 : 0;
        if (c == '\n') return 1;
        vstr_addc(line, (char)c);
    }
}

static void set_stack_limit(char *base) {
    struct rlimit rl;
    size_t size = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) size = (size_t)rl.rlim_cur;
    if (size > (256u << 20)) size = 256u << 20;
    size_t margin = size / 8 > (256u << 10) ? (256u << 10) : size / 8;
    vm.stack_limit = base - size + margin + 64 * 1024;
}

int main(int argc, char **argv) {
    if (argc >= 2) {
        for (const host_command *c = commands; c->name; c++)
            if (strcmp(argv[1], c->name) == 0) return c->run(argc - 1, argv + 1);
        if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
            usage(stdout);
            return 0;
        }
        if (strcmp(argv[1], "--version") == 0) {
            printf("espy %s\n", ES_VERSION);
            return 0;
        }
    }
    CmdLine cl = {.heap_size = ES_DEFAULT_HEAP};
    int r = cmdline_parse(&cl, argc, argv, (size_t)1 << 40, NULL);
    if (r == CMDLINE_USAGE) usage(stderr);
    if (r != CMDLINE_OK) return 2;

    size_t heap_size = cl.heap_size;
    void *heap = malloc(heap_size);
    if (!heap) {
        fprintf(stderr, "espy: cannot allocate a heap of %zu bytes\n", heap_size);
        return 2;
    }
    char stack_base;
    gc_set_stack_base(&stack_base);
    gc_init(heap, (char *)heap + heap_size);
    set_stack_limit(&stack_base);
    vm_init();
    import_frozen_find = pylib_import_find;   /* the board library, where sys.path has '.frozen' */
    if (heap_size > (64u << 20)) gc_set_threshold(16 << 20);
    host_stdout_line_buffered = isatty(1);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);

    char banner[80];
    snprintf(banner, sizeof banner, "espy %s on %s; Python 3.11 compatible\n", ES_VERSION, ES_PORT_NAME);
    return cmdline_run(&cl, argc, argv, host_read_line, isatty(0) ? banner : NULL);
}
