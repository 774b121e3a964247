/* bytes and bytearray: construction, slots and the core methods.  The text-like methods
 * shared with str are in bytesmethods.c. */
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
#include "print.h"
#include "seq.h"
#include "modarray.h"

Value bytes_alloc(size_t n) {
    Bytes *b = gc_alloc(sizeof(Bytes) + n + 1, GC_LEAF);
    b->base.type = &bytes_type;
    b->len = (uint32_t)n;
    return V_FROMPTR(b);
}

Value bytes_new(const uint8_t *data, size_t n) {
    Value v = bytes_alloc(n);
    if (n) memcpy(((Bytes *)V_PTR(v))->data, data, n);
    return v;
}

Value bytearray_new(const uint8_t *data, size_t n) {
    ByteArray *b = gc_alloc(sizeof(ByteArray), 0);
    b->base.type = &bytearray_type;
    if (n) {
        b->data = gc_alloc(n, GC_LEAF);
        memcpy(b->data, data, n);
        b->alloc = n;
    }
    b->len = n;
    return V_FROMPTR(b);
}

bool bytes_get_data(Value v, const char **data, size_t *len) {
    if (!V_IS_PTR(v)) return false;
    const Type *t = V_OBJ(v)->type;
    if (t == &bytes_type || (type_is_heap(t) && type_is_subtype(t, &bytes_type))) {
        *data = (const char *)((Bytes *)V_PTR(v))->data;
        *len = ((Bytes *)V_PTR(v))->len;
        return true;
    }
    if (t == &bytearray_type || (type_is_heap(t) && type_is_subtype(t, &bytearray_type))) {
        *data = (const char *)((ByteArray *)V_PTR(v))->data;
        *len = ((ByteArray *)V_PTR(v))->len;
        if (!*data) *data = "";
        return true;
    }
    if (t == &memoryview_type) {
        return bytes_get_data(((MemoryView *)V_PTR(v))->obj, data, len) &&
               (*data += ((MemoryView *)V_PTR(v))->start, *len = ((MemoryView *)V_PTR(v))->len, true);
    }
    uint8_t *ad;   /* array.array exports its items' bytes */
    if (array_get_buffer(v, &ad, len)) return *data = (const char *)ad, true;
    return false;
}

bool bytes_is_bytearray(Value v) { return V_IS_PTR(v) && is_instance_of(v, &bytearray_type); }

const uint8_t *bytes_arg(Value v, size_t *len) {
    const char *d;
    if (!bytes_get_data(v, &d, len))
        exc_raise_msg(&exc_TypeError, "a bytes-like object is required, not '%T'", v);
    return (const uint8_t *)d;
}

uint8_t *bytes_writable_data(Value v, size_t *len) {
    const char *d;
    if (!bytes_get_data(v, &d, len) || is_instance_of(v, &bytes_type)) return NULL;
    if (is_type(v, &memoryview_type) && !bytes_is_bytearray(((MemoryView *)V_PTR(v))->obj)) return NULL;
    return (uint8_t *)d;
}

uint8_t *bytes_writable_arg(Value v, size_t *len) {
    uint8_t *d = bytes_writable_data(v, len);
    if (!d) exc_raise_msg(&exc_TypeError, "a writable buffer is required, not %T", v);
    return d;
}

void bytearray_reserve(Value ba, size_t n) {
    ByteArray *b = V_PTR(ba);
    if (n <= b->alloc) return;
    size_t a = b->alloc ? b->alloc * 2 : 16;
    if (a < n) a = n;
    b->data = gc_realloc(b->data, a, GC_LEAF);
    b->alloc = a;
}

void bytearray_append(Value ba, const uint8_t *data, size_t n) {
    ByteArray *b = V_PTR(ba);
    bytearray_reserve(ba, b->len + n);
    memmove(b->data + b->len, data, n);
    b->len += n;
}

/* Bytes from any "bytes-like" source or iterable of ints (the constructors' rules; `what` is
 * "bytes" or "bytearray", and NULL for a bytearray slice assignment). */
