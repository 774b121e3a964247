/* The hardware behind the machine, esp and _onewire modules (core/modmachine.c and its classes
 * in core/machine_*.c, core/modesp.c, core/modonewire.c): a thin interface each port with
 * hardware implements (ports/esp8266/machine_*.c on the chip, ports/host/machine_sim.c as a
 * simulation for tests).  A port sets ES_MACHINE to 1 in its portconfig.h; without it these
 * modules are not built.
 *
 * Interrupts never call Python: a port's interrupt handler records the event with
 * machine_event() (cheap, no allocation, callable with interrupts masked); the VM then runs the
 * Python callbacks between instructions (vm.pending, PENDING_MACHINE), as
 * micropython.schedule() does. */
#ifndef ESPY_PORT_MACHINE_H
#define ESPY_PORT_MACHINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PM_NPINS   16      /* GPIO0..GPIO15; port_pin_valid() says which a board has */
#define PM_NTIMERS 8       /* software timers (machine.Timer(-1) objects armed at once) */
/* Event sources: one per pin, then one per timer slot. */
#define PM_SRC_PIN(n)   (n)
#define PM_SRC_TIMER(n) (PM_NPINS + (n))
#define PM_NSRC         (PM_NPINS + PM_NTIMERS)

/* Pin modes, pulls and interrupt triggers: the values of machine.Pin's constants. */
enum { PM_IN = 0, PM_OUT = 1, PM_OPEN_DRAIN = 2 };
enum { PM_PULL_NONE = 0, PM_PULL_UP = 1 };
enum { PM_IRQ_RISING = 1, PM_IRQ_FALLING = 2 };

/* Reset causes: machine.reset_cause() (MicroPython's esp8266 values). */
enum { PM_PWRON_RESET = 0, PM_WDT_RESET = 1, PM_SOFT_RESET = 4, PM_DEEPSLEEP_RESET = 5, PM_HARD_RESET = 6 };

/* ---- implemented by the core (modmachine.c) ---- */
/* Record an event for the VM: src is PM_SRC_*, flags are or'ed (a pin's PM_IRQ_* edges).
 * Call with interrupts masked (from an interrupt handler, or inside port_irq_disable()). */
void machine_event(unsigned src, unsigned flags);
/* For the VM: a new session (vm_init), and running the callbacks of recorded events. */
void machine_session_init(void);
void machine_service(void);
/* For a port's idle loops: sources with events not yet serviced, and whether any Python
 * callback is attached (a pin IRQ handler or an armed timer). */
uint32_t machine_event_mask(void);
bool machine_callbacks_armed(void);

/* ---- implemented by the port ---- */
/* Called at every (soft) reset of the VM: stop timers and PWM, turn pin interrupts off. */
void port_machine_init(void);

uint32_t port_irq_disable(void);           /* returns the state for port_irq_restore */
void port_irq_restore(uint32_t state);

/* Pins */
bool port_pin_valid(int pin);
void port_pin_config(int pin, int mode, int pull);
int port_pin_read(int pin);                /* the level at the pad, 0 or 1 */
void port_pin_write(int pin, int level);   /* the output latch (an open-drain pin releases on 1) */
void port_pin_irq(int pin, unsigned trigger);   /* PM_IRQ_* mask, 0 = off */
/* Busy-waits; bit-banged buses use it between edges (0 = no delay). */
void port_delay_us(uint32_t us);
/* Microseconds since boot (the same clock as port_ticks_us; here for pulse timing). */
uint64_t port_machine_ticks_us(void);

