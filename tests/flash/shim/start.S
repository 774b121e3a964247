/* Boot code of the ROM shim that runs RAM programs for flashsim under
 * qemu-system-xtensa -M sim -cpu lx106 -semihosting (see shim.c). */

    .section .reset, "ax"
    .global _start
_start:                         /* QEMU starts here, at 0x50000000 */
    j       1f
    .align  4
.Lmain:
    .word   shim_start
1:  l32r    a0, .Lmain
    jx      a0

    .text
    .literal_position
    .align  4
    .global shim_start
shim_start:
    movi    a1, 0x3FFFFFF0      /* the ROM loader's stack lives at the top of DRAM */
    movi    a0, shim_vectors
    wsr     a0, vecbase
    movi    a0, 0
    wsr     a0, ps
    rsync
    call0   shim_main
    movi    a2, 1               /* SYS_exit(0) if the program returns */
    movi    a3, 0
    simcall
2:  j       2b

/* Any exception ends QEMU with status 0x40 + EXCCAUSE, so that a crashing program is seen. */
    .macro  fatal
    movi    a2, 1
    rsr     a3, exccause
    addi    a3, a3, 64
    simcall
    .endm

    .section .vectors, "ax"
    .global shim_vectors
shim_vectors:
    .org    0x10
    fatal
    .org    0x20
    fatal
    .org    0x30
    fatal
    .org    0x50
    fatal
    .org    0x70
    fatal

/* The ROM entry points the RAM programs call, at the mask ROM's addresses. */
    .macro  romfn sect, target
    .section \sect, "ax"
    j       \target
    .endm
    romfn   .rom.uart_tx_one_char, shim_uart_tx_one_char
    romfn   .rom.SPIRead, shim_SPIRead
    romfn   .rom.SPIParamCfg, shim_SPIParamCfg
    romfn   .rom.MD5Init, shim_MD5Init
    romfn   .rom.MD5Update, shim_MD5Update
    romfn   .rom.MD5Final, shim_MD5Final
