/* The io module: StringIO and BytesIO, and open() (objfile.c, with the console and files). */
#include <string.h>
#include "objfile.h"
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objstr.h"
#include "objbytes.h"
#include "objint.h"
#include "objtuple.h"
#include "objlist.h"
#include "objdict.h"
#include "objfun.h"
#include "objtype.h"
#include "vstr.h"
#include "vm.h"
#include "objmodule.h"

static const Type stringio_type, bytesio_type;

static Value iter_self(Value self, IterBuf *buf) { (void)buf; return self; }

/* ---------------- StringIO and BytesIO ---------------- */

/* One in-memory stream type for both: the text is kept as UTF-8 (StringIO) or raw bytes
 * (BytesIO) in a GC buffer.  `pos` is a byte offset; StringIO converts it to and from
 * characters at tell()/seek(), as CPython's positions count code points.  A position past the
 * end is allowed (seek); writing there pads with NULs, one byte per character. */
typedef struct {
    Object base;
    Vstr v;
    size_t pos;
    bool closed;
} MemIO;

static bool mem_is_text(const MemIO *m) { return type_is_subtype(m->base.type, &stringio_type); }

static MemIO *mem_open(Value self) {
    MemIO *m = V_PTR(self);
    if (m->closed) exc_raise_msg(&exc_ValueError, "I/O operation on closed file.");
    return m;
}

/* Byte offset after skipping n characters from byte offset at (bytes: n bytes). */
static size_t mem_skip(const MemIO *m, size_t at, size_t n) {
    if (!mem_is_text(m)) return at + n > m->v.len ? (at > m->v.len ? at : m->v.len) : at + n;
    while (n && at < m->v.len) {
        at++;
        while (at < m->v.len && ((uint8_t)m->v.buf[at] & 0xC0) == 0x80) at++;
        n--;
    }
    return at;
}

static Value mem_result(const MemIO *m, const char *d, size_t n) {
    return mem_is_text(m) ? str_new(d, n) : bytes_new((const uint8_t *)d, n);
}

static Value mem_make_new(const Type *t, Value *args, int nargs, Value kw) {
    static const uint16_t names[] = {N_initial_value, N_newline};
    Value a[2];
    bool text = type_is_subtype(t, &stringio_type);
    arg_parse(text ? "StringIO" : "BytesIO", args, nargs, kw, text ? 2 : 1, names, text ? 2 : 1, a);
    const char *d = NULL;
    size_t n = 0;
    if (a[0] && a[0] != V_NONE) {
        if (text) {
            if (!str_is(a[0])) exc_raise_msg(&exc_TypeError, "initial_value must be str or None, not %T", a[0]);
            d = str_data(a[0], &n);
        } else if (!bytes_get_data(a[0], &d, &n)) {
            exc_raise_msg(&exc_TypeError, "a bytes-like object is required, not '%T'", a[0]);
        }
    }
    MemIO *m = gc_alloc(t->instance_size, 0);
    m->base.type = t;
    vstr_init(&m->v, n);
    vstr_add(&m->v, d, n);
    return V_FROMPTR(m);
}

static Value mem_write(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    MemIO *m = mem_open(a[0]);
    const char *d;
    size_t len;
    Value count;
    if (mem_is_text(m)) {
        if (!str_is(a[1])) exc_raise_msg(&exc_TypeError, "string argument expected, got '%T'", a[1]);
        d = str_data(a[1], &len);
        count = V_MKINT((Int)str_nchars(a[1]));
    } else {
        if (!bytes_get_data(a[1], &d, &len)) exc_raise_msg(&exc_TypeError, "a bytes-like object is required, not '%T'", a[1]);
        count = V_MKINT((Int)len);
    }
    if (len == 0) return count;
    /* pad up to the position, then overwrite as many characters as are written */
    while (m->v.len < m->pos) vstr_addc(&m->v, 0);
    size_t end = mem_skip(m, m->pos, mem_is_text(m) ? (size_t)V_INT(count) : len);
    size_t old = end - m->pos;
    if (len > old) {
        vstr_extend(&m->v, len - old);
        memmove(m->v.buf + m->pos + len, m->v.buf + end, m->v.len - (len - old) - end);
    } else if (len < old) {
        memmove(m->v.buf + m->pos + len, m->v.buf + end, m->v.len - end);
        m->v.len -= old - len;
    }
    memcpy(m->v.buf + m->pos, d, len);
    m->pos += len;
    return count;
}

static Int opt_size(Value *a, int n, int i) {
    return n > i && a[i] != V_NONE ? obj_get_int(a[i]) : -1;
}

