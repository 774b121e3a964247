/* The ESP-01 application: espy on UART0 (the espy_main seam of docs/firmware.md).
 *
 * At every (soft) reset: a fresh heap of all DRAM after .bss, the VM, the frozen bundle from
 * the layout's bundle region (checked, then used in place), boot.py, main.py, and the REPL.
 * boot.py and main.py come from the filesystem if it has them, else from the bundle, as on
 * MicroPython.  The filesystem is mounted first (port_fs.c).  The REPL is core/repl.c's console
 * REPL (MicroPython's friendly and raw REPL); Ctrl-D on an empty line is a soft reset. */
#include <string.h>
#include "esp.h"
#include "espport.h"
#include "frozen.h"
#include "gc.h"
#include "vm.h"
#include "repl.h"
#include "runtime.h"
#include "exc.h"
#include "import.h"
#include "names.h"
#include "objstr.h"
#include "objlist.h"
#include "objdict.h"
#include "objmodule.h"
#include "objfile.h"
#include "port.h"
#include "print.h"

/* The C stack (esp8266.ld): 8 kB below _stack_top.  The VM raises RecursionError when fewer
 * than this many bytes are left, enough for printing the error and unwinding. */
#define STACK_RESERVE 1536

/* ---- the console: raw UART bytes for the REPL (core/repl.c) ---- */

static int con_getc(void) {
    console_line_mode = true;   /* Ctrl-C is an input byte here, not an interrupt */
    int c = console_getc();
    console_line_mode = false;
    return c;
}

static void con_write(const char *s, size_t n) { uart_write(s, n); }

/* ---- boot ---- */

static ES_NOINLINE void run_frozen(const Code *code, Value globals) {
    ExcFrame ef;
    if (EXC_TRY(ef)) {
        vm_run_module(code, globals);
        exc_end(&ef);
        io_console_flush();
    } else {
        repl_report(ef.exc);
    }
}

/* Runs NAME.py in the __main__ namespace: from the filesystem, else from the bundle. */
static void run_boot_file(const char *name, Value globals) {
    char path[16];
    size_t n = strlen(name);
    memcpy(path, name, n);
    memcpy(path + n, ".py", 4);
    char *src;
    size_t len;
    int err;
    if (import_read_file(path, &src, &len, &err)) {
        Value file = str_new_cstr(path);
        dict_set(globals, V_MKNAME(N___file__), file);
        repl_exec_main(src, len, file, globals);
        gc_free(src);
        return;
    }
    const Code *code = frozen_find_module(name, (uint32_t)n, NULL);
    if (code) run_frozen(code, globals);
}

static void banner(void) {
    GcInfo info;
    gc_info(&info);
    print_fmt(&print_stdout, "espy %s on %s; %s\n", ES_VERSION, ES_PORT_NAME, ES_BOARD_NAME);
    print_fmt(&print_stdout, "heap %u bytes free; %u frozen modules, %u native\n", (unsigned)info.free,
              (unsigned)frozen_count(false), (unsigned)frozen_count(true));
}

/* The bundle region in mapped flash (the descriptor says where; it is inside the 1 MB cache
 * window, esplayout_validate checks that). */
static void load_bundle(bool report) {
    const esplayout *l = &esp_layout;
    const void *at = (const void *)(uintptr_t)(ESPLAYOUT_IROM_VADDR + l->bundle_start);
    const char *why = frozen_load(at, l->bundle_size);
    if (why && *why && report) {
        print_fmt(&print_stdout, "espy: frozen bundle at 0x%x skipped: ", (unsigned)l->bundle_start);
        print_fmt(&print_stdout, why);   /* compressed (frozen.h) */
        print_char(&print_stdout, '\n');
    }
}

static const ReplConsole console = {con_getc, con_write, banner};

static ES_NOINLINE int session(bool first) {
    char stack_here;
    gc_set_stack_base(&stack_here);
    gc_init(_heap_start, _heap_end);
    vm_init();
    vm.stack_limit = _stack_bottom + STACK_RESERVE;
    load_bundle(first);
    port_fs_mount(first);
    int status;
    ExcFrame top;
    if (!EXC_TRY(top)) {
        status = repl_report(top.exc);
        return status;
    }
    list_append(vm.sys_path, V_MKNAME(N_));
    list_append(vm.sys_path, V_MKNAME(N__dotfrozen));
    list_append(vm.sys_path, str_new_cstr("/lib"));
    Value globals = module_main_new();
    run_boot_file("boot", globals);
    /* a soft reset from the raw REPL (a tool's) skips main.py, as MicroPython does */
    if (!repl_console_raw()) run_boot_file("main", globals);
    status = repl_console(&console, globals);
    exc_end(&top);
    return status;
}

void espy_main(void) {
    if (!esp_layout_ok) {   /* (esplayout_strerror's text is compressed here: a format) */
        print_fmt(&print_stdout, "layout descriptor: ");
        print_fmt(&print_stdout, esplayout_strerror(esp_layout_err));
        print_fmt(&print_stdout, "; assuming 512K\n");
    }
    for (bool first = true;; first = false) {
        session(first);
        uart_write("MPY: soft reboot\r\n", 18);
    }
}
