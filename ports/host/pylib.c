/* The board library on the PC (pylib.h): lookup by name, and the finder that lets `espy
 * prog.py` import the same driver sources that `espy build` bakes into a bundle. */
#include <stdio.h>
#include <string.h>
#include "pylib.h"
#include "compile.h"
#include "objstr.h"

const PylibModule *pylib_find(const char *name, size_t len) {
    unsigned lo = 0, hi = pylib_count;
    while (lo < hi) {
        unsigned mid = (lo + hi) / 2;
        const PylibModule *m = &pylib_modules[mid];
        size_t n = strlen(m->name);
        int c = memcmp(m->name, name, n < len ? n : len);
        if (c == 0) c = n < len ? -1 : n > len;
        if (c == 0) return m;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

void pylib_filename(const PylibModule *m, char *buf, size_t cap) {
    snprintf(buf, cap, "pylib/%s.py", m->name);
}

/* Found where sys.path has '.frozen', as a bundle's modules are on the board: after the
 * script's directory, so a file of the same name there wins.  The module is compiled at each
 * first import (sys.modules keeps it); a library module is never a package. */
const Code *pylib_import_find(Value name, bool *is_package) {
    size_t n;
    const char *s = str_data(name, &n);
    const PylibModule *m = pylib_find(s, n);
    if (!m) return NULL;
    char file[96];
    pylib_filename(m, file, sizeof file);
    *is_package = false;
    return compile_source(m->text, m->len, str_new_cstr(file), COMPILE_FILE);
}
