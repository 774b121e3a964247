/* Level-1 interrupts: the user vector (vectors.S) sends EXCCAUSE 4 here with the interrupted
 * a0 in EXCSAVE1 and PS.EXCM set, which keeps further level-1 interrupts out until the RFE.
 * The caller-saved registers of the call0 ABI (a0, a2-a11), SAR and EPC1 are kept in a frame
 * below the interrupted stack pointer; the C dispatcher (machine_irq.c) preserves a12-a15
 * itself.  The handlers only record events: Python runs later, in the VM. */
#include "../lx106/aregs.h"
    .section .iram.text.machine_irq, "ax"
    .literal_position
    .global esp_l1_int_entry
    .type esp_l1_int_entry, @function
    .align 4
esp_l1_int_entry:
    addi    a1, a1, -64
    AREGS_STORE a1, AREGS_CALLER
    rsr.excsave1 a2
    s32i    a2, a1, 0
    rsr.sar a2
    s32i    a2, a1, 48
    rsr.epc1 a2
    s32i    a2, a1, 52
    movi    a0, esp_l1_dispatch
    callx0  a0
    l32i    a2, a1, 52
    wsr.epc1 a2
    l32i    a2, a1, 48
    wsr.sar a2
    l32i    a0, a1, 0
    AREGS_LOAD a1, AREGS_CALLER
    addi    a1, a1, 64
    rsync
    rfe
    .size esp_l1_int_entry, . - esp_l1_int_entry
