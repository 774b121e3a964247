/* The binascii module: hex and base64 conversions and CRC-32, with CPython's argument rules
 * and messages.  The base64 and CRC work is done by lib/base64.c and lib/crc32.c. */
#include <stddef.h>
#include <string.h>
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objint.h"
#include "objstr.h"
#include "objbytes.h"
#include "objdict.h"
#include "objfun.h"
#include "objmodule.h"
#include "vstr.h"
#include "base64.h"
#include "crc32.h"

/* binascii.Error, a ValueError */
TYPE_HEAD_ONLY(binascii_error_type, TF_BASETYPE | TF_EXCEPTION | TF_HAS_DICT,
    .type = &type_type, .name = V_MKNAME(N_Error), .base = &exc_ValueError,
    .instance_size = sizeof(Exception), .dict_offset = offsetof(Exception, attrs));

/* Input of the b2a_ functions: any bytes-like object. */
static void ba_bytes_arg(Value v, const char **d, size_t *n) {
    if (!bytes_get_data(v, d, n))
        exc_raise_msg(&exc_TypeError, "a bytes-like object is required, not '%T'", v);
}

/* Input of the a2b_ functions: bytes-like, or a str of ASCII characters. */
static void ba_ascii_arg(Value v, const char **d, size_t *n) {
    if (str_is(v)) {
        *d = str_data(v, n);
        if (str_nchars(v) != *n) exc_raise_msg(&exc_ValueError, "string argument should contain only ASCII characters");
        return;
    }
    if (!bytes_get_data(v, d, n))
        exc_raise_msg(&exc_TypeError, "argument should be bytes, buffer or ASCII string, not '%T'", v);
}


/* hexlify(data, sep=None, bytes_per_sep=1): with a separator, groups of |bytes_per_sep|
 * bytes are counted from the right end (positive) or from the left (negative). */
static Value ba_hexlify(Value *args, int nargs, Value kw) {
    static const uint16_t names[] = {N_data, N_sep, N_bytes_per_sep};
    Value a[3];
    arg_parse("hexlify", args, nargs, kw, 3, names, 3, a);
    if (!a[0]) exc_raise_msg(&exc_TypeError, "hexlify() missing required argument 'data' (pos 1)");
    const char *d;
    size_t n;
    ba_bytes_arg(a[0], &d, &n);
    char sep = 0;
    Int group = 0;
    if (a[1] && a[1] != V_NONE) {
        const char *s;
        size_t sn;
        if (str_is(a[1])) s = str_data(a[1], &sn);
        else if (!bytes_get_data(a[1], &s, &sn))
            exc_raise_msg(&exc_TypeError, "object of type '%T' has no len()", a[1]);
        if (sn != 1) exc_raise_msg(&exc_ValueError, "sep must be length 1.");
        sep = (char)es_rd8(s);   /* (a one-character str is a static name, in flash) */
        if ((uint8_t)sep >= 0x80) exc_raise_msg(&exc_ValueError, "sep must be ASCII.");
        group = a[2] ? obj_get_int(a[2]) : 1;
    }
    size_t k = group < 0 ? (size_t)-group : (size_t)group;
    size_t nsep = (k && n) ? (n - 1) / k : 0;
    Value r = bytes_alloc(2 * n + nsep);
    uint8_t *o = ((Bytes *)V_PTR(r))->data;
    for (size_t i = 0; i < n; i++) {
        if (i && k && (group > 0 ? (n - i) % k : i % k) == 0) *o++ = (uint8_t)sep;
        uint32_t c = es_rd8(d + i);   /* (es_rd8: the data may be a frozen constant, in flash) */
        *o++ = (uint8_t)digit_char(c >> 4);
        *o++ = (uint8_t)digit_char(c & 15);
    }
    return r;
}

static int ba_hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

static Value ba_unhexlify(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    const char *d;
    size_t n;
    ba_ascii_arg(args[0], &d, &n);
    if (n & 1) exc_raise_msg(&binascii_error_type, "Odd-length string");
    Value r = bytes_alloc(n / 2);
    uint8_t *o = ((Bytes *)V_PTR(r))->data;
    for (size_t i = 0; i < n; i += 2) {
        int hi = ba_hexval((char)es_rd8(d + i)), lo = ba_hexval((char)es_rd8(d + i + 1));   /* (as above) */
        if (hi < 0 || lo < 0) exc_raise_msg(&binascii_error_type, "Non-hexadecimal digit found");
        o[i / 2] = (uint8_t)(hi << 4 | lo);
    }
    return r;
}

