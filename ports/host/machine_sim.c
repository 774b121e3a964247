/* core/port_machine.h on the PC: a simulated ESP-01, good enough to test the Python layer of
 * the machine and esp modules (arguments, errors, callbacks).  Not a hardware model: that is
 * the emulator's job (docs/emulator.md).
 *
 * - Pins: GPIO0-5 and 12-15 exist.  An output reads back its latch, a released open-drain pin
 *   and an input with PULL_UP read 1 (the bus pull-ups), an input without pull reads 0.  A
 *   change of a pin's level raises its IRQ as on the chip, where the input path sees an output
 *   pin's own level: Pin(2, Pin.OUT) with an IRQ fires when the program toggles it.
 * - Timers: SIGALRM (setitimer) is the interrupt; its handler records the events, the VM runs
 *   the callbacks.  port_irq_disable blocks the signal.
 * - Timed pin protocols (bitstream, DHT, 1-Wire, time_pulse_us): nothing is wired; see below.
 * - Flash: 512K with a user area from 0x64000; written sectors are kept in a small pool
 *   (others read as erased).  UART(0) is standard input/output. */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include "config.h"
#include "port.h"
#include "port_machine.h"
#include "exc.h"

/* ---------------- interrupts (SIGALRM) ---------------- */

uint32_t port_irq_disable(void) {
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGALRM);
    sigprocmask(SIG_BLOCK, &set, &old);
    return sigismember(&old, SIGALRM) ? 1u : 0u;
}

void port_irq_restore(uint32_t state) {
    if (state) return;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGALRM);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

uint64_t port_machine_ticks_us(void) { return port_ticks_us(); }

void port_delay_us(uint32_t us) {
    if (!us) return;
    uint64_t end = port_ticks_us() + us;
    while (port_ticks_us() < end)
        ;
}

/* ---------------- pins ---------------- */

static uint8_t latch[PM_NPINS], mode[PM_NPINS], pull[PM_NPINS], trigger[PM_NPINS], level[PM_NPINS];

bool port_pin_valid(int pin) { return (pin >= 0 && pin <= 5) || (pin >= 12 && pin <= 15); }

static int pad_level(int pin) {
    switch (mode[pin]) {
    case PM_OUT: return latch[pin];
    case PM_OPEN_DRAIN: return latch[pin] ? 1 : 0;
    default: return pull[pin] == PM_PULL_UP;
    }
}

/* The pad may have changed: raise the pin's IRQ for an edge it listens to. */
static void update(int pin) {
    int now = pad_level(pin);
    if (now == level[pin]) return;
    level[pin] = (uint8_t)now;
    unsigned edge = now ? PM_IRQ_RISING : PM_IRQ_FALLING;
    if (trigger[pin] & edge) {
        uint32_t st = port_irq_disable();
        machine_event(PM_SRC_PIN(pin), edge);
        port_irq_restore(st);
    }
}

void port_pin_config(int pin, int m, int p) {
    mode[pin] = (uint8_t)m;
    pull[pin] = (uint8_t)p;
    update(pin);
}

int port_pin_read(int pin) { return pad_level(pin); }

void port_pin_write(int pin, int v) {
    latch[pin] = v ? 1 : 0;
    update(pin);
}

void port_pin_irq(int pin, unsigned trig) {
    level[pin] = (uint8_t)pad_level(pin);
    trigger[pin] = (uint8_t)trig;
}

/* ---------------- timed pin protocols ---------------- */

/* A board with nothing wired to the pin: a bitstream goes nowhere (the pin ends low, as after
 * the last bit on the chip), a DHT never answers, no 1-Wire device pulls the released
 * (pulled-up) line low, so reset sees no presence and every read slot reads 1. */
void port_bitstream(int pin, const uint32_t ns[4], const uint8_t *buf, size_t n) {
    (void)ns; (void)buf;
    if (n) port_pin_write(pin, 0);
}

int port_dht_read(int pin, uint8_t *out) {
    (void)pin; (void)out;
    return PM_ETIMEDOUT;
}

bool port_onewire_reset(int pin) { (void)pin; return false; }
int port_onewire_slot(int pin, int bit) { (void)pin; (void)bit; return 1; }

