/* Generators. */
#include <stddef.h>
#include <string.h>
#include "objgen.h"
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objtuple.h"
#include "objdict.h"
#include "objfun.h"
#include "objtype.h"

Generator *gen_alloc(Func *f, uint32_t nregs) {
    Generator *g = gc_alloc(sizeof(Generator) + nregs * sizeof(Value), 0);
    g->base.type = &generator_type;
    g->state = GEN_CREATED;
    (void)f;
    return g;
}

static Generator *frame_gen(Frame *frame) {
    return (Generator *)((char *)frame - offsetof(Generator, frame));
}

void gen_frame_finished(Frame *frame) {
    frame_gen(frame)->state = GEN_DONE;
}

/* Runs the generator; returns the value, sets *done when it returned. */
static Value gen_resume(Generator *g, Value send, Value exc, bool *done) {
    if (g->state == GEN_RUNNING) exc_raise_msg(&exc_ValueError, "generator already executing");
    if (g->state == GEN_DONE) {
        *done = true;
        if (exc) exc_raise(exc);
        return V_NONE;
    }
    if (g->state == GEN_CREATED && send != V_NONE && exc == V_NULL)
        exc_raise_msg(&exc_TypeError, "can't send non-None value to a just-started generator");
    if (vm.depth >= vm.recursion_limit) exc_raise_recursion();
    /* if the frame raises, the VM marks the generator done as it unwinds the frame */
    g->state = GEN_RUNNING;
    bool d;
    Value r = vm_resume(&g->frame, send, exc, &d);
    g->state = d ? GEN_DONE : GEN_SUSPENDED;
    *done = d;
    return r;
}

Value gen_send(Value gen, Value v) {
    bool done;
    Value r = gen_resume(V_PTR(gen), v, V_NULL, &done);
    if (done) exc_raise_stop_iteration(r);
    return r;
}

void gen_delegate_send(Value it, Value v, Value *out, bool *done) {
    if (is_type(it, &generator_type)) {
        *out = gen_resume(V_PTR(it), v, V_NULL, done);
        return;
    }
    ExcFrame ef;
    if (EXC_TRY(ef)) {
        Value r;
        if (v == V_NONE) {
            r = obj_iternext(it);
            exc_end(&ef);
            if (!r) { *done = true; *out = V_NONE; return; }
        } else {
            r = obj_call_method1(it, V_MKNAME(N_send), v);
            exc_end(&ef);
        }
        *done = false;
        *out = r;
        return;
    }
    if (exc_matches(ef.exc, V_FROMPTR(&exc_StopIteration))) {
        *done = true;
        *out = exc_arg0(ef.exc);
        return;
    }
    exc_raise(ef.exc);
}

bool gen_delegate_throw(Value it, Value exc, Value *out, bool *done) {
    if (is_type(it, &generator_type)) {
        Generator *g = V_PTR(it);
        if (is_instance_of(exc, &exc_GeneratorExit)) {
            /* close the inner generator, then raise GeneratorExit here */
            if (g->state == GEN_SUSPENDED) {
                bool d;
                ExcFrame ef;
                if (EXC_TRY(ef)) {
                    gen_resume(g, V_NONE, exc_new(&exc_GeneratorExit, V_EMPTY_TUPLE), &d);
                    exc_end(&ef);
                } else if (!exc_matches(ef.exc, V_FROMPTR(&exc_GeneratorExit))) {
                    exc_raise(ef.exc);
                }
                g->state = GEN_DONE;
            }
            return false;
        }
        ExcFrame ef;
        if (EXC_TRY(ef)) {
            *out = gen_resume(g, V_NONE, exc, done);
            exc_end(&ef);
            return true;
        }
        if (exc_matches(ef.exc, V_FROMPTR(&exc_StopIteration)) && false) return true;
        exc_raise(ef.exc);
    }
    Value dest[2];
    if (!obj_load_method_maybe(it, V_MKNAME(N_throw), dest)) {
        if (is_instance_of(exc, &exc_GeneratorExit)) {
            Value close[2];
            if (obj_load_method_maybe(it, V_MKNAME(N_close), close)) {
                if (close[1]) obj_call(close[0], &close[1], 1, V_NULL);
                else obj_call0(close[0]);
            }
        }
        return false;
    }
    ExcFrame ef;
    if (EXC_TRY(ef)) {
        Value args[2] = {dest[1], exc};
        *out = dest[1] ? obj_call(dest[0], args, 2, V_NULL) : obj_call(dest[0], &exc, 1, V_NULL);
        exc_end(&ef);
        *done = false;
        return true;
    }
    if (exc_matches(ef.exc, V_FROMPTR(&exc_StopIteration))) {
        *done = true;
        *out = exc_arg0(ef.exc);
        return true;
    }
    exc_raise(ef.exc);
}

