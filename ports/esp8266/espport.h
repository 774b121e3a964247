/* Internals of the Python port on the ESP8266, shared by main.c, port.c and port_fs.c. */
#ifndef ESPPORT_H
#define ESPPORT_H

#include <stdbool.h>
#include <stdint.h>

/* Console input.  Bytes that arrive while Python code runs are taken from the UART by
 * console_poll() (so that Ctrl-C can interrupt the code) and kept in a small ring buffer;
 * console_getc() returns them first, then waits on the UART. */
int console_getc(void);
void console_poll(void);
/* While true (the REPL is reading a line), Ctrl-C is an ordinary input byte for the line
 * editor; while false, console_poll() turns it into a KeyboardInterrupt. */
extern bool console_line_mode;

/* The flash filesystem (port_fs.c): mounts the layout's region, formatting it if it is blank;
 * a region that does not mount is reported in one line (always) and left for os.mkfs().
 * `report` also reports a region too small for a filesystem (at power-on only). */
int port_fs_mount(bool report);

/* Linux errno numbers, as the core reports them (the errno module's table). */
#define ESP_ENOENT 2
#define ESP_EBADF  9
#define ESP_ENOSYS 38

#endif
