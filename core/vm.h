/* The virtual machine: frames, the data stack, functions and calls.
 *
 * Frames live on a chunked data stack (chunks are never moved, so pointers into registers
 * stay valid): a Frame header followed by the code's registers.  Python-to-Python calls run in
 * the same C loop; calls from C (obj_call on a function) start a nested loop.  Generator
 * frames live inside their generator object. */
#ifndef ESPY_VM_H
#define ESPY_VM_H

#include "obj.h"
#include "code.h"
#include "exc.h"

/* An upvalue: a variable of an enclosing function.  While that function's frame runs, `v`
 * points at its register; when the frame ends the value moves into `closed`. */
typedef struct Upval {
    Value *v;
    Value closed;
    struct Upval *next;     /* the frame's list of open upvalues */
} Upval;

typedef struct {
    Value defaults;         /* tuple or V_NULL */
    Value kwdefaults;       /* dict or V_NULL */
    Value dict;             /* function attributes, or V_NULL */
    Value name, qualname;   /* overrides of the code's, or V_NULL */
} FuncExtra;

/* A Python function (a closure over a code object). */
typedef struct Func {
    Object base;
    const Code *code;
    Value globals;          /* dict */
    void *extra;            /* NULL, the defaults tuple itself (the common case: 24 bytes less
                             * per function on the board), or a FuncExtra (objfun.c) */
    Upval *upvals[];
} Func;

enum {
    FRAME_ENTRY = 1,        /* return to C when this frame returns */
    FRAME_INIT = 2,         /* __init__ called by a class call: the result is the instance */
    FRAME_GEN = 4,          /* a generator's frame (not on the data stack) */
    FRAME_YIELDFROM = 8,    /* suspended inside YIELDFROM (pc points at it) */
};

typedef struct Frame {
    struct Frame *prev;
    const Inst *pc;         /* next instruction */
    Func *func;
    Upval *open;            /* open upvalues pointing into this frame's registers */
    Value locals;           /* namespace dict (class bodies), or V_NULL */
    uint32_t flags;
    uint32_t nregs;
} Frame;

static inline Value *frame_regs(Frame *f) { return (Value *)(f + 1); }

typedef struct StackChunk {
    struct StackChunk *prev;
    Value *prev_top;        /* the previous chunk's top when this one was entered */
    Value *end;
    Value data[];
} StackChunk;

/* Pending asynchronous events, checked at backward jumps and calls. */
enum { PENDING_INTERRUPT = 1, PENDING_SCHEDULE = 2, PENDING_MACHINE = 4 /* machine IRQ/timer events */ };

/* Everything the interpreter keeps between calls.  The GC scans this struct as a root. */
typedef struct VM {
    /* roots (Values and heap pointers) */
    Value builtins;            /* dict of the builtins module */
    Value modules;             /* sys.modules */
    Value sys_path, sys_argv;
    Value main_globals;
    Value exc_handled;         /* the exception being handled (sys.exc_info, bare raise, context) */
    Value interrupt_exc;       /* preallocated KeyboardInterrupt */
    Value module_overlays;     /* dict: built-in module -> RAM dict of attributes set at run time */
    Value sys_stdout, sys_stderr, sys_stdin;
    Value schedule_queue;      /* micropython.schedule callbacks (list) */
    Value repl_last;           /* `_` in the REPL */
    Value importing;           /* dict of modules being imported (circular import detection) */
    void *names_dyn;           /* dynamic name tables (names.c) */
    void *machine_state;       /* the machine module's handlers and timers (modmachine.c) */
    StackChunk *stack_chunk, *stack_spare;
    Value *stack_top;
    Value *stack_prepared;     /* end of a frame being set up above stack_top (GC marks it too) */
    Value attrdicts[2];        /* the latest obj.__dict__ views, so that they keep their identity */
    uint32_t attrdict_next;
    /* not roots */
    Frame *frame;              /* the running frame */
    ExcFrame *handler;         /* the innermost C exception handler */
    int depth, recursion_limit;
    int cdepth;                /* nesting of C-level VM entries */
    char *stack_limit;         /* the C stack must not grow below this */
    volatile int pending;
    int opt_level;
    int heap_peak_report;      /* (an int: the flag's byte load would cost a sequence under -mforce-l32) */
    uint32_t random_state[4];  /* the random module's generator; all zero until seeded */
} VM;

extern VM vm;

void vm_init(void);
/* Runs a module's code with the given globals dict; returns its result. */
Value vm_run_module(const Code *code, Value globals);
/* Runs code with a separate locals mapping (exec/eval), or V_NULL for locals == globals. */
Value vm_run_code(const Code *code, Value globals, Value locals);
/* Built-in names: the builtins module's table plus what was assigned at run time. */
Value builtins_lookup(Value name);
Value builtins_make_dict(void);
Value builtins_locals(void);
/* Calls a Python function from C. */
Value vm_call_function(Func *f, Value *args, int nargs, Value kwnames);
/* Makes a generator's first frame (called by function_call for generator functions). */
Value vm_make_generator(Func *f, Value *args, int nargs, Value kwnames);
/* Resumes a generator frame with a value sent in (or an exception thrown in when exc != V_NULL).
 * Returns the yielded value and sets *done = false, or the return value and *done = true. */
Value vm_resume(Frame *frame, Value send, Value exc, bool *done);
/* Closes a frame's open upvalues (the frame is ending). */
void vm_close_upvals(Frame *f);

/* Binds call arguments into a frame's registers (CPython's rules and messages). */
void func_bind_args(Func *f, Value *regs, Value *args, int nargs, Value kwnames);
Func *func_new(const Code *code, Value globals, Value defaults, Value kwdefaults, Frame *enclosing);
Value func_name(Func *f);

/* Checks the C stack; raises RecursionError when it runs short. */
void vm_check_stack(void);
void vm_handle_pending(void);
void vm_signal_interrupt(void);   /* from a signal handler or an interrupt */

/* Builds a class from a namespace (the MAKECLASS instruction and type(name, bases, dict)). */
Value vm_build_class(Value name, Value bases, Value ns, Value kwargs);

#endif
