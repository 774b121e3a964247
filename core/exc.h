/* Exceptions: raising (longjmp to the innermost handler), exception objects and tracebacks.
 *
 * C code raises with exc_raise*(); a C function that must clean up or catch uses
 *     ExcFrame ef;
 *     if (EXC_TRY(ef)) { ... ; exc_end(&ef); } else { Value e = ef.exc; ... }
 * Locals changed inside the try part and read in the handler must be volatile. */
#ifndef ESPY_EXC_H
#define ESPY_EXC_H

#include <setjmp.h>
#include "obj.h"
#include "msgs_gen.h"

#if defined(__GLIBC__) || defined(__linux__)
#define ES_SETJMP(jb) _setjmp(jb)
#define ES_LONGJMP(jb, v) _longjmp(jb, v)
#else
#define ES_SETJMP(jb) setjmp(jb)
#define ES_LONGJMP(jb, v) longjmp(jb, v)
#endif

struct Frame;
typedef struct ExcFrame {
    jmp_buf jb;
    struct ExcFrame *prev;
    Value exc;                 /* the exception, in the handler */
    struct Frame *frame;       /* the VM's current frame when the try started */
    int depth;                 /* and its call depth */
    int cdepth;
} ExcFrame;

void exc_push(ExcFrame *ef);
void exc_end(ExcFrame *ef);    /* leave a try part normally */
#define EXC_TRY(ef) (exc_push(&(ef)), ES_SETJMP((ef).jb) == 0)

/* An exception object.  User subclasses extend it; attrs holds their attributes. */
typedef struct {
    Object base;
    Map attrs;
    Value args;                /* tuple */
    Value traceback;           /* TbBuf, raw GC memory, or V_NULL */
    Value cause, context;      /* V_NULL when unset */
    uint32_t flags;            /* EXC_SUPPRESS_CONTEXT */
} Exception;
enum { EXC_SUPPRESS_CONTEXT = 1 };

/* Traceback records: where the exception passed, innermost last. */
struct Code;
typedef struct { const struct Code *code; uint32_t line; } TbEntry;
typedef struct {
    uint32_t n, alloc;
    const void *last_frame;    /* the frame of the last record, to avoid duplicates */
    TbEntry e[];
} TbBuf;

ES_NORETURN void exc_raise(Value exc);
ES_NORETURN void exc_raise_type(const Type *t);
ES_NORETURN void exc_raise_msg(const Type *t, const char *fmt, ...);
/* The format literal goes in compressed (print.h: ES_TEXT). */
#define exc_raise_msg(t, fmt, ...) exc_raise_msg(t, ES_TEXT(fmt), ##__VA_ARGS__)
ES_NORETURN void exc_raise_value(const Type *t, Value arg);   /* t(arg) */
ES_NORETURN void exc_raise_memory_error(void);
ES_NORETURN void exc_raise_recursion(void);
void exc_gc_mark_static(void);   /* for vm_gc_mark_roots: the preallocated MemoryError/RecursionError */
Value exc_errno_str(int err);                                /* strerror(err) as a str */
ES_NORETURN void exc_raise_oserror(int err);                  /* OSError(err, strerror) */
ES_NORETURN void exc_raise_oserror_path(int err, Value path);
/* With two paths (rename): "[Errno 2] No such file or directory: 'a' -> 'b'", as CPython. */
ES_NORETURN void exc_raise_oserror_path2(int err, Value path, Value path2);
ES_NORETURN void exc_raise_stop_iteration(Value value);
ES_NORETURN void exc_raise_syntax_error(Value filename, uint32_t line, uint32_t col,
                                        const char *line_start, const char *src_end, const char *msg);
ES_NORETURN void exc_raise_syntax_error_kind(const Type *t, Value filename, uint32_t line, uint32_t col,
                                             const char *line_start, const char *src_end, const char *msg);
/* msg: a literal goes in compressed (ES_STEXT); the exception gets the text expanded. */
#define exc_raise_syntax_error(f, line, col, ls, end, msg) exc_raise_syntax_error(f, line, col, ls, end, ES_STEXT(msg))
#define exc_raise_syntax_error_kind(t, f, line, col, ls, end, msg) \
    exc_raise_syntax_error_kind(t, f, line, col, ls, end, ES_STEXT(msg))
