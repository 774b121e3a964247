/* The user-vector path that returns: this program's lx106_exception() (replacing the weak
 * default) implements `syscall` as "a2 = a2 * 3 + a3" and resumes after the instruction.  The
 * loop checks the result, that the other registers and SAR survive, and that an exception it
 * does not handle still ends in the fatal report. */
#include <stdint.h>

#include "lx106_exc.h"
#include "tio.h"

static uint32_t handled;

void lx106_exception(struct lx106_frame *f)
{
    if (f->cause == LX106_CAUSE_SYSCALL) {
        f->a[2] = f->a[2] * 3 + f->a[3];
        f->pc += 3; /* syscall is a 3-byte instruction */
        handled++;
        return;
    }
    lx106_fatal(f);
}

/* a2 = x, a3 = y, a12 = canary, SAR = sar_in; syscall; return a2, a12 and SAR afterwards. */
static uint32_t call(uint32_t x, uint32_t y, uint32_t canary, uint32_t sar_in, uint32_t *canary_out,
                     uint32_t *sar_out)
{
    register uint32_t a2 __asm__("a2") = x;
    register uint32_t a3 __asm__("a3") = y;
    register uint32_t a12 __asm__("a12") = canary;
    uint32_t sar;
    __asm__ volatile("wsr %4, sar\n\tsyscall\n\trsr %3, sar"
                     : "+r"(a2), "+r"(a3), "+r"(a12), "=r"(sar)
                     : "r"(sar_in));
    *canary_out = a12;
    *sar_out = sar;
    return a2;
}

int main(int argc, char **argv)
{
    uint32_t bad = 0;
    for (uint32_t i = 0; i < 1000; i++) {
        uint32_t canary, sar;
        uint32_t r = call(i, 7 + (i & 3), 0xC0DE0000u + i, i & 31, &canary, &sar);
        if (r != i * 3 + 7 + (i & 3) || canary != 0xC0DE0000u + i || sar != (i & 31))
            bad++;
    }
    t_str("resume: ");
    t_dec(handled);
    t_str(" syscalls handled, ");
    t_dec(bad);
    t_str(" wrong\n");
    if (argc > 1 && t_streq(argv[1], "then-ill"))
        __asm__ volatile("ill");
    return bad || handled != 1000;
}