static void bytes_collect(Value src, Vstr *out, const char *what) {
    const char *d;
    size_t n;
    if (bytes_get_data(src, &d, &n)) {
        vstr_add(out, d, n);
        return;
    }
    if (!what && (str_is(src) || int_is_int(src)))
        exc_raise_msg(&exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    if (str_is(src)) exc_raise_msg(&exc_TypeError, "string argument without an encoding");
    if (int_is_int(src) || type_lookup(type_of(src), V_MKNAME(N___index__))) {
        Int k = obj_get_int(src);
        if (k < 0) exc_raise_msg(&exc_ValueError, "negative count");
        memset(vstr_extend(out, (size_t)k), 0, (size_t)k);
        return;
    }
    if (!obj_is_iterable(src))
        exc_raise_msg(&exc_TypeError, "cannot convert '%T' object to %s", src, what ? what : "bytearray");
    Value it = obj_getiter(src, NULL), x;
    while ((x = obj_iternext(it))) {
        Int b = obj_get_int(x);
        if (b < 0 || b > 255)
            exc_raise_msg(&exc_ValueError, what && strcmp(what, "bytes") == 0 ? ES_MSG("bytes must be in range(0, 256)") : ES_MSG("byte must be in range(0, 256)"));
        vstr_addc(out, (char)b);
    }
}

/* ---------------- codecs: utf-8, ascii, latin-1 ---------------- */

enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 };
static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

/* The codec of an encoding name, by CPython's normalisation (case, '-' and ' ' as '_') and
 * the usual aliases; LookupError for the others. */
static int codec_of(Value encoding) {
    if (!encoding) return CODEC_UTF8;
    size_t n;
    const char *e = str_data(encoding, &n);
    char low[20];
    size_t k = 0;
    for (size_t i = 0; i < n && k < sizeof low - 1; i++) {
        char c = (char)es_rd8(e + i);   /* (the name may be a static one, in flash) */
        low[k++] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c == '-' || c == ' ' ? '_' : c;
    }
    low[k] = 0;
    static const char *const names[] = {
        "utf_8", "utf8", "u8", "utf", "", "ascii", "us_ascii", "646", "", "latin_1", "latin1", "iso8859_1",
        "iso_8859_1", "l1", "latin", "cp819", "8859", NULL,
    };
    if (k < n) k = 0;   /* too long to be one of them */
    int codec = 0;
    for (int i = 0; names[i]; i++) {
        if (!es_rd8(names[i])) codec++;   /* ("" separates the codecs; literals are in flash) */
        else if (k && strcmp(low, names[i]) == 0) return codec;
    }
    exc_raise_msg(&exc_LookupError, "unknown encoding: %v", encoding);
}

enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLREF };

/* The error handler (looked up when an error happens, as CPython does). */
static int handler_of(Value errors) {
    if (!errors) return ERR_STRICT;
    size_t n;
    const char *e = str_data(errors, &n);
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"};
    for (int i = 0; i < 5; i++)
        if (strlen(names[i]) == n && memcmp(e, names[i], n) == 0) return i;
    exc_raise_msg(&exc_LookupError, "unknown error handler name '%n'", errors);
}

/* reason: a compressed text (ES_MSG) */
static ES_NORETURN void codec_error(const Type *t, int codec, Value obj, size_t start, size_t end, const char *reason) {
    Value args[5] = {str_new_cstr(codec_names[codec]), obj, V_MKINT(start), V_MKINT(end), str_from_text(reason)};
    exc_raise(exc_new(t, tuple_from_array(args, 5)));
}

