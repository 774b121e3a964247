/* The plugin's flash-load rule.  Sums the 32 halfwords and then the 64 bytes of a const table
 * (in the flash window) at addresses only known at run time.  Built twice (mk/lx106.mk): with
 * -mforce-l32 every such load is an aligned l32i and the run passes; without it gcc emits
 * l16ui/l8ui from flash, which fault on the ESP8266, and the plugin must report all 96 and fail
 * the run (status 72).  `store` writes bytes into the flash window instead: stores are not
 * the plugin's business (QEMU's flash window is RAM). */
#include <stdint.h>

#include "tio.h"

static const unsigned char table[64] = {
    3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2, 6, 4, 3, 3, 8, 3, 2, 7, 9, 5,
    0, 2, 8, 8, 4, 1, 9, 7, 1, 6, 9, 3, 9, 9, 3, 7, 5, 1, 0, 5, 8, 2, 0, 9, 7, 4, 9, 4, 4, 5, 9, 2,
};
static const unsigned char *volatile where = table;
static unsigned char *volatile spare_flash = (unsigned char *)0x402F0000;

int main(int argc, char **argv)
{
    uint32_t sum = 0;
    if (argc > 1 && t_streq(argv[1], "store")) {
        for (int i = 0; i < 64; i++)
            spare_flash[i] = (unsigned char)i;
        t_str("flashload: 64 byte stores\n");
        return 0;
    }
    const uint16_t *half = (const uint16_t *)where;
    for (int i = 0; i < 32; i++)
        sum += half[i];
    for (int i = 0; i < 64; i++)
        sum += where[i];
    t_str("flashload: table at 0x");
    t_hex((uint32_t)(uintptr_t)table);
    t_str(", sum ");
    t_dec(sum);
    t_str("\n");
    return 0;
}
