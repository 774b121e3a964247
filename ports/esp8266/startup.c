/* Start-up: from the ROM's jump to _start (start.S) to espy_main().
 *
 * Order matters: the ROM leaves the flash cache off, so until Cache_Read_Enable nothing in
 * irom0 (including memset and every function not marked IRAM_ATTR) may run.  Everything up to
 * that point is IRAM code calling only the ROM. */
#include <string.h>
#include "esp.h"
#include "espimage.h"
#include "lz.h"
#include "rom.h"

#define REG(addr) (*(volatile uint32_t *)(addr))
#define UART0_CLKDIV  0x60000014u
#define UART0_STATUS  0x6000001Cu
#define WDT_CTL       0x60000900u

#define CPU_MHZ 80
#define CONSOLE_BAUD 115200

/* The layout descriptor: first thing in irom0 (esp8266.ld), filled in by `espy image from-elf`
 * for the chosen flash size.  Only the magic is known at compile time.  Volatile so the
 * compiler reads the flash copy instead of folding in these placeholder values. */
__attribute__((section(".irom0.layout"), used))
const volatile esplayout esp_layout_desc = {.magic = ESPLAYOUT_MAGIC, .version = ESPLAYOUT_VERSION};

esplayout esp_layout;
int esp_layout_err;

extern char _vector_base[];
void esp_clock_init(void);

static void read_layout(void) {
    /* Word by word: irom0 only allows aligned 32-bit loads. */
    const volatile uint32_t *src = (const volatile uint32_t *)&esp_layout_desc;
    uint32_t *dst = (uint32_t *)&esp_layout;
    for (size_t i = 0; i < sizeof esp_layout / 4; i++)
        dst[i] = src[i];
    esp_layout_err = esplayout_validate(&esp_layout);
    if (!esp_layout_ok) {   /* (espy_main says so: the text is a compressed message) */
        esplayout_make(&esp_layout, 0x80000, (uint32_t)((uintptr_t)_irom_end - ESPLAYOUT_IROM_VADDR),
                       ESPLAYOUT_DEFAULT_BUNDLE);
    }
}

/* Boot stage (esp8266.ld .stage.text, run by _start): the image carries .iram.text packed
 * (lib/espimage.h) in DRAM at ESPIMAGE_PACKED_ADDR.  Unpacked into DRAM from .bss on (not in
 * use yet, and byte stores to IRAM would fault), then copied to IRAM a word at a time.  The
 * ROM has checked the image's checksum, so a failure here means a broken image tool. */
#define STAGE __attribute__((section(".stage.text")))
static const char unpack_failed[] __attribute__((section(".stage.text.rodata"), aligned(4))) =
    "espy: the packed IRAM code does not unpack\n";

STAGE void boot_unpack(void) {
    const espimage_packed *h = (const espimage_packed *)ESPIMAGE_PACKED_ADDR;
    uint32_t *tmp = (uint32_t *)_bss_start;
    if (h->magic != ESPIMAGE_PACKED_MAGIC ||
        lz_unpack((uint8_t *)tmp, h->size, (const uint8_t *)(h + 1), h->packed) != 0) {
        for (const char *p = unpack_failed; *p; p++)   /* -mforce-l32: word reads of IRAM */
            uart_tx_one_char((uint8_t)*p);
        for (;;)
            ;
    }
    uint32_t *dst = (uint32_t *)h->dest;
    for (uint32_t i = 0; i < h->size / 4; i++)
        dst[i] = tmp[i];
    __asm__ volatile("isync");
}

IRAM_ATTR NORETURN void esp_start(void) {
    /* 1. Flash cache: map the first MB of flash at 0x40200000 (irom0 code, rodata, bundle). */
    Cache_Read_Enable(0, 0, 1);

    /* 2. .bss.  memset lives in irom0, reachable now. */
    memset(_bss_start, 0, (size_t)(_bss_end - _bss_start));

    /* 3. Watchdog: the hardware WDT is believed off at hand-off (esp8266.md 4.5); clear its
     *    enable bit anyway so a long flash erase or a busy REPL never trips it.  Nothing feeds
     *    it; a driver that wants it enables and feeds it (write 0x73 to 0x60000914). */
    REG(WDT_CTL) &= ~1u;

    /* 4. Clocks: let the ROM's boot messages leave the TX FIFO, switch the PLL to 80 MHz
     *    (values for the 26 MHz crystal of ESP-01 modules), tell the ROM's delay code, and set
     *    the console to 115200 baud on the 80 MHz APB clock. */
    for (int i = 0; i < 100000 && (REG(UART0_STATUS) >> 16 & 0xFF) != 0; i++)
        ;
    rom_i2c_writeReg(103, 4, 1, 0x88);
    rom_i2c_writeReg(103, 4, 2, 0x91);
    ets_update_cpu_frequency(CPU_MHZ);
    REG(UART0_CLKDIV) = CPU_MHZ * 1000000 / CONSOLE_BAUD;

    /* 5. Our exception vectors (vectors.S). */
    __asm__ volatile("wsr.vecbase %0; rsync" :: "r"(_vector_base));

    /* 6. Platform state in irom0 code: clock, layout, flash geometry. */
    esp_clock_init();
    read_layout();
    esp_flash_init(esp_layout.flash_size);

    espy_main();
    /* The application returned: nothing left to do but start again. */
    esp_reboot();
}

NORETURN void esp_reboot(void) {
    software_reset();
}
