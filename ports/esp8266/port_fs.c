/* Files on the ESP8266: the seam for the flash filesystem (lib/ffs_*, issue 8).
 *
 * Until the filesystem is hooked in, there are no files: opening, stat and listing say ENOENT,
 * so that `import` and the boot sequence fall through to the frozen bundle, and everything that
 * would change the filesystem says ENOSYS.  The filesystem port replaces these functions (the
 * region is esp_layout.fs_start / fs_size; flash access is esp_flash_read/write/erase_sector,
 * esp.h) - nothing else in the firmware needs to change. */
#include "port.h"
#include "espport.h"

intptr_t port_file_open(const char *path, int flags) {
    (void)path;
    return (flags & (PORT_O_WRONLY | PORT_O_RDWR | PORT_O_CREAT)) ? -ESP_ENOSYS : -ESP_ENOENT;
}

intptr_t port_file_read(intptr_t h, void *buf, size_t n) {
    (void)h; (void)buf; (void)n;
    return -ESP_EBADF;
}

intptr_t port_file_write(intptr_t h, const void *buf, size_t n) {
    (void)h; (void)buf; (void)n;
    return -ESP_EBADF;
}

intptr_t port_file_seek(intptr_t h, intptr_t offset, int whence) {
    (void)h; (void)offset; (void)whence;
    return -ESP_EBADF;
}

int port_file_flush(intptr_t h) { (void)h; return -ESP_EBADF; }
int port_file_close(intptr_t h) { (void)h; return -ESP_EBADF; }

int port_stat(const char *path, PortStat *st) {
    (void)path; (void)st;
    return -ESP_ENOENT;
}

int port_listdir(const char *path, void (*fn)(void *ctx, const char *name, int is_dir, uint32_t size), void *ctx) {
    (void)path; (void)fn; (void)ctx;
    return -ESP_ENOENT;
}

int port_mkdir(const char *path) { (void)path; return -ESP_ENOSYS; }
int port_rmdir(const char *path) { (void)path; return -ESP_ENOENT; }
int port_remove(const char *path) { (void)path; return -ESP_ENOENT; }
int port_rename(const char *from, const char *to) { (void)from; (void)to; return -ESP_ENOENT; }
int port_chdir(const char *path) { (void)path; return -ESP_ENOENT; }

int port_getcwd(char *buf, size_t n) {
    if (n < 2) return -ESP_ENOSYS;
    buf[0] = '/';
    buf[1] = 0;
    return 0;
}

int port_statvfs(const char *path, uint32_t out[10]) {
    (void)path; (void)out;
    return -ESP_ENOSYS;
}
