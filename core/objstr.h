/* str: UTF-8 text.  A str Value is an interned name (V_IS_NAME) or a Str object. */
#ifndef ESPY_OBJSTR_H
#define ESPY_OBJSTR_H

#include "obj.h"

/* The bytes of a str (name or object): not NUL-terminated (a static name's are not). */
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
Value str_concat_array(const Value *items, size_t count);
const char *str_number_text(Value s, size_t *len);  /* for int()/float(): Unicode digits as ASCII */
Value str_binary_op(BinaryOp op, Value a, Value b);
ES_NORETURN void seq_repeat_error(Value seq, Value count, bool count_left);   /* seq * count with a non-int count */
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
/* The lower-case character of digit d (0..35), computed: a table would be in flash, where the
 * files built without -mforce-l32 may not load bytes. */
static inline char digit_char(unsigned d) { return (char)(d < 10 ? '0' + d : 'a' - 10 + d); }
/* \xhh, \uhhhh or \Uhhhhhhhh for code point cp into buf (10 bytes); returns the length. */
size_t str_escape_cp(char *buf, uint32_t cp);

/* The methods str shares with bytes and bytearray (strmethods.c, used by bytesmethods.c). */
extern const NativeFunc text_getitem_fn, text_capitalize_fn, text_center_fn, text_count_fn, text_endswith_fn,
    text_expandtabs_fn, text_find_fn, text_index_fn, text_isalnum_fn, text_isalpha_fn, text_isascii_fn,
    text_isdigit_fn, text_islower_fn, text_isspace_fn, text_istitle_fn, text_isupper_fn, text_join_fn,
    text_ljust_fn, text_lower_fn, text_lstrip_fn, text_partition_fn, text_removeprefix_fn,
    text_removesuffix_fn, text_replace_fn, text_rfind_fn, text_rindex_fn, text_rjust_fn,
    text_rpartition_fn, text_rsplit_fn, text_rstrip_fn, text_split_fn, text_splitlines_fn,
    text_startswith_fn, text_strip_fn, text_swapcase_fn, text_title_fn, text_upper_fn, text_zfill_fn;

#endif
