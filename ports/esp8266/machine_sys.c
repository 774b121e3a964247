/* The rest of core/port_machine.h on the ESP8266: session start, CPU clock, resets and their
 * cause, the RTC (time of day and user memory), the unique id, the flash for the esp module,
 * and the hooks port.c calls while it waits for console input.
 *
 * RTC user memory (0x60001100..0x600012FF, kept through resets but not power cuts), in words:
 *   [0] magic  [1] cause of the reset we made (or NO_CAUSE)  [2..3] the time of day in ms at
 *   ticks 0 (int64)  [4] bit 31: time set, bits 15..0: length of RTC().memory()
 *   [5..] RTC().memory(): 492 bytes
 * Only 32-bit accesses: the RTC block has no byte lanes. */
#include <string.h>
#include "esp.h"
#include "rom.h"
#include "machine_hw.h"
#include "port_machine.h"
#include "vm.h"
#include "exc.h"
#include "repl.h"
#include "crc32.h"

#define RTC_MAGIC    0x54525345u   /* "ESRT" */
#define NO_CAUSE     0xFFFFFFFFu
#define RTC_W(i)     REG32(RTC_MEM + 4u * (i))
#define RTC_DATA     5
#define TIME_SET     0x80000000u

static bool inited;
static bool emulated;
static int reset_cause;
static uint32_t nominal_mhz = 80;

bool machine_emulated(void) { return emulated; }

/* Once per boot: what kind of reset this was, from our mark in RTC memory. */
void machine_sys_init(void) {
    /* The emulator's ROM model reports QEMU's 40 MHz CCOUNT rate (the chip: 80 after start-up);
     * QEMU has no DPORT block, so its registers are left alone there. */
    emulated = ets_get_cpu_frequency() == 40;
    if (RTC_W(0) != RTC_MAGIC) {
        reset_cause = PM_PWRON_RESET;
        RTC_W(0) = RTC_MAGIC;
        RTC_W(4) = 0;
    } else {
        uint32_t c = RTC_W(1);
        reset_cause = c == NO_CAUSE ? PM_HARD_RESET : (int)c;   /* reset pin, crash, or the hardware */
    }
    RTC_W(1) = NO_CAUSE;
}

void port_machine_init(void) {
    if (!inited) {
        machine_sys_init();
        inited = true;
    }
    machine_timer_init();          /* stops timers, PWM and the watchdog */
    for (int pin = 0; pin < PM_NPINS; pin++)
        if (port_pin_valid(pin)) port_pin_irq(pin, 0);
    machine_int_disable(1u << INUM_GPIO);
    machine_uart_init();
}

/* ---------------- clock ---------------- */

void esp_clock_set_mhz(uint32_t mhz);   /* clock.c */

uint32_t port_cpu_freq(void) { return nominal_mhz * 1000000u; }

/* 160 MHz doubles the CPU clock (DPORT CPU2X); the UART keeps the 80 MHz APB clock. */
bool port_set_cpu_freq(uint32_t hz) {
    if (hz != 80000000u && hz != 160000000u) return false;
    uint32_t mhz = hz / 1000000u;
    if (mhz == nominal_mhz) return true;
    if (!emulated) {
        uint32_t ps = esp_irq_disable();
        if (mhz == 160) REG32(DPORT_CPU2X) |= 1u;
        else REG32(DPORT_CPU2X) &= ~1u;
        ets_update_cpu_frequency(mhz);
        esp_clock_set_mhz(mhz);
        machine_set_cpu_mhz(mhz);
        esp_irq_restore(ps);
    }
    nominal_mhz = mhz;
    return true;
}

/* ---------------- resets ---------------- */

static void save_time(void);

void machine_reset_with(int cause) {
    save_time();
    RTC_W(1) = (uint32_t)cause;
    software_reset();
}

void port_reset(void) { machine_reset_with(PM_SOFT_RESET); }

int port_reset_cause(void) { return reset_cause; }

