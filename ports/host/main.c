/* The espy command: runs Python on the PC and dispatches the host tools. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>
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
#include "modio.h"
#include "port.h"

static const host_command commands[] = {
    {"image", cmd_image, "inspect, verify and build ESP8266 flash images"},
    {"emu", cmd_emu, "boot an ESP8266 flash image in QEMU with the ROM model"},
    {"flash", cmd_flash, "write an image to a board over the ROM serial loader"},
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

static bool parse_size(const char *s, size_t *out) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (end == s || errno) return false;
    if (*end == 'k' || *end == 'K') { v *= 1024; end++; }
    else if (*end == 'm' || *end == 'M') { v *= 1024 * 1024; end++; }
    if (*end) return false;
    if (v < 4096 || v > (1ull << 40)) return false;
    *out = (size_t)v;
    return true;
}

/* One line from stdin for the REPL; the terminal does the editing. */
static int host_read_line(const char *prompt, Vstr *line) {
    port_write(1, prompt, strlen(prompt));
    port_write(1, NULL, 0);
    interrupted = 0;
    for (;;) {
        int c = port_read_char();
        if (c == -2 || interrupted) {
            interrupted = 0;
            vm.pending = 0;
            return -1;
        }
        if (c < 0) return line->len ? 1 : 0;
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

static void add_args(int n, char **args) {
    for (int i = 0; i < n; i++) list_append(vm.sys_argv, str_new_cstr(args[i]));
}

static Value main_globals(void) {
    Value m = module_new(V_MKNAME(N___main__));
    Value g = module_globals(m);
    dict_set(g, V_MKNAME(N___builtins__), V_MKNAME(N_builtins));
    dict_set(vm.modules, V_MKNAME(N___main__), m);
    vm.main_globals = g;
    return g;
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
    size_t heap_size = ES_DEFAULT_HEAP;
    bool peak = false;
    const char *code = NULL, *file = NULL;
    int argi = 1;
    while (argi < argc) {
        const char *a = argv[argi];
        if (strcmp(a, "-X") == 0 && argi + 1 < argc) {
            const char *opt = argv[argi + 1];
            if (strncmp(opt, "heapsize=", 9) == 0) {
                if (!parse_size(opt + 9, &heap_size)) {
                    fprintf(stderr, "espy: bad heap size '%s'\n", opt + 9);
                    return 2;
                }
            } else if (strcmp(opt, "peakheap") == 0) {
                peak = true;
            } else {
                fprintf(stderr, "espy: unknown -X option '%s'\n", opt);
                return 2;
            }
            argi += 2;
        } else if (strcmp(a, "-c") == 0) {
            if (argi + 1 >= argc) {
                fprintf(stderr, "espy: -c needs an argument\n");
                return 2;
            }
            code = argv[argi + 1];
            argi += 2;
            break;
        } else if (a[0] == '-' && a[1] && strcmp(a, "-") != 0) {
            fprintf(stderr, "espy: unknown option '%s'\n", a);
            usage(stderr);
            return 2;
        } else {
            file = a;
            argi++;
            break;
        }
    }

    void *heap = malloc(heap_size);
    if (!heap) {
        fprintf(stderr, "espy: cannot allocate a heap of %zu bytes\n", heap_size);
        return 2;
    }
    char stack_base;
    /* main's frame address is above its locals (which hold heap pointers too) */
    gc_set_stack_base(__builtin_frame_address(0));
    gc_init(heap, (char *)heap + heap_size);
    set_stack_limit(&stack_base);
    vm_init();
    if (heap_size > (64u << 20)) gc_set_threshold(16 << 20);
    host_stdout_line_buffered = isatty(1);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);

    int status;
    ExcFrame top;
    if (!EXC_TRY(top)) {
        /* an exception while setting up (out of memory with a tiny heap) */
        status = repl_report(top.exc);
        goto out;
    }
    Value globals = main_globals();
    /* sys.argv and sys.path */
    if (code) list_append(vm.sys_argv, str_new_cstr("-c"));
    else if (file) list_append(vm.sys_argv, str_new_cstr(file));
    else list_append(vm.sys_argv, V_MKNAME(N_));
    add_args(argc - argi, argv + argi);
    if (file && strcmp(file, "-") != 0) {
        const char *slash = strrchr(file, '/');
        list_append(vm.sys_path, slash ? str_new(file, (size_t)(slash - file) ? (size_t)(slash - file) : 1) : V_MKNAME(N_));
    } else {
        list_append(vm.sys_path, V_MKNAME(N_));
    }
    list_append(vm.sys_path, V_MKNAME(N__dotfrozen));

    if (code) {
        status = repl_exec_main(code, strlen(code), V_MKNAME(N__lt_string_gt), globals);
    } else if (file) {
        char *src;
        size_t len;
        int err;
        if (strcmp(file, "-") == 0) {
            Vstr v;
            vstr_init(&v, 4096);
            int ch;
            while ((ch = port_read_char()) >= 0) vstr_addc(&v, (char)ch);
            src = v.buf;
            len = v.len;
            file = "<stdin>";
        } else if (!import_read_file(file, &src, &len, &err)) {
            exc_end(&top);
            fprintf(stderr, "espy: can't open file '%s': [Errno %d] %s\n", file, err, strerror(err));
            return 2;
        }
        dict_set(globals, V_MKNAME(N___file__), str_new_cstr(file));
        status = repl_exec_main(src, len, str_new_cstr(file), globals);
    } else {
        if (isatty(0)) printf("espy %s on %s; Python 3.11 compatible\n", ES_VERSION, ES_PORT_NAME);
        status = repl_run(host_read_line, globals);
    }
    exc_end(&top);
out:
    port_write(1, NULL, 0);
    if (peak) {
        GcInfo info;
        gc_info(&info);
        fprintf(stderr, "peak heap: %zu bytes\n", info.peak);
    }
    return status;
}
