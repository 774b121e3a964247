/* Host port internals shared by main.c and port.c. */
#ifndef ESPY_HOSTPORT_H
#define ESPY_HOSTPORT_H

#include <stdbool.h>

extern bool host_stdout_line_buffered;
bool host_interrupt_pending(void);

#endif
