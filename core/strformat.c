/* Formatting: format(value, spec), str.format, and the % operator. */
#include <string.h>
#include <math.h>
#include "strformat.h"
#include "objstr.h"
#include "objbytes.h"
#include "objint.h"
#include "objfloat.h"
#include "objtuple.h"
#include "objlist.h"
#include "objdict.h"
#include "objtype.h"
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "vstr.h"
#include "dtoa.h"

/* format_int's answer for float presentation types: format as a float instead */
static const Object fallback_obj = {&none_type};
#define NULL_VALUE_FALLBACK ((Value)&fallback_obj)

Value obj_ascii(Value v) {
    Value r = obj_repr(v);
    size_t n;
    const char *d = str_data(r, &n);
    bool ascii = true;
    for (size_t i = 0; i < n; i++) if ((uint8_t)d[i] >= 0x80) { ascii = false; break; }
    if (ascii) return r;
    Vstr out;
    vstr_init(&out, n + 8);
    const char *p = d, *e = d + n;
    while (p < e) {
        uint32_t cp = utf8_decode(&p, e);
        if (cp < 0x80) { vstr_addc(&out, (char)cp); continue; }
        char buf[12];
        int nd = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
        buf[0] = '\\';
        buf[1] = nd == 2 ? 'x' : nd == 4 ? 'u' : 'U';
        for (int i = 0; i < nd; i++) buf[2 + i] = "0123456789abcdef"[(cp >> (4 * (nd - 1 - i))) & 15];
        vstr_add(&out, buf, (size_t)(2 + nd));
    }
    return vstr_to_str(&out);
}

/* ---------------- the format mini-language ---------------- */

typedef struct {
    uint32_t fill;
    char align;          /* 0, '<', '>', '=', '^' */
    char sign;           /* 0, '+', '-', ' ' */
    bool alt, zero, z;
    Int width;           /* -1 */
    char grouping;       /* 0, ',', '_' */
    Int precision;       /* -1 */
    char type;           /* 0 or the letter */
} Spec;

static Int parse_num(const char **p, const char *e) {
    Int v = 0;
    bool any = false;
    while (*p < e && **p >= '0' && **p <= '9') {
        v = v * 10 + (**p - '0');
        if (v > 0x7FFFFFFF) exc_raise_msg(&exc_ValueError, "Too many decimal digits in format string");
        (*p)++;
        any = true;
    }
    return any ? v : -1;
}

static void parse_spec(Value specv, Spec *s) {
    size_t n;
    const char *p = str_data(specv, &n), *e = p + n;
    memset(s, 0, sizeof *s);
    s->fill = ' ';
    s->width = s->precision = -1;
    /* [[fill]align] */
    if (p < e) {
        const char *q = p;
        uint32_t c = utf8_decode(&q, e);
        if (q < e && (*q == '<' || *q == '>' || *q == '=' || *q == '^')) {
            s->fill = c;
            s->align = *q;
            p = q + 1;
        } else if (*p == '<' || *p == '>' || *p == '=' || *p == '^') {
            s->align = *p++;
        }
    }
    if (p < e && (*p == '+' || *p == '-' || *p == ' ')) s->sign = *p++;
    if (p < e && *p == 'z') { s->z = true; p++; }
    if (p < e && *p == '#') { s->alt = true; p++; }
    if (p < e && *p == '0') {
        s->zero = true;
        if (!s->align) { s->fill = '0'; s->align = '='; }
        p++;
    }
    s->width = parse_num(&p, e);
    if (p < e && (*p == ',' || *p == '_')) {
        s->grouping = *p++;
        if (p < e && (*p == ',' || *p == '_')) exc_raise_msg(&exc_ValueError, "Cannot specify both ',' and '_'.");
    }
    if (p < e && *p == '.') {
        p++;
        s->precision = parse_num(&p, e);
        if (s->precision < 0) exc_raise_msg(&exc_ValueError, "Format specifier missing precision");
    }
    if (p < e) s->type = *p++;
    if (p < e) exc_raise_msg(&exc_ValueError, "Invalid format specifier '%v' for object of type '%s'", specv, "?");
}

