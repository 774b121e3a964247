/* The dispatch loop, frames, calls and exception unwinding (see vm.h). */
#include <string.h>
#define ES_TYPE_OF_INLINE 1   /* the dispatch loop keeps type_of inlined (obj.h) */
#include "vm.h"
#include "runtime.h"
#include "gc.h"
#include "names.h"
#include "objint.h"
#include "objfloat.h"
#include "objstr.h"
#include "objtuple.h"
#include "objlist.h"
#include "objdict.h"
#include "objset.h"
#include "objtype.h"
#include "objfun.h"
#include "objrange.h"
#include "objgen.h"
#include "import.h"
#include "strformat.h"
#include "seq.h"
#include "port.h"
#include "port_machine.h"

VM vm;

#define FRAME_WORDS ((sizeof(Frame) + sizeof(Value) - 1) / sizeof(Value))
/* ---------------- the global-name cache ----------------
 *
 * LOADGLOBAL remembers where it found a name: the entry's place in the globals table (checked
 * by its key on every use, so a moved or deleted entry just misses), or the built-in value,
 * valid while no globals dict has gained or lost a key (map_keys_epoch). */
#ifndef ES_GLOBAL_CACHE_LOG2
#define ES_GLOBAL_CACHE_LOG2 (sizeof(void *) > 4 ? 8 : 5)
#endif
typedef struct {
    const Map *map;
    Value name;
    union { uintptr_t index; Value value; } u;
    uint32_t epoch;          /* 0: u.index in the globals table; else u.value, a built-in */
} GlobalCacheEntry;
static GlobalCacheEntry global_cache[1 << ES_GLOBAL_CACHE_LOG2];

/* Fibonacci hashing (the product's top bits) of the name id plus the dict's address: a
 * module's globals get consecutive ids, which this spreads evenly over the slots, where mixed
 * low bits collided by chance (on the lx106's 32 slots, the hot globals of one loop often
 * shared a slot, and which ones moved whenever built-in names were added). */
static inline GlobalCacheEntry *global_cache_slot(const Map *m, Value name) {
    uint32_t h = ((uint32_t)V_NAME(name) + (uint32_t)((uintptr_t)m >> 4)) * 0x9E3779B1u;
    return &global_cache[h >> (32 - ES_GLOBAL_CACHE_LOG2)];
}

static ES_NORETURN void name_error(Value name);

static ES_NOINLINE Value load_global(Map *gm, Value name, GlobalCacheEntry *e) {
    if (gm->is_const) {
        Value v = map_get(gm, name);
        if (!v) v = builtins_lookup(name);
        if (!v) name_error(name);
        return v;
    }
    gm->watched = 1;
    MapEntry *me = map_find(gm, name);
    if (me) {
        e->map = gm;
        e->name = name;
        e->u.index = (uintptr_t)(me - gm->table);
        e->epoch = 0;
        return me->value;
    }
    /* builtins: a value the program put there may change without a new key, so only the
     * built-in module's own (const) values are cached */
    Value v = map_get(dict_map(vm.builtins), name);
    if (v) return v;
    v = builtins_lookup(name);
    if (!v) name_error(name);
    e->map = gm;
    e->name = name;
    e->u.value = v;
    e->epoch = map_keys_epoch;
    return v;
}

/* A port without interrupts looks for Ctrl-C here, at backward jumps and calls. */
#ifndef ES_VM_POLL
#define ES_VM_POLL() ((void)0)
#endif
/* The data stack is a chain of chunks on the heap: the first is small (a program that does not
 * recurse deeply should not pay for a big stack on a 64 kB heap), each further one twice the
 * previous, up to ES_STACK_CHUNK words. */
#ifndef ES_STACK_CHUNK
#define ES_STACK_CHUNK 4096
#endif
#define STACK_CHUNK_FIRST 256

static ES_NOINLINE void stack_grow(size_t need) {
    size_t size = STACK_CHUNK_FIRST;
    if (vm.stack_chunk) {
        size_t prev = (size_t)(vm.stack_chunk->end - vm.stack_chunk->data);
        size = prev * 2 > ES_STACK_CHUNK ? ES_STACK_CHUNK : prev * 2;
    }
    if (size < need + 8) size = need + 8;
    StackChunk *c = vm.stack_spare;
    if (c && (size_t)(c->end - c->data) >= need + 8) {
        vm.stack_spare = NULL;
    } else {
        /* GC_LEAF: vm_gc_mark_roots marks only the live part of each chunk, so the registers
         * of frames that returned keep nothing alive */
        c = gc_alloc_maybe(sizeof(StackChunk) + size * sizeof(Value), GC_LEAF);
        if (!c && size > need + 8) {
            size = need + 8;
            c = gc_alloc_maybe(sizeof(StackChunk) + size * sizeof(Value), GC_LEAF);
        }
        if (!c) {
            /* no memory for deeper calls: report it as the recursion it usually is */
            exc_raise_recursion();
        }
        c->end = c->data + size;
    }
    c->prev = vm.stack_chunk;
    c->prev_top = vm.stack_top;
    vm.stack_chunk = c;
    vm.stack_top = c->data;
}

/* Room for a frame at the top of the data stack; not yet committed. */
static inline Frame *frame_prepare(uint32_t nregs) {
    size_t need = FRAME_WORDS + nregs;
    if (ES_UNLIKELY(!vm.stack_chunk || vm.stack_top + need > vm.stack_chunk->end)) stack_grow(need);
    vm.stack_prepared = vm.stack_top + need;
    return (Frame *)vm.stack_top;
}

static inline void frame_commit(Frame *f, uint32_t nregs) {
    vm.stack_top = vm.stack_prepared = (Value *)f + FRAME_WORDS + nregs;
}

/* Makes top, which lies in some chunk of the chain, the top of the data stack: newer chunks
 * (left by a frame that failed while being set up) are dropped. */
static void stack_reset_top(Value *top) {
    StackChunk *c = vm.stack_chunk;
    while (c && !(top >= c->data && top <= c->end)) {
        vm.stack_chunk = c->prev;
        if (!vm.stack_spare) vm.stack_spare = c;
        else gc_free(c);
        c = vm.stack_chunk;
    }
    vm.stack_top = vm.stack_prepared = top;
}

static inline void frame_pop(Frame *f) {
    Value *p = (Value *)f;
    StackChunk *c = vm.stack_chunk;
    if (ES_UNLIKELY(p == c->data)) {
        vm.stack_top = c->prev_top;
        vm.stack_chunk = c->prev;
        if (!vm.stack_spare) vm.stack_spare = c;
        else gc_free(c);
    } else {
        vm.stack_top = p;
    }
    vm.stack_prepared = vm.stack_top;
}

void vm_close_upvals(Frame *f) {
    for (Upval *u = f->open; u; u = u->next) {
        u->closed = *u->v;
        u->v = &u->closed;
    }
    f->open = NULL;
}

/* ---------------- checks ---------------- */

