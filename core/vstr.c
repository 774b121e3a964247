/* Vstr: a growable byte buffer on the GC heap. */
#include <string.h>
#include "vstr.h"
#include "gc.h"
#include "objstr.h"
#include "objbytes.h"

void vstr_init(Vstr *v, size_t cap) {
    if (cap < 8) cap = 8;
    v->buf = gc_alloc(cap, GC_LEAF);
    v->len = 0;
    v->alloc = cap;
}

char *vstr_extend(Vstr *v, size_t n) {
    if (v->len + n > v->alloc) {
        size_t a = v->alloc * 2;
        if (a < v->len + n) a = v->len + n;
        v->buf = gc_realloc(v->buf, a, GC_LEAF);
        v->alloc = a;
    }
    char *p = v->buf + v->len;
    v->len += n;
    return p;
}

void vstr_add(Vstr *v, const char *s, size_t n) {
    if (n) memcpy(vstr_extend(v, n), s, n);
}

void vstr_addc(Vstr *v, char c) {
    if (v->len < v->alloc) v->buf[v->len++] = c;
    else *vstr_extend(v, 1) = c;
}

void vstr_add_str(Vstr *v, const char *s) { vstr_add(v, s, strlen(s)); }

void vstr_add_utf8(Vstr *v, uint32_t cp) {
    char b[4];
    vstr_add(v, b, utf8_encode(cp, b));
}

void vstr_free(Vstr *v) {
    gc_free(v->buf);
    v->buf = NULL;
    v->len = v->alloc = 0;
}

Value vstr_to_str(Vstr *v) {
    Value r = str_new(v->buf, v->len);
    vstr_free(v);
    return r;
}

Value vstr_to_bytes(Vstr *v) {
    Value r = bytes_new((const uint8_t *)v->buf, v->len);
    vstr_free(v);
    return r;
}
