/* Streams: the console (sys.stdin/stdout/stderr) and files from open(), through the port.
 * The io module (modio.c: StringIO, BytesIO) is built on these; on the board it is a native
 * module, so what it shares is exported here. */
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
#include "port.h"
#include "objmodule.h"

/* ---------------- the console ---------------- */

typedef ConsoleObj Console;

static const Console consoles[3] = {{{&console_type}, 0}, {{&console_type}, 1}, {{&console_type}, 2}};

Value io_console(int fd) { return V_FROMPTR(&consoles[fd]); }

bool io_is_console(Value f, int fd) {
    return V_IS_PTR(f) && V_OBJ(f)->type == &console_type && ((const Console *)V_PTR(f))->fd == fd;
}

void io_console_flush(void) { port_write(1, NULL, 0); }

static Value con_write(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    const Console *c = V_PTR(a[0]);
    if (c->fd == 0) exc_raise_msg(&exc_OSError, "not writable");
    size_t len;
    const char *d;
    if (str_is(a[1])) d = str_data(a[1], &len);
    else exc_raise_msg(&exc_TypeError, "write() argument must be str, not %T", a[1]);
    port_write(c->fd, d, len);
    return V_MKINT((Int)str_nchars(a[1]));
}

static Value con_flush(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; io_console_flush(); return V_NONE; }

static Value read_line(bool keep_newline, bool *eof) {
    Vstr v;
    vstr_init(&v, 64);
    *eof = false;
    for (;;) {
        int ch = port_read_char();
        if (ch < 0) { *eof = v.len == 0; break; }
        vstr_addc(&v, (char)ch);
        if (ch == '\n') break;
    }
    if (!keep_newline && v.len && v.buf[v.len - 1] == '\n') v.len--;
    return vstr_to_str(&v);
}

static Value con_readline(Value *a, int n, Value kw) {
    (void)a; (void)n; (void)kw;
    bool eof;
    return read_line(true, &eof);
}

static Value con_read(Value *a, int n, Value kw) {
    (void)kw;
    Int limit = n > 1 && a[1] != V_NONE ? obj_get_int(a[1]) : -1;
    Vstr v;
    vstr_init(&v, 64);
    while (limit < 0 || (Int)v.len < limit) {
        int ch = port_read_char();
        if (ch < 0) break;
        vstr_addc(&v, (char)ch);
    }
    return vstr_to_str(&v);
}

static Value con_readlines(Value *a, int n, Value kw) {
    (void)a; (void)n; (void)kw;
    Value l = list_new(0);
    for (;;) {
        bool eof;
        Value line = read_line(true, &eof);
        if (eof) break;
        list_append(l, line);
    }
    return l;
}

static Value con_fileno(Value *a, int n, Value kw) { (void)n; (void)kw; return V_MKINT(((const Console *)V_PTR(a[0]))->fd); }
static Value con_isatty(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; return V_FALSE; }

static Value con_iternext(Value self) {
    (void)self;
    bool eof;
    Value line = read_line(true, &eof);
    return eof ? V_NULL : line;
}

static Value iter_self(Value self, IterBuf *buf) { (void)buf; return self; }

static void con_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    const Console *c = V_PTR(self);
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    print_fmt(p, "<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", names[c->fd], c->fd ? "w" : "r");
}

static NATIVE_METHOD(con_write_fn, write, 1, 1, con_write);
static NATIVE_METHOD(con_flush_fn, flush, 0, 0, con_flush);
static NATIVE_METHOD(con_readline_fn, readline, 0, 1, con_readline);
static NATIVE_METHOD(con_read_fn, read, 0, 1, con_read);
static NATIVE_METHOD(con_readlines_fn, readlines, 0, 1, con_readlines);
static NATIVE_METHOD(con_fileno_fn, fileno, 0, 0, con_fileno);
static NATIVE_METHOD(con_isatty_fn, isatty, 0, 0, con_isatty);

static const MapEntry console_table[] = {
    METHOD_ENTRY(fileno, con_fileno_fn),
    METHOD_ENTRY(flush, con_flush_fn),
    METHOD_ENTRY(isatty, con_isatty_fn),
    METHOD_ENTRY(read, con_read_fn),
    METHOD_ENTRY(readline, con_readline_fn),
    METHOD_ENTRY(readlines, con_readlines_fn),
    METHOD_ENTRY(write, con_write_fn),
};
static const Dict console_locals = DICT_CONST_INIT(console_table);

