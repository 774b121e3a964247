/* Print: a destination for characters (the console, a Vstr, a file object). */
#ifndef ESPY_PRINT_H
#define ESPY_PRINT_H

#include <stdarg.h>
#include "obj.h"
#include "vstr.h"
#include "msgs_gen.h"

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
 *   %D  an Int (intptr_t)
 * Formats are ASCII: a byte from 0x80 on, or a control character but \t \n \r (and 0, 1), is
 * a word of the compressed messages.  The literal formats given to print_fmt, str_printf,
 * exc_raise_msg and exc_new_msg are replaced at compile time by their compressed form (ES_TEXT,
 * build/gen/msgs_gen.h, made by tools/gennames.c). */
void print_fmt(Print *p, const char *fmt, ...);
void print_vfmt(Print *p, const char *fmt, va_list ap);
#define print_fmt(p, fmt, ...) print_fmt(p, ES_TEXT(fmt), ##__VA_ARGS__)

/* A str from a text with words of the compressed messages (no % codes). */
Value str_from_text(const char *s);

/* Print into a Vstr. */
void print_to_vstr(Print *p, Vstr *v);

/* The console (port stdout/stderr). */
extern Print print_stdout, print_stderr;

/* Format into a new str. */
Value str_printf(const char *fmt, ...);
Value str_vprintf(const char *fmt, va_list ap);   /* fmt as given: no ES_TEXT */
#define str_printf(fmt, ...) str_printf(ES_TEXT(fmt), ##__VA_ARGS__)

/* Format into a NUL-terminated C string on the heap: the text of an error built at run time
 * (a syntax error's text must be expanded; lex.c, compile.c). */
const char *cstr_printf(const char *fmt, ...);
#define cstr_printf(fmt, ...) cstr_printf(ES_TEXT(fmt), ##__VA_ARGS__)

#endif
