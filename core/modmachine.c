/* The machine module (MicroPython's API for the ESP8266): Pin, Timer, PWM, SoftI2C, SoftSPI,
 * UART, WDT, RTC, and the CPU functions.  Hardware access goes through core/port_machine.h.
 *
 * RAM: Pin objects are const (one per GPIO, in flash); what a program attaches at run time (IRQ
 * handlers, armed timers) lives in one small heap block reachable from vm.machine_state, made on
 * first use.  Interrupts are recorded by the port with machine_event() and the Python callbacks
 * run in the VM between instructions (machine_service, from vm_handle_pending), never inside an
 * interrupt handler: a callback may allocate, raise and take as long as it likes. */
#include "config.h"
#if ES_MACHINE
#include <string.h>
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objint.h"
#include "objfloat.h"
#include "objstr.h"
#include "objbytes.h"
#include "objtuple.h"
#include "objlist.h"
#include "objdict.h"
#include "objfun.h"
#include "objmodule.h"
#include "vm.h"
#include "port_machine.h"
#include "bitbang.h"

#define ENODEV 19
#define EVENT_MAX 8        /* pending calls kept per source, as MicroPython's schedule queue */

/* ---------------- events from interrupts ---------------- */

static struct {
    volatile uint32_t mask;          /* sources with events */
    uint8_t count[PM_NSRC];          /* pending calls per source (at most EVENT_MAX) */
    uint8_t flags[PM_NSRC];          /* or of the edges seen (pins) */
} events;

/* Called by interrupt handlers with interrupts masked: no allocation, no Python. */
ES_IRAM void machine_event(unsigned src, unsigned flags) {
    if (src >= PM_NSRC) return;
    if (events.count[src] < EVENT_MAX) events.count[src]++;
    events.flags[src] |= (uint8_t)flags;
    events.mask |= 1u << src;
    vm.pending |= PENDING_MACHINE;
}

/* What a program attached at run time (a GC block, from vm.machine_state). */
typedef struct {
    Value pin_handler[PM_NPINS];     /* callable, or V_NULL */
    Value timer[PM_NTIMERS];         /* the Timer armed in each slot, or V_NULL */
    uint8_t pin_trigger[PM_NPINS];
    uint8_t pin_flags[PM_NPINS];     /* edges of the pin's last event (irq.flags()) */
    uint16_t pwm_freq[PM_NPINS];     /* 0: no PWM on the pin */
    uint16_t pwm_duty[PM_NPINS];     /* 0..1023 */
} MachineState;

static MachineState *state(void) {
    if (!vm.machine_state) vm.machine_state = gc_alloc(sizeof(MachineState), 0);
    return vm.machine_state;
}

static bool servicing;

uint32_t machine_event_mask(void) { return events.mask; }

bool machine_callbacks_armed(void) {
    const MachineState *s = vm.machine_state;
    if (!s) return false;
    for (int i = 0; i < PM_NPINS; i++)
        if (s->pin_handler[i]) return true;
    for (int i = 0; i < PM_NTIMERS; i++)
        if (s->timer[i]) return true;
    return false;
}

/* Forget the events of a source that was reconfigured (a timer re-armed or stopped). */
static void drop_events(unsigned src) {
    uint32_t st = port_irq_disable();
    events.count[src] = 0;
    events.flags[src] = 0;
    events.mask &= ~(1u << src);
    port_irq_restore(st);
}

/* A new VM (power-on or soft reset): nothing attached, no events, the hardware quiet. */
void machine_session_init(void) {
    uint32_t st = port_irq_disable();
    memset(&events, 0, sizeof events);
    port_irq_restore(st);
    servicing = false;
    port_machine_init();
}

static void dispatch(unsigned src, unsigned n, unsigned flags);

/* Runs the Python callbacks of the recorded events (vm_handle_pending, PENDING_MACHINE).  Not
 * re-entered: events that arrive while a callback runs wait until it returns. */
void machine_service(void) {
    uint32_t st = port_irq_disable();
    vm.pending &= ~PENDING_MACHINE;
    port_irq_restore(st);
    if (servicing) return;
    servicing = true;
    ExcFrame ef;
    if (!EXC_TRY(ef)) {
        servicing = false;
        exc_raise(ef.exc);
    }
    for (;;) {
        st = port_irq_disable();
        uint32_t m = events.mask;
        if (!m) {
            vm.pending &= ~PENDING_MACHINE;
            port_irq_restore(st);
            break;
        }
        unsigned src = (unsigned)__builtin_ctz(m);
        unsigned n = events.count[src], flags = events.flags[src];
        events.count[src] = 0;
        events.flags[src] = 0;
        events.mask = m & ~(1u << src);
        port_irq_restore(st);
        dispatch(src, n, flags);
    }
    exc_end(&ef);
    servicing = false;
}

/* ---------------- helpers ---------------- */

static bool given(Value v) { return v != V_NULL; }

static void check_callable(Value v, const char *what) {
    if (v != V_NONE && !obj_callable(v)) exc_raise_msg(&exc_TypeError, "%s must be callable or None", what);
}

/* ---------------- Pin ---------------- */

/* A Pin, or a Signal: the same object, where a Signal's id may have PIN_INVERT set (the level it
 * reads and writes is the pin's inverse).  One word instead of two fields: byte and half-word
 * loads cost extra code under -mforce-l32. */
typedef struct {
    Object base;
    uint32_t id;
} PinObj;
#define PIN_INVERT 16u
_Static_assert(PM_NPINS <= PIN_INVERT, "PIN_INVERT must lie above every pin number");

extern const Type pin_type, pin_irq_type, signal_type;

#define PIN16(T) {{{&T}, 0}, {{&T}, 1}, {{&T}, 2}, {{&T}, 3}, {{&T}, 4}, {{&T}, 5}, {{&T}, 6}, {{&T}, 7}, \
                  {{&T}, 8}, {{&T}, 9}, {{&T}, 10}, {{&T}, 11}, {{&T}, 12}, {{&T}, 13}, {{&T}, 14}, {{&T}, 15}}
static const PinObj pins[PM_NPINS] = PIN16(pin_type);
static const PinObj pin_irqs[PM_NPINS] = PIN16(pin_irq_type);

/* Mode and pull as last set (the hardware keeps them across a soft reset, so do we). */
static uint8_t pin_mode[PM_NPINS], pin_pull[PM_NPINS];

/* Sets a pin's mode (keeping its pull unless one is given, pull >= 0). */
static void set_mode(int id, int mode, int pull) {
    pin_mode[id] = (uint8_t)mode;
    if (pull >= 0) pin_pull[id] = (uint8_t)pull;
    port_pin_config(id, mode, pin_pull[id]);
}

static int pin_id(Value v) {
    Int id = is_type(v, &pin_type) ? (Int)((const PinObj *)V_PTR(v))->id : obj_get_int(v);
    if (id < 0 || id >= PM_NPINS || !port_pin_valid((int)id))
        exc_raise_msg(&exc_ValueError, "invalid pin: %D", id);
    return (int)id;
}

static int self_pin(Value v) { return (int)((const PinObj *)V_PTR(v))->id; }

/* For core/bitbang.c (DHT, 1-Wire: open drain, released before the protocol starts). */
int machine_pin(Value v, bool od) {
    int id = pin_id(v);
    if (od && pin_mode[id] != PM_OPEN_DRAIN) {
        port_pin_write(id, 1);
        set_mode(id, PM_OPEN_DRAIN, -1);
    }
    return id;
}

/* Pin.init(mode=-1, pull=-1, *, value): -1 (or not given) keeps the current setting. */
static void pin_init(int id, Value mode, Value pull, Value value) {
    int m = pin_mode[id], p = pin_pull[id];
    if (given(mode) && mode != V_NONE) {
        Int v = obj_get_int(mode);
        if (v != -1) {
            if (v < PM_IN || v > PM_OPEN_DRAIN) exc_raise_msg(&exc_ValueError, "invalid pin mode: %D", v);
            m = (int)v;
        }
    }
    if (given(pull)) {
        if (pull == V_NONE) p = PM_PULL_NONE;
        else {
            Int v = obj_get_int(pull);
            if (v != -1) {
                if (v != PM_PULL_UP) exc_raise_msg(&exc_ValueError, "invalid pin pull: %D", v);
                p = (int)v;
            }
        }
    }
    if (given(value) && value != V_NONE) port_pin_write(id, obj_truthy(value));
    set_mode(id, m, p);
}