const Type console_type = {
    .type = &type_type, .name = V_MKNAME(N_TextIOWrapper), .base = &object_type, .flags = TF_ITER_SELF,
    .dict = V_FROMPTR(&console_locals),
    .print = con_print, .getiter = iter_self, .iternext = con_iternext,
};

/* ---------------- files ---------------- */

enum { F_READ = 1, F_WRITE = 2, F_BINARY = 4, F_APPEND = 8, F_CLOSED = 16, F_PLUS = 32 };

typedef struct {
    Object base;
    intptr_t handle;
    uint32_t flags;
    Value name, mode;
    /* read buffer */
    char *buf;
    size_t buf_pos, buf_len;
    int pending_cr;       /* text mode: a '\r' at the end of the last read (an int: no byte load sequence) */
} File;

static File *open_file(Value self) {
    File *f = V_PTR(self);
    if (f->flags & F_CLOSED) exc_raise_msg(&exc_ValueError, "I/O operation on closed file.");
    return f;
}

#define FILE_BUF 512

static bool fill(File *f) {
    if (!f->buf) f->buf = gc_alloc(FILE_BUF, GC_LEAF);
    intptr_t n = port_file_read(f->handle, f->buf, FILE_BUF);
    if (n < 0) exc_raise_oserror((int)-n);
    f->buf_pos = 0;
    f->buf_len = (size_t)n;
    return n > 0;
}

/* Reads up to limit bytes (or all when limit < 0) into v. */
static void read_raw(File *f, Vstr *v, Int limit) {
    while (limit < 0 || (Int)v->len < limit) {
        if (f->buf_pos >= f->buf_len && !fill(f)) break;
        size_t take = f->buf_len - f->buf_pos;
        if (limit >= 0 && (Int)take > limit - (Int)v->len) take = (size_t)(limit - (Int)v->len);
        vstr_add(v, f->buf + f->buf_pos, take);
        f->buf_pos += take;
    }
}

/* Text mode: universal newlines (\r\n and \r become \n). */
static void translate_newlines(Vstr *v) {
    size_t w = 0;
    for (size_t r = 0; r < v->len; r++) {
        char c = v->buf[r];
        if (c == '\r') {
            v->buf[w++] = '\n';
            if (r + 1 < v->len && v->buf[r + 1] == '\n') r++;
        } else {
            v->buf[w++] = c;
        }
    }
    v->len = w;
}

static Value finish_read(File *f, Vstr *v) {
    if (f->flags & F_BINARY) return vstr_to_bytes(v);
    translate_newlines(v);
    if (!utf8_valid(v->buf, v->len)) {
        Value b = vstr_to_bytes(v);
        return bytes_decode(b, V_NULL, V_NULL);
    }
    return vstr_to_str(v);
}

static Value f_read(Value *a, int n, Value kw) {
    (void)kw;
    File *f = open_file(a[0]);
    if (!(f->flags & F_READ)) exc_raise_msg(&exc_OSError, "not readable");
    Int limit = n > 1 && a[1] != V_NONE ? obj_get_int(a[1]) : -1;
    Vstr v;
    vstr_init(&v, limit > 0 ? (size_t)limit : 256);
    if (limit >= 0 && !(f->flags & F_BINARY)) {
        /* limit counts characters */
        Int chars = 0;
        while (chars < limit) {
            if (f->buf_pos >= f->buf_len && !fill(f)) break;
            char c = f->buf[f->buf_pos++];
            if (c == '\r') {
                if (f->buf_pos >= f->buf_len) fill(f);
                if (f->buf_pos < f->buf_len && f->buf[f->buf_pos] == '\n') f->buf_pos++;
                c = '\n';
            }
            vstr_addc(&v, c);
            if (((uint8_t)c & 0xC0) != 0x80) chars++;
        }
        /* finish a partial UTF-8 sequence */
        while (f->buf_pos < f->buf_len || fill(f)) {
            if (((uint8_t)f->buf[f->buf_pos] & 0xC0) != 0x80) break;
            vstr_addc(&v, f->buf[f->buf_pos++]);
        }
        return finish_read(f, &v);
    }
    read_raw(f, &v, limit);
    return finish_read(f, &v);
}

