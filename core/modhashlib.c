/* The hashlib module: sha256, sha1 and md5 objects over lib/sha256.h, lib/sha1.h, lib/md5.h.
 * One object type serves the three algorithms; digest() finishes a copy of the state so
 * that the object can still be updated afterwards, as in CPython. */
#include <string.h>
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objbytes.h"
#include "objstr.h"
#include "objdict.h"
#include "objfun.h"
#include "objmodule.h"
#include "md5.h"
#include "sha1.h"
#include "sha256.h"

enum { HASH_SHA256, HASH_SHA1, HASH_MD5 };

typedef struct {
    Object base;
    uint32_t kind;
    union {
        sha256_ctx sha256;
        sha1_ctx sha1;
        md5_ctx md5;
    } ctx;
} Hash;

static const uint16_t hash_names[] = {N_sha256, N_sha1, N_md5};
static const uint8_t hash_sizes[] = {32, 20, 16};

static const Type hash_type;

static void hash_feed(Hash *h, Value data) {
    const char *d;
    size_t n;
    if (!bytes_get_data(data, &d, &n)) {
        if (str_is(data)) exc_raise_msg(&exc_TypeError, "Strings must be encoded before hashing");
        exc_raise_msg(&exc_TypeError, "object supporting the buffer API required");
    }
    switch (h->kind) {
    case HASH_SHA256: sha256_update(&h->ctx.sha256, d, n); break;
    case HASH_SHA1: sha1_update(&h->ctx.sha1, d, n); break;
    default: md5_update(&h->ctx.md5, d, n); break;
    }
}

static Value hash_new(uint32_t kind, Value *args, int nargs) {
    /* no pointers besides the const type: the collector need not scan it */
    Hash *h = gc_alloc(sizeof(Hash), GC_LEAF);
    h->base.type = &hash_type;
    h->kind = kind;
    switch (kind) {
    case HASH_SHA256: sha256_init(&h->ctx.sha256); break;
    case HASH_SHA1: sha1_init(&h->ctx.sha1); break;
    default: md5_init(&h->ctx.md5); break;
    }
    if (nargs > 0) hash_feed(h, args[0]);
    return V_FROMPTR(h);
}

static Value hashlib_sha256(Value *args, int nargs, Value kw) { (void)kw; return hash_new(HASH_SHA256, args, nargs); }
static Value hashlib_sha1(Value *args, int nargs, Value kw) { (void)kw; return hash_new(HASH_SHA1, args, nargs); }
static Value hashlib_md5(Value *args, int nargs, Value kw) { (void)kw; return hash_new(HASH_MD5, args, nargs); }

static void hash_final(Hash *h, uint8_t *out) {
    Hash c = *h;
    switch (c.kind) {
    case HASH_SHA256: sha256_final(&c.ctx.sha256, out); break;
    case HASH_SHA1: sha1_final(&c.ctx.sha1, out); break;
    default: md5_final(&c.ctx.md5, out); break;
    }
}

static Value hash_update(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    hash_feed(V_PTR(args[0]), args[1]);
    return V_NONE;
}

static Value hash_digest(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    Hash *h = V_PTR(args[0]);
    uint8_t out[32];
    hash_final(h, out);
    return bytes_new(out, hash_sizes[h->kind]);
}

static Value hash_hexdigest(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    Hash *h = V_PTR(args[0]);
    uint8_t out[32];
    hash_final(h, out);
    size_t n = hash_sizes[h->kind];
    Str *s = str_alloc(2 * n);
    for (size_t i = 0; i < n; i++) {
        s->data[2 * i] = digit_char(out[i] >> 4);
        s->data[2 * i + 1] = digit_char(out[i] & 15);
    }
    return str_finish(s);
}

static Value hash_copy(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    Hash *h = gc_alloc(sizeof(Hash), GC_LEAF);
    *h = *(Hash *)V_PTR(args[0]);
    return V_FROMPTR(h);
}

static void hash_attr(Value self, Value name, Value *dest) {
    if (dest[1] != V_SENTINEL_METHOD) return;
    Hash *h = V_PTR(self);
    switch (V_IS_NAME(name) ? V_NAME(name) : 0) {
    case N_digest_size: dest[0] = V_MKINT(hash_sizes[h->kind]); break;
    case N_block_size: dest[0] = V_MKINT(64); break;
    case N_name: dest[0] = V_MKNAME(hash_names[h->kind]); break;
    default: return;
    }
    dest[1] = V_NULL;
}

static void hash_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    print_fmt(p, "<%n HASH object @ %p>", V_MKNAME(hash_names[((Hash *)V_PTR(self))->kind]), V_PTR(self));
}

static NATIVE_METHOD(hash_update_fn, update, 1, 1, hash_update);
static NATIVE_METHOD(hash_digest_fn, digest, 0, 0, hash_digest);
static NATIVE_METHOD(hash_hexdigest_fn, hexdigest, 0, 0, hash_hexdigest);
static NATIVE_METHOD(hash_copy_fn, copy, 0, 0, hash_copy);
static const MapEntry hash_table[] = {
    METHOD_ENTRY(copy, hash_copy_fn),
    METHOD_ENTRY(digest, hash_digest_fn),
    METHOD_ENTRY(hexdigest, hash_hexdigest_fn),
    METHOD_ENTRY(update, hash_update_fn),
};
static const Dict hash_locals = DICT_CONST_INIT(hash_table);

static const Type hash_type = {
    .type = &type_type, .name = V_MKNAME(N_HASH), .base = &object_type, .dict = V_FROMPTR(&hash_locals),
    .print = hash_print, .attr = hash_attr,
};

static NATIVE_FN(hashlib_sha256_fn, sha256, 0, 1, hashlib_sha256);
static NATIVE_FN(hashlib_sha1_fn, sha1, 0, 1, hashlib_sha1);
static NATIVE_FN(hashlib_md5_fn, md5, 0, 1, hashlib_md5);

static const MapEntry hashlib_table[] = {
    {V_MKNAME(N___name__), V_MKNAME(N_hashlib)},
    METHOD_ENTRY(md5, hashlib_md5_fn),
    METHOD_ENTRY(sha1, hashlib_sha1_fn),
    METHOD_ENTRY(sha256, hashlib_sha256_fn),
};
MODULE_CONST(mod_hashlib, hashlib_table);