static const uint16_t pin_init_names[] = {N_mode, N_pull, N_value};

static Value pin_make_new(const Type *t, Value *args, int nargs, Value kw) {
    (void)t;
    static const uint16_t names[] = {N_id, N_mode, N_pull, N_value};
    Value a[4];
    arg_parse("Pin", args, nargs, kw, 3, names, 4, a);
    if (!a[0]) exc_raise_msg(&exc_TypeError, "Pin() missing required argument 'id' (pos 1)");
    int id = pin_id(a[0]);
    if (nargs > 1 || kw != V_NULL) pin_init(id, a[1], a[2], a[3]);
    return V_FROMPTR(&pins[id]);
}

static Value pin_m_init(Value *a, int n, Value kw) {
    Value o[3];
    arg_parse("init", a + 1, n - 1, kw, 2, pin_init_names, 3, o);
    pin_init(self_pin(a[0]), o[0], o[1], o[2]);
    return V_NONE;
}

/* value([x]) of a Pin or a Signal (shared by both types' tables and call slots). */
static Value pin_value_common(Value self, int n, Value *a) {
    uint32_t v = ((const PinObj *)V_PTR(self))->id;
    int id = (int)(v % PIN_INVERT), inv = v >= PIN_INVERT;
    if (n == 0) return V_MKINT(port_pin_read(id) ^ inv);
    port_pin_write(id, obj_truthy(a[0]) ^ inv);
    return V_NONE;
}

static Value pin_m_value(Value *a, int n, Value kw) { (void)kw; return pin_value_common(a[0], n - 1, a + 1); }
static Value pin_m_on(Value *a, int n, Value kw) { (void)n; (void)kw; return pin_value_common(a[0], 1, (Value[]){V_TRUE}); }
static Value pin_m_off(Value *a, int n, Value kw) { (void)n; (void)kw; return pin_value_common(a[0], 1, (Value[]){V_FALSE}); }

static Value pin_call(Value self, Value *args, int nargs, Value kw) {
    const char *name = obj_type_name(self);
    arg_check_no_kw(name, kw);
    if (nargs > 1) exc_raise_msg(&exc_TypeError, "%s() takes at most 1 argument (%d given)", name, nargs);
    return pin_value_common(self, nargs, args);
}

/* Pin.irq(handler=None, trigger=IRQ_FALLING | IRQ_RISING, *, hard=False).  The handler runs in
 * the VM (hard=True is accepted and means the same). */
static Value pin_m_irq(Value *a, int n, Value kw) {
    static const uint16_t names[] = {N_handler, N_trigger, N_hard};
    Value o[3];
    arg_parse("irq", a + 1, n - 1, kw, 2, names, 3, o);
    int id = self_pin(a[0]);
    if (n > 1 || kw != V_NULL) {
        Value handler = o[0] ? o[0] : V_NONE;
        Int trig = o[1] ? obj_get_int(o[1]) : PM_IRQ_RISING | PM_IRQ_FALLING;
        if (trig < 0 || trig > (PM_IRQ_RISING | PM_IRQ_FALLING))
            exc_raise_msg(&exc_ValueError, "invalid irq trigger: %D", trig);
        check_callable(handler, "irq handler");
        MachineState *s = state();
        if (handler == V_NONE) trig = 0;
        port_pin_irq(id, 0);
        drop_events(PM_SRC_PIN((unsigned)id));
        s->pin_handler[id] = handler == V_NONE ? V_NULL : handler;
        s->pin_trigger[id] = (uint8_t)trig;
        s->pin_flags[id] = 0;
        port_pin_irq(id, (unsigned)trig);
    }
    return V_FROMPTR(&pin_irqs[id]);
}

static void pin_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    print_fmt(p, "Pin(%d)", self_pin(self));
}

static NATIVE_METHOD_KW(pin_init_fn, init, 0, 2, pin_m_init);
static NATIVE_METHOD(pin_value_fn, value, 0, 1, pin_m_value);
static NATIVE_METHOD(pin_on_fn, on, 0, 0, pin_m_on);
static NATIVE_METHOD(pin_off_fn, off, 0, 0, pin_m_off);
static NATIVE_METHOD_KW(pin_irq_fn, irq, 0, 2, pin_m_irq);

static const MapEntry pin_table[] = {
    {V_MKNAME(N_IN), V_MKINT(PM_IN)},
    {V_MKNAME(N_IRQ_FALLING), V_MKINT(PM_IRQ_FALLING)},
    {V_MKNAME(N_IRQ_RISING), V_MKINT(PM_IRQ_RISING)},
    {V_MKNAME(N_OPEN_DRAIN), V_MKINT(PM_OPEN_DRAIN)},
    {V_MKNAME(N_OUT), V_MKINT(PM_OUT)},
    {V_MKNAME(N_PULL_UP), V_MKINT(PM_PULL_UP)},
    METHOD_ENTRY(init, pin_init_fn),
    METHOD_ENTRY(irq, pin_irq_fn),
    METHOD_ENTRY(off, pin_off_fn),
    METHOD_ENTRY(on, pin_on_fn),
    METHOD_ENTRY(value, pin_value_fn),
};
static const Dict pin_locals = DICT_CONST_INIT(pin_table);

const Type pin_type = {
    .type = &type_type, .name = V_MKNAME(N_Pin), .base = &object_type,
    .dict = V_FROMPTR(&pin_locals), .print = pin_print, .make_new = pin_make_new, .call = pin_call,
};

/* ---------------- Signal ---------------- */

/* Signal(pin, *, invert=False) over a Pin (or a Signal: the inversions combine), or
 * Signal(id, mode, pull, *, value, invert=False) with Pin's arguments, where value is the
 * logical level (the pin gets its inverse when inverted).  MicroPython's machine.Signal: on() is
 * the active level, low when inverted. */
static Value signal_make_new(const Type *t, Value *args, int nargs, Value kw) {
    static const uint16_t names[] = {N_id, N_mode, N_pull, N_value, N_invert};
    Value a[5];
    arg_parse("Signal", args, nargs, kw, 3, names, 5, a);
    if (!a[0]) exc_raise_msg(&exc_TypeError, "Signal() missing required argument 'id' (pos 1)");
    bool inv = a[4] && obj_truthy(a[4]);
    uint32_t id;
    if (is_type(a[0], &pin_type) || is_type(a[0], &signal_type)) {
        if (a[1] || a[2] || a[3]) exc_raise_msg(&exc_TypeError, "Signal(pin) takes only invert");
        id = ((const PinObj *)V_PTR(a[0]))->id;
    } else {
        id = (uint32_t)pin_id(a[0]);
        if (a[3] && inv) a[3] = V_BOOL(!obj_truthy(a[3]));
        if (a[1] || a[2] || a[3]) pin_init((int)id, a[1], a[2], a[3]);
    }
    PinObj *s = gc_alloc(sizeof(PinObj), GC_LEAF);
    s->base.type = t;
    s->id = id ^ (inv ? PIN_INVERT : 0);
    return V_FROMPTR(s);
}

static const MapEntry signal_table[] = {
    METHOD_ENTRY(off, pin_off_fn),
    METHOD_ENTRY(on, pin_on_fn),
    METHOD_ENTRY(value, pin_value_fn),
};
static const Dict signal_locals = DICT_CONST_INIT(signal_table);

const Type signal_type = {
    .type = &type_type, .name = V_MKNAME(N_Signal), .base = &object_type,
    .dict = V_FROMPTR(&signal_locals), .make_new = signal_make_new, .call = pin_call,
};

