/* Assembler macros (for .S files only) that store or load runs of the lx106's address
 * registers into a register frame, where a_n sits at offset 4*n from the frame's base: the
 * layout of every frame the exception and interrupt entries build (ports/lx106/vectors.S,
 * ports/esp8266/vectors.S, machine_entry.S), so each entry lists only what differs. */
#ifndef AREGS_H
#define AREGS_H

    .macro  AREGS_STORE base, regs:vararg
    .irp    r, \regs
    s32i    a\r, \base, 4 * \r
    .endr
    .endm

    .macro  AREGS_LOAD base, regs:vararg
    .irp    r, \regs
    l32i    a\r, \base, 4 * \r
    .endr
    .endm

/* the call0 ABI's caller-saved a2..a11, and the callee-saved a12..a15 */
#define AREGS_CALLER 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
#define AREGS_CALLEE 12, 13, 14, 15

#endif
