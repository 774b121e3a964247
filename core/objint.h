/* int: small ints are tagged Values; larger ones are BigInt objects of the same type. */
#ifndef ESPY_OBJINT_H
#define ESPY_OBJINT_H

#include "obj.h"

Value int_from_int(Int i);
Value int_from_uint(UInt u);
Value int_from_ll(long long i);
Value int_from_ull(unsigned long long u);
Value int_from_double(double d);             /* OverflowError for inf, ValueError for nan */
/* Digits only (no sign, no underscores, no prefix); V_NULL when a digit is invalid. */
Value int_parse(const char *s, size_t n, int base);
/* Python's int(str, base) rules: spaces, sign, underscores, prefixes for base 0.
 * Returns V_NULL when the text is not a valid int. */
Value int_from_text(const char *s, size_t n, int base);
bool int_is_int(Value v);                    /* int, bool or a subclass */
Value int_value_of(Value v);                 /* bool and int subclasses -> plain int */
bool int_to_machine(Value v, Int *out);      /* fits an Int? */
bool int_to_i64(Value v, int64_t *out);
bool int_to_u64(Value v, uint64_t *out);
double int_to_double(Value v);               /* OverflowError when too large */
int int_sign(Value v);
int int_compare(Value a, Value b);            /* -1, 0, 1 */
Value int_binary_op(BinaryOp op, Value a, Value b);
Value int_unary_op(UnaryOp op, Value v);
Value int_to_str(Value v, int base);         /* without prefix */
void int_print(Value v, Print *p, PrintKind kind);
size_t int_bit_length(Value v);
Int int_hash(Value v);
Value int_pow_mod(Value base, Value exp, Value mod);
/* Bytes of the two's complement value (int.to_bytes / from_bytes). */
bool int_to_bytes(Value v, uint8_t *out, size_t len, bool little, bool is_signed);
Value int_from_bytes(const uint8_t *buf, size_t len, bool little, bool is_signed);

#endif