Value str_encode(Value s, Value encoding, Value errors) {
    size_t n;
    const char *d = str_data(s, &n);
    int codec = codec_of(encoding);
    size_t limit = codec == CODEC_ASCII ? 0x80 : codec == CODEC_LATIN1 ? 0x100 : 0x110000;
    /* the fast case: nothing to convert or reject */
    bool plain = str_nchars(s) == n || codec == CODEC_UTF8;
    /* (memchr and es_rd8: the text may be in flash) */
    for (const char *q = d; plain && codec == CODEC_UTF8 && (q = memchr(q, 0xED, n - (size_t)(q - d))); q++)
        if (q + 1 < d + n && es_rd8(q + 1) >= 0xA0) plain = false;   /* a surrogate */
    if (plain) return bytes_new((const uint8_t *)d, n);
    Vstr v;
    vstr_init(&v, n);
    size_t ci = 0;   /* character index */
    for (const char *p = d, *e = d + n; p < e; ci++) {
        const char *at = p;
        uint32_t c = utf8_decode(&p, e);
        bool bad = c >= limit || (c >= 0xD800 && c <= 0xDFFF);
        if (!bad) {
            if (codec == CODEC_UTF8) vstr_add(&v, at, (size_t)(p - at));
            else vstr_addc(&v, (char)c);
            continue;
        }
        /* a run of characters the codec cannot encode */
        size_t run = 1;
        const char *q = p;
        while (q < e) {
            const char *r = q;
            uint32_t c2 = utf8_decode(&r, e);
            if (!(c2 >= limit || (c2 >= 0xD800 && c2 <= 0xDFFF))) break;
            q = r;
            run++;
        }
        int h = handler_of(errors);
        if (h == ERR_STRICT)
            codec_error(&exc_UnicodeEncodeError, codec, s, ci, ci + run,
                        codec == CODEC_UTF8 ? ES_MSG("surrogates not allowed")
                        : codec == CODEC_ASCII ? ES_MSG("ordinal not in range(128)") : ES_MSG("ordinal not in range(256)"));
        for (p = at; p < q;) {
            c = utf8_decode(&p, e);
            if (h == ERR_REPLACE) vstr_addc(&v, '?');
            else if (h == ERR_XMLREF) {
                char buf[16];
                int k = 0;
                uint32_t x = c;
                do { buf[k++] = (char)('0' + x % 10); x /= 10; } while (x);
                vstr_add(&v, "&#", 2);
                while (k) vstr_addc(&v, buf[--k]);
                vstr_addc(&v, ';');
            } else if (h == ERR_BACKSLASH) {
                char esc[10];
                vstr_add(&v, esc, str_escape_cp(esc, c));
            }
        }
        ci += run - 1;
    }
    return vstr_to_bytes(&v);
}

/* The length of the valid UTF-8 sequence at d[i], or 0 with *reason and *bad_end set (CPython's
 * error ranges: the lead byte and the valid continuation bytes before the bad one). */
static size_t utf8_seq(const uint8_t *d, size_t n, size_t i, const char **reason, size_t *bad_end) {
    uint8_t c = (uint8_t)es_rd8(d + i);   /* (es_rd8 here and below: the bytes may be in flash) */
    if (c < 0x80) return 1;
    size_t need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
    uint8_t lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80, hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    *reason = ES_MSG("invalid start byte");
    *bad_end = i + 1;
    if (!need) return 0;
    for (size_t j = 1; j <= need; j++) {
        if (i + j >= n) {
            *reason = ES_MSG("unexpected end of data");
            *bad_end = n;
            return 0;
        }
        uint8_t x = (uint8_t)es_rd8(d + i + j);
        if (x < (j == 1 ? lo : 0x80) || x > (j == 1 ? hi : 0xBF)) {
            *reason = ES_MSG("invalid continuation byte");
            *bad_end = i + j;
            return 0;
        }
    }
    return need + 1;
}

