/* Reset stub and first instructions of the QEMU lx106 build.
 * QEMU's `-M sim -cpu lx106` starts at the reset vector 0x50000000 (sysrom0), with PS.EXCM set
 * and interrupts masked.  The stub there only jumps to _start; _start sets the stack pointer,
 * installs the exception vectors, enters normal user mode and calls qemu_start() (start.c). */

    .section .reset.text, "ax"
    .global _reset
_reset:
    j       1f
    .align  4
.Lstart_lit:
    .word   _start
1:  l32r    a0, .Lstart_lit
    jx      a0

    .section .text._start, "ax"
    .align  4
.Lstack_lit:    .word   _stack_end
.Lvec_lit:      .word   _lx106_vectors
.Lmain_lit:     .word   qemu_start
    .global _start
    .type   _start, @function
_start:
    movi    a0, 0               /* no return address: ends backtraces */
    l32r    a1, .Lstack_lit
    l32r    a2, .Lvec_lit
    wsr     a2, vecbase
    movi    a2, 0x20            /* PS: UM = 1 (user vector), EXCM = 0, INTLEVEL = 0 */
    wsr     a2, ps
    rsync
    l32r    a0, .Lmain_lit
    callx0  a0
2:  j       2b                  /* qemu_start does not return */
    .size   _start, . - _start
