/* Internal interface of the QEMU lx106 platform (ports/qemu), for its own files and tests. */
#ifndef QEMU_PORT_H
#define QEMU_PORT_H

#include <stdint.h>

/* Exit statuses of the platform itself (a program's own status passes through unchanged). */
#define QEMU_EXIT_EXCEPTION 70 /* CPU exception, see lx106_fatal() in fatal.c */
#define QEMU_EXIT_STACK 71     /* the C stack overflowed its area (checked at exit) */

/* Bytes of C stack used so far (high-water mark) and the stack's size. */
uint32_t qemu_stack_used(void);
uint32_t qemu_stack_size(void);

/* Flush what picolibc's stdout has buffered (stdio.c). */
void qemu_stdout_flush(void);

/* Message for a stack that ran over its bottom (fatal.c). */
void qemu_report_stack_overflow(void);

/* Small formatting into a buffer without stdio: returns the end of the written text. */
char *qemu_fmt_hex(char *p, uint32_t v, int digits);
char *qemu_fmt_dec(char *p, uint32_t v);
char *qemu_fmt_str(char *p, const char *s);

#endif