/* The object Pin.irq() returns: trigger() and flags() of its pin. */
static Value irq_m_trigger(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    MachineState *s = vm.machine_state;
    return V_MKINT(s ? s->pin_trigger[self_pin(a[0])] : 0);
}

static Value irq_m_flags(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    MachineState *s = vm.machine_state;
    return V_MKINT(s ? s->pin_flags[self_pin(a[0])] : 0);
}

static void irq_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    print_fmt(p, "<irq of Pin(%d)>", self_pin(self));
}

static NATIVE_METHOD(irq_flags_fn, flags, 0, 0, irq_m_flags);
static NATIVE_METHOD(irq_trigger_fn, trigger, 0, 0, irq_m_trigger);
static const MapEntry irq_table[] = {
    METHOD_ENTRY(flags, irq_flags_fn),
    METHOD_ENTRY(trigger, irq_trigger_fn),
};
static const Dict irq_locals = DICT_CONST_INIT(irq_table);

const Type pin_irq_type = {
    .type = &type_type, .name = V_MKNAME(N_irq), .base = &object_type,
    .dict = V_FROMPTR(&irq_locals), .print = irq_print,
};

/* ---------------- Timer ---------------- */

enum { TIMER_ONE_SHOT = 0, TIMER_PERIODIC = 1 };

typedef struct {
    Object base;
    int32_t slot;            /* -1: not armed */
    uint32_t mode;
    uint32_t period_us;
    Value callback;          /* None or a callable */
} TimerObj;

extern const Type timer_type;

static void timer_stop(TimerObj *t) {
    if (t->slot < 0) return;
    port_timer_stop(t->slot);
    drop_events(PM_SRC_TIMER((unsigned)t->slot));
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
    check_callable(cb, "timer callback");
    timer_stop(t);
    MachineState *s = state();
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

/* ---------------- dispatching events ---------------- */

static void dispatch(unsigned src, unsigned n, unsigned flags) {
    MachineState *s = vm.machine_state;
    if (!s) return;
    if (src < PM_NPINS) {
        Value h = s->pin_handler[src];
        if (!h) return;
        s->pin_flags[src] = (uint8_t)flags;
        for (unsigned i = 0; i < n && s->pin_handler[src] == h; i++) obj_call1(h, V_FROMPTR(&pins[src]));
        return;
    }
    unsigned slot = src - PM_NPINS;
    Value tv = s->timer[slot];
    if (!tv) return;
    TimerObj *t = V_PTR(tv);
    if (t->mode == TIMER_ONE_SHOT) {
        s->timer[slot] = V_NULL;   /* the port stopped it; the slot is free for another */
        t->slot = -1;
        n = 1;
    }
    Value cb = t->callback;
    if (cb == V_NONE) return;
    for (unsigned i = 0; i < n; i++) {
        obj_call1(cb, tv);
        if (t->slot != (int32_t)slot && t->mode == TIMER_PERIODIC) break;   /* deinit() by the callback */
    }
}

/* ---------------- PWM (software, on any pin) ---------------- */

typedef struct {
    Object base;
    uint32_t pin;
} PwmObj;

extern const Type pwm_type;

#define PWM_DEFAULT_FREQ 500
#define PWM_DEFAULT_DUTY 512

static void pwm_apply(int pin, Value freq, Value duty) {
    MachineState *s = state();
    uint32_t f = s->pwm_freq[pin] ? s->pwm_freq[pin] : PWM_DEFAULT_FREQ;
    uint32_t d = s->pwm_freq[pin] ? s->pwm_duty[pin] : PWM_DEFAULT_DUTY;
    if (given(freq)) {
        Int v = obj_get_int(freq);
        if (v < 1 || v > 1000) exc_raise_msg(&exc_ValueError, "PWM freq out of range (1-1000 Hz): %D", v);
        f = (uint32_t)v;
    }
    if (given(duty)) {
        Int v = obj_get_int(duty);
        if (v < 0 || v > 1023) exc_raise_msg(&exc_ValueError, "PWM duty out of range (0-1023): %D", v);
        d = (uint32_t)v;
    }
    if (!s->pwm_freq[pin]) set_mode(pin, PM_OUT, -1);
    if (!port_pwm_set(pin, f, d)) exc_raise_msg(&exc_ValueError, "too many PWM pins (max %d)", PM_NPWM);
    s->pwm_freq[pin] = (uint16_t)f;
    s->pwm_duty[pin] = (uint16_t)d;
}

static const uint16_t pwm_names[] = {N_freq, N_duty};

static Value pwm_make_new(const Type *t, Value *args, int nargs, Value kw) {
    (void)t;
    static const uint16_t names[] = {N_pin, N_freq, N_duty};
    Value a[3];
    arg_parse("PWM", args, nargs, kw, 3, names, 3, a);
    if (!a[0]) exc_raise_msg(&exc_TypeError, "PWM() missing required argument 'pin' (pos 1)");
    int pin = pin_id(a[0]);
    pwm_apply(pin, a[1], a[2]);
    PwmObj *p = gc_alloc(sizeof(PwmObj), GC_LEAF);
    p->base.type = &pwm_type;
    p->pin = (uint32_t)pin;
    return V_FROMPTR(p);
}

static int pwm_pin(Value self) { return (int)((const PwmObj *)V_PTR(self))->pin; }

static Value pwm_m_init(Value *a, int n, Value kw) {
    Value o[2];
    arg_parse("init", a + 1, n - 1, kw, 2, pwm_names, 2, o);
    pwm_apply(pwm_pin(a[0]), o[0], o[1]);
    return V_NONE;
}

static Value pwm_m_deinit(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    int pin = pwm_pin(a[0]);
    MachineState *s = state();
    if (s->pwm_freq[pin]) {
        port_pwm_set(pin, 0, 0);
        s->pwm_freq[pin] = 0;
    }
    return V_NONE;
}

static Value pwm_m_freq(Value *a, int n, Value kw) {
    (void)kw;
    int pin = pwm_pin(a[0]);
    if (n == 1) return V_MKINT(state()->pwm_freq[pin]);
    pwm_apply(pin, a[1], V_NULL);
    return V_NONE;
}

static Value pwm_m_duty(Value *a, int n, Value kw) {
    (void)kw;
    int pin = pwm_pin(a[0]);
    if (n == 1) {
        return V_MKINT(state()->pwm_duty[pin]);
    }
    pwm_apply(pin, V_NULL, a[1]);
    return V_NONE;
}

static void pwm_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    int pin = pwm_pin(self);
    MachineState *s = vm.machine_state;
    if (!s || !s->pwm_freq[pin]) print_fmt(p, "PWM(%d)", pin);
    else print_fmt(p, "PWM(%d, freq=%u, duty=%u)", pin, (unsigned)s->pwm_freq[pin], (unsigned)s->pwm_duty[pin]);
}

static NATIVE_METHOD_KW(pwm_init_fn, init, 0, 2, pwm_m_init);
static NATIVE_METHOD(pwm_deinit_fn, deinit, 0, 0, pwm_m_deinit);
static NATIVE_METHOD(pwm_freq_fn, freq, 0, 1, pwm_m_freq);
static NATIVE_METHOD(pwm_duty_fn, duty, 0, 1, pwm_m_duty);

static const MapEntry pwm_table[] = {
    METHOD_ENTRY(deinit, pwm_deinit_fn),
    METHOD_ENTRY(duty, pwm_duty_fn),
    METHOD_ENTRY(freq, pwm_freq_fn),
    METHOD_ENTRY(init, pwm_init_fn),
};
static const Dict pwm_locals = DICT_CONST_INIT(pwm_table);

const Type pwm_type = {
    .type = &type_type, .name = V_MKNAME(N_PWM), .base = &object_type,
    .dict = V_FROMPTR(&pwm_locals), .print = pwm_print, .make_new = pwm_make_new,
};

/* ---------------- SoftI2C (bit-banged, open-drain lines) ---------------- */

typedef struct {
    Object base;
    uint32_t scl, sda;
    uint32_t delay_us;       /* half a clock period */
    uint32_t timeout_us;     /* how long a slave may hold SCL low (clock stretching) */
    uint32_t freq;
} I2CObj;

