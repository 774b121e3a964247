/* The ROM's boot path: print the boot line, load the v1 boot image from flash offset 0 (header,
 * segments into IRAM/DRAM, checksum), and jump to its entry point - the way the mask ROM does on
 * a flash boot.  Runs at power-on and after every software_reset. */
#include "rom.h"

#define WINDOW ((const volatile uint8_t *)0x40200000)
#define RESET_LOOP_LIMIT 10

static uint32_t rd32(uint32_t off) {
    return WINDOW[off] | (uint32_t)WINDOW[off + 1] << 8 | (uint32_t)WINDOW[off + 2] << 16 |
           (uint32_t)WINDOW[off + 3] << 24;
}

static int loadable(uint32_t addr, uint32_t len) {
    /* Application IRAM and DRAM only: anything else would overwrite the model itself, its data
     * or the stack it is running on. */
    uint64_t end = (uint64_t)addr + len;
    return (addr >= 0x40100000u && end <= 0x40108000u) ||
           (addr >= 0x3FFE8000u && end <= 0x3FFFC000u);
}

static void refuse(const char *why, uint32_t value) {
    con_write(why);
    con_hex(value);
    con_write("\r\n");
    rom_exit(ROM_EXIT_BAD_IMAGE);
}

void rom_main(int cause) {
    static int quiet_resets;
    if (cause == 1 || con_input_seen()) {
        quiet_resets = 0;
    } else if (++quiet_resets >= RESET_LOOP_LIMIT) {
        diag("ROM model: the firmware rebooted 10 times without reading input; stopping\n");
        rom_exit(ROM_EXIT_RESET_LOOP);
    }
    rom_cache_enabled = 0;
    con_write("\r\n ets Jan  8 2013,rst cause:");
    con_dec((uint32_t)cause);
    con_write(", boot mode:(3,6)\r\n\r\n");
    flash_open();
    flash_new_boot();
    flash_window(1);   /* the ROM reads the boot image over SPI, cache or not */

    uint32_t size = flash_size() < 0x100000u ? flash_size() : 0x100000u;
    if (WINDOW[0] != 0xE9)
        refuse("invalid header: magic ", WINDOW[0]);
    uint32_t nsegs = WINDOW[1], entry = rd32(4), off = 8;
    uint8_t csum = 0xEF;
    for (uint32_t i = 0; i < nsegs; i++) {
        if (off + 8 > size)
            refuse("segment header beyond flash at ", off);
        uint32_t addr = rd32(off), len = rd32(off + 4);
        off += 8;
        con_write("load ");
        con_hex(addr);
        con_write(", len ");
        con_dec(len);
        con_write("\r\n");
        if (len & 3)
            refuse("bad segment length at ", off - 4);
        if (!loadable(addr, len))
            refuse("bad segment address ", addr);
        if (len > size - off)
            refuse("segment data beyond flash at ", off);
        for (uint32_t k = 0; k < len; k += 4) {
            uint32_t w = rd32(off + k);
            *(volatile uint32_t *)(addr + k) = w;
            csum ^= (uint8_t)(w ^ w >> 8 ^ w >> 16 ^ w >> 24);
        }
        off += len;
    }
    off |= 15;
    uint8_t stored = off < size ? WINDOW[off] : 0xFF;
    con_write("chksum ");
    con_hex8(csum);
    con_write(" csum ");
    con_hex8(stored);
    con_write("\r\n");
    if (csum != stored) {
        con_write("csum err\r\n");
        rom_exit(ROM_EXIT_BAD_IMAGE);
    }
    con_flush();
    flash_window(0);   /* until the firmware turns the cache on */
    ((void (*)(void))entry)();
    diag("ROM model: the firmware's entry function returned\n");
    rom_exit(ROM_EXIT_FAULT);
}

/* An exception at the ROM's vectors (romtab.S): the firmware faulted before installing its own
 * vectors, or the model itself did.  The chip would hang or reboot; the model reports and
 * stops so that no run can hang. */
void rom_fault(uint32_t kind, uint32_t cause, uint32_t pc, uint32_t vaddr) {
    static const char *const kinds[6] = {"?", "debug", "nmi", "kernel", "user", "double"};
    con_write("\r\nFatal exception ");
    con_dec(cause);
    con_write(" at the ROM's ");
    con_write(kinds[kind < 6 ? kind : 0]);
    con_write(" vector: pc=");
    con_hex(pc);
    con_write(" excvaddr=");
    con_hex(vaddr);
    con_write("\r\n");
    rom_exit(ROM_EXIT_FAULT);
}
