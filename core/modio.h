/* Console streams and files (the io module builds on these). */
#ifndef ESPY_MODIO_H
#define ESPY_MODIO_H

#include "obj.h"

extern const Type console_type, file_type, stringio_type, bytesio_type;
typedef struct { Object base; int fd; } ConsoleObj;

bool io_is_console(Value f, int fd);
void io_console_flush(void);
Value io_open(Value *args, int nargs, Value kw);
Value io_console(int fd);

#endif
