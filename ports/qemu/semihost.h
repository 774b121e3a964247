/* Host I/O for the lx106 under `qemu-system-xtensa -M sim -semihosting` (the `simcall`
 * instruction; call numbers from QEMU's target/xtensa/xtensa-semi.c, see esp8266.md 7.3).
 * QEMU performs these calls with the host's own read/write/open/close/lseek, so file
 * descriptors, open flags and errno values are those of the Linux host.
 *
 * Every function returns a non-negative result, or -errno on failure.  Without -semihosting
 * QEMU treats simcall as a no-op: nothing comes out and sh_exit() would not stop the guest,
 * so always start QEMU through ports/qemu/run.sh.
 */
#ifndef QEMU_SEMIHOST_H
#define QEMU_SEMIHOST_H

#include <stddef.h>
#include <stdint.h>

/* open() flags and lseek() whence as the Linux host understands them. */
#define SH_O_RDONLY 0x0
#define SH_O_WRONLY 0x1
#define SH_O_RDWR 0x2
#define SH_O_CREAT 0x40
#define SH_O_EXCL 0x80
#define SH_O_TRUNC 0x200
#define SH_O_APPEND 0x400
#define SH_SEEK_SET 0
#define SH_SEEK_CUR 1
#define SH_SEEK_END 2

/* errno values QEMU reports (a subset; Linux numbering). */
#define SH_ENOENT 2
#define SH_EBADF 9
#define SH_EAGAIN 11
#define SH_EACCES 13
#define SH_EEXIST 17
#define SH_EINVAL 22
#define SH_ENOSYS 88

/* Write all n bytes (retries short writes); fd 1 and 2 are QEMU's stdout and stderr. */
int32_t sh_write(int fd, const void *buf, size_t n);
/* Read up to n bytes; 0 at end of file.  fd 0 is QEMU's stdin (blocking). */
int32_t sh_read(int fd, void *buf, size_t n);
int32_t sh_open(const char *path, int flags, int mode);
int32_t sh_close(int fd);
int32_t sh_lseek(int fd, int32_t offset, int whence);
/* Wait until fd is readable, at most timeout_us (< 0: forever): 1 ready, 0 timed out. */
int32_t sh_poll_read(int fd, int32_t timeout_us);
void sh_exit(int status) __attribute__((noreturn));

/* Program arguments given with -semihosting-config arg=...; argv[0] is the first arg. */
int32_t sh_argc(void);
/* Bytes needed by sh_argv(): (argc + 1) pointers followed by the strings. */
int32_t sh_argv_size(void);
/* Fill buf (sh_argv_size() bytes, 4-aligned) with a NULL-terminated pointer array and the
 * strings; returns argc. */
int32_t sh_argv(void *buf);

/* QEMU fills guest memory: n bytes at dst set to c, in one call (no guest instructions). */
void sh_memset(void *dst, int c, size_t n);

/* Convenience: write a C string to fd. */
int32_t sh_puts(int fd, const char *s);

/* Monotonic time from the CCOUNT register, which QEMU's lx106 advances at 40 MHz: host time
 * normally, or virtual time (deterministic) under -icount.  Call at least once every
 * 107 seconds so that wrap-arounds are seen. */
#define SH_CCOUNT_HZ 40000000u
uint64_t sh_cycles(void);
uint64_t sh_ticks_us(void);

#endif