static Value readline_impl(File *f, Int limit) {
    Vstr v;
    vstr_init(&v, 80);
    bool text = !(f->flags & F_BINARY);
    while (limit < 0 || (Int)v.len < limit) {
        if (f->buf_pos >= f->buf_len && !fill(f)) break;
        char c = f->buf[f->buf_pos++];
        if (text && c == '\r') {
            if (f->buf_pos >= f->buf_len) fill(f);
            if (f->buf_pos < f->buf_len && f->buf[f->buf_pos] == '\n') f->buf_pos++;
            c = '\n';
        }
        vstr_addc(&v, c);
        if (c == '\n') break;
    }
    if (f->flags & F_BINARY) return vstr_to_bytes(&v);
    return vstr_to_str(&v);
}

static Value f_readline(Value *a, int n, Value kw) {
    (void)kw;
    File *f = open_file(a[0]);
    if (!(f->flags & F_READ)) exc_raise_msg(&exc_OSError, "not readable");
    return readline_impl(f, n > 1 && a[1] != V_NONE ? obj_get_int(a[1]) : -1);
}

static Value f_readlines(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    File *f = open_file(a[0]);
    Value l = list_new(0);
    for (;;) {
        Value line = readline_impl(f, -1);
        if (obj_len(line) == 0) break;
        list_append(l, line);
    }
    return l;
}

static Value f_write(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    File *f = open_file(a[0]);
    if (!(f->flags & F_WRITE)) exc_raise_msg(&exc_OSError, "not writable");
    const char *d;
    size_t len;
    Value count;
    if (f->flags & F_BINARY) {
        if (!bytes_get_data(a[1], &d, &len)) exc_raise_msg(&exc_TypeError, "a bytes-like object is required, not '%T'", a[1]);
        count = V_MKINT((Int)len);
    } else {
        if (!str_is(a[1])) exc_raise_msg(&exc_TypeError, "write() argument must be str, not %T", a[1]);
        d = str_data(a[1], &len);
        count = V_MKINT((Int)str_nchars(a[1]));
    }
    /* writing after reading: move the OS position back over what was buffered */
    if (f->buf_pos < f->buf_len) {
        port_file_seek(f->handle, -(intptr_t)(f->buf_len - f->buf_pos), 1);
        f->buf_pos = f->buf_len = 0;
    }
    while (len) {
        intptr_t w = port_file_write(f->handle, d, len);
        if (w < 0) exc_raise_oserror((int)-w);
        if (w == 0) exc_raise_oserror(28);
        d += w;
        len -= (size_t)w;
    }
    return count;
}

Int io_seek_args(const Value *a, int n, Int *off) {
    *off = obj_get_int(a[1]);
    Int whence = n > 2 ? obj_get_int(a[2]) : 0;
    if (whence < 0 || whence > 2) exc_raise_msg(&exc_ValueError, "invalid whence (%D, should be 0, 1 or 2)", whence);
    return whence;
}

static Value f_seek(Value *a, int n, Value kw) {
    (void)kw;
    File *f = open_file(a[0]);
    Int off, whence = io_seek_args(a, n, &off);
    if (!(f->flags & F_BINARY) && whence != 0 && off != 0)
        exc_raise_msg(&exc_OSError, whence == 1 ? ES_MSG("can't do nonzero cur-relative seeks") : ES_MSG("can't do nonzero end-relative seeks"));
    /* the OS position is ahead of ours by what is still buffered */
    if (whence == 1) off -= (Int)(f->buf_len - f->buf_pos);
    f->buf_pos = f->buf_len = 0;
    intptr_t r = port_file_seek(f->handle, (intptr_t)off, (int)whence);
    if (r < 0) {
        if (r == -22) exc_raise_msg(&exc_ValueError, "negative seek position %D", off);
        exc_raise_oserror((int)-r);
    }
    return int_from_int(r);
}

static Value f_tell(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    File *f = open_file(a[0]);
    intptr_t r = port_file_seek(f->handle, 0, 1);
    if (r < 0) exc_raise_oserror((int)-r);
    return int_from_int(r - (intptr_t)(f->buf_len - f->buf_pos));
}

