/* What a CPU exception looks like in the QEMU build: one line on stderr,
 *   lx106 exception: cause N (name) at PC 0x..., address 0x...
 * then the registers, and exit status 70 (QEMU_EXIT_EXCEPTION). */
#include <stdint.h>

#include "lx106_exc.h"
#include "qemu_port.h"
#include "semihost.h"

char *qemu_fmt_hex(char *p, uint32_t v, int digits)
{
    static const char hex[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; i--)
        *p++ = hex[(v >> (4 * i)) & 15];
    return p;
}

char *qemu_fmt_dec(char *p, uint32_t v)
{
    char tmp[10];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        *p++ = tmp[--n];
    return p;
}

char *qemu_fmt_str(char *p, const char *s)
{
    while (*s)
        *p++ = *s++;
    return p;
}

static volatile int in_fatal;

void lx106_fatal(struct lx106_frame *f)
{
    char line[200], desc[80];
    if (in_fatal) /* a fault while reporting: stop without touching anything else */
        sh_exit(QEMU_EXIT_EXCEPTION);
    in_fatal = 1;
    qemu_stdout_flush();

    char *p = qemu_fmt_str(line, "lx106 exception: cause ");
    p = qemu_fmt_dec(p, f->cause);
    p = qemu_fmt_str(p, " (");
    p = qemu_fmt_str(p, lx106_describe(f, desc, sizeof desc));
    p = qemu_fmt_str(p, ") at PC 0x");
    p = qemu_fmt_hex(p, f->pc, 8);
    p = qemu_fmt_str(p, ", address 0x");
    p = qemu_fmt_hex(p, f->vaddr, 8);
    *p++ = '\n';
    sh_write(2, line, (size_t)(p - line));

    for (int row = 0; row < 4; row++) {
        p = qemu_fmt_str(line, " ");
        for (int i = row * 4; i < row * 4 + 4; i++) {
            p = qemu_fmt_str(p, i < 10 ? "  a" : " a");
            p = qemu_fmt_dec(p, (uint32_t)i);
            p = qemu_fmt_str(p, " 0x");
            p = qemu_fmt_hex(p, f->a[i], 8);
        }
        if (row == 3) {
            p = qemu_fmt_str(p, "  ps 0x");
            p = qemu_fmt_hex(p, f->ps, 8);
            p = qemu_fmt_str(p, "  sar ");
            p = qemu_fmt_dec(p, f->sar);
        }
        *p++ = '\n';
        sh_write(2, line, (size_t)(p - line));
    }
    sh_exit(QEMU_EXIT_EXCEPTION);
}

void qemu_report_stack_overflow(void)
{
    char line[120];
    char *p = qemu_fmt_str(line, "lx106: C stack overflow: the ");
    p = qemu_fmt_dec(p, qemu_stack_size());
    p = qemu_fmt_str(p, "-byte stack area (_stack_size in ports/qemu/qemu.ld) was exceeded\n");
    sh_write(2, line, (size_t)(p - line));
}
