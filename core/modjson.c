/* The json module: dumps/dump/loads/load with CPython's output and error messages.
 *
 * The encoder writes into one growing buffer (no intermediate strings per item); it follows
 * CPython's pure-Python encoder, which is the one used with `indent`, and whose output the C
 * encoder reproduces without it.  The decoder is a recursive-descent parser over the UTF-8
 * text that reports errors as json.JSONDecodeError with CPython's messages, line, column and
 * character position (positions are counted in code points, as Python's are). */
#include <stddef.h>
#include <string.h>
#include <math.h>
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "vm.h"
#include "objint.h"
#include "objfloat.h"
#include "objstr.h"
#include "objbytes.h"
#include "objlist.h"
#include "objtuple.h"
#include "objdict.h"
#include "objfun.h"
#include "objtype.h"
#include "objmodule.h"
#include "vstr.h"
#include "dtoa.h"

/* ---------------- JSONDecodeError ---------------- */

static Value json_error_make_new(const Type *t, Value *args, int nargs, Value kw);

/* json.JSONDecodeError(msg, doc, pos), a ValueError with msg, doc, pos, lineno, colno */
const Type json_error_type = {
    .type = &type_type, .name = V_MKNAME(N_JSONDecodeError), .base = &exc_ValueError,
    .flags = TF_BASETYPE | TF_EXCEPTION | TF_HAS_DICT,
    .instance_size = sizeof(Exception), .dict_offset = offsetof(Exception, attrs),
    .make_new = json_error_make_new,
};

static Value json_error_new(const Type *t, Value msg, Value doc, Int pos) {
    size_t n;
    const char *d = str_data(doc, &n);
    size_t off = str_offset(doc, (size_t)pos);
    Int lineno = 1, nl = -1;
    for (size_t i = 0; i < off && i < n; i++) {
        if (d[i] == '\n') { lineno++; nl = (Int)i; }
    }
    /* colno counts code points after the last newline */
    Int colno = nl < 0 ? pos + 1 : (Int)utf8_count(d + nl + 1, off - (size_t)nl - 1) + 1;
    Value text = str_printf("%v: line %D column %D (char %D)", msg, lineno, colno, pos);
    Value e = exc_new(t, tuple_from_array(&text, 1));
    Map *m = &((Exception *)V_PTR(e))->attrs;
    map_set(m, V_MKNAME(N_msg), msg);
    map_set(m, V_MKNAME(N_doc), doc);
    map_set(m, V_MKNAME(N_pos), int_from_int(pos));
    map_set(m, V_MKNAME(N_lineno), int_from_int(lineno));
    map_set(m, V_MKNAME(N_colno), int_from_int(colno));
    return e;
}

static Value json_error_make_new(const Type *t, Value *args, int nargs, Value kw) {
    static const uint16_t names[] = {N_msg, N_doc, N_pos};
    Value a[3];
    arg_parse("JSONDecodeError", args, nargs, kw, 3, names, 3, a);
    if (!a[0] || !a[1] || !a[2])
        exc_raise_msg(&exc_TypeError, "JSONDecodeError.__init__() missing required arguments");
    if (!str_is(a[1])) raise_arg_type("JSONDecodeError", "str", a[1]);
    Int pos = obj_get_int(a[2]);
    if (pos < 0 || (size_t)pos > str_nchars(a[1])) pos = (Int)str_nchars(a[1]);
    return json_error_new(t, a[0], a[1], pos);
}

/* ---------------- encoder ---------------- */

typedef struct {
    Vstr out;
    Print p;
    Value indent;              /* str, or V_NULL for one line */
    Value item_sep, key_sep;   /* str */
    Value dflt;                /* default=, or V_NULL */
    Value markers;             /* list of the containers being encoded (circular check) */
    bool ensure_ascii, allow_nan, sort_keys, skipkeys;
    Int level;
} JEnc;

static void je_add(JEnc *e, const char *s, size_t n) { vstr_add(&e->out, s, n); }
static void je_adds(JEnc *e, const char *s) { vstr_add(&e->out, s, strlen(s)); }
static void je_addv(JEnc *e, Value s) {
    size_t n;
    const char *d = str_data(s, &n);
    vstr_add(&e->out, d, n);
}

static void je_hex4(JEnc *e, uint32_t c) {
    char b[6] = {'\\', 'u', digit_char((c >> 12) & 15), digit_char((c >> 8) & 15),
                 digit_char((c >> 4) & 15), digit_char(c & 15)};
    je_add(e, b, 6);
}