Value bytes_decode(Value b, Value encoding, Value errors) {
    const char *d;
    size_t n;
    if (!bytes_get_data(b, &d, &n)) {
        if (str_is(b)) exc_raise_msg(&exc_TypeError, "decoding str is not supported");
        exc_raise_msg(&exc_TypeError, "decoding to str: need a bytes-like object, %T found", b);
    }
    int codec = codec_of(encoding);
    if (codec == CODEC_UTF8 && utf8_valid(d, n)) return str_new(d, n);
    Vstr v;
    vstr_init(&v, n);
    for (size_t i = 0; i < n;) {
        uint8_t c = (uint8_t)es_rd8(d + i);
        const char *reason = ES_MSG("ordinal not in range(128)");
        size_t k = 1, bad_end = i + 1;
        if (codec == CODEC_UTF8) k = utf8_seq((const uint8_t *)d, n, i, &reason, &bad_end);
        else if (codec == CODEC_ASCII && c >= 0x80) k = 0;
        if (k) {
            if (codec == CODEC_UTF8) vstr_add(&v, d + i, k);
            else vstr_add_utf8(&v, c);
            i += k;
            continue;
        }
        int h = handler_of(errors);
        if (h == ERR_STRICT || h == ERR_XMLREF) {
            if (h == ERR_XMLREF) exc_raise_msg(&exc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
            codec_error(&exc_UnicodeDecodeError, codec, bytes_new((const uint8_t *)d, n), i, bad_end, reason);
        }
        for (; i < bad_end; i++) {
            if (h == ERR_BACKSLASH) {
                vstr_add(&v, "\\x", 2);
                uint32_t b = es_rd8(d + i);
                vstr_addc(&v, digit_char(b >> 4));
                vstr_addc(&v, digit_char(b & 15));
            }
        }
        if (h == ERR_REPLACE) vstr_add_utf8(&v, 0xFFFD);
    }
    return vstr_to_str(&v);
}

static Value bytes_make(const Type *t, Value *args, int nargs, Value kwnames, bool mutable_) {
    static const uint16_t names[] = {N_source, N_encoding, N_errors};
    Value a[3];
    const char *fname = mutable_ ? "bytearray" : "bytes";
    if (nargs > 3) exc_raise_msg(&exc_TypeError, "%s() takes at most 3 arguments (%d given)", fname, nargs);
    arg_parse(fname, args, nargs, kwnames, 3, names, 3, a);
    for (int i = 1; i < 3; i++)
        if (a[i] && !str_is(a[i]))
            exc_raise_msg(&exc_TypeError, "%s() argument '%s' must be str, not %T", fname, i == 1 ? "encoding" : "errors", a[i]);
    if (!a[0] || !str_is(a[0])) {
        if (a[1]) exc_raise_msg(&exc_TypeError, "encoding without a string argument");
        if (a[2]) exc_raise_msg(&exc_TypeError, "errors without a string argument");
    }
    Vstr v;
    vstr_init(&v, 16);
    if (a[0]) {
        if (str_is(a[0])) {
            if (!a[1]) exc_raise_msg(&exc_TypeError, "string argument without an encoding");
            Value b = str_encode(a[0], a[1], a[2]);
            const char *d;
            size_t n;
            bytes_get_data(b, &d, &n);
            vstr_add(&v, d, n);
        } else {
            Value f = mutable_ ? V_NULL : type_lookup(type_of(a[0]), V_MKNAME(N___bytes__));
            if (f) {
                Value r = obj_call1(f, a[0]);
                const char *d;
                size_t n;
                if (!bytes_get_data(r, &d, &n)) exc_raise_msg(&exc_TypeError, "__bytes__ returned non-bytes (type %T)", r);
                vstr_add(&v, d, n);
            } else {
                bytes_collect(a[0], &v, fname);
            }
        }
    }
    Value r;
    if (mutable_) r = bytearray_new((const uint8_t *)v.buf, v.len);
    else r = bytes_new((const uint8_t *)v.buf, v.len);
    vstr_free(&v);
    if (t != &bytes_type && t != &bytearray_type) {
        if (mutable_) {
            Value o = obj_new_instance(t);
            ByteArray *src = V_PTR(r), *dst = V_PTR(o);
            dst->data = src->data;
            dst->len = src->len;
            dst->alloc = src->alloc;
            return o;
        }
        ((Object *)V_PTR(r))->type = t;
    }
    return r;
}

static Value bytes_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    return bytes_make(t, args, nargs, kwnames, false);
}

