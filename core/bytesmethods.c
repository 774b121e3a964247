/* The methods of bytes and bytearray: those they share with str come from strmethods.c
 * (text_*_fn); here are the bytes-only ones (decode, hex, fromhex, translate, maketrans) and
 * bytearray's mutators. */
#include <string.h>
#include "objbytes.h"
#include "objstr.h"
#include "objint.h"
#include "objtuple.h"
#include "objdict.h"
#include "objfun.h"
#include "objtype.h"
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "vstr.h"

#define M(name) static Value b_##name(Value *a, int n, Value kw)
#define UNUSED (void)n; (void)kw

static const char *data_of(Value v, size_t *len) {
    const char *d;
    if (!bytes_get_data(v, &d, len)) exc_raise_msg(&exc_TypeError, "a bytes-like object is required, not '%T'", v);
    return d;
}

static Value same_kind(Value self, const char *d, size_t n) {
    if (bytes_is_bytearray(self)) return bytearray_new((const uint8_t *)d, n);
    return bytes_new((const uint8_t *)d, n);
}

static uint8_t byte_of(Value v) {
    Int c = obj_get_int(v);
    if (c < 0 || c > 255) exc_raise_msg(&exc_ValueError, "byte must be in range(0, 256)");
    return (uint8_t)c;
}

M(decode) {
    static const uint16_t names[] = {N_encoding, N_errors};
    Value o[2];
    arg_parse("decode", a + 1, n - 1, kw, 2, names, 2, o);
    for (int i = 0; i < 2; i++)
        if (o[i] && !str_is(o[i]))
            exc_raise_msg(&exc_TypeError, "decode() argument '%s' must be str, not %T", i ? "errors" : "encoding", o[i]);
    return bytes_decode(a[0], o[0], o[1]);
}

/* hex([sep[, bytes_per_sep]]): sep every |bytes_per_sep| bytes, counted from the right when
 * positive, from the left when negative. */
