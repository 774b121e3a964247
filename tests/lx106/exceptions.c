/* One CPU exception per run, chosen by argv[1]; tests/lx106/run.sh checks the report line and
 * the exit status 70.  Addresses come through volatile variables so that gcc cannot see (and
 * split or fold) the faulting access. */
#include <stdint.h>

#include "tio.h"

static volatile uint32_t sink;
static uint32_t words[4];
static const uint32_t flash_words[4] = {1, 2, 3, 4};
static uintptr_t volatile addr;
static volatile int zero;

int main(int argc, char **argv)
{
    const char *c = argc > 1 ? argv[1] : "";
    if (t_streq(c, "ill")) {
        __asm__ volatile("ill");
    } else if (t_streq(c, "syscall")) {
        __asm__ volatile("syscall");
    } else if (t_streq(c, "load-unmapped")) {
        addr = 0x00000100;
        sink = *(volatile uint32_t *)addr;
    } else if (t_streq(c, "store-unmapped")) {
        addr = 0x00000100;
        *(volatile uint32_t *)addr = 1;
    } else if (t_streq(c, "load-unaligned")) {
        addr = (uintptr_t)words + 2;
        sink = *(volatile uint32_t *)addr;
    } else if (t_streq(c, "load-unaligned-flash")) {
        addr = (uintptr_t)&flash_words[1] + 2;
        sink = *(volatile const uint32_t *)addr;
    } else if (t_streq(c, "store-unaligned")) {
        addr = (uintptr_t)words + 1;
        *(volatile uint16_t *)addr = 1;
    } else if (t_streq(c, "fetch-unmapped")) {
        addr = 0x20000000;
        ((void (*)(void))addr)();
    } else if (t_streq(c, "break")) {
        __asm__ volatile("break 1, 15");
    } else if (t_streq(c, "div0")) {
        sink = (uint32_t)(argc % zero); /* libgcc's __modsi3 traps with ill + "DIV0" */
    } else if (t_streq(c, "double")) {
        /* PS.EXCM = 1 (as inside a handler): the next exception is a double exception */
        __asm__ volatile("movi a2, 0x30\n\twsr a2, ps\n\trsync\n\till" ::: "a2");
    } else if (t_streq(c, "kernel")) {
        /* PS.UM = 0: exceptions go to the kernel vector */
        __asm__ volatile("movi a2, 0\n\twsr a2, ps\n\trsync\n\till" ::: "a2");
    } else {
        t_err("exceptions: unknown case\n");
        return 2;
    }
    t_str("no exception\n");
    return 0;
}
