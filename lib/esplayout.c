/* Flash layout descriptor: construction, validation, (de)serialisation.  See esplayout.h. */
#include <string.h>
#include "esplayout.h"
/* The firmware has the core's compressed messages: there esplayout_strerror's texts are
 * compressed (tools/gennames.c), for print_fmt. */
#ifdef ESPLAYOUT_COMPRESSED
#include "msgs_gen.h"
#else
#define ES_MSG(s) s
#endif

#define WORDS ((int)(ESPLAYOUT_SIZE / 4))

static uint32_t sector_up(uint32_t x) {
    return (x + ESPLAYOUT_SECTOR - 1) & ~(ESPLAYOUT_SECTOR - 1);
}

static void to_words(const esplayout *l, uint32_t w[WORDS]) {
    w[0] = l->magic;        w[1] = l->version;       w[2] = l->flash_size;
    w[3] = l->irom_start;   w[4] = l->irom_end;      w[5] = l->bundle_start;
    w[6] = l->bundle_size;  w[7] = l->fs_start;      w[8] = l->fs_size;
    w[9] = l->reserved_start; w[10] = l->reserved_sectors;
    for (int i = 0; i < 4; i++) w[11 + i] = l->spare[i];
    w[15] = l->check;
}

/* A rotate-and-add over the words: cheap on the device, and unlike a plain sum it notices
 * swapped fields.  Seeded so that an all-zero or all-0xFF sector never passes. */
uint32_t esplayout_check(const esplayout *l) {
    uint32_t w[WORDS], h = 0x5EED1A7u;
    to_words(l, w);
    for (int i = 0; i < WORDS - 1; i++)
        h = ((h << 5) | (h >> 27)) + w[i] + 0x9E3779B9u;
    return h;
}

uint32_t esplayout_parse_size(const char *s) {
    static const struct { const char *name; uint32_t size; } sizes[] = {
        {"512K", 0x80000}, {"1M", 0x100000}, {"2M", 0x200000}, {"4M", 0x400000},
    };
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        const char *a = s, *b = sizes[i].name;
        while (*a && *b && (*a == *b || *a == *b + ('a' - 'A')))
            a++, b++;
        if (*a == 0 && *b == 0)
            return sizes[i].size;
    }
    return 0;
}

const char *esplayout_size_name(uint32_t flash_size) {
    switch (flash_size) {
    case 0x80000: return "512K";
    case 0x100000: return "1M";
    case 0x200000: return "2M";
    case 0x400000: return "4M";
    default: return "?";
    }
}

int esplayout_make(esplayout *l, uint32_t flash_size, uint32_t irom_end, uint32_t bundle_size) {
    memset(l, 0, sizeof *l);
    l->magic = ESPLAYOUT_MAGIC;
    l->version = ESPLAYOUT_VERSION;
    l->flash_size = flash_size;
    l->irom_start = ESPLAYOUT_IROM_START;
    l->irom_end = irom_end;
    l->bundle_start = sector_up(irom_end);
    l->bundle_size = sector_up(bundle_size);
    l->fs_start = l->bundle_start + l->bundle_size;
    l->reserved_sectors = ESPLAYOUT_RESERVED_SECTORS;
    l->reserved_start = flash_size - ESPLAYOUT_RESERVED_SECTORS * ESPLAYOUT_SECTOR;
    l->fs_size = l->reserved_start > l->fs_start ? l->reserved_start - l->fs_start : 0;
    l->check = esplayout_check(l);
    return esplayout_validate(l);
}

int esplayout_validate(const esplayout *l) {
    if (l->magic != ESPLAYOUT_MAGIC)
        return ESPLAYOUT_ERR_MAGIC;
    if (l->version != ESPLAYOUT_VERSION)
        return ESPLAYOUT_ERR_VERSION;
    if (l->check != esplayout_check(l))
        return ESPLAYOUT_ERR_CHECK;
    if (esplayout_size_name(l->flash_size)[0] == '?')
        return ESPLAYOUT_ERR_FLASH_SIZE;
    uint32_t m = ESPLAYOUT_SECTOR - 1;
    if ((l->irom_start | l->bundle_start | l->bundle_size | l->fs_start | l->fs_size |
         l->reserved_start) & m)
        return ESPLAYOUT_ERR_ALIGN;
    if (l->reserved_sectors == 0 ||
        l->reserved_start != l->flash_size - l->reserved_sectors * ESPLAYOUT_SECTOR)
        return ESPLAYOUT_ERR_ORDER;
    if (l->irom_start != ESPLAYOUT_IROM_START || l->irom_end < l->irom_start ||
        l->bundle_start < l->irom_end || l->fs_start != l->bundle_start + l->bundle_size)
        return ESPLAYOUT_ERR_ORDER;
    /* The bundle is executed in place through the cache, so it must be visible in the
     * window; the filesystem goes through SPIRead/SPIWrite and may lie beyond it. */
    if (l->irom_end > ESPLAYOUT_WINDOW || l->bundle_start + l->bundle_size > ESPLAYOUT_WINDOW)
        return ESPLAYOUT_ERR_WINDOW;
    if (l->fs_start > l->reserved_start)
        return ESPLAYOUT_ERR_TOO_BIG;
    if (l->fs_start + l->fs_size != l->reserved_start)
        return ESPLAYOUT_ERR_ORDER;
    return ESPLAYOUT_OK;
}

const char *esplayout_strerror(int err) {
    switch (err) {
    case ESPLAYOUT_OK: return "ok";
    case ESPLAYOUT_ERR_MAGIC: return ES_MSG("no layout descriptor (bad magic)");
    case ESPLAYOUT_ERR_VERSION: return ES_MSG("unknown layout descriptor version");
    case ESPLAYOUT_ERR_CHECK: return ES_MSG("layout descriptor check word mismatch");
    case ESPLAYOUT_ERR_FLASH_SIZE: return ES_MSG("layout flash size is not 512K, 1M, 2M or 4M");
    case ESPLAYOUT_ERR_ALIGN: return ES_MSG("layout region not aligned to a 4 kB sector");
    case ESPLAYOUT_ERR_ORDER: return ES_MSG("layout regions overlap or are out of order");
    case ESPLAYOUT_ERR_WINDOW: return ES_MSG("firmware or bundle beyond the 1 MB flash cache window");
    case ESPLAYOUT_ERR_TOO_BIG: return ES_MSG("firmware and bundle do not fit before the reserved sectors");
    default: return ES_MSG("unknown layout error");
    }
}

void esplayout_load(esplayout *l, const uint8_t *bytes) {
    uint32_t w[WORDS];
    for (int i = 0; i < WORDS; i++)
        w[i] = (uint32_t)bytes[4 * i] | (uint32_t)bytes[4 * i + 1] << 8 |
               (uint32_t)bytes[4 * i + 2] << 16 | (uint32_t)bytes[4 * i + 3] << 24;
    l->magic = w[0];        l->version = w[1];       l->flash_size = w[2];
    l->irom_start = w[3];   l->irom_end = w[4];      l->bundle_start = w[5];
    l->bundle_size = w[6];  l->fs_start = w[7];      l->fs_size = w[8];
    l->reserved_start = w[9]; l->reserved_sectors = w[10];
    for (int i = 0; i < 4; i++) l->spare[i] = w[11 + i];
    l->check = w[15];
}

void esplayout_store(const esplayout *l, uint8_t *bytes) {
    uint32_t w[WORDS];
    to_words(l, w);
    for (int i = 0; i < WORDS; i++)
        for (int b = 0; b < 4; b++)
            bytes[4 * i + b] = (uint8_t)(w[i] >> (8 * b));
}
