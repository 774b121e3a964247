/* Formatting: the format mini-language (format(), str.format, f-strings), printf-style %
 * for str and bytes, and ascii().  Layouts and messages follow CPython 3.11. */
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
#include "unicode.h"

/* \xhh, \uhhhh or \Uhhhhhhhh for a code point */
static void add_escape(Vstr *v, uint32_t cp) {
    char buf[10];
    vstr_add(v, buf, str_escape_cp(buf, cp));
}

Value obj_ascii(Value v) {
    Value r = obj_repr(v);
    size_t n;
    const char *d = str_data(r, &n);
    if (str_nchars(r) == n) return r;
    Vstr out;
    vstr_init(&out, n + 8);
    for (const char *p = d, *e = d + n; p < e;) {
        uint32_t cp = utf8_decode(&p, e);
        if (cp < 0x80) vstr_addc(&out, (char)cp);
        else add_escape(&out, cp);
    }
    return vstr_to_str(&out);
}

/* ---------------- the format mini-language ---------------- */

typedef struct {
    uint32_t fill, type;    /* type: a code point, 0 when absent */
    int align, sign, grouping;   /* characters, 0 when absent */
    int alt, no_neg_0;
    Int width, prec;        /* -1 when absent */
} Spec;

/* The ASCII digits at *p as a number (-1 when none); the message too_big (compressed: ES_MSG)
 * past 2^31 - 1, checked before the number grows: Int is 32 bits on the board. */
static Int spec_int(const char **p, const char *e, const char *too_big) {
    Int v = -1;
    for (; *p < e && **p >= '0' && **p <= '9'; (*p)++) {
        int d = **p - '0';
        if (v > (0x7FFFFFFF - d) / 10) exc_raise_msg(&exc_ValueError, too_big);
        v = (v < 0 ? 0 : v * 10) + d;
    }
    return v;
}

static bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* c (a code point) is one of the ASCII characters of set */
static bool in_set(uint32_t c, const char *set) { return c && c < 128 && strchr(set, (int)c); }

static ES_NORETURN void unknown_code(uint32_t type, Value v) {
    if (type > 32 && type < 128)
        exc_raise_msg(&exc_ValueError, "Unknown format code '%c' for object of type '%T'", (int)type, v);
    exc_raise_msg(&exc_ValueError, "Unknown format code '\\x%x' for object of type '%T'", (unsigned)type, v);
}

/* [[fill]align][sign][z][#][0][width][grouping][.precision][type], as CPython parses it for
 * an object v whose type formats with default_type and default_align. */
static void parse_spec(Value specv, Spec *s, Value v, uint32_t default_type, char default_align) {
    size_t n;
    char copy[24];
    const char *p = str_data(specv, &n);
    p = gc_bytes_in_ram(p, n, copy, sizeof copy);   /* (a frozen spec is in flash) */
    const char *e = p + n, *q = p;
    memset(s, 0, sizeof *s);
    s->fill = ' ';
    s->width = s->prec = -1;
    s->type = default_type;
    bool fill_given = false;
    if (p < e) utf8_decode(&q, e);
    if (q < e && is_align(*q)) {
        s->fill = utf8_decode(&p, e);
        s->align = *p++;
        fill_given = true;
    } else if (p < e && is_align(*p)) {
        s->align = *p++;
    }
    if (p < e && (*p == '+' || *p == '-' || *p == ' ')) s->sign = *p++;
    if (p < e && *p == 'z') { s->no_neg_0 = true; p++; }
    if (p < e && *p == '#') { s->alt = true; p++; }
    if (!fill_given && p < e && *p == '0') {
        s->fill = '0';
        if (!s->align && default_align == '>') s->align = '=';
        p++;
    }
    s->width = spec_int(&p, e, ES_MSG("Too many decimal digits in format string"));
    if (p < e && *p == ',') { s->grouping = ','; p++; }
    if (p < e && *p == '_') {
        if (s->grouping) exc_raise_msg(&exc_ValueError, "Cannot specify both ',' and '_'.");
        s->grouping = '_';
        p++;
    }
    if (p < e && *p == ',' && s->grouping == '_') exc_raise_msg(&exc_ValueError, "Cannot specify both ',' and '_'.");
    if (p < e && *p == '.') {
        p++;
        s->prec = spec_int(&p, e, ES_MSG("Too many decimal digits in format string"));
        if (s->prec < 0) exc_raise_msg(&exc_ValueError, "Format specifier missing precision");
    }
    if (p < e) {
        q = p;
        utf8_decode(&q, e);
        if (q < e) exc_raise_msg(&exc_ValueError, "Invalid format specifier '%v' for object of type '%T'", specv, v);
        s->type = utf8_decode(&p, e);
    }
    if (s->grouping && s->type && !in_set(s->type, "defgEGF%")) {
        if (!(s->grouping == '_' && in_set(s->type, "boxX"))) {
            if (s->type > 32 && s->type < 128)
                exc_raise_msg(&exc_ValueError, "Cannot specify '%c' with '%c'.", s->grouping, (int)s->type);
            exc_raise_msg(&exc_ValueError, "Cannot specify '%c' with '\\x%x'.", s->grouping, (unsigned)s->type);
        }
    }
}

