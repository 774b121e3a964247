/* The machine module's shared parts.  modmachine.c holds the module, Pin, Signal, the events from
 * interrupts and the CPU functions; each class below lives in its own file (machine_*.c):
 *   Timer (machine_timer.c), PWM (machine_pwm.c), I2C/SoftI2C (machine_i2c.c),
 *   SoftSPI (machine_spi.c), UART (machine_uart.c), WDT (machine_wdt.c), RTC (machine_rtc.c).
 * On the PC and in the lx106 test build they are in machine's table.  The ESP-01 firmware leaves
 * them out (ES_MACHINE_PARTS_NATIVE): each is a native module (docs/bundle.md), found by
 * machine's attribute hook when a program asks for the class, and baked by `espy build` into an
 * app that names it, so that an app pays flash only for the classes it uses. */
#ifndef ESPY_MODMACHINE_H
#define ESPY_MODMACHINE_H

#include "obj.h"
#include "port_machine.h"

/* The classes that are native modules on the board: attribute, native module's name.  Read by
 * machine's attribute hook (modmachine.c) and by `espy build` (ports/host/bake.c). */
#define MACHINE_PARTS(X) \
    X(I2C, _machine_i2c) X(SoftI2C, _machine_i2c) X(SoftSPI, _machine_spi) X(PWM, _machine_pwm) \
    X(Timer, _machine_timer) X(UART, _machine_uart) X(WDT, _machine_wdt) X(RTC, _machine_rtc)

/* What a program attached at run time (a GC block, from vm.machine_state, made on first use). */
typedef struct {
    Value pin_handler[PM_NPINS];     /* callable, or V_NULL */
    Value timer[PM_NTIMERS];         /* the Timer armed in each slot, or V_NULL */
    uint8_t pin_trigger[PM_NPINS];
    uint8_t pin_flags[PM_NPINS];     /* edges of the pin's last event (irq.flags()) */
    uint16_t pwm_freq[PM_NPINS];     /* 0: no PWM on the pin */
    uint16_t pwm_duty[PM_NPINS];     /* 0..1023 */
    uint32_t uart_timeout_ms;        /* UART(0)'s read timeout */
    uint32_t osdebug;                /* esp.osdebug(): 0 for None, else the UART's number + 1 */
} MachineState;

MachineState *machine_state(void);

/* A Timer (machine_timer.c); modmachine.c runs its callback when its slot's event comes. */
enum { TIMER_ONE_SHOT = 0, TIMER_PERIODIC = 1 };
typedef struct {
    Object base;
    int32_t slot;            /* -1: not armed */
    uint32_t mode;
    uint32_t period_us;
    Value callback;          /* None or a callable */
} TimerObj;

/* The GPIO number of a Pin (or int) argument; ValueError if there is no such pin. */
int machine_pin_id(Value v);
/* Sets a pin's mode, keeping its pull unless one is given (pull >= 0). */
void machine_set_mode(int id, int mode, int pull);
/* TypeError unless v is callable or None. */
void machine_check_callable(Value v, const char *what);
/* Forgets the events of a source that was reconfigured (a timer re-armed or stopped). */
void machine_drop_events(unsigned src);

extern const Type timer_type, pwm_type, softi2c_type, softspi_type, uart_type, wdt_type, rtc_type;

#endif