void vm_check_stack(void) {
    volatile char here;
    if (vm.stack_limit && (char *)&here < vm.stack_limit) exc_raise_recursion();
}

void vm_signal_interrupt(void) { vm.pending |= PENDING_INTERRUPT; }

void vm_handle_pending(void) {
    int p = vm.pending;
    if (p & PENDING_INTERRUPT) {
        vm.pending &= ~PENDING_INTERRUPT;
        exc_raise(exc_new(&exc_KeyboardInterrupt, V_EMPTY_TUPLE));
    }
#if ES_MACHINE
    if (p & PENDING_MACHINE) machine_service();
#endif
    if (p & PENDING_SCHEDULE) {
        vm.pending &= ~PENDING_SCHEDULE;
        Value q = vm.schedule_queue;
        if (q && list_len(q)) {
            vm.schedule_queue = list_new(0);
            for (size_t i = 0; i < list_len(q); i++) {
                Value *pair = tuple_items(list_items(q)[i]);
                obj_call1(pair[0], pair[1]);
            }
        }
    }
}

static ES_NORETURN void name_error(Value name) {
    Value e = exc_new_msg(&exc_NameError, "name '%n' is not defined", name);
    map_set(&((Exception *)V_PTR(e))->attrs, V_MKNAME(N_name), name);
    exc_raise(e);
}

/* ---------------- frames for calls ---------------- */

static Frame *push_function_frame(Func *f, Value *args, int nargs, Value kwnames, Frame *caller) {
    const Code *c = f->code;
    uint32_t counts = code_counts(c);
    uint32_t nregs = COUNTS_NREGS(counts);
    if (ES_UNLIKELY(vm.depth >= vm.recursion_limit)) exc_raise_recursion();
    Frame *nf = frame_prepare(nregs);
    Value *r = frame_regs(nf);
    uint32_t np = COUNTS_NARGS(counts);
    if (ES_LIKELY(kwnames == V_NULL && (uint32_t)nargs == np &&
                  !(c->flags & (CO_VARARGS | CO_VARKW)) && COUNTS_NKWONLY(counts) == 0)) {
        for (uint32_t i = 0; i < np; i++) r[i] = args[i];
        for (uint32_t i = np; i < nregs; i++) r[i] = V_NULL;
    } else {
        for (uint32_t i = 0; i < nregs; i++) r[i] = V_NULL;
        func_bind_args(f, r, args, nargs, kwnames);
    }
    frame_commit(nf, nregs);
    nf->prev = caller;
    nf->pc = c->insts;
    nf->func = f;
    nf->open = NULL;
    nf->locals = V_NULL;
    nf->flags = 0;
    nf->nregs = nregs;
    vm.depth++;
    return nf;
}

static Value vm_execute(Frame *entry, Value throw_exc);

Value vm_call_function(Func *f, Value *args, int nargs, Value kwnames) {
    if (f->code->flags & CO_GENERATOR) return vm_make_generator(f, args, nargs, kwnames);
    Frame *nf = push_function_frame(f, args, nargs, kwnames, vm.frame);
    nf->flags = FRAME_ENTRY;
    vm.frame = nf;
    return vm_execute(nf, V_NULL);
}

static Value call_with_locals(Func *f, Value *args, int nargs, Value locals) {
    Frame *nf = push_function_frame(f, args, nargs, V_NULL, vm.frame);
    nf->flags = FRAME_ENTRY;
    nf->locals = locals;
    vm.frame = nf;
    return vm_execute(nf, V_NULL);
}

Value vm_run_code(const Code *code, Value globals, Value locals) {
    Func *f = func_new(code, globals, V_NULL, V_NULL, NULL);
    Frame *nf = push_function_frame(f, NULL, 0, V_NULL, vm.frame);
    nf->flags = FRAME_ENTRY;
    nf->locals = locals;
    vm.frame = nf;
    return vm_execute(nf, V_NULL);
}

Value vm_run_module(const Code *code, Value globals) { return vm_run_code(code, globals, V_NULL); }

/* ---------------- generators ---------------- */

Value vm_make_generator(Func *f, Value *args, int nargs, Value kwnames) {
    const Code *c = f->code;
    uint32_t nregs = COUNTS_NREGS(code_counts(c));
    Generator *g = gen_alloc(f, nregs);
    Frame *gf = &g->frame;
    Value *r = frame_regs(gf);
    for (uint32_t i = 0; i < nregs; i++) r[i] = V_NULL;
    func_bind_args(f, r, args, nargs, kwnames);
    gf->prev = NULL;
    gf->pc = c->insts;
    gf->func = f;
    gf->open = NULL;
    gf->locals = V_NULL;
    gf->flags = FRAME_GEN | FRAME_ENTRY;
    gf->nregs = nregs;
    return V_FROMPTR(g);
}

static bool yielded;   /* set by YIELD when vm_execute returns a yielded value */

Value vm_resume(Frame *frame, Value send, Value exc, bool *done) {
    if (exc == V_NULL && frame->pc != frame->func->code->insts) {
        /* the value sent in becomes the result of the yield (or the yield from's next send) */
        if (frame->flags & FRAME_YIELDFROM) frame_regs(frame)[INS_A(es_rd32(frame->pc))] = send;
        else frame_regs(frame)[INS_A(es_rd32(&frame->pc[-1]))] = send;
    }
    frame->prev = vm.frame;
    vm.frame = frame;
    vm.depth++;
    yielded = false;
    Value r = vm_execute(frame, exc);
    *done = !yielded;
    yielded = false;
    return r;
}

/* ---------------- helpers for the loop ---------------- */

static ES_NORETURN void unpack_error(size_t expected, size_t got, bool too_many) {
    if (too_many) exc_raise_msg(&exc_ValueError, "too many values to unpack (expected %d)", (int)expected);
    exc_raise_msg(&exc_ValueError, "not enough values to unpack (expected %d, got %d)", (int)expected, (int)got);
}

/* [*src] and f(*src) into a list: src must be iterable.  Not inlined into vm_execute, whose
 * register allocation it would disturb. */
static ES_NOINLINE void list_extend_starred(Value list, Value src) {
    if (!obj_is_iterable(src))
        exc_raise_msg(&exc_TypeError, "Value after * must be an iterable, not %T", src);
    list_extend(list, src);
}

static void unpack(Value seq, Value *dst, size_t n) {
    Value *items;
    size_t len;
    if (seq_get_items(seq, &items, &len)) {
        if (len != n) unpack_error(n, len, len > n);
        memcpy(dst, items, n * sizeof(Value));
        return;
    }
    if (!obj_is_iterable(seq))
        exc_raise_msg(&exc_TypeError, "cannot unpack non-iterable %T object", seq);
    Value it = obj_getiter(seq, NULL);
    size_t i = 0;
    Value x;
    while (i < n && (x = obj_iternext(it))) dst[i++] = x;
    if (i < n) unpack_error(n, i, false);
    if (obj_iternext(it)) unpack_error(n, 0, true);
}

