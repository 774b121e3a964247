/* Character properties and case mapping for str methods (a compact subset of the Unicode
 * database: Latin, Greek, Cyrillic, common symbols; see unicode.c for what is covered). */
#ifndef ESPY_UNICODE_H
#define ESPY_UNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

bool unicode_isspace(uint32_t c);
bool unicode_isalpha(uint32_t c);
bool unicode_isdigit(uint32_t c);
bool unicode_isdecimal(uint32_t c);
bool unicode_isnumeric(uint32_t c);
bool unicode_isalnum(uint32_t c);
bool unicode_isupper(uint32_t c);
bool unicode_islower(uint32_t c);
bool unicode_istitle(uint32_t c);
bool unicode_iscased(uint32_t c);
bool unicode_iscaseignorable(uint32_t c);
bool unicode_printable(uint32_t c);
int unicode_decimal_value(uint32_t c);          /* -1 if not a decimal digit */
/* Case mappings may expand to up to 3 code points; they return how many. */
int unicode_upper(uint32_t c, uint32_t out[3]);
int unicode_lower(uint32_t c, uint32_t out[3]);
int unicode_title(uint32_t c, uint32_t out[3]);
int unicode_fold(uint32_t c, uint32_t out[3]);
/* UTF-8 helpers for whitespace scanning: advance past / step back over one space character. */
bool unicode_isspace_at(const char *d, size_t n, size_t *i);
bool unicode_isspace_before(const char *d, size_t *e);
/* Length of the line break at d[j] (for splitlines), or 0. */
size_t unicode_line_break(const char *d, size_t n, size_t j);

#endif
