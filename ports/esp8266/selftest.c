/* Platform self-test: the firmware's application until the Python REPL replaces it (the
 * espy_main seam, docs/firmware.md).  Prints a banner, the flash layout from the descriptor and
 * the RAM left for the heap, then echoes console lines.  A few commands exercise the platform:
 *   !count  read a counter word from the first filesystem sector, print it, store it + 1
 *   !countend  the same in the last filesystem sector (beyond the 1 MB window on 2M/4M)
 *   !erase  erase the first filesystem sector
 *   !time   milliseconds since boot
 *   !crash  execute an illegal instruction (fatal exception report, then reboot)
 *   !crashoff  the same from IRAM with the flash cache off, as a fault inside a flash operation
 *           would be: the report must not need anything in irom0 (the emulator's window holds
 *           zeros while the cache is off)
 *   !narrow 8/16-bit loads from a flash and an IRAM table by code in flash and in IRAM
 *           (selftest_lse.S): the values, the other registers and SAR are checked.  On the
 *           chip every one of them goes through the LoadStoreError handler (vectors.S); in the
 *           emulator too when the pins file has `narrow-load-fault` lines for the two tables
 *           (tests/emu/run.sh), otherwise QEMU lets the loads through
 *   !reset  reboot through the ROM */
#include <string.h>
#include "esp.h"
#include "rom.h"

static IRAM_ATTR __attribute__((noinline)) void crash_cache_off(void) {
    esp_irq_disable();
    Cache_Read_Disable();
    __asm__ volatile("ill");
}

static void show_layout(void) {
    const esplayout *l = &esp_layout;
    esp_printf("layout %s%s: irom0 0x%05x-0x%05x (code %u bytes, end 0x%05x by the linker)\n",
               esplayout_size_name(l->flash_size), esp_layout_ok ? "" : " (default)",
               l->irom_start, l->irom_end, l->irom_end - l->irom_start,
               (uint32_t)((uintptr_t)_irom_end - ESPLAYOUT_IROM_VADDR));
    esp_printf("  bundle 0x%05x +%u, fs 0x%05x +%u, reserved 0x%05x (%u sectors)\n",
               l->bundle_start, l->bundle_size, l->fs_start, l->fs_size, l->reserved_start,
               l->reserved_sectors);
}

static void show_ram(void) {
    esp_printf("ram: data %u bss %u, heap 0x%x-0x%x = %u bytes, stack %u bytes\n",
               (uint32_t)(_data_end - _data_start), (uint32_t)(_bss_end - _bss_start),
               (uint32_t)(uintptr_t)_heap_start, (uint32_t)(uintptr_t)_heap_end,
               (uint32_t)(_heap_end - _heap_start), (uint32_t)(_stack_top - _stack_bottom));
}

static void counter(uint32_t addr, int erase_only) {
    uint32_t word[1];
    if (esp_layout.fs_size == 0) {
        esp_printf("no filesystem region\n");
        return;
    }
    if (erase_only) {
        int r = esp_flash_erase_sector(addr / ESPLAYOUT_SECTOR);
        esp_printf("erase sector 0x%05x: %s\n", addr, r ? "failed" : "ok");
        return;
    }
    if (esp_flash_read(addr, word, 4) != 0) {
        esp_printf("flash read at 0x%x failed\n", addr);
        return;
    }
    uint32_t n = word[0] == 0xFFFFFFFFu ? 0 : word[0];
    word[0] = n + 1;
    int r = esp_flash_erase_sector(addr / ESPLAYOUT_SECTOR);
    if (r == 0)
        r = esp_flash_write(addr, word, 4);
    uint32_t check[1] = {0};
    if (r == 0)
        r = esp_flash_read(addr, check, 4);
    esp_printf("counter at 0x%05x: %u -> %u%s\n", addr, n, n + 1, r || check[0] != n + 1 ? " (write failed)" : "");
}

/* The LoadStoreError test (!narrow).  Tables of words: their bytes and halfwords are what the
 * narrow loads must return; selftest_lse.S makes the loads, SELFTEST_LOADS lists them. */
__attribute__((aligned(4))) const uint32_t selftest_lse_flash[4] = {0x93a5c37e, 0xb40c81f4, 0xe1d29ac1, 0x8f175a3c};
IRAM_RODATA __attribute__((aligned(4))) const uint32_t selftest_lse_iram[4] = {0x6e81f2a9, 0x9d3b57c4, 0xc4a07e15,
                                                                               0xf1e23b4d};
void selftest_narrow_flash(const void *tab, uint32_t out[18]);
void selftest_narrow_iram(const void *tab, uint32_t out[18]);

