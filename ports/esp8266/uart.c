/* Console on UART0 through the ROM's character functions, so the same code runs on the chip
 * (where the ROM drives the UART FIFO) and under the emulator's ROM model (where they are the
 * terminal).  uart_putc/uart_write are raw; uart_puts and esp_printf turn "\n" into "\r\n"
 * for terminals. */
#include <stdarg.h>
#include "esp.h"
#include "rom.h"

void uart_putc(int c) {
    uart_tx_one_char((uint8_t)c);
}

void uart_write(const char *s, size_t n) {
    while (n--)
        uart_tx_one_char((uint8_t)*s++);
}

static void put_crlf(int c) {
    if (c == '\n')
        uart_tx_one_char('\r');
    uart_tx_one_char((uint8_t)c);
}

void uart_puts(const char *s) {
    while (*s)
        put_crlf(*s++);
}

int uart_getc_nonblocking(void) {
    uint8_t c;
    return uart_rx_one_char(&c) == 0 ? c : -1;
}

int uart_getc(void) {
    /* The ROM's blocking read.  Under the emulator this is also how the firmware says "idle,
     * waiting for input": at the end of a --script the ROM model ends the run here. */
    return uart_rx_one_char_block();
}

/* Minimal printf: %s %c %d %u %x %X %p, optional '-' / '0' flags and a width. */
void esp_printf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            put_crlf(*fmt);
            continue;
        }
        fmt++;
        int left = 0, zero = 0, width = 0;
        for (;; fmt++) {
            if (*fmt == '-') left = 1;
            else if (*fmt == '0') zero = 1;
            else break;
        }
        while (*fmt >= '0' && *fmt <= '9')
            width = width * 10 + (*fmt++ - '0');
        if (*fmt == 'l')
            fmt++;  /* long == int on this target */
        char buf[12];
        const char *s = buf;
        int n = 0, neg = 0;
        uint32_t v;
        switch (*fmt) {
        case 's':
            s = va_arg(ap, const char *);
            if (!s) s = "(null)";
            while (s[n]) n++;
            break;
        case 'c':
            buf[0] = (char)va_arg(ap, int);
            n = 1;
            break;
        case 'd': case 'u': case 'x': case 'X': case 'p': {
            unsigned base = (*fmt == 'd' || *fmt == 'u') ? 10 : 16;
            const char *digits = *fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
            if (*fmt == 'd') {
                int32_t i = va_arg(ap, int32_t);
                neg = i < 0;
                v = neg ? 0u - (uint32_t)i : (uint32_t)i;
            } else if (*fmt == 'p') {
                v = (uint32_t)(uintptr_t)va_arg(ap, void *);
                width = 8; zero = 1;
            } else {
                v = va_arg(ap, uint32_t);
            }
            char *p = buf + sizeof buf;
            do { *--p = digits[v % base]; v /= base; } while (v);
            s = p;
            n = (int)(buf + sizeof buf - p);
            break;
        }
        case 0:
            fmt--;
            continue;
        default:
            buf[0] = *fmt;
            n = 1;
        }
        int pad = width - n - neg;
        if (neg && zero) uart_tx_one_char('-');
        while (!left && pad-- > 0) uart_tx_one_char(zero ? '0' : ' ');
        if (neg && !zero) uart_tx_one_char('-');
        for (int i = 0; i < n; i++) put_crlf(s[i]);
        while (left && pad-- > 0) uart_tx_one_char(' ');
    }
    va_end(ap);
}