static Value bytearray_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    return bytes_make(t, args, nargs, kwnames, true);
}

void bytes_print_repr(Print *p, const char *d, size_t n) {
    bool has_single = memchr(d, '\'', n) != NULL, has_double = memchr(d, '"', n) != NULL;
    char q = has_single && !has_double ? '"' : '\'';
    print_char(p, 'b');
    print_char(p, q);
    for (size_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)es_rd8(d + i);   /* (a frozen bytes constant is in flash) */
        if (c == (uint8_t)q || c == '\\') { print_char(p, '\\'); print_char(p, (char)c); }
        else if (c == '\n') print_cstr(p, "\\n");
        else if (c == '\r') print_cstr(p, "\\r");
        else if (c == '\t') print_cstr(p, "\\t");
        else if (c < 0x20 || c >= 0x7F) {
            char buf[4] = {'\\', 'x', digit_char(c >> 4), digit_char(c & 15)};
            print_strn(p, buf, 4);
        } else print_char(p, (char)c);
    }
    print_char(p, q);
}

static void bytes_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    const char *d;
    size_t n;
    bytes_get_data(self, &d, &n);
    if (bytes_is_bytearray(self)) {
        print_fmt(p, "%T(", self);
        bytes_print_repr(p, d, n);
        print_char(p, ')');
        return;
    }
    bytes_print_repr(p, d, n);
}

static uint32_t bytes_hash(Value self) {
    Bytes *b = V_PTR(self);
    if (b->hash == 0) {
        uint32_t h = str_hash_bytes((const char *)b->data, b->len);
        if (!gc_is_heap_ptr(b)) return h;
        b->hash = h;
    }
    return b->hash;
}

static Value bytes_unary(UnaryOp op, Value self) {
    const char *d;
    size_t n;
    bytes_get_data(self, &d, &n);
    switch (op) {
    case UOP_LEN: return V_MKINT(n);
    case UOP_BOOL: return V_BOOL(n != 0);
    case UOP_HASH:
        if (bytes_is_bytearray(self)) exc_raise_msg(&exc_TypeError, "unhashable type: '%T'", self);
        return V_MKINT(bytes_hash(self));
    default: return V_NULL;
    }
}

