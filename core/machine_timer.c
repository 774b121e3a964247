/* machine.Timer: periodic and one-shot callbacks (core/modmachine.h): a class of the machine
 * module, a native module (_machine_timer) on the ESP-01 firmware. */
#include "config.h"
#if ES_MACHINE
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objdict.h"
#include "objfun.h"
#include "objmodule.h"
#include "vm.h"
#include "modmachine.h"

static void timer_stop(TimerObj *t) {
    if (t->slot < 0) return;
    port_timer_stop(t->slot);
    machine_drop_events(PM_SRC_TIMER((unsigned)t->slot));
    MachineState *s = vm.machine_state;
    if (s) s->timer[t->slot] = V_NULL;
    t->slot = -1;
}

/* Timer.init(*, mode=PERIODIC, period=-1, freq=-1, callback=None): period in ms, freq in Hz. */
static void timer_init(TimerObj *t, Value *o) {
    Int mode = o[0] ? obj_get_int(o[0]) : TIMER_PERIODIC;
    if (mode != TIMER_ONE_SHOT && mode != TIMER_PERIODIC) exc_raise_msg(&exc_ValueError, "invalid timer mode: %D", mode);
    uint32_t period_us;
    if (o[2] && !(V_IS_INT(o[2]) && V_INT(o[2]) == -1)) {
        double f = obj_get_float(o[2]);
        if (!(f > 0 && f <= 10000)) exc_raise_msg(&exc_ValueError, "timer freq out of range (max 10000 Hz)");
        period_us = (uint32_t)(1e6 / f + 0.5);
    } else if (o[1] && !(V_IS_INT(o[1]) && V_INT(o[1]) == -1)) {
        Int ms = obj_get_int(o[1]);
        if (ms <= 0 || ms > 4000000) exc_raise_msg(&exc_ValueError, "timer period out of range (1-4000000 ms)");
        period_us = (uint32_t)ms * 1000u;
    } else {
        exc_raise_msg(&exc_ValueError, "timer needs a period or a freq");
    }
    Value cb = o[3] ? o[3] : V_NONE;
    machine_check_callable(cb, "timer callback");
    timer_stop(t);
    MachineState *s = machine_state();
    int slot = 0;
    while (slot < PM_NTIMERS && s->timer[slot]) slot++;
    if (slot == PM_NTIMERS) exc_raise_msg(&exc_RuntimeError, "too many timers (max %d)", PM_NTIMERS);
    t->mode = (uint32_t)mode;
    t->period_us = period_us;
    t->callback = cb;
    t->slot = slot;
    s->timer[slot] = V_FROMPTR(t);
    port_timer_start(slot, period_us, mode == TIMER_PERIODIC);
}

static const uint16_t timer_names[] = {N_mode, N_period, N_freq, N_callback};

static Value timer_make_new(const Type *ty, Value *args, int nargs, Value kw) {
    (void)ty;
    static const uint16_t names[] = {N_id, N_mode, N_period, N_freq, N_callback};
    Value a[5];
    arg_parse("Timer", args, nargs, kw, 1, names, 5, a);
    Int id = a[0] ? obj_get_int(a[0]) : -1;
    if (id != -1) exc_raise_msg(&exc_ValueError, "Timer(%D) doesn't exist; use Timer(-1)", id);
    TimerObj *t = gc_alloc(sizeof(TimerObj), 0);
    t->base.type = &timer_type;
    t->slot = -1;
    t->callback = V_NONE;
    if (kw != V_NULL) timer_init(t, a + 1);
    return V_FROMPTR(t);
}

static Value timer_m_init(Value *a, int n, Value kw) {
    Value o[4];
    arg_parse("init", a + 1, n - 1, kw, 0, timer_names, 4, o);
    timer_init(V_PTR(a[0]), o);
    return V_NONE;
}

static Value timer_m_deinit(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    timer_stop(V_PTR(a[0]));
    return V_NONE;
}

static void timer_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    const TimerObj *t = V_PTR(self);
    if (t->slot < 0) print_cstr(p, "Timer(-1)");
    else print_fmt(p, "Timer(-1, mode=%s, period_us=%u)", t->mode == TIMER_PERIODIC ? "PERIODIC" : "ONE_SHOT",
                   (unsigned)t->period_us);
}

static NATIVE_METHOD_KW(timer_init_fn, init, 0, 0, timer_m_init);
static NATIVE_METHOD(timer_deinit_fn, deinit, 0, 0, timer_m_deinit);

static const MapEntry timer_table[] = {
    {V_MKNAME(N_ONE_SHOT), V_MKINT(TIMER_ONE_SHOT)},
    {V_MKNAME(N_PERIODIC), V_MKINT(TIMER_PERIODIC)},
    METHOD_ENTRY(deinit, timer_deinit_fn),
    METHOD_ENTRY(init, timer_init_fn),
};
static const Dict timer_locals = DICT_CONST_INIT(timer_table);

const Type timer_type = {
    .type = &type_type, .name = V_MKNAME(N_Timer), .base = &object_type,
    .dict = V_FROMPTR(&timer_locals), .print = timer_print, .make_new = timer_make_new,
};


/* The native module the firmware finds this class in (modmachine.h MACHINE_PARTS). */
static const MapEntry machine_timer_table[] = {
    {V_MKNAME(N_Timer), V_FROMPTR(&timer_type)},
    {V_MKNAME(N___name__), V_MKNAME(N__machine_timer)},
};
MODULE_CONST(mod__machine_timer, machine_timer_table);

#endif /* ES_MACHINE */
