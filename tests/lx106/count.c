/* Instruction-count check: a loop of argv[1] iterations and nothing else, so that the plugin's
 * counts for N, 2N and 3N iterations must be in exact arithmetic progression.  With a second
 * argument `iram` the loop runs in a function placed in IRAM (section .iram.text.*), which
 * calls back into flash, and the program prints where that function is. */
#include <stdint.h>

#include "tio.h"

static volatile uint32_t acc;

static __attribute__((noinline)) uint32_t flash_step(uint32_t i)
{
    return i ^ 0x5A;
}

static __attribute__((noinline, section(".iram.text.count_loop"))) void iram_loop(int32_t n)
{
    for (int32_t i = 0; i < n; i++)
        acc += flash_step((uint32_t)i);
}

int main(int argc, char **argv)
{
    int32_t n = argc > 1 ? t_parse(argv[1]) : -1;
    if (n < 0)
        return 2;
    if (argc > 2 && t_streq(argv[2], "iram")) {
        iram_loop(n);
        t_str("iram_loop at 0x");
        t_hex((uint32_t)(uintptr_t)iram_loop);
        t_str(", result ");
        t_dec(acc);
        t_str("\n");
        return 0;
    }
    for (int32_t i = 0; i < n; i++)
        acc += (uint32_t)i ^ 0x5A;
    return 0;
}