/* Nothing but the program changes a simulated pad, and it cannot run during the call: a pin
 * that is not at `level` never gets there (-2), one that is never leaves it (-1).  The answer
 * comes at once instead of after the timeout, which would only slow the tests down. */
int32_t port_time_pulse_us(int pin, int level, uint32_t timeout_us) {
    (void)timeout_us;
    return pad_level(pin) == level ? -1 : -2;
}

/* ---------------- timers ---------------- */

static struct {
    uint64_t deadline;
    uint32_t period;
    bool active, periodic;
} timers[PM_NTIMERS];
static bool handler_installed;

static void arm_alarm(void) {
    uint64_t next = 0;
    for (int i = 0; i < PM_NTIMERS; i++)
        if (timers[i].active && (!next || timers[i].deadline < next)) next = timers[i].deadline;
    struct itimerval it = {{0, 0}, {0, 0}};
    if (next) {
        uint64_t now = port_ticks_us();
        uint64_t d = next > now ? next - now : 1;
        it.it_value.tv_sec = (time_t)(d / 1000000u);
        it.it_value.tv_usec = (suseconds_t)(d % 1000000u);
    }
    setitimer(ITIMER_REAL, &it, NULL);
}

static void on_alarm(int sig) {
    (void)sig;
    int saved = errno;
    uint64_t now = port_ticks_us();
    for (int i = 0; i < PM_NTIMERS; i++) {
        if (!timers[i].active || timers[i].deadline > now) continue;
        if (!timers[i].periodic) {
            timers[i].active = false;
            machine_event(PM_SRC_TIMER(i), 0);
            continue;
        }
        for (int k = 0; timers[i].deadline <= now; k++) {
            if (k < 8) machine_event(PM_SRC_TIMER(i), 0);
            timers[i].deadline += timers[i].period;
        }
    }
    arm_alarm();
    errno = saved;
}

void port_timer_start(int slot, uint32_t period_us, bool periodic) {
    if (!handler_installed) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_alarm;
        sa.sa_flags = SA_RESTART;   /* reads of standard input go on */
        sigemptyset(&sa.sa_mask);
        sigaction(SIGALRM, &sa, NULL);
        handler_installed = true;
    }
    uint32_t st = port_irq_disable();
    timers[slot].deadline = port_ticks_us() + period_us;
    timers[slot].period = period_us;
    timers[slot].periodic = periodic;
    timers[slot].active = true;
    arm_alarm();
    port_irq_restore(st);
}

void port_timer_stop(int slot) {
    uint32_t st = port_irq_disable();
    timers[slot].active = false;
    arm_alarm();
    port_irq_restore(st);
}

static uint8_t pwm_on[PM_NPINS];

bool port_pwm_set(int pin, uint32_t freq, uint32_t duty) {
    (void)duty;
    int used = 0;
    for (int i = 0; i < PM_NPINS; i++) used += pwm_on[i] && i != pin;
    if (freq && used >= PM_NPWM) return false;
    pwm_on[pin] = freq != 0;
    return true;
}

void port_machine_init(void) {
    uint32_t st = port_irq_disable();
    for (int i = 0; i < PM_NTIMERS; i++) timers[i].active = false;
    if (handler_installed) arm_alarm();
    port_irq_restore(st);
    memset(trigger, 0, sizeof trigger);
    memset(pwm_on, 0, sizeof pwm_on);
}

/* ---------------- the CPU ---------------- */

static uint32_t cpu_hz = 80000000;

uint32_t port_cpu_freq(void) { return cpu_hz; }

bool port_set_cpu_freq(uint32_t hz) {
    if (hz != 80000000 && hz != 160000000) return false;
    cpu_hz = hz;
    return true;
}

/* No board to reboot: the program ends as with sys.exit(). */
void port_reset(void) { exc_raise_type(&exc_SystemExit); }

int port_reset_cause(void) { return PM_PWRON_RESET; }

size_t port_unique_id(uint8_t *buf, size_t cap) {
    static const uint8_t id[4] = {0x12, 0x34, 0x56, 0x78};
    size_t n = cap < 4 ? cap : 4;
    memcpy(buf, id, n);
    return n;
}

