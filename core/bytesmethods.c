/* The methods of bytes and bytearray. */
#include <string.h>
#include "objbytes.h"
#include "objstr.h"
#include "objint.h"
#include "objtuple.h"
#include "objlist.h"
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
    if (!bytes_get_data(v, &d, len)) exc_raise_msg(&exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(v));
    return d;
}

static Value same_kind(Value self, const char *d, size_t n) {
    if (bytes_is_bytearray(self)) return bytearray_new((const uint8_t *)d, n);
    return bytes_new((const uint8_t *)d, n);
}

M(decode) {
    static const uint16_t names[] = {N_encoding, N_errors};
    Value o[2];
    arg_parse("decode", a + 1, n - 1, kw, 2, names, 2, o);
    return bytes_decode(a[0], o[0], o[1]);
}

M(hex) {
    UNUSED;
    size_t len;
    const char *d = data_of(a[0], &len);
    Value sepv = n > 1 ? a[1] : V_NULL;
    Int every = n > 2 ? obj_get_int(a[2]) : 1;
    Vstr v;
    vstr_init(&v, len * 3 + 1);
    const char *sep = NULL;
    size_t sn = 0;
    if (sepv) {
        if (str_is(sepv)) sep = str_data(sepv, &sn);
        else sep = data_of(sepv, &sn);
        if (sn != 1) exc_raise_msg(&exc_ValueError, "sep must be length 1.");
    }
    for (size_t i = 0; i < len; i++) {
        if (sep && i > 0 && every != 0) {
            size_t pos = every > 0 ? len - i : i;
            Int e = every > 0 ? every : -every;
            if (every > 0 ? (pos % (size_t)e == 0) : (i % (size_t)e == 0)) vstr_add(&v, sep, sn);
        }
        uint8_t c = (uint8_t)d[i];
        vstr_addc(&v, "0123456789abcdef"[c >> 4]);
        vstr_addc(&v, "0123456789abcdef"[c & 15]);
    }
    return vstr_to_str(&v);
}

