/* Instruction-count check: a loop of argv[1] iterations and nothing else, so that the plugin's
 * counts for N, 2N and 3N iterations must be in exact arithmetic progression. */
#include <stdint.h>

#include "tio.h"

static volatile uint32_t acc;

int main(int argc, char **argv)
{
    int32_t n = argc > 1 ? t_parse(argv[1]) : -1;
    if (n < 0)
        return 2;
    for (int32_t i = 0; i < n; i++)
        acc += (uint32_t)i ^ 0x5A;
    return 0;
}
