/* The machine module (MicroPython's API for the ESP8266): Pin, Signal, the CPU functions and the
 * events from interrupts; the other classes are in machine_*.c (modmachine.h).  Hardware access
 * goes through core/port_machine.h.
 *
 * RAM: Pin objects are const (one per GPIO, in flash); what a program attaches at run time (IRQ
 * handlers, armed timers, PWM and UART settings: MachineState, modmachine.h) lives in one small
 * heap block reachable from vm.machine_state, made on first use and gone at a soft reset.  Interrupts are recorded by the port with machine_event() and the Python callbacks
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
#include "modmachine.h"
#include "import.h"

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

MachineState *machine_state(void) {
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

/* modmachine.h */
void machine_drop_events(unsigned src) {
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

void machine_check_callable(Value v, const char *what) {
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
void machine_set_mode(int id, int mode, int pull) {
    pin_mode[id] = (uint8_t)mode;
    if (pull >= 0) pin_pull[id] = (uint8_t)pull;
    port_pin_config(id, mode, pin_pull[id]);
}

int machine_pin_id(Value v) {
    Int id = is_type(v, &pin_type) ? (Int)((const PinObj *)V_PTR(v))->id : obj_get_int(v);
    if (id < 0 || id >= PM_NPINS || !port_pin_valid((int)id))
        exc_raise_msg(&exc_ValueError, "invalid pin: %D", id);
    return (int)id;
}

static int self_pin(Value v) { return (int)((const PinObj *)V_PTR(v))->id; }

/* For core/bitbang.c (DHT, 1-Wire: open drain, released before the protocol starts). */
int machine_pin(Value v, bool od) {
    int id = machine_pin_id(v);
    if (od && pin_mode[id] != PM_OPEN_DRAIN) {
        port_pin_write(id, 1);
        machine_set_mode(id, PM_OPEN_DRAIN, -1);
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
    machine_set_mode(id, m, p);
}

static const uint16_t pin_init_names[] = {N_mode, N_pull, N_value};

static Value pin_make_new(const Type *t, Value *args, int nargs, Value kw) {
    (void)t;
    static const uint16_t names[] = {N_id, N_mode, N_pull, N_value};
    Value a[4];
    arg_parse("Pin", args, nargs, kw, 3, names, 4, a);
    if (!a[0]) exc_raise_msg(&exc_TypeError, "Pin() missing required argument 'id' (pos 1)");
    int id = machine_pin_id(a[0]);
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
    arg_check_no_kw_name(obj_type_name_value(self), kw);
    if (nargs > 1) exc_raise_msg(&exc_TypeError, "%T() takes at most 1 argument (%d given)", self, nargs);
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
        machine_check_callable(handler, "irq handler");
        MachineState *s = machine_state();
        if (handler == V_NONE) trig = 0;
        port_pin_irq(id, 0);
        machine_drop_events(PM_SRC_PIN((unsigned)id));
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
        id = (uint32_t)machine_pin_id(a[0]);
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

/* machine's classes but Pin and Signal: on the ESP-01 native modules that machine_attr finds
 * (V_HOOKED: dir() lists them, the hook gives them). */
#if ES_MACHINE_PARTS_NATIVE
#define CLASS(type) V_HOOKED
#else
#define CLASS(type) V_FROMPTR(&type)
#endif

static const MapEntry machine_table[] = {
    {V_MKNAME(N_DEEPSLEEP_RESET), V_MKINT(PM_DEEPSLEEP_RESET)},
    {V_MKNAME(N_HARD_RESET), V_MKINT(PM_HARD_RESET)},
    {V_MKNAME(N_I2C), CLASS(softi2c_type)},   /* the ESP8266's I2C is software: I2C(scl=, sda=) */
    {V_MKNAME(N_PWM), CLASS(pwm_type)},
    {V_MKNAME(N_PWRON_RESET), V_MKINT(PM_PWRON_RESET)},
    {V_MKNAME(N_Pin), V_FROMPTR(&pin_type)},
    {V_MKNAME(N_RTC), CLASS(rtc_type)},
    {V_MKNAME(N_SOFT_RESET), V_MKINT(PM_SOFT_RESET)},
    {V_MKNAME(N_Signal), V_FROMPTR(&signal_type)},
    {V_MKNAME(N_SoftI2C), CLASS(softi2c_type)},
    {V_MKNAME(N_SoftSPI), CLASS(softspi_type)},
    {V_MKNAME(N_Timer), CLASS(timer_type)},
    {V_MKNAME(N_UART), CLASS(uart_type)},
    {V_MKNAME(N_WDT), CLASS(wdt_type)},
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

#if ES_MACHINE_PARTS_NATIVE
/* The firmware's machine finds the classes of MACHINE_PARTS (modmachine.h) in native modules:
 * machine.I2C is the I2C of the native module _machine_i2c, when the bundle has it. */
static const uint16_t parts[][2] = {
#define PART(attr, module) {N_##attr, N_##module},
    MACHINE_PARTS(PART)
#undef PART
};

static void machine_attr(Value self, Value name, Value *dest) {
    (void)self;
    if (dest[1] != V_SENTINEL_METHOD) return;   /* a store or a delete: the module's overlay */
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        if (name != V_MKNAME(es_rd16(&parts[i][0]))) continue;
        Value module = V_MKNAME(es_rd16(&parts[i][1]));
        Value m = import_native(module);
        if (!m)
            exc_raise_msg(&exc_AttributeError,
                          "module 'machine' has no attribute '%n' (not baked into this image: espy build --lib %n)",
                          name, module);
        dest[0] = obj_getattr(m, name);
        dest[1] = V_NULL;
        return;
    }
}
MODULE_CONST_HOOK(mod_machine, machine_table, machine_attr);
#else
MODULE_CONST(mod_machine, machine_table);
#endif

#endif /* ES_MACHINE */
