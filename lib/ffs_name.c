/* ffs namespace: path lookup (with a small verified cache), create, mkdir, rmdir, remove,
 * rename, stat, directory listing and statvfs.  docs/filesystem.md, "Writing" (other
 * operations) and "Reading". */
#include <string.h>

#include "ffs_int.h"

/* ---- name cache: (parent, hash) -> header location.  Entries may go stale (the collector
 * updates them, other changes drop them); every hit is checked against the flash. ---- */

void ffsi_dc_set(ffs_fs *fs, uint16_t parent, uint16_t hash, uint16_t ino, uint16_t loc) {
    uint32_t i;
    for (i = 0; i < FFS_DCACHE; i++)
        if (fs->dc[i].ino == ino)
            break;
    if (i == FFS_DCACHE) {
        i = fs->dcnext;
        fs->dcnext = (uint8_t)((fs->dcnext + 1) % FFS_DCACHE);
    }
    fs->dc[i].parent = parent;
    fs->dc[i].hash = hash;
    fs->dc[i].ino = ino;
    fs->dc[i].loc = loc;
}

void ffsi_dc_drop(ffs_fs *fs, uint16_t ino) {
    for (uint32_t i = 0; i < FFS_DCACHE; i++)
        if (fs->dc[i].ino == ino)
            fs->dc[i].ino = 0;
}

static int name_is(const ffs_hdr *h, uint16_t ino, uint16_t parent, const char *name,
                   uint32_t n) {
    return h->ino == ino && h->parent == parent && h->namelen == n && !memcmp(h->name, name, n);
}

struct find_ctx {
    uint16_t parent, hash;
    const char *name;
    uint32_t n;
    ffs_hdr *h;
    uint16_t loc;
};

static int find_cb(ffs_fs *fs, uint16_t loc, const ffs_ent *e, void *ctx) {
    struct find_ctx *c = ctx;
    if (E_IDX(e) != FFS_IDX_HDR || e->aux != (c->parent | (uint32_t)c->hash << 16))
        return 0;
    int r = ffsi_hdr_read(fs, loc, c->h);
    if (r)
        return r;
    if (!name_is(c->h, E_INO(e), c->parent, c->name, c->n))
        return 0;
    c->loc = loc;
    return 1;
}

static int lookup(ffs_fs *fs, uint16_t parent, const char *name, uint32_t n, uint16_t *loc,
                  ffs_hdr *h) {
    uint16_t hash = ffsi_hash(name, n);
    for (uint32_t i = 0; i < FFS_DCACHE; i++) {
        if (!fs->dc[i].ino || fs->dc[i].parent != parent || fs->dc[i].hash != hash)
            continue;
        ffs_ent e;
        int r = ffsi_ent(fs, fs->dc[i].loc, &e);
        if (r)
            return r;
        if (ffsi_live(&e) && E_IDX(&e) == FFS_IDX_HDR && E_INO(&e) == fs->dc[i].ino &&
            e.aux == (parent | (uint32_t)hash << 16)) {
            r = ffsi_hdr_read(fs, fs->dc[i].loc, h);
            if (r)
                return r;
            if (name_is(h, E_INO(&e), parent, name, n)) {
                *loc = fs->dc[i].loc;
                return 0;
            }
        }
        fs->dc[i].ino = 0;
    }
    struct find_ctx c = {parent, hash, name, n, h, FFS_NONE};
    int r = ffsi_scan(fs, NULL, find_cb, &c);
    if (r < 0)
        return r;
    if (c.loc == FFS_NONE)
        return -FFS_ENOENT;
    ffsi_dc_set(fs, parent, hash, h->ino, c.loc);
    *loc = c.loc;
    return 0;
}

struct ino_ctx {
    uint16_t ino, loc;
};

static int ino_cb(ffs_fs *fs, uint16_t loc, const ffs_ent *e, void *ctx) {
    struct ino_ctx *c = ctx;
    (void)fs;
    if (E_IDX(e) != FFS_IDX_HDR || E_INO(e) != c->ino)
        return 0;
    c->loc = loc;
    return 1;
}

/* The directory holding `ino` (used to stop a directory being moved into itself). */
static int parent_of(ffs_fs *fs, uint16_t ino, uint16_t *parent, ffs_hdr *scratch) {
    struct ino_ctx c = {ino, FFS_NONE};
    int r = ffsi_scan(fs, NULL, ino_cb, &c);
    if (r < 0)
        return r;
    if (c.loc == FFS_NONE)
        return -FFS_EIO;   /* a directory without a header: damaged */
    r = ffsi_hdr_read(fs, c.loc, scratch);
    if (!r)
        *parent = scratch->parent;
    return r;
}

