/* The board library: the Python drivers of pylib/ (neopixel, dht, onewire, ds18x20, framebuf,
 * ssd1306), embedded
 * in the host espy by tools/pylib2c.  `espy build` bakes the ones an app imports into its
 * bundle (bake.c); `espy prog.py` finds them after sys.path's directories (pylib_import_find,
 * through the core's frozen-module hook). */
#ifndef ESPY_PYLIB_H
#define ESPY_PYLIB_H

#include <stdbool.h>
#include <stddef.h>
#include "code.h"

typedef struct {
    const char *name;   /* module name */
    const char *text;   /* the .py file's bytes, NUL-terminated */
    size_t len;
} PylibModule;

/* pylib_count of them, sorted by name (build/gen/pylib_gen.c). */
extern const PylibModule pylib_modules[];
extern const unsigned pylib_count;

/* The library module of that name, or NULL. */
const PylibModule *pylib_find(const char *name, size_t len);

/* The code's file name for a library module: "pylib/NAME.py" (in tracebacks). */
void pylib_filename(const PylibModule *m, char *buf, size_t cap);

/* For import_frozen_find (core/import.h) on the host: compiles the library module `name`. */
const Code *pylib_import_find(Value name, bool *is_package);

#endif
