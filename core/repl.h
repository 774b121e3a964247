/* The interactive prompt, shared by the ports (line input is the port's). */
#ifndef ESPY_REPL_H
#define ESPY_REPL_H

#include "obj.h"
#include "vstr.h"

/* Reads one line into line (without the newline).  Returns 1 for a line, 0 at end of input
 * (Ctrl-D on an empty line), -1 when the line was interrupted (Ctrl-C). */
typedef int (*ReplReadLine)(const char *prompt, Vstr *line);

/* Runs the REPL until end of input.  Returns the exit status (SystemExit's code, or 0). */
int repl_run(ReplReadLine read_line, Value globals);
/* Runs source text (a file or -c) as __main__; prints an uncaught exception.  Returns the exit
 * status: 0, 1 after an error, or SystemExit's code. */
int repl_exec_main(const char *src, size_t len, Value filename, Value globals);
/* The exit status for an uncaught exception (printing it unless it is SystemExit). */
int repl_report(Value exc);

/* A board's console REPL, as MicroPython's (docs/repl.md): the friendly REPL with a line
 * editor and history, paste mode (Ctrl-E), Ctrl-C, Ctrl-D soft reset, and the raw REPL
 * (Ctrl-A) with raw-paste mode, byte for byte as MicroPython's tools expect them. */
typedef struct {
    int (*getc)(void);                        /* the next input byte, waiting; < 0: input ended */
    void (*write)(const char *s, size_t n);   /* output bytes as they are (no newline changes) */
    void (*banner)(void);                     /* the friendly REPL's greeting */
} ReplConsole;

enum { REPL_INPUT_ENDED = 0, REPL_SOFT_RESET = 1 };
/* Runs until a soft reset is asked for (Ctrl-D on an empty line or an empty raw REPL command,
 * SystemExit) or the input ends.  Program output goes through port_write as usual. */
int repl_console(const ReplConsole *con, Value globals);
/* True while the console is in the raw REPL; the mode survives a soft reset (the board then
 * skips main.py, as MicroPython does, so that a tool's soft reset is not caught by it). */
bool repl_console_raw(void);
/* input() on a board: a line through the console's editor (echoed, editable) into line.
 * Raises KeyboardInterrupt (Ctrl-C) or EOFError (Ctrl-D, end of input); -2 if no console. */
int repl_console_input(Vstr *line);

#endif
