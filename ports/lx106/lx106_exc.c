/* Cause names, frame descriptions and the default user-exception handler for vectors.S. */
#include <stdint.h>

#include "lx106_exc.h"

void lx106_install_vectors(void)
{
    __asm__ volatile("wsr %0, vecbase\n\trsync" : : "r"(_lx106_vectors));
}

__attribute__((weak)) void lx106_exception(struct lx106_frame *frame)
{
    lx106_fatal(frame);
}

static const char *const cause_names[] = {
    "IllegalInstruction",    /* 0 */
    "Syscall",               /* 1 */
    "InstructionFetchError", /* 2 */
    "LoadStoreError",        /* 3 */
    "Level1Interrupt",       /* 4 */
    "Alloca",                /* 5 */
    "IntegerDivideByZero",   /* 6 */
    "PCValue",               /* 7 */
    "Privileged",            /* 8 */
    "LoadStoreAlignment",    /* 9 */
    "reserved",              /* 10 */
    "reserved",              /* 11 */
    "InstrPIFDataError",     /* 12 */
    "LoadStorePIFDataError", /* 13 */
    "InstrPIFAddrError",     /* 14 */
    "LoadStorePIFAddrError", /* 15 */
    "InstTLBMiss",           /* 16 */
    "InstTLBMultiHit",       /* 17 */
    "InstFetchPrivilege",    /* 18 */
    "reserved",              /* 19 */
    "InstFetchProhibited",   /* 20 */
    "reserved",              /* 21 */
    "reserved",              /* 22 */
    "reserved",              /* 23 */
    "LoadStoreTLBMiss",      /* 24 */
    "LoadStoreTLBMultiHit",  /* 25 */
    "LoadStorePrivilege",    /* 26 */
    "reserved",              /* 27 */
    "LoadProhibited",        /* 28 */
    "StoreProhibited",       /* 29 */
};

const char *lx106_cause_name(uint32_t cause)
{
    if (cause < sizeof cause_names / sizeof cause_names[0])
        return cause_names[cause];
    if (cause >= 32 && cause < 40)
        return "CoprocessorDisabled";
    return "reserved";
}

struct out {
    char *p, *end;
};

static void put(struct out *o, const char *s)
{
    while (*s && o->p < o->end)
        *o->p++ = *s++;
}

/* Byte at any address, through an aligned word load: the code may sit in flash. */
static uint8_t code_byte(uint32_t addr)
{
    uint32_t w = *(const volatile uint32_t *)(addr & ~3u);
    return (uint8_t)(w >> (8 * (addr & 3)));
}

/* libgcc's __divsi3/__modsi3 family signals a zero divisor with `ill` followed by "DIV0". */
static int is_div0_trap(uint32_t pc)
{
    return code_byte(pc + 3) == 'D' && code_byte(pc + 4) == 'I' && code_byte(pc + 5) == 'V' &&
           code_byte(pc + 6) == '0';
}

const char *lx106_describe(const struct lx106_frame *f, char *buf, uint32_t size)
{
    static const char *const debug_bits[] = {"ICOUNT", "IBREAK", "DBREAK",
                                             "BREAK", "BREAK.N", "DEBUGINT"};
    struct out o = {buf, buf + size - 1};
    switch (f->kind) {
    case LX106_KIND_DEBUG:
        put(&o, "debug exception:");
        for (uint32_t i = 0; i < 6; i++) {
            if (f->cause & (1u << i)) {
                put(&o, " ");
                put(&o, debug_bits[i]);
            }
        }
        break;
    case LX106_KIND_NMI:
        put(&o, "non-maskable interrupt");
        break;
    default:
        put(&o, lx106_cause_name(f->cause));
        if (f->cause == LX106_CAUSE_ILLEGAL && is_div0_trap(f->pc))
            put(&o, ": integer division by zero (libgcc)");
        if (f->kind == LX106_KIND_KERNEL)
            put(&o, ", kernel mode");
        else if (f->kind == LX106_KIND_DOUBLE)
            put(&o, ", double exception");
        break;
    }
    *o.p = 0;
    return buf;
}