static Value f_flush(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    File *f = open_file(a[0]);
    int r = port_file_flush(f->handle);   /* on the board: the commit (ENOSPC, EIO) */
    if (r < 0) exc_raise_oserror(-r);
    return V_NONE;
}

static Value f_close(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    File *f = V_PTR(a[0]);
    if (!(f->flags & F_CLOSED)) {
        int r = port_file_close(f->handle);
        f->flags |= F_CLOSED;
        if (r < 0) exc_raise_oserror(-r);
    }
    return V_NONE;
}

static Value f_enter(Value *a, int n, Value kw) { (void)n; (void)kw; open_file(a[0]); return a[0]; }
static Value f_exit(Value *a, int n, Value kw) { (void)n; (void)kw; f_close(a, 1, V_NULL); return V_NONE; }
static Value f_readable(Value *a, int n, Value kw) { (void)n; (void)kw; return V_BOOL(open_file(a[0])->flags & F_READ); }
static Value f_writable(Value *a, int n, Value kw) { (void)n; (void)kw; return V_BOOL(open_file(a[0])->flags & F_WRITE); }
static Value f_fileno(Value *a, int n, Value kw) { (void)n; (void)kw; return V_MKINT(open_file(a[0])->handle); }

static Value file_iternext(Value self) {
    File *f = open_file(self);
    Value line = readline_impl(f, -1);
    return obj_len(line) ? line : V_NULL;
}

static void file_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    File *f = V_PTR(self);
    if (f->flags & F_BINARY)
        print_fmt(p, "<_io.%s name=%r>", (f->flags & F_READ) && !(f->flags & F_WRITE) ? "BufferedReader" : "BufferedWriter", f->name);
    else
        print_fmt(p, "<_io.TextIOWrapper name=%r mode=%r encoding='UTF-8'>", f->name, f->mode);
}

static void file_attr(Value self, Value name, Value *dest) {
    if (dest[1] != V_SENTINEL_METHOD) return;
    File *f = V_PTR(self);
    switch (V_IS_NAME(name) ? V_NAME(name) : 0) {
    case N_closed: dest[0] = V_BOOL(f->flags & F_CLOSED); break;
    case N_name: dest[0] = f->name; break;
    case N_mode: dest[0] = f->mode; break;
    default: return;
    }
    dest[1] = V_NULL;
}

/* f.writelines(lines): each item through the object's own write (files, StringIO, BytesIO) */
static Value io_writelines(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    IterBuf buf;
    Value it = obj_getiter(a[1], &buf), item;
    while ((item = obj_iternext(it))) obj_call_method1(a[0], V_MKNAME(N_write), item);
    return V_NONE;
}
NATIVE_METHOD(io_writelines_fn, writelines, 1, 1, io_writelines);
static NATIVE_METHOD(f_read_fn, read, 0, 1, f_read);
static NATIVE_METHOD(f_readline_fn, readline, 0, 1, f_readline);
static NATIVE_METHOD(f_readlines_fn, readlines, 0, 1, f_readlines);
static NATIVE_METHOD(f_write_fn, write, 1, 1, f_write);
static NATIVE_METHOD(f_seek_fn, seek, 1, 2, f_seek);
static NATIVE_METHOD(f_tell_fn, tell, 0, 0, f_tell);
static NATIVE_METHOD(f_flush_fn, flush, 0, 0, f_flush);
static NATIVE_METHOD(f_close_fn, close, 0, 0, f_close);
static NATIVE_METHOD(f_enter_fn, __enter__, 0, 0, f_enter);
static NATIVE_METHOD(f_exit_fn, __exit__, 0, 3, f_exit);
static NATIVE_METHOD(f_readable_fn, readable, 0, 0, f_readable);
static NATIVE_METHOD(f_writable_fn, writable, 0, 0, f_writable);
static NATIVE_METHOD(f_fileno_fn, fileno, 0, 0, f_fileno);

