/* Serial ports on Linux through termios (see serial.h). */
#include "serial.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static const struct { int baud; speed_t code; } rates[] = {
    {9600, B9600}, {19200, B19200}, {38400, B38400}, {57600, B57600},
    {115200, B115200}, {230400, B230400}, {460800, B460800}, {500000, B500000},
    {576000, B576000}, {921600, B921600}, {1000000, B1000000}, {1152000, B1152000},
    {1500000, B1500000}, {2000000, B2000000}, {2500000, B2500000}, {3000000, B3000000},
    {3500000, B3500000}, {4000000, B4000000},
};

static int speed_code(int baud, speed_t *code) {
    for (size_t i = 0; i < sizeof rates / sizeof rates[0]; i++)
        if (rates[i].baud == baud) {
            *code = rates[i].code;
            return 0;
        }
    return -1;
}

int serial_baud_supported(int baud) {
    speed_t c;
    return speed_code(baud, &c) == 0;
}

long long serial_now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int serial_open(serial_port *p, const char *path, int baud, char *err, size_t errlen) {
    p->fd = -1;
    p->baud = 0;
    p->has_lines = 1;
    speed_t code;
    if (speed_code(baud, &code) != 0) {
        snprintf(err, errlen, "unsupported baud rate %d", baud);
        errno = EINVAL;
        return -1;
    }
    struct stat st;
    if (stat(path, &st) != 0) {
        snprintf(err, errlen, "%s: %s", path, errno == ENOENT ? "no such serial port" : strerror(errno));
        return -1;
    }
    if (!S_ISCHR(st.st_mode)) {
        snprintf(err, errlen, "%s: not a serial device", path);
        errno = ENOTTY;
        return -1;
    }
    /* O_NONBLOCK so that open does not wait for carrier; reads use poll() anyway. */
    int fd = open(path, O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    struct termios t;
    if (!isatty(fd) || tcgetattr(fd, &t) != 0) {
        close(fd);
        snprintf(err, errlen, "%s: not a serial device", path);
        errno = ENOTTY;
        return -1;
    }
    if (ioctl(fd, TIOCEXCL) != 0 && errno != ENOTTY && errno != EINVAL) {
        int e = errno;
        close(fd);
        snprintf(err, errlen, "%s: cannot get exclusive access: %s", path, strerror(e));
        errno = e;
        return -1;
    }
    cfmakeraw(&t);
    t.c_cflag &= ~(CSIZE | PARENB | CSTOPB | CRTSCTS | HUPCL);
    t.c_cflag |= CS8 | CLOCAL | CREAD;
    t.c_iflag &= ~(IXON | IXOFF | IXANY);
    t.c_cc[VMIN] = 0;
    t.c_cc[VTIME] = 0;
    cfsetispeed(&t, code);
    cfsetospeed(&t, code);
    if (tcsetattr(fd, TCSANOW, &t) != 0) {
        int e = errno;
        close(fd);
        snprintf(err, errlen, "%s: cannot configure port: %s", path, strerror(e));
        errno = e;
        return -1;
    }
    tcflush(fd, TCIOFLUSH);
    p->fd = fd;
    p->baud = baud;
    return 0;
}

void serial_close(serial_port *p) {
    if (p->fd >= 0)
        close(p->fd);
    p->fd = -1;
}

int serial_set_baud(serial_port *p, int baud) {
    speed_t code;
    struct termios t;
    if (speed_code(baud, &code) != 0) {
        errno = EINVAL;
        return -1;
    }
    if (tcgetattr(p->fd, &t) != 0)
        return -1;
    cfsetispeed(&t, code);
    cfsetospeed(&t, code);
    if (tcsetattr(p->fd, TCSADRAIN, &t) != 0)
        return -1;
    p->baud = baud;
    return 0;
}

int serial_set_lines(serial_port *p, int dtr, int rts) {
    if (!p->has_lines) {
        errno = ENOTTY;
        return -1;
    }
    int bits;
    if (ioctl(p->fd, TIOCMGET, &bits) != 0) {
        p->has_lines = 0;
        return -1;
    }
    bits = dtr ? bits | TIOCM_DTR : bits & ~TIOCM_DTR;
    bits = rts ? bits | TIOCM_RTS : bits & ~TIOCM_RTS;
    /* One TIOCMSET changes both lines at once, so an auto-reset circuit never sees the
     * intermediate state in which both are asserted or both released. */
    if (ioctl(p->fd, TIOCMSET, &bits) != 0) {
        p->has_lines = 0;
        return -1;
    }
    return 0;
}

long serial_read(serial_port *p, void *buf, size_t n, int timeout_ms) {
    struct pollfd pfd = {.fd = p->fd, .events = POLLIN};
    long long deadline = serial_now_ms() + (timeout_ms > 0 ? timeout_ms : 0);
    for (;;) {
        long long left = deadline - serial_now_ms();
        int r = poll(&pfd, 1, left > 0 ? (int)left : 0);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (r == 0)
            return 0;
        if (pfd.revents & (POLLERR | POLLNVAL)) {
            errno = EIO;
            return -1;
        }
        ssize_t got = read(p->fd, buf, n);
        if (got > 0)
            return (long)got;
        if (got == 0 || errno == EIO) {
            /* A vanished USB adapter (or a closed pty master) reads as EOF or EIO. */
            errno = EIO;
            return -1;
        }
        if (errno != EAGAIN && errno != EINTR)
            return -1;
        if (serial_now_ms() >= deadline)
            return 0;
    }
}

long serial_write(serial_port *p, const void *buf, size_t n) {
    const unsigned char *b = buf;
    size_t done = 0;
    while (done < n) {
        ssize_t w = write(p->fd, b + done, n - done);
        if (w > 0) {
            done += (size_t)w;
            continue;
        }
        if (w < 0 && errno != EAGAIN && errno != EINTR)
            return -1;
        struct pollfd pfd = {.fd = p->fd, .events = POLLOUT};
        if (poll(&pfd, 1, 5000) == 0) {
            errno = ETIMEDOUT;
            return -1;
        }
    }
    return (long)n;
}

int serial_drain(serial_port *p) {
    return tcdrain(p->fd);
}

void serial_flush_input(serial_port *p) {
    tcflush(p->fd, TCIFLUSH);
}
