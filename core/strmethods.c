/* The methods of str. */
#include <string.h>
#include "objstr.h"
#include "objbytes.h"
#include "objint.h"
#include "objtuple.h"
#include "objlist.h"
#include "objdict.h"
#include "objfun.h"
#include "objtype.h"
#include "strformat.h"
#include "unicode.h"
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "vstr.h"

static bool unicode_isspace_at(const char *d, size_t n, size_t *i) {
    if (*i >= n) return false;
    const char *p = d + *i;
    uint32_t c = utf8_decode(&p, d + n);
    if (!unicode_isspace(c)) return false;
    *i = (size_t)(p - d);
    return true;
}

static bool unicode_isspace_before(const char *d, size_t *e) {
    if (*e == 0) return false;
    size_t k = *e - 1;
    while (k > 0 && ((uint8_t)d[k] & 0xC0) == 0x80) k--;
    const char *p = d + k;
    uint32_t c = utf8_decode(&p, d + *e);
    if (!unicode_isspace(c)) return false;
    *e = k;
    return true;
}

static size_t unicode_line_break(const char *d, size_t n, size_t j) {
    uint8_t c = (uint8_t)d[j];
    if (c == '\n' || c == '\v' || c == '\f' || c == 0x1C || c == 0x1D || c == 0x1E) return 1;
    if (c == '\r') return (j + 1 < n && d[j + 1] == '\n') ? 2 : 1;
    if (c == 0xC2 && j + 1 < n && (uint8_t)d[j + 1] == 0x85) return 2;
    if (c == 0xE2 && j + 2 < n && (uint8_t)d[j + 1] == 0x80 && ((uint8_t)d[j + 2] == 0xA8 || (uint8_t)d[j + 2] == 0xA9)) return 3;
    return 0;
}

#define M(name) static Value s_##name(Value *a, int n, Value kw)
#define UNUSED (void)n; (void)kw

static const char *arg_str(Value v, size_t *len, const char *method) {
    if (!str_is(v)) exc_raise_msg(&exc_TypeError, "%s arg must be None or str", method);
    return str_data(v, len);
}

static const char *must_str(Value v, size_t *len, const char *what) {
    if (!str_is(v)) exc_raise_msg(&exc_TypeError, "%s() argument must be str, not %s", what, obj_type_name(v));
    return str_data(v, len);
}

/* ---- searching helpers over byte offsets ---- */

static Int find_bytes(const char *h, size_t hn, const char *nd, size_t nn, size_t start, size_t end, bool reverse) {
    if (end > hn) end = hn;
    if (start > end || nn > end - start) return -1;
    if (!reverse) {
        for (size_t i = start; i + nn <= end; i++)
            if (memcmp(h + i, nd, nn) == 0) return (Int)i;
    } else {
        for (size_t i = end - nn + 1; i-- > start;)
            if (memcmp(h + i, nd, nn) == 0) return (Int)i;
    }
    return -1;
}

/* start/end arguments (character indices) to byte offsets */
static void char_range(Value s, Value *args, int nargs, size_t *bstart, size_t *bend, Int *cstart_out) {
    Int len = (Int)str_nchars(s);
    Int start = 0, end = len;
    if (nargs > 0 && args[0] != V_NONE) {
        start = obj_get_index(args[0]);
        if (start < 0) { start += len; if (start < 0) start = 0; }
    }
    if (nargs > 1 && args[1] != V_NONE) {
        end = obj_get_index(args[1]);
        if (end < 0) { end += len; if (end < 0) end = 0; }
    }
    if (end > len) end = len;
    if (start > len) { *bstart = (size_t)-1; *bend = 0; *cstart_out = start; return; }
    *bstart = str_offset(s, (size_t)start);
    *bend = end < start ? *bstart : str_offset(s, (size_t)end);
    *cstart_out = start;
}

static Value do_find(Value *a, int n, bool reverse, bool raise, const char *what) {
    size_t hn, nn;
    const char *h = str_data(a[0], &hn);
    const char *nd = must_str(a[1], &nn, what);
    size_t bs, be;
    Int cs;
    char_range(a[0], a + 2, n - 2, &bs, &be, &cs);
    Int r = bs == (size_t)-1 ? -1 : find_bytes(h, hn, nd, nn, bs, be, reverse);
    if (r < 0) {
        if (raise) exc_raise_msg(&exc_ValueError, "substring not found");
        return V_MKINT(-1);
    }
    return V_MKINT((Int)utf8_count(h, (size_t)r));
}

M(find) { (void)kw; return do_find(a, n, false, false, "find"); }
M(rfind) { (void)kw; return do_find(a, n, true, false, "rfind"); }
M(index) { (void)kw; return do_find(a, n, false, true, "index"); }
M(rindex) { (void)kw; return do_find(a, n, true, true, "rindex"); }