/* Writes body (already signed) padded per spec.  sign_len: how many leading chars are the
 * sign/prefix, for '=' alignment. */
static Value pad_out(const Spec *s, const char *body, size_t blen, size_t sign_len, char default_align) {
    size_t nchars = utf8_count(body, blen);
    char align = s->align ? s->align : default_align;
    Int width = s->width;
    if (width < 0 || (Int)nchars >= width) return str_new(body, blen);
    Int total = width - (Int)nchars;
    Vstr v;
    vstr_init(&v, blen + (size_t)total * 4);
    Int left = 0, right = 0;
    switch (align) {
    case '<': right = total; break;
    case '>': left = total; break;
    case '^': left = total / 2; right = total - left; break;
    case '=':
        vstr_add(&v, body, sign_len);
        for (Int i = 0; i < total; i++) vstr_add_utf8(&v, s->fill);
        vstr_add(&v, body + sign_len, blen - sign_len);
        return vstr_to_str(&v);
    }
    for (Int i = 0; i < left; i++) vstr_add_utf8(&v, s->fill);
    vstr_add(&v, body, blen);
    for (Int i = 0; i < right; i++) vstr_add_utf8(&v, s->fill);
    return vstr_to_str(&v);
}

/* Inserts grouping separators every `every` digits into the digit run digits[0..n). */
static void add_grouped(Vstr *v, const char *digits, size_t n, char sep, int every, Int min_width) {
    /* with '0' fill, CPython pads the digits with zeros (and separators) up to the width */
    Int groups_len = (Int)n + ((Int)n - 1) / every;
    Int pad = min_width > groups_len ? min_width - groups_len : 0;
    if (pad > 0) {
        /* compute how many zero digits to add so that digits + separators reach min_width */
        Int nd = (Int)n;
        while (nd + (nd - 1) / every < min_width) nd++;
        for (Int i = nd; i > (Int)n; i--) {
            vstr_addc(v, '0');
            if ((i - 1) % every == 0) vstr_addc(v, sep);
        }
    }
    for (size_t i = 0; i < n; i++) {
        vstr_addc(v, digits[i]);
        size_t rest = n - 1 - i;
        if (rest && rest % (size_t)every == 0) vstr_addc(v, sep);
    }
}