int ffsi_resolve(ffs_fs *fs, const char *path, ffsi_walk *w) {
    memset(&w->h, 0, sizeof w->h);
    w->h.type = FFS_T_DIR;
    w->parent = FFS_NONE;
    w->ino = FFS_INO_ROOT;
    w->loc = FFS_NONE;
    w->name = path;
    w->nlen = 0;
    if (fs->err)
        return fs->err;
    if (!path || path[0] != '/')
        return -FFS_EINVAL;
    const char *p = path + 1;
    if (!*p)
        return 0;
    uint16_t cur = FFS_INO_ROOT;
    for (;;) {
        const char *q = p;
        while (*q && *q != '/')
            q++;
        uint32_t n = (uint32_t)(q - p);
        if (n == 0 || (n == 1 && p[0] == '.') || (n == 2 && p[0] == '.' && p[1] == '.'))
            return -FFS_EINVAL;
        if (n > FFS_NAME_MAX)
            return -FFS_ENAMETOOLONG;
        int last = !*q;
        if (last) {
            w->parent = cur;
            w->name = p;
            w->nlen = n;
        }
        int r = lookup(fs, cur, p, n, &w->loc, &w->h);
        if (r)
            return r;
        w->ino = w->h.ino;
        if (last)
            return 0;
        if (w->h.type != FFS_T_DIR)
            return -FFS_ENOTDIR;
        cur = w->ino;
        p = q + 1;
    }
}

/* ---- inode numbers ---- */

struct used_ctx {
    uint32_t base;
    uint32_t bits[8];
};

static int used_cb(ffs_fs *fs, uint16_t loc, const ffs_ent *e, void *ctx) {
    struct used_ctx *c = ctx;
    uint32_t i = (uint32_t)E_INO(e) - c->base;
    (void)fs;
    (void)loc;
    if (i < 256)
        c->bits[i >> 5] |= 1u << (i & 31);
    return 0;
}

/* Numbers are handed out in increasing order; once they run out, a free one is searched
 * for, 256 numbers per scan. */
static int new_ino(ffs_fs *fs, uint16_t *ino) {
    if (fs->next_ino >= FFS_INO_FIRST && fs->next_ino <= FFS_INO_MAX) {
        *ino = fs->next_ino++;
        return 0;
    }
    for (uint32_t base = FFS_INO_FIRST; base <= FFS_INO_MAX; base += 256) {
        struct used_ctx c;
        memset(&c, 0, sizeof c);
        c.base = base;
        int r = ffsi_scan(fs, NULL, used_cb, &c);
        if (r < 0)
            return r;
        for (ffs_file *f = fs->files; f; f = f->next) {
            uint32_t i = (uint32_t)f->ino - base;
            if (i < 256)
                c.bits[i >> 5] |= 1u << (i & 31);
        }
        for (uint32_t i = 0; i < 256 && base + i <= FFS_INO_MAX; i++) {
            if (!(c.bits[i >> 5] & (1u << (i & 31)))) {
                *ino = (uint16_t)(base + i);
                return 0;
            }
        }
    }
    return -FFS_ENOSPC;
}

int ffsi_create(ffs_fs *fs, ffsi_walk *w, uint8_t type) {
    uint16_t ino;
    int r = new_ino(fs, &ino);
    if (r)
        return r;
    ffs_hdr *h = &w->h;
    memset(h, 0, sizeof *h);
    h->ino = ino;
    h->type = type;
    h->namelen = (uint8_t)w->nlen;
    h->parent = w->parent;
    h->base = 0xFFFFFFFFu;
    h->txlo = 0xFFFFFFFFu;
    memset(h->kill, 0xFF, sizeof h->kill);
    memcpy(h->name, w->name, w->nlen);
    r = ffsi_hdr_write(fs, NEED_NEW, h, FFS_EF_VALID | FFS_EF_SETTLED, &w->loc);
    if (r)
        return r;
    w->ino = ino;
    ffsi_dc_set(fs, w->parent, ffsi_hash(h->name, h->namelen), ino, w->loc);
    return 0;
}

/* ---- directories ---- */

static int child_cb(ffs_fs *fs, uint16_t loc, const ffs_ent *e, void *ctx) {
    (void)fs;
    (void)loc;
    return E_IDX(e) == FFS_IDX_HDR && (e->aux & 0xFFFFu) == *(uint16_t *)ctx;
}