static void je_string(JEnc *e, Value s) {
    size_t n;
    const char *d = str_data(s, &n), *end = d + n;
    vstr_addc(&e->out, '"');
    while (d < end) {
        /* a run of characters that need no escape */
        const char *run = d;
        while (d < end && (uint8_t)*d >= 0x20 && *d != '"' && *d != '\\' &&
               (!e->ensure_ascii || (uint8_t)*d < 0x7f))
            d++;
        je_add(e, run, (size_t)(d - run));
        if (d == end) break;
        uint8_t c = (uint8_t)*d;
        switch (c) {
        case '"': je_adds(e, "\\\""); d++; continue;
        case '\\': je_adds(e, "\\\\"); d++; continue;
        case '\n': je_adds(e, "\\n"); d++; continue;
        case '\r': je_adds(e, "\\r"); d++; continue;
        case '\t': je_adds(e, "\\t"); d++; continue;
        case '\b': je_adds(e, "\\b"); d++; continue;
        case '\f': je_adds(e, "\\f"); d++; continue;
        default: break;
        }
        uint32_t cp = utf8_decode(&d, end);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            je_hex4(e, 0xD800 | (cp >> 10));
            je_hex4(e, 0xDC00 | (cp & 0x3FF));
        } else {
            je_hex4(e, cp);
        }
    }
    vstr_addc(&e->out, '"');
}

