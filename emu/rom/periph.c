/* The ROM's UART functions when `espy emu` runs its peripheral model (semihosting argument 2 is
 * "periph", docs/emulator.md "Peripherals"): like the chip's ROM they read UART0's STATUS and
 * FIFO registers, which the model behind QEMU's gdbstub fills from the console input, instead of
 * reading the host's standard input.
 *
 * Two scratch words outside the chip's registers let the model see time pass (it cannot stop
 * a running guest at a given moment without upsetting QEMU's -icount):
 *   0x60001F00  the blocking read writes IDLE_MAGIC before it waits: when all input is used,
 *               the run ends there (as a --script run does without the model)
 *   0x60001F04  each read here (the firmware polls the console often) stores CCOUNT once
 *               CCOUNT has passed the value the model put at 0x60001F08 while 0x60001F0C is
 *               set; the model watches the store, applies the input due by then and sets the
 *               next time. */
#include "rom.h"

#define UART0_FIFO   (*(volatile uint32_t *)0x60000000)
#define UART0_STATUS (*(volatile uint32_t *)0x6000001C)
#define IDLE_MARK    (*(volatile uint32_t *)0x60001F00)
#define POLL         (*(volatile uint32_t *)0x60001F04)
#define WANT         (*(volatile uint32_t *)0x60001F08)
#define WANT_ON      (*(volatile uint32_t *)0x60001F0C)
#define IDLE_MAGIC   0x49444C45u

static int mode = -1;

int rom_periph(void) {
    if (mode < 0) {
        static char argbuf[1024];
        int argc = semi(SEMI_ARGC, 0, 0, 0);
        int need = semi(SEMI_ARGV_SZ, 0, 0, 0);
        mode = 0;
        if (argc >= 3 && need > 0 && need <= (int)sizeof argbuf) {
            semi(SEMI_ARGV, (int)argbuf, 0, 0);
            const char *a = ((char **)argbuf)[2];
            mode = a[0] == 'p' && a[1] == 'e' && a[2] == 'r' && a[3] == 'i' && a[4] == 'p' && a[5] == 'h' && !a[6];
        }
    }
    return mode;
}

static void poll_time(void) {
    if (!WANT_ON)
        return;
    uint32_t c;
    __asm__ volatile("rsr.ccount %0" : "=r"(c));
    if ((int32_t)(c - WANT) >= 0)
        POLL = c;
}

int periph_rx_one_char(uint8_t *c) {
    poll_time();
    if (!(UART0_STATUS & 0xFF))
        return 1;
    *c = (uint8_t)UART0_FIFO;
    return 0;
}

uint8_t periph_rx_one_char_block(void) {
    IDLE_MARK = IDLE_MAGIC;
    while (!(UART0_STATUS & 0xFF))
        poll_time();
    return (uint8_t)UART0_FIFO;
}
