/* Exceptions: raising and catching in C, the exception classes, tracebacks. */
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include "exc.h"
#include "runtime.h"
#include "gc.h"
#include "names.h"
#include "objstr.h"
#include "objbytes.h"
#include "objtuple.h"
#include "objlist.h"
#include "objdict.h"
#include "objint.h"
#include "objtype.h"
#include "objfun.h"
#include "code.h"
#include "vm.h"
#include "port.h"

/* ---------------- raising ---------------- */

void exc_push(ExcFrame *ef) {
    ef->prev = vm.handler;
    ef->exc = V_NULL;
    vm.handler = ef;
}

void exc_end(ExcFrame *ef) { vm.handler = ef->prev; }

static Value memory_error_instance(void);

void exc_raise(Value exc) {
    ExcFrame *ef = vm.handler;
    if (!ef) {
        /* only the type's name: str() could run Python code and raise again, here */
        print_fmt(&print_stderr, "espy: uncaught exception outside any handler: ");
        print_fmt(&print_stderr, "%T", exc);
        print_char(&print_stderr, '\n');
        port_write(2, "", 0);
        for (;;) {}
    }
    /* chain to the exception being handled, if any (not to itself) */
    if (vm.exc_handled && vm.exc_handled != exc && is_instance_of(exc, &exc_BaseException)) {
        Exception *e = V_PTR(exc);
        if (e->context == V_NULL && gc_is_heap_ptr(e)) {
            /* avoid cycles: exc must not already be in the handled exception's chain */
            Value c = vm.exc_handled;
            int guard = 0;
            while (c && c != V_NONE && c != exc && guard++ < 100) c = ((Exception *)V_PTR(c))->context;
            if (c != exc) e->context = vm.exc_handled;
        }
    }
    vm.handler = ef->prev;
    ef->exc = exc;
    ES_LONGJMP(ef->jb, 1);
}

Value exc_new(const Type *t, Value args) {
    size_t size = es_rd16(&t->instance_size);
    Exception *e = gc_alloc(size ? size : sizeof(Exception), 0);
    e->base.type = t;
    map_init(&e->attrs, 0);
    e->args = args;
    return V_FROMPTR(e);
}

Value (exc_new_msg)(const Type *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value msg = str_vprintf(fmt, ap);
    va_end(ap);
    return exc_new(t, tuple_from_array(&msg, 1));
}

void exc_raise_type(const Type *t) { exc_raise(exc_new(t, V_EMPTY_TUPLE)); }

void exc_raise_value(const Type *t, Value arg) { exc_raise(exc_new(t, tuple_from_array(&arg, 1))); }

void (exc_raise_msg)(const Type *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value msg = str_vprintf(fmt, ap);
    va_end(ap);
    exc_raise(exc_new(t, tuple_from_array(&msg, 1)));
}

/* MemoryError must not need memory: one preallocated instance (without traceback growth). */
static Exception memory_error_obj = {{&exc_MemoryError}, {0, 0, 0, 0, 1, 0, NULL}, V_EMPTY_TUPLE, V_NULL, V_NULL, V_NULL, 0};

static Value memory_error_instance(void) { return V_FROMPTR(&memory_error_obj); }

/* The heap ran out with this many Python frames live: the recursion is what filled it (each
 * level holds a frame and, through C, the objects it was building), and CPython, whose heap
 * would not have run out, raises RecursionError.  Without this the error would be MemoryError
 * or RecursionError depending on which allocation happened to fail first. */
#define DEEP_RECURSION 100

void exc_raise_memory_error(void) {
    if (vm.depth >= DEEP_RECURSION && gc_lock_depth() == 0) exc_raise_recursion();
    memory_error_obj.traceback = V_NULL;
    memory_error_obj.context = V_NULL;
    exc_raise(memory_error_instance());
}

/* RecursionError is often raised because the heap is full of frames: its message is a const
 * name, and when even the exception object cannot be had, a preallocated one is raised (as for
 * MemoryError, the frames unwinding free the heap). */
static const struct { Object base; UInt len; Value items[1]; } recursion_args = {
    {&tuple_type}, 1, {V_MKNAME(N__max_recursion)}};
static Exception recursion_error_obj = {{&exc_RecursionError}, {0, 0, 0, 0, 1, 0, NULL},
                                        V_FROMPTR(&recursion_args), V_NULL, V_NULL, V_NULL, 0};

/* The preallocated exceptions live outside the heap, so the collector does not scan them by
 * itself: their traceback and context (heap objects) are marked from the VM's roots. */
void exc_gc_mark_static(void) {
    gc_mark_words(&memory_error_obj, sizeof memory_error_obj / sizeof(Value));
    gc_mark_words(&recursion_error_obj, sizeof recursion_error_obj / sizeof(Value));
}