/* Pads body (nchars characters) to the spec's width; '=' puts the padding after the first
 * `pre` bytes (sign and prefix). */
static Value pad_out(const Spec *s, const char *body, size_t blen, size_t nchars, size_t pre, char default_align) {
    char align = s->align ? s->align : default_align;
    Int pad = s->width > (Int)nchars ? s->width - (Int)nchars : 0;
    Int left = align == '>' || align == '=' ? pad : align == '^' ? pad / 2 : 0;
    if (align != '=') pre = 0;
    Vstr v;
    vstr_init(&v, blen + (size_t)pad);
    vstr_add(&v, body, pre);
    for (Int i = 0; i < pad; i++) {
        if (i == left) vstr_add(&v, body + pre, blen - pre);
        vstr_add_utf8(&v, s->fill);
    }
    if (left == pad) vstr_add(&v, body + pre, blen - pre);
    return vstr_to_str(&v);
}

/* The integer digits d[0..nd) grouped as CPython does (every `every` digits, zero-extended to
 * min_width characters), written backwards ending at end.  Returns the length. */
static size_t group_digits(char *end, const char *d, Int nd, Int min_width, char sep, int every) {
    char *p = end;
    Int rem = nd;
    for (bool use_sep = false;; use_sep = true) {
        Int l = rem > min_width ? rem : min_width;
        if (l < 1) l = 1;
        if (sep && l > every) l = every;
        Int chars = rem < l ? rem : l;
        if (use_sep) *--p = sep;
        p -= chars;
        memcpy(p, d + rem - chars, (size_t)chars);
        for (Int z = l - chars; z > 0; z--) *--p = '0';
        rem -= chars;
        min_width -= l;
        if (!sep || (rem <= 0 && min_width <= 0)) break;
        min_width--;
    }
    return (size_t)(end - p);
}

/* A number: sign ('-', '+', ' ' or 0), prefix ("0x"...), integer digits, then rest (point,
 * fraction, exponent...: nrest bytes), laid out per spec (CPython's fill_number). */
static Value number_out(const Spec *s, char sign, const char *prefix, const char *d, size_t nd, const char *rest,
                        size_t nrest, int every) {
    size_t npre = (sign != 0) + strlen(prefix);
    Int min_width = s->fill == '0' && s->align == '=' ? s->width - (Int)(npre + nrest) : 0;
    size_t cap = (nd + (size_t)(min_width > 0 ? min_width : 0)) * 2 + 4;
    char *buf = gc_alloc(npre + cap + nrest, GC_LEAF), *end = buf + npre + cap;
    size_t glen = nd ? group_digits(end, d, (Int)nd, min_width, s->grouping, every) : 0;   /* inf, nan */
    char *body = end - glen - npre;
    if (sign) body[0] = sign;
    memcpy(body + (sign != 0), prefix, npre - (sign != 0));
    memcpy(end, rest, nrest);
    size_t blen = npre + glen + nrest;
    Value r = pad_out(s, body, blen, blen, npre, '>');
    gc_free(buf);
    return r;
}

