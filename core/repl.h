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

#endif
