/* ffs in RAM: a flash driver with NOR semantics over a byte array, and the helpers that
 * build a filesystem image from files on the host (`espy build --fs DIR`; the directory walk
 * itself lives in the host port). */
#include <string.h>

#include "ffs_int.h"

static int ram_read(void *ctx, uint32_t off, void *buf, uint32_t len) {
    ffs_ram *r = ctx;
    if (off > r->size || len > r->size - off)
        return -1;
    memcpy(buf, r->mem + off, len);
    return 0;
}

static int ram_prog(void *ctx, uint32_t off, const void *buf, uint32_t len) {
    ffs_ram *r = ctx;
    const uint8_t *s = buf;
    if (off > r->size || len > r->size - off || ((off | len) & 3u))
        return -1;
    for (uint32_t i = 0; i < len; i++)
        r->mem[off + i] &= s[i];   /* programming can only clear bits */
    return 0;
}

static int ram_erase(void *ctx, uint32_t sector) {
    ffs_ram *r = ctx;
    if (sector >= r->size / FFS_SECTOR)
        return -1;
    memset(r->mem + sector * FFS_SECTOR, 0xFF, FFS_SECTOR);
    return 0;
}

void ffs_ram_flash(ffs_flash *flash, ffs_ram *ram, uint8_t *mem, uint32_t sector_count) {
    ram->mem = mem;
    ram->size = sector_count * FFS_SECTOR;
    flash->ctx = ram;
    flash->sector_size = FFS_SECTOR;
    flash->sector_count = sector_count;
    flash->read = ram_read;
    flash->prog = ram_prog;
    flash->erase = ram_erase;
}

int ffs_image_begin(ffs_fs *fs, ffs_flash *flash, ffs_ram *ram, uint8_t *mem, uint32_t sector_count) {
    if (!mem)
        return -FFS_EINVAL;
    if (sector_count >= 4 && sector_count <= FFS_MAX_SECTORS)
        memset(mem, 0xFF, sector_count * FFS_SECTOR);
    ffs_ram_flash(flash, ram, mem, sector_count);
    return ffs_format(fs, flash);
}

#define IMAGE_PATH_MAX 256

/* Creates every missing directory along path (the last component included). */
int ffs_image_mkdirs(ffs_fs *fs, const char *path) {
    char p[IMAGE_PATH_MAX];
    size_t n = path ? strlen(path) : 0;
    if (!n || path[0] != '/')
        return -FFS_EINVAL;
    if (n >= sizeof p)
        return -FFS_ENAMETOOLONG;
    memcpy(p, path, n + 1);
    for (size_t i = 1; i <= n; i++) {
        if (p[i] != '/' && p[i] != 0)
            continue;
        char c = p[i];
        p[i] = 0;
        int r = ffs_mkdir(fs, p);
        if (r == -FFS_EEXIST) {
            ffs_info st;
            r = ffs_stat(fs, p, &st);
            if (!r && !st.is_dir)
                r = -FFS_ENOTDIR;
        }
        p[i] = c;
        if (r)
            return r;
    }
    return 0;
}

/* Writes a whole file, creating its parent directories. */
int ffs_image_add(ffs_fs *fs, const char *path, const void *data, uint32_t len) {
    char dir[IMAGE_PATH_MAX];
    const char *slash = path ? strrchr(path, '/') : NULL;
    if (!slash || path[0] != '/')
        return -FFS_EINVAL;
    size_t dn = (size_t)(slash - path);
    if (dn >= sizeof dir)
        return -FFS_ENAMETOOLONG;
    if (dn) {
        memcpy(dir, path, dn);
        dir[dn] = 0;
        int r = ffs_image_mkdirs(fs, dir);
        if (r)
            return r;
    }
    ffs_file f;
    int r = ffs_open(fs, &f, path, FFS_WRONLY | FFS_CREAT | FFS_TRUNC);
    if (r)
        return r;
    const uint8_t *p = data;
    uint32_t done = 0;
    while (!r && done < len) {
        int n = ffs_write(&f, p + done, len - done);
        if (n < 0)
            r = n;
        else if (n == 0)
            r = -FFS_ENOSPC;
        else
            done += (uint32_t)n;
    }
    int rc = ffs_close(&f);
    return r ? r : rc;
}
