/* The ROM's timing, clock, watchdog and reset functions. */
#include "rom.h"

/* QEMU's lx106 CCOUNT runs at 40 MHz of (virtual or host) time whatever the firmware sets, so
 * ets_get_cpu_frequency reports 40: firmware that scales CCOUNT by it keeps real time here.
 * The value the firmware set is kept for the record only. */
#define QEMU_CCOUNT_MHZ 40
static uint32_t cpu_mhz_set = 52;

static uint32_t ccount(void) {
    uint32_t c;
    __asm__ volatile("rsr.ccount %0" : "=r"(c));
    return c;
}

void ets_delay_us(uint32_t us) {
    con_flush();
    uint32_t start = ccount();
    uint64_t cycles = (uint64_t)us * QEMU_CCOUNT_MHZ;
    uint64_t done = 0;
    uint32_t last = start;
    while (done < cycles) {
        uint32_t now = ccount();
        done += now - last;
        last = now;
    }
}

void ets_update_cpu_frequency(uint32_t mhz) {
    cpu_mhz_set = mhz;
}

uint32_t ets_get_cpu_frequency(void) {
    return QEMU_CCOUNT_MHZ;
}

/* The analog "I2C" bus (PLL and RF registers): remembered so reads give back what was
 * written; nothing else depends on it. */
static struct { uint8_t block, host, reg, data; } i2c_regs[16];
static uint32_t i2c_count;

void rom_i2c_writeReg(uint8_t block, uint8_t host_id, uint8_t reg, uint8_t data) {
    for (uint32_t i = 0; i < i2c_count; i++)
        if (i2c_regs[i].block == block && i2c_regs[i].host == host_id && i2c_regs[i].reg == reg) {
            i2c_regs[i].data = data;
            return;
        }
    if (i2c_count < sizeof i2c_regs / sizeof i2c_regs[0]) {
        i2c_regs[i2c_count].block = block;
        i2c_regs[i2c_count].host = host_id;
        i2c_regs[i2c_count].reg = reg;
        i2c_regs[i2c_count].data = data;
        i2c_count++;
    }
}

uint8_t rom_i2c_readReg(uint8_t block, uint8_t host_id, uint8_t reg) {
    for (uint32_t i = 0; i < i2c_count; i++)
        if (i2c_regs[i].block == block && i2c_regs[i].host == host_id && i2c_regs[i].reg == reg)
            return i2c_regs[i].data;
    return 0;
}

/* No watchdog is modelled: there is nothing to enable or disable. */
void ets_wdt_enable(void) {}
void ets_wdt_disable(void) {}

void software_reset(void) {
    con_flush();
    rom_restart(2);
}