/* The chip id as the SDK forms it from the factory MAC words; the emulator has none. */
size_t port_unique_id(uint8_t *buf, size_t cap) {
    uint32_t id = 0xEE0001u;
    if (!emulated) id = (REG32(DPORT_OTP_MAC0) >> 24) | ((REG32(DPORT_OTP_MAC1) & 0xFFFFFFu) << 8);
    size_t n = cap < 4 ? cap : 4;
    for (size_t i = 0; i < n; i++) buf[i] = (uint8_t)(id >> (8 * i));
    return n;
}

/* ---------------- RTC ---------------- */

static int64_t rtc_base_ms(void) { return (int64_t)(((uint64_t)RTC_W(3) << 32) | RTC_W(2)); }

static void set_base_ms(int64_t ms) {
    RTC_W(2) = (uint32_t)(uint64_t)ms;
    RTC_W(3) = (uint32_t)((uint64_t)ms >> 32);
    RTC_W(4) |= TIME_SET;
}

/* Not set: 2000-01-01 00:00:00 at boot, as MicroPython's. */
double port_rtc_time(void) {
    double up = (double)esp_ticks_us() / 1e6;
    if (!(RTC_W(4) & TIME_SET)) return 946684800.0 + up;
    return (double)rtc_base_ms() / 1000.0 + up;
}

void port_rtc_set_time(double t) { set_base_ms((int64_t)(t * 1000.0) - (int64_t)(esp_ticks_us() / 1000u)); }

/* Before a reset we make: the clock restarts at 0, so the base becomes the time now. */
static void save_time(void) {
    if (RTC_W(4) & TIME_SET) set_base_ms(rtc_base_ms() + (int64_t)(esp_ticks_us() / 1000u));
}

size_t port_rtc_memory_read(uint8_t *buf, size_t cap) {
    size_t n = RTC_W(4) & 0xFFFFu;
    if (n > PM_RTC_MEMORY_MAX) n = 0;
    if (n > cap) n = cap;
    for (size_t i = 0; i < n; i++) buf[i] = (uint8_t)(RTC_W(RTC_DATA + i / 4) >> (8 * (i % 4)));
    return n;
}

void port_rtc_memory_write(const uint8_t *buf, size_t n) {
    for (size_t w = 0; w < (n + 3) / 4; w++) {
        uint32_t v = 0;
        for (size_t k = 0; k < 4 && w * 4 + k < n; k++) v |= (uint32_t)buf[w * 4 + k] << (8 * k);
        RTC_W(RTC_DATA + w) = v;
    }
    RTC_W(4) = (RTC_W(4) & TIME_SET) | (uint32_t)n;
}

/* ---------------- flash (the esp module) ---------------- */

/* The JEDEC id (command 0x9F) through SPI0's user-command registers.  The cache reads flash
 * through the same controller, so this runs from IRAM with the cache off and interrupts
 * masked; the wait for the command is bounded (in QEMU the registers are plain memory: the
 * model answers, or the id reads as whatever W0 holds). */
static IRAM_ATTR __attribute__((noinline)) uint32_t read_flash_id(void) {
    uint32_t ps = esp_irq_disable();
    Cache_Read_Disable();
    uint32_t user = REG32(SPI0_USER), user1 = REG32(SPI0_USER1), user2 = REG32(SPI0_USER2);
    REG32(SPI0_USER) = (1u << 31) | (1u << 28);             /* command phase, then MISO */
    REG32(SPI0_USER1) = (user1 & ~(0x1FFu << 8)) | (23u << 8); /* 24 bits in */
    REG32(SPI0_USER2) = (7u << 28) | 0x9Fu;                  /* 8-bit command 0x9F */
    REG32(SPI0_W0) = 0;
    REG32(SPI0_CMD) = 1u << 18;                              /* USR: start */
    for (int i = 0; i < 100000 && (REG32(SPI0_CMD) & (1u << 18)); i++)
        ;
    uint32_t id = REG32(SPI0_W0) & 0xFFFFFFu;
    REG32(SPI0_USER) = user;
    REG32(SPI0_USER1) = user1;
    REG32(SPI0_USER2) = user2;
    Cache_Read_Enable(0, 0, 1);
    esp_irq_restore(ps);
    return id;
}

/* (a flash function: the core calls it without long calls) */
uint32_t port_flash_id(void) { return read_flash_id(); }

