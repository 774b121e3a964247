/* SPI flash access.  The ROM's SPI routines drive the same controller the cache reads
 * through, so the cache must be off while they run - and with it everything in irom0: these
 * wrappers are in IRAM and keep interrupts masked for the duration (an interrupt handler in
 * flash would fault). */
#include "esp.h"
#include "rom.h"

void esp_flash_init(uint32_t chip_size) {
    /* The ROM bounds-checks every access against its idea of the chip size (unknown at
     * hand-off, esp8266.md 3.2); give it the size from the layout descriptor.  Geometry as
     * esptool's flasher stub sets it: 64 kB blocks, 4 kB sectors, 256-byte pages. */
    uint32_t ps = esp_irq_disable();
    SPIParamCfg(0, chip_size, 0x10000, 0x1000, 0x100, 0xFFFF);
    esp_irq_restore(ps);
}

IRAM_ATTR int esp_flash_read(uint32_t addr, void *dst, uint32_t len) {
    uint32_t ps = esp_irq_disable();
    Cache_Read_Disable();
    int r = SPIRead(addr, dst, len);
    Cache_Read_Enable(0, 0, 1);
    esp_irq_restore(ps);
    return r;
}

IRAM_ATTR int esp_flash_write(uint32_t addr, const void *src, uint32_t len) {
    uint32_t ps = esp_irq_disable();
    Cache_Read_Disable();
    int r = SPIWrite(addr, src, len);
    Cache_Read_Enable(0, 0, 1);
    esp_irq_restore(ps);
    return r;
}

IRAM_ATTR int esp_flash_erase_sector(uint32_t sector) {
    uint32_t ps = esp_irq_disable();
    Cache_Read_Disable();
    int r = SPIEraseSector(sector);
    Cache_Read_Enable(0, 0, 1);
    esp_irq_restore(ps);
    return r;
}
