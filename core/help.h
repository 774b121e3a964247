/* help() (help.c) and the name lists it shares with the REPL's Tab completion. */
#ifndef ESPY_HELP_H
#define ESPY_HELP_H

#include "obj.h"
#include "print.h"

/* A list of str in MicroPython's columns (16 wide, 64 a line), each line ended by nl. */
void print_name_columns(Print *p, Value names, const char *nl);

#endif
