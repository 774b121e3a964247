/* ROM shim for flashsim: stands in for the few ESP8266 mask-ROM routines that espy's RAM
 * programs call, so that flashsim can run an uploaded program for real under QEMU:
 *   uart_tx_one_char -> semihosting write to stdout (flashsim relays it to the pty)
 *   SPIRead          -> semihosting read of the simulator's flash file (argv[1])
 *   SPIParamCfg      -> accepted, nothing to configure
 *   MD5Init/Update/Final -> lib/md5.c (same 88-byte context layout as the ROM's)
 * QEMU loads the program's segments with -device loader and the entry point as a word at
 * 0x3FFFC000 (ROM data RAM on the chip, unused by RAM programs). */
#include <stddef.h>
#include <stdint.h>
#include "md5.h"

#define ENTRY_WORD ((volatile uint32_t *)0x3FFFC000)

static int semi(int nr, int a, int b, int c) {
    register int a2 __asm__("a2") = nr;
    register int a3 __asm__("a3") = a;
    register int a4 __asm__("a4") = b;
    register int a5 __asm__("a5") = c;
    __asm__ volatile("simcall" : "+r"(a2), "+r"(a3) : "r"(a4), "r"(a5) : "memory");
    return a2;
}

enum { SYS_EXIT = 1, SYS_READ = 3, SYS_WRITE = 4, SYS_OPEN = 5, SYS_LSEEK = 19, SYS_ARGC = 1000, SYS_ARGV = 1002 };

void *memcpy(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);
void *memcpy(void *d, const void *s, size_t n) {
    uint8_t *dd = d;
    const uint8_t *ss = s;
    while (n--)
        *dd++ = *ss++;
    return d;
}
void *memset(void *d, int c, size_t n) {
    uint8_t *dd = d;
    while (n--)
        *dd++ = (uint8_t)c;
    return d;
}

static int flash_fd = -1;
static union {
    char *ptr[8];
    char text[1024];
} args;

void shim_main(void);
void shim_main(void) {
    int argc = semi(SYS_ARGC, 0, 0, 0);
    if (argc < 2 || argc > 7)
        semi(SYS_EXIT, 3, 0, 0);
    semi(SYS_ARGV, (int)(uintptr_t)&args, 0, 0);
    flash_fd = semi(SYS_OPEN, (int)(uintptr_t)args.ptr[1], 0 /* read only */, 0);
    if (flash_fd < 0)
        semi(SYS_EXIT, 4, 0, 0);
    void (*entry)(void) = (void (*)(void))(uintptr_t)*ENTRY_WORD;
    entry();
}

int shim_uart_tx_one_char(uint8_t c);
int shim_uart_tx_one_char(uint8_t c) {
    semi(SYS_WRITE, 1, (int)(uintptr_t)&c, 1);
    return 0;
}

int shim_SPIRead(uint32_t addr, void *dst, uint32_t len);
int shim_SPIRead(uint32_t addr, void *dst, uint32_t len) {
    if (semi(SYS_LSEEK, flash_fd, (int)addr, 0) != (int)addr)
        return 1;
    return semi(SYS_READ, flash_fd, (int)(uintptr_t)dst, (int)len) == (int)len ? 0 : 1;
}

int shim_SPIParamCfg(uint32_t id, uint32_t size, uint32_t block, uint32_t sector, uint32_t page, uint32_t mask);
int shim_SPIParamCfg(uint32_t id, uint32_t size, uint32_t block, uint32_t sector, uint32_t page, uint32_t mask) {
    (void)id, (void)size, (void)block, (void)sector, (void)page, (void)mask;
    return 0;
}

void shim_MD5Init(md5_ctx *c);
void shim_MD5Init(md5_ctx *c) {
    md5_init(c);
}

void shim_MD5Update(md5_ctx *c, const void *d, uint32_t n);
void shim_MD5Update(md5_ctx *c, const void *d, uint32_t n) {
    md5_update(c, d, n);
}

void shim_MD5Final(uint8_t *digest, md5_ctx *c);
void shim_MD5Final(uint8_t *digest, md5_ctx *c) {
    md5_final(c, digest);
}