static Value format_int(Value v, Spec *s) {
    char t = s->type ? s->type : 'd';
    if (t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%')
        return NULL_VALUE_FALLBACK;
    if (s->precision >= 0) exc_raise_msg(&exc_ValueError, "Precision not allowed in integer format specifier");
    int base = 10;
    const char *prefix = "";
    switch (t) {
    case 'd': case 'n': break;
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    case 'c': {
        if (s->sign) exc_raise_msg(&exc_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (s->alt) exc_raise_msg(&exc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
        Int c = obj_get_int(v);
        if (c < 0 || c > 0x10FFFF) exc_raise_msg(&exc_OverflowError, "%%c arg not in range(0x110000)");
        char buf[4];
        size_t k = utf8_encode((uint32_t)c, buf);
        return pad_out(s, buf, k, 0, '<');
    }
    default:
        exc_raise_msg(&exc_ValueError, "Unknown format code '%c' for object of type '%s'", t, obj_type_name(v));
    }
    if (s->grouping && (t == 'n'))
        exc_raise_msg(&exc_ValueError, "Cannot specify ',' with 'n'.");
    if (s->grouping == ',' && base != 10)
        exc_raise_msg(&exc_ValueError, "Cannot specify ',' with '%c'.", t);
    Value digits_v = int_to_str(int_value_of(v), base);
    size_t dn;
    const char *d = str_data(digits_v, &dn);
    bool neg = d[0] == '-';
    if (neg) { d++; dn--; }
    Vstr out;
    vstr_init(&out, dn + 16);
    if (neg) vstr_addc(&out, '-');
    else if (s->sign == '+') vstr_addc(&out, '+');
    else if (s->sign == ' ') vstr_addc(&out, ' ');
    if (s->alt) vstr_add_str(&out, prefix);
    size_t sign_len = out.len;
    char *upper_from = NULL;
    (void)upper_from;
    if (s->grouping) {
        Int minw = 0;
        if (s->align == '=' && s->fill == '0' && s->width > (Int)sign_len) minw = s->width - (Int)sign_len;
        add_grouped(&out, d, dn, s->grouping, base == 10 ? 3 : 4, minw);
    } else {
        size_t start = out.len;
        vstr_add(&out, d, dn);
        if (t == 'X') for (size_t i = start; i < out.len; i++) if (out.buf[i] >= 'a' && out.buf[i] <= 'f') out.buf[i] -= 32;
    }
    if (s->grouping && t == 'X') for (size_t i = sign_len; i < out.len; i++) if (out.buf[i] >= 'a' && out.buf[i] <= 'f') out.buf[i] -= 32;
    Value r = pad_out(s, out.buf, out.len, sign_len, '>');
    vstr_free(&out);
    return r;
}

static Value format_float(double x, Spec *s, Value orig) {
    char t = s->type;
    if (t && !strchr("eEfFgGn%", t))
        exc_raise_msg(&exc_ValueError, "Unknown format code '%c' for object of type '%s'", t, obj_type_name(orig));
    if (t == 'n') {
        if (s->grouping) exc_raise_msg(&exc_ValueError, "Cannot specify ',' with 'n'.");
        t = 'g';
    }
    char buf[DTOA_DIGITS_MAX + 64];
    char *b = buf;
    size_t cap = sizeof buf;
    if (s->precision > 300) {
        cap = (size_t)s->precision + 400;
        b = gc_alloc(cap, GC_LEAF);
    }
    int flags = (s->alt ? DTOA_ALT : 0) | (s->z ? DTOA_NO_NEG_0 : 0);
    int n = dtoa_format(x, t, (int)s->precision, flags, b, cap);
    if (n < 0) exc_raise_msg(&exc_ValueError, "formatted float is too long (precision too large?)");
    Vstr out;
    vstr_init(&out, (size_t)n + 16);
    const char *p = b;
    bool neg = *p == '-';
    if (neg) { vstr_addc(&out, '-'); p++; }
    else if (s->sign == '+') vstr_addc(&out, '+');
    else if (s->sign == ' ') vstr_addc(&out, ' ');
    size_t sign_len = out.len;
    const char *e = b + n;
    if (s->grouping && isfinite(x)) {
        const char *q = p;
        while (q < e && *q >= '0' && *q <= '9') q++;
        Int minw = 0;
        if (s->align == '=' && s->fill == '0' && s->width > 0) minw = s->width - (Int)sign_len - (Int)(e - q);
        add_grouped(&out, p, (size_t)(q - p), s->grouping, 3, minw);
        vstr_add(&out, q, (size_t)(e - q));
    } else {
        vstr_add(&out, p, (size_t)(e - p));
    }
    /* zero padding does not apply to inf and nan: CPython pads them with the fill only */
    Spec s2 = *s;
    if (!isfinite(x) && s->zero && s->fill == '0' && s->align == '=') { s2.fill = '0'; }
    Value r = pad_out(&s2, out.buf, out.len, sign_len, '>');
    vstr_free(&out);
    if (b != buf) gc_free(b);
    return r;
}

static Value format_str(Value v, Spec *s) {
    if (s->type && s->type != 's') exc_raise_msg(&exc_ValueError, "Unknown format code '%c' for object of type 'str'", s->type);
    if (s->sign) exc_raise_msg(&exc_ValueError, "Sign not allowed in string format specifier");
    if (s->alt) exc_raise_msg(&exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (s->align == '=') exc_raise_msg(&exc_ValueError, "'=' alignment not allowed in string format specifier");
    if (s->grouping) exc_raise_msg(&exc_ValueError, "Cannot specify '%c' with 's'.", s->grouping);
    size_t n;
    const char *d = str_data(v, &n);
    if (s->precision >= 0 && (size_t)s->precision < str_nchars(v)) n = str_offset(v, (size_t)s->precision);
    return pad_out(s, d, n, 0, '<');
}

/* The formatting of the built-in types, without looking for a user __format__ (the slot
 * wrapper int.__format__ and friends call this). */
Value format_builtin(Value v, Value spec) {
    size_t sn;
    str_data(spec, &sn);
    if (sn == 0) return obj_str(v);
    Spec s;
    parse_spec(spec, &s);
    if (str_is(v)) return format_str(v, &s);
    if (int_is_int(v) && v != V_TRUE && v != V_FALSE) {
        Value r = format_int(v, &s);
        if (r != NULL_VALUE_FALLBACK) return r;
        return format_float(int_to_double(v), &s, v);
    }
    if (v == V_TRUE || v == V_FALSE) {
        Value r = format_int(V_MKINT(v == V_TRUE), &s);
        if (r != NULL_VALUE_FALLBACK) return r;
        return format_float(v == V_TRUE ? 1.0 : 0.0, &s, v);
    }
    if (is_instance_of(v, &float_type)) return format_float(float_value(v), &s, v);
    exc_raise_msg(&exc_TypeError, "unsupported format string passed to %s.__format__", obj_type_name(v));
}

Value format_with_spec(Value v, Value spec) {
    if (!str_is(spec)) exc_raise_msg(&exc_TypeError, "format() argument 2 must be str, not %s", obj_type_name(spec));
    const Type *t = type_of(v);
    if (type_is_heap(t)) {
        Value f = type_lookup(t, V_MKNAME(N___format__));
        if (f && type_of(f) == &function_type) {
            Value r = obj_call2(f, v, spec);
            if (!str_is(r)) exc_raise_msg(&exc_TypeError, "__format__ must return a str, not %s", obj_type_name(r));
            return r;
        }
    }
    return format_builtin(v, spec);
}

/* ---------------- str.format ---------------- */

static Value field_value(const char **pp, const char *e, Value *args, int nargs, Value kwnames,
                         Value mapping, int *auto_idx, bool *manual) {
    const char *p = *pp;
    const char *start = p;
    while (p < e && *p != '.' && *p != '[' && *p != '!' && *p != ':' && *p != '}') p++;
    Value v;
    size_t len = (size_t)(p - start);
    bool numeric = len > 0;
    for (size_t i = 0; i < len; i++) if (start[i] < '0' || start[i] > '9') numeric = false;
    if (len == 0) {
        if (*manual) exc_raise_msg(&exc_ValueError, "cannot switch from manual field specification to automatic field numbering");
        if (*auto_idx < 0) *auto_idx = 0;
        int k = (*auto_idx)++;
        if (k >= nargs) exc_raise_msg(&exc_IndexError, "Replacement index %d out of range for positional args tuple", k);
        v = args[k];
    } else if (numeric) {
        if (*auto_idx > 0) exc_raise_msg(&exc_ValueError, "cannot switch from automatic field numbering to manual field specification");
        *manual = true;
        Int k = 0;
        for (size_t i = 0; i < len; i++) k = k * 10 + (start[i] - '0');
        if (k >= nargs) exc_raise_msg(&exc_IndexError, "Replacement index %d out of range for positional args tuple", (int)k);
        v = args[k];
    } else {
        Value name = name_from_str(start, len);
        v = V_NULL;
        if (mapping) v = obj_getitem(mapping, name);
        else {
            size_t nkw = kwnames ? tuple_len(kwnames) : 0;
            for (size_t i = 0; i < nkw; i++)
                if (tuple_items(kwnames)[i] == name) v = args[nargs + i];
            if (!v) exc_raise(exc_new(&exc_KeyError, tuple_from_array(&name, 1)));
        }
    }
    while (p < e && (*p == '.' || *p == '[')) {
        if (*p == '.') {
            const char *a = ++p;
            while (p < e && *p != '.' && *p != '[' && *p != '!' && *p != ':' && *p != '}') p++;
            if (p == a) exc_raise_msg(&exc_ValueError, "Empty attribute in format string");
            v = obj_getattr(v, name_from_str(a, (size_t)(p - a)));
        } else {
            const char *a = ++p;
            while (p < e && *p != ']') p++;
            if (p >= e) exc_raise_msg(&exc_ValueError, "Missing ']' in format string");
            size_t kl = (size_t)(p - a);
            bool num = kl > 0;
            for (size_t i = 0; i < kl; i++) if (a[i] < '0' || a[i] > '9') num = false;
            Value key;
            if (num) {
                Int k = 0;
                for (size_t i = 0; i < kl; i++) k = k * 10 + (a[i] - '0');
                key = V_MKINT(k);
            } else {
                key = str_new(a, kl);
            }
            v = obj_getitem(v, key);
            p++;
        }
    }
    *pp = p;
    return v;
}

static void format_into(Vstr *out, const char *p, const char *e, Value *args, int nargs, Value kwnames,
                        Value mapping, int *auto_idx, bool *manual, int depth) {
    if (depth > 2) exc_raise_msg(&exc_ValueError, "Max string recursion exceeded");
    while (p < e) {
        char c = *p;
        if (c == '}') {
            if (p + 1 < e && p[1] == '}') { vstr_addc(out, '}'); p += 2; continue; }
            exc_raise_msg(&exc_ValueError, "Single '}' encountered in format string");
        }
        if (c != '{') { vstr_addc(out, c); p++; continue; }
        if (p + 1 < e && p[1] == '{') { vstr_addc(out, '{'); p += 2; continue; }
        p++;
        Value v = field_value(&p, e, args, nargs, kwnames, mapping, auto_idx, manual);
        char conv = 0;
        if (p < e && *p == '!') {
            p++;
            if (p >= e) exc_raise_msg(&exc_ValueError, "end of string while looking for conversion specifier");
            conv = *p++;
            if (conv != 'r' && conv != 's' && conv != 'a') exc_raise_msg(&exc_ValueError, "Unknown conversion specifier %c", conv);
            if (p < e && *p != ':' && *p != '}') exc_raise_msg(&exc_ValueError, "expected ':' after conversion specifier");
        }
        Vstr spec;
        vstr_init(&spec, 8);
        if (p < e && *p == ':') {
            p++;
            /* the spec may contain nested fields */
            const char *s0 = p;
            int nest = 0;
            while (p < e && (nest > 0 || *p != '}')) {
                if (*p == '{') nest++;
                else if (*p == '}') nest--;
                p++;
            }
            format_into(&spec, s0, p, args, nargs, kwnames, mapping, auto_idx, manual, depth + 1);
        }
        if (p >= e || *p != '}') exc_raise_msg(&exc_ValueError, "expected '}' before end of string");
        p++;
        if (conv == 'r') v = obj_repr(v);
        else if (conv == 's') v = obj_str(v);
        else if (conv == 'a') v = obj_ascii(v);
        Value r = format_with_spec(v, vstr_to_str(&spec));
        size_t rn;
        const char *rd = str_data(r, &rn);
        vstr_add(out, rd, rn);
    }
}

Value str_format_method(Value fmt, Value *args, int nargs, Value kwnames, Value mapping) {
    size_t n;
    const char *d = str_data(fmt, &n);
    Vstr out;
    vstr_init(&out, n + 16);
    int auto_idx = -1;
    bool manual = false;
    format_into(&out, d, d + n, args, nargs, kwnames, mapping, &auto_idx, &manual, 0);
    return vstr_to_str(&out);
}

/* ---------------- the % operator ---------------- */

static Value mod_format(const char *d, size_t n, Value args, bool is_bytes) {
    Value *items;
    size_t nitems;
    Value single = args;
    bool is_tuple = is_type(args, &tuple_type);
    if (is_tuple) { items = tuple_items(args); nitems = tuple_len(args); }
    else { items = &single; nitems = 1; }
    bool is_mapping = !is_tuple && (dict_is(args) || (!str_is(args) && type_lookup(type_of(args), V_MKNAME(N___getitem__)) &&
                                                       !is_instance_of(args, &list_type) && !bytes_get_data(args, &(const char *){0}, &(size_t){0})));
    size_t ai = 0;
    bool used_mapping = false;
    Vstr out;
    vstr_init(&out, n + 16);
    const char *p = d, *e = d + n;
    while (p < e) {
        if (*p != '%') { vstr_addc(&out, *p++); continue; }
        p++;
        if (p >= e) exc_raise_msg(&exc_ValueError, "incomplete format");
        Value v = V_NULL;
        if (*p == '(') {
            const char *k0 = ++p;
            int depth = 1;
            while (p < e && depth) { if (*p == '(') depth++; else if (*p == ')') depth--; if (depth) p++; }
            if (p >= e) exc_raise_msg(&exc_ValueError, "incomplete format key");
            if (!is_mapping) exc_raise_msg(&exc_TypeError, "format requires a mapping");
            Value key = is_bytes ? bytes_new((const uint8_t *)k0, (size_t)(p - k0)) : str_new(k0, (size_t)(p - k0));
            v = obj_getitem(args, key);
            used_mapping = true;
            p++;
        }
        Spec s;
        memset(&s, 0, sizeof s);
        s.fill = ' ';
        s.width = s.precision = -1;
        bool left = false;
        for (; p < e; p++) {
            if (*p == '-') left = true;
            else if (*p == '+') s.sign = '+';
            else if (*p == ' ') { if (s.sign != '+') s.sign = ' '; }
            else if (*p == '#') s.alt = true;
            else if (*p == '0') s.zero = true;
            else break;
        }
        if (p < e && *p == '*') {
            p++;
            if (ai >= nitems) exc_raise_msg(&exc_TypeError, "not enough arguments for format string");
            s.width = obj_get_int(items[ai++]);
            if (s.width < 0) { left = true; s.width = -s.width; }
        } else {
            s.width = parse_num(&p, e);
        }
        if (p < e && *p == '.') {
            p++;
            if (p < e && *p == '*') {
                p++;
                if (ai >= nitems) exc_raise_msg(&exc_TypeError, "not enough arguments for format string");
                s.precision = obj_get_int(items[ai++]);
            } else {
                s.precision = parse_num(&p, e);
                if (s.precision < 0) s.precision = 0;
            }
        }
        while (p < e && (*p == 'h' || *p == 'l' || *p == 'L')) p++;
        if (p >= e) exc_raise_msg(&exc_ValueError, "incomplete format");
        char t = *p++;
        if (t == '%') { vstr_addc(&out, '%'); continue; }
        if (!v) {
            if (ai >= nitems) exc_raise_msg(&exc_TypeError, "not enough arguments for format string");
            v = items[ai++];
        }
        s.align = left ? '<' : (s.zero && strchr("diouxXeEfFgG", t) ? '=' : '>');
        if (s.zero && !left && strchr("diouxXeEfFgG", t)) s.fill = '0';
        Value piece;
        switch (t) {
        case 's': case 'r': case 'a': {
            Value sv;
            if (is_bytes && t == 's') {
                const char *bd;
                size_t bn;
                if (bytes_get_data(v, &bd, &bn)) sv = str_new(bd, bn);
                else exc_raise_msg(&exc_TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", obj_type_name(v));
            } else {
                sv = t == 's' ? obj_str(v) : t == 'r' ? obj_repr(v) : obj_ascii(v);
            }
            s.sign = 0;
            s.alt = false;
            piece = format_str(sv, &s);
            break;
        }
        case 'c': {
            if (str_is(v)) {
                if (str_nchars(v) != 1) exc_raise_msg(&exc_TypeError, "%%c requires int or char");
                piece = pad_out(&s, str_data(v, &(size_t){0}), ((void)0, str_offset(v, 1)), 0, '>');
            } else {
                if (!int_is_int(v)) exc_raise_msg(&exc_TypeError, "%%c requires int or char");
                Spec cs = s;
                cs.type = 'c';
                cs.align = left ? '<' : '>';
                piece = format_int(v, &cs);
            }
            break;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
            Value iv = v;
            if (is_instance_of(v, &float_type)) {
                if (t == 'o' || t == 'x' || t == 'X') exc_raise_msg(&exc_TypeError, "%%%c format: an integer is required, not float", t);
                iv = int_from_double(float_value(v));
            } else if (!int_is_int(v)) {
                Value f = type_lookup(type_of(v), V_MKNAME(t == 'd' || t == 'i' || t == 'u' ? N___int__ : N___index__));
                if (!f) exc_raise_msg(&exc_TypeError, "%%%c format: %s is required, not %s", t,
                                      t == 'd' || t == 'i' || t == 'u' ? "a real number" : "an integer", obj_type_name(v));
                iv = obj_call1(f, v);
            }
            Spec is = s;
            is.type = (t == 'i' || t == 'u') ? 'd' : t;
            is.precision = -1;
            /* %#o uses 0o, %#x 0x: as format()'s alternate form */
            Value body = format_int(iv, &(Spec){' ', 0, s.sign, s.alt, false, false, -1, 0, -1, is.type});
            size_t bn;
            const char *bd = str_data(body, &bn);
            /* precision on ints: minimum digits */
            if (s.precision > 0) {
                size_t signl = (bd[0] == '-' || bd[0] == '+' || bd[0] == ' ') ? 1 : 0;
                size_t pl = s.alt && (t == 'o' || t == 'x' || t == 'X') ? 2 : 0;
                size_t digits = bn - signl - pl;
                if ((Int)digits < s.precision) {
                    Vstr z;
                    vstr_init(&z, bn + (size_t)s.precision);
                    vstr_add(&z, bd, signl + pl);
                    for (Int k = (Int)digits; k < s.precision; k++) vstr_addc(&z, '0');
                    vstr_add(&z, bd + signl + pl, digits);
                    body = vstr_to_str(&z);
                    bd = str_data(body, &bn);
                }
            }
            size_t signl = (bd[0] == '-' || bd[0] == '+' || bd[0] == ' ') ? 1 : 0;
            if (s.alt && (t == 'o' || t == 'x' || t == 'X')) signl += 2;
            piece = pad_out(&s, bd, bn, signl, '>');
            break;
        }
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            double x;
            if (!obj_get_float_maybe(v, &x)) exc_raise_msg(&exc_TypeError, "must be real number, not %s", obj_type_name(v));
            Spec fs = s;
            fs.type = t;
            if (fs.precision < 0) fs.precision = 6;
            piece = format_float(x, &fs, v);
            break;
        }
        default:
            exc_raise_msg(&exc_ValueError, "unsupported format character '%c' (0x%x) at index %d", t, (unsigned)(uint8_t)t, (int)(p - d - 1));
        }
        size_t pn;
        const char *pd = str_data(piece, &pn);
        vstr_add(&out, pd, pn);
    }
    if (ai < nitems && !used_mapping && !(is_mapping && !is_tuple))
        exc_raise_msg(&exc_TypeError, is_bytes ? "not all arguments converted during bytes formatting" : "not all arguments converted during string formatting");
    return is_bytes ? vstr_to_bytes(&out) : vstr_to_str(&out);
}

Value str_mod_format(Value fmt, Value args) {
    size_t n;
    const char *d = str_data(fmt, &n);
    return mod_format(d, n, args, false);
}

Value bytes_mod_format(Value fmt, Value args) {
    const char *d;
    size_t n;
    bytes_get_data(fmt, &d, &n);
    return mod_format(d, n, args, true);
}

Value str_format_value(Value v, Value spec) { return format_with_spec(v, spec); }
