/* Exception vectors (VECBASE = _vector_base, set in startup.c).  Offsets are the lx106's:
 * debug 0x10, NMI 0x20, kernel 0x30, user 0x50, double 0x70.  Exceptions are not recoverable:
 * every vector records which one fired and goes to esp_fatal (fatal.c), which prints cause, PC
 * and EXCVADDR on the UART and reboots through the ROM.  Two causes at the user vector are
 * served instead: level-1 interrupts (EXCCAUSE 4) go to the dispatcher of machine_entry.S, and
 * a LoadStoreError (EXCCAUSE 3) from an 8/16-bit load from flash or IRAM is completed by the
 * handler below (the core is not all built with -mforce-l32; L32_OFF_SRCS in mk/firmware.mk). */
#include "../lx106/aregs.h"
    .section .vectors, "ax"
    .global _vector_base
    .align 256
_vector_base:
    .org 0x10
_DebugVector:
    wsr.excsave1 a0
    movi    a0, 1
    j       fatal_common
    .org 0x20
_NMIVector:
    wsr.excsave1 a0
    movi    a0, 2
    j       fatal_common
    .org 0x30
_KernelVector:
    wsr.excsave1 a0
    movi    a0, 3
    j       fatal_common
    .org 0x50
_UserVector:
    wsr.excsave1 a0
    rsr.exccause a0
    beqi    a0, 4, .Llevel1         /* Level1InterruptCause */
    beqi    a0, 3, .Lloadstore      /* LoadStoreErrorCause */
    movi    a0, 4
    j       fatal_common
    .org 0x70
_DoubleVector:
    wsr.excsave1 a0
    movi    a0, 5
    j       fatal_common

    .literal_position
    .align 4
    .weak   esp_l1_int_entry        /* machine_entry.S; absent from the self-test image */
.Llevel1:
    movi    a0, esp_l1_int_entry
    beqz    a0, 1f
    jx      a0
1:  movi    a0, 4
    j       fatal_common
.Lloadstore:
    j       esp_lse_handler

/* LoadStoreError: flash (0x402xxxxx) and IRAM only answer aligned 32-bit loads; an L8UI, L16UI
 * or L16SI there raises EXCCAUSE 3 with EXCVADDR = the address.  The handler loads the aligned
 * word, extracts the byte or halfword (zero- or sign-extended), writes it into the target
 * register t of the interrupted code, steps EPC1 over the 3-byte instruction and returns.  The
 * lx106 has no narrow (2-byte) 8/16-bit loads, so only the RRI8 forms exist: op0 = 2,
 * r = 0 (L8UI), 1 (L16UI), 9 (L16SI).  An unaligned L16 raises cause 9, never this one.
 * Any other instruction (a store, S32C1I, a 32-bit load from a bad address) goes to the fatal
 * report with the registers as they were.  A fault inside this handler (PS.EXCM = 1, e.g. the
 * cache is off) is a double exception: fatal too.
 *
 * All sixteen address registers and SAR go to esp_lse_save, so that t can be any of a0..a15
 * (a1 included) by one indexed store, and everything comes back from there.  A static area,
 * not the stack: a1 may be the target or broken, and nothing can nest here (EXCM is set, and
 * there is no NMI user).  Entered with a0 = 3 and the interrupted a0 in EXCSAVE1. */
    .section .bss.esp_lse_save, "aw", @nobits
    .align 4
esp_lse_save:
    .space  17 * 4                  /* a0..a15, SAR */

    .section .vectors, "ax"
    .literal_position
    .align 4
    .global esp_lse_handler
esp_lse_handler:
    movi    a0, esp_lse_save
    s32i    a1, a0, 4
    mov     a1, a0                  /* a1 = the save area from here on */
    AREGS_STORE a1, AREGS_CALLER, AREGS_CALLEE
    rsr.excsave1 a2
    s32i    a2, a1, 0
    rsr.sar a2
    s32i    a2, a1, 64
    /* the instruction: 3 bytes at EPC1, which may sit at any byte of a word in IRAM or flash:
     * two aligned words, funnel-shifted */
    rsr.epc1 a2
    movi    a3, -4
    and     a3, a2, a3
    l32i    a4, a3, 0
    l32i    a5, a3, 4
    ssa8l   a2
    src     a4, a5, a4              /* a4 = instruction (bits 0-23) */
    extui   a3, a4, 0, 4            /* op0 */
    bnei    a3, 2, .Llse_other
    extui   a3, a4, 12, 4           /* r */
    /* the word holding the datum, shifted down to it */
    rsr.excvaddr a2
    movi    a5, -4
    and     a5, a2, a5
    l32i    a5, a5, 0
    ssa8l   a2
    srl     a5, a5
    beqz    a3, .Llse_u8
    beqi    a3, 1, .Llse_u16
    addi    a3, a3, -9
    bnez    a3, .Llse_other
    slli    a5, a5, 16              /* L16SI */
    srai    a5, a5, 16
    j       .Llse_store
.Llse_u8:
    extui   a5, a5, 0, 8
    j       .Llse_store
.Llse_u16:
    extui   a5, a5, 0, 16
.Llse_store:
    extui   a4, a4, 4, 4            /* t */
    addx4   a4, a4, a1
    s32i    a5, a4, 0
    rsr.epc1 a2
    addi    a2, a2, 3
    wsr.epc1 a2
    l32i    a2, a1, 64
    wsr.sar a2
    l32i    a0, a1, 0
    AREGS_LOAD a1, AREGS_CALLER, AREGS_CALLEE
    l32i    a1, a1, 4
    rsync
    rfe
/* not a narrow load: back to the interrupted registers (a0 stays in EXCSAVE1), then report */
.Llse_other:
    l32i    a2, a1, 64
    wsr.sar a2
    AREGS_LOAD a1, 2, 3, 4, 5
    l32i    a1, a1, 4
    movi    a0, 4
    j       fatal_common

/* a0 = vector kind, EXCSAVE1 = the interrupted a0.  Registers are not preserved: we reboot. */
fatal_common:
    mov     a7, a1                  /* interrupted stack pointer */
    rsr.excsave1 a6                 /* interrupted a0 (return address) */
    mov     a2, a0
    rsr.exccause a3
    rsr.excvaddr a5
    rsr.epc1 a4
    beqi    a2, 5, 1f
    beqi    a2, 1, 2f
    beqi    a2, 2, 3f
    j       4f
1:  rsr.depc a4
    j       4f
2:  rsr.epc2 a4
    j       4f
3:  rsr.epc3 a4
4:  movi    a1, esp_exc_stack_top   /* the fault may have come from a broken stack */
    call0   esp_fatal
5:  j       5b
