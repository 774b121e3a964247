/* Interrupts, GPIO and the UART's receive side on the ESP8266 (core/port_machine.h).
 *
 * Level-1 interrupts arrive through machine_entry.S at esp_l1_dispatch, which serves the CCOMPARE0
 * timer (machine_timer.c), the GPIO block and UART0 until none is pending.  Handlers only move
 * bytes and record events (machine_event): Python callbacks run later in the VM.  Everything
 * here that an interrupt reaches is in IRAM. */
#include "esp.h"
#include "rom.h"
#include "machine_hw.h"
#include "port_machine.h"

/* ---------------- interrupt masks ---------------- */

static inline uint32_t rsr_interrupt(void) {
    uint32_t v;
    __asm__ volatile("rsr.interrupt %0" : "=r"(v));
    return v;
}

static inline uint32_t rsr_intenable(void) {
    uint32_t v;
    __asm__ volatile("rsr.intenable %0" : "=r"(v));
    return v;
}

static inline void wsr_intenable(uint32_t v) {
    __asm__ volatile("wsr.intenable %0; rsync" :: "r"(v) : "memory");
}

IRAM_ATTR void machine_int_enable(uint32_t mask) {
    uint32_t ps = esp_irq_disable();
    wsr_intenable(rsr_intenable() | mask);
    esp_irq_restore(ps);
}

IRAM_ATTR void machine_int_disable(uint32_t mask) {
    uint32_t ps = esp_irq_disable();
    wsr_intenable(rsr_intenable() & ~mask);
    esp_irq_restore(ps);
}

uint32_t port_irq_disable(void) { return esp_irq_disable(); }
void port_irq_restore(uint32_t state) { esp_irq_restore(state); }

#define OUR_INTS ((1u << INUM_GPIO) | (1u << INUM_UART) | (1u << INUM_TIMER))

IRAM_ATTR void esp_l1_dispatch(void) {
    for (;;) {
        uint32_t pending = rsr_interrupt() & rsr_intenable();
        if (!pending) return;
        if (pending & (1u << INUM_TIMER)) machine_timer_isr();
        if (pending & (1u << INUM_GPIO)) machine_gpio_isr();
        if (pending & (1u << INUM_UART)) machine_uart_isr();
        if (pending & ~OUR_INTS) wsr_intenable(rsr_intenable() & OUR_INTS);   /* nobody serves those */
    }
}

/* ---------------- GPIO ---------------- */

/* IO_MUX register offset and the function number that selects GPIO, per pin; 0 = no such pin
 * (GPIO6-11 drive the flash; GPIO16 is in the RTC block). */
static const uint8_t mux_reg[PM_NPINS] = {0x34, 0x18, 0x38, 0x14, 0x3C, 0x40, 0, 0, 0, 0, 0, 0, 0x04, 0x08, 0x0C, 0x10};
static const uint8_t mux_func[PM_NPINS] = {0, 3, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3};

bool port_pin_valid(int pin) { return pin >= 0 && pin < PM_NPINS && mux_reg[pin] != 0; }

void port_pin_config(int pin, int mode, int pull) {
    uint32_t mux = IO_MUX_BASE + mux_reg[pin];
    uint32_t f = mux_func[pin];
    uint32_t v = REG32(mux) & ~(IO_MUX_FUNC_MASK | IO_MUX_PULLUP | IO_MUX_PULLDOWN);
    v |= ((f & 4) << 6) | ((f & 3) << 4);
    if (pull == PM_PULL_UP) v |= IO_MUX_PULLUP;
    REG32(mux) = v;
    uint32_t ps = esp_irq_disable();
    uint32_t cfg = REG32(GPIO_PIN(pin));
    if (mode == PM_OPEN_DRAIN) cfg |= GPIO_PIN_DRIVER;
    else cfg &= ~GPIO_PIN_DRIVER;
    REG32(GPIO_PIN(pin)) = cfg;
    esp_irq_restore(ps);
    if (mode == PM_IN) REG32(GPIO_ENABLE_W1TC) = 1u << pin;
    else REG32(GPIO_ENABLE_W1TS) = 1u << pin;
}