void exc_raise_recursion(void) {
    Exception *e = gc_alloc_maybe(sizeof(Exception), 0);
    if (!e) {
        recursion_error_obj.traceback = V_NULL;
        recursion_error_obj.context = V_NULL;
        exc_raise(V_FROMPTR(&recursion_error_obj));
    }
    e->base.type = &exc_RecursionError;
    map_init(&e->attrs, 0);
    e->args = V_FROMPTR(&recursion_args);
    exc_raise(V_FROMPTR(e));
}

/* The errno numbers with a message of their own (CPython's strerror texts on Linux), and the
 * messages in the same order, "Unknown error" last: a table of numbers and one literal of the
 * texts instead of the switches, which gcc turned into tables of 111 and 115 pointers (0.9 kB). */
static const uint8_t errno_msg_num[] = {
    1, 2, 5, 9, 11, 12, 13, 16, 17, 18, 19, 20, 21, 22, 24, 27, 28, 29, 30, 32, 36, 38, 39, 75, 110, 111,
};
/* The message of err: compressed (ES_MSGS), for str_from_text. */
static const char *errno_message(int err) {
    const char *p = ES_MSGS(
        "Operation not permitted\0"
        "No such file or directory\0"
        "Input/output error\0"
        "Bad file descriptor\0"
        "Resource temporarily unavailable\0"
        "Cannot allocate memory\0"
        "Permission denied\0"
        "Device or resource busy\0"
        "File exists\0"
        "Invalid cross-device link\0"
        "No such device\0"
        "Not a directory\0"
        "Is a directory\0"
        "Invalid argument\0"
        "Too many open files\0"
        "File too large\0"
        "No space left on device\0"
        "Illegal seek\0"
        "Read-only file system\0"
        "Broken pipe\0"
        "File name too long\0"
        "Function not implemented\0"
        "Directory not empty\0"
        "Value too large for defined data type\0"
        "Connection timed out\0"
        "Connection refused\0"
        "Unknown error");
    for (size_t i = 0; i < sizeof errno_msg_num && (int)es_rd8(&errno_msg_num[i]) != err; i++) p += strlen(p) + 1;
    return p;
}

Value exc_errno_str(int err) { return str_from_text(errno_message(err)); }

/* OSError's subclass for an errno: the numbers, and each one's class. */
static const uint8_t oserror_num[] = {2, 17, 21, 20, 1, 13, 11, 114, 115, 10, 4, 3, 110, 32, 103, 111, 104};
static const Type *const oserror_class[] = {
    &exc_FileNotFoundError, &exc_FileExistsError, &exc_IsADirectoryError, &exc_NotADirectoryError,
    &exc_PermissionError, &exc_PermissionError, &exc_BlockingIOError, &exc_BlockingIOError,
    &exc_BlockingIOError, &exc_ChildProcessError, &exc_InterruptedError, &exc_ProcessLookupError,
    &exc_TimeoutError, &exc_BrokenPipeError, &exc_ConnectionAbortedError,
    &exc_ConnectionRefusedError, &exc_ConnectionResetError,
};

static const Type *oserror_subclass(int err) {
    for (size_t i = 0; i < sizeof oserror_num; i++)
        if ((int)es_rd8(&oserror_num[i]) == err) return oserror_class[i];
    return &exc_OSError;
}

void exc_raise_oserror(int err) {
    Value args[2] = {V_MKINT(err), exc_errno_str(err)};
    exc_raise(exc_new(oserror_subclass(err), tuple_from_array(args, 2)));
}

static void exc_setup(Value e);

void exc_raise_oserror_path(int err, Value path) {
    Value args[3] = {V_MKINT(err), exc_errno_str(err), path};
    Value e = exc_new(oserror_subclass(err), tuple_from_array(args, 3));
    exc_setup(e);
    exc_raise(e);
}

void exc_raise_oserror_path2(int err, Value path, Value path2) {
    Value args[5] = {V_MKINT(err), exc_errno_str(err), path, V_NONE, path2};
    Value e = exc_new(oserror_subclass(err), tuple_from_array(args, 5));
    exc_setup(e);
    exc_raise(e);
}

void exc_raise_stop_iteration(Value value) {
    if (value == V_NONE || value == V_NULL) exc_raise_type(&exc_StopIteration);
    exc_raise_value(&exc_StopIteration, value);
}

void (exc_raise_syntax_error_kind)(const Type *t, Value filename, uint32_t line, uint32_t col,
                                   const char *line_start, const char *src_end, const char *msg) {
    const char *e = line_start;
    while (e < src_end && *e != '\n' && *e != '\r') e++;
    Value text = line_start ? str_new(line_start, (size_t)(e - line_start)) : V_NONE;
    /* the offset counts characters, from 1 */
    size_t c = line_start ? utf8_count(line_start, col <= (size_t)(e - line_start) ? col : (size_t)(e - line_start)) : col;
    Value details[4] = {filename ? filename : V_MKNAME(N__lt_stdin_gt), V_MKINT(line), V_MKINT(c + 1), text};
    /* a compressed literal (ES_STEXT) starts with a byte 1 */
    Value args[2] = {es_rd8(msg) == 1 ? str_from_text(msg + 1) : str_new_cstr(msg), tuple_from_array(details, 4)};
    exc_raise(exc_new(t, tuple_from_array(args, 2)));
}