enum { LD_U8, LD_U16, LD_S16 };
static const struct { uint8_t reg, kind, off; } selftest_loads[] = {
    {0, LD_U8, 1}, {4, LD_U8, 0}, {15, LD_U8, 3}, {9, LD_U8, 6}, {6, LD_U16, 2}, {12, LD_U16, 8},
    {5, LD_S16, 10}, {14, LD_S16, 12}, {8, LD_S16, 14}, {3, LD_U8, 13}, {2, LD_U16, 4}, {1, LD_S16, 6},
};
#define SELFTEST_LOADS (sizeof selftest_loads / sizeof selftest_loads[0])

/* One run: returns the number of wrong registers (each printed). */
static int narrow_case(const char *name, void (*fn)(const void *, uint32_t *), const uint32_t *tab) {
    uint32_t out[18], want[17];
    for (int r = 0; r < 16; r++)
        want[r] = (uint32_t)(-1000 - r);
    want[16] = 13;                             /* SAR */
    for (size_t i = 0; i < SELFTEST_LOADS; i++) {
        unsigned off = selftest_loads[i].off;
        uint32_t v = tab[off / 4] >> (8 * (off % 4));   /* word reads only: the table may be in IRAM */
        if (selftest_loads[i].kind == LD_U8) v &= 0xFF;
        else if (selftest_loads[i].kind == LD_U16) v &= 0xFFFF;
        else v = ((v & 0xFFFF) ^ 0x8000) - 0x8000;
        want[selftest_loads[i].reg] = v;
    }
    fn(tab, out);
    int bad = 0;
    for (int r = 0; r < 17; r++)
        if (out[r] != want[r]) {
            if (r < 16) esp_printf("  %s: a%d = 0x%08x, want 0x%08x\n", name, r, out[r], want[r]);
            else esp_printf("  %s: SAR = %u, want %u\n", name, out[r], want[r]);
            bad++;
        }
    if (out[17] != SELFTEST_LOADS) {
        esp_printf("  %s: %u loads made, %u listed\n", name, out[17], (uint32_t)SELFTEST_LOADS);
        bad++;
    }
    return bad;
}

static void narrow_loads(void) {
    int bad = narrow_case("flash code, flash data", selftest_narrow_flash, selftest_lse_flash) +
              narrow_case("flash code, iram data", selftest_narrow_flash, selftest_lse_iram) +
              narrow_case("iram code, flash data", selftest_narrow_iram, selftest_lse_flash) +
              narrow_case("iram code, iram data", selftest_narrow_iram, selftest_lse_iram);
    if (bad) esp_printf("narrow loads: %d wrong\n", bad);
    else esp_printf("narrow loads: 4 x %u ok\n", (uint32_t)SELFTEST_LOADS);
}

static void command(const char *line) {
    const esplayout *l = &esp_layout;
    if (strcmp(line, "!count") == 0) {
        counter(l->fs_start, 0);
    } else if (strcmp(line, "!countend") == 0) {
        counter(l->fs_start + l->fs_size - ESPLAYOUT_SECTOR, 0);
    } else if (strcmp(line, "!erase") == 0) {
        counter(l->fs_start, 1);
    } else if (strcmp(line, "!time") == 0) {
        esp_printf("uptime %u ms\n", esp_ticks_ms());
    } else if (strcmp(line, "!crash") == 0) {
        __asm__ volatile("ill");
    } else if (strcmp(line, "!crashoff") == 0) {
        crash_cache_off();
    } else if (strcmp(line, "!narrow") == 0) {
        narrow_loads();
    } else if (strcmp(line, "!reset") == 0) {
        esp_reboot();
    } else {
        esp_printf("echo: %s\n", line);
    }
}

void espy_main(void) {
    esp_printf("\nespy platform self-test (ESP8266, no SDK)\n");
    show_layout();
    show_ram();
    esp_printf("commands: !count !countend !erase !time !crash !crashoff !narrow !reset; anything else is echoed\n");
    char line[128];
    size_t n = 0;
    int last = 0;
    esp_printf("> ");
    for (;;) {
        int c = uart_getc();
        if (c == '\n' && last == '\r') {  /* CR LF counts as one end of line */
            last = c;
            continue;
        }
        last = c;
        if (c == '\r' || c == '\n') {
            line[n] = 0;
            esp_printf("\n");
            command(line);
            n = 0;
            esp_printf("> ");
        } else if (c == 8 || c == 127) {
            if (n) {
                n--;
                uart_write("\b \b", 3);
            }
        } else if (c >= ' ' && n < sizeof line - 1) {
            line[n++] = (char)c;
            uart_putc(c);
        }
    }
}
