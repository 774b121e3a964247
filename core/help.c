/* help(): MicroPython's form, not CPython's pydoc (which needs a pager and the sources).
 *   help()           a short text: the REPL's control keys and a first program
 *   help('modules')  the built-in modules and those of the frozen bundle
 *   help(obj)        the object's type, and for a module or class its own attributes with values */
#include "runtime.h"
#include "print.h"
#include "names.h"
#include "objstr.h"
#include "objlist.h"
#include "objtuple.h"
#include "objfun.h"
#include "objmodule.h"
#include "frozen.h"
#include "help.h"

/* Names in MicroPython's layout: slots of 16 columns, at most 64 columns a line (a longer
 * name takes more slots), each line ended by nl.  help('modules') and the REPL's Tab list. */
void print_name_columns(Print *p, Value names, const char *nl) {
    size_t n;
    Value *items;
    seq_get_items(names, &items, &n);
    size_t col = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *s = str_data(items[i], &len);
        size_t width = (len / 16 + 1) * 16;
        if (col && col + len > 64) {
            print_cstr(p, nl);
            col = 0;
        }
        print_strn(p, s, len);
        col += width;
        if (i + 1 < n && col < 64) for (size_t k = len; k < width; k++) print_char(p, ' ');
    }
    if (n) print_cstr(p, nl);
}

static void help_modules(Print *p) {
    Value names = list_new(0);
    for (size_t i = 0; i < builtin_modules_count; i++)
        list_append(names, V_MKNAME(builtin_modules[i].name));
    for (uint32_t i = 0; i < frozen_module_count(); i++) list_append(names, frozen_module_name(i));
    list_sort(names, V_NULL, false);
    print_name_columns(p, names, "\n");
    print_fmt(p, "Plus any modules on the filesystem (sys.path: '', '/lib').\n");
}

static Value bi_help(Value *args, int nargs, Value kw) {
    (void)kw;
    Print *p = &print_stdout;
    if (nargs == 0) {
        /* a format (print_vfmt): stored compressed, and without a % */
        print_fmt(p,        "Welcome to espy, Python 3 for the ESP8266.\n"
        "\n"
        "At the REPL:\n"
        "  Ctrl-C  interrupt a running program     Ctrl-D  soft reset (on the PC: exit)\n"
        "  Ctrl-E  paste mode (Ctrl-D runs it)     Ctrl-A  raw REPL for tools, Ctrl-B back\n"
        "\n"
        "help(obj) lists an object's attributes; help('modules') the modules there are.\n"
        "Files on the board: open(), os.listdir(); boot.py and main.py run at every boot.\n"
        "\n"
        "Blink the ESP-01's blue LED (GPIO2, lit when low):\n"
        "  import machine, time\n"
        "  led = machine.Pin(2, machine.Pin.OUT)\n"
        "  while True:\n"
        "      led(not led())\n"
        "      time.sleep_ms(500)\n");
        return V_NONE;
    }
    Value obj = args[0];
    if (str_is(obj) && str_equal(obj, V_MKNAME(N_modules))) {
        help_modules(p);
        return V_NONE;
    }
    print_fmt(p, "object %r is of type %T\n", obj, obj);
    if (!is_type(obj, &module_type) && !is_type(obj, &type_type)) return V_NONE;
    /* its own namespace, in order, as MicroPython shows it (dir() would add everything inherited) */
    Value keys = list_from_iter(obj_getattr(obj, V_MKNAME(N___dict__)));
    size_t n;
    Value *items;
    seq_get_items(keys, &items, &n);
    for (size_t i = 0; i < n; i++) {
        Value v = obj_getattr_maybe(obj, items[i]);
        if (v) print_fmt(p, "  %v -- %r\n", items[i], v);
    }
    return V_NONE;
}

NATIVE_FN(help_fn, help, 0, 1, bi_help);