void (exc_raise_syntax_error)(Value filename, uint32_t line, uint32_t col, const char *line_start,
                              const char *src_end, const char *msg) {
    exc_raise_syntax_error_kind(&exc_SyntaxError, filename, line, col, line_start, src_end, msg);
}

void exc_type_error_unsupported(const char *op, Value a, Value b) {
    exc_raise_msg(&exc_TypeError, "unsupported operand type(s) for %s: '%T' and '%T'", op,
                  a, b);
}

void exc_attribute_error(Value obj, Value name) {
    if (is_instance_of(obj, &type_type))
        exc_raise_msg(&exc_AttributeError, "type object '%n' has no attribute '%n'",
                      ((const Type *)V_PTR(obj))->name, name);
    if (is_type(obj, &module_type)) {
        Value mn = obj_getattr_maybe(obj, V_MKNAME(N___name__));
        exc_raise_msg(&exc_AttributeError, "module '%v' has no attribute '%n'", mn ? mn : V_MKNAME(N_), name);
    }
    exc_raise_msg(&exc_AttributeError, "'%T' object has no attribute '%n'", obj, name);
}

Value exc_instantiate(Value x) {
    if (is_instance_of(x, &type_type)) {
        const Type *t = V_PTR(x);
        if (!type_is_subtype(t, &exc_BaseException))
            exc_raise_msg(&exc_TypeError, "exceptions must derive from BaseException");
        Value e = obj_call0(x);
        if (!is_instance_of(e, &exc_BaseException))
            exc_raise_msg(&exc_TypeError, "calling %r should have returned an instance of BaseException, not %T",
                          x, e);
        return e;
    }
    if (!is_instance_of(x, &exc_BaseException))
        exc_raise_msg(&exc_TypeError, "exceptions must derive from BaseException");
    return x;
}

