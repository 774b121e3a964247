/* machine.PWM: software PWM on any pin (core/modmachine.h): a class of the machine module, a
 * native module (_machine_pwm) on the ESP-01 firmware. */
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

typedef struct {
    Object base;
    uint32_t pin;
} PwmObj;

#define PWM_DEFAULT_FREQ 500
#define PWM_DEFAULT_DUTY 512

static void pwm_apply(int pin, Value freq, Value duty) {
    MachineState *s = machine_state();
    uint32_t f = s->pwm_freq[pin] ? s->pwm_freq[pin] : PWM_DEFAULT_FREQ;
    uint32_t d = s->pwm_freq[pin] ? s->pwm_duty[pin] : PWM_DEFAULT_DUTY;
    if (freq != V_NULL) {
        Int v = obj_get_int(freq);
        if (v < 1 || v > 1000) exc_raise_msg(&exc_ValueError, "PWM freq out of range (1-1000 Hz): %D", v);
        f = (uint32_t)v;
    }
    if (duty != V_NULL) {
        Int v = obj_get_int(duty);
        if (v < 0 || v > 1023) exc_raise_msg(&exc_ValueError, "PWM duty out of range (0-1023): %D", v);
        d = (uint32_t)v;
    }
    if (!s->pwm_freq[pin]) machine_set_mode(pin, PM_OUT, -1);
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
    int pin = machine_pin_id(a[0]);
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
    MachineState *s = machine_state();
    if (s->pwm_freq[pin]) {
        port_pwm_set(pin, 0, 0);
        s->pwm_freq[pin] = 0;
    }
    return V_NONE;
}

static Value pwm_m_freq(Value *a, int n, Value kw) {
    (void)kw;
    int pin = pwm_pin(a[0]);
    if (n == 1) return V_MKINT(machine_state()->pwm_freq[pin]);
    pwm_apply(pin, a[1], V_NULL);
    return V_NONE;
}

static Value pwm_m_duty(Value *a, int n, Value kw) {
    (void)kw;
    int pin = pwm_pin(a[0]);
    if (n == 1) {
        return V_MKINT(machine_state()->pwm_duty[pin]);
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


/* The native module the firmware finds this class in (modmachine.h MACHINE_PARTS). */
static const MapEntry machine_pwm_table[] = {
    {V_MKNAME(N_PWM), V_FROMPTR(&pwm_type)},
    {V_MKNAME(N___name__), V_MKNAME(N__machine_pwm)},
};
MODULE_CONST(mod__machine_pwm, machine_pwm_table);

#endif /* ES_MACHINE */