M(count) {
    (void)kw;
    size_t hn, nn;
    const char *h = str_data(a[0], &hn);
    const char *nd = must_str(a[1], &nn, "count");
    size_t bs, be;
    Int cs;
    char_range(a[0], a + 2, n - 2, &bs, &be, &cs);
    if (bs == (size_t)-1) return V_MKINT(0);
    if (nn == 0) return V_MKINT((Int)utf8_count(h + bs, be - bs) + 1);
    Int c = 0;
    for (size_t i = bs; i + nn <= be;) {
        if (memcmp(h + i, nd, nn) == 0) { c++; i += nn; }
        else i++;
    }
    return V_MKINT(c);
}

static bool match_at(Value s, Value prefix, size_t bs, size_t be, bool end) {
    size_t sn, pn;
    const char *d = str_data(s, &sn);
    const char *p = str_data(prefix, &pn);
    if (be < bs || pn > be - bs) return false;
    return memcmp(d + (end ? be - pn : bs), p, pn) == 0;
}

static Value starts_ends(Value *a, int n, bool end, const char *what) {
    size_t bs, be;
    Int cs;
    char_range(a[0], a + 2, n - 2, &bs, &be, &cs);
    if (bs == (size_t)-1) return V_FALSE;
    Value p = a[1];
    if (is_type(p, &tuple_type)) {
        for (size_t i = 0; i < tuple_len(p); i++) {
            Value x = tuple_items(p)[i];
            if (!str_is(x)) exc_raise_msg(&exc_TypeError, "tuple for %s must only contain str, not %s", what, obj_type_name(x));
            if (match_at(a[0], x, bs, be, end)) return V_TRUE;
        }
        return V_FALSE;
    }
    if (!str_is(p)) exc_raise_msg(&exc_TypeError, "%s first arg must be str or a tuple of str, not %s", what, obj_type_name(p));
    return V_BOOL(match_at(a[0], p, bs, be, end));
}

M(startswith) { (void)kw; return starts_ends(a, n, false, "startswith"); }
M(endswith) { (void)kw; return starts_ends(a, n, true, "endswith"); }

/* ---- splitting and joining ---- */

static Value split_ws(Value s, Int maxsplit, bool reverse) {
    size_t n;
    const char *d = str_data(s, &n);
    Value l = list_new(0);
    if (!reverse) {
        size_t i = 0;
        while (i < n) {
            while (i < n && unicode_isspace_at(d, n, &i)) {}
            if (i >= n) break;
            if (maxsplit >= 0 && (Int)list_len(l) >= maxsplit) {
                size_t e = n;
                while (e > i && unicode_isspace_before(d, &e)) {}
                list_append(l, str_new(d + i, e - i));
                break;
            }
            size_t j = i;
            while (j < n) {
                size_t k = j;
                if (unicode_isspace_at(d, n, &k)) break;
                j = k == j ? j + 1 : k;
                while (j < n && ((uint8_t)d[j] & 0xC0) == 0x80) j++;
            }
            list_append(l, str_new(d + i, j - i));
            i = j;
        }
        return l;
    }
    size_t e = n;
    while (e > 0) {
        while (e > 0 && unicode_isspace_before(d, &e)) {}
        if (e == 0) break;
        if (maxsplit >= 0 && (Int)list_len(l) >= maxsplit) {
            size_t b = 0;
            while (b < e && unicode_isspace_at(d, n, &b)) {}
            list_append(l, str_new(d + b, e - b));
            break;
        }
        size_t j = e;
        while (j > 0) {
            size_t k = j;
            if (unicode_isspace_before(d, &k)) break;
            j--;
            while (j > 0 && ((uint8_t)d[j] & 0xC0) == 0x80) j--;
        }
        list_append(l, str_new(d + j, e - j));
        e = j;
    }
    /* reverse the collected parts */
    size_t m = list_len(l);
    Value *it = list_items(l);
    for (size_t i = 0; i < m / 2; i++) { Value t = it[i]; it[i] = it[m - 1 - i]; it[m - 1 - i] = t; }
    return l;
}

static Value split_sep(Value s, Value sep, Int maxsplit, bool reverse) {
    size_t n, sn;
    const char *d = str_data(s, &n);
    const char *sp = str_data(sep, &sn);
    if (sn == 0) exc_raise_msg(&exc_ValueError, "empty separator");
    Value l = list_new(0);
    if (!reverse) {
        size_t i = 0;
        for (;;) {
            Int k = maxsplit >= 0 && (Int)list_len(l) >= maxsplit ? -1 : find_bytes(d, n, sp, sn, i, n, false);
            if (k < 0) { list_append(l, str_new(d + i, n - i)); break; }
            list_append(l, str_new(d + i, (size_t)k - i));
            i = (size_t)k + sn;
        }
        return l;
    }
    size_t e = n;
    for (;;) {
        Int k = maxsplit >= 0 && (Int)list_len(l) >= maxsplit ? -1 : find_bytes(d, n, sp, sn, 0, e, true);
        if (k < 0) { list_append(l, str_new(d, e)); break; }
        list_append(l, str_new(d + k + sn, e - (size_t)k - sn));
        e = (size_t)k;
    }
    size_t m = list_len(l);
    Value *it = list_items(l);
    for (size_t i = 0; i < m / 2; i++) { Value t = it[i]; it[i] = it[m - 1 - i]; it[m - 1 - i] = t; }
    return l;
}