static int hexv(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

M(fromhex) {
    UNUSED;
    /* classmethod: a[0] is the class */
    if (!str_is(a[1])) exc_raise_msg(&exc_TypeError, "fromhex() argument must be str, not %s", obj_type_name(a[1]));
    size_t len;
    const char *s = str_data(a[1], &len);
    Vstr v;
    vstr_init(&v, len / 2 + 1);
    size_t i = 0;
    while (i < len) {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v') { i++; continue; }
        int hi = hexv(s[i]);
        int lo = i + 1 < len ? hexv(s[i + 1]) : -1;
        if (hi < 0 || lo < 0)
            exc_raise_msg(&exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %d", (int)(hi < 0 ? i : i + 1));
        vstr_addc(&v, (char)(hi * 16 + lo));
        i += 2;
    }
    Value r = a[0] == V_FROMPTR(&bytearray_type) ? bytearray_new((const uint8_t *)v.buf, v.len) : vstr_to_bytes(&v);
    if (a[0] != V_FROMPTR(&bytes_type) && a[0] != V_FROMPTR(&bytearray_type)) return obj_call1(a[0], r);
    return r;
}

M(join) {
    UNUSED;
    size_t sn;
    const char *sep = data_of(a[0], &sn);
    Vstr v;
    vstr_init(&v, 32);
    Value it = obj_getiter(a[1], NULL), x;
    size_t i = 0;
    while ((x = obj_iternext(it))) {
        const char *d;
        size_t len;
        if (!bytes_get_data(x, &d, &len))
            exc_raise_msg(&exc_TypeError, "sequence item %d: expected a bytes-like object, %s found", (int)i, obj_type_name(x));
        if (i) vstr_add(&v, sep, sn);
        vstr_add(&v, d, len);
        i++;
    }
    Value r = same_kind(a[0], v.buf, v.len);
    vstr_free(&v);
    return r;
}

static Int find_in(const char *h, size_t hn, const char *nd, size_t nn, size_t start, size_t end, bool rev) {
    if (end > hn) end = hn;
    if (start > end || nn > end - start) return -1;
    if (!rev) {
        for (size_t i = start; i + nn <= end; i++) if (memcmp(h + i, nd, nn) == 0) return (Int)i;
    } else {
        for (size_t i = end - nn + 1; i-- > start;) if (memcmp(h + i, nd, nn) == 0) return (Int)i;
    }
    return -1;
}

static const char *needle(Value v, size_t *len, char *one) {
    if (int_is_int(v)) {
        Int c = obj_get_int(v);
        if (c < 0 || c > 255) exc_raise_msg(&exc_ValueError, "byte must be in range(0, 256)");
        *one = (char)c;
        *len = 1;
        return one;
    }
    return data_of(v, len);
}

static void range_args(Value *a, int n, size_t len, size_t *s, size_t *e) {
    Int start = 0, end = (Int)len;
    if (n > 0 && a[0] != V_NONE) { start = obj_get_int(a[0]); if (start < 0) { start += (Int)len; if (start < 0) start = 0; } }
    if (n > 1 && a[1] != V_NONE) { end = obj_get_int(a[1]); if (end < 0) { end += (Int)len; if (end < 0) end = 0; } }
    *s = (size_t)start;
    *e = (size_t)end;
}

static Value do_find(Value *a, int n, bool rev, bool raise) {
    size_t hn, nn, s, e;
    char one;
    const char *h = data_of(a[0], &hn);
    const char *nd = needle(a[1], &nn, &one);
    range_args(a + 2, n - 2, hn, &s, &e);
    Int r = find_in(h, hn, nd, nn, s, e, rev);
    if (r < 0 && raise) exc_raise_msg(&exc_ValueError, "subsection not found");
    return V_MKINT(r);
}

M(find) { (void)kw; return do_find(a, n, false, false); }
M(rfind) { (void)kw; return do_find(a, n, true, false); }
M(index) { (void)kw; return do_find(a, n, false, true); }
M(rindex) { (void)kw; return do_find(a, n, true, true); }

M(count) {
    (void)kw;
    size_t hn, nn, s, e;
    char one;
    const char *h = data_of(a[0], &hn);
    const char *nd = needle(a[1], &nn, &one);
    range_args(a + 2, n - 2, hn, &s, &e);
    if (e > hn) e = hn;
    if (s > e) return V_MKINT(0);
    if (nn == 0) return V_MKINT((Int)(e - s) + 1);
    Int c = 0;
    for (size_t i = s; i + nn <= e;) {
        if (memcmp(h + i, nd, nn) == 0) { c++; i += nn; }
        else i++;
    }
    return V_MKINT(c);
}

static Value starts_ends(Value *a, int n, bool end) {
    size_t hn, s, e;
    const char *h = data_of(a[0], &hn);
    range_args(a + 2, n - 2, hn, &s, &e);
    if (e > hn) e = hn;
    Value p = a[1];
    Value *items = &p;
    size_t count = 1;
    if (is_type(p, &tuple_type)) { items = tuple_items(p); count = tuple_len(p); }
    for (size_t i = 0; i < count; i++) {
        size_t pn;
        const char *pd;
        if (!bytes_get_data(items[i], &pd, &pn))
            exc_raise_msg(&exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", end ? "endswith" : "startswith", obj_type_name(items[i]));
        if (s <= e && pn <= e - s && memcmp(h + (end ? e - pn : s), pd, pn) == 0) return V_TRUE;
    }
    return V_FALSE;
}

M(startswith) { (void)kw; return starts_ends(a, n, false); }
M(endswith) { (void)kw; return starts_ends(a, n, true); }

static bool is_ws(uint8_t c) { return c == ' ' || (c >= 9 && c <= 13); }

M(split) {
    static const uint16_t names[] = {N_sep, N_maxsplit};
    Value o[2];
    arg_parse("split", a + 1, n - 1, kw, 2, names, 2, o);
    Int maxsplit = o[1] ? obj_get_int(o[1]) : -1;
    size_t len;
    const char *d = data_of(a[0], &len);
    Value l = list_new(0);
    if (!o[0] || o[0] == V_NONE) {
        size_t i = 0;
        while (i < len) {
            while (i < len && is_ws((uint8_t)d[i])) i++;
            if (i >= len) break;
            if (maxsplit >= 0 && (Int)list_len(l) >= maxsplit) {
                size_t e = len;
                while (e > i && is_ws((uint8_t)d[e - 1])) e--;
                list_append(l, same_kind(a[0], d + i, e - i));
                break;
            }
            size_t j = i;
            while (j < len && !is_ws((uint8_t)d[j])) j++;
            list_append(l, same_kind(a[0], d + i, j - i));
            i = j;
        }
        return l;
    }
    size_t sn;
    const char *sep = data_of(o[0], &sn);
    if (sn == 0) exc_raise_msg(&exc_ValueError, "empty separator");
    size_t i = 0;
    for (;;) {
        Int k = maxsplit >= 0 && (Int)list_len(l) >= maxsplit ? -1 : find_in(d, len, sep, sn, i, len, false);
        if (k < 0) { list_append(l, same_kind(a[0], d + i, len - i)); break; }
        list_append(l, same_kind(a[0], d + i, (size_t)k - i));
        i = (size_t)k + sn;
    }
    return l;
}

static Value do_strip(Value *a, int n, int which) {
    size_t len, cn = 0;
    const char *d = data_of(a[0], &len);
    const char *chars = NULL;
    if (n > 1 && a[1] != V_NONE) chars = data_of(a[1], &cn);
    size_t b = 0, e = len;
    if (which != 2) while (b < e && (chars ? memchr(chars, d[b], cn) != NULL : is_ws((uint8_t)d[b]))) b++;
    if (which != 1) while (e > b && (chars ? memchr(chars, d[e - 1], cn) != NULL : is_ws((uint8_t)d[e - 1]))) e--;
    return same_kind(a[0], d + b, e - b);
}

M(strip) { (void)kw; return do_strip(a, n, 0); }
M(lstrip) { (void)kw; return do_strip(a, n, 1); }
M(rstrip) { (void)kw; return do_strip(a, n, 2); }

M(replace) {
    (void)kw;
    size_t hn, on, nn;
    const char *h = data_of(a[0], &hn);
    const char *old = data_of(a[1], &on);
    const char *nw = data_of(a[2], &nn);
    Int count = n > 3 ? obj_get_int(a[3]) : -1;
    Vstr v;
    vstr_init(&v, hn + 8);
    size_t i = 0;
    Int done = 0;
    if (on == 0) {
        for (size_t k = 0; k <= hn; k++) {
            if (count < 0 || done < count) { vstr_add(&v, nw, nn); done++; }
            if (k < hn) vstr_addc(&v, h[k]);
        }
    } else {
        while (i < hn) {
            Int k = (count >= 0 && done >= count) ? -1 : find_in(h, hn, old, on, i, hn, false);
            if (k < 0) break;
            vstr_add(&v, h + i, (size_t)k - i);
            vstr_add(&v, nw, nn);
            i = (size_t)k + on;
            done++;
        }
        vstr_add(&v, h + i, hn - i);
    }
    Value r = same_kind(a[0], v.buf, v.len);
    vstr_free(&v);
    return r;
}

static Value map_bytes(Value self, int mode) {
    size_t len;
    const char *d = data_of(self, &len);
    Vstr v;
    vstr_init(&v, len);
    for (size_t i = 0; i < len; i++) {
        char c = d[i];
        if (mode == 0 && c >= 'a' && c <= 'z') c = (char)(c - 32);
        else if (mode == 1 && c >= 'A' && c <= 'Z') c = (char)(c + 32);
        vstr_addc(&v, c);
    }
    Value r = same_kind(self, v.buf, v.len);
    vstr_free(&v);
    return r;
}

M(upper) { UNUSED; return map_bytes(a[0], 0); }
M(lower) { UNUSED; return map_bytes(a[0], 1); }

static Value all_bytes(Value self, int kind) {
    size_t len;
    const char *d = data_of(self, &len);
    if (len == 0) return V_FALSE;
    for (size_t i = 0; i < len; i++) {
        uint8_t c = (uint8_t)d[i];
        bool ok = kind == 0 ? (c >= '0' && c <= '9') : kind == 1 ? ((c | 32) >= 'a' && (c | 32) <= 'z')
                : kind == 2 ? is_ws(c) : ((c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z'));
        if (!ok) return V_FALSE;
    }
    return V_TRUE;
}

M(isdigit) { UNUSED; return all_bytes(a[0], 0); }
M(isalpha) { UNUSED; return all_bytes(a[0], 1); }
M(isspace) { UNUSED; return all_bytes(a[0], 2); }
M(isalnum) { UNUSED; return all_bytes(a[0], 3); }

M(partition) {
    UNUSED;
    size_t hn, sn;
    const char *h = data_of(a[0], &hn);
    const char *sep = data_of(a[1], &sn);
    if (sn == 0) exc_raise_msg(&exc_ValueError, "empty separator");
    Int k = find_in(h, hn, sep, sn, 0, hn, false);
    Value t[3];
    if (k < 0) { t[0] = a[0]; t[1] = same_kind(a[0], "", 0); t[2] = same_kind(a[0], "", 0); }
    else { t[0] = same_kind(a[0], h, (size_t)k); t[1] = a[1]; t[2] = same_kind(a[0], h + k + sn, hn - (size_t)k - sn); }
    return tuple_from_array(t, 3);
}

/* ---- bytearray mutation ---- */

M(append) {
    UNUSED;
    Int c = obj_get_int(a[1]);
    if (c < 0 || c > 255) exc_raise_msg(&exc_ValueError, "byte must be in range(0, 256)");
    uint8_t b = (uint8_t)c;
    bytearray_append(a[0], &b, 1);
    return V_NONE;
}

M(extend) {
    UNUSED;
    const char *d;
    size_t len;
    if (bytes_get_data(a[1], &d, &len)) {
        Value copy = bytes_new((const uint8_t *)d, len);
        bytes_get_data(copy, &d, &len);
        bytearray_append(a[0], (const uint8_t *)d, len);
        return V_NONE;
    }
    if (str_is(a[1])) exc_raise_msg(&exc_TypeError, "expected iterable of integers; got: 'str'");
    Value it = obj_getiter(a[1], NULL), x;
    while ((x = obj_iternext(it))) {
        Int c = obj_get_int(x);
        if (c < 0 || c > 255) exc_raise_msg(&exc_ValueError, "byte must be in range(0, 256)");
        uint8_t b = (uint8_t)c;
        bytearray_append(a[0], &b, 1);
    }
    return V_NONE;
}

M(pop) {
    (void)kw;
    ByteArray *b = V_PTR(a[0]);
    if (b->len == 0) exc_raise_msg(&exc_IndexError, "pop from empty bytearray");
    Int i = n > 1 ? obj_get_int(a[1]) : -1;
    if (i < 0) i += (Int)b->len;
    if (i < 0 || (UInt)i >= b->len) exc_raise_msg(&exc_IndexError, "pop index out of range");
    uint8_t c = b->data[i];
    memmove(b->data + i, b->data + i + 1, b->len - (size_t)i - 1);
    b->len--;
    return V_MKINT(c);
}

M(insert) {
    UNUSED;
    ByteArray *b = V_PTR(a[0]);
    Int i = obj_get_int(a[1]);
    Int c = obj_get_int(a[2]);
    if (c < 0 || c > 255) exc_raise_msg(&exc_ValueError, "byte must be in range(0, 256)");
    if (i < 0) { i += (Int)b->len; if (i < 0) i = 0; }
    if ((UInt)i > b->len) i = (Int)b->len;
    bytearray_reserve(a[0], b->len + 1);
    memmove(b->data + i + 1, b->data + i, b->len - (size_t)i);
    b->data[i] = (uint8_t)c;
    b->len++;
    return V_NONE;
}

M(remove) {
    UNUSED;
    ByteArray *b = V_PTR(a[0]);
    Int c = obj_get_int(a[1]);
    for (size_t i = 0; i < b->len; i++)
        if (b->data[i] == c) {
            memmove(b->data + i, b->data + i + 1, b->len - i - 1);
            b->len--;
            return V_NONE;
        }
    exc_raise_msg(&exc_ValueError, "value not found in bytearray");
}

M(reverse) {
    UNUSED;
    ByteArray *b = V_PTR(a[0]);
    for (size_t i = 0; i < b->len / 2; i++) {
        uint8_t t = b->data[i];
        b->data[i] = b->data[b->len - 1 - i];
        b->data[b->len - 1 - i] = t;
    }
    return V_NONE;
}

M(clear) { UNUSED; ((ByteArray *)V_PTR(a[0]))->len = 0; return V_NONE; }
M(copy) { UNUSED; ByteArray *b = V_PTR(a[0]); return bytearray_new(b->data, b->len); }

static NATIVE_METHOD_KW(decode_fn, decode, 0, 2, b_decode);
static NATIVE_METHOD(hex_fn, hex, 0, 2, b_hex);
static const NativeFunc fromhex_fn = {{&native_fn_type}, b_fromhex, V_MKNAME(N_fromhex), 2, 2, 0};
static const Cell fromhex_cm = {{&classmethod_type}, V_FROMPTR(&fromhex_fn)};
static NATIVE_METHOD(join_fn, join, 1, 1, b_join);
static NATIVE_METHOD(find_fn, find, 1, 3, b_find);
static NATIVE_METHOD(rfind_fn, rfind, 1, 3, b_rfind);
static NATIVE_METHOD(index_fn, index, 1, 3, b_index);
static NATIVE_METHOD(rindex_fn, rindex, 1, 3, b_rindex);
static NATIVE_METHOD(count_fn, count, 1, 3, b_count);
static NATIVE_METHOD(startswith_fn, startswith, 1, 3, b_startswith);
static NATIVE_METHOD(endswith_fn, endswith, 1, 3, b_endswith);
static NATIVE_METHOD_KW(split_fn, split, 0, 2, b_split);
static NATIVE_METHOD(strip_fn, strip, 0, 1, b_strip);
static NATIVE_METHOD(lstrip_fn, lstrip, 0, 1, b_lstrip);
static NATIVE_METHOD(rstrip_fn, rstrip, 0, 1, b_rstrip);
static NATIVE_METHOD(replace_fn, replace, 2, 3, b_replace);
static NATIVE_METHOD(upper_fn, upper, 0, 0, b_upper);
static NATIVE_METHOD(lower_fn, lower, 0, 0, b_lower);
static NATIVE_METHOD(isdigit_fn, isdigit, 0, 0, b_isdigit);
static NATIVE_METHOD(isalpha_fn, isalpha, 0, 0, b_isalpha);
static NATIVE_METHOD(isspace_fn, isspace, 0, 0, b_isspace);
static NATIVE_METHOD(isalnum_fn, isalnum, 0, 0, b_isalnum);
static NATIVE_METHOD(partition_fn, partition, 1, 1, b_partition);
static NATIVE_METHOD(append_fn, append, 1, 1, b_append);
static NATIVE_METHOD(extend_fn, extend, 1, 1, b_extend);
static NATIVE_METHOD(pop_fn, pop, 0, 1, b_pop);
static NATIVE_METHOD(insert_fn, insert, 2, 2, b_insert);
static NATIVE_METHOD(remove_fn, remove, 1, 1, b_remove);
static NATIVE_METHOD(reverse_fn, reverse, 0, 0, b_reverse);
static NATIVE_METHOD(clear_fn, clear, 0, 0, b_clear);
static NATIVE_METHOD(copy_fn, copy, 0, 0, b_copy);

static const MapEntry bytes_table[] = {
    METHOD_ENTRY(count, count_fn),
    METHOD_ENTRY(decode, decode_fn),
    METHOD_ENTRY(endswith, endswith_fn),
    METHOD_ENTRY(find, find_fn),
    METHOD_ENTRY(fromhex, fromhex_cm),
    METHOD_ENTRY(hex, hex_fn),
    METHOD_ENTRY(index, index_fn),
    METHOD_ENTRY(isalnum, isalnum_fn),
    METHOD_ENTRY(isalpha, isalpha_fn),
    METHOD_ENTRY(isdigit, isdigit_fn),
    METHOD_ENTRY(isspace, isspace_fn),
    METHOD_ENTRY(join, join_fn),
    METHOD_ENTRY(lower, lower_fn),
    METHOD_ENTRY(lstrip, lstrip_fn),
    METHOD_ENTRY(partition, partition_fn),
    METHOD_ENTRY(replace, replace_fn),
    METHOD_ENTRY(rfind, rfind_fn),
    METHOD_ENTRY(rindex, rindex_fn),
    METHOD_ENTRY(rstrip, rstrip_fn),
    METHOD_ENTRY(split, split_fn),
    METHOD_ENTRY(startswith, startswith_fn),
    METHOD_ENTRY(strip, strip_fn),
    METHOD_ENTRY(upper, upper_fn),
};
const Dict bytes_locals = DICT_CONST_INIT(bytes_table);

static const MapEntry bytearray_table[] = {
    METHOD_ENTRY(append, append_fn),
    METHOD_ENTRY(clear, clear_fn),
    METHOD_ENTRY(copy, copy_fn),
    METHOD_ENTRY(count, count_fn),
    METHOD_ENTRY(decode, decode_fn),
    METHOD_ENTRY(endswith, endswith_fn),
    METHOD_ENTRY(extend, extend_fn),
    METHOD_ENTRY(find, find_fn),
    METHOD_ENTRY(fromhex, fromhex_cm),
    METHOD_ENTRY(hex, hex_fn),
    METHOD_ENTRY(index, index_fn),
    METHOD_ENTRY(insert, insert_fn),
    METHOD_ENTRY(isalnum, isalnum_fn),
    METHOD_ENTRY(isalpha, isalpha_fn),
    METHOD_ENTRY(isdigit, isdigit_fn),
    METHOD_ENTRY(isspace, isspace_fn),
    METHOD_ENTRY(join, join_fn),
    METHOD_ENTRY(lower, lower_fn),
    METHOD_ENTRY(lstrip, lstrip_fn),
    METHOD_ENTRY(partition, partition_fn),
    METHOD_ENTRY(pop, pop_fn),
    METHOD_ENTRY(remove, remove_fn),
    METHOD_ENTRY(replace, replace_fn),
    METHOD_ENTRY(reverse, reverse_fn),
    METHOD_ENTRY(rfind, rfind_fn),
    METHOD_ENTRY(rindex, rindex_fn),
    METHOD_ENTRY(rstrip, rstrip_fn),
    METHOD_ENTRY(split, split_fn),
    METHOD_ENTRY(startswith, startswith_fn),
    METHOD_ENTRY(strip, strip_fn),
    METHOD_ENTRY(upper, upper_fn),
};
const Dict bytearray_locals = DICT_CONST_INIT(bytearray_table);