static void unpack_ex(Value seq, Value *dst, size_t before, size_t after) {
    if (!obj_is_iterable(seq))
        exc_raise_msg(&exc_TypeError, "cannot unpack non-iterable %T object", seq);
    Value l = list_from_iter(seq);
    size_t n = list_len(l);
    if (n < before + after)
        exc_raise_msg(&exc_ValueError, "not enough values to unpack (expected at least %d, got %d)", (int)(before + after), (int)n);
    Value *items = list_items(l);
    for (size_t i = 0; i < before; i++) dst[i] = items[i];
    dst[before] = list_from_array(items + before, n - before - after);
    for (size_t i = 0; i < after; i++) dst[before + 1 + i] = items[n - after + i];
}

static Value call_ex(Value f, Value args, Value kwargs) {
    Value *a;
    size_t n;
    if (!seq_get_items(args, &a, &n)) {
        if (!obj_is_iterable(args))
            exc_raise_msg(&exc_TypeError, "%s argument after * must be an iterable, not %T",
                          "function", args);
        args = tuple_from_iter(args);
        seq_get_items(args, &a, &n);
    }
    if (kwargs == V_NONE || kwargs == V_NULL || dict_map(kwargs)->count == 0) return obj_call(f, a, (int)n, V_NULL);
    Map *m = dict_map(kwargs);
    size_t nk = m->count;
    Value *all = gc_alloc((n + nk) * sizeof(Value), 0);
    memcpy(all, a, n * sizeof(Value));
    Value names = tuple_new(nk);
    size_t pos = 0, k = 0;
    MapEntry *e;
    while ((e = map_next(m, &pos))) {
        if (!str_is(e->key)) exc_raise_msg(&exc_TypeError, "keywords must be strings");
        tuple_items(names)[k] = str_intern(e->key);
        all[n + k] = e->value;
        k++;
    }
    return obj_call(f, all, (int)n, names);
}

/* f(*args, **kwargs) with the positional arguments as an array; kwargs may be V_NULL. */
Value call_ex_kwargs(Value f, Value *args, int nargs, Value kwargs) {
    if (!kwargs || dict_map(kwargs)->count == 0) return obj_call(f, args, nargs, V_NULL);
    return call_ex(f, tuple_from_array(args, (size_t)nargs), kwargs);
}

static Value with_lookup(Value mgr, Value name) {
    Value f = type_lookup(type_of(mgr), name);
    if (!f) exc_raise_msg(&exc_TypeError, "'%T' object does not support the context manager protocol", mgr);
    return type_bind(f, mgr, type_of(mgr));
}