static Value do_split(Value *a, int n, Value kw, bool reverse) {
    static const uint16_t names[] = {N_sep, N_maxsplit};
    Value o[2];
    arg_parse(reverse ? "rsplit" : "split", a + 1, n - 1, kw, 2, names, 2, o);
    Int maxsplit = o[1] ? obj_get_int(o[1]) : -1;
    if (!o[0] || o[0] == V_NONE) return split_ws(a[0], maxsplit, reverse);
    if (!str_is(o[0])) exc_raise_msg(&exc_TypeError, "must be str or None, not %s", obj_type_name(o[0]));
    return split_sep(a[0], o[0], maxsplit, reverse);
}

M(split) { return do_split(a, n, kw, false); }
M(rsplit) { return do_split(a, n, kw, true); }

M(splitlines) {
    static const uint16_t names[] = {N_keepends};
    Value o[1];
    arg_parse("splitlines", a + 1, n - 1, kw, 1, names, 1, o);
    bool keep = o[0] && obj_truthy(o[0]);
    size_t len;
    const char *d = str_data(a[0], &len);
    Value l = list_new(0);
    size_t i = 0;
    while (i < len) {
        size_t j = i, eol = 0;
        while (j < len) {
            eol = unicode_line_break(d, len, j);
            if (eol) break;
            j++;
        }
        list_append(l, str_new(d + i, keep ? j + eol - i : j - i));
        i = j + eol;
    }
    return l;
}

Value str_join(Value sep, Value iterable) {
    size_t sn;
    const char *sp = str_data(sep, &sn);
    Value *items;
    size_t count;
    Value tmp = V_NULL;
    if (!seq_get_items(iterable, &items, &count)) {
        tmp = list_from_iter(iterable);
        items = list_items(tmp);
        count = list_len(tmp);
    }
    size_t total = 0, nchars = 0;
    for (size_t i = 0; i < count; i++) {
        if (!str_is(items[i]))
            exc_raise_msg(&exc_TypeError, "sequence item %d: expected str instance, %s found", (int)i, obj_type_name(items[i]));
        size_t n;
        str_data(items[i], &n);
        total += n;
        nchars += str_nchars(items[i]);
    }
    if (count == 1 && V_IS_PTR(items[0]) && V_OBJ(items[0])->type == &str_type) return items[0];
    if (count == 1 && V_IS_NAME(items[0])) return items[0];
    total += count ? sn * (count - 1) : 0;
    Str *r = str_alloc(total);
    char *p = r->data;
    for (size_t i = 0; i < count; i++) {
        if (i && sn) { memcpy(p, sp, sn); p += sn; }
        size_t n;
        const char *d = str_data(items[i], &n);
        memcpy(p, d, n);
        p += n;
    }
    r->nchars = (uint32_t)(nchars + (count ? str_nchars(sep) * (count - 1) : 0));
    return V_FROMPTR(r);
}

Value str_concat_array(const Value *items, size_t count) {
    size_t total = 0, nchars = 0;
    for (size_t i = 0; i < count; i++) {
        size_t n;
        str_data(items[i], &n);
        total += n;
        nchars += str_nchars(items[i]);
    }
    Str *r = str_alloc(total);
    char *p = r->data;
    for (size_t i = 0; i < count; i++) {
        size_t n;
        const char *d = str_data(items[i], &n);
        memcpy(p, d, n);
        p += n;
    }
    r->nchars = (uint32_t)nchars;
    return V_FROMPTR(r);
}

M(join) { UNUSED; return str_join(a[0], a[1]); }

static Value part_tuple(Value a, Value b, Value c) {
    Value t[3] = {a, b, c};
    return tuple_from_array(t, 3);
}

M(partition) {
    UNUSED;
    size_t hn, sn;
    const char *h = str_data(a[0], &hn);
    const char *sp = must_str(a[1], &sn, "partition");
    if (sn == 0) exc_raise_msg(&exc_ValueError, "empty separator");
    Int k = find_bytes(h, hn, sp, sn, 0, hn, false);
    if (k < 0) return part_tuple(a[0], V_MKNAME(N_), V_MKNAME(N_));
    return part_tuple(str_new(h, (size_t)k), a[1], str_new(h + k + sn, hn - (size_t)k - sn));
}

M(rpartition) {
    UNUSED;
    size_t hn, sn;
    const char *h = str_data(a[0], &hn);
    const char *sp = must_str(a[1], &sn, "rpartition");
    if (sn == 0) exc_raise_msg(&exc_ValueError, "empty separator");
    Int k = find_bytes(h, hn, sp, sn, 0, hn, true);
    if (k < 0) return part_tuple(V_MKNAME(N_), V_MKNAME(N_), a[0]);
    return part_tuple(str_new(h, (size_t)k), a[1], str_new(h + k + sn, hn - (size_t)k - sn));
}

/* ---- stripping ---- */

