/* The head of a native module (frozen.h "native modules"), compiled once per module with
 *   -DNATMOD_MODULE=mod_NAME -DNATMOD_NAME1=N_NAME [-DNATMOD_NAME2=N_uNAME]
 * and linked first (section .natmod.head, ports/esp8266/natmod.ld).  Size and relocation
 * counts are filled in by tools/natmodlink.c, which makes the .enm file from the linked module. */
#include <stdint.h>
#include "frozen.h"
#include "names.h"
#include "objmodule.h"

#ifndef NATMOD_NAME2
#define NATMOD_NAME2 0
#endif

extern const BuiltinModule NATMOD_MODULE;

__attribute__((section(".natmod.head"), used))
const uintptr_t natmod_head[FZ_NAT_WORDS] = {
    [FZ_NAT_MAGIC_W] = FZ_NAT_MAGIC,
    [FZ_NAT_MODULE] = (uintptr_t)&NATMOD_MODULE,
    [FZ_NAT_NAMES] = (uintptr_t)NATMOD_NAME1 | (uintptr_t)NATMOD_NAME2 << 16,
    [FZ_NAT_LINKED] = (uintptr_t)natmod_head,
};
