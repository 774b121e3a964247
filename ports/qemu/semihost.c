/* Semihosting calls: a2 = call number, a3..a5 = arguments; result in a2, errno in a3. */
#include "semihost.h"

enum {
    SYS_EXIT = 1,
    SYS_READ = 3,
    SYS_WRITE = 4,
    SYS_OPEN = 5,
    SYS_CLOSE = 6,
    SYS_LSEEK = 19,
    SYS_SELECT_ONE = 29,
    SYS_ARGC = 1000,
    SYS_ARGV_SZ = 1001,
    SYS_ARGV = 1002,
    SYS_MEMSET = 1004,
};

static int32_t simcall(int32_t nr, uint32_t x, uint32_t y, uint32_t z)
{
    register int32_t a2 __asm__("a2") = nr;
    register uint32_t a3 __asm__("a3") = x;
    register uint32_t a4 __asm__("a4") = y;
    register uint32_t a5 __asm__("a5") = z;
    __asm__ volatile("simcall" : "+r"(a2), "+r"(a3) : "r"(a4), "r"(a5) : "memory");
    if (a2 == -1)
        return -(int32_t)(a3 ? a3 : SH_EINVAL);
    return a2;
}

int32_t sh_write(int fd, const void *buf, size_t n)
{
    const char *p = buf;
    size_t done = 0;
    while (done < n) {
        int32_t r = simcall(SYS_WRITE, (uint32_t)fd, (uint32_t)(p + done), (uint32_t)(n - done));
        if (r < 0)
            return done ? (int32_t)done : r;
        if (r == 0)
            break;
        done += (size_t)r;
    }
    return (int32_t)done;
}

int32_t sh_read(int fd, void *buf, size_t n)
{
    return simcall(SYS_READ, (uint32_t)fd, (uint32_t)buf, (uint32_t)n);
}

int32_t sh_open(const char *path, int flags, int mode)
{
    return simcall(SYS_OPEN, (uint32_t)path, (uint32_t)flags, (uint32_t)mode);
}

int32_t sh_close(int fd)
{
    return simcall(SYS_CLOSE, (uint32_t)fd, 0, 0);
}

int32_t sh_lseek(int fd, int32_t offset, int whence)
{
    return simcall(SYS_LSEEK, (uint32_t)fd, (uint32_t)offset, (uint32_t)whence);
}

int32_t sh_poll_read(int fd, int32_t timeout_us)
{
    /* struct timeval as the guest sees it: two 32-bit words. */
    int32_t tv[2];
    tv[0] = 0;
    tv[1] = timeout_us;
    while (tv[1] >= 1000000) { /* no division: this loop runs a handful of times at most */
        tv[1] -= 1000000;
        tv[0]++;
    }
    return simcall(SYS_SELECT_ONE, (uint32_t)fd, 1, timeout_us < 0 ? 0 : (uint32_t)tv);
}

void sh_exit(int status)
{
    for (;;)
        simcall(SYS_EXIT, (uint32_t)status, 0, 0);
}

int32_t sh_argc(void)
{
    return simcall(SYS_ARGC, 0, 0, 0);
}

int32_t sh_argv_size(void)
{
    return simcall(SYS_ARGV_SZ, 0, 0, 0);
}

int32_t sh_argv(void *buf)
{
    int32_t argc = sh_argc();
    if (argc < 0)
        return argc;
    int32_t r = simcall(SYS_ARGV, (uint32_t)buf, 0, 0);
    return r < 0 ? r : argc;
}

void sh_memset(void *dst, int c, size_t n)
{
    simcall(SYS_MEMSET, (uint32_t)dst, (uint32_t)c, (uint32_t)n);
}

int32_t sh_puts(int fd, const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return sh_write(fd, s, n);
}

uint64_t sh_cycles(void)
{
    static uint32_t last, high;
    uint32_t now;
    __asm__ volatile("rsr %0, ccount" : "=r"(now));
    if (now < last)
        high++;
    last = now;
    return ((uint64_t)high << 32) | now;
}

uint64_t sh_ticks_us(void)
{
    return sh_cycles() / (SH_CCOUNT_HZ / 1000000u);
}