static bool in_chars(uint32_t cp, const char *chars, size_t cn) {
    const char *p = chars, *e = chars + cn;
    while (p < e) if (utf8_decode(&p, e) == cp) return true;
    return false;
}

static Value do_strip(Value *a, int n, int which) {
    size_t len;
    const char *d = str_data(a[0], &len);
    const char *chars = NULL;
    size_t cn = 0;
    if (n > 1 && a[1] != V_NONE) chars = arg_str(a[1], &cn, which == 0 ? "strip" : which == 1 ? "lstrip" : "rstrip");
    size_t b = 0, e = len;
    if (which != 2) {
        while (b < e) {
            const char *p = d + b;
            uint32_t cp = utf8_decode(&p, d + e);
            if (chars ? !in_chars(cp, chars, cn) : !unicode_isspace(cp)) break;
            b = (size_t)(p - d);
        }
    }
    if (which != 1) {
        while (e > b) {
            size_t k = e - 1;
            while (k > b && ((uint8_t)d[k] & 0xC0) == 0x80) k--;
            const char *p = d + k;
            uint32_t cp = utf8_decode(&p, d + e);
            if (chars ? !in_chars(cp, chars, cn) : !unicode_isspace(cp)) break;
            e = k;
        }
    }
    if (b == 0 && e == len && V_IS_PTR(a[0]) ? V_OBJ(a[0])->type == &str_type : (b == 0 && e == len)) return a[0];
    return str_new(d + b, e - b);
}

M(strip) { (void)kw; return do_strip(a, n, 0); }
M(lstrip) { (void)kw; return do_strip(a, n, 1); }
M(rstrip) { (void)kw; return do_strip(a, n, 2); }

/* ---- replacing ---- */

M(replace) {
    (void)kw;
    size_t hn, on, nn;
    const char *h = str_data(a[0], &hn);
    const char *old = must_str(a[1], &on, "replace");
    const char *nw = must_str(a[2], &nn, "replace");
    Int count = n > 3 ? obj_get_int(a[3]) : -1;
    Vstr v;
    vstr_init(&v, hn + 16);
    if (on == 0) {
        /* insert between characters */
        Int done = 0;
        const char *p = h, *e = h + hn;
        if (count != 0) { vstr_add(&v, nw, nn); done++; }
        while (p < e) {
            const char *q = p;
            utf8_decode(&q, e);
            vstr_add(&v, p, (size_t)(q - p));
            p = q;
            if (count < 0 || done < count) { vstr_add(&v, nw, nn); done++; }
        }
        return vstr_to_str(&v);
    }
    size_t i = 0;
    Int done = 0;
    while (i < hn) {
        Int k = (count >= 0 && done >= count) ? -1 : find_bytes(h, hn, old, on, i, hn, false);
        if (k < 0) break;
        vstr_add(&v, h + i, (size_t)k - i);
        vstr_add(&v, nw, nn);
        i = (size_t)k + on;
        done++;
    }
    vstr_add(&v, h + i, hn - i);
    return vstr_to_str(&v);
}

/* ---- case ---- */

static Value map_case(Value s, int mode) {
    size_t n;
    const char *d = str_data(s, &n);
    Vstr v;
    vstr_init(&v, n);
    const char *p = d, *e = d + n;
    bool prev_cased = false, first = true;
    while (p < e) {
        uint32_t cp = utf8_decode(&p, e);
        uint32_t out[3];
        int k;
        switch (mode) {
        case 0: k = unicode_upper(cp, out); break;
        case 1: k = unicode_lower(cp, out); break;
        case 2: k = unicode_isupper(cp) ? unicode_lower(cp, out) : unicode_islower(cp) ? unicode_upper(cp, out) : (out[0] = cp, 1); break;
        case 3: k = prev_cased ? unicode_lower(cp, out) : unicode_title(cp, out); break;
        case 4: k = first ? unicode_title(cp, out) : unicode_lower(cp, out); break;
        default: k = unicode_fold(cp, out); break;
        }
        for (int j = 0; j < k; j++) vstr_add_utf8(&v, out[j]);
        prev_cased = unicode_iscased(cp) || (prev_cased && unicode_iscaseignorable(cp));
        first = false;
    }
    return vstr_to_str(&v);
}

M(upper) { UNUSED; return map_case(a[0], 0); }
M(lower) { UNUSED; return map_case(a[0], 1); }
M(swapcase) { UNUSED; return map_case(a[0], 2); }
M(title) { UNUSED; return map_case(a[0], 3); }
M(capitalize) { UNUSED; return map_case(a[0], 4); }
M(casefold) { UNUSED; return map_case(a[0], 5); }

/* ---- predicates ---- */

static Value all_chars(Value s, bool (*pred)(uint32_t), bool empty) {
    size_t n;
    const char *d = str_data(s, &n);
    if (n == 0) return V_BOOL(empty);
    const char *p = d, *e = d + n;
    while (p < e) if (!pred(utf8_decode(&p, e))) return V_FALSE;
    return V_TRUE;
}