/* 1 if the directory has no entries, 0 if it has, <0 on error */
static int dir_empty(ffs_fs *fs, uint16_t ino) {
    int r = ffsi_scan(fs, NULL, child_cb, &ino);
    return r < 0 ? r : !r;
}

int ffs_mkdir(ffs_fs *fs, const char *path) {
    if (!fs)
        return -FFS_EINVAL;
    ffsi_walk w;
    int r = ffsi_resolve(fs, path, &w);
    if (r == 0)
        return -FFS_EEXIST;
    if (r != -FFS_ENOENT || w.parent == FFS_NONE)
        return r;
    return ffsi_create(fs, &w, FFS_T_DIR);
}

/* A directory is just its header, so killing that one entry removes it atomically. */
int ffs_rmdir(ffs_fs *fs, const char *path) {
    if (!fs)
        return -FFS_EINVAL;
    ffsi_walk w;
    int r = ffsi_resolve(fs, path, &w);
    if (r)
        return r;
    if (w.ino == FFS_INO_ROOT)
        return -FFS_EINVAL;
    if (w.h.type != FFS_T_DIR)
        return -FFS_ENOTDIR;
    r = dir_empty(fs, w.ino);
    if (r <= 0)
        return r < 0 ? r : -FFS_ENOTEMPTY;
    r = ffsi_kill(fs, w.loc);
    ffsi_dc_drop(fs, w.ino);
    return r;
}

/* A file is its header and pages: a tombstone is written first, so that mount finishes a
 * delete that was cut short instead of leaving some of the pages behind. */
int ffs_remove(ffs_fs *fs, const char *path) {
    if (!fs)
        return -FFS_EINVAL;
    ffsi_walk w;
    int r = ffsi_resolve(fs, path, &w);
    if (r)
        return r;
    if (w.ino == FFS_INO_ROOT || w.h.type == FFS_T_DIR)
        return -FFS_EISDIR;
    uint16_t t;
    r = ffsi_put(fs, NEED_META, TAG(w.ino, FFS_IDX_TOMB), 0xFFFFFFFFu, NULL, 0, FFS_EF_VALID, &t);
    if (r)
        return r;
    r = ffsi_kill_ino(fs, w.ino, fs->seq - 1);
    if (!r)
        r = ffsi_kill(fs, t);
    ffsi_ino_gone(fs, w.ino);
    return r;
}

/* The new header (new parent and name, naming the overwritten target in `replace`) is the
 * commit point; killing the old header and the target follows, redone by mount if cut. */
int ffs_rename(ffs_fs *fs, const char *from, const char *to) {
    if (!fs)
        return -FFS_EINVAL;
    ffsi_walk a, b;
    int r = ffsi_resolve(fs, from, &a);
    if (r)
        return r;
    if (a.ino == FFS_INO_ROOT)
        return -FFS_EINVAL;
    r = ffsi_resolve(fs, to, &b);
    if (r && (r != -FFS_ENOENT || b.parent == FFS_NONE))
        return r;
    int exists = r == 0;
    if (exists && b.ino == FFS_INO_ROOT)
        return -FFS_EINVAL;
    if (exists && b.ino == a.ino)
        return 0;
    if (exists) {
        if (a.h.type == FFS_T_DIR && b.h.type != FFS_T_DIR)
            return -FFS_ENOTDIR;
        if (a.h.type != FFS_T_DIR && b.h.type == FFS_T_DIR)
            return -FFS_EISDIR;
        if (b.h.type == FFS_T_DIR) {
            r = dir_empty(fs, b.ino);
            if (r <= 0)
                return r < 0 ? r : -FFS_ENOTEMPTY;
        }
    }
    if (a.h.type == FFS_T_DIR) {
        uint32_t steps = 0;
        for (uint16_t p = b.parent; p != FFS_INO_ROOT;) {
            if (p == a.ino)
                return -FFS_EINVAL;   /* into itself */
            if (++steps > (uint32_t)fs->nsect * FFS_SLOTS)
                return -FFS_EIO;      /* a loop of parents: damaged */
            r = parent_of(fs, p, &p, &b.h);   /* b.h is not needed any more */
            if (r)
                return r;
        }
    }
    ffs_hdr *h = &a.h;   /* the new header: the old one with another parent and name */
    h->parent = b.parent;
    h->namelen = (uint8_t)b.nlen;
    memset(h->name, 0, sizeof h->name);
    memcpy(h->name, b.name, b.nlen);
    h->replace = exists ? b.ino : 0;
    h->nkill = 0;
    h->hflags = 0;
    h->base = 0xFFFFFFFFu;
    h->txlo = 0xFFFFFFFFu;   /* commits no pages */
    memset(h->kill, 0xFF, sizeof h->kill);
    uint16_t loc;
    fs->pin[0] = a.loc;
    r = ffsi_hdr_write(fs, NEED_META, h, FFS_EF_VALID, &loc);
    uint16_t old = fs->pin[0];
    fs->pin[0] = FFS_NONE;
    if (r)
        return r;
    if (exists) {
        r = ffsi_kill_ino(fs, b.ino, fs->seq - 1);
        ffsi_ino_gone(fs, b.ino);
    }
    if (!r)
        r = ffsi_kill(fs, old);
    if (!r)
        r = ffsi_flag(fs, loc, FFS_EF_SETTLED);
    if (r)
        return r;
    ffsi_hdr_moved(fs, a.ino, loc);
    ffsi_dc_drop(fs, a.ino);
    ffsi_dc_set(fs, h->parent, ffsi_hash(h->name, h->namelen), a.ino, loc);
    return 0;
}

