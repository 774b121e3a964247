/* The core's port layer (core/port.h) on the ESP8266: console on UART0, clocks from CCOUNT,
 * the hardware random number generator, os.uname().  Files are in port_fs.c. */
#include <string.h>
#include "esp.h"
#include "rom.h"
#include "espport.h"
#include "port.h"
#include "vm.h"

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

/* Bytes read from the UART ahead of time (by console_poll while code runs). */
#define RING 256
static uint8_t ring[RING];
static uint16_t ring_head, ring_tail;
bool console_line_mode;

void console_poll(void) {
    int c;
    while ((c = uart_getc_nonblocking()) >= 0) {
        if (c == 3 && !console_line_mode) {
            vm_signal_interrupt();        /* Ctrl-C: KeyboardInterrupt at the next check */
            continue;
        }
        uint16_t next = (uint16_t)((ring_head + 1) % RING);
        if (next != ring_tail) {          /* full: the byte is lost, as in a UART FIFO */
            ring[ring_head] = (uint8_t)c;
            ring_head = next;
        }
    }
}

int console_getc(void) {
    if (ring_tail != ring_head) {
        int c = ring[ring_tail];
        ring_tail = (uint16_t)((ring_tail + 1) % RING);
        return c;
    }
    return uart_getc();   /* waits; in the emulator this is where a --script run ends */
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
    (void)esp_ticks_us();   /* keeps the 64-bit clock across CCOUNT wrap-arounds */
}

/* ---- clocks ---- */

uint64_t port_ticks_us(void) { return esp_ticks_us(); }
uint32_t port_ticks_cpu(void) { return esp_ccount(); }

/* No RTC is set: the time of day starts at 2000-01-01 00:00:00 at boot, as MicroPython's does. */
double port_time(void) { return 946684800.0 + (double)esp_ticks_us() / 1e6; }

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

static uint32_t mix(uint32_t x) {
    x ^= x >> 16;
    x *= 0x7FEB352Du;
    x ^= x >> 15;
    x *= 0x846CA68Bu;
    x ^= x >> 16;
    return x;
}

void port_random_bytes(void *buf, size_t n) {
    static uint32_t state;
    bool emu = in_emulator();
    uint8_t *p = buf;
    while (n) {
        uint32_t r;
        if (emu) {
            state = mix(state + esp_ccount() + 0x9E3779B9u);
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