M(isdigit) { UNUSED; return all_chars(a[0], unicode_isdigit, false); }
M(isdecimal) { UNUSED; return all_chars(a[0], unicode_isdecimal, false); }
M(isnumeric) { UNUSED; return all_chars(a[0], unicode_isnumeric, false); }
M(isalpha) { UNUSED; return all_chars(a[0], unicode_isalpha, false); }
M(isalnum) { UNUSED; return all_chars(a[0], unicode_isalnum, false); }
M(isspace) { UNUSED; return all_chars(a[0], unicode_isspace, false); }
M(isprintable) { UNUSED; return all_chars(a[0], unicode_isprintable, true); }
static bool is_ascii_cp(uint32_t c) { return c < 0x80; }
M(isascii) { UNUSED; return all_chars(a[0], is_ascii_cp, true); }

static Value case_pred(Value s, bool upper) {
    size_t n;
    const char *d = str_data(s, &n);
    const char *p = d, *e = d + n;
    bool cased = false;
    while (p < e) {
        uint32_t cp = utf8_decode(&p, e);
        if (upper ? unicode_islower(cp) : unicode_isupper(cp)) return V_FALSE;
        if (upper ? unicode_isupper(cp) : unicode_islower(cp)) cased = true;
    }
    return V_BOOL(cased);
}

M(isupper) { UNUSED; return case_pred(a[0], true); }
M(islower) { UNUSED; return case_pred(a[0], false); }