extern const Type softi2c_type;

static void i2c_delay(const I2CObj *i) { port_delay_us(i->delay_us); }

/* Let SCL go high and wait while a slave stretches the clock: 0, or PM_ETIMEDOUT. */
static int scl_release(const I2CObj *i) {
    port_pin_write((int)i->scl, 1);
    i2c_delay(i);
    if (port_pin_read((int)i->scl)) return 0;
    uint64_t start = port_machine_ticks_us();
    while (!port_pin_read((int)i->scl))
        if (port_machine_ticks_us() - start >= i->timeout_us) return PM_ETIMEDOUT;
    return 0;
}

static void scl_low(const I2CObj *i) { port_pin_write((int)i->scl, 0); }
static void sda_set(const I2CObj *i, int v) { port_pin_write((int)i->sda, v); }

/* START (or a repeated START): SDA falls while SCL is high; then SCL low, ready for data. */
static int i2c_start(const I2CObj *i) {
    sda_set(i, 1);
    i2c_delay(i);
    int err = scl_release(i);
    sda_set(i, 0);
    i2c_delay(i);
    scl_low(i);
    return err;
}

static int i2c_stop(const I2CObj *i) {
    i2c_delay(i);
    sda_set(i, 0);
    i2c_delay(i);
    int err = scl_release(i);
    sda_set(i, 1);
    i2c_delay(i);
    return err;
}

/* Sends a byte: 1 = ACK, 0 = NACK, negative = -errno. */
static int i2c_write_byte(const I2CObj *i, uint32_t b) {
    for (int bit = 7; bit >= 0; bit--) {
        sda_set(i, (b >> bit) & 1);
        i2c_delay(i);
        int err = scl_release(i);
        if (err) return -err;
        scl_low(i);
    }
    sda_set(i, 1);
    i2c_delay(i);
    int err = scl_release(i);
    if (err) return -err;
    int ack = !port_pin_read((int)i->sda);
    i2c_delay(i);
    scl_low(i);
    return ack;
}

/* Receives a byte and answers ACK (or NACK for the last): 0 or -errno. */
static int i2c_read_byte(const I2CObj *i, uint8_t *out, bool nack) {
    uint32_t v = 0;
    i2c_delay(i);
    for (int bit = 0; bit < 8; bit++) {
        int err = scl_release(i);
        if (err) return -err;
        v = (v << 1) | (uint32_t)port_pin_read((int)i->sda);
        scl_low(i);
        i2c_delay(i);
    }
    *out = (uint8_t)v;
    sda_set(i, nack);
    i2c_delay(i);
    int err = scl_release(i);
    if (err) return -err;
    i2c_delay(i);
    scl_low(i);
    sda_set(i, 1);
    return 0;
}

static ES_NORETURN void i2c_fail(const I2CObj *i, int err) {
    i2c_stop(i);
    exc_raise_oserror(err);
}

static void i2c_check(const I2CObj *i, int r) {
    if (r < 0) i2c_fail(i, -r);
}

static uint32_t i2c_addr(Value v) {
    Int a = obj_get_int(v);
    if (a < 0 || a > 127) exc_raise_msg(&exc_ValueError, "I2C address out of range (0-127): %D", a);
    return (uint32_t)a;
}

/* START, address + write, then the bytes of up to two buffers until a NACK; STOP if asked.
 * Returns the number of data bytes ACKed; OSError(ENODEV) if the address is not answered. */
static Int i2c_write_to(const I2CObj *i, uint32_t addr, const uint8_t *b1, size_t n1, const uint8_t *b2, size_t n2,
                        bool stop) {
    i2c_check(i, -i2c_start(i));
    int r = i2c_write_byte(i, addr << 1);
    i2c_check(i, r);
    if (r == 0) i2c_fail(i, ENODEV);
    Int acks = 0;
    for (size_t k = 0; k < n1 + n2; k++) {
        r = i2c_write_byte(i, k < n1 ? b1[k] : b2[k - n1]);
        i2c_check(i, r);
        if (r == 0) break;
        acks++;
    }
    if (stop) i2c_check(i, -i2c_stop(i));
    return acks;
}

static void i2c_read_from(const I2CObj *i, uint32_t addr, uint8_t *buf, size_t n, bool stop) {
    i2c_check(i, -i2c_start(i));
    int r = i2c_write_byte(i, (addr << 1) | 1);
    i2c_check(i, r);
    if (r == 0) i2c_fail(i, ENODEV);
    for (size_t k = 0; k < n; k++) i2c_check(i, i2c_read_byte(i, &buf[k], k + 1 == n));
    if (stop) i2c_check(i, -i2c_stop(i));
}

static void i2c_setup(I2CObj *i, Value *a) {
    if (!a[0] || !a[1]) exc_raise_msg(&exc_TypeError, "SoftI2C() needs the scl and sda pins");
    int scl = pin_id(a[0]), sda = pin_id(a[1]);
    if (scl == sda) exc_raise_msg(&exc_ValueError, "scl and sda must be different pins");
    Int freq = a[2] ? obj_get_int(a[2]) : 400000;
    if (freq <= 0 || freq > 1000000) exc_raise_msg(&exc_ValueError, "I2C freq out of range: %D", freq);
    Int timeout = a[3] ? obj_get_int(a[3]) : 50000;
    if (timeout < 0) exc_raise_msg(&exc_ValueError, "timeout must be non-negative");
    i->scl = (uint32_t)scl;
    i->sda = (uint32_t)sda;
    i->freq = (uint32_t)freq;
    i->delay_us = 500000u / (uint32_t)freq;
    i->timeout_us = (uint32_t)timeout;
    port_pin_write(scl, 1);
    port_pin_write(sda, 1);
    set_mode(scl, PM_OPEN_DRAIN, PM_PULL_UP);
    set_mode(sda, PM_OPEN_DRAIN, PM_PULL_UP);
}

static const uint16_t i2c_names[] = {N_scl, N_sda, N_freq, N_timeout};

static Value i2c_make_new(const Type *t, Value *args, int nargs, Value kw) {
    (void)t;
    Value a[4];
    arg_parse("SoftI2C", args, nargs, kw, 2, i2c_names, 4, a);
    I2CObj *i = gc_alloc(sizeof(I2CObj), GC_LEAF);
    i->base.type = &softi2c_type;
    i2c_setup(i, a);
    return V_FROMPTR(i);
}

#define I2C_SELF const I2CObj *i = V_PTR(a[0])

static Value i2c_m_init(Value *a, int n, Value kw) {
    Value o[4];
    arg_parse("init", a + 1, n - 1, kw, 2, i2c_names, 4, o);
    i2c_setup(V_PTR(a[0]), o);
    return V_NONE;
}

static Value i2c_m_scan(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    I2C_SELF;
    Value found = list_new(0);
    for (uint32_t addr = 0x08; addr < 0x78; addr++) {
        i2c_check(i, -i2c_start(i));
        int r = i2c_write_byte(i, addr << 1);
        i2c_check(i, r);
        i2c_check(i, -i2c_stop(i));
        if (r) list_append(found, V_MKINT(addr));
    }
    return found;
}

static Value i2c_m_start(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    I2C_SELF;
    int err = i2c_start(i);
    if (err) exc_raise_oserror(err);
    return V_NONE;
}

static Value i2c_m_stop(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    I2C_SELF;
    int err = i2c_stop(i);
    if (err) exc_raise_oserror(err);
    return V_NONE;
}

static Value i2c_m_readinto(Value *a, int n, Value kw) {
    (void)kw;
    I2C_SELF;
    size_t len;
    uint8_t *buf = bytes_writable_arg(a[1], &len);
    bool nack = n > 2 ? obj_truthy(a[2]) : true;
    for (size_t k = 0; k < len; k++) {
        int r = i2c_read_byte(i, &buf[k], nack && k + 1 == len);
        if (r) exc_raise_oserror(-r);
    }
    return V_NONE;
}

