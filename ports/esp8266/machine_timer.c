/* Time on the ESP8266 for the machine module: every timed thing (machine.Timer slots, software
 * PWM edges, the idle/lightsleep wake-up, the software watchdog) is a deadline in CPU cycles,
 * and one hardware timer - CCOMPARE0, CPU interrupt 6 - is always set to the nearest.  The
 * same timer exists in QEMU's lx106, so the emulator runs this code unchanged (and, under
 * -icount, deterministically).
 *
 * Deadlines are 64-bit cycle counts from CCOUNT, extended here by accumulating its 32-bit
 * differences; while anything is armed the interrupt comes at least every 2^30 cycles (13 s at
 * 80 MHz), so no wrap-around is missed.  PWM edges are 32-bit (a period is at most 1 s). */
#include "esp.h"
#include "rom.h"
#include "machine_hw.h"
#include "port_machine.h"
#include "vm.h"

#define SLACK     64u      /* cycles: a deadline this close is served now */
#define MIN_AHEAD 32       /* cycles: a compare value closer than this may be missed */
#define MAX_AHEAD (1u << 30)

static uint32_t cpu_mhz = 80;     /* CCOUNT cycles per microsecond */
static uint32_t last_cc;
static uint64_t acc;              /* CCOUNT extended to 64 bits: its low word is CCOUNT */

static struct { uint64_t due; uint32_t period_us; uint8_t active, periodic; } tmr[PM_NTIMERS];
static struct { uint32_t due, high, low; uint8_t pin, active, level; } pwm[PM_NPWM];
static struct { uint64_t due; uint8_t active; } wake;
static struct { uint64_t due, timeout; uint8_t active; } wdt;

/* A step back is ignored: the chip's CCOUNT never goes back, but QEMU's (under -icount) may by
 * a few cycles when the emulator stops the CPU at a watchpoint and restores its state. */
static IRAM_ATTR uint64_t cycles64(void) {
    uint32_t c = hw_ccount();
    int32_t d = (int32_t)(c - last_cc);
    if (d > 0) {
        acc += (uint32_t)d;
        last_cc = c;
    }
    return acc;
}

static inline void set_ccompare(uint32_t v) {
    __asm__ volatile("wsr.ccompare0 %0; rsync" :: "r"(v) : "memory");
}

static IRAM_ATTR void pin_level(int pin, int level) {
    if (level) REG32(GPIO_OUT_W1TS) = 1u << pin;
    else REG32(GPIO_OUT_W1TC) = 1u << pin;
}

/* Serves what is due and sets CCOMPARE0 to the next deadline.  Interrupts masked (the timer
 * interrupt itself, or a caller with esp_irq_disable). */
static IRAM_ATTR void reprogram(void) {
    for (;;) {
        uint64_t now = cycles64();
        uint64_t next = now + MAX_AHEAD;
        bool any = false;
        for (unsigned i = 0; i < PM_NTIMERS; i++) {
            if (!tmr[i].active) continue;
            if (tmr[i].due <= now + SLACK) {
                if (!tmr[i].periodic) {
                    tmr[i].active = 0;
                    machine_event(PM_SRC_TIMER(i), 0);
                    continue;
                }
                uint64_t per = (uint64_t)tmr[i].period_us * cpu_mhz;
                for (unsigned k = 0; tmr[i].due <= now + SLACK; k++) {
                    if (k < 8) machine_event(PM_SRC_TIMER(i), 0);
                    tmr[i].due += per;
                }
            }
            any = true;
            if (tmr[i].due < next) next = tmr[i].due;
        }
        uint32_t now32 = (uint32_t)now;
        for (unsigned c = 0; c < PM_NPWM; c++) {
            if (!pwm[c].active) continue;
            any = true;
            if ((int32_t)(pwm[c].due - now32) <= (int32_t)SLACK) {
                pwm[c].level ^= 1;
                pin_level(pwm[c].pin, pwm[c].level);
                uint32_t len = pwm[c].level ? pwm[c].high : pwm[c].low;
                pwm[c].due += len;
                if ((int32_t)(pwm[c].due - now32) <= 0) pwm[c].due = now32 + len;   /* fell behind */
            }
            int32_t rel = (int32_t)(pwm[c].due - now32);
            uint64_t d = now + (uint64_t)(rel > 0 ? rel : 0);
            if (d < next) next = d;
        }
        if (wake.active) {
            if (wake.due <= now + SLACK) wake.active = 0;
            else {
                any = true;
                if (wake.due < next) next = wake.due;
            }
        }
        if (wdt.active) {
            if (wdt.due <= now) machine_reset_with(PM_WDT_RESET);
            any = true;
            if (wdt.due < next) next = wdt.due;
        }
        if (!any) {
            set_ccompare(now32 - 1);   /* clears the interrupt; nothing to wait for */
            machine_int_disable(1u << INUM_TIMER);
            return;
        }
        uint32_t target = (uint32_t)next;
        set_ccompare(target);
        if ((int32_t)(target - hw_ccount()) > MIN_AHEAD) {
            machine_int_enable(1u << INUM_TIMER);
            return;
        }
        /* so close that the compare might be missed: serve it now instead */
    }
}