/* Timed pin protocols (core/bitbang.c, modesp.c, modonewire.c; docs/machine.md "Timed pin protocols"): the port runs
 * them from code that cannot stall (IRAM on the chip) with interrupts masked only around the
 * time-critical part.
 * bitstream: each byte of buf, MSB first; a 0 bit is the pin high for ns[0] then low for ns[1],
 * a 1 bit high for ns[2] then low for ns[3] (1..PM_BITSTREAM_NS_MAX each); the pin is an
 * output already.  dht_read: the DHT11/DHT22 start sequence on an open-drain pin (low ~18 ms,
 * release) and the sensor's 40 bits into out[0..4]; 0, or PM_ETIMEDOUT if the sensor does
 * not answer or a bit is too long.  onewire_reset: the 1-Wire reset pulse on an open-drain
 * pin; true if a device answered with a presence pulse.  onewire_slot: one time slot, a write
 * of `bit` (a 1 slot is also a read slot); returns the level sampled 15 us into a 1 slot. */
#define PM_BITSTREAM_NS_MAX 100000u
#define PM_ETIMEDOUT 110   /* errno ETIMEDOUT, as MicroPython's OSError(110) */
void port_bitstream(int pin, const uint32_t ns[4], const uint8_t *buf, size_t n);
int port_dht_read(int pin, uint8_t *out);
bool port_onewire_reset(int pin);
int port_onewire_slot(int pin, int bit);
/* time_pulse_us: if the pin does not read `level`, waits up to timeout_us for it to (else
 * returns -2), then times how long it keeps reading it: the microseconds, or -1 once that
 * reaches timeout_us (at most 2^31 - 1).  Interrupts stay enabled throughout (a wait may be
 * long); a Ctrl-C ends the wait early with -2 or -1. */
int32_t port_time_pulse_us(int pin, int level, uint32_t timeout_us);

/* Timers: slot 0..PM_NTIMERS-1 raises machine_event(PM_SRC_TIMER(slot)) after period_us,
 * again every period_us if periodic (a one-shot slot stops itself). */
void port_timer_start(int slot, uint32_t period_us, bool periodic);
void port_timer_stop(int slot);

/* PWM in software on a pin: freq in Hz (1..1000), duty 0..1024 (of 1024); freq 0 stops.
 * False if no PWM channel is free (PM_NPWM pins at once). */
#define PM_NPWM 8
bool port_pwm_set(int pin, uint32_t freq, uint32_t duty);

/* The CPU */
uint32_t port_cpu_freq(void);               /* Hz */
bool port_set_cpu_freq(uint32_t hz);        /* false: not a frequency this chip has */
void port_reset(void) __attribute__((noreturn));
int port_reset_cause(void);                 /* PM_*_RESET */
size_t port_unique_id(uint8_t *buf, size_t cap);
void port_idle(void);                       /* wait for an interrupt (or a short while) */
void port_lightsleep_us(uint64_t us);       /* sleep; events wait until it ends */

/* Watchdog: started by machine.WDT, then fed by the program (never by the firmware). */
void port_wdt_start(uint32_t timeout_ms);
void port_wdt_feed(void);

/* RTC: the time of day and user memory that survive a reset (not a power cut). */
double port_rtc_time(void);                 /* seconds since 1970 */
void port_rtc_set_time(double t);
size_t port_rtc_memory_read(uint8_t *buf, size_t cap);
#define PM_RTC_MEMORY_MAX 492
void port_rtc_memory_write(const uint8_t *buf, size_t n);

/* UART0 (on the board also the console): non-blocking reads */
size_t port_uart_any(void);
size_t port_uart_read(uint8_t *buf, size_t n);
void port_uart_write(const uint8_t *buf, size_t n);
bool port_uart_set_baudrate(uint32_t baud);
uint32_t port_uart_baudrate(void);

/* SPI flash (the esp module): any alignment; return 0 or an errno value */
uint32_t port_flash_id(void);
uint32_t port_flash_size(void);
uint32_t port_flash_user_start(void);
int port_flash_read(uint32_t addr, uint8_t *buf, size_t n);
int port_flash_write(uint32_t addr, const uint8_t *buf, size_t n);
int port_flash_erase(uint32_t sector);
/* Checks the firmware as the ROM would (boot image checksum) and sums it: true if it is intact;
 * *size = bytes of firmware, *crc = CRC-32 of them. */
bool port_check_fw(uint32_t *size, uint32_t *crc);

#endif
