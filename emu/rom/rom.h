/* Shared declarations of the emulator's ROM model (docs/emulator.md). */
#ifndef ROM_MODEL_H
#define ROM_MODEL_H

#include <stdint.h>
#include <stddef.h>

/* Exit statuses of a run (also `espy emu`'s). */
enum {
    ROM_EXIT_IDLE = 0,      /* console input ended while the firmware waited for more */
    ROM_EXIT_BAD_IMAGE = 1, /* the boot image was refused: magic, segment or checksum */
    ROM_EXIT_FLASH = 2,     /* the flash file could not be opened or read */
    ROM_EXIT_FAULT = 3,     /* an exception reached the ROM's vectors */
    ROM_EXIT_RESET_LOOP = 4 /* the firmware kept rebooting without reading any input */
};

/* Semihosting (QEMU's simcall): call number in a2, arguments in a3..a5, result in a2. */
static inline int semi(int nr, int a, int b, int c) {
    register int a2 __asm__("a2") = nr;
    register int a3 __asm__("a3") = a;
    register int a4 __asm__("a4") = b;
    register int a5 __asm__("a5") = c;
    __asm__ volatile("simcall" : "+r"(a2), "+r"(a3) : "r"(a4), "r"(a5) : "memory");
    return a2;
}
#define SEMI_EXIT 1
#define SEMI_READ 3
#define SEMI_WRITE 4
#define SEMI_OPEN 5
#define SEMI_CLOSE 6
#define SEMI_LSEEK 19
#define SEMI_SELECT_ONE 29
#define SEMI_ARGC 1000
#define SEMI_ARGV_SZ 1001
#define SEMI_ARGV 1002

/* console.c */
void con_write(const char *s);          /* ROM output on the "UART" (stdout) */
void con_hex(uint32_t v);
void con_hex8(uint8_t v);
void con_dec(uint32_t v);
void con_flush(void);
void diag(const char *s);               /* model diagnostics on stderr, one piece at a time */
void diag_hex(uint32_t v);
int con_input_seen(void);               /* any console byte read since the last call */
void rom_exit(int status) __attribute__((noreturn));

/* flash.c */
void flash_open(void);
void flash_new_boot(void);       /* each Cache_Read_Disable site is checked again */
void flash_window(int show);     /* zeros in the window (0) while the cache is off, or the flash (1) */
uint32_t flash_size(void);
extern int rom_cache_enabled;

/* periph.c: the UART through the register model of `espy emu --trace/--pins` */
int rom_periph(void);
int periph_rx_one_char(uint8_t *c);
uint8_t periph_rx_one_char_block(void);

/* boot.c */
void rom_main(int cause) __attribute__((noreturn));
void rom_restart(int cause) __attribute__((noreturn));

#endif