static void je_float(JEnc *e, double x) {
    if (isnan(x) || isinf(x)) {
        if (!e->allow_nan) exc_raise_msg(&exc_ValueError, "Out of range float values are not JSON compliant");
        je_adds(e, isnan(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity");
        return;
    }
    char buf[40];
    int n = dtoa_format(x, 'r', 0, 0, buf, sizeof buf);
    je_add(e, buf, n > 0 ? (size_t)n : 0);
}

static void je_newline(JEnc *e) {
    vstr_addc(&e->out, '\n');
    for (Int i = 0; i < e->level; i++) je_addv(e, e->indent);
}

static void je_mark(JEnc *e, Value o) {
    List *m = V_PTR(e->markers);
    for (size_t i = 0; i < m->len; i++)
        if (m->items[i] == o) exc_raise_msg(&exc_ValueError, "Circular reference detected");
    list_append(e->markers, o);
}

static void je_unmark(JEnc *e) { ((List *)V_PTR(e->markers))->len--; }

static void je_value(JEnc *e, Value v);

/* The text of a dict key, or V_NULL to skip it. */
static Value je_key(JEnc *e, Value k) {
    if (str_is(k)) return k;
    if (k == V_TRUE) return V_MKNAME(N_true);
    if (k == V_FALSE) return V_MKNAME(N_false);
    if (k == V_NONE) return V_MKNAME(N_null);
    if (int_is_int(k)) return int_to_str(int_value_of(k), 10);
    if (is_instance_of(k, &float_type)) {
        size_t start = e->out.len;
        je_float(e, float_value(k));
        Value s = str_new(e->out.buf + start, e->out.len - start);
        e->out.len = start;
        return s;
    }
    if (e->skipkeys) return V_NULL;
    exc_raise_msg(&exc_TypeError, "keys must be str, int, float, bool or None, not %T", k);
}

static void je_list(JEnc *e, const Value *items, size_t n, Value owner) {
    if (n == 0) { je_adds(e, "[]"); return; }
    if (e->markers) je_mark(e, owner);
    vstr_addc(&e->out, '[');
    e->level++;
    if (e->indent) je_newline(e);
    for (size_t i = 0; i < n; i++) {
        if (i) {
            je_addv(e, e->item_sep);
            if (e->indent) je_newline(e);
        }
        je_value(e, items[i]);
        /* the list may have shrunk while an item was encoded (default= runs Python code) */
        if (is_instance_of(owner, &list_type)) { items = list_items(owner); n = list_len(owner) < n ? list_len(owner) : n; }
    }
    e->level--;
    if (e->indent) je_newline(e);
    vstr_addc(&e->out, ']');
    if (e->markers) je_unmark(e);
}

static void je_item(JEnc *e, Value k, Value v, bool *first) {
    Value key = je_key(e, k);
    if (!key) return;
    if (!*first) {
        je_addv(e, e->item_sep);
        if (e->indent) je_newline(e);
    }
    *first = false;
    je_string(e, key);
    je_addv(e, e->key_sep);
    je_value(e, v);
}

static void je_dict(JEnc *e, Value d) {
    Map *m = dict_map(d);
    if (map_len(m) == 0) { je_adds(e, "{}"); return; }
    if (e->markers) je_mark(e, d);
    vstr_addc(&e->out, '{');
    e->level++;
    if (e->indent) je_newline(e);
    bool first = true;
    size_t pos = 0;
    MapEntry *me;
    if (e->sort_keys) {
        /* keys are unique, so sorting the keys gives CPython's order of sorted items */
        Value keys = list_new(0);
        while ((me = map_next(m, &pos))) list_append(keys, me->key);
        list_sort(keys, V_NULL, false);
        for (size_t i = 0; i < list_len(keys); i++) {
            Value k = list_items(keys)[i], v = map_get(m, k);
            if (v) je_item(e, k, v, &first);
        }
    } else {
        /* map_next re-reads the table, so a dict changed by default= cannot make it stray */
        while ((me = map_next(m, &pos))) je_item(e, me->key, me->value, &first);
    }
    e->level--;
    if (e->indent) je_newline(e);
    vstr_addc(&e->out, '}');
    if (e->markers) je_unmark(e);
}

static void je_value(JEnc *e, Value v) {
    vm_check_stack();
    if (str_is(v)) { je_string(e, v); return; }
    if (v == V_NONE) { je_adds(e, "null"); return; }
    if (v == V_TRUE) { je_adds(e, "true"); return; }
    if (v == V_FALSE) { je_adds(e, "false"); return; }
    if (int_is_int(v)) { int_print(int_value_of(v), &e->p, PRINT_REPR); return; }
    if (is_instance_of(v, &float_type)) { je_float(e, float_value(v)); return; }
    if (is_instance_of(v, &list_type) || is_instance_of(v, &tuple_type)) {
        Value *items;
        size_t n;
        seq_get_items(v, &items, &n);
        je_list(e, items, n, v);
        return;
    }
    if (dict_is(v)) { je_dict(e, v); return; }
    if (!e->dflt) exc_raise_msg(&exc_TypeError, "Object of type %T is not JSON serializable", v);
    if (e->markers) je_mark(e, v);
    je_value(e, obj_call1(e->dflt, v));
    if (e->markers) je_unmark(e);
}

enum { JO_SKIPKEYS, JO_ENSURE_ASCII, JO_CHECK_CIRCULAR, JO_ALLOW_NAN, JO_CLS, JO_INDENT, JO_SEPARATORS,
       JO_DEFAULT, JO_SORT_KEYS, JO_COUNT };

/* dumps(obj, **options) with the options in opt[JO_*] (V_NULL where not given). */
static Value json_encode(Value obj, const Value *opt) {
    JEnc e;
    memset(&e, 0, sizeof e);
    vstr_init(&e.out, 32);
    print_to_vstr(&e.p, &e.out);
    e.ensure_ascii = !opt[JO_ENSURE_ASCII] || obj_truthy(opt[JO_ENSURE_ASCII]);
    e.allow_nan = !opt[JO_ALLOW_NAN] || obj_truthy(opt[JO_ALLOW_NAN]);
    e.sort_keys = opt[JO_SORT_KEYS] && obj_truthy(opt[JO_SORT_KEYS]);
    e.skipkeys = opt[JO_SKIPKEYS] && obj_truthy(opt[JO_SKIPKEYS]);
    if (!opt[JO_CHECK_CIRCULAR] || obj_truthy(opt[JO_CHECK_CIRCULAR])) e.markers = list_new(0);
    e.dflt = opt[JO_DEFAULT] && opt[JO_DEFAULT] != V_NONE ? opt[JO_DEFAULT] : V_NULL;
    Value indent = opt[JO_INDENT];
    if (indent && indent != V_NONE) {
        if (str_is(indent)) {
            e.indent = indent;
        } else {
            Int k = obj_get_int(indent);
            Vstr sp;
            vstr_init(&sp, k > 0 ? (size_t)k : 1);
            for (Int i = 0; i < k; i++) vstr_addc(&sp, ' ');
            e.indent = vstr_to_str(&sp);
        }
    }
    Value seps = opt[JO_SEPARATORS];
    if (seps && seps != V_NONE) {
        Value *items;
        size_t n;
        if (!seq_get_items(seps, &items, &n) || n != 2)
            exc_raise_msg(&exc_ValueError, "too many values to unpack (expected 2)");
        e.item_sep = items[0];
        e.key_sep = items[1];
        if (!str_is(e.key_sep)) exc_raise_msg(&exc_TypeError, "make_encoder() argument 5 must be str, not %T", e.key_sep);
        if (!str_is(e.item_sep)) exc_raise_msg(&exc_TypeError, "make_encoder() argument 6 must be str, not %T", e.item_sep);
    } else {
        e.item_sep = e.indent ? V_MKNAME(N__comma) : V_MKNAME(N__comma_space);
        e.key_sep = V_MKNAME(N__colon_space);
    }
    je_value(&e, obj);
    return vstr_to_str(&e.out);
}

static const uint16_t json_dump_names[] = {
    N_obj, N_fp, N_skipkeys, N_ensure_ascii, N_check_circular, N_allow_nan, N_cls, N_indent, N_separators,
    N_default, N_sort_keys,
};

static Value json_dumps(Value *args, int nargs, Value kw) {
    Value a[1 + JO_COUNT];
    /* the same names as dump() without fp */
    static const uint16_t names[] = {
        N_obj, N_skipkeys, N_ensure_ascii, N_check_circular, N_allow_nan, N_cls, N_indent, N_separators,
        N_default, N_sort_keys,
    };
    arg_parse("dumps", args, nargs, kw, 1, names, 1 + JO_COUNT, a);
    if (!a[0]) exc_raise_msg(&exc_TypeError, "dumps() missing 1 required positional argument: 'obj'");
    return json_encode(a[0], a + 1);
}

static Value json_dump(Value *args, int nargs, Value kw) {
    Value a[2 + JO_COUNT];
    arg_parse("dump", args, nargs, kw, 2, json_dump_names, 2 + JO_COUNT, a);
    if (!a[0] || !a[1]) exc_raise_msg(&exc_TypeError, "dump() missing 1 required positional argument: '%s'", a[0] ? "fp" : "obj");
    Value s = json_encode(a[0], a + 2);
    obj_call_method1(a[1], V_MKNAME(N_write), s);
    return V_NONE;
}

/* ---------------- decoder ---------------- */

typedef struct {
    const char *s, *end;
    Value doc;
    Value object_hook, pairs_hook, parse_float, parse_int, parse_constant;
} JDec;

static ES_NORETURN void jd_error(JDec *d, const char *msg, const char *at) {
    Int pos = (Int)utf8_count(d->s, (size_t)(at - d->s));
    exc_raise(json_error_new(&json_error_type, str_new_cstr(msg), d->doc, pos));
}

static const char *jd_ws(JDec *d, const char *p) {
    while (p < d->end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
    return p;
}

static int jd_hex4(const char *p) {
    int v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        int h = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (h < 0) return -1;
        v = v << 4 | h;
    }
    return v;
}

/* A string whose opening quote is at q; *pp is set after the closing quote. */
static Value jd_string(JDec *d, const char *q, const char **pp) {
    const char *p = q + 1;
    /* the common case: no escapes */
    const char *r = p;
    while (r < d->end && *r != '"' && *r != '\\' && (uint8_t)*r >= 0x20) r++;
    if (r < d->end && *r == '"') {
        *pp = r + 1;
        return str_new(p, (size_t)(r - p));
    }
    Vstr v;
    vstr_init(&v, (size_t)(r - p) + 16);
    vstr_add(&v, p, (size_t)(r - p));
    p = r;
    for (;;) {
        if (p >= d->end) jd_error(d, "Unterminated string starting at", q);
        char c = *p;
        if (c == '"') break;
        if ((uint8_t)c < 0x20) jd_error(d, "Invalid control character at", p);
        if (c != '\\') { vstr_addc(&v, c); p++; continue; }
        if (p + 1 >= d->end) jd_error(d, "Unterminated string starting at", q);
        char esc = p[1];
        const char *m = strchr("\"\\/bfnrt", esc);
        if (esc && m) {
            vstr_addc(&v, "\"\\/\b\f\n\r\t"[m - "\"\\/bfnrt"]);
            p += 2;
            continue;
        }
        if (esc != 'u') jd_error(d, "Invalid \\escape", p);
        int cp = d->end - p >= 6 ? jd_hex4(p + 2) : -1;
        if (cp < 0) jd_error(d, "Invalid \\uXXXX escape", p + 1);
        p += 6;
        if (cp >= 0xD800 && cp < 0xDC00 && d->end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
            int lo = jd_hex4(p + 2);
            if (lo < 0) jd_error(d, "Invalid \\uXXXX escape", p + 1);
            if (lo >= 0xDC00 && lo < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                p += 6;
            }
        }
        vstr_add_utf8(&v, (uint32_t)cp);
    }
    *pp = p + 1;
    return vstr_to_str(&v);
}

static bool jd_digit(const char *p, const char *end) { return p < end && *p >= '0' && *p <= '9'; }

static Value jd_value(JDec *d, const char *p, const char **pp);

static Value jd_array(JDec *d, const char *p, const char **pp) {
    Value l = list_new(0);
    p = jd_ws(d, p);
    if (p < d->end && *p == ']') { *pp = p + 1; return l; }
    for (;;) {
        list_append(l, jd_value(d, p, &p));
        p = jd_ws(d, p);
        if (p < d->end && *p == ']') { *pp = p + 1; return l; }
        if (p >= d->end || *p != ',') jd_error(d, "Expecting ',' delimiter", p);
        p = jd_ws(d, p + 1);
    }
}

static Value jd_object(JDec *d, const char *p, const char **pp) {
    Value pairs = d->pairs_hook ? list_new(0) : V_NULL;
    Value obj = d->pairs_hook ? V_NULL : dict_new(0);
    p = jd_ws(d, p);
    if (p < d->end && *p == '}') {
        p++;
    } else {
        for (;;) {
            if (p >= d->end || *p != '"') jd_error(d, "Expecting property name enclosed in double quotes", p);
            Value key = jd_string(d, p, &p);
            p = jd_ws(d, p);
            if (p >= d->end || *p != ':') jd_error(d, "Expecting ':' delimiter", p);
            p = jd_ws(d, p + 1);
            Value val = jd_value(d, p, &p);
            if (pairs) {
                Value t[2] = {key, val};
                list_append(pairs, tuple_from_array(t, 2));
            } else {
                dict_set(obj, key, val);
            }
            p = jd_ws(d, p);
            if (p < d->end && *p == '}') { p++; break; }
            if (p >= d->end || *p != ',') jd_error(d, "Expecting ',' delimiter", p);
            p = jd_ws(d, p + 1);
        }
    }
    *pp = p;
    if (pairs) return obj_call1(d->pairs_hook, pairs);
    if (d->object_hook) return obj_call1(d->object_hook, obj);
    return obj;
}

static bool jd_word(JDec *d, const char *p, const char *w) {
    size_t n = strlen(w);
    return (size_t)(d->end - p) >= n && memcmp(p, w, n) == 0;
}

static Value jd_constant(JDec *d, const char *name, double x) {
    if (d->parse_constant) return obj_call1(d->parse_constant, str_new_cstr(name));
    return float_new(x);
}

/* A value starting at p (whitespace already skipped); *pp is set after it. */
static Value jd_value(JDec *d, const char *p, const char **pp) {
    vm_check_stack();
    if (p >= d->end) jd_error(d, "Expecting value", p);
    switch (*p) {
    case '"': return jd_string(d, p, pp);
    case '{': return jd_object(d, p + 1, pp);
    case '[': return jd_array(d, p + 1, pp);
    case 'n': if (jd_word(d, p, "null")) { *pp = p + 4; return V_NONE; } break;
    case 't': if (jd_word(d, p, "true")) { *pp = p + 4; return V_TRUE; } break;
    case 'f': if (jd_word(d, p, "false")) { *pp = p + 5; return V_FALSE; } break;
    case 'N': if (jd_word(d, p, "NaN")) { *pp = p + 3; return jd_constant(d, "NaN", NAN); } break;
    case 'I': if (jd_word(d, p, "Infinity")) { *pp = p + 8; return jd_constant(d, "Infinity", INFINITY); } break;
    default: break;
    }
    /* numbers: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? */
    const char *q = p;
    if (*q == '-') {
        if (jd_word(d, q, "-Infinity")) { *pp = p + 9; return jd_constant(d, "-Infinity", -INFINITY); }
        q++;
    }
    if (!jd_digit(q, d->end)) jd_error(d, "Expecting value", p);
    if (*q == '0') q++;
    else while (jd_digit(q, d->end)) q++;
    bool is_float = false;
    if (q < d->end && *q == '.' && jd_digit(q + 1, d->end)) {
        is_float = true;
        q++;
        while (jd_digit(q, d->end)) q++;
    }
    if (q < d->end && (*q == 'e' || *q == 'E')) {
        const char *x = q + 1;
        if (x < d->end && (*x == '+' || *x == '-')) x++;
        if (jd_digit(x, d->end)) {
            is_float = true;
            while (jd_digit(x, d->end)) x++;
            q = x;
        }
    }
    *pp = q;
    size_t n = (size_t)(q - p);
    if (is_float) {
        if (d->parse_float) return obj_call1(d->parse_float, str_new(p, n));
        double x;
        float_parse(p, n, &x);
        return float_new(x);
    }
    if (d->parse_int) return obj_call1(d->parse_int, str_new(p, n));
    return int_from_text(p, n, 10);
}

static Value json_loads(Value *args, int nargs, Value kw) {
    static const uint16_t names[] = {N_s, N_cls, N_object_hook, N_parse_float, N_parse_int, N_parse_constant,
                                     N_object_pairs_hook};
    Value a[7];
    arg_parse("loads", args, nargs, kw, 1, names, 7, a);
    if (!a[0]) exc_raise_msg(&exc_TypeError, "loads() missing 1 required positional argument: 's'");
    Value doc = a[0];
    if (!str_is(doc)) {
        const char *b;
        size_t n;
        if (!is_instance_of(doc, &bytes_type) && !is_instance_of(doc, &bytearray_type))
            exc_raise_msg(&exc_TypeError, "the JSON object must be str, bytes or bytearray, not %T", doc);
        bytes_get_data(doc, &b, &n);
        if (n >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0) { b += 3; n -= 3; }   /* utf-8-sig */
        doc = bytes_decode(bytes_new((const uint8_t *)b, n), V_NULL, V_NULL);
    }
    JDec d;
    size_t n;
    d.s = str_data(doc, &n);
    d.end = d.s + n;
    d.doc = doc;
    Value *hooks[] = {&d.object_hook, &d.parse_float, &d.parse_int, &d.parse_constant, &d.pairs_hook};
    for (int i = 0; i < 5; i++) *hooks[i] = a[2 + i] && a[2 + i] != V_NONE ? a[2 + i] : V_NULL;
    if (jd_word(&d, d.s, "\xEF\xBB\xBF")) jd_error(&d, "Unexpected UTF-8 BOM (decode using utf-8-sig)", d.s);
    const char *p = jd_ws(&d, d.s);
    Value v = jd_value(&d, p, &p);
    p = jd_ws(&d, p);
    if (p != d.end) jd_error(&d, "Extra data", p);
    return v;
}

static Value json_load(Value *args, int nargs, Value kw) {
    if (nargs < 1) exc_raise_msg(&exc_TypeError, "load() missing 1 required positional argument: 'fp'");
    Value s = obj_call_method0(args[0], V_MKNAME(N_read));
    Value call[8];
    call[0] = s;
    size_t nkw = kw ? tuple_len(kw) : 0;
    if (nargs > 1) exc_raise_msg(&exc_TypeError, "load() takes 1 positional argument but %d were given", nargs);
    if (nkw > 7) exc_raise_msg(&exc_TypeError, "load() got too many keyword arguments");
    for (size_t i = 0; i < nkw; i++) call[1 + i] = args[nargs + i];
    return json_loads(call, 1, kw);
}

static NATIVE_FN_KW(json_dumps_fn, dumps, 0, 1, json_dumps);
static NATIVE_FN_KW(json_dump_fn, dump, 0, 2, json_dump);
static NATIVE_FN_KW(json_loads_fn, loads, 0, 1, json_loads);
static NATIVE_FN_KW(json_load_fn, load, 0, 1, json_load);

static const MapEntry json_table[] = {
    {V_MKNAME(N_JSONDecodeError), V_FROMPTR(&json_error_type)},
    {V_MKNAME(N___name__), V_MKNAME(N_json)},
    METHOD_ENTRY(dump, json_dump_fn),
    METHOD_ENTRY(dumps, json_dumps_fn),
    METHOD_ENTRY(load, json_load_fn),
    METHOD_ENTRY(loads, json_loads_fn),
};
MODULE_CONST(mod_json, json_table);
