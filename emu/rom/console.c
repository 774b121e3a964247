/* The ROM's UART functions, wired to QEMU's standard input and output through semihosting.
 *
 * Output is buffered and flushed at a newline, when full, and before anything that may wait
 * (reads, delays, exit).  Input: uart_rx_one_char polls fd 0 with select_one (timeout 0) and
 * reads one byte when one is ready; uart_rx_one_char_block does a blocking read - the firmware
 * calls it when it has nothing to do but wait, so when standard input has ended there the run
 * is over and the model exits with status 0 (how `espy emu --script` finishes).  A firmware that
 * only ever polls is stopped by `espy emu --timeout` instead. */
#include "rom.h"

static char out_buf[256];
static uint32_t out_len;
static int in_eof;
static int in_seen;

void con_flush(void) {
    if (out_len)
        semi(SEMI_WRITE, 1, (int)out_buf, (int)out_len);
    out_len = 0;
}

static void con_putc(char c) {
    out_buf[out_len++] = c;
    if (c == '\n' || out_len == sizeof out_buf)
        con_flush();
}

void con_write(const char *s) {
    while (*s)
        con_putc(*s++);
}

void con_hex(uint32_t v) {
    char b[11] = "0x";
    for (int i = 0; i < 8; i++)
        b[2 + i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 15];
    b[10] = 0;
    con_write(b);
}

void con_hex8(uint8_t v) {
    char b[5] = {'0', 'x', "0123456789abcdef"[v >> 4], "0123456789abcdef"[v & 15], 0};
    con_write(b);
}

void con_dec(uint32_t v) {
    char b[11];
    int n = 10;
    b[n] = 0;
    do { b[--n] = (char)('0' + v % 10); v /= 10; } while (v);
    con_write(b + n);
}

void diag(const char *s) {
    con_flush();
    int n = 0;
    while (s[n]) n++;
    semi(SEMI_WRITE, 2, (int)s, n);
}

void diag_hex(uint32_t v) {
    char b[11] = "0x";
    for (int i = 0; i < 8; i++)
        b[2 + i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 15];
    b[10] = 0;
    diag(b);
}

int con_input_seen(void) {
    int s = in_seen;
    in_seen = 0;
    return s;
}

void rom_exit(int status) {
    con_flush();
    semi(SEMI_EXIT, status, 0, 0);
    for (;;)
        ;
}

int uart_tx_one_char(uint8_t c) {
    con_putc((char)c);
    return 0;
}

/* 0 and a byte in *c when one is waiting; 1 when none is. */
int uart_rx_one_char(uint8_t *c) {
    con_flush();
    if (rom_periph())
        return periph_rx_one_char(c);
    if (in_eof)
        return 1;
    uint32_t tv[2] = {0, 0};
    if (semi(SEMI_SELECT_ONE, 0, 1, (int)tv) <= 0)
        return 1;
    uint8_t b;
    if (semi(SEMI_READ, 0, (int)&b, 1) != 1) {
        in_eof = 1;
        return 1;
    }
    in_seen = 1;
    *c = b;
    return 0;
}

uint8_t uart_rx_one_char_block(void) {
    con_flush();
    if (rom_periph())
        return periph_rx_one_char_block();
    uint8_t b;
    if (in_eof || semi(SEMI_READ, 0, (int)&b, 1) != 1)
        rom_exit(ROM_EXIT_IDLE);
    in_seen = 1;
    return b;
}

static uint32_t uart_divisor;

void uart_div_modify(uint8_t uart_no, uint32_t divisor) {
    (void)uart_no;
    uart_divisor = divisor;  /* recorded only: the terminal has no baud rate */
}