void port_idle(void) {
    struct timespec ts = {0, 1000000};
    nanosleep(&ts, NULL);   /* a signal (a timer) ends it early */
}

void port_lightsleep_us(uint64_t us) {
    uint64_t end = port_ticks_us() + us;
    for (uint64_t now; (now = port_ticks_us()) < end;) {
        uint64_t left = end - now;
        struct timespec ts = {(time_t)(left / 1000000u), (long)(left % 1000000u) * 1000};
        nanosleep(&ts, NULL);
    }
}

void port_wdt_start(uint32_t timeout_ms) { (void)timeout_ms; }
void port_wdt_feed(void) {}

/* ---------------- RTC ---------------- */

static double rtc_offset;
static uint8_t rtc_mem[PM_RTC_MEMORY_MAX];
static size_t rtc_len;

double port_rtc_time(void) { return port_time() + rtc_offset; }
void port_rtc_set_time(double t) { rtc_offset = t - port_time(); }

size_t port_rtc_memory_read(uint8_t *buf, size_t cap) {
    size_t n = rtc_len < cap ? rtc_len : cap;
    memcpy(buf, rtc_mem, n);
    return n;
}

void port_rtc_memory_write(const uint8_t *buf, size_t n) {
    memcpy(rtc_mem, buf, n);
    rtc_len = n;
}

/* ---------------- UART(0): standard input and output ---------------- */

static uint32_t baud = 115200;

size_t port_uart_any(void) {
    int n = 0;
    if (ioctl(0, FIONREAD, &n) != 0 || n < 0) return 0;
    return (size_t)n;
}

size_t port_uart_read(uint8_t *buf, size_t n) {
    size_t got = 0;
    while (got < n) {
        ssize_t r = read(0, buf + got, n - got);
        if (r <= 0) break;
        got += (size_t)r;
    }
    return got;
}

void port_uart_write(const uint8_t *buf, size_t n) { port_write(1, (const char *)buf, n); }
bool port_uart_set_baudrate(uint32_t b) { baud = b; return b >= 300 && b <= 4000000; }
uint32_t port_uart_baudrate(void) { return baud; }

/* ---------------- flash ---------------- */

#define FLASH_SIZE 0x80000u
#define USER_START 0x64000u
#define POOL 4
static struct { uint32_t sector; bool used; uint8_t data[4096]; } pool[POOL];

static uint8_t *sector_data(uint32_t sector, bool create) {
    for (int i = 0; i < POOL; i++)
        if (pool[i].used && pool[i].sector == sector) return pool[i].data;
    if (!create) return NULL;
    for (int i = 0; i < POOL; i++)
        if (!pool[i].used) {
            pool[i].used = true;
            pool[i].sector = sector;
            memset(pool[i].data, 0xFF, sizeof pool[i].data);
            return pool[i].data;
        }
    return NULL;
}

uint32_t port_flash_id(void) { return 0x1340EF; }   /* a Winbond W25Q40 (512 kB) */
uint32_t port_flash_size(void) { return FLASH_SIZE; }
uint32_t port_flash_user_start(void) { return USER_START; }

int port_flash_read(uint32_t addr, uint8_t *buf, size_t n) {
    for (size_t i = 0; i < n; i++) {
        uint8_t *s = sector_data((addr + (uint32_t)i) / 4096u, false);
        buf[i] = s ? s[(addr + i) % 4096u] : 0xFF;
    }
    return 0;
}

int port_flash_write(uint32_t addr, const uint8_t *buf, size_t n) {
    for (size_t i = 0; i < n; i++) {
        uint8_t *s = sector_data((addr + (uint32_t)i) / 4096u, true);
        if (!s) return 28;   /* ENOSPC: the simulation keeps only a few sectors */
        s[(addr + i) % 4096u] &= buf[i];   /* NOR flash: programming clears bits */
    }
    return 0;
}

int port_flash_erase(uint32_t sector) {
    uint8_t *s = sector_data(sector, false);
    if (s) memset(s, 0xFF, 4096);
    return 0;
}

bool port_check_fw(uint32_t *size, uint32_t *crc) {
    *size = 0;
    *crc = 0;
    return true;
}