static Value format_str(Value v, Spec *s) {
    if (s->type != 's') unknown_code(s->type, v);
    if (s->sign) exc_raise_msg(&exc_ValueError, s->sign == ' ' ? ES_MSG("Space not allowed in string format specifier") : ES_MSG("Sign not allowed in string format specifier"));
    if (s->no_neg_0) exc_raise_msg(&exc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (s->alt) exc_raise_msg(&exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (s->align == '=') exc_raise_msg(&exc_ValueError, "'=' alignment not allowed in string format specifier");
    size_t n, nc = str_nchars(v);
    const char *d = str_data(v, &n);
    if (s->prec >= 0 && (size_t)s->prec < nc) {
        n = str_offset(v, (size_t)s->prec);
        nc = (size_t)s->prec;
    }
    return pad_out(s, d, n, nc, 0, '<');
}

/* CPython's float text (dtoa_format) as a str: a small buffer on the C stack (the lx106 has
 * 8 kB of it), the heap for long results (big precisions or magnitudes with 'f'). */
static Value float_text(double x, char type, Int prec, int flags) {
    char small[48];
    int n = dtoa_format(x, type, (int)prec, flags, small, sizeof small);
    if (n >= 0) return str_new(small, (size_t)n);
    size_t cap = (size_t)(prec > 0 ? prec : 0) + 400;
    char *b = gc_alloc(cap, GC_LEAF);
    n = dtoa_format(x, type, (int)prec, flags, b, cap);
    if (n < 0) exc_raise_msg(&exc_ValueError, "precision too big");
    Value r = str_new(b, (size_t)n);
    gc_free(b);
    return r;
}

static Value format_float(double x, Spec *s, Value v) {
    uint32_t t = s->type;
    if (t && !in_set(t, "eEfFgGn%")) unknown_code(t, v);
    if (t == 'n') t = 'g';
    size_t n;
    char copy[8];
    const char *p = str_data(float_text(x, (char)t, s->prec, (s->alt ? DTOA_ALT : 0) | (s->no_neg_0 ? DTOA_NO_NEG_0 : 0)), &n);
    p = gc_bytes_in_ram(p, n, copy, sizeof copy);   /* (a one-digit str is a static name, in flash) */
    const char *end = p + n;
    char sign = *p == '-' ? *p++ : s->sign == '-' ? 0 : s->sign;
    size_t nd = 0;
    while (p + nd < end && p[nd] >= '0' && p[nd] <= '9') nd++;
    return number_out(s, sign, "", p, nd, p + nd, (size_t)(end - p - nd), 3);
}

static Value format_int(Value v, Spec *s) {
    uint32_t t = s->type;
    if (in_set(t, "eEfFgG%")) return format_float(int_to_double(v), s, v);
    if (!in_set(t, "bcdoxXn")) unknown_code(t, v);
    if (s->prec >= 0) exc_raise_msg(&exc_ValueError, "Precision not allowed in integer format specifier");
    if (s->no_neg_0) exc_raise_msg(&exc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    if (t == 'c') {
        if (s->sign) exc_raise_msg(&exc_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (s->alt) exc_raise_msg(&exc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
        Int c;
        if (!int_to_machine(v, &c)) exc_raise_msg(&exc_OverflowError, "Python int too large to convert to C long");
        if (c < 0 || c > 0x10FFFF) exc_raise_msg(&exc_OverflowError, "%%c arg not in range(0x110000)");
        char buf[4];
        size_t k = utf8_encode((uint32_t)c, buf);
        return pad_out(s, buf, k, 1, 0, '>');
    }
    int base = t == 'b' ? 2 : t == 'o' ? 8 : t == 'x' || t == 'X' ? 16 : 10;
    Value digits = int_to_str(int_value_of(v), base);
    size_t nd;
    char copy[8];
    const char *d = str_data(digits, &nd);
    d = gc_bytes_in_ram(d, nd, copy, sizeof copy);   /* (a one-digit str is a static name, in flash) */
    char sign = s->sign == '-' ? 0 : s->sign;
    if (*d == '-') { sign = '-'; d++; nd--; }
    bool alt = s->alt && base != 10;
    char prefix[4] = {alt ? '0' : 0, alt ? (char)t : 0, 0, 0};   /* (computed: no copy from flash) */
    if (t == 'X') {
        char *u = gc_alloc(nd, GC_LEAF);
        for (size_t i = 0; i < nd; i++) u[i] = d[i] >= 'a' ? (char)(d[i] - 32) : d[i];
        d = u;
    }
    return number_out(s, sign, prefix, d, nd, "", 0, base == 10 ? 3 : 4);
}

/* The formatting of the built-in types, without looking for a user __format__ (the slot
 * wrapper int.__format__ and friends call this). */
Value format_builtin(Value v, Value spec) {
    size_t sn;
    str_data(spec, &sn);
    if (sn == 0) return obj_str(v);
    Spec s;
    if (str_is(v)) {
        parse_spec(spec, &s, v, 's', '<');
        return format_str(v, &s);
    }
    if (int_is_int(v)) {
        parse_spec(spec, &s, v, 'd', '>');
        return format_int(v, &s);
    }
    if (is_instance_of(v, &float_type)) {
        parse_spec(spec, &s, v, 0, '>');
        return format_float(float_value(v), &s, v);
    }
    exc_raise_msg(&exc_TypeError, "unsupported format string passed to %T.__format__", v);
}

Value format_with_spec(Value v, Value spec) {
    if (!str_is(spec)) exc_raise_msg(&exc_TypeError, "format() argument 2 must be str, not %T", spec);
    const Type *t = type_of(v);
    if (type_is_heap(t)) {
        Value f = type_lookup(t, V_MKNAME(N___format__));
        if (f && type_of(f) == &function_type) {
            Value r = obj_call2(f, v, spec);
            if (!str_is(r)) exc_raise_msg(&exc_TypeError, "__format__ must return a str, not %T", r);
            return r;
        }
    }
    return format_builtin(v, spec);
}

Value str_format_value(Value v, Value spec) { return format_with_spec(v, spec); }

/* ---------------- str.format and str.format_map ---------------- */

typedef struct {
    Value *args;
    int nargs;           /* -1: format_map (no positional arguments) */
    Value kwnames, mapping;
    int next;            /* the next automatic field number */
    int numbering;       /* 0, 'a' automatic, 'm' manual */
} FormatCtx;

/* A field name part that is all decimal digits: its value, else -1. */
static Int field_index(const char *p, const char *e) {
    if (p == e) return -1;
    Int v = 0;
    while (p < e) {
        int dv = unicode_decimal_value(utf8_decode(&p, e));
        if (dv < 0) return -1;
        if (v > (0x7FFFFFFF - dv) / 10) exc_raise_msg(&exc_ValueError, "Too many decimal digits in format string");
        v = v * 10 + dv;
    }
    return v;
}

/* The object a field name (p..e) denotes: an argument, then .attr and [key] lookups. */
static Value field_object(FormatCtx *c, const char *p, const char *e) {
    const char *f = p;
    while (f < e && *f != '.' && *f != '[') f++;
    Int idx = field_index(p, f);
    bool empty = p == f;
    if (empty || idx >= 0) {
        char want = empty ? 'a' : 'm';
        if (!c->numbering) c->numbering = want;
        if (c->numbering != want)
            exc_raise_msg(&exc_ValueError, empty ? ES_MSG("cannot switch from manual field specification to automatic field numbering")
                                               : ES_MSG("cannot switch from automatic field numbering to manual field specification"));
        if (empty) idx = c->next++;
    }
    Value v;
    if (idx < 0) {
        Value key = str_new(p, (size_t)(f - p));
        if (c->mapping) v = obj_getitem(c->mapping, key);
        else {
            v = V_NULL;
            key = str_intern(key);
            size_t nkw = c->kwnames ? tuple_len(c->kwnames) : 0;
            for (size_t i = 0; i < nkw; i++)
                if (tuple_items(c->kwnames)[i] == key) v = c->args[c->nargs + (int)i];
            if (!v) exc_raise(exc_new(&exc_KeyError, tuple_from_array(&key, 1)));
        }
    } else {
        if (c->nargs < 0) exc_raise_msg(&exc_ValueError, "Format string contains positional fields");
        if (idx >= c->nargs)
            exc_raise_msg(&exc_IndexError, "Replacement index %D out of range for positional args tuple", idx);
        v = c->args[idx];
    }
    while (f < e) {
        const char *a = f + 1, *b = a;
        if (*f == '.') {
            while (b < e && *b != '.' && *b != '[') b++;
            f = b;
        } else if (*f == '[') {
            while (b < e && *b != ']') b++;
            if (b >= e) exc_raise_msg(&exc_ValueError, "Missing ']' in format string");
            f = b + 1;
        } else {
            exc_raise_msg(&exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (a == b) exc_raise_msg(&exc_ValueError, "Empty attribute in format string");
        if (*(a - 1) == '.') {
            v = obj_getattr(v, str_intern(str_new(a, (size_t)(b - a))));
        } else {
            Int k = field_index(a, b);
            v = obj_getitem(v, k >= 0 ? V_MKINT(k) : str_new(a, (size_t)(b - a)));
        }
    }
    return v;
}

static void format_markup(FormatCtx *c, Vstr *out, const char *p, const char *e, int depth) {
    if (depth <= 0) exc_raise_msg(&exc_ValueError, "Max string recursion exceeded");
    while (p < e) {
        /* literal text up to a brace; doubled braces are literal */
        const char *lit = p;
        while (p < e && *p != '{' && *p != '}') p++;
        vstr_add(out, lit, (size_t)(p - lit));
        if (p >= e) break;
        char brace = *p++;
        if (p < e && *p == brace) { vstr_addc(out, brace); p++; continue; }
        if (brace == '}') exc_raise_msg(&exc_ValueError, "Single '}' encountered in format string");
        if (p >= e) exc_raise_msg(&exc_ValueError, "Single '{' encountered in format string");
        /* the field name ends at '}', ':' or '!' (not inside [...]) */
        const char *name = p;
        char c0 = 0;
        while (p < e) {
            c0 = *p++;
            if (c0 == '{') exc_raise_msg(&exc_ValueError, "unexpected '{' in field name");
            if (c0 == '[') { while (p < e && *p != ']') p++; c0 = 0; continue; }
            if (c0 == '}' || c0 == ':' || c0 == '!') break;
            c0 = 0;
        }
        if (!c0) exc_raise_msg(&exc_ValueError, "expected '}' before end of string");
        const char *name_end = p - 1, *spec = p, *spec_end = p;
        uint32_t conv = 0;
        bool nested = false;
        if (c0 != '}') {
            if (c0 == '!') {
                if (p >= e) exc_raise_msg(&exc_ValueError, "end of string while looking for conversion specifier");
                conv = utf8_decode(&p, e);
                if (p < e) {
                    char c1 = *p++;
                    if (c1 != '}' && c1 != ':') exc_raise_msg(&exc_ValueError, "expected ':' after conversion specifier");
                    c0 = c1;
                }
            }
            spec = spec_end = p;
            if (c0 != '}') {
                int count = 1;
                while (p < e) {
                    char ch = *p++;
                    if (ch == '{') { nested = true; count++; }
                    else if (ch == '}' && --count == 0) break;
                }
                if (count) exc_raise_msg(&exc_ValueError, "unmatched '{' in format spec");
                spec_end = p - 1;
            }
        }
        Value v = field_object(c, name, name_end);
        if (conv) {
            if (conv == 'r') v = obj_repr(v);
            else if (conv == 's') v = obj_str(v);
            else if (conv == 'a') v = obj_ascii(v);
            else if (conv > 32 && conv < 127) exc_raise_msg(&exc_ValueError, "Unknown conversion specifier %c", (int)conv);
            else exc_raise_msg(&exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
        }
        Value specv;
        if (nested) {
            Vstr sv;
            vstr_init(&sv, (size_t)(spec_end - spec) + 8);
            format_markup(c, &sv, spec, spec_end, depth - 1);
            specv = vstr_to_str(&sv);
        } else {
            specv = str_new(spec, (size_t)(spec_end - spec));
        }
        Value r = format_with_spec(v, specv);
        size_t rn;
        const char *rd = str_data(r, &rn);
        vstr_add(out, rd, rn);
    }
}

Value str_format_method(Value fmt, Value *args, int nargs, Value kwnames, Value mapping) {
    size_t n;
    char copy[48];
    const char *d = str_data(fmt, &n);
    d = gc_bytes_in_ram(d, n, copy, sizeof copy);   /* (a frozen format string is in flash) */
    FormatCtx c = {args, mapping ? -1 : nargs, kwnames, mapping, 0, 0};
    Vstr out;
    vstr_init(&out, n + 16);
    format_markup(&c, &out, d, d + n, 2);
    return vstr_to_str(&out);
}

/* ---------------- the % operator (str and bytes) ---------------- */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

/* The body of %d %i %u %o %x %X: "-", "0x" with '#', at least prec digits. */
static Value percent_int(Value v, char t, int flags, Int prec) {
    Value iv = v;
    bool number = int_is_int(v) || is_instance_of(v, &float_type) || type_lookup(type_of(v), V_MKNAME(N___index__)) ||
                  type_lookup(type_of(v), V_MKNAME(N___int__)) || type_lookup(type_of(v), V_MKNAME(N___float__));
    bool need_index = t == 'o' || t == 'x' || t == 'X';
    if (number && !int_is_int(v)) {
        if (need_index) number = type_lookup(type_of(v), V_MKNAME(N___index__)) != V_NULL;
        else if (is_instance_of(v, &float_type)) iv = int_from_double(float_value(v));
        else {
            Value f = type_lookup(type_of(v), V_MKNAME(N___int__));
            if (!f) f = type_lookup(type_of(v), V_MKNAME(N___index__));
            number = f != V_NULL;
            if (f) iv = obj_call1(f, v);
        }
        if (number && need_index) iv = obj_unary_op(UOP_INDEX, v);
    }
    if (!number)
        exc_raise_msg(&exc_TypeError, need_index ? ES_MSG("%%%c format: an integer is required, not %T")
                      : ES_MSG("%%%c format: a real number is required, not %T"), t, v);
    Value ds = int_to_str(int_value_of(iv), t == 'o' ? 8 : need_index ? 16 : 10);
    size_t nd;
    char copy[8];
    const char *d = str_data(ds, &nd);
    d = gc_bytes_in_ram(d, nd, copy, sizeof copy);   /* (a one-digit str is a static name, in flash) */
    bool neg = *d == '-';
    d += neg;
    nd -= neg;
    Vstr o;
    vstr_init(&o, nd + 4 + (size_t)(prec > 0 ? prec : 0));
    if (neg) vstr_addc(&o, '-');
    if ((flags & F_ALT) && need_index) { vstr_addc(&o, '0'); vstr_addc(&o, t == 'o' ? 'o' : 'x'); }
    for (Int i = (Int)nd; i < prec; i++) vstr_addc(&o, '0');
    vstr_add(&o, d, nd);
    if (t == 'X')
        for (size_t i = 0; i < o.len; i++)
            if (o.buf[i] >= 'a' && o.buf[i] <= 'x') o.buf[i] -= 32;
    return vstr_to_str(&o);
}

/* Writes body (nchars characters) with CPython's %-format padding rules. */
static void percent_out(Vstr *out, const char *b, size_t blen, Int len, char t, int flags, Int width, bool numeric) {
    char fill = numeric && (flags & F_ZERO) ? '0' : ' ';
    char sign = 0;
    if (numeric) {
        char c = (char)es_rd8(b);   /* (a short body may be a static name, in flash) */
        if (c == '-' || c == '+') { sign = c; b++; blen--; len--; }
        else if (flags & F_SIGN) sign = '+';
        else if (flags & F_BLANK) sign = ' ';
    }
    if (width < len) width = len;
    if (sign) {
        if (fill != ' ') vstr_addc(out, sign);
        if (width > len) width--;
    }
    bool prefix = (flags & F_ALT) && (t == 'x' || t == 'X' || t == 'o');
    if (prefix) {
        if (fill != ' ') { vstr_add(out, b, 2); }
        width = width > 2 ? width - 2 : 0;
        len -= 2;
    }
    if (width > len && !(flags & F_LJUST)) {
        memset(vstr_extend(out, (size_t)(width - len)), fill, (size_t)(width - len));
        width = len;
    }
    if (fill == ' ') {
        if (sign) vstr_addc(out, sign);
        if (prefix) vstr_add(out, b, 2);
    }
    if (prefix) { b += 2; blen -= 2; }
    vstr_add(out, b, blen);
    if (width > len) memset(vstr_extend(out, (size_t)(width - len)), ' ', (size_t)(width - len));
}

static bool has_getitem(Value v) {
    if (slot_owner_subscr(type_of(v))) return true;
    return type_lookup(type_of(v), V_MKNAME(N___getitem__)) != V_NULL;
}

static Value percent_format(const char *d, size_t n, Value args, bool is_bytes) {
    bool tuple = is_instance_of(args, &tuple_type);
    Value *items = tuple ? tuple_items(args) : &args;
    Int nitems = tuple ? (Int)tuple_len(args) : -1, ai = tuple ? 0 : -2;
    bool text = is_bytes ? is_instance_of(args, &bytes_type) || is_instance_of(args, &bytearray_type) : str_is(args);
    Value dict = !tuple && !text && has_getitem(args) ? args : V_NULL;   /* CPython's PyMapping_Check */
    Vstr out;
    vstr_init(&out, n + 16);
    const char *p = d, *e = d + n;
    while (p < e) {
        const char *lit = p;
        while (p < e && *p != '%') p++;
        vstr_add(&out, lit, (size_t)(p - lit));
        if (p++ >= e) break;
        if (p < e && *p == '%') { vstr_addc(&out, '%'); p++; continue; }
        if (p < e && *p == '(') {
            if (!dict) exc_raise_msg(&exc_TypeError, "format requires a mapping");
            const char *k0 = ++p;
            int depth = 1;
            for (; p < e; p++) {
                if (*p == '(') depth++;
                else if (*p == ')' && --depth == 0) break;
            }
            if (p >= e) exc_raise_msg(&exc_ValueError, "incomplete format key");
            Value key = is_bytes ? bytes_new((const uint8_t *)k0, (size_t)(p - k0)) : str_new(k0, (size_t)(p - k0));
            p++;
            args = obj_getitem(dict, key);
            items = &args;
            nitems = -1;
            ai = -2;
        }
        int flags = 0;
        for (; p < e; p++) {
            const char *fl = strchr("-+ #0", *p);
            if (!fl || !*p) break;
            flags |= 1 << (fl - "-+ #0");
        }
        Int width = -1, prec = -1;
        for (int part = 0; part < 2; part++) {
            if (part) {
                if (p >= e || *p != '.') break;
                p++;
                prec = 0;
            }
            Int x = -1;
            if (p < e && *p == '*') {
                p++;
                if (ai >= nitems) exc_raise_msg(&exc_TypeError, "not enough arguments for format string");
                Value w = items[nitems < 0 ? 0 : ai];
                ai++;
                if (!int_is_int(w)) exc_raise_msg(&exc_TypeError, "* wants int");
                x = obj_get_int(w);
                if (x < 0) { if (part) x = 0; else { flags |= F_LJUST; x = -x; } }
            } else {
                x = spec_int(&p, e, part ? ES_MSG("precision too big") : ES_MSG("width too big"));
            }
            if (part) prec = x < 0 ? 0 : x;
            else width = x;
        }
        if (p < e && (*p == 'h' || *p == 'l' || *p == 'L')) p++;
        if (p >= e) exc_raise_msg(&exc_ValueError, "incomplete format");
        const char *at = p;
        uint32_t t = is_bytes ? (uint8_t)*p++ : utf8_decode(&p, e);
        if (is_bytes && t == 'i') t = 'd';
        if (ai >= nitems) exc_raise_msg(&exc_TypeError, "not enough arguments for format string");
        Value v = items[nitems < 0 ? 0 : ai];
        ai++;
        Value body;
        bool numeric = false;
        switch (t) {
        case 's': case 'r': case 'a': case 'b':
            if (!is_bytes && t == 'b') goto unsupported;
            if (is_bytes && (t == 's' || t == 'b')) {
                const char *bd;
                size_t bn;
                if (!bytes_get_data(v, &bd, &bn)) {
                    Value f = type_lookup(type_of(v), V_MKNAME(N___bytes__));
                    if (!f || !bytes_get_data(v = obj_call1(f, v), &bd, &bn))
                        exc_raise_msg(&exc_TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%T'", v);
                }
                if (prec >= 0 && (size_t)prec < bn) bn = (size_t)prec;
                percent_out(&out, bd, bn, (Int)bn, (char)t, flags, width, false);
                continue;
            }
            body = t == 's' ? obj_str(v) : t == 'r' && !is_bytes ? obj_repr(v) : obj_ascii(v);
            break;
        case 'c':
            if (is_bytes) {
                const char *bd;
                size_t bn;
                char ch;
                if (bytes_get_data(v, &bd, &bn) && bn == 1) ch = (char)es_rd8(bd);
                else if (int_is_int(v)) {
                    Int x;
                    if (!int_to_machine(v, &x) || x < 0 || x > 255) exc_raise_msg(&exc_OverflowError, "%%c arg not in range(256)");
                    ch = (char)x;
                } else {
                    exc_raise_msg(&exc_TypeError, "%%c requires an integer in range(256) or a single byte");
                }
                percent_out(&out, &ch, 1, 1, 'c', flags, width, false);
                continue;
            }
            if (str_is(v)) {
                if (str_nchars(v) != 1) exc_raise_msg(&exc_TypeError, "%%c requires int or char");
                body = v;
            } else {
                Int x;
                if (!int_is_int(v)) exc_raise_msg(&exc_TypeError, "%%c requires int or char");
                if (!int_to_machine(v, &x) || x < 0 || x > 0x10FFFF) exc_raise_msg(&exc_OverflowError, "%%c arg not in range(0x110000)");
                char buf[4];
                body = str_new(buf, utf8_encode((uint32_t)x, buf));
            }
            break;
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
            body = percent_int(v, (char)t, flags, prec);
            numeric = true;
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            double x;
            if (!obj_get_float_maybe(v, &x))
                exc_raise_msg(&exc_TypeError, is_bytes ? ES_MSG("float argument required, not %T") : ES_MSG("must be real number, not %T"), v);
            body = float_text(x, (char)t, prec < 0 ? 6 : prec, (flags & F_ALT) ? DTOA_ALT : 0);
            numeric = true;
            break;
        }
        default:
        unsupported:
            exc_raise_msg(&exc_ValueError, "unsupported format character '%c' (0x%x) at index %d",
                          t >= 31 && t <= 126 ? (int)t : '?', (unsigned)t,
                          (int)(is_bytes ? (size_t)(at - d) : utf8_count(d, (size_t)(at - d))));
        }
        size_t bn;
        const char *bd = str_data(body, &bn);
        Int len = (Int)str_nchars(body);
        if (t != 'c' && !numeric && prec >= 0 && prec < len) {
            bn = str_offset(body, (size_t)prec);
            len = prec;
        }
        percent_out(&out, bd, bn, len, (char)t, flags, width, numeric);   /* ASCII for bytes */
    }
    if (ai < nitems && !dict)
        exc_raise_msg(&exc_TypeError, is_bytes ? ES_MSG("not all arguments converted during bytes formatting")
                      : ES_MSG("not all arguments converted during string formatting"));
    return is_bytes ? vstr_to_bytes(&out) : vstr_to_str(&out);
}

Value str_mod_format(Value fmt, Value args) {
    size_t n;
    char copy[48];
    const char *d = str_data(fmt, &n);
    return percent_format(gc_bytes_in_ram(d, n, copy, sizeof copy), n, args, false);
}

Value bytes_mod_format(Value fmt, Value args) {
    const char *d;
    size_t n;
    char copy[48];
    bytes_get_data(fmt, &d, &n);
    Value r = percent_format(gc_bytes_in_ram(d, n, copy, sizeof copy), n, args, true);
    if (!bytes_is_bytearray(fmt)) return r;
    bytes_get_data(r, &d, &n);
    return bytearray_new((const uint8_t *)d, n);
}
