/* Tab completion for the board's REPL (MicroPython's friendly REPL has it): the dotted name
 * before the cursor, e.g. "machine.Pi", is looked up in __main__'s globals and the builtins,
 * attribute by attribute (no calls), and the names that the object has and that start with the
 * last, partial word are the candidates; a word on its own also completes to a keyword. */
#include <string.h>
#include "complete.h"
#include "runtime.h"
#include "exc.h"
#include "names.h"
#include "objstr.h"
#include "objdict.h"
#include "objlist.h"
#include "objtuple.h"
#include "objmodule.h"
#include "lex.h"

static bool is_name_char(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (uint8_t)c >= 0x80;
}

/* The object a dotted chain names ("machine.Pin"), or V_NULL. */
static Value lookup_chain(Value globals, const char *s, size_t n) {
    Value obj = V_NULL;
    size_t i = 0;
    while (i <= n) {
        size_t j = i;
        while (j < n && s[j] != '.') j++;
        if (j == i) return V_NULL;             /* "a..b", ".a": not a name */
        Value name = name_from_str(s + i, j - i);
        if (!obj) {
            obj = dict_get(globals, name);
            if (!obj) obj = obj_getattr_maybe(builtin_module_find(V_MKNAME(N_builtins)), name);
        } else {
            obj = obj_getattr_maybe(obj, name);
        }
        if (!obj) return V_NULL;
        i = j + 1;
    }
    return obj;
}

/* Adds the names of `names` (an iterable of str) that start with the partial word. */
static void add_matches(Value set, Value names, const char *word, size_t wn) {
    Value it = obj_getiter(names, NULL), name;
    while ((name = obj_iternext(it))) {
        if (!str_is(name)) continue;
        size_t n;
        const char *s = str_data(name, &n);
        if (n < wn || memcmp(s, word, wn) != 0) continue;
        if (wn == 0 && es_rd8(s) == '_') continue;   /* private names only when asked for (es_rd8: in flash) */
        dict_set(set, name, V_NONE);
    }
}

static Value dir_of(Value obj) {
    Value dir = obj_getattr(builtin_module_find(V_MKNAME(N_builtins)), V_MKNAME(N_dir));
    return obj_call1(dir, obj);
}

/* The sorted candidates for `word` after the chain expr[0..dot-1) (dot == 0: no chain). */
static Value candidates(Value globals, const char *expr, size_t dot, const char *word, size_t wn) {
    Value set = dict_new(0);
    if (dot == 0) {
        for (int k = T_FALSE; k <= T_YIELD && wn; k++) {   /* keywords, once something is typed */
            if (k == T_ASYNC || k == T_AWAIT) continue;    /* not in espy's language */
            const char *kw = lex_token_name(k);
            if (strncmp(kw, word, wn) == 0) dict_set(set, str_new_cstr(kw), V_NONE);
        }
        add_matches(set, globals, word, wn);
        add_matches(set, dir_of(builtin_module_find(V_MKNAME(N_builtins))), word, wn);
    } else {
        Value obj = lookup_chain(globals, expr, dot - 1);
        if (obj) add_matches(set, dir_of(obj), word, wn);
    }
    Value list = list_from_iter(set);
    list_sort(list, V_NULL, false);
    return list;
}

Value complete_names(Value globals, const char *text, size_t len, size_t *word_len) {
    size_t start = len;
    while (start > 0 && (is_name_char(text[start - 1]) || text[start - 1] == '.')) start--;
    const char *expr = text + start;
    size_t n = len - start, dot = n;
    while (dot > 0 && expr[dot - 1] != '.') dot--;
    *word_len = n - dot;
    if (*word_len > 0 && expr[dot] >= '0' && expr[dot] <= '9') return V_NULL;   /* a number */
    /* getattr may run user code (properties, __getattr__): its errors mean no completion */
    const char *volatile chain = expr;
    volatile size_t chain_end = dot, wn = *word_len;
    ExcFrame ef;
    if (EXC_TRY(ef)) {
        Value list = candidates(globals, chain, chain_end, chain + chain_end, wn);
        exc_end(&ef);
        return list;
    }
    return V_NULL;
}
