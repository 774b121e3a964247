/* Exception vectors (VECBASE = _vector_base, set in startup.c).  Offsets are the lx106's:
 * debug 0x10, NMI 0x20, kernel 0x30, user 0x50, double 0x70.  Exceptions are not recoverable:
 * every vector records which one fired and goes to esp_fatal (fatal.c), which prints cause, PC
 * and EXCVADDR on the UART and reboots through the ROM.  Level-1 interrupts also arrive at the
 * user vector (EXCCAUSE 4): they go to the dispatcher of machine_entry.S. */
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