static Value i2c_m_write(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    I2C_SELF;
    size_t len;
    const uint8_t *buf = bytes_arg(a[1], &len);
    Int acks = 0;
    for (size_t k = 0; k < len; k++) {
        int r = i2c_write_byte(i, buf[k]);
        if (r < 0) exc_raise_oserror(-r);
        if (r == 0) break;
        acks++;
    }
    return V_MKINT(acks);
}

static bool stop_arg(Value v) { return v ? obj_truthy(v) : true; }

static ES_NORETURN void missing(const char *fname) {
    exc_raise_msg(&exc_TypeError, "%s() missing required arguments", fname);
}

static Value i2c_m_readfrom(Value *a, int n, Value kw) {
    static const uint16_t names[] = {N_addr, N_nbytes, N_stop};
    Value o[3];
    arg_parse("readfrom", a + 1, n - 1, kw, 3, names, 3, o);
    if (!o[0] || !o[1]) missing("readfrom");
    I2C_SELF;
    uint32_t addr = i2c_addr(o[0]);
    Int nb = obj_get_int(o[1]);
    if (nb < 0) exc_raise_msg(&exc_ValueError, "negative byte count");
    Value b = bytes_alloc((size_t)nb);
    i2c_read_from(i, addr, (uint8_t *)((Bytes *)V_PTR(b))->data, (size_t)nb, stop_arg(o[2]));
    return b;
}

static Value i2c_m_readfrom_into(Value *a, int n, Value kw) {
    static const uint16_t names[] = {N_addr, N_buf, N_stop};
    Value o[3];
    arg_parse("readfrom_into", a + 1, n - 1, kw, 3, names, 3, o);
    if (!o[0] || !o[1]) missing("readfrom_into");
    I2C_SELF;
    size_t len;
    uint8_t *buf = bytes_writable_arg(o[1], &len);
    i2c_read_from(i, i2c_addr(o[0]), buf, len, stop_arg(o[2]));
    return V_NONE;
}

static Value i2c_m_writeto(Value *a, int n, Value kw) {
    static const uint16_t names[] = {N_addr, N_buf, N_stop};
    Value o[3];
    arg_parse("writeto", a + 1, n - 1, kw, 3, names, 3, o);
    if (!o[0] || !o[1]) missing("writeto");
    I2C_SELF;
    size_t len;
    const uint8_t *buf = bytes_arg(o[1], &len);
    return V_MKINT(i2c_write_to(i, i2c_addr(o[0]), buf, len, NULL, 0, stop_arg(o[2])));
}

static Value i2c_m_writevto(Value *a, int n, Value kw) {
    static const uint16_t names[] = {N_addr, N_vector, N_stop};
    Value o[3];
    arg_parse("writevto", a + 1, n - 1, kw, 3, names, 3, o);
    if (!o[0] || !o[1]) missing("writevto");
    I2C_SELF;
    uint32_t addr = i2c_addr(o[0]);
    Value parts = tuple_from_iter(o[1]);
    i2c_check(i, -i2c_start(i));
    int r = i2c_write_byte(i, addr << 1);
    i2c_check(i, r);
    if (r == 0) i2c_fail(i, ENODEV);
    Int acks = 0;
    for (size_t p = 0; p < tuple_len(parts) && r; p++) {
        size_t len;
        const uint8_t *buf = bytes_arg(tuple_items(parts)[p], &len);
        for (size_t k = 0; k < len; k++) {
            r = i2c_write_byte(i, buf[k]);
            i2c_check(i, r);
            if (r == 0) break;
            acks++;
        }
    }
    if (stop_arg(o[2])) i2c_check(i, -i2c_stop(i));
    return V_MKINT(acks);
}

/* The memory address of the *_mem methods, most significant byte first. */
static size_t mem_addr(Value memaddr, Value addrsize, uint8_t out[4]) {
    Int bits = addrsize ? obj_get_int(addrsize) : 8;
    if (bits != 8 && bits != 16 && bits != 24 && bits != 32) exc_raise_msg(&exc_ValueError, "addrsize must be 8, 16, 24 or 32");
    UInt m = (UInt)obj_get_int(memaddr);
    size_t nb = (size_t)bits / 8;
    for (size_t k = 0; k < nb; k++) out[k] = (uint8_t)(m >> (8 * (nb - 1 - k)));
    return nb;
}

static const uint16_t i2c_mem_names[] = {N_addr, N_memaddr, N_nbytes, N_addrsize};

static void i2c_read_mem(const I2CObj *i, Value *o, uint8_t *buf, size_t n) {
    uint8_t ma[4];
    size_t nm = mem_addr(o[1], o[3], ma);
    uint32_t addr = i2c_addr(o[0]);
    if (i2c_write_to(i, addr, ma, nm, NULL, 0, false) != (Int)nm) i2c_fail(i, ENODEV);
    i2c_read_from(i, addr, buf, n, true);
}

static Value i2c_m_readfrom_mem(Value *a, int n, Value kw) {
    Value o[4];
    arg_parse("readfrom_mem", a + 1, n - 1, kw, 3, i2c_mem_names, 4, o);
    if (!o[0] || !o[1] || !o[2]) missing("readfrom_mem");
    Int nb = obj_get_int(o[2]);
    if (nb < 0) exc_raise_msg(&exc_ValueError, "negative byte count");
    Value b = bytes_alloc((size_t)nb);
    i2c_read_mem(V_PTR(a[0]), o, (uint8_t *)((Bytes *)V_PTR(b))->data, (size_t)nb);
    return b;
}

static Value i2c_m_readfrom_mem_into(Value *a, int n, Value kw) {
    static const uint16_t names[] = {N_addr, N_memaddr, N_buf, N_addrsize};
    Value o[4];
    arg_parse("readfrom_mem_into", a + 1, n - 1, kw, 3, names, 4, o);
    if (!o[0] || !o[1] || !o[2]) missing("readfrom_mem_into");
    size_t len;
    uint8_t *buf = bytes_writable_arg(o[2], &len);
    i2c_read_mem(V_PTR(a[0]), o, buf, len);
    return V_NONE;
}

static Value i2c_m_writeto_mem(Value *a, int n, Value kw) {
    static const uint16_t names[] = {N_addr, N_memaddr, N_buf, N_addrsize};
    Value o[4];
    arg_parse("writeto_mem", a + 1, n - 1, kw, 3, names, 4, o);
    if (!o[0] || !o[1] || !o[2]) missing("writeto_mem");
    I2C_SELF;
    uint8_t ma[4];
    size_t nm = mem_addr(o[1], o[3], ma);
    size_t len;
    const uint8_t *buf = bytes_arg(o[2], &len);
    i2c_write_to(i, i2c_addr(o[0]), ma, nm, buf, len, true);
    return V_NONE;
}

static void i2c_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    const I2CObj *i = V_PTR(self);
    print_fmt(p, "SoftI2C(scl=%u, sda=%u, freq=%u)", (unsigned)i->scl, (unsigned)i->sda, (unsigned)i->freq);
}

static NATIVE_METHOD_KW(i2c_init_fn, init, 0, 2, i2c_m_init);
static NATIVE_METHOD(i2c_scan_fn, scan, 0, 0, i2c_m_scan);
static NATIVE_METHOD(i2c_start_fn, start, 0, 0, i2c_m_start);
static NATIVE_METHOD(i2c_stop_fn, stop, 0, 0, i2c_m_stop);
static NATIVE_METHOD(i2c_readinto_fn, readinto, 1, 2, i2c_m_readinto);
static NATIVE_METHOD(i2c_write_fn, write, 1, 1, i2c_m_write);
static NATIVE_METHOD_KW(i2c_readfrom_fn, readfrom, 0, 3, i2c_m_readfrom);
static NATIVE_METHOD_KW(i2c_readfrom_into_fn, readfrom_into, 0, 3, i2c_m_readfrom_into);
static NATIVE_METHOD_KW(i2c_writeto_fn, writeto, 0, 3, i2c_m_writeto);
static NATIVE_METHOD_KW(i2c_writevto_fn, writevto, 0, 3, i2c_m_writevto);
static NATIVE_METHOD_KW(i2c_readfrom_mem_fn, readfrom_mem, 0, 3, i2c_m_readfrom_mem);
static NATIVE_METHOD_KW(i2c_readfrom_mem_into_fn, readfrom_mem_into, 0, 3, i2c_m_readfrom_mem_into);
static NATIVE_METHOD_KW(i2c_writeto_mem_fn, writeto_mem, 0, 3, i2c_m_writeto_mem);