uint32_t port_flash_size(void) { return esp_layout.flash_size; }
uint32_t port_flash_user_start(void) { return esp_layout.fs_start; }

#define CHUNK 64

/* The ROM's routines take word-aligned addresses, lengths and RAM buffers: go through an
 * aligned buffer on the stack. */
int port_flash_read(uint32_t addr, uint8_t *buf, size_t n) {
    uint32_t tmp[CHUNK / 4];
    while (n) {
        uint32_t base = addr & ~3u, skip = addr - base;
        size_t take = CHUNK - skip < n ? CHUNK - skip : n;
        uint32_t len = (skip + (uint32_t)take + 3) & ~3u;
        if (esp_flash_read(base, tmp, len)) return 5;   /* EIO */
        memcpy(buf, (uint8_t *)tmp + skip, take);
        buf += take, addr += (uint32_t)take, n -= take;
    }
    return 0;
}

int port_flash_write(uint32_t addr, const uint8_t *buf, size_t n) {
    uint32_t tmp[CHUNK / 4];
    while (n) {
        uint32_t base = addr & ~3u, skip = addr - base;
        size_t take = CHUNK - skip < n ? CHUNK - skip : n;
        uint32_t len = (skip + (uint32_t)take + 3) & ~3u;
        memset(tmp, 0xFF, sizeof tmp);   /* 1 bits leave the flash as it is */
        memcpy((uint8_t *)tmp + skip, buf, take);
        if (esp_flash_write(base, tmp, len)) return 5;
        buf += take, addr += (uint32_t)take, n -= take;
    }
    return 0;
}

int port_flash_erase(uint32_t sector) { return esp_flash_erase_sector(sector) ? 5 : 0; }

/* The boot image checksum as the ROM computes it (0xEF ^ every segment byte), read through the
 * cache window; size and CRC-32 cover the firmware up to the end of irom0. */
bool port_check_fw(uint32_t *size, uint32_t *crc) {
    const volatile uint32_t *w = (const volatile uint32_t *)ESPLAYOUT_IROM_VADDR;
    uint32_t hdr = w[0];
    if ((hdr & 0xFF) != 0xE9) return false;
    uint32_t nseg = (hdr >> 8) & 0xFF, off = 8, x = 0xEF;
    for (uint32_t s = 0; s < nseg && off < ESPLAYOUT_IROM_START; s++) {
        uint32_t len = w[off / 4 + 1];
        off += 8;
        if (len > ESPLAYOUT_IROM_START - off) return false;
        for (uint32_t k = 0; k < len; k += 4) {
            uint32_t v = w[(off + k) / 4];
            x ^= v ^ (v >> 8) ^ (v >> 16) ^ (v >> 24);
        }
        off += len;
    }
    off |= 15;
    uint32_t stored = (w[off / 4] >> (8 * (off % 4))) & 0xFF;
    *size = esp_layout.irom_end;
    uint32_t c = 0, word;
    for (uint32_t a = 0; a < *size; a += 4) {
        word = w[a / 4];
        c = crc32_update(c, &word, *size - a < 4 ? *size - a : 4);
    }
    *crc = c;
    return (x & 0xFF) == stored;
}

/* ---------------- hooks for port.c ---------------- */

/* A clear of vm.pending in the VM can race with an interrupt setting PENDING_MACHINE; events
 * recorded then are found here (every ESP_POLL_EVERY backward jumps and calls). */
void machine_esp_poll(void) {
    uint32_t ps = esp_irq_disable();
    if (machine_event_mask()) vm.pending |= PENDING_MACHINE;
    esp_irq_restore(ps);
}

bool machine_wait_services(void) { return machine_callbacks_armed(); }

/* While the console waits for input with callbacks attached: run the due ones (an exception is
 * reported, as an uncaught one at the prompt would be), then sleep until an interrupt. */
void machine_wait_step(void) {
    if (vm.pending & PENDING_MACHINE) {
        ExcFrame ef;
        if (EXC_TRY(ef)) {
            machine_service();
            exc_end(&ef);
        } else {
            repl_report(ef.exc);
        }
    }
    if (!(vm.pending & PENDING_MACHINE)) port_idle();
}
