/* lx106 exception vector table and entry code; see lx106_exc.h for the contract.
 * Vector offsets from VECBASE (lx106 core configuration): debug/level-2 0x10, NMI/level-3 0x20,
 * kernel 0x30, user 0x50, double 0x70.  Each slot only saves a0 and jumps, because the slots are
 * 16-32 bytes apart.  The section must be placed at a 1 kB boundary (VECBASE alignment) and
 * the entry code below stays within reach of a `j` (+-128 kB): it is all in this section. */
#include "lx106_exc.h"
#include "aregs.h"

    .section .vectors.text, "ax"
    .begin  no-transform        /* keep every instruction where it is written */
    .global _lx106_vectors
    .align  4
_lx106_vectors:
    .org    0x10
    wsr     a0, excsave2
    j       .Lfatal_debug
    .org    0x20
    wsr     a0, excsave3
    j       .Lfatal_nmi
    .org    0x30
    wsr     a0, excsave1
    j       .Lfatal_kernel
    .org    0x50
    wsr     a0, excsave1
    j       .Luser_entry
    .org    0x70
    wsr     a0, excsave1
    j       .Lfatal_double
    .org    0x80
    .end    no-transform

/* l32r only reaches backwards, so the literals come first. */
    .align  4
.Lframe_lit:        .word   _lx106_fatal_frame
.Lstack_lit:        .word   _lx106_fatal_stack + 512
.Lfatal_lit:        .word   lx106_fatal
.Lexception_lit:    .word   lx106_exception

/* User vector: a full frame on the interrupted stack, C handler, restore, rfe. */
.Luser_entry:
    addi    a1, a1, -LX106_FRAME_SIZE
    AREGS_STORE a1, AREGS_CALLER, AREGS_CALLEE
    rsr     a2, excsave1
    s32i    a2, a1, 0
    addi    a2, a1, LX106_FRAME_SIZE
    s32i    a2, a1, 4
    rsr     a2, epc1
    s32i    a2, a1, LX106_FRAME_PC
    rsr     a2, ps
    s32i    a2, a1, LX106_FRAME_PS
    rsr     a2, sar
    s32i    a2, a1, LX106_FRAME_SAR
    rsr     a2, exccause
    s32i    a2, a1, LX106_FRAME_CAUSE
    rsr     a2, excvaddr
    s32i    a2, a1, LX106_FRAME_VADDR
    movi    a2, LX106_KIND_USER
    s32i    a2, a1, LX106_FRAME_KIND
    mov     a2, a1
    l32r    a0, .Lexception_lit
    callx0  a0
    l32i    a2, a1, LX106_FRAME_PC
    wsr     a2, epc1
    l32i    a2, a1, LX106_FRAME_SAR
    wsr     a2, sar
    l32i    a0, a1, 0
    AREGS_LOAD a1, AREGS_CALLER, AREGS_CALLEE
    l32i    a1, a1, 4
    rsync
    rfe

/* Fatal vectors: registers into the static frame (a0 points at it), then the common tail. */
    .macro  SAVE_REGS excsave
    l32r    a0, .Lframe_lit
    AREGS_STORE a0, 1, AREGS_CALLER, AREGS_CALLEE
    rsr     a2, \excsave
    s32i    a2, a0, 0
    rsr     a2, sar
    s32i    a2, a0, LX106_FRAME_SAR
    rsr     a2, excvaddr
    s32i    a2, a0, LX106_FRAME_VADDR
    .endm

    .macro  SAVE_STATE kind, pcreg, psreg
    rsr     a2, \pcreg
    s32i    a2, a0, LX106_FRAME_PC
    rsr     a2, \psreg
    s32i    a2, a0, LX106_FRAME_PS
    movi    a2, \kind
    s32i    a2, a0, LX106_FRAME_KIND
    .endm

.Lfatal_kernel:
    SAVE_REGS excsave1
    SAVE_STATE LX106_KIND_KERNEL, epc1, ps
    rsr     a2, exccause
    j       .Lfatal_common
.Lfatal_double:
    SAVE_REGS excsave1
    SAVE_STATE LX106_KIND_DOUBLE, depc, ps
    rsr     a2, exccause
    j       .Lfatal_common
.Lfatal_debug:
    SAVE_REGS excsave2
    SAVE_STATE LX106_KIND_DEBUG, epc2, eps2
    rsr     a2, debugcause
    j       .Lfatal_common
.Lfatal_nmi:
    SAVE_REGS excsave3
    SAVE_STATE LX106_KIND_NMI, epc3, eps3
    movi    a2, 0
.Lfatal_common:
    s32i    a2, a0, LX106_FRAME_CAUSE
    l32r    a1, .Lstack_lit
    mov     a2, a0
    l32r    a0, .Lfatal_lit
    callx0  a0
1:  j       1b                  /* lx106_fatal does not return */

    .section .bss._lx106_fatal, "aw", @nobits
    .align  16
    .global _lx106_fatal_frame
_lx106_fatal_frame:
    .space  LX106_FRAME_SIZE
_lx106_fatal_stack:
    .space  512