static const MapEntry i2c_table[] = {
    METHOD_ENTRY(init, i2c_init_fn),
    METHOD_ENTRY(readfrom, i2c_readfrom_fn),
    METHOD_ENTRY(readfrom_into, i2c_readfrom_into_fn),
    METHOD_ENTRY(readfrom_mem, i2c_readfrom_mem_fn),
    METHOD_ENTRY(readfrom_mem_into, i2c_readfrom_mem_into_fn),
    METHOD_ENTRY(readinto, i2c_readinto_fn),
    METHOD_ENTRY(scan, i2c_scan_fn),
    METHOD_ENTRY(start, i2c_start_fn),
    METHOD_ENTRY(stop, i2c_stop_fn),
    METHOD_ENTRY(write, i2c_write_fn),
    METHOD_ENTRY(writeto, i2c_writeto_fn),
    METHOD_ENTRY(writeto_mem, i2c_writeto_mem_fn),
    METHOD_ENTRY(writevto, i2c_writevto_fn),
};
static const Dict i2c_locals = DICT_CONST_INIT(i2c_table);

const Type softi2c_type = {
    .type = &type_type, .name = V_MKNAME(N_SoftI2C), .base = &object_type,
    .dict = V_FROMPTR(&i2c_locals), .print = i2c_print, .make_new = i2c_make_new,
};

/* ---------------- SoftSPI (bit-banged) ---------------- */

typedef struct {
    Object base;
    uint32_t baudrate, delay_us;
    uint8_t sck, mosi, miso, polarity, phase, firstbit;
} SpiObj;

extern const Type softspi_type;

enum { SPI_MSB = 0, SPI_LSB = 1 };

static const uint16_t spi_names[] = {N_baudrate, N_polarity, N_phase, N_bits, N_firstbit, N_sck, N_mosi, N_miso};

/* SoftSPI(baudrate=500000, *, polarity=0, phase=0, bits=8, firstbit=MSB, sck, mosi, miso);
 * init() changes only what it is given (a new object starts from zeros). */
static void spi_setup(SpiObj *s, Value *a) {
    bool fresh = !s->baudrate;
    if (fresh && (!a[5] || !a[6] || !a[7])) exc_raise_msg(&exc_ValueError, "must specify all of sck/mosi/miso");
    if (a[0] || fresh) {
        Int baud = a[0] ? obj_get_int(a[0]) : 500000;
        if (baud <= 0) exc_raise_msg(&exc_ValueError, "SPI baudrate must be positive");
        s->baudrate = (uint32_t)baud;
        s->delay_us = 500000u / (uint32_t)baud;
    }
    static const char *const what[3] = {"SPI polarity", "SPI phase", "SPI firstbit"};
    uint8_t *field[3] = {&s->polarity, &s->phase, &s->firstbit};
    for (int k = 0; k < 3; k++) {
        Value v = a[k == 2 ? 4 : k + 1];
        if (!v) continue;
        Int x = obj_get_int(v);
        if (x < 0 || x > 1) exc_raise_msg(&exc_ValueError, "invalid %s: %D", what[k], x);
        *field[k] = (uint8_t)x;
    }
    if (a[3] && obj_get_int(a[3]) != 8) exc_raise_msg(&exc_ValueError, "SPI bits must be 8");
    if (a[5]) s->sck = (uint8_t)pin_id(a[5]);
    if (a[6]) s->mosi = (uint8_t)pin_id(a[6]);
    if (a[7]) s->miso = (uint8_t)pin_id(a[7]);
    port_pin_write(s->sck, s->polarity);
    set_mode(s->sck, PM_OUT, -1);
    set_mode(s->mosi, PM_OUT, -1);
    set_mode(s->miso, PM_IN, -1);
}

static Value spi_make_new(const Type *t, Value *args, int nargs, Value kw) {
    (void)t;
    Value a[8];
    arg_parse("SoftSPI", args, nargs, kw, 1, spi_names, 8, a);
    SpiObj *s = gc_alloc(sizeof(SpiObj), GC_LEAF);
    s->base.type = &softspi_type;
    spi_setup(s, a);
    return V_FROMPTR(s);
}

/* One byte out and in, in the mode's clock phase: CPHA 0 samples on the leading edge, CPHA 1 on
 * the trailing edge. */
static uint8_t spi_byte(const SpiObj *s, uint8_t out) {
    uint32_t in = 0;
    int idle = s->polarity, active = !idle;
    for (int k = 0; k < 8; k++) {
        int shift = s->firstbit == SPI_MSB ? 7 - k : k;
        if (s->phase) port_pin_write(s->sck, active);
        port_pin_write(s->mosi, (out >> shift) & 1);
        port_delay_us(s->delay_us);
        port_pin_write(s->sck, s->phase ? idle : active);
        in |= (uint32_t)port_pin_read(s->miso) << shift;
        port_delay_us(s->delay_us);
        if (!s->phase) port_pin_write(s->sck, idle);
    }
    return (uint8_t)in;
}

static void spi_transfer(const SpiObj *s, const uint8_t *src, uint8_t fill, uint8_t *dst, size_t n) {
    for (size_t k = 0; k < n; k++) {
        uint8_t in = spi_byte(s, src ? src[k] : fill);
        if (dst) dst[k] = in;
    }
}

static uint8_t fill_arg(Value v) { return v ? (uint8_t)obj_get_int(v) : 0; }

static Value spi_m_init(Value *a, int n, Value kw) {
    Value o[8];
    arg_parse("init", a + 1, n - 1, kw, 1, spi_names, 8, o);
    spi_setup(V_PTR(a[0]), o);
    return V_NONE;
}

static Value spi_m_deinit(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; return V_NONE; }

static Value spi_m_read(Value *a, int n, Value kw) {
    (void)kw;
    Int nb = obj_get_int(a[1]);
    if (nb < 0) exc_raise_msg(&exc_ValueError, "negative byte count");
    Value b = bytes_alloc((size_t)nb);
    spi_transfer(V_PTR(a[0]), NULL, fill_arg(n > 2 ? a[2] : V_NULL), (uint8_t *)((Bytes *)V_PTR(b))->data, (size_t)nb);
    return b;
}

static Value spi_m_readinto(Value *a, int n, Value kw) {
    (void)kw;
    size_t len;
    uint8_t *buf = bytes_writable_arg(a[1], &len);
    spi_transfer(V_PTR(a[0]), NULL, fill_arg(n > 2 ? a[2] : V_NULL), buf, len);
    return V_NONE;
}

static Value spi_m_write(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    size_t len;
    const uint8_t *buf = bytes_arg(a[1], &len);
    spi_transfer(V_PTR(a[0]), buf, 0, NULL, len);
    return V_NONE;
}

static Value spi_m_write_readinto(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    size_t wl, rl;
    const uint8_t *w = bytes_arg(a[1], &wl);
    uint8_t *r = bytes_writable_arg(a[2], &rl);
    if (wl != rl) exc_raise_msg(&exc_ValueError, "buffers must be the same length");
    spi_transfer(V_PTR(a[0]), w, 0, r, wl);
    return V_NONE;
}

static void spi_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    const SpiObj *s = V_PTR(self);
    print_fmt(p, "SoftSPI(baudrate=%u, polarity=%d, phase=%d, sck=%d, mosi=%d, miso=%d)", (unsigned)s->baudrate,
              s->polarity, s->phase, s->sck, s->mosi, s->miso);
}

