/* The core's port layer (core/port.h) on the ESP8266: console on UART0, clocks from CCOUNT,
 * the hardware random number generator, os.uname().  Files are in port_fs.c. */
#include <string.h>
#include "esp.h"
#include "rom.h"
#include "espport.h"
#include "machine_hw.h"
#include "port.h"
#include "vm.h"
#include "mix32.h"

/* ---- console ---- */

void port_write(int fd, const char *s, size_t n) {
    (void)fd;   /* stdout and stderr are both the UART */
    /* terminals want CR LF; a run of plain bytes goes out in one call */
    while (n) {
        const char *nl = memchr(s, '\n', n);
        size_t k = nl ? (size_t)(nl - s) : n;
        uart_write(s, k);
        if (!nl) break;
        uart_write("\r\n", 2);
        s += k + 1;
        n -= k + 1;
    }
}

/* Bytes read from the UART ahead of time: by the UART's receive interrupt (machine_irq.c), or
 * by console_poll from the ROM while code runs (the emulator without its UART model). */
#define RING 256
static uint8_t ring[RING];
static volatile uint16_t ring_head, ring_tail;
bool console_line_mode;

/* One byte from the UART, with interrupts masked: Ctrl-C while Python runs is a
 * KeyboardInterrupt, anything else waits in the ring (full: lost, as in a UART FIFO). */
IRAM_ATTR void console_rx(int c) {
    if (c == 3 && !console_line_mode) {
        vm_signal_interrupt();        /* KeyboardInterrupt at the next check */
        return;
    }
    uint16_t next = (uint16_t)((ring_head + 1) % RING);
    if (next != ring_tail) {
        ring[ring_head] = (uint8_t)c;
        ring_head = next;
    }
}

int console_rx_pop(void) {
    uint32_t ps = esp_irq_disable();
    int c = -1;
    if (ring_tail != ring_head) {
        c = ring[ring_tail];
        ring_tail = (uint16_t)((ring_tail + 1) % RING);
    }
    esp_irq_restore(ps);
    return c;
}

size_t console_rx_count(void) {
    console_poll();
    return (size_t)((ring_head - ring_tail + RING) % RING);
}

void console_poll(void) {
    for (;;) {
        uint32_t ps = esp_irq_disable();   /* the receive interrupt must not interleave */
        int c = uart_getc_nonblocking();
        if (c >= 0) console_rx(c);
        esp_irq_restore(ps);
        if (c < 0) break;
    }
}

/* Waits for a byte.  With Python callbacks attached (machine.Timer, Pin.irq) it keeps running
 * them; otherwise it blocks in the ROM's read, with the receive interrupt masked so the ROM
 * gets the bytes (in the emulator this is also where a --script run ends). */
int console_getc(void) {
    for (;;) {
        int c = console_rx_pop();
        if (c >= 0) return c;
        if (machine_wait_services()) {
            if (vm.pending & PENDING_INTERRUPT) return 3;
            console_poll();
            if (ring_head == ring_tail) machine_wait_step();
            continue;
        }
        bool on = machine_uart_irq_off();
        c = console_rx_pop();
        if (c < 0) c = uart_getc();
        machine_uart_irq_on(on);
        return c;
    }
}

/* Console input for Python code (input(), sys.stdin): a terminal's Enter (CR, or CR LF) reads
 * as "\n", and Ctrl-C raises KeyboardInterrupt - typed now, or already taken from the UART
 * by console_poll while code ran.  The REPL's line editor (main.c) reads console_getc(). */
int port_read_char(void) {
    static bool after_cr;
    for (;;) {
        if (vm.pending & PENDING_INTERRUPT) vm_handle_pending();
        int c = console_getc();
        if (c == '\n' && after_cr) {
            after_cr = false;
            continue;
        }
        after_cr = c == '\r';
        if (c == 3) {
            vm_signal_interrupt();
            continue;
        }
        return c == '\r' ? '\n' : c;
    }
}

/* Called by the VM every ESP_POLL_EVERY backward jumps and calls (portconfig.h). */
int esp_poll_countdown = ESP_POLL_EVERY;

void esp_vm_poll(void) {
    esp_poll_countdown = ESP_POLL_EVERY;
    console_poll();
    machine_esp_poll();
    (void)esp_ticks_us();   /* keeps the 64-bit clock across CCOUNT wrap-arounds */
}

/* ---- clocks ---- */

uint64_t port_ticks_us(void) { return esp_ticks_us(); }
uint32_t port_ticks_cpu(void) { return esp_ccount(); }

/* The RTC's time of day (machine_sys.c): 2000-01-01 00:00:00 at boot until RTC().datetime() sets
 * it, as MicroPython's. */
double port_time(void) { return port_rtc_time(); }

void port_sleep_us(uint64_t us) {
    uint64_t end = esp_ticks_us() + us;
    while (esp_ticks_us() < end) {
        console_poll();
        if (vm.pending) return;   /* Ctrl-C ends the sleep */
    }
}

/* ---- random numbers ---- */

#define WDEV_HWRNG 0x3FF20E44u   /* the chip's hardware random number register */

/* The emulator's ROM model reports QEMU's 40 MHz CCOUNT rate; the chip runs at 80 MHz after
 * start-up.  QEMU maps nothing at the RNG register (a load there faults), so the emulator gets
 * numbers mixed from the cycle counter instead. */
static bool in_emulator(void) { return ets_get_cpu_frequency() != 80; }

void port_random_bytes(void *buf, size_t n) {
    static uint32_t state;
    bool emu = in_emulator();
    uint8_t *p = buf;
    while (n) {
        uint32_t r;
        if (emu) {
            state = mix32(state + esp_ccount() + 0x9E3779B9u);
            r = state;
        } else {
            r = *(volatile uint32_t *)WDEV_HWRNG;
        }
        for (int i = 0; i < 4 && n; i++, n--, r >>= 8) *p++ = (uint8_t)r;
    }
}

/* ---- os.uname() ---- */

const char *const *port_uname(void) {
    static const char *const u[5] = {
        "esp8266", "esp8266", ES_VERSION, "espy " ES_VERSION, ES_BOARD_NAME,
    };
    return u;
}
