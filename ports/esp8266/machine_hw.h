/* The ESP8266 drivers behind core/port_machine.h (machine_entry.S, machine_irq.c,
 * machine_timer.c, machine_sys.c): registers, interrupt numbers, and the hooks the rest of the
 * firmware calls (port.c: console input, the VM poll, the clock). docs/machine.md. */
#ifndef MACHINE_HW_H
#define MACHINE_HW_H

#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>

#define REG32(a) (*(volatile uint32_t *)(a))

/* GPIO (esp8266.md 4.2) */
#define GPIO_OUT          0x60000300u
#define GPIO_OUT_W1TS     0x60000304u
#define GPIO_OUT_W1TC     0x60000308u
#define GPIO_ENABLE_W1TS  0x60000310u
#define GPIO_ENABLE_W1TC  0x60000314u
#define GPIO_IN           0x60000318u
#define GPIO_STATUS       0x6000031Cu
#define GPIO_STATUS_W1TC  0x60000324u
#define GPIO_PIN(n)       (0x60000328u + 4u * (n))
#define GPIO_PIN_DRIVER   (1u << 2)          /* open drain */
#define GPIO_PIN_INT_SHIFT 7                 /* bits 9:7: 1 rising, 2 falling, 3 any */
#define GPIO_PIN_INT_MASK (7u << 7)
/* IO_MUX (esp8266.md 4.3) */
#define IO_MUX_BASE       0x60000800u
#define IO_MUX_FUNC_MASK  0x130u
#define IO_MUX_PULLUP     (1u << 7)
#define IO_MUX_PULLDOWN   (1u << 6)
/* UART0 (esp8266.md 4.1) */
#define UART0_FIFO        0x60000000u
#define UART0_INT_RAW     0x60000004u
#define UART0_INT_ST      0x60000008u
#define UART0_INT_ENA     0x6000000Cu
#define UART0_INT_CLR     0x60000010u
#define UART0_CLKDIV      0x60000014u
#define UART0_STATUS      0x6000001Cu
#define UART0_CONF1       0x60000024u
#define UART_RXFIFO_FULL  (1u << 0)
#define UART_RXFIFO_TOUT  (1u << 8)
/* SPI0, for the flash's JEDEC id (esp8266.md 6.4) */
#define SPI0_CMD          0x60000200u
#define SPI0_USER         0x6000021Cu
#define SPI0_USER1        0x60000220u
#define SPI0_USER2        0x60000224u
#define SPI0_W0           0x60000240u
/* RTC user memory: kept through resets (not power cuts); our layout in machine_sys.c */
#define RTC_MEM           0x60001100u
/* DPORT CPU clock doubler (esp8266.md 4.6).  QEMU maps nothing at 0x3FF00000. */
#define DPORT_CPU2X       0x3FF00014u
#define DPORT_OTP_MAC0    0x3FF00050u
#define DPORT_OTP_MAC1    0x3FF00054u

/* CPU interrupt numbers (esp8266.md 4.6) */
#define INUM_GPIO  4
#define INUM_UART  5
#define INUM_TIMER 6     /* CCOMPARE0 */

static inline uint32_t hw_ccount(void) {
    uint32_t c;
    __asm__ volatile("rsr.ccount %0" : "=r"(c));
    return c;
}

/* INTENABLE bits, changed with interrupts masked. */
void machine_int_enable(uint32_t mask);
void machine_int_disable(uint32_t mask);

/* machine_irq.c: the level-1 interrupt dispatcher (called by machine_entry.S) and the drivers'
 * interrupt handlers. */
void esp_l1_dispatch(void);
void machine_timer_isr(void);
void machine_gpio_isr(void);
void machine_uart_isr(void);
void machine_uart_init(void);
/* Masks the UART receive interrupt while the ROM's blocking read owns the FIFO; returns
 * whether it was on. */
bool machine_uart_irq_off(void);
void machine_uart_irq_on(bool was_on);

/* machine_timer.c */
void machine_timer_init(void);
uint32_t machine_cpu_mhz(void);            /* the CCOUNT rate the clocks divide by */
void machine_set_cpu_mhz(uint32_t mhz);
void machine_wdt_stop(void);

/* machine_sys.c */
bool machine_emulated(void);               /* QEMU: no DPORT block, CCOUNT at 40 MHz */
void machine_reset_with(int cause) __attribute__((noreturn));
void machine_sys_init(void);

/* For port.c: */
/* the VM poll (every ESP_POLL_EVERY jumps): re-raise machine events whose pending flag a race
 * with the VM cleared */
void machine_esp_poll(void);
/* console_getc's wait: true while Python callbacks may become due (timers, IRQ handlers), so
 * the wait must keep running them instead of blocking in the ROM */
bool machine_wait_services(void);
/* one round of that wait: runs due callbacks (reporting their exceptions), then idles */
void machine_wait_step(void);
/* port_time(): the RTC's time of day */
double port_rtc_time(void);

/* Provided by port.c: console input from the UART (interrupt handler or ROM poll), with
 * interrupts masked; and non-blocking reads of what is buffered (UART(0) in Python). */
void console_rx(int c);
int console_rx_pop(void);
size_t console_rx_count(void);

#endif