static Value bytes_binary(BinaryOp op, Value a, Value b) {
    bool refl = (op & OP_REFLECTED) != 0;
    op = (BinaryOp)(op & ~OP_REFLECTED);
    const char *da, *db;
    size_t na, nb;
    switch (op) {
    case OP_CONTAINS: {
        bytes_get_data(a, &da, &na);
        if (int_is_int(b)) {
            Int c = obj_get_int(b);
            if (c < 0 || c > 255) exc_raise_msg(&exc_ValueError, "byte must be in range(0, 256)");
            return V_BOOL(memchr(da, (int)c, na) != NULL);
        }
        if (!bytes_get_data(b, &db, &nb))
            exc_raise_msg(&exc_TypeError, "a bytes-like object is required, not '%T'", b);
        if (nb == 0) return V_TRUE;
        for (size_t i = 0; i + nb <= na; i++) if (memcmp(da + i, db, nb) == 0) return V_TRUE;
        return V_FALSE;
    }
    case OP_ADD: case OP_IADD:
        if (!bytes_get_data(a, &da, &na) || !bytes_get_data(b, &db, &nb)) {
            return V_NULL;   /* the other operand may have __radd__; obj.c words the error */
        }
        if (op == OP_IADD && bytes_is_bytearray(a) && !refl) {
            if (a == b) { Value c = bytes_new((const uint8_t *)db, nb); bytes_get_data(c, &db, &nb); }
            bytearray_append(a, (const uint8_t *)db, nb);
            return a;
        }
        {
            Value r = bytes_is_bytearray(a) ? bytearray_new(NULL, 0) : bytes_alloc(na + nb);
            if (bytes_is_bytearray(a)) {
                bytearray_append(r, (const uint8_t *)da, na);
                bytearray_append(r, (const uint8_t *)db, nb);
            } else {
                memcpy(((Bytes *)V_PTR(r))->data, da, na);
                memcpy(((Bytes *)V_PTR(r))->data + na, db, nb);
            }
            return r;
        }
    case OP_MUL: case OP_IMUL: {
        Value self = refl ? b : a, count = refl ? a : b;
        if (!int_is_int(count) && !type_lookup(type_of(count), V_MKNAME(N___index__))) {
            if (type_is_heap(type_of(count))) return V_NULL;   /* its __rmul__ may take it */
            seq_repeat_error(self, count, refl);
        }
        Int k = obj_get_int(count);
        bytes_get_data(self, &da, &na);
        if (k < 0) k = 0;
        if (na && (UInt)k > (UInt)0x7FFFFFFF / na) exc_raise_memory_error();
        Vstr v;
        vstr_init(&v, na * (size_t)k);
        for (Int i = 0; i < k; i++) vstr_add(&v, da, na);
        if (bytes_is_bytearray(self)) {
            if (op == OP_IMUL && !refl) {
                ByteArray *ba = V_PTR(self);
                ba->len = 0;
                bytearray_append(self, (const uint8_t *)v.buf, v.len);
                return self;
            }
            Value r = bytearray_new((const uint8_t *)v.buf, v.len);
            return r;
        }
        return vstr_to_bytes(&v);
    }
    case OP_MOD:
        if (refl) return V_NULL;
        return bytes_mod_format(a, b);
    case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE: {
        if (!bytes_get_data(a, &da, &na) || !bytes_get_data(b, &db, &nb)) return V_NOTIMPL;
        if (refl) { const char *t = da; da = db; db = t; size_t tn = na; na = nb; nb = tn; }
        int c = memcmp(da, db, na < nb ? na : nb);
        if (c == 0) c = na < nb ? -1 : na > nb ? 1 : 0;
        switch (op) {
        case OP_EQ: return V_BOOL(c == 0);
        case OP_NE: return V_BOOL(c != 0);
        case OP_LT: return V_BOOL(c < 0);
        case OP_LE: return V_BOOL(c <= 0);
        case OP_GT: return V_BOOL(c > 0);
        default: return V_BOOL(c >= 0);
        }
    }
    default:
        return V_NULL;
    }
}

