/* str: UTF-8 text.  A str Value is an interned name (V_IS_NAME) or a Str object. */
#ifndef ESPY_OBJSTR_H
#define ESPY_OBJSTR_H

#include "obj.h"

/* The bytes of a str (name or object). */
const char *str_data(Value s, size_t *len);
size_t str_nchars(Value s);
Value str_new(const char *s, size_t n);          /* copies */
Value str_new_cstr(const char *s);
Str *str_alloc(size_t n);                        /* uninitialised data of n bytes, NUL set */
Value str_finish(Str *s);                        /* computes nchars; returns the value */
Value str_intern(Value s);                       /* the name for s */
Value str_intern_maybe(Value s);                 /* a name if s looks like an identifier */
bool str_is(Value v);                            /* str or subclass */
bool str_equal(Value a, Value b);
int str_compare(Value a, Value b);
uint32_t str_hash(Value s);
Value str_concat(Value a, Value b);
Value str_binary_op(BinaryOp op, Value a, Value b);
void str_print_repr(Print *p, const char *s, size_t n, bool ascii_only);
/* Offset in bytes of code point index i (0 <= i <= nchars). */
size_t str_offset(Value s, size_t i);
Value str_char_at(Value s, size_t i);
Value str_join(Value sep, Value iterable);
Value str_format_value(Value v, Value spec);     /* format(v, spec) for str, int, float */
Value str_mod_format(Value fmt, Value args);     /* fmt % args */
uint32_t utf8_decode(const char **p, const char *end);
size_t utf8_encode(uint32_t cp, char *out);
size_t utf8_count(const char *s, size_t n);
bool utf8_valid(const char *s, size_t n);

#endif