static Value mem_read(Value *a, int n, Value kw) {
    (void)kw;
    MemIO *m = mem_open(a[0]);
    Int limit = opt_size(a, n, 1);
    size_t start = m->pos < m->v.len ? m->pos : m->v.len;
    size_t end = limit < 0 ? m->v.len : mem_skip(m, start, (size_t)limit);
    if (m->pos < end) m->pos = end;
    return mem_result(m, m->v.buf + start, end - start);
}

static Value mem_readline_impl(MemIO *m, Int limit) {
    size_t start = m->pos < m->v.len ? m->pos : m->v.len;
    size_t stop = limit < 0 ? m->v.len : mem_skip(m, start, (size_t)limit);
    const char *nl = memchr(m->v.buf + start, '\n', stop - start);
    size_t end = nl ? (size_t)(nl - m->v.buf) + 1 : stop;
    if (m->pos < end) m->pos = end;
    return mem_result(m, m->v.buf + start, end - start);
}

static Value mem_readline(Value *a, int n, Value kw) {
    (void)kw;
    return mem_readline_impl(mem_open(a[0]), opt_size(a, n, 1));
}

static Value mem_readlines(Value *a, int n, Value kw) {
    (void)kw;
    MemIO *m = mem_open(a[0]);
    Int hint = opt_size(a, n, 1), total = 0;
    Value l = list_new(0);
    for (;;) {
        Value line = mem_readline_impl(m, -1);
        Int len = obj_len(line);
        if (len == 0) break;
        list_append(l, line);
        total += len;
        if (hint > 0 && total >= hint) break;
    }
    return l;
}

static Value mem_readinto(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    MemIO *m = mem_open(a[0]);
    if (!bytes_is_bytearray(a[1])) exc_raise_msg(&exc_TypeError, "readinto() argument must be read-write bytes-like object, not %T", a[1]);
    ByteArray *b = V_PTR(a[1]);
    size_t start = m->pos < m->v.len ? m->pos : m->v.len;
    size_t take = m->v.len - start < b->len ? m->v.len - start : b->len;
    memcpy(b->data, m->v.buf + start, take);
    m->pos = start + take;
    return V_MKINT((Int)take);
}

static Value mem_getvalue(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    MemIO *m = mem_open(a[0]);
    return mem_result(m, m->v.buf, m->v.len);
}

/* The position as Python sees it: characters for StringIO. */
static Int mem_tell_value(const MemIO *m) {
    if (!mem_is_text(m)) return (Int)m->pos;
    if (m->pos <= m->v.len) return (Int)utf8_count(m->v.buf, m->pos);
    return (Int)(utf8_count(m->v.buf, m->v.len) + (m->pos - m->v.len));
}

static Value mem_tell(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    return int_from_int(mem_tell_value(mem_open(a[0])));
}

static Value mem_seek(Value *a, int n, Value kw) {
    (void)kw;
    MemIO *m = mem_open(a[0]);
    Int off, whence = io_seek_args(a, n, &off);
    if (mem_is_text(m)) {
        if (whence == 0 && off < 0) exc_raise_msg(&exc_ValueError, "Negative seek position %D", off);
        if (whence != 0 && off != 0)
            exc_raise_msg(&exc_OSError, whence == 1 ? "Can't do nonzero cur-relative seeks" : "Can't do nonzero end-relative seeks");
        if (whence == 2) m->pos = m->v.len;
        else if (whence == 0) {
            size_t at = mem_skip(m, 0, (size_t)off);
            size_t chars = utf8_count(m->v.buf, at);
            m->pos = at + ((size_t)off - chars);
        }
        return int_from_int(mem_tell_value(m));
    }
    if (whence == 0 && off < 0) exc_raise_msg(&exc_ValueError, "negative seek value %D", off);
    Int base = whence == 0 ? 0 : whence == 1 ? (Int)m->pos : (Int)m->v.len;
    Int p = base + off;
    m->pos = p < 0 ? 0 : (size_t)p;
    return int_from_int((Int)m->pos);
}

static Value mem_truncate(Value *a, int n, Value kw) {
    (void)kw;
    MemIO *m = mem_open(a[0]);
    Int size = n > 1 && a[1] != V_NONE ? obj_get_int(a[1]) : mem_tell_value(m);
    if (size < 0) exc_raise_msg(&exc_ValueError, "negative size value %D", size);
    size_t at = mem_skip(m, 0, (size_t)size);
    if (at < m->v.len) m->v.len = at;
    return int_from_int(size);
}

static Value mem_close(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    MemIO *m = V_PTR(a[0]);
    if (!m->closed) {
        m->closed = true;
        vstr_free(&m->v);
    }
    return V_NONE;
}