static NATIVE_METHOD_KW(spi_init_fn, init, 0, 1, spi_m_init);
static NATIVE_METHOD(spi_deinit_fn, deinit, 0, 0, spi_m_deinit);
static NATIVE_METHOD(spi_read_fn, read, 1, 2, spi_m_read);
static NATIVE_METHOD(spi_readinto_fn, readinto, 1, 2, spi_m_readinto);
static NATIVE_METHOD(spi_write_fn, write, 1, 1, spi_m_write);
static NATIVE_METHOD(spi_write_readinto_fn, write_readinto, 2, 2, spi_m_write_readinto);

static const MapEntry spi_table[] = {
    {V_MKNAME(N_LSB), V_MKINT(SPI_LSB)},
    {V_MKNAME(N_MSB), V_MKINT(SPI_MSB)},
    METHOD_ENTRY(deinit, spi_deinit_fn),
    METHOD_ENTRY(init, spi_init_fn),
    METHOD_ENTRY(read, spi_read_fn),
    METHOD_ENTRY(readinto, spi_readinto_fn),
    METHOD_ENTRY(write, spi_write_fn),
    METHOD_ENTRY(write_readinto, spi_write_readinto_fn),
};
static const Dict spi_locals = DICT_CONST_INIT(spi_table);

const Type softspi_type = {
    .type = &type_type, .name = V_MKNAME(N_SoftSPI), .base = &object_type,
    .dict = V_FROMPTR(&spi_locals), .print = spi_print, .make_new = spi_make_new,
};

/* ---------------- UART(0) ---------------- */

extern const Type uart_type;
static const Object uart0 = {&uart_type};
static uint32_t uart_timeout_ms;

static const uint16_t uart_names[] = {N_baudrate, N_bits, N_parity, N_stop, N_timeout};

static void uart_setup(Value *a) {
    if (a[0]) {
        Int b = obj_get_int(a[0]);
        if (b <= 0 || !port_uart_set_baudrate((uint32_t)b)) exc_raise_msg(&exc_ValueError, "invalid baudrate: %D", b);
    }
    if ((a[1] && obj_get_int(a[1]) != 8) || (a[2] && a[2] != V_NONE) || (a[3] && obj_get_int(a[3]) != 1))
        exc_raise_msg(&exc_ValueError, "UART(0) supports only 8N1");
    if (a[4]) {
        Int t = obj_get_int(a[4]);
        if (t < 0) exc_raise_msg(&exc_ValueError, "timeout must be non-negative");
        uart_timeout_ms = (uint32_t)t;
    }
}

static Value uart_make_new(const Type *t, Value *args, int nargs, Value kw) {
    (void)t;
    if (nargs < 1) exc_raise_msg(&exc_TypeError, "UART() missing required argument 'id' (pos 1)");
    Int id = obj_get_int(args[0]);
    if (id != 0) exc_raise_msg(&exc_ValueError, "UART(%D) doesn't exist", id);
    Value a[5];
    arg_parse("UART", args + 1, nargs - 1, kw, 5, uart_names, 5, a);
    uart_setup(a);
    return V_FROMPTR(&uart0);
}

static Value uart_m_init(Value *a, int n, Value kw) {
    Value o[5];
    arg_parse("init", a + 1, n - 1, kw, 5, uart_names, 5, o);
    uart_setup(o);
    return V_NONE;
}

static Value uart_m_deinit(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; return V_NONE; }

/* Waits up to the timeout for a first byte; true if one is there. */
static bool uart_wait(void) {
    if (port_uart_any()) return true;
    uint64_t start = port_machine_ticks_us();
    while (port_machine_ticks_us() - start < (uint64_t)uart_timeout_ms * 1000u) {
        if (vm.pending) vm_handle_pending();
        if (port_uart_any()) return true;
        port_idle();
    }
    return false;
}

static Value uart_m_any(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; return V_MKINT((Int)port_uart_any()); }

static Value uart_m_read(Value *a, int n, Value kw) {
    (void)kw;
    Int want = n > 1 && a[1] != V_NONE ? obj_get_int(a[1]) : -1;
    if (!uart_wait()) return V_NONE;
    size_t avail = port_uart_any();
    size_t len = want < 0 || (size_t)want > avail ? avail : (size_t)want;
    Value b = bytes_alloc(len);
    port_uart_read((uint8_t *)((Bytes *)V_PTR(b))->data, len);
    return b;
}



static Value uart_m_write(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    size_t len;
    const uint8_t *buf = str_is(a[1]) ? (const uint8_t *)str_data(a[1], &len) : bytes_arg(a[1], &len);
    port_uart_write(buf, len);
    return V_MKINT((Int)len);
}

static void uart_print(Value self, Print *p, PrintKind kind) {
    (void)self; (void)kind;
    print_fmt(p, "UART(0, baudrate=%u, bits=8, parity=None, stop=1, timeout=%u)", (unsigned)port_uart_baudrate(),
              (unsigned)uart_timeout_ms);
}

static NATIVE_METHOD_KW(uart_init_fn, init, 0, 5, uart_m_init);
static NATIVE_METHOD(uart_deinit_fn, deinit, 0, 0, uart_m_deinit);
static NATIVE_METHOD(uart_any_fn, any, 0, 0, uart_m_any);
static NATIVE_METHOD(uart_read_fn, read, 0, 1, uart_m_read);
static NATIVE_METHOD(uart_write_fn, write, 1, 1, uart_m_write);

static const MapEntry uart_table[] = {
    METHOD_ENTRY(any, uart_any_fn),
    METHOD_ENTRY(deinit, uart_deinit_fn),
    METHOD_ENTRY(init, uart_init_fn),
    METHOD_ENTRY(read, uart_read_fn),
    METHOD_ENTRY(write, uart_write_fn),
};
static const Dict uart_locals = DICT_CONST_INIT(uart_table);

const Type uart_type = {
    .type = &type_type, .name = V_MKNAME(N_UART), .base = &object_type,
    .dict = V_FROMPTR(&uart_locals), .print = uart_print, .make_new = uart_make_new,
};

/* ---------------- WDT ---------------- */

extern const Type wdt_type;
static const Object wdt0 = {&wdt_type};

static Value wdt_make_new(const Type *t, Value *args, int nargs, Value kw) {
    (void)t;
    static const uint16_t names[] = {N_id, N_timeout};
    Value a[2];
    arg_parse("WDT", args, nargs, kw, 2, names, 2, a);
    Int id = a[0] ? obj_get_int(a[0]) : 0;
    if (id != 0) exc_raise_msg(&exc_ValueError, "WDT(%D) doesn't exist", id);
    Int ms = a[1] ? obj_get_int(a[1]) : 5000;
    if (ms < 1 || ms > 3600000) exc_raise_msg(&exc_ValueError, "WDT timeout out of range: %D", ms);
    port_wdt_start((uint32_t)ms);
    return V_FROMPTR(&wdt0);
}

static Value wdt_m_feed(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; port_wdt_feed(); return V_NONE; }

static NATIVE_METHOD(wdt_feed_fn, feed, 0, 0, wdt_m_feed);
static const MapEntry wdt_table[] = {
    METHOD_ENTRY(feed, wdt_feed_fn),
};
static const Dict wdt_locals = DICT_CONST_INIT(wdt_table);

const Type wdt_type = {
    .type = &type_type, .name = V_MKNAME(N_WDT), .base = &object_type,
    .dict = V_FROMPTR(&wdt_locals), .make_new = wdt_make_new,
};

/* ---------------- RTC ---------------- */

extern const Type rtc_type;
static const Object rtc0 = {&rtc_type};

static Value rtc_make_new(const Type *t, Value *args, int nargs, Value kw) {
    (void)t;
    arg_check_no_kw("RTC", kw);
    if (nargs > 1) exc_raise_msg(&exc_TypeError, "RTC() takes at most 1 argument (%d given)", nargs);
    if (nargs == 1 && obj_get_int(args[0]) != 0) exc_raise_msg(&exc_ValueError, "RTC(%D) doesn't exist", obj_get_int(args[0]));
    return V_FROMPTR(&rtc0);
}

static Value time_fn(uint16_t name) {
    return obj_getattr(builtin_module_find(V_MKNAME(N_time)), V_MKNAME(name));
}

