/* Print: a destination for characters (the console, a Vstr, a file object). */
#ifndef ESPY_PRINT_H
#define ESPY_PRINT_H

#include <stdarg.h>
#include "obj.h"
#include "vstr.h"

struct Print {
    void (*write)(void *ctx, const char *s, size_t n);
    void *ctx;
};

void print_strn(Print *p, const char *s, size_t n);
void print_cstr(Print *p, const char *s);
void print_char(Print *p, char c);
void print_int(Print *p, Int i);
/* Print a value with its type's print slot. */
void print_value(Print *p, Value v, PrintKind kind);

/* A small formatter for messages.  Besides %s %d %u %x %c %% and %.*s it knows:
 *   %v  str() of a Value        %r  repr() of a Value
 *   %T  the type name of a Value  %n  a name (Value that is a str) without quotes
 *   %D  an Int (intptr_t)  */
void print_fmt(Print *p, const char *fmt, ...);
void print_vfmt(Print *p, const char *fmt, va_list ap);

/* Print into a Vstr. */
void print_to_vstr(Print *p, Vstr *v);

/* The console (port stdout/stderr). */
extern Print print_stdout, print_stderr;

/* Format into a new str. */
Value str_printf(const char *fmt, ...);

#endif