int port_pin_read(int pin) { return (int)((REG32(GPIO_IN) >> pin) & 1); }

void port_pin_write(int pin, int level) {
    if (level) REG32(GPIO_OUT_W1TS) = 1u << pin;
    else REG32(GPIO_OUT_W1TC) = 1u << pin;
}

void port_pin_irq(int pin, unsigned trigger) {
    uint32_t ps = esp_irq_disable();
    uint32_t cfg = REG32(GPIO_PIN(pin)) & ~GPIO_PIN_INT_MASK;
    REG32(GPIO_PIN(pin)) = cfg | ((trigger & 3u) << GPIO_PIN_INT_SHIFT);
    REG32(GPIO_STATUS_W1TC) = 1u << pin;   /* an edge from before does not count */
    esp_irq_restore(ps);
    if (trigger) machine_int_enable(1u << INUM_GPIO);
}

/* One event per pin whose status bit is set; the edge is the level now (an "any edge" pin
 * reports which way it went). */
IRAM_ATTR void machine_gpio_isr(void) {
    uint32_t st = REG32(GPIO_STATUS);
    REG32(GPIO_STATUS_W1TC) = st;
    uint32_t in = REG32(GPIO_IN);
    for (unsigned pin = 0; st && pin < PM_NPINS; pin++, st >>= 1)
        if (st & 1) machine_event(PM_SRC_PIN(pin), (in >> pin) & 1 ? PM_IRQ_RISING : PM_IRQ_FALLING);
}

/* ---------------- UART0 receive ---------------- */

/* Every byte goes to the console's ring (port.c), which also turns Ctrl-C into a
 * KeyboardInterrupt while Python code runs. */
IRAM_ATTR void machine_uart_isr(void) {
    while (REG32(UART0_STATUS) & 0xFF) console_rx((int)(REG32(UART0_FIFO) & 0xFF));
    REG32(UART0_INT_CLR) = REG32(UART0_INT_ST) | UART_RXFIFO_FULL | UART_RXFIFO_TOUT;
}

/* Interrupt as soon as one byte is in the FIFO. */
void machine_uart_init(void) {
    uint32_t conf1 = REG32(UART0_CONF1) & ~0x7Fu;
    REG32(UART0_CONF1) = conf1 | 1u;
    REG32(UART0_INT_CLR) = 0x1FF;
    REG32(UART0_INT_ENA) = UART_RXFIFO_FULL;
    machine_int_enable(1u << INUM_UART);
}

bool machine_uart_irq_off(void) {
    bool on = (rsr_intenable() >> INUM_UART) & 1;
    machine_int_disable(1u << INUM_UART);
    return on;
}

void machine_uart_irq_on(bool was_on) {
    if (was_on) machine_int_enable(1u << INUM_UART);
}

/* UART(0) in Python reads what the console has buffered. */
size_t port_uart_any(void) { return console_rx_count(); }

size_t port_uart_read(uint8_t *buf, size_t n) {
    size_t got = 0;
    for (int c; got < n && (c = console_rx_pop()) >= 0;) buf[got++] = (uint8_t)c;
    return got;
}

void port_uart_write(const uint8_t *buf, size_t n) { uart_write((const char *)buf, n); }

static uint32_t uart_baud = 115200;

/* The UART clock is the 80 MHz APB clock, whatever the CPU runs at. */
bool port_uart_set_baudrate(uint32_t baud) {
    if (baud < 300 || baud > 4000000) return false;
    uart_baud = baud;
    REG32(UART0_CLKDIV) = 80000000u / baud;
    return true;
}

uint32_t port_uart_baudrate(void) { return uart_baud; }
