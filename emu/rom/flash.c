/* The ROM's SPI flash functions on a flash file that outlives the run.
 *
 * QEMU maps a copy of the flash's first megabyte at 0x40200000 (`-device loader`), which is
 * what the firmware reads through the "cache" and what the model boots from.  The flash file
 * itself (semihosting argument 1) is opened read-write: every program/erase updates the window
 * and is written through to the file, so the next run sees it.  Reads beyond the window (flash
 * larger than 1 MB) go to the file.  Programming only clears bits, as on NOR flash.
 *
 * On the chip nothing in the window can be read until the firmware turns the cache on
 * (Cache_Read_Enable): the ROM leaves it off.  So that code which reads flash too early (a
 * jump table in irom0 used by the boot stage, say) fails here as it would there, the model
 * fills the window with zeros (an ILL instruction, a null pointer) after it has loaded the boot
 * image and at Cache_Read_Disable (each place that calls it, once a boot), and puts the flash
 * back in it at Cache_Read_Enable. */
#include "rom.h"

#define WINDOW_BASE 0x40200000u
#define WINDOW_MAX  0x100000u
#define SECTOR      0x1000u

static int fd = -1;
static uint32_t file_size;     /* bytes in the flash file */
static uint32_t chip_size;     /* what SPIParamCfg last set; bounds for every access */
static uint32_t window_size;   /* min(file_size, 1 MB) */
static int warned_cache;
static int window_hidden;      /* zeros in the window while the cache is off */
int rom_cache_enabled;

uint32_t flash_size(void) {
    return file_size;
}

void flash_open(void) {
    if (fd >= 0)
        return;  /* already open (software reset) */
    static char argbuf[1024];
    int argc = semi(SEMI_ARGC, 0, 0, 0);
    int need = semi(SEMI_ARGV_SZ, 0, 0, 0);
    if (argc < 2 || need <= 0 || need > (int)sizeof argbuf) {
        diag("ROM model: no flash file given (semihosting argument 1)\n");
        rom_exit(ROM_EXIT_FLASH);
    }
    semi(SEMI_ARGV, (int)argbuf, 0, 0);
    const char *path = ((char **)argbuf)[1];
    int len = 0;
    while (path[len]) len++;
    fd = semi(SEMI_OPEN, (int)path, 2 /* O_RDWR */, 0);
    if (fd < 0) {
        diag("ROM model: cannot open the flash file\n");
        rom_exit(ROM_EXIT_FLASH);
    }
    int end = semi(SEMI_LSEEK, fd, 0, 2 /* SEEK_END */);
    if (end <= 0 || (end & (SECTOR - 1))) {
        diag("ROM model: flash file size is not a positive multiple of 4 kB\n");
        rom_exit(ROM_EXIT_FLASH);
    }
    file_size = chip_size = (uint32_t)end;
    window_size = file_size < WINDOW_MAX ? file_size : WINDOW_MAX;
}

static int in_range(uint32_t addr, uint32_t len) {
    return addr <= chip_size && len <= chip_size - addr && addr + len <= file_size;
}

static void check_cache(const char *fn) {
    /* On the chip the SPI routines and the cache share the controller: calling them with the
     * cache on is a firmware bug that the emulator would otherwise hide. */
    if (rom_cache_enabled && !warned_cache) {
        warned_cache = 1;
        diag("ROM model: warning: ");
        diag(fn);
        diag(" called with the flash cache enabled\n");
    }
}

/* Move bytes between the flash file and RAM. */
static int file_io(int nr, uint32_t addr, void *buf, uint32_t len) {
    if (semi(SEMI_LSEEK, fd, (int)addr, 0) != (int)addr)
        return -1;
    return semi(nr, fd, (int)buf, (int)len) == (int)len ? 0 : -1;
}

static int flash_get(uint32_t addr, uint8_t *dst, uint32_t len) {
    uint32_t i = 0;
    for (; !window_hidden && i < len && addr + i < window_size; i++)
        dst[i] = *(volatile uint8_t *)(WINDOW_BASE + addr + i);
    if (i < len)
        return file_io(SEMI_READ, addr + i, dst + i, len - i);
    return 0;
}

