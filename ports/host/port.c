/* The port layer on Linux: console, clocks and files through POSIX. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>
#include "port.h"
#include "hostport.h"

/* stdout is buffered (stdio); stderr is not, and writing it flushes stdout first so that the
 * two stay in order. */
void port_write(int fd, const char *s, size_t n) {
    if (fd == 1) {
        if (n == 0) { fflush(stdout); return; }
        fwrite(s, 1, n, stdout);
        if (host_stdout_line_buffered && memchr(s, '\n', n)) fflush(stdout);
        return;
    }
    fflush(stdout);
    while (n > 0) {
        ssize_t w = write(2, s, n);
        if (w <= 0) { if (w < 0 && errno == EINTR) continue; return; }
        s += w;
        n -= (size_t)w;
    }
}

int port_read_char(void) {
    fflush(stdout);
    unsigned char c;
    for (;;) {
        ssize_t r = read(0, &c, 1);
        if (r == 1) return c;
        if (r == 0) return -1;
        if (errno == EINTR) return -2;
        return -1;
    }
}

uint64_t port_ticks_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

uint32_t port_ticks_cpu(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint32_t)((uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec);
}

double port_time(void) {
    struct timeval tv;
    gettimeofday(&tv, NULL);
    return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}

void port_sleep_us(uint64_t us) {
    struct timespec ts = {(time_t)(us / 1000000u), (long)(us % 1000000u) * 1000};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
        if (host_interrupt_pending()) return;
    }
}

intptr_t port_file_open(const char *path, int flags) {
    int of = 0;
    switch (flags & 3) {
    case PORT_O_RDONLY: of = O_RDONLY; break;
    case PORT_O_WRONLY: of = O_WRONLY; break;
    default: of = O_RDWR; break;
    }
    if (flags & PORT_O_CREAT) of |= O_CREAT;
    if (flags & PORT_O_TRUNC) of |= O_TRUNC;
    if (flags & PORT_O_APPEND) of |= O_APPEND;
    if (flags & PORT_O_EXCL) of |= O_EXCL;
    int fd = open(path, of | O_CLOEXEC, 0666);
    if (fd < 0) return -errno;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode) && (flags & 3) == PORT_O_RDONLY) {
        close(fd);
        return -EISDIR;
    }
    return fd;
}

intptr_t port_file_read(intptr_t h, void *buf, size_t n) {
    for (;;) {
        ssize_t r = read((int)h, buf, n);
        if (r >= 0) return r;
        if (errno != EINTR) return -errno;
    }
}

intptr_t port_file_write(intptr_t h, const void *buf, size_t n) {
    for (;;) {
        ssize_t r = write((int)h, buf, n);
        if (r >= 0) return r;
        if (errno != EINTR) return -errno;
    }
}

intptr_t port_file_seek(intptr_t h, intptr_t offset, int whence) {
    off_t r = lseek((int)h, (off_t)offset, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END);
    return r < 0 ? -errno : (intptr_t)r;
}

int port_file_flush(intptr_t h) { (void)h; return 0; }
int port_file_close(intptr_t h) { return close((int)h) == 0 ? 0 : -errno; }

int port_stat(const char *path, PortStat *st) {
    struct stat s;
    if (stat(path, &s) != 0) return -errno;
    st->size = (uint32_t)s.st_size;
    st->mtime = (uint32_t)s.st_mtime;
    st->is_dir = S_ISDIR(s.st_mode);
    return 0;
}

int port_listdir(const char *path, void (*fn)(void *, const char *, int, uint32_t), void *ctx) {
    DIR *d = opendir(path);
    if (!d) return -errno;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        char full[4096];
        snprintf(full, sizeof full, "%s/%s", path, e->d_name);
        struct stat s;
        int is_dir = 0;
        uint32_t size = 0;
        if (stat(full, &s) == 0) { is_dir = S_ISDIR(s.st_mode); size = (uint32_t)s.st_size; }
        fn(ctx, e->d_name, is_dir, size);
    }
    closedir(d);
    return 0;
}

int port_mkdir(const char *path) { return mkdir(path, 0777) == 0 ? 0 : -errno; }
int port_rmdir(const char *path) { return rmdir(path) == 0 ? 0 : -errno; }
int port_remove(const char *path) {
    struct stat s;
    if (stat(path, &s) == 0 && S_ISDIR(s.st_mode)) return -EISDIR;
    return unlink(path) == 0 ? 0 : -errno;
}
int port_rename(const char *from, const char *to) { return rename(from, to) == 0 ? 0 : -errno; }
int port_getcwd(char *buf, size_t n) { return getcwd(buf, n) ? 0 : -errno; }
int port_chdir(const char *path) { return chdir(path) == 0 ? 0 : -errno; }

int port_statvfs(const char *path, uint32_t out[10]) {
    struct statvfs s;
    if (statvfs(path, &s) != 0) return -errno;
    out[0] = (uint32_t)s.f_bsize;
    out[1] = (uint32_t)s.f_frsize;
    out[2] = (uint32_t)s.f_blocks;
    out[3] = (uint32_t)s.f_bfree;
    out[4] = (uint32_t)s.f_bavail;
    out[5] = (uint32_t)s.f_files;
    out[6] = (uint32_t)s.f_ffree;
    out[7] = (uint32_t)s.f_favail;
    out[8] = (uint32_t)s.f_flag;
    out[9] = (uint32_t)s.f_namemax;
    return 0;
}

void port_random_bytes(void *buf, size_t n) {
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    size_t got = 0;
    if (fd >= 0) {
        while (got < n) {
            ssize_t r = read(fd, (char *)buf + got, n - got);
            if (r <= 0) break;
            got += (size_t)r;
        }
        close(fd);
    }
    /* fall back on the clock (never fails the caller) */
    uint64_t x = port_ticks_us() ^ (uint64_t)getpid() << 32;
    for (; got < n; got++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        ((unsigned char *)buf)[got] = (unsigned char)x;
    }
}

const char *const *port_uname(void) {
    static struct utsname u;
    static const char *fields[5];
    if (!fields[0]) {
        uname(&u);
        fields[0] = "linux";
        fields[1] = u.nodename;
        fields[2] = u.release;
        fields[3] = u.version;
        fields[4] = u.machine;
    }
    return fields;
}
