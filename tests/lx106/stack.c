/* C stack checks: `use N` recurses N levels and reports the high-water mark (exit 0);
 * `overflow` recurses until far beyond the stack area, which must end with exit status 71
 * and a message (the overflow runs into memory that is free in QEMU, then _exit notices). */
#include <stddef.h>
#include <stdint.h>

#include "tio.h"

/* Each level keeps a 48-byte array alive across the call (its address is passed down), so the
 * recursion cannot be turned into a loop. */
static __attribute__((noinline)) uint32_t depth(uint32_t n, volatile uint32_t *up)
{
    volatile uint32_t pad[12];
    pad[0] = up ? up[0] + 1 : 0;
    if (n == 0)
        return pad[0];
    return depth(n - 1, pad) + pad[0];
}

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "";
    if (t_streq(mode, "use") && argc > 2) {
        uint32_t before = qemu_stack_used();
        depth((uint32_t)t_parse(argv[2]), NULL);
        uint32_t after = qemu_stack_used();
        t_str("stack: ");
        t_dec(after);
        t_str(" of ");
        t_dec(qemu_stack_size());
        t_str(" bytes used\n");
        return after > before ? 0 : 1;
    }
    if (t_streq(mode, "overflow")) {
        depth(300, NULL); /* 300 levels of 64 bytes or more: > 8 kB */
        return 0;
    }
    return 2;
}