/* Builds a class: the metaclass is the most derived of the explicit one and the bases'. */
Value vm_build_class(Value name, Value bases, Value ns, Value kwargs) {
    Value meta = V_NULL;
    if (kwargs && kwargs != V_NONE) {
        meta = map_delete(dict_map(kwargs), V_MKNAME(N_metaclass));
        if (dict_map(kwargs)->count == 0) kwargs = V_NULL;
    } else {
        kwargs = V_NULL;
    }
    bool explicit_meta = meta != V_NULL;
    if (!meta) meta = V_FROMPTR(&type_type);
    if (is_instance_of(meta, &type_type)) {
        size_t n = tuple_len(bases);
        for (size_t i = 0; i < n; i++) {
            const Type *bm = type_of(tuple_items(bases)[i]);
            const Type *m = V_PTR(meta);
            if (type_is_subtype(bm, m)) meta = V_FROMPTR(bm);
            else if (!type_is_subtype(m, bm))
                exc_raise_msg(&exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
    }
    if (meta == V_FROMPTR(&type_type)) return type_new_class_kw(&type_type, name, bases, ns, kwargs);
    Value args[3] = {name, bases, ns};
    (void)explicit_meta;
    return call_ex_kwargs(meta, args, 3, kwargs);
}

static Value build_class_from_body(Value body, Value name, Value bases, Value kwargs) {
    Value ns = dict_new(0);
    Value meta = kwargs && kwargs != V_NONE ? map_get(dict_map(kwargs), V_MKNAME(N_metaclass)) : V_NULL;
    if (meta) {
        Value prep = obj_getattr_maybe(meta, V_MKNAME(N___prepare__));
        if (prep) {
            Value a[2] = {name, bases};
            ns = obj_call(prep, a, 2, V_NULL);
        }
    }
    Value args[3] = {name, bases, kwargs ? kwargs : V_NONE};
    return call_with_locals(V_PTR(body), args, 3, ns);
}

static void print_expr(Value v) {
    if (v == V_NONE) return;
    map_set(dict_map(vm.builtins), V_MKNAME(N__), v);
    Value out = vm.sys_stdout;
    if (out) {
        Value s = obj_repr(v);
        obj_call_method1(out, V_MKNAME(N_write), s);
        obj_call_method1(out, V_MKNAME(N_write), V_MKNAME(N__nl));
    } else {
        obj_print(&print_stdout, v, PRINT_REPR);
        print_char(&print_stdout, '\n');
    }
}

static inline bool truthy(Value v) {
    if (v == V_TRUE) return true;
    if (v == V_FALSE || v == V_NONE) return false;
    if (V_IS_INT(v)) return v != V_MKINT(0);
    return obj_truthy(v);
}

static Value compare_op(int op, Value a, Value b) {
    switch (op) {
    case I_LT: case I_CJLT: return obj_binary_op(OP_LT, a, b);
    case I_LE: case I_CJLE: return obj_binary_op(OP_LE, a, b);
    case I_EQ: case I_CJEQ: return obj_binary_op(OP_EQ, a, b);
    case I_NE: case I_CJNE: return obj_binary_op(OP_NE, a, b);
    case I_GT: case I_CJGT: return obj_binary_op(OP_GT, a, b);
    default: return obj_binary_op(OP_GE, a, b);
    }
}

/* A small int that a double holds exactly (comparisons with floats must be exact). */
static inline bool int_exact_double(Value v) {
    return V_IS_INT(v) && (int64_t)V_INT(v) <= ((int64_t)1 << 53) && (int64_t)V_INT(v) >= -((int64_t)1 << 53);
}

/* Two floats, or a float and a small int: their values as doubles. */
static inline bool float_operands(Value a, Value b, double *x, double *y) {
    bool fa = V_IS_PTR(a) && V_OBJ(a)->type == &float_type;
    bool fb = V_IS_PTR(b) && V_OBJ(b)->type == &float_type;
    if (fa && fb) { *x = float_value(a); *y = float_value(b); return true; }
    if (fa && int_exact_double(b)) { *x = float_value(a); *y = (double)V_INT(b); return true; }
    if (fb && int_exact_double(a)) { *x = (double)V_INT(a); *y = float_value(b); return true; }
    return false;
}

/* a CJ condition */
static bool cond_value(int op, Value a, Value b) {
    switch (op) {
    case I_CJIN: return obj_contains(b, a);
    case I_CJNOTIN: return !obj_contains(b, a);
    case I_CJIS: return a == b;
    case I_CJISNOT: return a != b;
    case I_CJEQ:
        if (V_IS_INT(a) && V_IS_INT(b)) return a == b;
        return obj_equal(a, b);
    case I_CJNE:
        if (V_IS_INT(a) && V_IS_INT(b)) return a != b;
        return truthy(obj_binary_op(OP_NE, a, b));
    default:
        if (V_IS_INT(a) && V_IS_INT(b)) {
            Int x = (Int)a, y = (Int)b;
            switch (op) {
            case I_CJLT: return x < y;
            case I_CJLE: return x <= y;
            case I_CJGT: return x > y;
            default: return x >= y;
            }
        }
        return truthy(compare_op(op, a, b));
    }
}

static Value format_value(Value v, int conv, Value spec) {
    if (conv == 1) v = obj_str(v);
    else if (conv == 2) v = obj_repr(v);
    else if (conv == 3) v = obj_ascii(v);
    if (spec == V_NULL) {
        if (str_is(v) && V_IS_PTR(v) ? V_OBJ(v)->type == &str_type : V_IS_NAME(v)) return v;
        if (V_IS_INT(v)) return int_to_str(v, 10);
        spec = V_MKNAME(N_);
    }
    return format_with_spec(v, spec);
}

/* ---------------- the loop ---------------- */

static uint32_t line_of(Frame *f) {
    const Code *c = f->func->code;
    uint32_t pc = (uint32_t)(f->pc - c->insts);
    return code_line(c, pc ? pc - 1 : 0);
}

/* After an exception the loop state (frame, pc, R, K, i) is reloaded from vm.frame before it is
 * used again, so what longjmp does to those locals does not matter. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wclobbered"
static Value vm_execute(Frame *entry, Value throw_exc) {
    ExcFrame ef;
    Frame *frame;
    const Inst *pc;
    Value *R;
    const Value *K;
    Inst i;
    const int repr_base = repr_depth();

    vm.cdepth++;
    if (ES_UNLIKELY(vm.stack_limit != NULL)) {
        volatile char here;
        if ((char *)&here < vm.stack_limit) {
            vm.cdepth--;
            /* unwind the entry frame that the caller pushed */
            Frame *f = vm.frame;
            vm.frame = f->prev;
            vm.depth--;
            if (f->flags & FRAME_GEN) gen_frame_finished(f);
            else frame_pop(f);
            exc_raise_recursion();
        }
    }
    exc_push(&ef);
    if (ES_SETJMP(ef.jb) != 0) {
        /* an exception: find a handler in the frames of this invocation */
        Value exc = ef.exc;
        for (;;) {
            frame = vm.frame;
            const Code *c = frame->func->code;
            uint32_t at = (uint32_t)(frame->pc - c->insts);
            if (at) at--;
            exc_add_traceback(exc, c, code_line(c, at), frame);
            const ExcEntry *e = c->exc;
            const ExcEntry *found = NULL;
            for (uint32_t k = 0, nexc = es_rd16(&c->nexc); k < nexc; k++) {
                if (at >= e[k].start && at < e[k].end) { found = &e[k]; break; }
            }
            if (found) {
                repr_unwind(repr_base);
                R = frame_regs(frame);
                uint32_t hr = es_rd32(&found->handler_reg);   /* one word: may be in flash */
                R[hr & 0xFF] = exc;
                frame->pc = c->insts + (hr >> 8);
                if (!(frame->flags & FRAME_GEN)) stack_reset_top(R + frame->nregs);
                exc_push(&ef);
                goto resume;
            }
            /* leave this frame */
            if (frame->open) vm_close_upvals(frame);
            vm.frame = frame->prev;
            vm.depth--;
            bool is_entry = frame == entry;
            if (frame->flags & FRAME_GEN) {
                gen_frame_finished(frame);
                if (is_instance_of(exc, &exc_StopIteration)) {
                    Value r = exc_new_msg(&exc_RuntimeError, "generator raised StopIteration");
                    ((Exception *)V_PTR(r))->cause = exc;
                    ((Exception *)V_PTR(r))->context = exc;
                    ((Exception *)V_PTR(r))->flags |= EXC_SUPPRESS_CONTEXT;
                    exc = r;
                }
            } else {
                frame_pop(frame);
            }
            if (is_entry) {
                vm.cdepth--;
                exc_raise(exc);
            }
        }
    }
    if (throw_exc != V_NULL) {
        /* a generator's throw(): raise inside the frame at its current position */
        frame = vm.frame;
        if (frame->flags & FRAME_YIELDFROM) {
            frame->flags &= ~(uint32_t)FRAME_YIELDFROM;
            /* delegate to the inner iterator */
            Value sub = frame_regs(frame)[INS_B(es_rd32(frame->pc))];
            Value r;
            bool done;
            if (gen_delegate_throw(sub, throw_exc, &r, &done)) {
                if (!done) {
                    frame->flags |= FRAME_YIELDFROM;   /* stay on YIELDFROM */
                    vm.frame = frame->prev;
                    vm.depth--;
                    exc_end(&ef);
                    vm.cdepth--;
                    yielded = true;
                    return r;
                }
                frame_regs(frame)[INS_A(es_rd32(frame->pc))] = r;
                frame->pc++;
                goto resume;
            }
        }
        exc_raise(throw_exc);
    }

resume:
    frame = vm.frame;
    pc = frame->pc;
    R = frame_regs(frame);
    K = frame->func->code->consts;

#define DISPATCH() do { i = *pc++; frame->pc = pc; goto *labels[INS_OP(i)]; } while (0)
#define A INS_A(i)
#define B INS_B(i)
#define C INS_C(i)
#define Bx INS_Bx(i)
#define sBx INS_sBx(i)
#define RA R[INS_A(i)]
#define RB R[INS_B(i)]
#define RC R[INS_C(i)]
#define RELOAD() do { R = frame_regs(frame); K = frame->func->code->consts; } while (0)

    static const void *const labels[] = {
#define X(name, fmt, doc) &&L_##name,
        OPCODES(X)
#undef X
    };

    DISPATCH();

L_NOP:
    DISPATCH();
L_MOVE:
    RA = RB;
    DISPATCH();
L_LOADK:
    RA = K[Bx];
    DISPATCH();
L_LOADI:
    RA = V_MKINT(sBx);
    DISPATCH();
L_LOADNONE:
    RA = V_NONE;
    DISPATCH();
L_LOADTRUE:
    RA = V_TRUE;
    DISPATCH();
L_LOADFALSE:
    RA = V_FALSE;
    DISPATCH();
L_CHECKLOCAL:
    if (ES_UNLIKELY(RA == V_NULL)) {
        Value e = exc_new_msg(&exc_UnboundLocalError, "cannot access local variable '%n' where it is not associated with a value", K[Bx]);
        exc_raise(e);
    }
    DISPATCH();
