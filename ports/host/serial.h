/* Serial ports on Linux: raw 8N1 byte streams with timeouts and the DTR/RTS modem lines.
 * Used by `espy flash` (ROM loader), and meant for `espy term` and `espy fs` as well.
 * All functions return -1 on failure with errno set; serial_open also writes a one-line
 * reason (no trailing newline) into the caller's buffer. */
#ifndef ESPY_SERIAL_H
#define ESPY_SERIAL_H

#include <stddef.h>

typedef struct {
    int fd;
    int baud;
    int has_lines;  /* 0 once the driver refused a DTR/RTS change (ptys, some adapters) */
} serial_port;

/* Opens PATH for exclusive use, raw 8N1, no flow control, no hang-up on close (so that
 * closing does not reset a board wired to DTR/RTS).  Refuses anything that is not a tty. */
int serial_open(serial_port *p, const char *path, int baud, char *err, size_t errlen);
void serial_close(serial_port *p);

/* Standard rates only (9600 ... 4000000); returns -1 with EINVAL for others. */
int serial_set_baud(serial_port *p, int baud);
int serial_baud_supported(int baud);

/* Sets both lines in one call; 1 = asserted (the pin is driven low on a USB-UART).
 * Returns -1 when the port has no modem lines. */
int serial_set_lines(serial_port *p, int dtr, int rts);

/* Reads up to n bytes, waiting at most timeout_ms for the first one.
 * Returns the count (0 on timeout) or -1 on error (e.g. the device went away). */
long serial_read(serial_port *p, void *buf, size_t n, int timeout_ms);

/* Writes all n bytes (blocking), then returns n, or -1. */
long serial_write(serial_port *p, const void *buf, size_t n);

/* Waits until everything written has left the UART. */
int serial_drain(serial_port *p);

/* Drops bytes received and not yet read. */
void serial_flush_input(serial_port *p);

/* Milliseconds on a monotonic clock, for callers that budget time across reads. */
long long serial_now_ms(void);

#endif