static Value ba_b2a_base64(Value *args, int nargs, Value kw) {
    static const uint16_t names[] = {N_newline};
    Value nl;
    if (nargs != 1) exc_raise_msg(&exc_TypeError, "b2a_base64() takes exactly 1 positional argument (%d given)", nargs);
    arg_parse("b2a_base64", args + 1, 0, kw, 0, names, 1, &nl);
    const char *d;
    size_t n;
    ba_bytes_arg(args[0], &d, &n);
    int newline = nl ? obj_truthy(nl) : 1;
    Value r = bytes_alloc(base64_encoded_len(n, newline));
    base64_encode(d, n, (char *)((Bytes *)V_PTR(r))->data, newline);
    return r;
}

static Value ba_a2b_base64(Value *args, int nargs, Value kw) {
    static const uint16_t names[] = {N_strict_mode};
    Value strict;
    if (nargs != 1) exc_raise_msg(&exc_TypeError, "a2b_base64() takes exactly 1 positional argument (%d given)", nargs);
    arg_parse("a2b_base64", args + 1, 0, kw, 0, names, 1, &strict);
    const char *d;
    size_t n;
    ba_ascii_arg(args[0], &d, &n);
    Vstr v;
    vstr_init(&v, base64_decoded_max(n) + 1);
    size_t len;
    int err = base64_decode(d, n, (uint8_t *)v.buf, &len, strict ? obj_truthy(strict) : 0);
    if (err == BASE64_ERR_COUNT)
        exc_raise_msg(&binascii_error_type, "Invalid base64-encoded string: number of data characters (%u) "
                      "cannot be 1 more than a multiple of 4", (unsigned)len);
    if (err != BASE64_OK) {
        /* CPython's messages for the other codes (base64.h), from BASE64_ERR_PADDING down */
        const char *m = ES_MSGS("Incorrect padding\0\0Leading padding not allowed\0Excess data after padding\0"
                                "Only base64 data is allowed\0Discontinuous padding not allowed");
        for (int e = BASE64_ERR_PADDING; e > err; e--) m += strlen(m) + 1;
        exc_raise_msg(&binascii_error_type, m);
    }
    v.len = len;
    return vstr_to_bytes(&v);
}

static Value ba_crc32(Value *args, int nargs, Value kw) {
    (void)kw;
    const char *d;
    size_t n;
    ba_bytes_arg(args[0], &d, &n);
    uint32_t crc = 0;
    if (nargs > 1) {
        /* any int: only its low 32 bits count */
        Value v = args[1];
        if (!int_is_int(v)) exc_raise_msg(&exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
        uint8_t b[4];
        if (!V_IS_INT(v)) v = int_binary_op(OP_AND, int_value_of(v), int_from_uint(0xFFFFFFFFu));
        else v = int_from_uint((UInt)V_INT(v) & 0xFFFFFFFFu);
        int_to_bytes(v, b, 4, true, false);
        crc = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
    }
    return int_from_uint(crc32_update(crc, d, n));
}

static NATIVE_FN_KW(ba_hexlify_fn, hexlify, 0, 3, ba_hexlify);
static NATIVE_FN_KW(ba_b2a_hex_fn, b2a_hex, 0, 3, ba_hexlify);
static NATIVE_FN(ba_unhexlify_fn, unhexlify, 1, 1, ba_unhexlify);
static NATIVE_FN(ba_a2b_hex_fn, a2b_hex, 1, 1, ba_unhexlify);
static NATIVE_FN_KW(ba_b2a_base64_fn, b2a_base64, 0, NARGS_ANY, ba_b2a_base64);
static NATIVE_FN_KW(ba_a2b_base64_fn, a2b_base64, 0, NARGS_ANY, ba_a2b_base64);
static NATIVE_FN(ba_crc32_fn, crc32, 1, 2, ba_crc32);

static const MapEntry binascii_table[] = {
    {V_MKNAME(N_Error), V_FROMPTR(&binascii_error_type)},
    {V_MKNAME(N___name__), V_MKNAME(N_binascii)},
    METHOD_ENTRY(a2b_base64, ba_a2b_base64_fn),
    METHOD_ENTRY(a2b_hex, ba_a2b_hex_fn),
    METHOD_ENTRY(b2a_base64, ba_b2a_base64_fn),
    METHOD_ENTRY(b2a_hex, ba_b2a_hex_fn),
    METHOD_ENTRY(crc32, ba_crc32_fn),
    METHOD_ENTRY(hexlify, ba_hexlify_fn),
    METHOD_ENTRY(unhexlify, ba_unhexlify_fn),
};
MODULE_CONST(mod_binascii, binascii_table);
