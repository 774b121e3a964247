/* Self-test of the LoadStoreError handler (vectors.S): narrow loads into many different target
 * registers, with every other register and SAR holding a known value, run from flash and from
 * IRAM (selftest.c's !narrow command checks what comes back).
 *
 *   void selftest_narrow_flash(const void *tab, uint32_t out[18]);   code in flash
 *   void selftest_narrow_iram(const void *tab, uint32_t out[18]);    code in IRAM
 *
 * out[0..15] = a0..a15 after the loads below, out[1] = the load into a1, out[16] = SAR,
 * out[17] = the loads' count.  Before the loads a0 and a3..a15 hold the sentinel -1000 - n and
 * SAR holds 13.  Keep SELFTEST_LOADS in selftest.c in step with this list. */

#include "../lx106/aregs.h"

    .macro narrow_body
    addi    a1, a1, -96
    s32i    a0, a1, 68              /* return address */
    s32i    a12, a1, 72
    s32i    a13, a1, 76
    s32i    a14, a1, 80
    s32i    a15, a1, 84
    s32i    a3, a1, 88              /* out */
    s32i    a2, a1, 4               /* tab (slot 4 gets the load into a1 later) */
    rsr.sar a3
    s32i    a3, a1, 92              /* the caller's SAR */
    movi    a0, -1000
    movi    a3, -1003
    movi    a4, -1004
    movi    a5, -1005
    movi    a6, -1006
    movi    a7, -1007
    movi    a8, -1008
    movi    a9, -1009
    movi    a10, -1010
    movi    a11, -1011
    movi    a12, -1012
    movi    a13, -1013
    movi    a14, -1014
    movi    a15, -1015
    ssai    13
    l8ui    a0, a2, 1
    l8ui    a4, a2, 0
    l8ui    a15, a2, 3
    l8ui    a9, a2, 6
    l16ui   a6, a2, 2
    l16ui   a12, a2, 8
    l16si   a5, a2, 10
    l16si   a14, a2, 12
    l16si   a8, a2, 14
    l8ui    a3, a2, 13
    l16ui   a2, a2, 4               /* target = base */
    s32i    a0, a1, 0
    AREGS_STORE a1, AREGS_CALLER, AREGS_CALLEE
    rsr.sar a3
    s32i    a3, a1, 64
    /* the stack pointer as target: kept in a3 meanwhile */
    l32i    a2, a1, 4
    mov     a3, a1
    l16si   a1, a2, 6
    s32i    a1, a3, 4
    mov     a1, a3
    /* copy the 17 words out, then the count */
    l32i    a3, a1, 88
    mov     a4, a1
    movi    a5, 17
1:  l32i    a6, a4, 0
    s32i    a6, a3, 0
    addi    a4, a4, 4
    addi    a3, a3, 4
    addi    a5, a5, -1
    bnez    a5, 1b
    movi    a6, 12
    s32i    a6, a3, 0
    l32i    a3, a1, 92
    wsr.sar a3
    l32i    a0, a1, 68
    l32i    a12, a1, 72
    l32i    a13, a1, 76
    l32i    a14, a1, 80
    l32i    a15, a1, 84
    addi    a1, a1, 96
    ret
    .endm

    .section .text.selftest_narrow_flash, "ax"
    .align 4
    .global selftest_narrow_flash
    .type selftest_narrow_flash, @function
selftest_narrow_flash:
    narrow_body
    .size selftest_narrow_flash, . - selftest_narrow_flash

    .section .iram.text.selftest_narrow_iram, "ax"
    .align 4
    .global selftest_narrow_iram
    .type selftest_narrow_iram, @function
selftest_narrow_iram:
    narrow_body
    .size selftest_narrow_iram, . - selftest_narrow_iram