L_DELLOCAL:
    if (RA == V_NULL && Bx != 0xFFFF)
        exc_raise(exc_new_msg(&exc_UnboundLocalError, "cannot access local variable '%n' where it is not associated with a value", K[Bx]));
    RA = V_NULL;
    DISPATCH();
L_LOADGLOBAL: {
    Value name = K[Bx];
    Map *gm = dict_map(frame->func->globals);
    GlobalCacheEntry *e = global_cache_slot(gm, name);
    if (e->map == gm && e->name == name) {
        if (e->epoch == 0) {
            uint32_t ix = (uint32_t)e->u.index;
            if (ix < gm->used && gm->table[ix].key == name) { RA = gm->table[ix].value; DISPATCH(); }
        } else if (e->epoch == map_keys_epoch) {
            RA = e->u.value;
            DISPATCH();
        }
    }
    RA = load_global(gm, name, e);
    DISPATCH();
}
L_STOREGLOBAL: {
    Value name = K[Bx];
    Map *gm = dict_map(frame->func->globals);
    GlobalCacheEntry *e = global_cache_slot(gm, name);
    if (e->map == gm && e->name == name && e->epoch == 0) {
        uint32_t ix = (uint32_t)e->u.index;
        if (ix < gm->used && gm->table[ix].key == name) { gm->table[ix].value = RA; DISPATCH(); }
    }
    map_set(gm, name, RA);
    DISPATCH();
}
L_DELGLOBAL:
    if (map_delete(dict_map(frame->func->globals), K[Bx]) == V_NULL) name_error(K[Bx]);
    DISPATCH();
L_LOADNAME: {
    Value name = K[Bx];
    volatile Value v = V_NULL;
    if (frame->locals) {
        if (dict_is(frame->locals)) v = map_get(dict_map(frame->locals), name);
        else {
            ExcFrame kf;
            if (EXC_TRY(kf)) { v = obj_getitem(frame->locals, name); exc_end(&kf); }
            else if (!exc_matches(kf.exc, V_FROMPTR(&exc_KeyError))) exc_raise(kf.exc);
        }
    }
    if (!v) v = map_get(dict_map(frame->func->globals), name);
    if (!v) v = builtins_lookup(name);
    if (!v) name_error(name);
    RA = v;
    DISPATCH();
}
L_STORENAME:
    if (frame->locals) {
        if (dict_is(frame->locals)) map_set(dict_map(frame->locals), K[Bx], RA);
        else obj_setitem(frame->locals, K[Bx], RA);
    } else {
        map_set(dict_map(frame->func->globals), K[Bx], RA);
    }
    DISPATCH();
L_DELNAME: {
    Value d = frame->locals ? frame->locals : frame->func->globals;
    if (map_delete(dict_map(d), K[Bx]) == V_NULL) name_error(K[Bx]);
    DISPATCH();
}
L_LOADDEREF: {
    Value v = *frame->func->upvals[B]->v;
    if (ES_UNLIKELY(v == V_NULL))
        exc_raise(exc_new_msg(&exc_NameError, "cannot access free variable '%n' where it is not associated with a value in enclosing scope",
                              C != 255 ? K[C] : V_MKNAME(N_)));
    RA = v;
    DISPATCH();
}
L_STOREDEREF:
    *frame->func->upvals[B]->v = RA;
    DISPATCH();
L_DELDEREF: {
    Value *p = frame->func->upvals[B]->v;
    if (*p == V_NULL)
        exc_raise(exc_new_msg(&exc_NameError, "cannot access free variable '%n' where it is not associated with a value in enclosing scope",
                              C != 255 ? K[C] : V_MKNAME(N_)));
    *p = V_NULL;
    DISPATCH();
}
L_GETATTR:
    RA = obj_getattr(RB, K[C]);
    DISPATCH();
L_SETATTR:
    obj_setattr(RA, K[B], RC);
    DISPATCH();
L_DELATTR:
    obj_delattr(RA, K[B]);
    DISPATCH();
L_LOADMETHOD: {
    Value obj = RB;
    obj_load_method(obj, K[C], &RA);
    DISPATCH();
}
L_GETATTRX: {
    Value n = RC;
    if (!str_is(n)) exc_raise_msg(&exc_TypeError, "attribute name must be string, not '%T'", n);
    RA = obj_getattr(RB, str_intern(n));
    DISPATCH();
}
L_SETATTRX: {
    Value n = RB;
    if (!str_is(n)) exc_raise_msg(&exc_TypeError, "attribute name must be string, not '%T'", n);
    obj_setattr(RA, str_intern(n), RC);
    DISPATCH();
}
L_GETITEM: {
    Value obj = RB, idx = RC;
    if (V_IS_INT(idx) && V_IS_PTR(obj)) {
        const Type *t = V_OBJ(obj)->type;
        if (t == &list_type) {
            List *l = V_PTR(obj);
            Int k = V_INT(idx);
            if (k < 0) k += (Int)l->len;
            if ((UInt)k < l->len) { RA = l->items[k]; DISPATCH(); }
        } else if (t == &tuple_type) {
            Tuple *tp = V_PTR(obj);
            Int k = V_INT(idx);
            if (k < 0) k += (Int)tp->len;
            if ((UInt)k < tp->len) { RA = tp->items[k]; DISPATCH(); }
        }
    }
    if (V_IS_PTR(obj) && V_OBJ(obj)->type == &dict_type) {
        Value v = map_get(&((Dict *)V_PTR(obj))->map, idx);
        if (v) { RA = v; DISPATCH(); }
    }
    RA = obj_getitem(obj, idx);
    DISPATCH();
}
L_SETITEM: {
    Value obj = RA, idx = RB;
    if (V_IS_INT(idx) && V_IS_PTR(obj) && V_OBJ(obj)->type == &list_type) {
        List *l = V_PTR(obj);
        Int k = V_INT(idx);
        if (k < 0) k += (Int)l->len;
        if ((UInt)k < l->len) { l->items[k] = RC; DISPATCH(); }
    }
    if (V_IS_PTR(obj) && V_OBJ(obj)->type == &dict_type) {
        map_set(&((Dict *)V_PTR(obj))->map, idx, RC);
        DISPATCH();
    }
    obj_setitem(obj, idx, RC);
    DISPATCH();
}
L_DELITEM:
    obj_delitem(RA, RB);
    DISPATCH();

