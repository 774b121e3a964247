/* Tab completion of names for the REPL (complete.c). */
#ifndef ESPY_COMPLETE_H
#define ESPY_COMPLETE_H

#include "obj.h"

/* The names that could complete the dotted name at the end of text[0..len), e.g.
 * "machine.Pi" -> ['Pin'], looked up in globals and the builtins: a sorted list of str, or
 * V_NULL if there is nothing to complete.  *word_len is the length of the partial last word
 * (what every candidate starts with). */
Value complete_names(Value globals, const char *text, size_t len, size_t *word_len);

#endif