bool exc_matches(Value exc, Value cls) {
    if (is_type(cls, &tuple_type)) {
        vm_check_stack();   /* except ((((E,),),),): nested tuples recurse */
        size_t n = tuple_len(cls);
        for (size_t i = 0; i < n; i++)
            if (exc_matches(exc, tuple_items(cls)[i])) return true;
        return false;
    }
    if (!is_instance_of(cls, &type_type) || !type_is_subtype(V_PTR(cls), &exc_BaseException))
        exc_raise_msg(&exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return is_instance_of(exc, V_PTR(cls));
}

Value exc_arg0(Value exc) {
    Exception *e = V_PTR(exc);
    if (!is_type(e->args, &tuple_type) || tuple_len(e->args) == 0) return V_NONE;
    return tuple_items(e->args)[0];
}

void exc_add_traceback(Value exc, const Code *code, uint32_t line, const void *frame) {
    if (!is_instance_of(exc, &exc_BaseException)) return;
    Exception *e = V_PTR(exc);
    TbBuf *tb = (TbBuf *)V_PTR(e->traceback);
    if (tb && tb->last_frame == frame) return;
    if (!tb || tb->n == tb->alloc) {
        uint32_t alloc = tb ? tb->alloc * 2 : 4;
        TbBuf *nt = gc_alloc_maybe(sizeof(TbBuf) + alloc * sizeof(TbEntry), 0);
        if (!nt) return;   /* out of memory: keep what we have */
        if (tb) memcpy(nt, tb, sizeof(TbBuf) + tb->n * sizeof(TbEntry));
        nt->alloc = alloc;
        tb = nt;
        e->traceback = V_FROMPTR(tb);
    }
    tb->e[tb->n].code = code;
    tb->e[tb->n].line = line;
    tb->n++;
    tb->last_frame = frame;
}

/* ---------------- printing ---------------- */

static void print_exc_line(Print *p, Value exc) {
    const Type *t = type_of(exc);
    Value mod = (t->flags & TF_HEAP) ? map_get(dict_map(t->dict), V_MKNAME(N___module__)) : V_NULL;
    Value qn = (t->flags & TF_HEAP) ? map_get(dict_map(t->dict), V_MKNAME(N___qualname__)) : V_NULL;
    if (!qn) qn = t->name;
    if (mod && str_is(mod) && !(V_IS_NAME(mod) && (V_NAME(mod) == N___main__ || V_NAME(mod) == N_builtins)))
        print_fmt(p, "%n.", mod);
    print_fmt(p, "%n", qn);
    /* str() runs the class's __str__, which may raise: CPython's words then */
    ExcFrame ef;
    if (EXC_TRY(ef)) {
        Value s = obj_str(exc);
        exc_end(&ef);
        size_t n;
        str_data(s, &n);
        if (n) print_fmt(p, ": %v", s);
    } else {
        print_fmt(p, ": <exception str() failed>");
    }
    print_char(p, '\n');
}

/* The source line of a traceback entry, as CPython shows it: read from the file if it can be
 * opened (not for "<stdin>" and the like), leading blanks dropped, with no heap use (this may
 * run for a MemoryError). */
static void print_source_line(Print *p, Value filename, uint32_t line) {
    size_t fn;
    const char *f = str_data(filename, &fn);
    char path[128], buf[64], text[120];
    if (fn == 0 || fn >= sizeof path) return;
    memcpy(path, f, fn);   /* (first: a frozen module's name is in flash) */
    path[fn] = 0;
    if (path[0] == '<') return;
    intptr_t h = port_file_open(path, PORT_O_RDONLY);
    if (h < 0) return;
    uint32_t at = 1;
    size_t tn = 0;
    bool done = false, lead = true;
    intptr_t got;
    while (!done && (got = port_file_read(h, buf, sizeof buf)) > 0) {
        for (intptr_t i = 0; i < got && !done; i++) {
            char c = buf[i];
            if (at == line) {
                if (c == '\n' || c == '\r') done = true;
                else if (lead && (c == ' ' || c == '\t' || c == '\f')) continue;
                else if (tn < sizeof text) { text[tn++] = c; lead = false; }
            }
            if (c == '\n') at++;
            if (at > line) done = true;
        }
    }
    port_file_close(h);
    if (tn == 0) return;
    print_cstr(p, "    ");
    print_strn(p, text, tn);
    print_char(p, '\n');
}

#define TB_REPEAT_SHOWN 3

static bool same_tb_line(const TbEntry *a, const TbEntry *b) {
    return a->line == b->line && a->code->filename == b->code->filename && a->code->name == b->code->name;
}

static void print_repeats(Print *p, uint32_t count) {
    if (count <= TB_REPEAT_SHOWN) return;
    count -= TB_REPEAT_SHOWN;
    print_fmt(p, "  [Previous line repeated %u more time%s]\n", (unsigned)count, count > 1 ? "s" : "");
}

static void print_one(Print *p, Value exc, int depth) {
    if (!is_instance_of(exc, &exc_BaseException)) {
        print_fmt(p, "%r\n", exc);
        return;
    }
    Exception *e = V_PTR(exc);
    if (depth < 10) {
        if (e->cause && e->cause != V_NONE) {
            print_one(p, e->cause, depth + 1);
            print_fmt(p, "\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e->context && e->context != V_NONE && !(e->flags & EXC_SUPPRESS_CONTEXT)) {
            print_one(p, e->context, depth + 1);
            print_fmt(p, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    TbBuf *tb = V_PTR(e->traceback);
    if (tb && tb->n) {
        print_fmt(p, "Traceback (most recent call last):\n");
        /* as CPython: a line repeated more than TB_REPEAT_SHOWN times in a row (recursion) is
         * shown that many times, then counted */
        const TbEntry *last = NULL;
        uint32_t count = 0;
        for (uint32_t i = tb->n; i > 0; i--) {
            const TbEntry *t = &tb->e[i - 1];
            const Code *c = t->code;
            if (!last || !same_tb_line(last, t)) {
                print_repeats(p, count);
                last = t;
                count = 0;
            }
            if (++count > TB_REPEAT_SHOWN) continue;
            print_fmt(p, "  File \"%v\", line %u, in %n\n", c->filename ? c->filename : V_MKNAME(N__lt_stdin_gt),
                      (unsigned)t->line, c->name);
            if (c->filename) print_source_line(p, c->filename, t->line);
        }
        print_repeats(p, count);
    }
    if (is_instance_of(exc, &exc_SyntaxError) && is_type(e->args, &tuple_type) && tuple_len(e->args) == 2 &&
        is_type(tuple_items(e->args)[1], &tuple_type) && tuple_len(tuple_items(e->args)[1]) == 4) {
        Value *d = tuple_items(tuple_items(e->args)[1]);
        print_fmt(p, "  File \"%v\", line %v\n", d[0], d[1]);
        if (str_is(d[3])) {
            size_t n;
            const char *s = str_data(d[3], &n);
            size_t lead = 0;
            while (lead < n && (s[lead] == ' ' || s[lead] == '\t' || s[lead] == '\f')) lead++;
            print_cstr(p, "    ");
            print_strn(p, s + lead, n - lead);
            print_char(p, '\n');
            Int off = V_IS_INT(d[2]) ? V_INT(d[2]) : 0;
            Int col = off - 1 - (Int)utf8_count(s, lead);
            if (col >= 0) {
                print_cstr(p, "    ");
                for (Int k = 0; k < col; k++) print_char(p, ' ');
                print_cstr(p, "^\n");
            }
        }
        print_fmt(p, "%n: %v\n", type_of(exc)->name, tuple_items(e->args)[0]);
        return;
    }
    print_exc_line(p, exc);
}

void exc_print(Print *p, Value exc) { print_one(p, exc, 0); }

/* ---------------- the exception classes ---------------- */

static Exception *X(Value v) { return V_PTR(v); }

/* The keyword arguments a built-in exception class takes (CPython 3.11): ImportError name and
 * path, NameError name, AttributeError name and obj; they become attributes. */
static void exc_keywords(Value e, const Type *t, Value *kwargs, Value kwnames) {
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    if (!nkw) return;
    bool imp = type_is_subtype(t, &exc_ImportError), attr = type_is_subtype(t, &exc_AttributeError);
    if (!imp && !attr && !type_is_subtype(t, &exc_NameError)) {
        if (!(t->flags & TF_HEAP)) arg_check_no_kw_name(t->name, kwnames);
        return;
    }
    /* the messages name the class that defines the keywords */
    const char *cname = imp ? "ImportError" : attr ? "AttributeError" : "NameError";
    if (!imp && !attr && nkw > 1)
        exc_raise_msg(&exc_TypeError, "NameError() takes at most 1 keyword argument (%d given)", (int)nkw);
    for (size_t i = 0; i < nkw; i++) {
        Value k = tuple_items(kwnames)[i];
        if (k != V_MKNAME(N_name) && !(imp && k == V_MKNAME(N_path)) && !(attr && k == V_MKNAME(N_obj)))
            exc_raise_msg(&exc_TypeError, "'%n' is an invalid keyword argument for %s()", k, cname);
        map_set(&X(e)->attrs, k, kwargs[i]);
    }
}

/* Arguments of the Unicode errors: s str, b bytes-like, i int. */
static void unicode_error_args(Value *a, size_t n, const char *spec) {
    size_t want = strlen(spec);
    if (n != want) exc_raise_msg(&exc_TypeError, "function takes exactly %d arguments (%d given)", (int)want, (int)n);
    for (size_t i = 0; i < n; i++) {
        const char *d;
        size_t len;
        char kind = (char)es_rd8(spec + i);
        if (kind == 'i') obj_index(a[i]);
        else if (kind == 'b' ? !bytes_get_data(a[i], &d, &len) && !str_is(a[i]) : !str_is(a[i]))
            exc_raise_msg(&exc_TypeError, "argument %d must be str, not %T", (int)i + 1, a[i]);
        else if (kind == 'b' && str_is(a[i]))
            exc_raise_msg(&exc_TypeError, "a bytes-like object is required, not 'str'");
    }
}

/* What CPython's __init__ of some classes does with the args: OSError(errno, strerror[,
 * filename[, winerror[, filename2]]]) keeps only (errno, strerror) in args when a filename is
 * given (filename and filename2 go to the attribute map; BlockingIOError's third argument may
 * be characters_written instead); SyntaxError(msg, info) takes info as a tuple of 4 to 6;
 * the Unicode errors check their five (four) arguments. */
static void exc_setup(Value e) {
    Exception *x = X(e);
    const Type *t = type_of(e);
    size_t n = tuple_len(x->args);
    Value *a = tuple_items(x->args);
    if (type_is_subtype(t, &exc_OSError)) {
        if (n < 3 || n > 5 || a[2] == V_NONE) return;
        if (t == &exc_BlockingIOError && (int_is_int(a[2]) || is_instance_of(a[2], &float_type))) {
            map_set(&x->attrs, V_MKNAME(N_characters_written), obj_index(a[2]));
            return;
        }
        map_set(&x->attrs, V_MKNAME(N_filename), a[2]);
        if (n == 5 && a[4] != V_NONE) map_set(&x->attrs, V_MKNAME(N_filename2), a[4]);
        x->args = tuple_from_array(a, 2);
    } else if (type_is_subtype(t, &exc_SyntaxError)) {
        if (n != 2) return;
        Value info = tuple_from_iter(a[1]);
        size_t k = tuple_len(info);
        if (k < 4 || k > 6)
            exc_raise_msg(&exc_TypeError, "function takes at %s %d arguments (%d given)", k < 4 ? "least" : "most",
                          k < 4 ? 4 : 6, (int)k);
        Value na[2] = {a[0], info};
        x->args = tuple_from_array(na, 2);
    } else if (type_is_subtype(t, &exc_UnicodeError) && t != &exc_UnicodeError) {
        unicode_error_args(a, n, type_is_subtype(t, &exc_UnicodeDecodeError) ? "sbiis" :
                                 type_is_subtype(t, &exc_UnicodeEncodeError) ? "ssiis" : "siis");
    }
}

static Value exc_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    if (t == &exc_OSError && nargs >= 2 && V_IS_INT(args[0])) t = oserror_subclass((int)V_INT(args[0]));
    Value e = exc_new(t, tuple_from_array(args, (size_t)nargs));
    exc_keywords(e, t, args + nargs, kwnames);
    exc_setup(e);
    return e;
}

static Value exc_init(Value *args, int nargs, Value kwnames) {
    X(args[0])->args = tuple_from_array(args + 1, (size_t)(nargs - 1));
    exc_keywords(args[0], type_of(args[0]), args + nargs, kwnames);
    exc_setup(args[0]);
    return V_NONE;
}

/* The filename of an OSError, or its filename2 (V_NULL when not set). */
static Value os_filename(Value self, uint16_t name) { return map_get(&X(self)->attrs, V_MKNAME(name)); }

/* An item of a SyntaxError's (filename, lineno, offset, text[, end_lineno, end_offset]). */
static Value syntax_info(Value self, size_t i) {
    Value a = X(self)->args;
    if (tuple_len(a) != 2 || !is_type(tuple_items(a)[1], &tuple_type)) return V_NONE;
    Value d = tuple_items(a)[1];
    return i < tuple_len(d) ? tuple_items(d)[i] : V_NONE;
}

static void exc_print_slot(Value self, Print *p, PrintKind kind) {
    Exception *e = X(self);
    Value args = e->args;
    size_t n = is_type(args, &tuple_type) ? tuple_len(args) : 0;
    if (kind == PRINT_REPR) {
        const Type *t = type_of(self);
        print_fmt(p, "%n", t->name);
        if (n == 1) {
            print_char(p, '(');
            obj_print(p, tuple_items(args)[0], PRINT_REPR);
            print_char(p, ')');
        } else if (n == 0) {
            print_cstr(p, "()");
        } else {
            obj_print(p, args, PRINT_REPR);
        }
        return;
    }
    if (is_instance_of(self, &exc_OSError) && n >= 2 && n <= 5) {
        Value f = os_filename(self, N_filename), f2 = os_filename(self, N_filename2);
        print_fmt(p, "[Errno %v] %v", tuple_items(args)[0], tuple_items(args)[1]);
        if (f) print_fmt(p, ": %r", f);
        if (f && f2) print_fmt(p, " -> %r", f2);
        return;
    }
    bool tr = is_instance_of(self, &exc_UnicodeTranslateError);
    if ((is_instance_of(self, &exc_UnicodeDecodeError) || is_instance_of(self, &exc_UnicodeEncodeError) || tr) &&
        n == (size_t)(5 - tr) && V_IS_INT(tuple_items(args)[2 - tr]) && V_IS_INT(tuple_items(args)[3 - tr])) {
        Value *a = tuple_items(args) - tr;   /* a[1..4]: object, start, end, reason */
        Int start = V_INT(a[2]), end = V_INT(a[3]);
        bool dec = is_instance_of(self, &exc_UnicodeDecodeError);
        if (tr) print_fmt(p, "can't translate ");
        else print_fmt(p, "'%v' codec can't %s ", a[0], dec ? "decode" : "encode");
        if (end == start + 1 && dec) {
            const char *d;
            size_t len;
            if (bytes_get_data(a[1], &d, &len) && (UInt)start < len) {
                uint32_t b = es_rd8(d + start);   /* (a frozen bytes constant is in flash) */
                print_fmt(p, "byte 0x%x%x", b >> 4, b & 15);
            }
        } else if (end == start + 1 && str_is(a[1]) && (size_t)start < str_nchars(a[1])) {
            size_t len;
            const char *d = str_data(a[1], &len) + str_offset(a[1], (size_t)start);
            uint32_t c = utf8_decode(&d, d + 4);
            char esc[10];
            print_fmt(p, "character '");
            print_strn(p, esc, str_escape_cp(esc, c));
            print_char(p, '\'');
        } else {
            print_fmt(p, "%s in position %D-%D: %v", dec ? "bytes" : "characters", start, end - 1, a[4]);
            return;
        }
        print_fmt(p, " in position %D: %v", start, a[4]);
        return;
    }
    if (is_instance_of(self, &exc_KeyError) && n == 1) {
        obj_print(p, tuple_items(args)[0], PRINT_REPR);
        return;
    }
    if (is_instance_of(self, &exc_SyntaxError)) {
        /* msg (file, line N), the file's base name */
        Value f = syntax_info(self, 0), line = syntax_info(self, 1);
        obj_print(p, n ? tuple_items(args)[0] : V_NONE, PRINT_STR);
        bool has_line = int_is_int(line);
        if (str_is(f)) {
            size_t len;
            const char *s = str_data(f, &len), *b = s + len;
            while (b > s && es_rd8(b - 1) != '/') b--;   /* (es_rd8: "<string>" is a static name) */
            print_cstr(p, " (");
            print_strn(p, b, len - (size_t)(b - s));
            if (has_line) print_fmt(p, ", line %v", line);
            print_char(p, ')');
        } else if (has_line) {
            print_fmt(p, " (line %v)", line);
        }
        return;
    }
    if (n == 0) return;
    if (n == 1) obj_print(p, tuple_items(args)[0], PRINT_STR);
    else obj_print(p, args, PRINT_REPR);
}

static Value args_item(Value self, size_t i) {
    Value a = X(self)->args;
    if (!is_type(a, &tuple_type) || tuple_len(a) <= i) return V_NONE;
    return tuple_items(a)[i];
}

static void exc_attr(Value self, Value name, Value *dest) {
    Exception *e = X(self);
    uint32_t id = V_IS_NAME(name) ? V_NAME(name) : 0;
    if (dest[1] == V_SENTINEL_METHOD) {
        Value v = V_NULL;
        size_t n = is_type(e->args, &tuple_type) ? tuple_len(e->args) : 0;
        switch (id) {
        case N_args: v = e->args; break;
        case N___traceback__: v = V_NONE; break;
        case N___cause__: v = e->cause ? e->cause : V_NONE; break;
        case N___context__: v = e->context ? e->context : V_NONE; break;
        case N___suppress_context__: v = V_BOOL(e->flags & EXC_SUPPRESS_CONTEXT); break;
        case N_value:
            if (is_instance_of(self, &exc_StopIteration)) v = args_item(self, 0);
            break;
        case N_code:
            if (is_instance_of(self, &exc_SystemExit)) v = n == 1 ? args_item(self, 0) : n == 0 ? V_NONE : e->args;
            break;
        case N_errno: case N_strerror:
            if (is_instance_of(self, &exc_OSError)) v = n >= 2 && n <= 5 ? args_item(self, id == N_strerror) : V_NONE;
            break;
        case N_filename: case N_filename2:
            if (is_instance_of(self, &exc_OSError)) {
                v = os_filename(self, (uint16_t)id);
                if (!v) v = V_NONE;
            } else if (id == N_filename && is_instance_of(self, &exc_SyntaxError)) {
                v = syntax_info(self, 0);
            }
            break;
        case N_msg:
            if (is_instance_of(self, &exc_SyntaxError) || is_instance_of(self, &exc_ImportError))
                v = n == 1 || (n > 1 && !is_instance_of(self, &exc_ImportError)) ? args_item(self, 0) : V_NONE;
            break;
        case N_lineno: case N_offset: case N_text: case N_end_lineno: case N_end_offset: case N_print_file_and_line:
            if (is_instance_of(self, &exc_SyntaxError))
                v = syntax_info(self, id == N_lineno ? 1 : id == N_offset ? 2 : id == N_text ? 3 : id == N_end_lineno ? 4 :
                                id == N_end_offset ? 5 : 6);
            break;
        case N_encoding: case N_object: case N_start: case N_end: case N_reason: {
            /* UnicodeDecodeError/UnicodeEncodeError(encoding, object, start, end, reason),
             * UnicodeTranslateError(object, start, end, reason) */
            bool tr = is_instance_of(self, &exc_UnicodeTranslateError);
            if (n == (size_t)(5 - tr) && is_instance_of(self, &exc_UnicodeError) && !is_type(self, &exc_UnicodeError)) {
                int k = id == N_encoding ? 0 : id == N_object ? 1 : id == N_start ? 2 : id == N_end ? 3 : 4;
                v = tr && k == 0 ? V_NONE : args_item(self, (size_t)(k - tr));
            }
            break;
        }
        case N_name: case N_path: case N_obj:
            if (is_instance_of(self, &exc_ImportError) ? id != N_obj :
                is_instance_of(self, &exc_AttributeError) ? id != N_path :
                is_instance_of(self, &exc_NameError) && id == N_name) {
                v = map_get(&e->attrs, name);
                if (!v) v = V_NONE;
            }
            break;
        default: break;
        }
        if (v) { dest[0] = v; dest[1] = V_NULL; }
        else if (!type_is_heap(type_of(self))) {
            v = map_get(&e->attrs, name);
            if (v) { dest[0] = v; dest[1] = V_NULL; }
        }
        return;
    }
    if (dest[1] != V_NULL) {
        switch (id) {
        case N_args: e->args = tuple_from_iter(dest[1]); break;
        case N___cause__:
            if (dest[1] != V_NONE && !is_instance_of(dest[1], &exc_BaseException))
                exc_raise_msg(&exc_TypeError, "exception cause must be None or derive from BaseException");
            e->cause = dest[1];
            e->flags |= EXC_SUPPRESS_CONTEXT;
            break;
        case N___context__:
            if (dest[1] != V_NONE && !is_instance_of(dest[1], &exc_BaseException))
                exc_raise_msg(&exc_TypeError, "exception context must be None or derive from BaseException");
            e->context = dest[1];
            break;
        case N___suppress_context__:
            if (obj_truthy(dest[1])) e->flags |= EXC_SUPPRESS_CONTEXT;
            else e->flags &= ~(uint32_t)EXC_SUPPRESS_CONTEXT;
            break;
        case N___traceback__: break;
        default:
            if (type_is_heap(type_of(self))) return;   /* generic instance attributes */
            map_set(&e->attrs, str_intern(name), dest[1]);
        }
        dest[1] = V_NULL;
    }
}

static Value exc_with_traceback(Value *a, int n, Value kw) { (void)n; (void)kw; return a[0]; }
static Value exc_add_note(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Value notes = map_get(&X(a[0])->attrs, V_MKNAME(N___notes__));
    if (!notes) {
        notes = list_new(0);
        map_set(&X(a[0])->attrs, V_MKNAME(N___notes__), notes);
    }
    list_append(notes, a[1]);
    return V_NONE;
}
static Value exc_str_m(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Vstr v;
    vstr_init(&v, 16);
    Print p;
    print_to_vstr(&p, &v);
    exc_print_slot(a[0], &p, PRINT_STR);
    return vstr_to_str(&v);
}
static Value exc_repr_m(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Vstr v;
    vstr_init(&v, 16);
    Print p;
    print_to_vstr(&p, &v);
    exc_print_slot(a[0], &p, PRINT_REPR);
    return vstr_to_str(&v);
}

static NATIVE_FN_KW(exc_init_fn, __init__, 1, NARGS_ANY, exc_init);
static NATIVE_METHOD(exc_with_traceback_fn, with_traceback, 1, 1, exc_with_traceback);
static NATIVE_METHOD(exc_add_note_fn, add_note, 1, 1, exc_add_note);
static NATIVE_METHOD(exc_str_fn, __str__, 0, 0, exc_str_m);
static NATIVE_METHOD(exc_repr_fn, __repr__, 0, 0, exc_repr_m);

static const MapEntry exc_table[] = {
    METHOD_ENTRY(__init__, exc_init_fn),
    METHOD_ENTRY(__repr__, exc_repr_fn),
    METHOD_ENTRY(__str__, exc_str_fn),
    METHOD_ENTRY(add_note, exc_add_note_fn),
    METHOD_ENTRY(with_traceback, exc_with_traceback_fn),
};
static const Dict exc_locals = DICT_CONST_INIT(exc_table);

static Value exc_unary(UnaryOp op, Value self) {
    if (op == UOP_HASH) return V_MKINT((Int)(self >> 4));
    return V_NULL;
}

#define EXC_FLAGS (TF_BASETYPE | TF_EXCEPTION | TF_HAS_DICT)

const Type exc_BaseException = {
    .type = &type_type, .name = V_MKNAME(N_BaseException), .flags = EXC_FLAGS, .base = &object_type,
    .instance_size = sizeof(Exception), .dict_offset = offsetof(Exception, attrs),
    .dict = V_FROMPTR(&exc_locals),
    .print = exc_print_slot, .make_new = exc_make_new, .attr = exc_attr, .unary_op = exc_unary,
};

/* The others have no methods or slots of their own: type heads (obj.h, TYPE_HEAD_ONLY). */
#define EXC_DEFINE(cls, parent) \
    TYPE_HEAD_ONLY(exc_##cls, EXC_FLAGS, .type = &type_type, .name = V_MKNAME(N_##cls), \
        .base = &exc_##parent, .instance_size = sizeof(Exception), .dict_offset = offsetof(Exception, attrs));
/* The table lists BaseException first with base `object`; define the rest. */
#define EXC_TYPES_REST(X) \
    X(SystemExit, BaseException) X(KeyboardInterrupt, BaseException) X(GeneratorExit, BaseException) \
    X(Exception, BaseException) X(StopIteration, Exception) X(StopAsyncIteration, Exception) \
    X(ArithmeticError, Exception) X(FloatingPointError, ArithmeticError) X(OverflowError, ArithmeticError) \
    X(ZeroDivisionError, ArithmeticError) X(AssertionError, Exception) X(AttributeError, Exception) \
    X(BufferError, Exception) X(EOFError, Exception) X(ImportError, Exception) \
    X(ModuleNotFoundError, ImportError) X(LookupError, Exception) X(IndexError, LookupError) \
    X(KeyError, LookupError) X(MemoryError, Exception) X(NameError, Exception) \
    X(UnboundLocalError, NameError) X(OSError, Exception) X(BlockingIOError, OSError) \
    X(ChildProcessError, OSError) X(ConnectionError, OSError) X(BrokenPipeError, ConnectionError) \
    X(ConnectionAbortedError, ConnectionError) X(ConnectionRefusedError, ConnectionError) \
    X(ConnectionResetError, ConnectionError) X(FileExistsError, OSError) X(FileNotFoundError, OSError) \
    X(InterruptedError, OSError) X(IsADirectoryError, OSError) X(NotADirectoryError, OSError) \
    X(PermissionError, OSError) X(ProcessLookupError, OSError) X(TimeoutError, OSError) \
    X(ReferenceError, Exception) X(RuntimeError, Exception) X(NotImplementedError, RuntimeError) \
    X(RecursionError, RuntimeError) X(SyntaxError, Exception) X(IndentationError, SyntaxError) \
    X(TabError, IndentationError) X(SystemError, Exception) X(TypeError, Exception) \
    X(ValueError, Exception) X(UnicodeError, ValueError) X(UnicodeDecodeError, UnicodeError) \
    X(UnicodeEncodeError, UnicodeError) X(UnicodeTranslateError, UnicodeError) X(Warning, Exception) \
    X(DeprecationWarning, Warning) X(PendingDeprecationWarning, Warning) X(RuntimeWarning, Warning) \
    X(SyntaxWarning, Warning) X(UserWarning, Warning) X(FutureWarning, Warning) \
    X(ImportWarning, Warning) X(UnicodeWarning, Warning) X(BytesWarning, Warning) \
    X(ResourceWarning, Warning) X(EncodingWarning, Warning)

EXC_TYPES_REST(EXC_DEFINE)