#define ARITH(name, OPV, INTEXPR, FLOATEXPR) \
L_##name: { \
    Value a = RB, b = RC; \
    if (V_IS_INT(a) && V_IS_INT(b)) { \
        Int x = V_INT(a), y = V_INT(b), r; \
        if (INTEXPR && int_fits_small(r)) { RA = V_MKINT(r); DISPATCH(); } \
    } else { \
        double x, y; \
        if (float_operands(a, b, &x, &y)) { FLOATEXPR; } \
    } \
    RA = obj_binary_op(OPV, a, b); \
    DISPATCH(); \
}
    ARITH(ADD, OP_ADD, !__builtin_add_overflow(x, y, &r), RA = float_new(x + y); DISPATCH())
    ARITH(SUB, OP_SUB, !__builtin_sub_overflow(x, y, &r), RA = float_new(x - y); DISPATCH())
    ARITH(MUL, OP_MUL, !__builtin_mul_overflow(x, y, &r), RA = float_new(x * y); DISPATCH())
    ARITH(IADD, OP_IADD, !__builtin_add_overflow(x, y, &r), RA = float_new(x + y); DISPATCH())
    ARITH(ISUB, OP_ISUB, !__builtin_sub_overflow(x, y, &r), RA = float_new(x - y); DISPATCH())
    ARITH(IMUL, OP_IMUL, !__builtin_mul_overflow(x, y, &r), RA = float_new(x * y); DISPATCH())
    ARITH(TRUEDIV, OP_TRUEDIV, ((void)x, (void)y, (void)r, false), if (y != 0.0) { RA = float_new(x / y); DISPATCH(); })
    ARITH(ITRUEDIV, OP_ITRUEDIV, ((void)x, (void)y, (void)r, false), if (y != 0.0) { RA = float_new(x / y); DISPATCH(); })
    ARITH(FLOORDIV, OP_FLOORDIV, (y > 0 && x >= 0 && ((r = x / y), true)), (void)x; (void)y)
    ARITH(IFLOORDIV, OP_IFLOORDIV, (y > 0 && x >= 0 && ((r = x / y), true)), (void)x; (void)y)
    ARITH(MOD, OP_MOD, (y > 0 && x >= 0 && ((r = x % y), true)), (void)x; (void)y)
    ARITH(IMOD, OP_IMOD, (y > 0 && x >= 0 && ((r = x % y), true)), (void)x; (void)y)
    ARITH(AND, OP_AND, ((r = x & y), true), (void)x; (void)y)
    ARITH(IAND, OP_IAND, ((r = x & y), true), (void)x; (void)y)
    ARITH(OR, OP_OR, ((r = x | y), true), (void)x; (void)y)
    ARITH(IOR, OP_IOR, ((r = x | y), true), (void)x; (void)y)
    ARITH(XOR, OP_XOR, ((r = x ^ y), true), (void)x; (void)y)
    ARITH(IXOR, OP_IXOR, ((r = x ^ y), true), (void)x; (void)y)
    ARITH(RSHIFT, OP_RSHIFT, (y >= 0 && y < (Int)SMALLINT_BITS && ((r = x >> y), true)), (void)x; (void)y)
    ARITH(IRSHIFT, OP_IRSHIFT, (y >= 0 && y < (Int)SMALLINT_BITS && ((r = x >> y), true)), (void)x; (void)y)
    ARITH(LSHIFT, OP_LSHIFT, (y >= 0 && y < (Int)SMALLINT_BITS && ((r = (Int)((UInt)x << y)) >> y) == x), (void)x; (void)y)
    ARITH(ILSHIFT, OP_ILSHIFT, (y >= 0 && y < (Int)SMALLINT_BITS && ((r = (Int)((UInt)x << y)) >> y) == x), (void)x; (void)y)
L_POW:
    RA = obj_binary_op(OP_POW, RB, RC);
    DISPATCH();
L_IPOW:
    RA = obj_binary_op(OP_IPOW, RB, RC);
    DISPATCH();
L_MATMUL:
    RA = obj_binary_op(OP_MATMUL, RB, RC);
    DISPATCH();
L_IMATMUL:
    RA = obj_binary_op(OP_IMATMUL, RB, RC);
    DISPATCH();

#define COMPARE(name, OPV, CMP) \
L_##name: { \
    Value a = RB, b = RC; \
    double x, y; \
    if (V_IS_INT(a) && V_IS_INT(b)) { RA = V_BOOL((Int)a CMP (Int)b); DISPATCH(); } \
    if (float_operands(a, b, &x, &y)) { RA = V_BOOL(x CMP y); DISPATCH(); } \
    RA = obj_binary_op(OPV, a, b); \
    DISPATCH(); \
}
    COMPARE(LT, OP_LT, <)
    COMPARE(LE, OP_LE, <=)
    COMPARE(GT, OP_GT, >)
    COMPARE(GE, OP_GE, >=)
L_EQ: {
    Value a = RB, b = RC;
    if (V_IS_INT(a) && V_IS_INT(b)) { RA = V_BOOL(a == b); DISPATCH(); }
    RA = obj_binary_op(OP_EQ, a, b);
    DISPATCH();
}
L_NE: {
    Value a = RB, b = RC;
    if (V_IS_INT(a) && V_IS_INT(b)) { RA = V_BOOL(a != b); DISPATCH(); }
    RA = obj_binary_op(OP_NE, a, b);
    DISPATCH();
}
L_IN:
    RA = V_BOOL(obj_contains(RC, RB));
    DISPATCH();
L_NOTIN:
    RA = V_BOOL(!obj_contains(RC, RB));
    DISPATCH();
L_IS:
    RA = V_BOOL(RB == RC);
    DISPATCH();
L_ISNOT:
    RA = V_BOOL(RB != RC);
    DISPATCH();
L_ADDI: {
    Value a = RB;
    Int y = INS_sC(i);
    if (V_IS_INT(a)) {
        Int r = V_INT(a) + y;
        if (int_fits_small(r)) { RA = V_MKINT(r); DISPATCH(); }
    } else if (V_IS_PTR(a) && V_OBJ(a)->type == &float_type) {
        RA = float_new(float_value(a) + (double)y);
        DISPATCH();
    }
    RA = obj_binary_op(OP_ADD, a, V_MKINT(y));
    DISPATCH();
}
L_SUBI: {
    Value a = RB;
    Int y = INS_sC(i);
    if (V_IS_INT(a)) {
        Int r = V_INT(a) - y;
        if (int_fits_small(r)) { RA = V_MKINT(r); DISPATCH(); }
    } else if (V_IS_PTR(a) && V_OBJ(a)->type == &float_type) {
        RA = float_new(float_value(a) - (double)y);
        DISPATCH();
    }
    RA = obj_binary_op(OP_SUB, a, V_MKINT(y));
    DISPATCH();
}
L_NEG: {
    Value a = RB;
    if (V_IS_INT(a) && V_INT(a) != SMALLINT_MIN) { RA = V_MKINT(-V_INT(a)); DISPATCH(); }
    RA = obj_unary_op(UOP_NEG, a);
    DISPATCH();
}
L_POS:
    RA = obj_unary_op(UOP_POS, RB);
    DISPATCH();
L_INVERT:
    RA = obj_unary_op(UOP_INVERT, RB);
    DISPATCH();
L_NOT:
    RA = V_BOOL(!truthy(RB));
    DISPATCH();
