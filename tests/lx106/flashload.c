/* The plugin's flash-load rule.  Sums bytes of a const table (in the flash window) at
 * addresses only known at run time.  Built twice (mk/lx106.mk): with -mforce-l32 every byte
 * load is an aligned l32i and the run passes; without it gcc emits l8ui from flash, which
 * faults on the ESP8266, and the plugin must report it and fail the run (status 72). */
#include <stdint.h>

#include "tio.h"

static const unsigned char table[64] = {
    3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2, 6, 4, 3, 3, 8, 3, 2, 7, 9, 5,
    0, 2, 8, 8, 4, 1, 9, 7, 1, 6, 9, 3, 9, 9, 3, 7, 5, 1, 0, 5, 8, 2, 0, 9, 7, 4, 9, 4, 4, 5, 9, 2,
};
static const unsigned char *volatile where = table;

int main(void)
{
    uint32_t sum = 0;
    for (int i = 0; i < 64; i++)
        sum += where[i];
    t_str("flashload: table at 0x");
    t_hex((uint32_t)(uintptr_t)table);
    t_str(", sum ");
    t_dec(sum);
    t_str("\n");
    return 0;
}
