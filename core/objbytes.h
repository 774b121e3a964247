/* bytes, bytearray and memoryview */
#ifndef ESPY_OBJBYTES_H
#define ESPY_OBJBYTES_H

#include "obj.h"
#include "print.h"

typedef struct {
    Object base;
    Value obj;            /* bytes or bytearray */
    size_t start, len;
} MemoryView;

Value bytes_new(const uint8_t *data, size_t n);
Value bytes_alloc(size_t n);                /* zeroed contents */
Value bytearray_new(const uint8_t *data, size_t n);
/* The bytes of a bytes, bytearray or memoryview (or subclass); false for anything else. */
bool bytes_get_data(Value v, const char **data, size_t *len);
bool bytes_is_bytearray(Value v);
/* Arguments of functions that read or fill a buffer (machine, esp, _onewire): the bytes of any
 * bytes-like object (TypeError otherwise); the bytes of a writable one (bytearray, array, a
 * memoryview of a bytearray) or NULL; the same or TypeError. */
const uint8_t *bytes_arg(Value v, size_t *len);
uint8_t *bytes_writable_data(Value v, size_t *len);
uint8_t *bytes_writable_arg(Value v, size_t *len);
void bytearray_reserve(Value ba, size_t n);
void bytearray_append(Value ba, const uint8_t *data, size_t n);
void bytes_print_repr(Print *p, const char *d, size_t n);
Value str_encode(Value s, Value encoding, Value errors);
Value bytes_decode(Value b, Value encoding, Value errors);
Value bytes_mod_format(Value fmt, Value args);

#endif