static Value mem_true(Value *a, int n, Value kw) { (void)n; (void)kw; mem_open(a[0]); return V_TRUE; }
static Value mem_none(Value *a, int n, Value kw) { (void)n; (void)kw; mem_open(a[0]); return V_NONE; }
static Value mem_enter(Value *a, int n, Value kw) { (void)n; (void)kw; mem_open(a[0]); return a[0]; }
static Value mem_exit(Value *a, int n, Value kw) { (void)n; (void)kw; mem_close(a, 1, V_NULL); return V_NONE; }

static Value mem_iternext(Value self) {
    Value line = mem_readline_impl(mem_open(self), -1);
    return obj_len(line) ? line : V_NULL;
}

static void mem_attr(Value self, Value name, Value *dest) {
    if (dest[1] != V_SENTINEL_METHOD || name != V_MKNAME(N_closed)) return;
    dest[0] = V_BOOL(((MemIO *)V_PTR(self))->closed);
    dest[1] = V_NULL;
}

static NATIVE_METHOD(mem_write_fn, write, 1, 1, mem_write);
static NATIVE_METHOD(mem_read_fn, read, 0, 1, mem_read);
static NATIVE_METHOD(mem_readline_fn, readline, 0, 1, mem_readline);
static NATIVE_METHOD(mem_readlines_fn, readlines, 0, 1, mem_readlines);
static NATIVE_METHOD(mem_readinto_fn, readinto, 1, 1, mem_readinto);
static NATIVE_METHOD(mem_getvalue_fn, getvalue, 0, 0, mem_getvalue);
static NATIVE_METHOD(mem_tell_fn, tell, 0, 0, mem_tell);
static NATIVE_METHOD(mem_seek_fn, seek, 1, 2, mem_seek);
static NATIVE_METHOD(mem_truncate_fn, truncate, 0, 1, mem_truncate);
static NATIVE_METHOD(mem_close_fn, close, 0, 0, mem_close);
static NATIVE_METHOD(mem_readable_fn, readable, 0, 0, mem_true);
static NATIVE_METHOD(mem_writable_fn, writable, 0, 0, mem_true);
static NATIVE_METHOD(mem_seekable_fn, seekable, 0, 0, mem_true);
static NATIVE_METHOD(mem_flush_fn, flush, 0, 0, mem_none);
static NATIVE_METHOD(mem_enter_fn, __enter__, 0, 0, mem_enter);
static NATIVE_METHOD(mem_exit_fn, __exit__, 0, 3, mem_exit);

static const MapEntry mem_table[] = {
    METHOD_ENTRY(__enter__, mem_enter_fn),
    METHOD_ENTRY(__exit__, mem_exit_fn),
    METHOD_ENTRY(close, mem_close_fn),
    METHOD_ENTRY(flush, mem_flush_fn),
    METHOD_ENTRY(getvalue, mem_getvalue_fn),
    METHOD_ENTRY(read, mem_read_fn),
    METHOD_ENTRY(readable, mem_readable_fn),
    METHOD_ENTRY(readinto, mem_readinto_fn),
    METHOD_ENTRY(readline, mem_readline_fn),
    METHOD_ENTRY(readlines, mem_readlines_fn),
    METHOD_ENTRY(seek, mem_seek_fn),
    METHOD_ENTRY(seekable, mem_seekable_fn),
    METHOD_ENTRY(tell, mem_tell_fn),
    METHOD_ENTRY(truncate, mem_truncate_fn),
    METHOD_ENTRY(writable, mem_writable_fn),
    METHOD_ENTRY(write, mem_write_fn),
    METHOD_ENTRY(writelines, io_writelines_fn),
};
static const Dict mem_locals = DICT_CONST_INIT(mem_table);

static const Type stringio_type = {
    .type = &type_type, .name = V_MKNAME(N_StringIO), .base = &object_type, .flags = TF_ITER_SELF | TF_BASETYPE,
    .instance_size = sizeof(MemIO), .dict = V_FROMPTR(&mem_locals),
    .make_new = mem_make_new, .getiter = iter_self, .iternext = mem_iternext, .attr = mem_attr,
};

static const Type bytesio_type = {
    .type = &type_type, .name = V_MKNAME(N_BytesIO), .base = &object_type, .flags = TF_ITER_SELF | TF_BASETYPE,
    .instance_size = sizeof(MemIO), .dict = V_FROMPTR(&mem_locals),
    .make_new = mem_make_new, .getiter = iter_self, .iternext = mem_iternext, .attr = mem_attr,
};

/* ---------------- the io module ---------------- */

static const MapEntry io_table[] = {
    {V_MKNAME(N_BytesIO), V_FROMPTR(&bytesio_type)},
    {V_MKNAME(N_StringIO), V_FROMPTR(&stringio_type)},
    {V_MKNAME(N___name__), V_MKNAME(N_io)},
    METHOD_ENTRY(open, io_open_fn),
};
MODULE_CONST(mod_io, io_table);