static Value bytes_subscr(Value self, Value index, Value value) {
    const char *d;
    size_t n;
    bytes_get_data(self, &d, &n);
    bool ba = bytes_is_bytearray(self);
    SliceIdx s;
    if (!V_IS_INT(index) && slice_indices(index, (Int)n, &s)) {
        if (value == V_NULL) {
            Vstr v;
            vstr_init(&v, (size_t)(s.len > 0 ? s.len : 0));
            for (Int i = 0; i < s.len; i++) vstr_addc(&v, (char)es_rd8(d + s.start + i * s.step));   /* (d may be in flash) */
            if (ba) {
                Value r = bytearray_new((const uint8_t *)v.buf, v.len);
                vstr_free(&v);
                return r;
            }
            return vstr_to_bytes(&v);
        }
        if (!ba) return V_NULL;
        ByteArray *b = V_PTR(self);
        if (value == V_SENTINEL_DELETE) {
            if (s.step < 0) { s.start = s.start + (s.len - 1) * s.step; s.step = -s.step; }
            size_t w = (size_t)s.start;
            Int next = s.start, k = 0;
            for (size_t r = (size_t)s.start; r < b->len; r++) {
                if ((Int)r == next && k < s.len) { k++; next += s.step; continue; }
                b->data[w++] = b->data[r];
            }
            if (s.len > 0) b->len = w;
            return V_NONE;
        }
        Vstr v;
        vstr_init(&v, 16);
        if (int_is_int(value)) exc_raise_msg(&exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        bytes_collect(value, &v, NULL);
        if (s.step == 1) {
            size_t old = (size_t)s.len, nn = v.len;
            size_t newlen = b->len - old + nn;
            bytearray_reserve(self, newlen);
            memmove(b->data + s.start + nn, b->data + s.start + old, b->len - (size_t)s.start - old);
            memcpy(b->data + s.start, v.buf, nn);
            b->len = newlen;
        } else {
            if ((Int)v.len != s.len)
                exc_raise_msg(&exc_ValueError, "attempt to assign bytes of size %d to extended slice of size %d", (int)v.len, (int)s.len);
            for (Int i = 0; i < s.len; i++) b->data[s.start + i * s.step] = (uint8_t)v.buf[i];
        }
        vstr_free(&v);
        return V_NONE;
    }
    Int i;
    if (V_IS_INT(index)) i = V_INT(index);
    else if (int_is_int(index) || type_lookup(type_of(index), V_MKNAME(N___index__))) {
        if (!int_to_machine(int_is_int(index) ? index : obj_unary_op(UOP_INDEX, index), &i))
            exc_raise_msg(&exc_IndexError, "cannot fit 'int' into an index-sized integer");
    } else {
        exc_raise_msg(&exc_TypeError, "%s indices must be integers or slices, not %T", ba ? "bytearray" : "byte", index);
    }
    if (i < 0) i += (Int)n;
    if (i < 0 || (UInt)i >= n) exc_raise_msg(&exc_IndexError, ba ? ES_MSG("bytearray index out of range") : ES_MSG("index out of range"));
    if (value == V_NULL) return V_MKINT(es_rd8(d + i));   /* (a frozen bytes constant is in flash) */
    if (!ba) return V_NULL;
    ByteArray *b = V_PTR(self);
    if (value == V_SENTINEL_DELETE) {
        memmove(b->data + i, b->data + i + 1, b->len - i - 1);
        b->len--;
        return V_NONE;
    }
    Int c = obj_get_int(value);
    if (c < 0 || c > 255) exc_raise_msg(&exc_ValueError, "byte must be in range(0, 256)");
    b->data[i] = (uint8_t)c;
    return V_NONE;
}

typedef struct {
    Object base;
    Value seq;
    size_t index;
} BytesIter;

static Value bytes_iter_next(Value self) {
    BytesIter *it = V_PTR(self);
    const char *d;
    size_t n;
    bytes_get_data(it->seq, &d, &n);
    if (it->index >= n) return V_NULL;
    return V_MKINT(es_rd8(d + it->index++));   /* (a frozen bytes constant is in flash) */
}

static Value iter_self(Value self, IterBuf *buf) { (void)buf; return self; }

const Type bytes_iter_type = {
    .type = &type_type, .name = V_MKNAME(N_bytes_iterator), .base = &object_type, .flags = TF_ITER_SELF,
    .getiter = iter_self, .iternext = bytes_iter_next,
};

static Value bytes_getiter(Value self, IterBuf *buf) {
    (void)buf;
    BytesIter *it = gc_alloc(sizeof(BytesIter), 0);
    it->base.type = &bytes_iter_type;
    it->seq = self;
    return V_FROMPTR(it);
}

extern const Dict bytes_locals, bytearray_locals;

const Type bytes_type = {
    .type = &type_type, .name = V_MKNAME(N_bytes), .flags = TF_BASETYPE, .base = &object_type,
    .dict = V_FROMPTR(&bytes_locals),
    .print = bytes_print, .make_new = bytes_make_new, .unary_op = bytes_unary, .binary_op = bytes_binary,
    .subscr = bytes_subscr, .getiter = bytes_getiter,
};

const Type bytearray_type = {
    .type = &type_type, .name = V_MKNAME(N_bytearray), .flags = TF_BASETYPE, .base = &object_type,
    .instance_size = sizeof(ByteArray), .dict = V_FROMPTR(&bytearray_locals),
    .print = bytes_print, .make_new = bytearray_make_new, .unary_op = bytes_unary, .binary_op = bytes_binary,
    .subscr = bytes_subscr, .getiter = bytes_getiter,
};

/* ---------------- memoryview (over bytes and bytearray) ---------------- */

static Value memoryview_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    (void)t;
    arg_check_no_kw("memoryview", kwnames);
    if (nargs != 1) exc_raise_msg(&exc_TypeError, "memoryview() takes exactly one argument (%d given)", nargs);
    const char *d;
    size_t n;
    if (!bytes_get_data(args[0], &d, &n))
        exc_raise_msg(&exc_TypeError, "memoryview: a bytes-like object is required, not '%T'", args[0]);
    MemoryView *m = gc_alloc(sizeof(MemoryView), 0);
    m->base.type = &memoryview_type;
    m->obj = args[0];
    m->start = 0;
    m->len = n;
    return V_FROMPTR(m);
}

