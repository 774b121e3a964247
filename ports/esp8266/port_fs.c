/* Files on the ESP8266: the flash filesystem (lib/ffs, docs/filesystem.md) in the region the
 * layout descriptor names (esp_layout.fs_start/fs_size).  core/port.h's file functions over it
 * (paths, the current directory, open files) are ports/common/ffsport.c's, shared with the QEMU
 * build; here are the SPI flash driver, mounting and os.mkfs().
 *
 * The region is mounted at every boot and soft reset (port_fs_mount, from main.c).  A blank
 * region (every sector header erased: a fresh board, or a flash image without a filesystem) is
 * formatted; anything else that does not mount is reported in one line and left alone until
 * os.mkfs() formats it, so that a damaged filesystem is never wiped without being asked. */
#include <string.h>
#include "esp.h"
#include "espport.h"
#include "ffs.h"
#include "modos.h"
#include "print.h"
#include "../common/ffsport.h"

static ffs_fs fs;
static ffs_flash flash;
static uint32_t region;          /* flash offset of the region */

/* ---- the flash driver: offsets relative to the region ---- */

/* SPIRead wants a 4-byte aligned address, length and RAM buffer.  Metadata reads are aligned;
 * file data may start anywhere and goes to the caller's buffer, so misaligned pieces pass
 * through a bounce buffer on the stack. */
static int fl_read(void *ctx, uint32_t off, void *buf, uint32_t len) {
    (void)ctx;
    uint32_t addr = region + off;
    uint8_t *dst = buf;
    while (len) {
        if (!((addr | (uintptr_t)dst) & 3u) && len >= 4) {
            uint32_t n = len & ~3u;
            if (esp_flash_read(addr, dst, n)) return -FFS_EIO;
            addr += n, dst += n, len -= n;
            continue;
        }
        uint32_t bounce[32];
        uint32_t skip = addr & 3u;
        uint32_t n = skip + len > sizeof bounce ? sizeof bounce : (skip + len + 3u) & ~3u;
        if (esp_flash_read(addr - skip, bounce, n)) return -FFS_EIO;
        uint32_t take = n - skip < len ? n - skip : len;
        memcpy(dst, (uint8_t *)bounce + skip, take);
        addr += take, dst += take, len -= take;
    }
    return 0;
}

static int fl_prog(void *ctx, uint32_t off, const void *buf, uint32_t len) {
    (void)ctx;
    return esp_flash_write(region + off, buf, len) ? -FFS_EIO : 0;
}

static int fl_erase(void *ctx, uint32_t sector) {
    (void)ctx;
    return esp_flash_erase_sector(region / ESPLAYOUT_SECTOR + sector) ? -FFS_EIO : 0;
}

/* ---- mounting ---- */

static uint32_t region_sectors(void) {
    uint32_t n = esp_layout.fs_size / ESPLAYOUT_SECTOR;
    return n > FFS_MAX_SECTORS ? FFS_MAX_SECTORS : n;   /* a bigger region: its first part */
}

/* True if no sector of the region has a header (the first 16 bytes all 0xFF). */
static bool region_blank(void) {
    for (uint32_t s = 0; s < flash.sector_count; s++) {
        uint32_t h[4];
        if (fl_read(NULL, s * ESPLAYOUT_SECTOR, h, sizeof h)) return false;
        if ((h[0] & h[1] & h[2] & h[3]) != 0xFFFFFFFFu) return false;
    }
    return true;
}

int port_fs_mount(bool report) {
    ffsport_reset(&fs);   /* the heap was just initialised: register the roots again */
    region = esp_layout.fs_start;
    uint32_t n = region_sectors();
    if (n < 4) {
        if (report)
            print_fmt(&print_stdout, "espy: no filesystem: the region at 0x%x has %u sectors (4 needed)\n",
                      (unsigned)region, (unsigned)n);
        return -FFSPORT_ENODEV;
    }
    flash = (ffs_flash){NULL, ESPLAYOUT_SECTOR, n, fl_read, fl_prog, fl_erase};
    int r = ffs_mount(&fs, &flash);
    if (r < 0 && region_blank()) r = ffs_format(&fs, &flash);   /* first boot */
    if (r < 0) {
        print_fmt(&print_stdout, "espy: filesystem at 0x%x not mounted: [Errno %d] %s; os.mkfs() formats it\n",
                  (unsigned)region, -r, r == -FFS_EIO ? "EIO" : "error");
        return r;
    }
    ffsport_mounted(&fs);
    return 0;
}

int port_mkfs(void) {
    if (region_sectors() < 4) return -FFSPORT_ENODEV;
    int r = ffs_format(&fs, &flash);
    ffsport_mounted(r == 0 ? &fs : NULL);
    return r;
}
