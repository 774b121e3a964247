/* Exception vectors for the lx106 (call0 ABI, XEA2), shared by the QEMU port and the ESP8266
 * firmware.  vectors.S holds the vector table (install with lx106_install_vectors() or
 * `wsr.vecbase` of _lx106_vectors) and the entry code:
 *
 *  - user vector (PS.UM = 1: every ordinary exception and level-1 interrupt): saves all
 *    registers in a struct lx106_frame on the current stack and calls lx106_exception(frame).
 *    If that returns, the (possibly modified) frame is restored and `rfe` resumes at frame->pc.
 *    This is where a port handles level-1 interrupts or emulates an instruction.  The handler
 *    runs with PS.EXCM set: interrupts are masked, and a fault inside it is a double exception.
 *  - kernel, double-exception, debug (level 2) and NMI (level 3) vectors: fatal.  They save the
 *    registers in a static frame, switch to a private 256-byte stack (the faulting stack may be
 *    the problem) and call lx106_fatal(frame), which must not return.
 *
 * The port provides lx106_fatal().  lx106_exception() has a weak default in lx106_exc.c that
 * calls lx106_fatal() for everything.  The vectors and entry code are in section .vectors.text
 * (place it in IRAM); the C handlers are ordinary code: on the board, where the flash cache is
 * off during SPI flash operations, a port that must survive exceptions then keeps its
 * handlers in IRAM too.
 */
#ifndef LX106_EXC_H
#define LX106_EXC_H

/* frame->kind */
#define LX106_KIND_USER 0
#define LX106_KIND_KERNEL 1
#define LX106_KIND_DOUBLE 2
#define LX106_KIND_DEBUG 3
#define LX106_KIND_NMI 4

/* Byte offsets in struct lx106_frame, for vectors.S. */
#define LX106_FRAME_A 0 /* a0..a15 */
#define LX106_FRAME_PC 64
#define LX106_FRAME_PS 68
#define LX106_FRAME_SAR 72
#define LX106_FRAME_CAUSE 76
#define LX106_FRAME_VADDR 80
#define LX106_FRAME_KIND 84
#define LX106_FRAME_SIZE 96 /* multiple of 16: the stack stays aligned */

/* EXCCAUSE values used by the code (Xtensa ISA). */
#define LX106_CAUSE_ILLEGAL 0
#define LX106_CAUSE_SYSCALL 1
#define LX106_CAUSE_LOAD_STORE_ERROR 3
#define LX106_CAUSE_LEVEL1_INTERRUPT 4
#define LX106_CAUSE_ALIGNMENT 9

#ifndef __ASSEMBLER__
#include <stdint.h>

struct lx106_frame {
    uint32_t a[16]; /* a1 is the stack pointer of the interrupted code */
    uint32_t pc;    /* EPC1 (user/kernel), DEPC (double), EPC2 (debug), EPC3 (NMI) */
    uint32_t ps;    /* PS (user/kernel/double), EPS2, EPS3 */
    uint32_t sar;
    uint32_t cause; /* EXCCAUSE; DEBUGCAUSE for the debug vector; 0 for NMI */
    uint32_t vaddr; /* EXCVADDR: the faulting data address of a load/store exception */
    uint32_t kind;  /* LX106_KIND_* */
    uint32_t pad[2];
};

extern char _lx106_vectors[];

/* Point VECBASE at _lx106_vectors. */
void lx106_install_vectors(void);

/* Called for every user-vector exception; may return to resume at frame->pc. */
void lx106_exception(struct lx106_frame *frame);

/* Provided by the port: report and stop. */
void lx106_fatal(struct lx106_frame *frame) __attribute__((noreturn));

/* Name of an EXCCAUSE value ("IllegalInstruction", ...; "reserved" for unused numbers). */
const char *lx106_cause_name(uint32_t cause);

/* A one-line description for a frame, e.g. "LoadStoreError" or "IllegalInstruction: integer
 * division by zero (libgcc)", "double exception: LoadProhibited", "debug exception: BREAK",
 * "NMI".  Reads the code at frame->pc with aligned word loads only. */
const char *lx106_describe(const struct lx106_frame *frame, char *buf, uint32_t size);

#endif
#endif