L_JMP: {
    int32_t off = INS_sAx(i);
    pc += off;
    if (off < 0) {
        ES_VM_POLL();
        /* frame->pc is just past the jump, inside the loop and any try around it (the target
         * can be the loop's first instruction, whose predecessor may lie outside the try) */
        if (ES_UNLIKELY(vm.pending)) { frame->pc = pc - off; vm_handle_pending(); }
    }
    DISPATCH();
}
L_JMPIF:
    if (truthy(RA)) pc += sBx;
    DISPATCH();
L_JMPIFNOT:
    if (!truthy(RA)) pc += sBx;
    DISPATCH();
L_JMPIFNULL:
    if (RA == V_NULL) pc += sBx;
    DISPATCH();
#define CJ_ORDER(name, CMP) \
L_##name: { \
    Value a = RB, b = RC; \
    bool cond; \
    double x, y; \
    if (V_IS_INT(a) && V_IS_INT(b)) cond = (Int)a CMP (Int)b; \
    else if (float_operands(a, b, &x, &y)) cond = x CMP y; \
    else cond = cond_value(INS_OP(i), a, b); \
    if (cond == (A != 0)) pc += INS_sAx(*pc) + 1; \
    else pc++; \
    DISPATCH(); \
}
    CJ_ORDER(CJLT, <)
    CJ_ORDER(CJLE, <=)
    CJ_ORDER(CJGT, >)
    CJ_ORDER(CJGE, >=)
L_CJEQ: L_CJNE: L_CJIN: L_CJNOTIN: L_CJIS: L_CJISNOT: {
    bool cond = cond_value(INS_OP(i), RB, RC);
    if (cond == (A != 0)) pc += INS_sAx(*pc) + 1;
    else pc++;
    DISPATCH();
}
L_CJLTI: {
    Value a = RB;
    Int y = INS_sC(i);
    bool cond;
    if (V_IS_INT(a)) cond = V_INT(a) < y;
    else cond = truthy(obj_binary_op(OP_LT, a, V_MKINT(y)));
    if (cond == (A != 0)) pc += INS_sAx(*pc) + 1;
    else pc++;
    DISPATCH();
}
L_CJEXC: {
    bool cond = exc_matches(RB, RC);
    if (cond == (A != 0)) pc += INS_sAx(*pc) + 1;
    else pc++;
    DISPATCH();
}
L_BUILDTUPLE:
    RA = tuple_from_array(&RB, C);
    DISPATCH();
L_BUILDLIST:
    RA = list_from_array(&RB, C);
    DISPATCH();
L_BUILDSET: {
    Value s = set_new(&set_type);
    for (uint32_t k = 0; k < C; k++) set_add(s, R[B + k]);
    RA = s;
    DISPATCH();
}
L_BUILDDICT: {
    Value d = dict_new(C);
    Map *m = dict_map(d);
    for (uint32_t k = 0; k < C; k++) map_set(m, R[B + 2 * k], R[B + 2 * k + 1]);
    RA = d;
    DISPATCH();
}
L_BUILDSLICE:
    RA = slice_new(RB, R[B + 1], C == 3 ? R[B + 2] : V_NONE);
    DISPATCH();
L_BUILDSTRING:
    RA = str_concat_array(&RB, C);
    DISPATCH();
L_FORMAT:
    RA = format_value(RB, C & 3, (C & 4) ? R[B + 1] : V_NULL);
    DISPATCH();
L_LISTAPPEND:
    list_append(RA, RB);
    DISPATCH();
L_LISTEXTEND:
    list_extend_starred(RA, RB);
    DISPATCH();
L_SETADD:
    set_add(RA, RB);
    DISPATCH();
L_SETUPDATE:
    set_update(RA, RB);
    DISPATCH();
L_DICTSET:
    map_set(dict_map(RA), RB, RC);
    DISPATCH();
L_DICTUPDATE: {
    Value src = RB;
    if (!dict_is(src) && !obj_getattr_maybe(src, V_MKNAME(N_keys)))
        exc_raise_msg(&exc_TypeError, "'%T' object is not a mapping", src);
    dict_update(RA, src, false);
    DISPATCH();
}
L_DICTMERGE:
    dict_update(RA, RB, true);
    DISPATCH();
L_LISTTOTUPLE: {
    Value l = RB;
    RA = tuple_from_array(list_items(l), list_len(l));
    DISPATCH();
}
L_UNPACK:
    unpack(RB, &RA, C);
    DISPATCH();
L_UNPACKEX: {
    Inst w = *pc++;
    frame->pc = pc;
    unpack_ex(RB, &RA, w & 0xFFFF, w >> 16);
    DISPATCH();
}
L_GETITER:
    RA = obj_getiter(RB, NULL);
    DISPATCH();
L_FORITER: {
    Value it = RA;
    const Type *t = V_OBJ(it)->type;
    Value v;
    if (t == &range_iter_type) {
        RangeIter *ri = V_PTR(it);
        if (ri->remaining <= 0) { pc += sBx; DISPATCH(); }
        v = V_MKINT(ri->cur);
        ri->cur += ri->step;
        ri->remaining--;
    } else if (t == &list_iter_type) {
        struct { Object base; Value seq; size_t index; } *li = V_PTR(it);
        List *l = V_PTR(li->seq);
        if (li->index >= l->len) { li->index = (size_t)-1 >> 1; pc += sBx; DISPATCH(); }
        v = l->items[li->index++];
    } else {
        /* it came from GETITER (obj_getiter): never of a head-only type, whose iternext
         * slot is not there (no exception class is an iterator) */
        v = t->iternext ? t->iternext(it) : obj_iternext(it);
        if (!v) { pc += sBx; DISPATCH(); }
    }
    R[A + 1] = v;
    DISPATCH();
}
L_MAKEFUNC: {
    const Code *c = V_PTR(K[Bx]);
    Value defaults = (c->flags & CO_DEFAULTS) ? RA : V_NULL;
    Value kwdefaults = (c->flags & CO_KWDEFAULTS) ? R[A + 1] : V_NULL;
    RA = V_FROMPTR(func_new(c, frame->func->globals, defaults, kwdefaults, frame));
    DISPATCH();
}

    /* calls: Python functions run in this loop; anything else through obj_call */
    {
        Value fn, kwnames;
        Value *args;
        int nargs;
L_CALL:
        fn = RA;
        args = &R[A + 1];
        nargs = (int)B;
        kwnames = V_NULL;
        goto do_call;
L_CALLKW:
        fn = RA;
        args = &R[A + 1];
        nargs = (int)B;
        kwnames = R[A + 1 + B + C];
        goto do_call;
L_CALLMETHOD:
        fn = RA;
        if (R[A + 1] != V_NULL) {
            args = &R[A + 1];
            nargs = (int)B + 1;
        } else {
            args = &R[A + 2];
            nargs = (int)B;
        }
        kwnames = C ? R[A + 2 + B + C] : V_NULL;
        goto do_call;
do_call:
        if (V_IS_PTR(fn) && V_OBJ(fn)->type == &function_type) {
            Func *f = V_PTR(fn);
            if (!(f->code->flags & CO_GENERATOR)) {
                ES_VM_POLL();
                if (ES_UNLIKELY(vm.pending)) vm_handle_pending();
                Frame *nf = push_function_frame(f, args, nargs, kwnames, frame);
                vm.frame = nf;
                frame = nf;
                pc = nf->pc;
                R = frame_regs(nf);
                K = f->code->consts;
                DISPATCH();
            }
        }
        if (V_IS_PTR(fn) && V_OBJ(fn)->type == &native_fn_type) RA = native_call(V_PTR(fn), args, nargs, kwnames);
        else RA = obj_call(fn, args, nargs, kwnames);
        DISPATCH();
    }
