/* Feature switches of the core on the lx106 under QEMU.  They are the board's
 * (ports/esp8266/portconfig.h) so that what passes under QEMU passes on the ESP-01: the same
 * heap, the same RAM-costing options; only the names differ. */
#ifndef ESPY_PORTCONFIG_H
#define ESPY_PORTCONFIG_H

#define ES_PORT_NAME        "esp8266"
#define ES_PLATFORM_NAME_ID N_esp8266      /* sys.platform */
#define ES_MACHINE_NAME_ID  N_esp8266      /* sys.implementation._machine */
#define ES_DEFAULT_HEAP     (64u * 1024)   /* what the firmware has for Python; -X heapsize=N */
#define ES_RECURSION_LIMIT  1000
#define ES_INLINE_CACHES    0     /* no per-code RAM caches */
#define ES_GC_LEAF_BITS     1
#define ES_STACK_CHUNK      512   /* VM data stack grows in 2 kB chunks, not 16 kB */
#define ES_TYPE_CACHE_LOG2  6     /* attribute cache: 64 entries, 1 kB of .bss (default 4 kB) */

/* The VM's dispatch loop in IRAM, as on the board (qemu.ld places .iram.text*). */
#define ES_IRAM __attribute__((section(".iram.text.vm")))

/* IRAM 0x40100000.. and the flash window 0x40200000..0x402FFFFF take only 32-bit loads. */
#define ES_WORD_ONLY_PTR(p) ((uintptr_t)(p) - 0x40100000u < 0x200000u)
#define ES_WORD_LOADS 1

#endif
