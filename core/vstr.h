/* Vstr: a growable byte buffer on the GC heap, for building strings. */
#ifndef ESPY_VSTR_H
#define ESPY_VSTR_H

#include <stddef.h>
#include <stdint.h>
#include "obj.h"

typedef struct Vstr {
    char *buf;
    size_t len, alloc;
} Vstr;

void vstr_init(Vstr *v, size_t cap);
char *vstr_extend(Vstr *v, size_t n);      /* room for n more bytes, counted as used */
void vstr_add(Vstr *v, const char *s, size_t n);
void vstr_addc(Vstr *v, char c);
void vstr_add_str(Vstr *v, const char *s); /* NUL-terminated */
void vstr_add_utf8(Vstr *v, uint32_t cp);
void vstr_free(Vstr *v);
/* Turn the contents into a str/bytes object; the buffer is reused when possible and the
 * Vstr must not be used afterwards. */
Value vstr_to_str(Vstr *v);
Value vstr_to_bytes(Vstr *v);

#endif
