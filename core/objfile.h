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
/* seek(offset, whence=0)'s arguments, a[1] and a[2] of n (files and io's StringIO, BytesIO):
 * *off and whence, ValueError for a whence other than 0, 1 or 2. */
Int io_seek_args(const Value *a, int n, Int *off);
/* open() and the writelines method files share with StringIO and BytesIO */
extern const NativeFunc io_open_fn, io_writelines_fn;

#endif