static const MapEntry file_table[] = {
    METHOD_ENTRY(__enter__, f_enter_fn),
    METHOD_ENTRY(__exit__, f_exit_fn),
    METHOD_ENTRY(close, f_close_fn),
    METHOD_ENTRY(fileno, f_fileno_fn),
    METHOD_ENTRY(flush, f_flush_fn),
    METHOD_ENTRY(read, f_read_fn),
    METHOD_ENTRY(readable, f_readable_fn),
    METHOD_ENTRY(readline, f_readline_fn),
    METHOD_ENTRY(readlines, f_readlines_fn),
    METHOD_ENTRY(seek, f_seek_fn),
    METHOD_ENTRY(tell, f_tell_fn),
    METHOD_ENTRY(writable, f_writable_fn),
    METHOD_ENTRY(write, f_write_fn),
    METHOD_ENTRY(writelines, io_writelines_fn),
};
static const Dict file_locals = DICT_CONST_INIT(file_table);

const Type file_type = {
    .type = &type_type, .name = V_MKNAME(N_TextIOWrapper), .base = &object_type, .flags = TF_ITER_SELF,
    .dict = V_FROMPTR(&file_locals),
    .print = file_print, .getiter = iter_self, .iternext = file_iternext, .attr = file_attr,
};

Value io_open(Value *args, int nargs, Value kw) {
    static const uint16_t names[] = {N_file, N_mode, N_buffering, N_encoding, N_errors, N_newline, N_closefd, N_opener};
    Value a[8];
    arg_parse("open", args, nargs, kw, 8, names, 8, a);
    if (!a[0]) exc_raise_msg(&exc_TypeError, "open() missing required argument 'file' (pos 1)");
    Value path = a[0];
    if (!str_is(path)) {
        if (int_is_int(path)) exc_raise_msg(&exc_OSError, "file descriptors are not supported");
        exc_raise_msg(&exc_TypeError, "expected str, bytes or os.PathLike object, not %T", path);
    }
    size_t mn = 1;
    const char *m = "r";
    if (a[1]) {
        if (!str_is(a[1])) exc_raise_msg(&exc_TypeError, "open() argument 'mode' must be str, not %T", a[1]);
        m = str_data(a[1], &mn);
    }
    uint32_t flags = 0;
    int oflags = 0;
    int kinds = 0;
    for (size_t i = 0; i < mn; i++) {
        switch (es_rd8(m + i)) {   /* (es_rd8: the mode, "rb" or a literal, is in flash) */
        case 'r': flags |= F_READ; kinds++; break;
        case 'w': flags |= F_WRITE; oflags |= PORT_O_CREAT | PORT_O_TRUNC; kinds++; break;
        case 'a': flags |= F_WRITE | F_APPEND; oflags |= PORT_O_CREAT | PORT_O_APPEND; kinds++; break;
        case 'x': flags |= F_WRITE; oflags |= PORT_O_CREAT | PORT_O_EXCL; kinds++; break;
        case '+': flags |= F_READ | F_WRITE | F_PLUS; break;
        case 'b': flags |= F_BINARY; break;
        case 't': break;
        default: exc_raise_msg(&exc_ValueError, "invalid mode: '%.*s'", (int)mn, m);
        }
    }
    if (kinds != 1) exc_raise_msg(&exc_ValueError, "must have exactly one of create/read/write/append mode");
    if ((flags & F_BINARY) && a[3] && a[3] != V_NONE) exc_raise_msg(&exc_ValueError, "binary mode doesn't take an encoding argument");
    oflags |= (flags & F_READ) && (flags & F_WRITE) ? PORT_O_RDWR : (flags & F_WRITE) ? PORT_O_WRONLY : PORT_O_RDONLY;
    size_t pn;
    const char *p = str_data(path, &pn);
    char *cpath = gc_alloc(pn + 1, GC_LEAF);
    memcpy(cpath, p, pn);
    cpath[pn] = 0;
    intptr_t h = port_file_open(cpath, oflags);
    gc_free(cpath);
    if (h < 0) exc_raise_oserror_path((int)-h, path);
    File *f = gc_alloc(sizeof(File), 0);
    f->base.type = &file_type;
    f->handle = h;
    f->flags = flags;
    f->name = path;
    f->mode = a[1] ? a[1] : V_MKNAME(N_r);
    return V_FROMPTR(f);
}

NATIVE_FN_KW(io_open_fn, open, 0, 8, io_open);