/* RTC.datetime([(year, month, day, weekday, hours, minutes, seconds, subseconds)]): weekday 0 is
 * Monday, subseconds are milliseconds (set: the weekday is ignored). */
static Value rtc_m_datetime(Value *a, int n, Value kw) {
    (void)kw;
    if (n == 1) {
        double t = port_rtc_time();
        double whole = (double)(int64_t)t;
        if (whole > t) whole -= 1;
        Value tm = obj_call1(time_fn(N_gmtime), int_from_double(whole));
        Value *f = tuple_items(tm);
        Int ms = (Int)((t - whole) * 1000);
        if (ms > 999) ms = 999;
        Value out[8] = {f[0], f[1], f[2], f[6], f[3], f[4], f[5], V_MKINT(ms)};
        return tuple_from_array(out, 8);
    }
    Value tup = tuple_from_iter(a[1]);
    size_t len = tuple_len(tup);
    if (len < 7 || len > 8) exc_raise_msg(&exc_ValueError, "datetime needs a tuple of 7 or 8 ints");
    Value *f = tuple_items(tup);
    for (size_t k = 0; k < len; k++) obj_get_int(f[k]);
    Value tm[9] = {f[0], f[1], f[2], f[4], f[5], f[6], V_MKINT(0), V_MKINT(0), V_MKINT(0)};
    double t = obj_get_float(obj_call1(time_fn(N_mktime), tuple_from_array(tm, 9)));
    if (len == 8) t += (double)obj_get_int(f[7]) / 1000.0;
    port_rtc_set_time(t);
    return V_NONE;
}

static Value rtc_m_memory(Value *a, int n, Value kw) {
    (void)kw;
    if (n == 1) {
        uint8_t buf[PM_RTC_MEMORY_MAX];
        size_t len = port_rtc_memory_read(buf, sizeof buf);
        return bytes_new(buf, len);
    }
    size_t len;
    const uint8_t *d = str_is(a[1]) ? (const uint8_t *)str_data(a[1], &len) : bytes_arg(a[1], &len);
    if (len > PM_RTC_MEMORY_MAX) exc_raise_msg(&exc_ValueError, "RTC memory holds at most %d bytes", PM_RTC_MEMORY_MAX);
    port_rtc_memory_write(d, len);
    return V_NONE;
}

static NATIVE_METHOD(rtc_datetime_fn, datetime, 0, 1, rtc_m_datetime);
static NATIVE_METHOD(rtc_memory_fn, memory, 0, 1, rtc_m_memory);
static const MapEntry rtc_table[] = {
    METHOD_ENTRY(datetime, rtc_datetime_fn),
    METHOD_ENTRY(memory, rtc_memory_fn),
};
static const Dict rtc_locals = DICT_CONST_INIT(rtc_table);

const Type rtc_type = {
    .type = &type_type, .name = V_MKNAME(N_RTC), .base = &object_type,
    .dict = V_FROMPTR(&rtc_locals), .make_new = rtc_make_new,
};

/* ---------------- module functions ---------------- */

static Value m_freq(Value *a, int n, Value kw) {
    (void)kw;
    if (n == 0) return int_from_uint(port_cpu_freq());
    Int hz = obj_get_int(a[0]);
    if (hz <= 0 || (uint64_t)hz > 0xFFFFFFFFu || !port_set_cpu_freq((uint32_t)hz))
        exc_raise_msg(&exc_ValueError, "freq must be 80000000 or 160000000, not %D", hz);
    return V_NONE;
}

static Value m_reset(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; port_reset(); }

/* A soft reset is the end of the session: the REPL ends and a new VM starts (on the board). */
static Value m_soft_reset(Value *a, int n, Value kw) {
    (void)a; (void)n; (void)kw;
    exc_raise_type(&exc_SystemExit);
}

static Value m_reset_cause(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; return V_MKINT(port_reset_cause()); }

static Value m_unique_id(Value *a, int n, Value kw) {
    (void)a; (void)n; (void)kw;
    uint8_t id[8];
    return bytes_new(id, port_unique_id(id, sizeof id));
}

static Value m_idle(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; port_idle(); return V_NONE; }

static Value m_lightsleep(Value *a, int n, Value kw) {
    (void)kw;
    if (n == 0) {
        port_idle();
        return V_NONE;
    }
    Int ms = obj_get_int(a[0]);
    if (ms < 0) exc_raise_msg(&exc_ValueError, "sleep length must be non-negative");
    port_lightsleep_us((uint64_t)ms * 1000u);
    return V_NONE;
}

static Value m_disable_irq(Value *a, int n, Value kw) {
    (void)a; (void)n; (void)kw;
    return int_from_uint(port_irq_disable());
}

static Value m_enable_irq(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    port_irq_restore((uint32_t)obj_get_int(a[0]));
    return V_NONE;
}

static NATIVE_FN(m_freq_fn, freq, 0, 1, m_freq);
static NATIVE_FN(m_reset_fn, reset, 0, 0, m_reset);
static NATIVE_FN(m_soft_reset_fn, soft_reset, 0, 0, m_soft_reset);
static NATIVE_FN(m_reset_cause_fn, reset_cause, 0, 0, m_reset_cause);
static NATIVE_FN(m_unique_id_fn, unique_id, 0, 0, m_unique_id);
static NATIVE_FN(m_idle_fn, idle, 0, 0, m_idle);
static NATIVE_FN(m_lightsleep_fn, lightsleep, 0, 1, m_lightsleep);
static NATIVE_FN(m_disable_irq_fn, disable_irq, 0, 0, m_disable_irq);
static NATIVE_FN(m_enable_irq_fn, enable_irq, 1, 1, m_enable_irq);

static const MapEntry machine_table[] = {
    {V_MKNAME(N_DEEPSLEEP_RESET), V_MKINT(PM_DEEPSLEEP_RESET)},
    {V_MKNAME(N_HARD_RESET), V_MKINT(PM_HARD_RESET)},
    {V_MKNAME(N_I2C), V_FROMPTR(&softi2c_type)},   /* the ESP8266's I2C is software: I2C(scl=, sda=) */
    {V_MKNAME(N_PWM), V_FROMPTR(&pwm_type)},
    {V_MKNAME(N_PWRON_RESET), V_MKINT(PM_PWRON_RESET)},
    {V_MKNAME(N_Pin), V_FROMPTR(&pin_type)},
    {V_MKNAME(N_RTC), V_FROMPTR(&rtc_type)},
    {V_MKNAME(N_SOFT_RESET), V_MKINT(PM_SOFT_RESET)},
    {V_MKNAME(N_Signal), V_FROMPTR(&signal_type)},
    {V_MKNAME(N_SoftI2C), V_FROMPTR(&softi2c_type)},
    {V_MKNAME(N_SoftSPI), V_FROMPTR(&softspi_type)},
    {V_MKNAME(N_Timer), V_FROMPTR(&timer_type)},
    {V_MKNAME(N_UART), V_FROMPTR(&uart_type)},
    {V_MKNAME(N_WDT), V_FROMPTR(&wdt_type)},
    {V_MKNAME(N_WDT_RESET), V_MKINT(PM_WDT_RESET)},
    {V_MKNAME(N___name__), V_MKNAME(N_machine)},
    METHOD_ENTRY(bitstream, bb_bitstream_fn),
    METHOD_ENTRY(disable_irq, m_disable_irq_fn),
    METHOD_ENTRY(enable_irq, m_enable_irq_fn),
    METHOD_ENTRY(freq, m_freq_fn),
    METHOD_ENTRY(idle, m_idle_fn),
    METHOD_ENTRY(lightsleep, m_lightsleep_fn),
    METHOD_ENTRY(reset, m_reset_fn),
    METHOD_ENTRY(reset_cause, m_reset_cause_fn),
    METHOD_ENTRY(soft_reset, m_soft_reset_fn),
    METHOD_ENTRY(time_pulse_us, bb_time_pulse_us_fn),
    METHOD_ENTRY(unique_id, m_unique_id_fn),
};
MODULE_CONST(mod_machine, machine_table);

#endif /* ES_MACHINE */
