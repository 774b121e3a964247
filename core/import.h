/* import: sys.modules, built-in modules, the frozen bundle, then .py files on sys.path. */
#ifndef ESPY_IMPORT_H
#define ESPY_IMPORT_H

#include "obj.h"
#include "code.h"

Value import_name(Value name, Value globals, Value fromlist, Int level);
Value import_from(Value module, Value name);
void import_star(Value module, Value namespace);
/* Reads a whole file through the port into a GC buffer; returns false with *err = errno. */
bool import_read_file(const char *path, char **buf, size_t *len, int *err);
/* Compiles and runs source as module __main__ (or name) with the given globals. */
Value import_exec_source(const char *src, size_t len, Value filename, Value globals);

/* Raises ModuleNotFoundError for name (with the hint to bake it, for a native module). */
ES_NORETURN void import_not_found(Value name);
/* A frozen-module finder (the bundle, on the device): returns a code object or NULL and sets
 * *is_package. */
extern const Code *(*import_frozen_find)(Value name, bool *is_package);
/* Set by the bundle loader: a native module of the bundle (frozen.h), found like a built-in one. */
extern Value (*import_native_find)(Value name);
/* That native module, or V_NULL (none of that name, or no bundle). */
Value import_native(Value name);

#endif
