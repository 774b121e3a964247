/* picolibc (tinystdio) streams on semihosting: stdout is line-buffered, stderr unbuffered,
 * stdin reads QEMU's stdin.  Only programs that use <stdio.h> pull this file in.  Note that
 * picolibc's printf reads its format string a byte at a time: on the board such strings must
 * not sit in flash, so the port layer of espy does not use printf at all. */
#include <stdio.h>

#include "qemu_port.h"
#include "semihost.h"

static char out_buf[128];
static unsigned out_len;

void qemu_stdout_flush(void)
{
    if (out_len) {
        sh_write(1, out_buf, out_len);
        out_len = 0;
    }
}

static int out_put(char c, FILE *f)
{
    (void)f;
    out_buf[out_len++] = c;
    if (c == '\n' || out_len == sizeof out_buf)
        qemu_stdout_flush();
    return (unsigned char)c;
}

static int out_flush(FILE *f)
{
    (void)f;
    qemu_stdout_flush();
    return 0;
}

static int err_put(char c, FILE *f)
{
    (void)f;
    return sh_write(2, &c, 1) == 1 ? (unsigned char)c : _FDEV_ERR;
}

static int in_get(FILE *f)
{
    unsigned char c;
    (void)f;
    qemu_stdout_flush(); /* a prompt must be visible before we block */
    int32_t r = sh_read(0, &c, 1);
    return r == 1 ? c : r == 0 ? _FDEV_EOF : _FDEV_ERR;
}

static FILE in_file = FDEV_SETUP_STREAM(NULL, in_get, NULL, _FDEV_SETUP_READ);
static FILE out_file = FDEV_SETUP_STREAM(out_put, NULL, out_flush, _FDEV_SETUP_WRITE);
static FILE err_file = FDEV_SETUP_STREAM(err_put, NULL, NULL, _FDEV_SETUP_WRITE);

FILE *const stdin = &in_file;
FILE *const stdout = &out_file;
FILE *const stderr = &err_file;