/* ---- the type ---- */

static Value gen_iternext(Value self) {
    bool done;
    Value r = gen_resume(V_PTR(self), V_NONE, V_NULL, &done);
    return done ? V_NULL : r;
}

static Value iter_self(Value self, IterBuf *buf) { (void)buf; return self; }

static void gen_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    Generator *g = V_PTR(self);
    print_fmt(p, "<generator object %n at %p>", g->frame.func->code->qualname, V_PTR(self));
}

static Value g_send(Value *a, int n, Value kw) { (void)n; (void)kw; return gen_send(a[0], a[1]); }

static Value g_throw(Value *a, int n, Value kw) {
    (void)kw;
    Value exc = a[1];
    if (n > 2 && a[2] != V_NONE) {
        /* throw(type, value) */
        if (is_instance_of(a[2], &exc_BaseException)) exc = a[2];
        else exc = obj_call1(a[1], a[2]);
    }
    exc = exc_instantiate(exc);
    bool done;
    Value r = gen_resume(V_PTR(a[0]), V_NONE, exc, &done);
    if (done) exc_raise_stop_iteration(r);
    return r;
}

static Value g_close(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Generator *g = V_PTR(a[0]);
    if (g->state == GEN_CREATED) { g->state = GEN_DONE; return V_NONE; }
    if (g->state == GEN_DONE) return V_NONE;
    ExcFrame ef;
    bool done;
    if (EXC_TRY(ef)) {
        gen_resume(g, V_NONE, exc_new(&exc_GeneratorExit, V_EMPTY_TUPLE), &done);
        exc_end(&ef);
        if (!done) exc_raise_msg(&exc_RuntimeError, "generator ignored GeneratorExit");
        return V_NONE;
    }
    if (exc_matches(ef.exc, V_FROMPTR(&exc_GeneratorExit)) || exc_matches(ef.exc, V_FROMPTR(&exc_StopIteration)))
        return V_NONE;
    exc_raise(ef.exc);
}

static Value g_iter(Value *a, int n, Value kw) { (void)n; (void)kw; return a[0]; }
static Value g_next(Value *a, int n, Value kw) { (void)n; (void)kw; return gen_send(a[0], V_NONE); }

static NATIVE_METHOD(g_send_fn, send, 1, 1, g_send);
static NATIVE_METHOD(g_throw_fn, throw, 1, 3, g_throw);
static NATIVE_METHOD(g_close_fn, close, 0, 0, g_close);
static NATIVE_METHOD(g_iter_fn, __iter__, 0, 0, g_iter);
static NATIVE_METHOD(g_next_fn, __next__, 0, 0, g_next);

static const MapEntry gen_table[] = {
    METHOD_ENTRY(__iter__, g_iter_fn),
    METHOD_ENTRY(__next__, g_next_fn),
    METHOD_ENTRY(close, g_close_fn),
    METHOD_ENTRY(send, g_send_fn),
    METHOD_ENTRY(throw, g_throw_fn),
};
static const Dict gen_locals = DICT_CONST_INIT(gen_table);

static void gen_attr(Value self, Value name, Value *dest) {
    if (dest[1] != V_SENTINEL_METHOD) return;
    Generator *g = V_PTR(self);
    switch (V_IS_NAME(name) ? V_NAME(name) : 0) {
    case N___name__: dest[0] = g->frame.func->code->name; break;
    case N___qualname__: dest[0] = g->frame.func->code->qualname; break;
    case N_gi_running: dest[0] = V_BOOL(g->state == GEN_RUNNING); break;
    case N_gi_frame: dest[0] = g->state == GEN_DONE ? V_NONE : V_TRUE; break;
    default: return;
    }
    dest[1] = V_NULL;
}

const Type generator_type = {
    .type = &type_type, .name = V_MKNAME(N_generator), .base = &object_type, .flags = TF_ITER_SELF,
    .dict = V_FROMPTR(&gen_locals),
    .print = gen_print, .getiter = iter_self, .iternext = gen_iternext, .attr = gen_attr,
};