/* Store bytes (already combined with the old contents) in the window and the file. */
static int flash_put(uint32_t addr, const uint8_t *src, uint32_t len) {
    for (uint32_t i = 0; !window_hidden && i < len && addr + i < window_size; i++)
        *(volatile uint8_t *)(WINDOW_BASE + addr + i) = src[i];
    return file_io(SEMI_WRITE, addr, (void *)src, len);
}

int SPIRead(uint32_t addr, void *dst, uint32_t len) {
    check_cache("SPIRead");
    if (!in_range(addr, len))
        return 1;
    return flash_get(addr, dst, len) ? 1 : 0;
}

int SPIWrite(uint32_t addr, const void *src, uint32_t len) {
    check_cache("SPIWrite");
    if (!in_range(addr, len))
        return 1;
    const uint8_t *s = src;
    uint8_t chunk[256];
    while (len) {
        uint32_t n = len < sizeof chunk ? len : sizeof chunk;
        if (flash_get(addr, chunk, n))
            return 1;
        for (uint32_t i = 0; i < n; i++)
            chunk[i] &= s[i];  /* NOR programming clears bits only */
        if (flash_put(addr, chunk, n))
            return 1;
        addr += n, s += n, len -= n;
    }
    return 0;
}

static int erase(uint32_t addr, uint32_t len) {
    if (!in_range(addr, len))
        return 1;
    uint8_t ff[256];
    for (uint32_t i = 0; i < sizeof ff; i++)
        ff[i] = 0xFF;
    for (uint32_t off = 0; off < len; off += sizeof ff)
        if (flash_put(addr + off, ff, sizeof ff))
            return 1;
    return 0;
}

int SPIEraseSector(uint32_t sector) {
    check_cache("SPIEraseSector");
    return erase(sector * SECTOR, SECTOR);
}

int SPIEraseBlock(uint32_t block) {
    check_cache("SPIEraseBlock");
    return erase(block * 16 * SECTOR, 16 * SECTOR);
}

int SPIParamCfg(uint32_t device_id, uint32_t size, uint32_t block_size, uint32_t sector_size,
                uint32_t page_size, uint32_t status_mask) {
    (void)device_id; (void)block_size; (void)sector_size; (void)page_size; (void)status_mask;
    chip_size = size;
    return 0;
}

/* Zeros in the window (hide), or the flash again (show).  Zeros by one host read from
 * /dev/zero instead of a loop of stores the guest would count. */
void flash_window(int show) {
    if (show == !window_hidden)
        return;
    int ok;
    if (show) {
        ok = file_io(SEMI_READ, 0, (void *)WINDOW_BASE, window_size) == 0;
    } else {
        int z = semi(SEMI_OPEN, (int)"/dev/zero", 0 /* O_RDONLY */, 0);
        ok = z >= 0 && semi(SEMI_READ, z, (int)WINDOW_BASE, (int)window_size) == (int)window_size;
        if (z >= 0) semi(SEMI_CLOSE, z, 0, 0);
    }
    if (!ok) {
        diag("ROM model: cannot fill the flash window\n");
        rom_exit(ROM_EXIT_FLASH);
    }
    window_hidden = !show;
}

void Cache_Read_Enable(uint8_t odd_even, uint8_t mb_count, uint8_t no_idea) {
    (void)odd_even; (void)mb_count; (void)no_idea;
    flash_window(1);
    rom_cache_enabled = 1;
}

/* Zeroing and refilling the window costs two copies of it and QEMU's translations of the code
 * in it, about 9 times a flash operation's own cost: each place that turns the cache off is
 * checked so the first time it runs after a boot (the firmware has a handful: the flash
 * wrappers, the flash id), and left mapped after that. */
#define CACHE_OFF_SITES 16
static uint32_t checked_site[CACHE_OFF_SITES];
static unsigned nchecked;

void flash_new_boot(void) { nchecked = 0; }

void Cache_Read_Disable(void) {
    rom_cache_enabled = 0;
    uint32_t site = (uint32_t)(uintptr_t)__builtin_return_address(0);   /* the ROM entry is a j */
    for (unsigned i = 0; i < nchecked; i++)
        if (checked_site[i] == site) return;
    if (nchecked < CACHE_OFF_SITES) checked_site[nchecked++] = site;
    flash_window(0);   /* as at boot: nothing in the window until the next Enable */
}
