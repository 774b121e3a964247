/* The port layer: everything the core needs from the machine it runs on.
 * Each port (ports/host, ports/esp8266, ports/qemu) implements these functions. */
#ifndef ESPY_PORT_H
#define ESPY_PORT_H

#include <stddef.h>
#include <stdint.h>

/* console: fd 1 is stdout, 2 is stderr */
void port_write(int fd, const char *s, size_t n);
/* one byte of console input, blocking; -1 at end of input */
int port_read_char(void);

/* clocks */
uint64_t port_ticks_us(void);          /* monotonic microseconds */
uint32_t port_ticks_cpu(void);         /* a fast free-running counter */
double port_time(void);                /* seconds since 1970 (the RTC) */
void port_sleep_us(uint64_t us);

/* files: handles are >= 0; errors are negative errno values (ENOENT = 2 ...) */
enum {
    PORT_O_RDONLY = 0, PORT_O_WRONLY = 1, PORT_O_RDWR = 2,
    PORT_O_CREAT = 4, PORT_O_TRUNC = 8, PORT_O_APPEND = 16, PORT_O_EXCL = 32,
};
intptr_t port_file_open(const char *path, int flags);
intptr_t port_file_read(intptr_t h, void *buf, size_t n);
intptr_t port_file_write(intptr_t h, const void *buf, size_t n);
intptr_t port_file_seek(intptr_t h, intptr_t offset, int whence);   /* returns the new position */
int port_file_flush(intptr_t h);
int port_file_close(intptr_t h);

typedef struct {
    uint32_t size;
    uint32_t mtime;
    uint32_t is_dir;           /* (a word: a byte field costs a load sequence under -mforce-l32) */
} PortStat;
int port_stat(const char *path, PortStat *st);
/* Calls fn for each entry (not "." and ".."); returns 0 or -errno. */
int port_listdir(const char *path, void (*fn)(void *ctx, const char *name, int is_dir, uint32_t size), void *ctx);
int port_mkdir(const char *path);
int port_rmdir(const char *path);
int port_remove(const char *path);
int port_rename(const char *from, const char *to);
int port_getcwd(char *buf, size_t n);
int port_chdir(const char *path);
/* f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree, f_favail, f_flag, f_namemax */
int port_statvfs(const char *path, uint32_t out[10]);

void port_random_bytes(void *buf, size_t n);   /* for os.urandom and seeding */
/* os.uname(): sysname, nodename, release, version, machine */
const char *const *port_uname(void);

#endif
