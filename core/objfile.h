/* Console streams and files (objfile.c; the io module, modio.c, builds on these). */
#ifndef ESPY_OBJFILE_H
#define ESPY_OBJFILE_H

#include "obj.h"

extern const Type console_type, file_type;
typedef struct { Object base; int fd; } ConsoleObj;

bool io_is_console(Value f, int fd);
void io_console_flush(void);
Value io_open(Value *args, int nargs, Value kw);
Value io_console(int fd);
/* open() and the writelines method files share with StringIO and BytesIO */
extern const NativeFunc io_open_fn, io_writelines_fn;

#endif
