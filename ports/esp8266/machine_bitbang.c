/* Timed pin protocols on the ESP8266 (core/port_machine.h; docs/machine.md "Timed pin
 * protocols"): bitstreams (WS2812), the DHT11/DHT22 read, 1-Wire slots and pulse timing.
 *
 * The loops that time edges run from IRAM, so a flash cache miss cannot stretch a pulse, and
 * count CCOUNT cycles: machine_cpu_mhz() of them per microsecond (80 or 160 on the chip, 40 in
 * the emulator).  Interrupts are masked only around what must not be stretched: one byte of a
 * bitstream (10 us at 800 kHz), a 1-Wire slot up to its sample point (at most 550 us, for the
 * reset), and the sensor's answer of a DHT read (~5 ms).  The pins are written through
 * GPIO_OUT_W1TS/W1TC (an open-drain pin is released by a 1) and read from GPIO_IN. */
#include "esp.h"
#include "espport.h"
#include "machine_hw.h"
#include "port_machine.h"
#include "vm.h"

#define IRAM_FN IRAM_ATTR __attribute__((noinline))
#define INLINE static inline __attribute__((always_inline))

INLINE void wait_until(uint32_t t0, uint32_t cycles) {
    while (hw_ccount() - t0 < cycles)
        ;
}

/* ---------------- bitstream ---------------- */

/* One byte, MSB first; c = {high0, period0, high1, period1} in cycles.  Each bit starts one
 * period after the last, so the loop's own time does not add up over the byte; the next bit's
 * timing is picked while the pin is high, so both edges follow their wait by one store. */
static IRAM_FN void send_byte(uint32_t mask, uint32_t b, const uint32_t *c) {
    uint32_t ps = esp_irq_disable();
    const uint32_t *x = c + ((b >> 6) & 2);
    uint32_t t = hw_ccount();
    for (int k = 8;;) {
        REG32(GPIO_OUT_W1TS) = mask;
        uint32_t high = x[0], period = x[1];
        b <<= 1;
        x = c + ((b >> 6) & 2);
        wait_until(t, high);
        REG32(GPIO_OUT_W1TC) = mask;
        t += period;
        if (--k == 0) break;
        while ((int32_t)(hw_ccount() - t) < 0)
            ;
    }
    while ((int32_t)(hw_ccount() - t) < 0)   /* the last bit's low */
        ;
    esp_irq_restore(ps);
}

void port_bitstream(int pin, const uint32_t ns[4], const uint8_t *buf, size_t n) {
    uint32_t mhz = machine_cpu_mhz(), c[4];
    for (int i = 0; i < 4; i++) c[i] = (ns[i] * mhz + 500) / 1000;   /* ns <= 100000: no overflow */
    c[1] += c[0];
    c[3] += c[2];
    for (size_t i = 0; i < n; i++) send_byte(1u << pin, buf[i], c);   /* the byte is read outside */
}

/* ---------------- DHT11 / DHT22 ---------------- */

/* The line is sampled once per microsecond (the narrowest difference the protocol encodes is
 * 26 vs 70 us).  Returns the microseconds the line stayed at `level` (the pin's bit or 0), or
 * -1 after `limit` us. */
INLINE int dht_wait(uint32_t mask, uint32_t level, int limit, uint32_t mhz) {
    uint32_t t = hw_ccount();
    int us = 0;
    while ((REG32(GPIO_IN) & mask) == level) {
        if (++us > limit) return -1;
        wait_until(t, mhz);
        t += mhz;
    }
    return us;
}

/* Releases the line the host held low and reads the sensor's answer: after 20-40 us it pulls
 * low 80 us, releases 80 us, then per bit 50 us low and 26-28 us (0) or 70 us (1) high.  Phase
 * p waits out a high line (even p) or a low one (odd); the highs from p = 4 on are the bits. */
static IRAM_FN int dht_answer(uint32_t mask, uint8_t *out, uint32_t mhz) {
    REG32(GPIO_OUT_W1TS) = mask;
    wait_until(hw_ccount(), 10 * mhz);    /* the pull-up raises the line */
    for (int p = 0; p < 83; p++) {
        int us = dht_wait(mask, p & 1 ? 0 : mask, p ? 100 : 200, mhz);
        if (us < 0) return PM_ETIMEDOUT;
        if (p >= 4 && !(p & 1)) {
            int i = (p - 4) >> 1;
            out[i >> 3] = (uint8_t)(out[i >> 3] << 1 | (us > 48));
        }
    }
    return 0;
}

