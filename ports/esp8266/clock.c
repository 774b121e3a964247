/* Time since boot from CCOUNT, the CPU cycle counter.  Cycles are accumulated in 64 bits on
 * every read, so the clock survives CCOUNT wrapping (every 53.7 s at 80 MHz) as long as it is
 * read at least that often.  The rate comes from ets_get_cpu_frequency(): 80 on the chip after
 * start-up; under the emulator the ROM model reports the rate QEMU's CCOUNT really runs at. */
#include "esp.h"
#include "rom.h"

static uint32_t cycles_per_us = 80;
static uint32_t last_ccount;
static uint64_t cycles;
static uint64_t base_us;     /* time folded in at the last change of rate (machine.freq) */

uint32_t esp_ccount(void) {
    uint32_t c;
    __asm__ volatile("rsr.ccount %0" : "=r"(c));
    return c;
}

void esp_clock_init(void) {
    uint32_t mhz = ets_get_cpu_frequency();
    if (mhz >= 1 && mhz <= 400)
        cycles_per_us = mhz;
    last_ccount = esp_ccount();
    cycles = 0;
}

uint64_t esp_ticks_us(void) {
    uint32_t ps = esp_irq_disable();
    uint32_t now = esp_ccount();
    int32_t d = (int32_t)(now - last_ccount);
    if (d > 0) {   /* QEMU's CCOUNT may step back a little when the emulator's model stops it */
        cycles += (uint32_t)d;
        last_ccount = now;
    }
    uint64_t t = base_us + cycles / cycles_per_us;
    esp_irq_restore(ps);
    return t;
}

/* The CPU clock changed (machine.freq): what was counted so far is kept at the old rate. */
void esp_clock_set_mhz(uint32_t mhz) {
    uint32_t ps = esp_irq_disable();
    uint32_t now = esp_ccount();
    if ((int32_t)(now - last_ccount) > 0) cycles += now - last_ccount;
    last_ccount = now;
    base_us += cycles / cycles_per_us;
    cycles = 0;
    cycles_per_us = mhz;
    esp_irq_restore(ps);
}

uint32_t esp_ticks_ms(void) {
    return (uint32_t)(esp_ticks_us() / 1000);
}

void esp_delay_us(uint32_t us) {
    uint64_t end = esp_ticks_us() + us;
    while (esp_ticks_us() < end)
        ;
}