M(hex) {
    static const uint16_t names[] = {N_sep, N_bytes_per_sep};
    Value o[2];
    arg_parse("hex", a + 1, n - 1, kw, 2, names, 2, o);
    size_t len;
    const char *d = data_of(a[0], &len), *sep = NULL;
    size_t sn = 0;
    Int every = o[1] ? obj_get_int(o[1]) : 1;
    if (o[0]) {
        sep = str_is(o[0]) ? str_data(o[0], &sn) : data_of(o[0], &sn);
        if (str_is(o[0]) ? str_nchars(o[0]) != 1 : sn != 1) exc_raise_msg(&exc_ValueError, "sep must be length 1.");
        if (es_rd8(sep) >= 0x80) exc_raise_msg(&exc_ValueError, "sep must be ASCII.");
    }
    size_t group = (size_t)(every < 0 ? -every : every);
    Vstr v;
    vstr_init(&v, len * 3 + 1);
    for (size_t i = 0; i < len; i++) {
        /* (es_rd8: the data and the separator may be frozen constants, in flash) */
        if (sep && group && i && (every > 0 ? (len - i) % group : i % group) == 0) vstr_addc(&v, (char)es_rd8(sep));
        uint32_t c = es_rd8(d + i);
        vstr_addc(&v, digit_char(c >> 4));
        vstr_addc(&v, digit_char(c & 15));
    }
    return vstr_to_str(&v);
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* bytes.fromhex(string): a classmethod, a[0] is the class. */
M(fromhex) {
    UNUSED;
    if (!str_is(a[1])) exc_raise_msg(&exc_TypeError, "fromhex() argument must be str, not %T", a[1]);
    size_t len;
    char copy[32];
    const char *s = str_data(a[1], &len);
    s = gc_bytes_in_ram(s, len, copy, sizeof copy);   /* (the text may be in flash) */
    Vstr v;
    vstr_init(&v, len / 2 + 1);
    for (size_t i = 0;; i += 2) {
        while (i < len && (s[i] == ' ' || (s[i] >= 9 && s[i] <= 13))) i++;
        if (i >= len) break;
        int hi = hexval(s[i]), lo = i + 1 < len ? hexval(s[i + 1]) : -1;
        if (hi < 0 || lo < 0)
            exc_raise_msg(&exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %d", (int)(hi < 0 ? i : i + 1));
        vstr_addc(&v, (char)(hi << 4 | lo));
    }
    Value cls = a[0];
    Value r = cls == V_FROMPTR(&bytearray_type) ? bytearray_new((const uint8_t *)v.buf, v.len) : vstr_to_bytes(&v);
    if (cls != V_FROMPTR(&bytes_type) && cls != V_FROMPTR(&bytearray_type)) return obj_call1(cls, r);
    return r;
}

M(translate) {
    static const uint16_t names[] = {N_table, N_delete};
    Value o[2];
    arg_parse("translate", a + 1, n - 1, kw, 2, names, 2, o);
    size_t len, tn = 0, dn = 0;
    const char *d = data_of(a[0], &len), *table = NULL, *del = NULL;
    if (o[0] != V_NONE) {
        table = data_of(o[0], &tn);
        if (tn != 256) exc_raise_msg(&exc_ValueError, "translation table must be 256 characters long");
    }
    if (o[1]) del = data_of(o[1], &dn);
    Vstr v;
    vstr_init(&v, len);
    for (size_t i = 0; i < len; i++) {
        uint32_t c = es_rd8(d + i);   /* (es_rd8: the data and the table may be in flash) */
        if (del && memchr(del, (int)c, dn)) continue;
        vstr_addc(&v, (char)(table ? es_rd8(table + c) : c));
    }
    Value r = same_kind(a[0], v.buf, v.len);
    vstr_free(&v);
    return r;
}

/* bytes.maketrans(from, to): a static method. */
M(maketrans) {
    UNUSED;
    size_t fn, tn;
    const char *f = data_of(a[0], &fn), *t = data_of(a[1], &tn);
    if (fn != tn) exc_raise_msg(&exc_ValueError, "maketrans arguments must have same length");
    Value r = bytes_alloc(256);
    uint8_t *out = ((Bytes *)V_PTR(r))->data;
    for (int i = 0; i < 256; i++) out[i] = (uint8_t)i;
    for (size_t i = 0; i < fn; i++) out[es_rd8(f + i)] = (uint8_t)es_rd8(t + i);   /* (may be in flash) */
    return r;
}

/* ---- bytearray mutation ---- */

static ByteArray *ba_of(Value v) {
    if (!bytes_is_bytearray(v)) exc_raise_msg(&exc_TypeError, "descriptor requires a 'bytearray' object but received a '%T'", v);
    return V_PTR(v);
}

M(append) {
    UNUSED;
    ba_of(a[0]);
    uint8_t b = byte_of(a[1]);
    bytearray_append(a[0], &b, 1);
    return V_NONE;
}

M(extend) {
    UNUSED;
    ba_of(a[0]);
    const char *d;
    size_t len;
    if (bytes_get_data(a[1], &d, &len)) {
        Value copy = bytes_new((const uint8_t *)d, len);   /* ba.extend(ba) */
        bytearray_append(a[0], ((Bytes *)V_PTR(copy))->data, len);
        return V_NONE;
    }
    if (int_is_int(a[1])) exc_raise_msg(&exc_TypeError, "can't extend bytearray with %T", a[1]);
    Vstr v;
    vstr_init(&v, 16);
    Value it = obj_getiter(a[1], NULL), x;
    while ((x = obj_iternext(it))) vstr_addc(&v, (char)byte_of(x));
    bytearray_append(a[0], (const uint8_t *)v.buf, v.len);
    vstr_free(&v);
    return V_NONE;
}

M(pop) {
    (void)kw;
    ByteArray *b = ba_of(a[0]);
    Int i = n > 1 ? obj_get_int(a[1]) : -1;
    if (b->len == 0) exc_raise_msg(&exc_IndexError, "pop from empty bytearray");
    if (i < 0) i += (Int)b->len;
    if (i < 0 || (UInt)i >= b->len) exc_raise_msg(&exc_IndexError, "pop index out of range");
    uint8_t c = b->data[i];
    memmove(b->data + i, b->data + i + 1, b->len - (size_t)i - 1);
    b->len--;
    return V_MKINT(c);
}

M(insert) {
    UNUSED;
    ByteArray *b = ba_of(a[0]);
    Int i = obj_get_int(a[1]);
    uint8_t c = byte_of(a[2]);
    if (i < 0 && (i += (Int)b->len) < 0) i = 0;
    if ((UInt)i > b->len) i = (Int)b->len;
    bytearray_reserve(a[0], b->len + 1);
    memmove(b->data + i + 1, b->data + i, b->len - (size_t)i);
    b->data[i] = c;
    b->len++;
    return V_NONE;
}

M(remove) {
    UNUSED;
    ByteArray *b = ba_of(a[0]);
    uint8_t c = byte_of(a[1]);
    uint8_t *p = b->len ? memchr(b->data, c, b->len) : NULL;
    if (!p) exc_raise_msg(&exc_ValueError, "value not found in bytearray");
    memmove(p, p + 1, b->len - (size_t)(p - b->data) - 1);
    b->len--;
    return V_NONE;
}

M(reverse) {
    UNUSED;
    ByteArray *b = ba_of(a[0]);
    for (size_t i = 0, j = b->len; i + 1 < j; i++, j--) {
        uint8_t t = b->data[i];
        b->data[i] = b->data[j - 1];
        b->data[j - 1] = t;
    }
    return V_NONE;
}

M(clear) { UNUSED; ba_of(a[0])->len = 0; return V_NONE; }
M(copy) { UNUSED; ByteArray *b = ba_of(a[0]); return bytearray_new(b->data, b->len); }

static NATIVE_METHOD_KW(decode_fn, decode, 0, 2, b_decode);
static NATIVE_METHOD_KW(hex_fn, hex, 0, 2, b_hex);
static const NativeFunc fromhex_fn = {{&native_fn_type}, b_fromhex, NFN_INFO(N_fromhex, 2, 2, 0)};
static const Cell fromhex_cm = {{&classmethod_type}, V_FROMPTR(&fromhex_fn)};
static NATIVE_METHOD_KW(translate_fn, translate, 1, 2, b_translate);
static const NativeFunc maketrans_fn = {{&native_fn_type}, b_maketrans, NFN_INFO(N_maketrans, 2, 2, 0)};
static const Cell maketrans_sm = {{&staticmethod_type}, V_FROMPTR(&maketrans_fn)};
static NATIVE_METHOD(append_fn, append, 1, 1, b_append);
static NATIVE_METHOD(extend_fn, extend, 1, 1, b_extend);
static NATIVE_METHOD(pop_fn, pop, 0, 1, b_pop);
static NATIVE_METHOD(insert_fn, insert, 2, 2, b_insert);
static NATIVE_METHOD(remove_fn, remove, 1, 1, b_remove);
static NATIVE_METHOD(reverse_fn, reverse, 0, 0, b_reverse);
static NATIVE_METHOD(clear_fn, clear, 0, 0, b_clear);
static NATIVE_METHOD(copy_fn, copy, 0, 0, b_copy);

static const MapEntry bytes_table[] = {
    METHOD_ENTRY(__getitem__, text_getitem_fn),
    METHOD_ENTRY(capitalize, text_capitalize_fn),
    METHOD_ENTRY(center, text_center_fn),
    METHOD_ENTRY(count, text_count_fn),
    METHOD_ENTRY(decode, decode_fn),
    METHOD_ENTRY(endswith, text_endswith_fn),
    METHOD_ENTRY(expandtabs, text_expandtabs_fn),
    METHOD_ENTRY(find, text_find_fn),
    METHOD_ENTRY(fromhex, fromhex_cm),
    METHOD_ENTRY(hex, hex_fn),
    METHOD_ENTRY(index, text_index_fn),
    METHOD_ENTRY(isalnum, text_isalnum_fn),
    METHOD_ENTRY(isalpha, text_isalpha_fn),
    METHOD_ENTRY(isascii, text_isascii_fn),
    METHOD_ENTRY(isdigit, text_isdigit_fn),
    METHOD_ENTRY(islower, text_islower_fn),
    METHOD_ENTRY(isspace, text_isspace_fn),
    METHOD_ENTRY(istitle, text_istitle_fn),
    METHOD_ENTRY(isupper, text_isupper_fn),
    METHOD_ENTRY(join, text_join_fn),
    METHOD_ENTRY(ljust, text_ljust_fn),
    METHOD_ENTRY(lower, text_lower_fn),
    METHOD_ENTRY(lstrip, text_lstrip_fn),
    METHOD_ENTRY(maketrans, maketrans_sm),
    METHOD_ENTRY(partition, text_partition_fn),
    METHOD_ENTRY(removeprefix, text_removeprefix_fn),
    METHOD_ENTRY(removesuffix, text_removesuffix_fn),
    METHOD_ENTRY(replace, text_replace_fn),
    METHOD_ENTRY(rfind, text_rfind_fn),
    METHOD_ENTRY(rindex, text_rindex_fn),
    METHOD_ENTRY(rjust, text_rjust_fn),
    METHOD_ENTRY(rpartition, text_rpartition_fn),
    METHOD_ENTRY(rsplit, text_rsplit_fn),
    METHOD_ENTRY(rstrip, text_rstrip_fn),
    METHOD_ENTRY(split, text_split_fn),
    METHOD_ENTRY(splitlines, text_splitlines_fn),
    METHOD_ENTRY(startswith, text_startswith_fn),
    METHOD_ENTRY(strip, text_strip_fn),
    METHOD_ENTRY(swapcase, text_swapcase_fn),
    METHOD_ENTRY(title, text_title_fn),
    METHOD_ENTRY(translate, translate_fn),
    METHOD_ENTRY(upper, text_upper_fn),
    METHOD_ENTRY(zfill, text_zfill_fn),
};
const Dict bytes_locals = DICT_CONST_INIT(bytes_table);

static const MapEntry bytearray_table[] = {
    METHOD_ENTRY(__getitem__, text_getitem_fn),
    METHOD_ENTRY(append, append_fn),
    METHOD_ENTRY(capitalize, text_capitalize_fn),
    METHOD_ENTRY(center, text_center_fn),
    METHOD_ENTRY(clear, clear_fn),
    METHOD_ENTRY(copy, copy_fn),
    METHOD_ENTRY(count, text_count_fn),
    METHOD_ENTRY(decode, decode_fn),
    METHOD_ENTRY(endswith, text_endswith_fn),
    METHOD_ENTRY(expandtabs, text_expandtabs_fn),
    METHOD_ENTRY(extend, extend_fn),
    METHOD_ENTRY(find, text_find_fn),
    METHOD_ENTRY(fromhex, fromhex_cm),
    METHOD_ENTRY(hex, hex_fn),
    METHOD_ENTRY(index, text_index_fn),
    METHOD_ENTRY(insert, insert_fn),
    METHOD_ENTRY(isalnum, text_isalnum_fn),
    METHOD_ENTRY(isalpha, text_isalpha_fn),
    METHOD_ENTRY(isascii, text_isascii_fn),
    METHOD_ENTRY(isdigit, text_isdigit_fn),
    METHOD_ENTRY(islower, text_islower_fn),
    METHOD_ENTRY(isspace, text_isspace_fn),
    METHOD_ENTRY(istitle, text_istitle_fn),
    METHOD_ENTRY(isupper, text_isupper_fn),
    METHOD_ENTRY(join, text_join_fn),
    METHOD_ENTRY(ljust, text_ljust_fn),
    METHOD_ENTRY(lower, text_lower_fn),
    METHOD_ENTRY(lstrip, text_lstrip_fn),
    METHOD_ENTRY(maketrans, maketrans_sm),
    METHOD_ENTRY(partition, text_partition_fn),
    METHOD_ENTRY(pop, pop_fn),
    METHOD_ENTRY(remove, remove_fn),
    METHOD_ENTRY(removeprefix, text_removeprefix_fn),
    METHOD_ENTRY(removesuffix, text_removesuffix_fn),
    METHOD_ENTRY(replace, text_replace_fn),
    METHOD_ENTRY(reverse, reverse_fn),
    METHOD_ENTRY(rfind, text_rfind_fn),
    METHOD_ENTRY(rindex, text_rindex_fn),
    METHOD_ENTRY(rjust, text_rjust_fn),
    METHOD_ENTRY(rpartition, text_rpartition_fn),
    METHOD_ENTRY(rsplit, text_rsplit_fn),
    METHOD_ENTRY(rstrip, text_rstrip_fn),
    METHOD_ENTRY(split, text_split_fn),
    METHOD_ENTRY(splitlines, text_splitlines_fn),
    METHOD_ENTRY(startswith, text_startswith_fn),
    METHOD_ENTRY(strip, text_strip_fn),
    METHOD_ENTRY(swapcase, text_swapcase_fn),
    METHOD_ENTRY(title, text_title_fn),
    METHOD_ENTRY(translate, translate_fn),
    METHOD_ENTRY(upper, text_upper_fn),
    METHOD_ENTRY(zfill, text_zfill_fn),
};
const Dict bytearray_locals = DICT_CONST_INIT(bytearray_table);