/* The start sequence serves both sensors: low for 18 ms (the DHT11's minimum; the DHT22 needs
 * 1 ms), with interrupts on; then the answer with interrupts masked. */
int port_dht_read(int pin, uint8_t *out) {
    uint32_t mask = 1u << pin;
    REG32(GPIO_OUT_W1TC) = mask;
    port_delay_us(18000);
    uint32_t ps = esp_irq_disable();
    int r = dht_answer(mask, out, machine_cpu_mhz());
    esp_irq_restore(ps);
    return r;
}

/* ---------------- 1-Wire ---------------- */

/* Pulls the line low for `low` us, releases it, samples it `sample` us after the release and
 * returns `rest` us after the release.  Interrupts are masked until the sample: the rest is a
 * minimum (recovery), which an interrupt may only lengthen. */
static IRAM_FN int ow_pulse(uint32_t mask, uint32_t low, uint32_t sample, uint32_t rest, uint32_t mhz) {
    uint32_t ps = esp_irq_disable();
    uint32_t t = hw_ccount();
    REG32(GPIO_OUT_W1TC) = mask;
    wait_until(t, low * mhz);
    REG32(GPIO_OUT_W1TS) = mask;
    t = hw_ccount();
    wait_until(t, sample * mhz);
    uint32_t v = REG32(GPIO_IN) & mask;
    esp_irq_restore(ps);
    wait_until(t, rest * mhz);
    return v != 0;
}

/* Reset: 480 us low; the presence pulse (devices pull low 60-240 us, 15-60 us after the
 * release) is sampled at 70 us; 480 us before the next slot. */
bool port_onewire_reset(int pin) { return !ow_pulse(1u << pin, 480, 70, 480, machine_cpu_mhz()); }

/* A 1 (and read) slot: 6 us low, the device's bit sampled 15 us after the fall, 70 us in all;
 * a 0 slot: 60 us low, 10 us recovery (Maxim's recommended standard-speed timings). */
int port_onewire_slot(int pin, int bit) {
    uint32_t mhz = machine_cpu_mhz();
    if (bit) return ow_pulse(1u << pin, 6, 9, 64, mhz);
    ow_pulse(1u << pin, 60, 0, 10, mhz);
    return 0;
}

/* ---------------- pulse timing (machine.time_pulse_us) ---------------- */

/* While the pin reads `level`: the microseconds that lasted (rounded: t starts half a
 * microsecond back), or -1 once they reach `timeout` (or at a Ctrl-C).  Interrupts stay on,
 * since a wait may last seconds: the count follows CCOUNT (t steps one microsecond of cycles at
 * a time and catches up after an interrupt or the poll, and once more after the sample that
 * ends the wait), so an interrupt delays only the sight of an edge that comes while it is
 * served, by its length, never the count.  Once per microsecond the console is polled as in
 * the sleep loops: on the chip the UART interrupt has the bytes already and the poll costs
 * about a microsecond of sampling; the emulator applies its scripted pin events at the polls. */
static IRAM_FN int32_t pulse_wait(uint32_t mask, uint32_t level, uint32_t timeout, uint32_t mhz) {
    uint32_t t = hw_ccount() - mhz / 2, us = 0, polled = 0;
    for (;;) {
        uint32_t in = REG32(GPIO_IN) & mask;
        while (hw_ccount() - t >= mhz) {
            t += mhz;
            us++;
        }
        if (in != level) return (int32_t)us;
        if (us >= timeout || (vm.pending & PENDING_INTERRUPT)) return -1;
        if (us != polled) {
            polled = us;
            console_poll();
        }
    }
}

int32_t port_time_pulse_us(int pin, int level, uint32_t timeout_us) {
    uint32_t mask = 1u << pin, mhz = machine_cpu_mhz(), at = level ? mask : 0;
    if (pulse_wait(mask, at ^ mask, timeout_us, mhz) < 0) return -2;
    return pulse_wait(mask, at, timeout_us, mhz);
}