IRAM_ATTR void machine_timer_isr(void) { reprogram(); }

void machine_timer_init(void) {
    uint32_t mhz = ets_get_cpu_frequency();
    if (mhz >= 1 && mhz <= 400) cpu_mhz = mhz;
    uint32_t ps = esp_irq_disable();
    for (unsigned i = 0; i < PM_NTIMERS; i++) tmr[i].active = 0;
    for (unsigned c = 0; c < PM_NPWM; c++) {
        if (pwm[c].active) pin_level(pwm[c].pin, 0);
        pwm[c].active = 0;
    }
    wake.active = 0;
    wdt.active = 0;
    last_cc = hw_ccount();
    acc = last_cc;
    reprogram();
    esp_irq_restore(ps);
}

uint32_t machine_cpu_mhz(void) { return cpu_mhz; }

void machine_set_cpu_mhz(uint32_t mhz) {
    uint32_t ps = esp_irq_disable();
    cycles64();
    cpu_mhz = mhz;
    esp_irq_restore(ps);
}

/* ---------------- port_machine.h ---------------- */

void port_timer_start(int slot, uint32_t period_us, bool periodic) {
    uint32_t ps = esp_irq_disable();
    tmr[slot].due = cycles64() + (uint64_t)period_us * cpu_mhz;
    tmr[slot].period_us = period_us;
    tmr[slot].periodic = periodic;
    tmr[slot].active = 1;
    reprogram();
    esp_irq_restore(ps);
}

void port_timer_stop(int slot) {
    uint32_t ps = esp_irq_disable();
    tmr[slot].active = 0;
    reprogram();
    esp_irq_restore(ps);
}

bool port_pwm_set(int pin, uint32_t freq, uint32_t duty) {
    uint32_t ps = esp_irq_disable();
    int c = -1;
    for (int k = 0; k < PM_NPWM; k++)
        if (pwm[k].active && pwm[k].pin == pin) c = k;
    if (c < 0 && freq && duty > 0 && duty < 1024) {
        for (int k = 0; k < PM_NPWM && c < 0; k++)
            if (!pwm[k].active) c = k;
        if (c < 0) {
            esp_irq_restore(ps);
            return false;
        }
    }
    if (c >= 0) pwm[c].active = 0;
    if (!freq || duty == 0 || duty >= 1024) {
        /* off, or a constant level: no edges to time */
        pin_level(pin, freq && duty >= 1024);
    } else {
        uint32_t period = cpu_mhz * 1000000u / freq;
        pwm[c].high = (uint32_t)((uint64_t)period * duty / 1024u);
        pwm[c].low = period - pwm[c].high;
        pwm[c].pin = (uint8_t)pin;
        pwm[c].level = 1;
        pin_level(pin, 1);
        pwm[c].due = (uint32_t)cycles64() + pwm[c].high;
        pwm[c].active = 1;
    }
    reprogram();
    esp_irq_restore(ps);
    return true;
}

void port_delay_us(uint32_t us) {
    uint32_t start = hw_ccount(), n = us * cpu_mhz;
    while (hw_ccount() - start < n)
        ;
}

uint64_t port_machine_ticks_us(void) { return esp_ticks_us(); }

/* Sleeps until an interrupt; a wake-up deadline at most max_us ahead bounds the wait. */
static void wait_interrupt(uint64_t max_us) {
    uint32_t ps = esp_irq_disable();
    uint64_t due = cycles64() + max_us * cpu_mhz;
    if (!wake.active || due < wake.due) wake.due = due;
    wake.active = 1;
    reprogram();
    esp_irq_restore(ps);
    __asm__ volatile("waiti 0" ::: "memory");
}

void port_idle(void) { wait_interrupt(1000); }

void port_lightsleep_us(uint64_t us) {
    uint64_t end = esp_ticks_us() + us;
    for (uint64_t now; (now = esp_ticks_us()) < end;) {
        if (vm.pending & PENDING_INTERRUPT) break;   /* Ctrl-C ends it */
        uint64_t left = end - now;
        wait_interrupt(left > 1000000 ? 1000000 : left);
    }
}

/* The watchdog is software, served by this timer: the hardware one stays off (its timing is
 * not verified, esp8266.md 4.5).  Expiry reboots with reset_cause() == WDT_RESET. */
void port_wdt_start(uint32_t timeout_ms) {
    uint32_t ps = esp_irq_disable();
    wdt.timeout = (uint64_t)timeout_ms * 1000u * cpu_mhz;
    wdt.due = cycles64() + wdt.timeout;
    wdt.active = 1;
    reprogram();
    esp_irq_restore(ps);
}

void port_wdt_feed(void) {
    uint32_t ps = esp_irq_disable();
    if (wdt.active) wdt.due = cycles64() + wdt.timeout;
    esp_irq_restore(ps);
}

void machine_wdt_stop(void) {
    uint32_t ps = esp_irq_disable();
    wdt.active = 0;
    reprogram();
    esp_irq_restore(ps);
}