M(istitle) {
    UNUSED;
    size_t len;
    const char *d = str_data(a[0], &len);
    const char *p = d, *e = d + len;
    bool prev_cased = false, cased = false;
    while (p < e) {
        uint32_t cp = utf8_decode(&p, e);
        if (unicode_isupper(cp) || unicode_istitle(cp)) {
            if (prev_cased) return V_FALSE;
            prev_cased = cased = true;
        } else if (unicode_islower(cp)) {
            if (!prev_cased) return V_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return V_BOOL(cased);
}

M(isidentifier) {
    UNUSED;
    size_t len;
    const char *d = str_data(a[0], &len);
    if (len == 0) return V_FALSE;
    const char *p = d, *e = d + len;
    bool first = true;
    while (p < e) {
        uint32_t cp = utf8_decode(&p, e);
        bool ok = cp == '_' || unicode_isalpha(cp) || (!first && (unicode_isdecimal(cp) || unicode_isdigit(cp)));
        if (!ok) return V_FALSE;
        first = false;
    }
    return V_TRUE;
}

/* ---- padding ---- */

static uint32_t fill_char(Value *a, int n, int idx) {
    if (n <= idx) return ' ';
    if (!str_is(a[idx]) || str_nchars(a[idx]) != 1)
        exc_raise_msg(&exc_TypeError, "The fill character must be exactly one character long");
    size_t len;
    const char *d = str_data(a[idx], &len);
    return utf8_decode(&d, d + len);
}

static Value pad(Value s, Int width, uint32_t fill, int align) {
    Int len = (Int)str_nchars(s);
    if (width <= len) return s;
    Int total = width - len, left = align == 0 ? 0 : align == 2 ? total : total / 2 + (total & width & 1);
    Int right = total - left;
    Vstr v;
    vstr_init(&v, (size_t)width + 8);
    for (Int i = 0; i < left; i++) vstr_add_utf8(&v, fill);
    size_t n;
    const char *d = str_data(s, &n);
    vstr_add(&v, d, n);
    for (Int i = 0; i < right; i++) vstr_add_utf8(&v, fill);
    return vstr_to_str(&v);
}

M(ljust) { (void)kw; return pad(a[0], obj_get_int(a[1]), fill_char(a, n, 2), 0); }
M(rjust) { (void)kw; return pad(a[0], obj_get_int(a[1]), fill_char(a, n, 2), 2); }
M(center) { (void)kw; return pad(a[0], obj_get_int(a[1]), fill_char(a, n, 2), 1); }

M(zfill) {
    UNUSED;
    Int width = obj_get_int(a[1]);
    size_t len;
    const char *d = str_data(a[0], &len);
    Int nc = (Int)str_nchars(a[0]);
    if (width <= nc) return a[0];
    Vstr v;
    vstr_init(&v, (size_t)width);
    size_t i = 0;
    if (len && (d[0] == '+' || d[0] == '-')) { vstr_addc(&v, d[0]); i = 1; }
    for (Int k = 0; k < width - nc; k++) vstr_addc(&v, '0');
    vstr_add(&v, d + i, len - i);
    return vstr_to_str(&v);
}

M(expandtabs) {
    static const uint16_t names[] = {N_tabsize};
    Value o[1];
    arg_parse("expandtabs", a + 1, n - 1, kw, 1, names, 1, o);
    Int ts = o[0] ? obj_get_int(o[0]) : 8;
    size_t len;
    const char *d = str_data(a[0], &len);
    Vstr v;
    vstr_init(&v, len + 8);
    Int col = 0;
    const char *p = d, *e = d + len;
    while (p < e) {
        const char *q = p;
        uint32_t cp = utf8_decode(&q, e);
        if (cp == '\t') {
            if (ts > 0) {
                Int sp = ts - col % ts;
                for (Int k = 0; k < sp; k++) vstr_addc(&v, ' ');
                col += sp;
            }
        } else {
            vstr_add(&v, p, (size_t)(q - p));
            col = (cp == '\n' || cp == '\r') ? 0 : col + 1;
        }
        p = q;
    }
    return vstr_to_str(&v);
}

M(removeprefix) {
    UNUSED;
    size_t sn, pn;
    const char *d = str_data(a[0], &sn);
    const char *p = must_str(a[1], &pn, "removeprefix");
    if (pn <= sn && memcmp(d, p, pn) == 0) return str_new(d + pn, sn - pn);
    return a[0];
}

M(removesuffix) {
    UNUSED;
    size_t sn, pn;
    const char *d = str_data(a[0], &sn);
    const char *p = must_str(a[1], &pn, "removesuffix");
    if (pn && pn <= sn && memcmp(d + sn - pn, p, pn) == 0) return str_new(d, sn - pn);
    return a[0];
}

M(encode) {
    static const uint16_t names[] = {N_encoding, N_errors};
    Value o[2];
    arg_parse("encode", a + 1, n - 1, kw, 2, names, 2, o);
    return str_encode(a[0], o[0], o[1]);
}

M(format) { return str_format_method(a[0], a + 1, n - 1, kw, V_NULL); }
M(format_map) { UNUSED; return str_format_method(a[0], NULL, 0, V_NULL, a[1]); }

M(maketrans) {
    (void)kw;
    /* static method: a[0] is the first argument */
    Value d = dict_new(0);
    if (n == 1) {
        if (!dict_is(a[0])) exc_raise_msg(&exc_TypeError, "if you give only one argument to maketrans it must be a dict");
        size_t pos = 0;
        MapEntry *e;
        while ((e = map_next(dict_map(a[0]), &pos))) {
            Value k = e->key;
            if (str_is(k)) {
                if (str_nchars(k) != 1) exc_raise_msg(&exc_ValueError, "string keys in translate table must be of length 1");
                size_t kn;
                const char *kd = str_data(k, &kn);
                k = V_MKINT(utf8_decode(&kd, kd + kn));
            }
            dict_set(d, k, e->value);
        }
        return d;
    }
    size_t xn, yn;
    const char *x = must_str(a[0], &xn, "maketrans"), *y = must_str(a[1], &yn, "maketrans");
    if (str_nchars(a[0]) != str_nchars(a[1])) exc_raise_msg(&exc_ValueError, "the first two maketrans arguments must have equal length");
    const char *px = x, *ex = x + xn, *py = y, *ey = y + yn;
    while (px < ex) {
        uint32_t cx = utf8_decode(&px, ex), cy = utf8_decode(&py, ey);
        dict_set(d, V_MKINT(cx), V_MKINT(cy));
    }
    if (n > 2) {
        size_t zn;
        const char *z = must_str(a[2], &zn, "maketrans"), *ez = z + zn;
        while (z < ez) dict_set(d, V_MKINT(utf8_decode(&z, ez)), V_NONE);
    }
    return d;
}

M(translate) {
    UNUSED;
    size_t len;
    const char *d = str_data(a[0], &len);
    Vstr v;
    vstr_init(&v, len);
    const char *p = d, *e = d + len;
    while (p < e) {
        const char *q = p;
        uint32_t cp = utf8_decode(&q, e);
        volatile Value r = V_NULL;
        ExcFrame ef;
        if (EXC_TRY(ef)) {
            r = obj_getitem(a[1], V_MKINT(cp));
            exc_end(&ef);
        } else if (!exc_matches(ef.exc, V_FROMPTR(&exc_LookupError))) {
            exc_raise(ef.exc);
        }
        if (r == V_NULL) vstr_add(&v, p, (size_t)(q - p));
        else if (r == V_NONE) {}
        else if (V_IS_INT(r)) vstr_add_utf8(&v, (uint32_t)V_INT(r));
        else if (str_is(r)) { size_t rn; const char *rd = str_data(r, &rn); vstr_add(&v, rd, rn); }
        else exc_raise_msg(&exc_TypeError, "character mapping must return integer, None or str");
        p = q;
    }
    return vstr_to_str(&v);
}

M(getnewargs) {
    UNUSED;
    size_t len;
    const char *d = str_data(a[0], &len);
    Value s = str_new(d, len);
    return tuple_from_array(&s, 1);
}

M(str_mod) { UNUSED; return str_mod_format(a[0], a[1]); }
M(str_len) { UNUSED; return V_MKINT(str_nchars(a[0])); }
M(str_contains) { UNUSED; return str_binary_op(OP_CONTAINS, a[0], a[1]); }
M(str_add) { UNUSED; return str_binary_op(OP_ADD, a[0], a[1]); }
M(str_eq) { UNUSED; return str_binary_op(OP_EQ, a[0], a[1]); }
M(str_hash_m) { UNUSED; return V_MKINT(str_hash(a[0])); }
M(str_getitem) { UNUSED; return obj_getitem(str_is(a[0]) && V_IS_PTR(a[0]) && V_OBJ(a[0])->type != &str_type ? str_new(str_data(a[0], &(size_t){0}), ((Str *)V_PTR(a[0]))->len) : a[0], a[1]); }
M(str_str) { UNUSED; size_t len; const char *d = str_data(a[0], &len); return str_new(d, len); }
M(str_repr) { UNUSED; size_t len; const char *d = str_data(a[0], &len); return obj_repr(str_new(d, len)); }
M(str_format_dunder) { UNUSED; return format_with_spec(str_is(a[0]) ? str_new(str_data(a[0], &(size_t){0}), str_nchars(a[0]) ? 0 : 0) == V_NULL ? a[0] : a[0] : a[0], a[1]); }

static NATIVE_METHOD(find_fn, find, 1, 3, s_find);
static NATIVE_METHOD(rfind_fn, rfind, 1, 3, s_rfind);
static NATIVE_METHOD(index_fn, index, 1, 3, s_index);
static NATIVE_METHOD(rindex_fn, rindex, 1, 3, s_rindex);
static NATIVE_METHOD(count_fn, count, 1, 3, s_count);
static NATIVE_METHOD(startswith_fn, startswith, 1, 3, s_startswith);
static NATIVE_METHOD(endswith_fn, endswith, 1, 3, s_endswith);
static NATIVE_METHOD_KW(split_fn, split, 0, 2, s_split);
static NATIVE_METHOD_KW(rsplit_fn, rsplit, 0, 2, s_rsplit);
static NATIVE_METHOD_KW(splitlines_fn, splitlines, 0, 1, s_splitlines);
static NATIVE_METHOD(join_fn, join, 1, 1, s_join);
static NATIVE_METHOD(partition_fn, partition, 1, 1, s_partition);
static NATIVE_METHOD(rpartition_fn, rpartition, 1, 1, s_rpartition);
static NATIVE_METHOD(strip_fn, strip, 0, 1, s_strip);
static NATIVE_METHOD(lstrip_fn, lstrip, 0, 1, s_lstrip);
static NATIVE_METHOD(rstrip_fn, rstrip, 0, 1, s_rstrip);
static NATIVE_METHOD(replace_fn, replace, 2, 3, s_replace);
static NATIVE_METHOD(upper_fn, upper, 0, 0, s_upper);
static NATIVE_METHOD(lower_fn, lower, 0, 0, s_lower);
static NATIVE_METHOD(swapcase_fn, swapcase, 0, 0, s_swapcase);
static NATIVE_METHOD(title_fn, title, 0, 0, s_title);
static NATIVE_METHOD(capitalize_fn, capitalize, 0, 0, s_capitalize);
static NATIVE_METHOD(casefold_fn, casefold, 0, 0, s_casefold);
static NATIVE_METHOD(isdigit_fn, isdigit, 0, 0, s_isdigit);
static NATIVE_METHOD(isdecimal_fn, isdecimal, 0, 0, s_isdecimal);
static NATIVE_METHOD(isnumeric_fn, isnumeric, 0, 0, s_isnumeric);
static NATIVE_METHOD(isalpha_fn, isalpha, 0, 0, s_isalpha);
static NATIVE_METHOD(isalnum_fn, isalnum, 0, 0, s_isalnum);
static NATIVE_METHOD(isspace_fn, isspace, 0, 0, s_isspace);
static NATIVE_METHOD(isprintable_fn, isprintable, 0, 0, s_isprintable);
static NATIVE_METHOD(isascii_fn, isascii, 0, 0, s_isascii);
static NATIVE_METHOD(isupper_fn, isupper, 0, 0, s_isupper);
static NATIVE_METHOD(islower_fn, islower, 0, 0, s_islower);
static NATIVE_METHOD(istitle_fn, istitle, 0, 0, s_istitle);
static NATIVE_METHOD(isidentifier_fn, isidentifier, 0, 0, s_isidentifier);
static NATIVE_METHOD(ljust_fn, ljust, 1, 2, s_ljust);
static NATIVE_METHOD(rjust_fn, rjust, 1, 2, s_rjust);
static NATIVE_METHOD(center_fn, center, 1, 2, s_center);
static NATIVE_METHOD(zfill_fn, zfill, 1, 1, s_zfill);
static NATIVE_METHOD_KW(expandtabs_fn, expandtabs, 0, 1, s_expandtabs);
static NATIVE_METHOD(removeprefix_fn, removeprefix, 1, 1, s_removeprefix);
static NATIVE_METHOD(removesuffix_fn, removesuffix, 1, 1, s_removesuffix);
static NATIVE_METHOD_KW(encode_fn, encode, 0, 2, s_encode);
static NATIVE_METHOD_KW(format_fn, format, 0, NARGS_ANY, s_format);
static NATIVE_METHOD(format_map_fn, format_map, 1, 1, s_format_map);
static const NativeFunc maketrans_fn = {{&native_fn_type}, s_maketrans, V_MKNAME(N_maketrans), 1, 3, 0};
static const Cell maketrans_sm = {{&staticmethod_type}, V_FROMPTR(&maketrans_fn)};
static NATIVE_METHOD(translate_fn, translate, 1, 1, s_translate);
static NATIVE_METHOD(getnewargs_fn, __getnewargs__, 0, 0, s_getnewargs);
static NATIVE_METHOD(mod_fn, __mod__, 1, 1, s_str_mod);
static NATIVE_METHOD(len_fn, __len__, 0, 0, s_str_len);
static NATIVE_METHOD(contains_fn, __contains__, 1, 1, s_str_contains);
static NATIVE_METHOD(add_fn, __add__, 1, 1, s_str_add);
static NATIVE_METHOD(eq_fn, __eq__, 1, 1, s_str_eq);
static NATIVE_METHOD(hash_fn, __hash__, 0, 0, s_str_hash_m);
static NATIVE_METHOD(getitem_fn, __getitem__, 1, 1, s_str_getitem);
static NATIVE_METHOD(str_fn, __str__, 0, 0, s_str_str);
static NATIVE_METHOD(repr_fn, __repr__, 0, 0, s_str_repr);
static NATIVE_METHOD(fmt_dunder_fn, __format__, 1, 1, s_str_format_dunder);

static const MapEntry str_table[] = {
    METHOD_ENTRY(__add__, add_fn),
    METHOD_ENTRY(__contains__, contains_fn),
    METHOD_ENTRY(__eq__, eq_fn),
    METHOD_ENTRY(__format__, fmt_dunder_fn),
    METHOD_ENTRY(__getitem__, getitem_fn),
    METHOD_ENTRY(__getnewargs__, getnewargs_fn),
    METHOD_ENTRY(__hash__, hash_fn),
    METHOD_ENTRY(__len__, len_fn),
    METHOD_ENTRY(__mod__, mod_fn),
    METHOD_ENTRY(__repr__, repr_fn),
    METHOD_ENTRY(__str__, str_fn),
    METHOD_ENTRY(capitalize, capitalize_fn),
    METHOD_ENTRY(casefold, casefold_fn),
    METHOD_ENTRY(center, center_fn),
    METHOD_ENTRY(count, count_fn),
    METHOD_ENTRY(encode, encode_fn),
    METHOD_ENTRY(endswith, endswith_fn),
    METHOD_ENTRY(expandtabs, expandtabs_fn),
    METHOD_ENTRY(find, find_fn),
    METHOD_ENTRY(format, format_fn),
    METHOD_ENTRY(format_map, format_map_fn),
    METHOD_ENTRY(index, index_fn),
    METHOD_ENTRY(isalnum, isalnum_fn),
    METHOD_ENTRY(isalpha, isalpha_fn),
    METHOD_ENTRY(isascii, isascii_fn),
    METHOD_ENTRY(isdecimal, isdecimal_fn),
    METHOD_ENTRY(isdigit, isdigit_fn),
    METHOD_ENTRY(isidentifier, isidentifier_fn),
    METHOD_ENTRY(islower, islower_fn),
    METHOD_ENTRY(isnumeric, isnumeric_fn),
    METHOD_ENTRY(isprintable, isprintable_fn),
    METHOD_ENTRY(isspace, isspace_fn),
    METHOD_ENTRY(istitle, istitle_fn),
    METHOD_ENTRY(isupper, isupper_fn),
    METHOD_ENTRY(join, join_fn),
    METHOD_ENTRY(ljust, ljust_fn),
    METHOD_ENTRY(lower, lower_fn),
    METHOD_ENTRY(lstrip, lstrip_fn),
    METHOD_ENTRY(maketrans, maketrans_sm),
    METHOD_ENTRY(partition, partition_fn),
    METHOD_ENTRY(removeprefix, removeprefix_fn),
    METHOD_ENTRY(removesuffix, removesuffix_fn),
    METHOD_ENTRY(replace, replace_fn),
    METHOD_ENTRY(rfind, rfind_fn),
    METHOD_ENTRY(rindex, rindex_fn),
    METHOD_ENTRY(rjust, rjust_fn),
    METHOD_ENTRY(rpartition, rpartition_fn),
    METHOD_ENTRY(rsplit, rsplit_fn),
    METHOD_ENTRY(rstrip, rstrip_fn),
    METHOD_ENTRY(split, split_fn),
    METHOD_ENTRY(splitlines, splitlines_fn),
    METHOD_ENTRY(startswith, startswith_fn),
    METHOD_ENTRY(strip, strip_fn),
    METHOD_ENTRY(swapcase, swapcase_fn),
    METHOD_ENTRY(title, title_fn),
    METHOD_ENTRY(translate, translate_fn),
    METHOD_ENTRY(upper, upper_fn),
    METHOD_ENTRY(zfill, zfill_fn),
};
const Dict str_locals = DICT_CONST_INIT(str_table);
