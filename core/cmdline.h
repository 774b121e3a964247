/* The command line of the ports that have one (the PC's espy, the lx106 build under QEMU):
 *
 *     espy [-X option]... [-c code | file.py | -] [args...]
 *
 * Parsing and running __main__ are the same everywhere; the port supplies the heap, the
 * console line reader and its own -X options. */
#ifndef ESPY_CMDLINE_H
#define ESPY_CMDLINE_H

#include <stdbool.h>
#include <stddef.h>
#include "repl.h"

typedef struct {
    size_t heap_size;       /* -X heapsize=N (k and M suffixes); the port's default if absent */
    bool peak_heap;         /* -X peakheap: print the peak heap use on stderr at exit */
    const char *code;       /* -c code */
    const char *file;       /* the script, "-" for standard input; NULL (and no code): REPL */
    int argi;               /* argv[argi..argc) are the program's own arguments */
} CmdLine;

enum {
    CMDLINE_OK = 0,
    CMDLINE_ERROR = 2,      /* a bad option; a one-line message went to stderr */
    CMDLINE_USAGE = 3,      /* an unknown option: the port prints its usage (status 2) */
};

/* Parses the options.  port_opt (may be NULL) is asked about -X options the core does not
 * know and returns false for unknown ones.  max_heap bounds -X heapsize. */
int cmdline_parse(CmdLine *cl, int argc, char **argv, size_t max_heap,
                  bool (*port_opt)(const char *opt));

/* Parses a size with an optional k/K or m/M suffix; false when malformed or above max. */
bool cmdline_parse_size(const char *s, size_t max, size_t *out);

/* After gc_init() and vm_init(): makes __main__, fills sys.argv and sys.path, runs the code,
 * the file or standard input, or the REPL (read_line; banner printed first unless NULL).
 * Returns the exit status: 0, 1 for an uncaught exception, SystemExit's code, 2 when the file
 * cannot be opened. */
int cmdline_run(const CmdLine *cl, int argc, char **argv, ReplReadLine read_line,
                const char *banner);

#endif
