/* The command line shared by the ports that have one: options, sys.argv/sys.path, __main__. */
#include <string.h>
#include "cmdline.h"
#include "exc.h"
#include "gc.h"
#include "import.h"
#include "names.h"
#include "objdict.h"
#include "objlist.h"
#include "objmodule.h"
#include "objstr.h"
#include "port.h"
#include "print.h"
#include "vm.h"

bool cmdline_parse_size(const char *s, size_t max, size_t *out) {
    size_t v = 0;
    const char *p = s;
    for (; *p >= '0' && *p <= '9'; p++) {
        if (v > (max - (size_t)(*p - '0')) / 10) return false;   /* above max even unscaled */
        v = v * 10 + (size_t)(*p - '0');
    }
    if (p == s) return false;
    size_t scale = 1;
    if (*p == 'k' || *p == 'K') { scale = 1024; p++; }
    else if (*p == 'm' || *p == 'M') { scale = 1024 * 1024; p++; }
    if (*p || v > max / scale) return false;
    *out = v * scale;
    return true;
}

int cmdline_parse(CmdLine *cl, int argc, char **argv, size_t max_heap,
                  bool (*port_opt)(const char *opt)) {
    int argi = 1;
    while (argi < argc) {
        const char *a = argv[argi];
        if (strcmp(a, "-X") == 0 && argi + 1 < argc) {
            const char *opt = argv[argi + 1];
            if (strncmp(opt, "heapsize=", 9) == 0) {
                if (!cmdline_parse_size(opt + 9, max_heap, &cl->heap_size) || cl->heap_size < 4096) {
                    print_fmt(&print_stderr, "espy: bad heap size '%s' (4096 to %D bytes)\n",
                              opt + 9, (Int)max_heap);
                    return CMDLINE_ERROR;
                }
            } else if (strcmp(opt, "peakheap") == 0) {
                cl->peak_heap = true;
            } else if (!port_opt || !port_opt(opt)) {
                print_fmt(&print_stderr, "espy: unknown -X option '%s'\n", opt);
                return CMDLINE_ERROR;
            }
            argi += 2;
        } else if (strcmp(a, "-c") == 0) {
            if (argi + 1 >= argc) {
                print_cstr(&print_stderr, "espy: -c needs an argument\n");
                return CMDLINE_ERROR;
            }
            cl->code = argv[argi + 1];
            argi += 2;
            break;
        } else if (a[0] == '-' && a[1] && strcmp(a, "-") != 0) {
            print_fmt(&print_stderr, "espy: unknown option '%s'\n", a);
            return CMDLINE_USAGE;
        } else {
            cl->file = a;
            argi++;
            break;
        }
    }
    cl->argi = argi;
    return CMDLINE_OK;
}

/* sys.argv: the script (or -c, or ''), then its arguments; sys.path[0]: the script's
 * directory ('' for the current one), then the frozen modules. */
static void set_sys_lists(const CmdLine *cl, int argc, char **argv) {
    const char *file = cl->file;
    if (cl->code) list_append(vm.sys_argv, str_new_cstr("-c"));
    else if (file) list_append(vm.sys_argv, str_new_cstr(file));
    else list_append(vm.sys_argv, V_MKNAME(N_));
    for (int i = cl->argi; i < argc; i++) list_append(vm.sys_argv, str_new_cstr(argv[i]));
    if (file && !cl->code && strcmp(file, "-") != 0) {
        const char *slash = strrchr(file, '/');
        list_append(vm.sys_path, slash ? str_new(file, slash > file ? (size_t)(slash - file) : 1)
                                       : V_MKNAME(N_));
    } else {
        list_append(vm.sys_path, V_MKNAME(N_));
    }
    list_append(vm.sys_path, V_MKNAME(N__dotfrozen));
}

int cmdline_run(const CmdLine *cl, int argc, char **argv, ReplReadLine read_line,
                const char *banner) {
    int status;
    ExcFrame top;
    if (!EXC_TRY(top)) {
        /* an exception while setting up (out of memory with a tiny heap) */
        status = repl_report(top.exc);
        goto out;
    }
    /* The peak of a lazily collected heap is just its size: collect every 16 kB instead, so
     * the peak is the most live data plus at most that much garbage. */
    if (cl->peak_heap) gc_set_threshold(16 * 1024);
    Value globals = module_main_new();
    set_sys_lists(cl, argc, argv);
    const char *file = cl->file;
    if (cl->code) {
        status = repl_exec_main(cl->code, strlen(cl->code), V_MKNAME(N__lt_string_gt), globals);
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
            print_fmt(&print_stderr, "espy: can't open file '%s': [Errno %d] %v\n", file, err, exc_errno_str(err));
            return 2;
        }
        dict_set(globals, V_MKNAME(N___file__), str_new_cstr(file));
        status = repl_exec_main(src, len, str_new_cstr(file), globals);
    } else {
        if (banner) print_cstr(&print_stdout, banner);
        status = repl_run(read_line, globals);
    }
    exc_end(&top);
out:
    port_write(1, NULL, 0);
    if (cl->peak_heap) {
        GcInfo info;
        gc_info(&info);
        print_fmt(&print_stderr, "peak heap: %D bytes\n", (Int)info.peak);
    }
    return status;
}