L_CALLEX:
    RA = call_ex(RA, R[A + 1], R[A + 2]);
    DISPATCH();

    {
        Value result;
L_RETURNNONE:
        result = V_NONE;
        goto do_return;
L_RETURN:
        result = RA;
do_return:
        if (frame->open) vm_close_upvals(frame);
        vm.depth--;
        if (frame->flags & FRAME_ENTRY) {
            vm.frame = frame->prev;
            if (frame->flags & FRAME_GEN) gen_frame_finished(frame);
            else frame_pop(frame);
            exc_end(&ef);
            vm.cdepth--;
            return result;
        }
        Frame *caller = frame->prev;
        frame_pop(frame);
        vm.frame = caller;
        frame = caller;
        pc = frame->pc;
        RELOAD();
        R[INS_A(es_rd32(&pc[-1]))] = result;
        DISPATCH();
    }
L_YIELD:
    /* only a generator's frame yields, and it is always the entry frame here */
    vm.frame = frame->prev;
    vm.depth--;
    exc_end(&ef);
    vm.cdepth--;
    yielded = true;
    return RA;
L_YIELDFROM: {
    frame->flags &= ~(uint32_t)FRAME_YIELDFROM;
    Value sub = RB;
    Value r;
    bool done;
    gen_delegate_send(sub, RA, &r, &done);
    if (done) {
        RA = r;
        DISPATCH();
    }
    /* suspend on this instruction: resuming runs it again with the value sent in */
    frame->pc = pc - 1;
    frame->flags |= FRAME_YIELDFROM;
    vm.frame = frame->prev;
    vm.depth--;
    exc_end(&ef);
    vm.cdepth--;
    yielded = true;
    return r;
}
L_GETYFITER: {
    Value x = RB;
    RA = is_type(x, &generator_type) ? x : obj_getiter(x, NULL);
    DISPATCH();
}
L_RAISE: {
    Value e = exc_instantiate(RA);
    if (C) {
        Value cause = RB;
        Exception *ex = V_PTR(e);
        if (cause == V_NONE) ex->cause = V_NONE;
        else if (is_instance_of(cause, &exc_BaseException) ||
                 (is_instance_of(cause, &type_type) && type_is_subtype(V_PTR(cause), &exc_BaseException)))
            ex->cause = exc_instantiate(cause);
        else
            exc_raise_msg(&exc_TypeError, "exception causes must derive from BaseException");
        ex->flags |= EXC_SUPPRESS_CONTEXT;
    }
    exc_raise(e);
}
L_RERAISE:
    exc_raise(RA);
L_RAISECUR:
    if (!vm.exc_handled) exc_raise_msg(&exc_RuntimeError, "No active exception to reraise");
    exc_raise(vm.exc_handled);
L_RAISEASSERT:
    if (B) exc_raise_value(&exc_AssertionError, RA);
    exc_raise_type(&exc_AssertionError);
L_PUSHEXC:
    RB = vm.exc_handled;
    vm.exc_handled = RA;
    DISPATCH();
L_POPEXC:
    vm.exc_handled = RB;
    DISPATCH();
L_WITHENTER: {
    Value mgr = RA;
    Value enter = with_lookup(mgr, V_MKNAME(N___enter__));
    Value exit = with_lookup(mgr, V_MKNAME(N___exit__));
    RA = exit;
    R[A + 1] = obj_call0(enter);
    DISPATCH();
}
L_WITHEXIT: {
    Value args[3] = {V_NONE, V_NONE, V_NONE};
    obj_call(RA, args, 3, V_NULL);
    DISPATCH();
}
L_WITHEXITEXC: {
    Value e = RB;
    Value args[3] = {V_FROMPTR(type_of(e)), e, V_NONE};
    RA = V_BOOL(truthy(obj_call(RA, args, 3, V_NULL)));
    DISPATCH();
}
L_IMPORT:
    RA = import_name(K[Bx], frame->func->globals, R[A + 1], V_INT(R[A + 2]));
    DISPATCH();
L_IMPORTFROM:
    RA = import_from(RB, K[C]);
    DISPATCH();
L_IMPORTSTAR:
    import_star(RA, frame->locals ? frame->locals : frame->func->globals);
    DISPATCH();
L_BUILDCLASS:
    RA = build_class_from_body(RA, R[A + 1], R[A + 2], R[A + 3] == V_NONE ? V_NULL : R[A + 3]);
    DISPATCH();
L_MAKECLASS:
    RA = vm_build_class(R[0], R[1], frame->locals, R[2] == V_NONE ? V_NULL : R[2]);
    DISPATCH();
L_PRINTEXPR:
    print_expr(RA);
    DISPATCH();

#undef DISPATCH
#undef A
#undef B
#undef C
#undef Bx
#undef sBx
#undef RA
#undef RB
#undef RC
}

#pragma GCC diagnostic pop

/* ---------------- GC roots ---------------- */


void vm_gc_mark_roots(void) {
    gc_mark_words(&vm, sizeof(VM) / sizeof(Value));
    exc_gc_mark_static();
    /* the data stack: each chunk (a leaf block) and the part of it in use */
    Value *top = vm.stack_prepared > vm.stack_top ? vm.stack_prepared : vm.stack_top;
    for (StackChunk *c = vm.stack_chunk; c; c = c->prev) {
        gc_mark_words(&c, 1);
        if (top >= c->data && top <= c->end) gc_mark_words(c->data, (size_t)(top - c->data));
        top = c->prev_top;
    }
}

/* ---------------- start-up ---------------- */

void vm_init(void) {
    char *limit = vm.stack_limit;   /* the port may set the C stack limit before vm_init */
    memset(&vm, 0, sizeof vm);
    vm.stack_limit = limit;
    vm.recursion_limit = ES_RECURSION_LIMIT;
    names_init();
    vm.modules = dict_new(0);
    vm.sys_path = list_new(0);
    vm.sys_argv = list_new(0);
    vm.schedule_queue = list_new(0);
    vm.module_overlays = dict_new(0);
    vm.importing = dict_new(0);
    vm.builtins = builtins_make_dict();
    dict_map(vm.builtins)->watched = 1;
#if ES_MACHINE
    machine_session_init();
#endif
    (void)line_of;
}