/* Common messages. */
ES_NORETURN void exc_type_error_unsupported(const char *op, Value a, Value b);
ES_NORETURN void exc_attribute_error(Value obj, Value name);

/* Make an exception instance from a class or instance (as `raise X` does). */
Value exc_instantiate(Value x);
Value exc_new(const Type *t, Value args_tuple);
Value exc_new_msg(const Type *t, const char *fmt, ...);
#define exc_new_msg(t, fmt, ...) exc_new_msg(t, ES_TEXT(fmt), ##__VA_ARGS__)
bool exc_matches(Value exc, Value cls_or_tuple);
Value exc_arg0(Value exc);
/* Record that exc passed through code at line (from the VM as frames unwind). */
void exc_add_traceback(Value exc, const struct Code *code, uint32_t line, const void *frame);
/* Print "Traceback (most recent call last): ..." and the exception, as CPython does. */
void exc_print(struct Print *p, Value exc);

/* The built-in exception classes. */
#define EXC_TYPES(X) \
    X(BaseException, object) \
    X(SystemExit, BaseException) \
    X(KeyboardInterrupt, BaseException) \
    X(GeneratorExit, BaseException) \
    X(Exception, BaseException) \
    X(StopIteration, Exception) \
    X(StopAsyncIteration, Exception) \
    X(ArithmeticError, Exception) \
    X(FloatingPointError, ArithmeticError) \
    X(OverflowError, ArithmeticError) \
    X(ZeroDivisionError, ArithmeticError) \
    X(AssertionError, Exception) \
    X(AttributeError, Exception) \
    X(BufferError, Exception) \
    X(EOFError, Exception) \
    X(ImportError, Exception) \
    X(ModuleNotFoundError, ImportError) \
    X(LookupError, Exception) \
    X(IndexError, LookupError) \
    X(KeyError, LookupError) \
    X(MemoryError, Exception) \
    X(NameError, Exception) \
    X(UnboundLocalError, NameError) \
    X(OSError, Exception) \
    X(BlockingIOError, OSError) \
    X(ChildProcessError, OSError) \
    X(ConnectionError, OSError) \
    X(BrokenPipeError, ConnectionError) \
    X(ConnectionAbortedError, ConnectionError) \
    X(ConnectionRefusedError, ConnectionError) \
    X(ConnectionResetError, ConnectionError) \
    X(FileExistsError, OSError) \
    X(FileNotFoundError, OSError) \
    X(InterruptedError, OSError) \
    X(IsADirectoryError, OSError) \
    X(NotADirectoryError, OSError) \
    X(PermissionError, OSError) \
    X(ProcessLookupError, OSError) \
    X(TimeoutError, OSError) \
    X(ReferenceError, Exception) \
    X(RuntimeError, Exception) \
    X(NotImplementedError, RuntimeError) \
    X(RecursionError, RuntimeError) \
    X(SyntaxError, Exception) \
    X(IndentationError, SyntaxError) \
    X(TabError, IndentationError) \
    X(SystemError, Exception) \
    X(TypeError, Exception) \
    X(ValueError, Exception) \
    X(UnicodeError, ValueError) \
    X(UnicodeDecodeError, UnicodeError) \
    X(UnicodeEncodeError, UnicodeError) \
    X(UnicodeTranslateError, UnicodeError) \
    X(Warning, Exception) \
    X(DeprecationWarning, Warning) \
    X(PendingDeprecationWarning, Warning) \
    X(RuntimeWarning, Warning) \
    X(SyntaxWarning, Warning) \
    X(UserWarning, Warning) \
    X(FutureWarning, Warning) \
    X(ImportWarning, Warning) \
    X(UnicodeWarning, Warning) \
    X(BytesWarning, Warning) \
    X(ResourceWarning, Warning) \
    X(EncodingWarning, Warning)

#define EXC_DECLARE(name, base) extern const Type exc_##name;
EXC_TYPES(EXC_DECLARE)
#undef EXC_DECLARE

#endif