int ffs_stat(ffs_fs *fs, const char *path, ffs_info *st) {
    if (!fs || !st)
        return -FFS_EINVAL;
    ffsi_walk w;
    int r = ffsi_resolve(fs, path, &w);
    if (r)
        return r;
    st->size = w.h.type == FFS_T_DIR ? 0 : w.h.size;
    st->is_dir = w.h.type == FFS_T_DIR;
    st->name[0] = 0;
    return 0;
}

/* ---- listing: walks the entry tables for headers whose parent is the directory ---- */

int ffs_dir_open(ffs_fs *fs, ffs_dir *d, const char *path) {
    if (!fs || !d)
        return -FFS_EINVAL;
    ffsi_walk w;
    int r = ffsi_resolve(fs, path, &w);
    if (r)
        return r;
    if (w.h.type != FFS_T_DIR)
        return -FFS_ENOTDIR;
    d->fs = fs;
    d->ino = w.ino;
    d->pos = 0;
    d->gen = fs->gen;
    d->magic = FFS_DIR_MAGIC;
    return 0;
}

int ffs_dir_read(ffs_dir *d, ffs_info *st) {
    if (!d || d->magic != FFS_DIR_MAGIC || !d->fs || d->gen != d->fs->gen || !st)
        return -FFS_EBADF;
    ffs_fs *fs = d->fs;
    if (fs->err)
        return fs->err;
    uint32_t total = (uint32_t)fs->nsect * FFS_SLOTS;
    ffs_ent e[FFS_SLOTS];
    while (d->pos < total) {
        uint16_t s = d->pos / FFS_SLOTS, i = d->pos % FFS_SLOTS, n = ffsi_used(fs, s);
        d->pos = (uint16_t)((s + 1) * FFS_SLOTS);
        if ((fs->sect[s] & ST_STATE) != ST_USED || i >= n)
            continue;
        /* the rest of this sector's entry table */
        int r = ffsi_read(fs, ffsi_ent_off(LOC(s, i)), e, (uint32_t)(n - i) * FFS_ENT_SIZE);
        if (r)
            return r;
        for (uint16_t j = 0; j < n - i; j++) {
            if (!ffsi_live(&e[j]) || E_IDX(&e[j]) != FFS_IDX_HDR ||
                (e[j].aux & 0xFFFFu) != d->ino)
                continue;
            ffs_hdr h;
            r = ffsi_hdr_read(fs, LOC(s, i + j), &h);
            if (r)
                return r;
            d->pos = (uint16_t)(LOC(s, i + j) + 1);
            st->size = h.type == FFS_T_DIR ? 0 : h.size;
            st->is_dir = h.type == FFS_T_DIR;
            memcpy(st->name, h.name, h.namelen);
            st->name[h.namelen] = 0;
            return 1;
        }
    }
    return 0;
}

int ffs_dir_close(ffs_dir *d) {
    if (!d || d->magic != FFS_DIR_MAGIC)
        return -FFS_EBADF;
    d->magic = 0;
    return 0;
}

int ffs_statvfs(ffs_fs *fs, ffs_vfs *st) {
    if (!fs || !st)
        return -FFS_EINVAL;
    if (fs->err)
        return fs->err;
    uint32_t a = ffsi_avail(fs);
    st->bsize = FFS_BLOCK;
    st->blocks = (uint32_t)(fs->nsect - 1) * FFS_SLOTS;
    st->bfree = a > NEED_DATA ? a - NEED_DATA : 0;
    st->namemax = FFS_NAME_MAX;
    return 0;
}
