/* The compiler: Python source in memory -> code objects (code.h).
 *
 * Statements are compiled as they are read; expressions go through a per-statement tree
 * (parse.h).  A function body is read twice: a first pass finds the names it binds (its
 * locals), the second generates code, so RAM use stays proportional to one statement. */
#ifndef ESPY_COMPILE_H
#define ESPY_COMPILE_H

#include "code.h"

typedef enum {
    COMPILE_FILE,     /* a module */
    COMPILE_EVAL,     /* one expression, its value returned */
    COMPILE_SINGLE,   /* REPL input: expression statements print their value */
} CompileMode;

/* Compiles source (which must stay valid while compiling) into a Code object.
 * Raises SyntaxError. */
Code *compile_source(const char *src, size_t len, Value filename, CompileMode mode);
/* The same, with module-level names looked up as in a class body (exec with separate locals). */
Code *compile_source_names(const char *src, size_t len, Value filename, CompileMode mode, bool module_names);

/* REPL: compiles input where an unclosed bracket, string or block at the end is reported as
 * a SyntaxError "incomplete input", so that the REPL asks for another line. */
Code *compile_source_repl(const char *src, size_t len);

#endif
