/* The ESP8266 platform layer: what the rest of the firmware (and later the Python port) uses.
 * See docs/firmware.md for the memory map, the start-up sequence and the espy_main seam. */
#ifndef ESP_H
#define ESP_H

#include <stdint.h>
#include <stddef.h>
#include "esplayout.h"

/* Code that must run with the flash cache off (flash access, fault handling, interrupt
 * handlers) or that is hot goes to IRAM; its read-only data too. */
#define IRAM_ATTR   __attribute__((section(".iram.text")))
#define IRAM_RODATA __attribute__((section(".iram.rodata")))
#define NORETURN    __attribute__((noreturn))

/* Linker symbols (esp8266.ld). */
extern char _iram_start[], _iram_end[], _irom_start[], _irom_end[];
extern char _rodata_start[], _rodata_end[], _data_start[], _data_end[];
extern char _bss_start[], _bss_end[], _heap_start[], _heap_end[];
extern char _stack_bottom[], _stack_top[];

/* The application's entry point, called once the platform is up.  The self-test provides it
 * today (selftest.c); the Python port replaces it (FW_APP_SRCS in mk/firmware.mk). */
void espy_main(void);

/* Start-up (startup.c).  esp_layout is the descriptor read from flash at boot; if that one is
 * missing or broken, esp_layout_ok is 0, esp_layout_err says why (esplayout_strerror) and
 * esp_layout holds the 512K default.  The application says so at boot (espy_main, main.c: the
 * text is a compressed message); the self-test only shows "(default)". */
extern esplayout esp_layout;
extern int esp_layout_err;
#define esp_layout_ok (esp_layout_err == ESPLAYOUT_OK)
NORETURN void esp_reboot(void);

/* Console on UART0 (uart.c), through the ROM's character functions. */
void uart_putc(int c);
void uart_write(const char *s, size_t n);
void uart_puts(const char *s);                 /* no newline added */
int uart_getc_nonblocking(void);               /* byte, or -1 if none waiting */
int uart_getc(void);                           /* waits for a byte */
void esp_printf(const char *fmt, ...);         /* %s %c %d %u %x %p, width and 0 flag */

/* Time (clock.c): microseconds/milliseconds since boot from CCOUNT.  Call at least once per
 * 50 s (CCOUNT wraps every 53 s at 80 MHz) - the idle loop and the VM do. */
uint64_t esp_ticks_us(void);
uint32_t esp_ticks_ms(void);
void esp_delay_us(uint32_t us);
uint32_t esp_ccount(void);

/* SPI flash (flash.c): IRAM wrappers that turn the cache off around the ROM routines.
 * Buffers must be in RAM and 4-byte aligned; addr and len multiples of 4.  Return 0 = OK. */
int esp_flash_read(uint32_t addr, void *dst, uint32_t len);
int esp_flash_write(uint32_t addr, const void *src, uint32_t len);
int esp_flash_erase_sector(uint32_t sector);
void esp_flash_init(uint32_t chip_size);

/* Interrupt level save/restore (PS.INTLEVEL). */
static inline __attribute__((always_inline)) uint32_t esp_irq_disable(void) {
    uint32_t ps;
    __asm__ volatile("rsil %0, 15" : "=r"(ps) :: "memory");
    return ps;
}
static inline __attribute__((always_inline)) void esp_irq_restore(uint32_t ps) {
    __asm__ volatile("wsr.ps %0; rsync" :: "r"(ps) : "memory");
}

#endif
