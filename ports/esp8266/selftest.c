/* Platform self-test: the firmware's application until the Python REPL replaces it (the
 * espy_main seam, docs/firmware.md).  Prints a banner, the flash layout from the descriptor and
 * the RAM left for the heap, then echoes console lines.  A few commands exercise the platform:
 *   !count  read a counter word from the first filesystem sector, print it, store it + 1
 *   !countend  the same in the last filesystem sector (beyond the 1 MB window on 2M/4M)
 *   !erase  erase the first filesystem sector
 *   !time   milliseconds since boot
 *   !crash  execute an illegal instruction (fatal exception report, then reboot)
 *   !reset  reboot through the ROM */
#include <string.h>
#include "esp.h"

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
    esp_printf("commands: !count !countend !erase !time !crash !reset; anything else is echoed\n");
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