static Value memoryview_subscr(Value self, Value index, Value value) {
    MemoryView *m = V_PTR(self);
    SliceIdx s;
    if (value == V_SENTINEL_DELETE) exc_raise_msg(&exc_TypeError, "cannot delete memory");
    if (!V_IS_INT(index) && slice_indices(index, (Int)m->len, &s)) {
        if (s.step != 1) return V_NULL;
        if (value != V_NULL) {
            /* mv[a:b] = data: copied in place, the sizes must match */
            if (!bytes_is_bytearray(m->obj)) exc_raise_msg(&exc_TypeError, "cannot modify read-only memory");
            const char *d;
            size_t n;
            if (!bytes_get_data(value, &d, &n))
                exc_raise_msg(&exc_TypeError, "a bytes-like object is required, not '%T'", value);
            if (n != (size_t)s.len)
                exc_raise_msg(&exc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
            memmove(((ByteArray *)V_PTR(m->obj))->data + m->start + s.start, d, n);
            return V_NONE;
        }
        MemoryView *r = gc_alloc(sizeof(MemoryView), 0);
        r->base.type = &memoryview_type;
        r->obj = m->obj;
        r->start = m->start + (size_t)s.start;
        r->len = (size_t)s.len;
        return V_FROMPTR(r);
    }
    if (V_IS_INT(index) && (V_INT(index) >= (Int)m->len || V_INT(index) < -(Int)m->len))
        exc_raise_msg(&exc_IndexError, "index out of bounds on dimension 1");
    UInt i = seq_index(index, m->len, "memoryview");
    if (value == V_NULL) {
        const char *d;
        size_t n;
        bytes_get_data(self, &d, &n);
        return V_MKINT(es_rd8(d + i));   /* (the bytes may be a frozen constant, in flash) */
    }
    if (!bytes_is_bytearray(m->obj)) exc_raise_msg(&exc_TypeError, "cannot modify read-only memory");
    ByteArray *b = V_PTR(m->obj);
    b->data[m->start + i] = (uint8_t)obj_get_int(value);
    return V_NONE;
}

static Value memoryview_unary(UnaryOp op, Value self) {
    MemoryView *m = V_PTR(self);
    if (op == UOP_LEN) return V_MKINT(m->len);
    if (op == UOP_BOOL) return V_BOOL(m->len != 0);
    return V_NULL;
}

static Value mv_tobytes(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    const char *d;
    size_t len;
    bytes_get_data(a[0], &d, &len);
    return bytes_new((const uint8_t *)d, len);
}
static NATIVE_METHOD(mv_tobytes_fn, tobytes, 0, 0, mv_tobytes);
static const MapEntry memoryview_table[] = { METHOD_ENTRY(tobytes, mv_tobytes_fn) };
static const Dict memoryview_locals = DICT_CONST_INIT(memoryview_table);

const Type memoryview_type = {
    .type = &type_type, .name = V_MKNAME(N_memoryview), .base = &object_type,
    .dict = V_FROMPTR(&memoryview_locals),
    .make_new = memoryview_make_new, .subscr = memoryview_subscr, .unary_op = memoryview_unary,
    .getiter = bytes_getiter,
};
