/* C start-up and exit of the QEMU lx106 build: .data/.bss, stack painting, constructors,
 * arguments from semihosting, main(), the exit path that checks the stack, and the two
 * process calls picolibc's abort()/assert() need. */
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "qemu_port.h"
#include "semihost.h"

extern char _data_start[], _data_end[], _data_load[], _bss_start[], _bss_end[];
extern uint32_t _stack_start[], _stack_end[];
extern void (*__init_array_start[])(void), (*__init_array_end[])(void);

int main(int argc, char **argv);
void qemu_start(void) __attribute__((noreturn));

/* Pattern written over the unused stack at start-up: the lowest untouched word tells the high
 * water mark, and a changed bottom word means the stack overflowed. */
#define STACK_PAINT 0xA5C35A3Cu
#define STACK_GUARD_WORDS 4
#define ARGV_MAX 2048

static uint32_t current_sp(void)
{
    uint32_t sp;
    __asm__ volatile("mov %0, a1" : "=r"(sp));
    return sp;
}

static void paint_stack(void)
{
    uint32_t *p = _stack_start, *end = (uint32_t *)(current_sp() - 64);
    while (p < end)
        *p++ = STACK_PAINT;
}

uint32_t qemu_stack_used(void)
{
    const uint32_t *p = _stack_start;
    while (p < _stack_end && *p == STACK_PAINT)
        p++;
    return (uint32_t)((const char *)_stack_end - (const char *)p);
}

uint32_t qemu_stack_size(void)
{
    return (uint32_t)((const char *)_stack_end - (const char *)_stack_start);
}

void qemu_start(void)
{
    if (&_data_load[0] != &_data_start[0]) /* the linker script may load .data elsewhere */
        memcpy(_data_start, _data_load, (size_t)(_data_end - _data_start));
    memset(_bss_start, 0, (size_t)(_bss_end - _bss_start));
    paint_stack();
    for (void (**f)(void) = __init_array_start; f < __init_array_end; f++)
        (*f)();

    int32_t argc = sh_argc(), size = sh_argv_size();
    if (argc < 0 || size < 0 || size > ARGV_MAX) {
        sh_puts(2, "lx106: cannot read the program arguments (more than 2 kB?)\n");
        sh_exit(2);
    }
    uint32_t buf[(size + 3) / 4 + 1]; /* lives until exit: argv points into it */
    sh_argv(buf);
    exit(main(argc, (char **)buf));
}

void _exit(int status)
{
    qemu_stdout_flush();
    for (int i = 0; i < STACK_GUARD_WORDS; i++) {
        if (_stack_start[i] != STACK_PAINT) {
            qemu_report_stack_overflow();
            sh_exit(QEMU_EXIT_STACK);
        }
    }
    sh_exit(status);
}

/* picolibc's raise(), used by abort() and assert(), signals the "process" itself. */
pid_t getpid(void)
{
    return 1;
}

int kill(pid_t pid, int sig)
{
    char line[48];
    (void)pid;
    char *p = qemu_fmt_str(line, "lx106: killed by signal ");
    p = qemu_fmt_dec(p, (uint32_t)sig);
    *p++ = '\n';
    qemu_stdout_flush();
    sh_write(2, line, (size_t)(p - line));
    _exit(128 + (sig & 127));
}
