/* ffs open files: reading, the shared write buffer, transactions (commit at flush/close) and
 * keeping open handles right when the collector moves slots.  docs/filesystem.md, "Writing"
 * and "Reading". */
#include <string.h>

#include "ffs_int.h"

#define MAX_POS ((uint32_t)FFS_IDX_MAXDATA * FFS_PAGE)   /* largest file size */

static int check(ffs_file *f, uint16_t need) {
    if (!f || f->magic != FFS_FILE_MAGIC || !f->fs || f->gen != f->fs->gen ||
        (f->state & FS_DEAD) || (f->state & need) != need)
        return -FFS_EBADF;
    return f->fs->err;
}

/* ---- notifications from the collector and the namespace ---- */

void ffsi_moved(ffs_fs *fs, const ffs_ent *e, uint16_t from, uint16_t to) {
    if (fs->bloc == from)
        fs->bloc = to;
    for (uint32_t i = 0; i < 2; i++)
        if (fs->pin[i] == from)
            fs->pin[i] = to;
    for (uint32_t i = 0; i < FFS_DCACHE; i++)
        if (fs->dc[i].ino && fs->dc[i].loc == from)
            fs->dc[i].loc = to;
    int pending = E_IDX(e) != FFS_IDX_HDR && !E_HAS(e, FFS_EF_COMMIT);
    for (ffs_file *f = fs->files; f; f = f->next) {
        if (f->ino != E_INO(e) || (f->state & FS_DEAD))
            continue;
        if (f->hdr == from)
            f->hdr = to;
        for (uint32_t j = 0; j < f->nkill; j++)
            if (f->kill[j] == from)
                f->kill[j] = to;
        for (uint32_t j = 0; j < FFS_WIN; j++)
            if (f->win[j] == from)
                f->win[j] = to;
        ffsi_map_set(fs, f->map, to / FFS_SLOTS);
        if (pending)
            ffsi_map_set(fs, f->txmap, to / FFS_SLOTS);
    }
}

void ffsi_ino_gone(ffs_fs *fs, uint16_t ino) {
    for (ffs_file *f = fs->files; f; f = f->next) {
        if (f->ino != ino)
            continue;
        f->state |= FS_DEAD;
        if (fs->bown == f)
            fs->bown = NULL;
    }
    ffsi_dc_drop(fs, ino);
}

void ffsi_hdr_moved(ffs_fs *fs, uint16_t ino, uint16_t loc) {
    for (ffs_file *f = fs->files; f; f = f->next)
        if (f->ino == ino && !(f->state & FS_DEAD))
            f->hdr = loc;
}

/* ---- finding a page ---- */

struct win_ctx {
    ffs_file *f;
    uint32_t want;   /* window entries still to find */
    int pending;     /* 1: looking for uncommitted pages, 0: for committed ones */
};

static int win_cb(ffs_fs *fs, uint16_t loc, const ffs_ent *e, void *ctx) {
    struct win_ctx *c = ctx;
    ffs_file *f = c->f;
    uint16_t idx = E_IDX(e);
    if (E_INO(e) != f->ino || idx == FFS_IDX_HDR || idx > FFS_IDX_MAXDATA)
        return 0;
    uint32_t j = (uint32_t)(idx - 1) - f->wbase;
    if (j >= FFS_WIN || !(c->want & (1u << j)) || E_HAS(e, FFS_EF_COMMIT) == c->pending)
        return 0;
    f->win[j] = loc;
    c->want &= ~(1u << j);
    ffsi_map_set(fs, f->map, loc / FFS_SLOTS);
    f->hint = loc / FFS_SLOTS;
    return c->want == 0;
}

static int map_any(const uint32_t *map) {
    uint32_t any = 0;
    for (uint32_t i = 0; i < FFS_MAP_WORDS; i++)
        any |= map[i];
    return any != 0;
}

/* Location of page k as f sees it, FFS_NONE for a hole.  A writer sees its own uncommitted
 * page before the committed one (and no committed page while a truncation is pending);
 * everyone else sees committed pages only.  Locations are cached in a window of FFS_WIN
 * pages.  A refill looks for the window's pages (those below the file size) until it has
 * them all: the writer's uncommitted pages in txmap (which is exact), then committed pages
 * in the sectors of map (from the header, kept up to date while open), then everywhere else;
 * each pass starts where the last lookup ended, since pages written together lie together. */
static int page_find(ffs_file *f, uint32_t k, uint16_t *loc) {
    if (f->wbase != FFS_NONE && k - f->wbase < FFS_WIN) {
        *loc = f->win[k - f->wbase];
        return 0;
    }
    ffs_fs *fs = f->fs;
    uint32_t np = (f->size + FFS_PAGE - 1) / FFS_PAGE;
    struct win_ctx c = {f, 0, 1};
    f->wbase = (uint16_t)k;
    for (uint32_t j = 0; j < FFS_WIN; j++) {
        f->win[j] = FFS_NONE;
        if (k + j < np)
            c.want |= 1u << j;
    }
    int r = 0;
    if (c.want && (f->state & FS_WR) && map_any(f->txmap))
        r = ffsi_scan_from(fs, f->txmap, 1, f->hint, win_cb, &c);
    c.pending = 0;
    if (r >= 0 && c.want && !(f->state & FS_TRUNCP)) {
        r = ffsi_scan_from(fs, f->map, 1, f->hint, win_cb, &c);
        if (r == 0 && c.want)
            r = ffsi_scan_from(fs, f->map, 0, f->hint, win_cb, &c);
    }
    if (r < 0) {
        f->wbase = FFS_NONE;
        return r;
    }
    *loc = f->win[0];
    return 0;
}

static void win_set(ffs_file *f, uint32_t k, uint16_t loc) {
    if (f->wbase != FFS_NONE && k - f->wbase < FFS_WIN)
        f->win[k - f->wbase] = loc;
}

/* ---- the write buffer ---- */

/* Appends buf[bflen, newlen) to the page's slot where that part of the flash is still
 * erased.  Returns 1 when done, 0 when the slot has to be copied instead. */
static int append_in_place(ffs_fs *fs, uint32_t newlen) {
    uint32_t a = fs->bflen & ~3u, b = (newlen + 3) & ~3u, tmp[FFS_PAGE / 4];
    uint8_t *t = (uint8_t *)tmp;
    int r = ffsi_read(fs, ffsi_page_off(fs->bloc) + a, tmp, b - a);
    if (r)
        return r;
    for (uint32_t i = fs->bflen - a; i < b - a; i++)
        if (t[i] != 0xFF)
            return 0;   /* left over from a transaction that was lost */
    /* bytes [a, bflen) are programmed again with what they hold; [newlen, b) stay erased */
    memcpy(t + (fs->bflen - a), (uint8_t *)fs->buf + fs->bflen, newlen - fs->bflen);
    r = ffsi_prog(fs, ffsi_page_off(fs->bloc) + a, tmp, b - a);
    if (r)
        return r;
    fs->bflen = (uint16_t)newlen;
    return 1;
}

/* Writes the buffered page: appended in place when only its unwritten tail changed, else
 * into a new slot.  The slot it replaces is killed at once if it was written by the same
 * transaction, or at commit (through the kill list) if it is committed. */
int ffsi_buf_flush(ffs_fs *fs) {
    ffs_file *f = fs->bown;
    if (!f || !fs->bdirty)
        return 0;
    uint32_t base = (uint32_t)fs->bpage * FFS_PAGE;
    uint32_t newlen = f->size > base ? f->size - base : 0;
    if (newlen > FFS_PAGE)
        newlen = FFS_PAGE;
    int r = 0;
    if (newlen <= fs->bflen && fs->blo >= newlen) {
        r = 0;   /* nothing inside the file changed */
    } else if (fs->bloc != FFS_NONE && fs->blo >= fs->bflen && newlen > fs->bflen &&
               (r = append_in_place(fs, newlen)) != 0) {
        if (r > 0)
            r = 0;
    } else {
        if (fs->bloc != FFS_NONE && fs->bcommit && f->nkill >= FFS_MAX_KILL)
            return fs->err = -FFS_EIO;   /* buf_get makes room before loading such a page */
        uint8_t *b = (uint8_t *)fs->buf, save[4];
        uint32_t plen = (newlen + 3) & ~3u;
        memcpy(save, b + newlen, plen - newlen);
        memset(b + newlen, 0xFF, plen - newlen);   /* keep the unused tail erased */
        uint16_t loc;
        r = ffsi_put(fs, NEED_DATA, TAG(f->ino, fs->bpage + 1), 0xFFFFFFFFu, b, plen,
                     FFS_EF_VALID, &loc);
        memcpy(b + newlen, save, plen - newlen);
        if (r)
            return r;
        uint16_t old = fs->bloc;   /* read after ffsi_put: the collector may have moved it */
        if (old != FFS_NONE) {
            if (fs->bcommit)
                f->kill[f->nkill++] = old;
            else
                r = ffsi_kill(fs, old);
        }
        fs->bloc = loc;
        fs->bflen = (uint16_t)newlen;
        fs->bcommit = 0;
        ffsi_map_set(fs, f->map, loc / FFS_SLOTS);
        ffsi_map_set(fs, f->txmap, loc / FFS_SLOTS);
        win_set(f, fs->bpage, loc);
    }
    if (!r) {
        fs->bdirty = 0;
        fs->blo = FFS_PAGE;
    }
    return r;
}

static int commit(ffs_file *f);

/* Loads page k of writer f into the write buffer, flushing whatever it held. */
static int buf_get(ffs_file *f, uint32_t k) {
    ffs_fs *fs = f->fs;
    if (fs->bown == f && fs->bpage == k)
        return 0;
    int r = ffsi_buf_flush(fs);
    if (r)
        return r;
    fs->bown = NULL;
    if (ffsi_avail(fs) < NEED_NEW)
        return -FFS_ENOSPC;
    uint16_t loc;
    ffs_ent e;
    r = page_find(f, k, &loc);
    if (!r && loc != FFS_NONE)
        r = ffsi_ent(fs, loc, &e);
    if (r)
        return r;
    int committed = loc != FFS_NONE && E_HAS(&e, FFS_EF_COMMIT);
    if (committed && f->nkill >= FFS_MAX_KILL) {
        /* the kill list is full: commit what was written so far (a prefix of the writes) */
        r = commit(f);
        if (!r)
            r = page_find(f, k, &loc);
        if (r)
            return r;
    }
    uint32_t base = k * FFS_PAGE, flen = 0;
    if (loc != FFS_NONE && f->size > base)
        flen = f->size - base > FFS_PAGE ? FFS_PAGE : f->size - base;
    memset(fs->buf, 0, FFS_PAGE);
    if (flen) {
        r = ffsi_read(fs, ffsi_page_off(loc), fs->buf, (flen + 3) & ~3u);
        if (r)
            return r;
        memset((uint8_t *)fs->buf + flen, 0, FFS_PAGE - flen);
    }
    fs->bown = f;
    fs->bpage = (uint16_t)k;
    fs->bloc = loc;
    fs->bflen = (uint16_t)flen;
    fs->blo = FFS_PAGE;
    fs->bdirty = 0;
    fs->bcommit = (uint8_t)committed;
    return 0;
}

/* ---- transactions ---- */

struct mark_ctx {
    uint16_t ino;
    uint32_t lo, hi;
    uint32_t left;   /* truncation: committed pages still to kill */
};

/* the transaction's pages become committed */
static int mark_cb(ffs_fs *fs, uint16_t loc, const ffs_ent *e, void *ctx) {
    struct mark_ctx *c = ctx;
    uint16_t idx = E_IDX(e);
    if (E_INO(e) != c->ino || idx == FFS_IDX_HDR || idx > FFS_IDX_MAXDATA ||
        E_HAS(e, FFS_EF_COMMIT) || e->seq < c->lo || e->seq >= c->hi)
        return 0;
    return ffsi_flag(fs, loc, FFS_EF_COMMIT);
}

/* a truncating commit: the pages of the old version die */
static int trunc_cb(ffs_fs *fs, uint16_t loc, const ffs_ent *e, void *ctx) {
    struct mark_ctx *c = ctx;
    uint16_t idx = E_IDX(e);
    if (E_INO(e) != c->ino || idx == FFS_IDX_HDR || idx > FFS_IDX_MAXDATA ||
        !E_HAS(e, FFS_EF_COMMIT) || e->seq >= c->lo)
        return 0;
    int r = ffsi_kill(fs, loc);
    return r ? r : --c->left == 0;
}

/* Makes everything f wrote durable: flush the buffer, write a new header (the commit point),
 * then mark the transaction's pages committed and kill what it replaced.  A cut anywhere
 * after the header is written is finished by mount (the header is not SETTLED yet). */
static int commit(ffs_file *f) {
    ffs_fs *fs = f->fs;
    int r = fs->bown == f ? ffsi_buf_flush(fs) : 0;
    if (r || !(f->state & FS_DIRTY))
        return r;
    ffs_hdr h;
    r = ffsi_hdr_read(fs, f->hdr, &h);
    if (r)
        return r;
    h.size = f->size;
    h.txlo = f->txlo;
    h.replace = 0;
    h.hflags = 0;
    h.base = 0xFFFFFFFFu;
    if (f->state & FS_TRUNCP) {
        h.hflags = FFS_HF_BASE;
        h.base = f->txlo;
    }
    memset(h.kill, 0xFF, sizeof h.kill);
    memcpy(h.map, f->map, sizeof h.map);
    h.nkill = (uint8_t)f->nkill;
    for (uint32_t j = 0; j < f->nkill; j++) {
        ffs_ent e;
        r = ffsi_ent(fs, f->kill[j], &e);
        if (r)
            return r;
        h.kill[j].k = (uint32_t)E_IDX(&e) - 1;
        h.kill[j].seq = e.seq;
    }
    uint16_t loc;
    r = ffsi_hdr_write(fs, NEED_META, &h, FFS_EF_VALID, &loc);
    if (r)
        return r;
    /* committed; what follows is redone by mount if it is cut short */
    struct mark_ctx c = {f->ino, f->txlo, fs->seq - 1, 0};
    r = ffsi_scan(fs, f->txmap, mark_cb, &c);
    if (!r && (f->state & FS_TRUNCP)) {
        /* the old version had at most this many pages; stop when they are all dead */
        c.left = (f->csize + FFS_PAGE - 1) / FFS_PAGE;
        if (c.left)
            r = ffsi_scan_from(fs, f->map, 1, f->hint, trunc_cb, &c);
        if (!r && c.left)
            r = ffsi_scan_from(fs, f->map, 0, f->hint, trunc_cb, &c);
        if (r > 0)
            r = 0;
    }
    for (uint32_t j = 0; !r && j < f->nkill; j++)
        r = ffsi_kill(fs, f->kill[j]);
    if (!r)
        r = ffsi_kill(fs, f->hdr);
    if (!r)
        r = ffsi_flag(fs, loc, FFS_EF_SETTLED);
    if (r)
        return r;
    f->hdr = loc;
    f->csize = f->size;
    f->txlo = fs->seq;
    f->nkill = 0;
    f->state &= (uint16_t)~(FS_TRUNCP | FS_DIRTY);
    memset(f->txmap, 0, sizeof f->txmap);
    if (fs->bown == f)
        fs->bcommit = 1;
    /* other handles on the file now see the new version */
    for (ffs_file *g = fs->files; g; g = g->next) {
        if (g == f || g->ino != f->ino || (g->state & FS_DEAD))
            continue;
        g->hdr = loc;
        g->size = g->csize = f->size;
        g->wbase = FFS_NONE;
        for (uint32_t j = 0; j < FFS_MAP_WORDS; j++)
            g->map[j] |= f->map[j];
    }
    ffsi_dc_set(fs, h.parent, ffsi_hash(h.name, h.namelen), h.ino, loc);
    return 0;
}

struct abort_ctx {
    uint16_t ino;
    uint32_t lo;
};

static int abort_cb(ffs_fs *fs, uint16_t loc, const ffs_ent *e, void *ctx) {
    struct abort_ctx *c = ctx;
    uint16_t idx = E_IDX(e);
    if (E_INO(e) == c->ino && idx != FFS_IDX_HDR && idx <= FFS_IDX_MAXDATA &&
        !E_HAS(e, FFS_EF_COMMIT) && e->seq >= c->lo)
        return ffsi_kill(fs, loc);
    return 0;
}

/* Drops the pages of a transaction that will never be committed (a later writer would
 * otherwise take them for its own). */
static int abort_tx(ffs_file *f) {
    struct abort_ctx c = {f->ino, f->txlo};
    if (f->fs->bown == f)
        f->fs->bown = NULL;
    return ffsi_scan(f->fs, f->txmap, abort_cb, &c);
}

/* ---- the API ---- */

int ffs_open(ffs_fs *fs, ffs_file *f, const char *path, int flags) {
    if (!fs || !f || !path)
        return -FFS_EINVAL;
    if (fs->err)
        return fs->err;
    int acc = flags & FFS_ACCMODE;
    if (acc == FFS_ACCMODE ||
        (flags & ~(FFS_ACCMODE | FFS_CREAT | FFS_TRUNC | FFS_APPEND | FFS_EXCL)) ||
        ((flags & FFS_TRUNC) && acc == FFS_RDONLY))
        return -FFS_EINVAL;
    if (f->magic == FFS_FILE_MAGIC && f->fs == fs && f->gen == fs->gen)
        for (ffs_file *g = fs->files; g; g = g->next)
            if (g == f)
                return -FFS_EINVAL;   /* already open */
    ffsi_walk w;
    int r = ffsi_resolve(fs, path, &w);
    if (r == 0) {
        if (w.ino == FFS_INO_ROOT || w.h.type == FFS_T_DIR)
            return -FFS_EISDIR;
        if ((flags & FFS_CREAT) && (flags & FFS_EXCL))
            return -FFS_EEXIST;
    } else if (r == -FFS_ENOENT && w.parent != FFS_NONE) {
        if (!(flags & FFS_CREAT))
            return -FFS_ENOENT;
    } else {
        return r;
    }
    if (acc != FFS_RDONLY && r == 0)
        for (ffs_file *g = fs->files; g; g = g->next)
            if (g->ino == w.ino && (g->state & (FS_WR | FS_DEAD)) == FS_WR)
                return -FFS_EBUSY;
    if (r) {
        r = ffsi_create(fs, &w, FFS_T_FILE);
        if (r)
            return r;
    }
    memset(f, 0, sizeof *f);
    f->fs = fs;
    f->gen = fs->gen;
    f->ino = w.ino;
    f->hdr = w.loc;
    f->size = f->csize = w.h.size;
    f->txlo = fs->seq;
    f->wbase = FFS_NONE;
    f->hint = w.loc / FFS_SLOTS;
    memcpy(f->map, w.h.map, sizeof f->map);
    f->state = (uint16_t)((acc != FFS_WRONLY ? FS_RD : 0) | (acc != FFS_RDONLY ? FS_WR : 0) |
                          ((flags & FFS_APPEND) ? FS_APPEND : 0));
    if ((flags & FFS_TRUNC) && f->size) {
        f->state |= FS_TRUNCP | FS_DIRTY;
        f->size = 0;
    }
    f->magic = FFS_FILE_MAGIC;
    f->next = fs->files;
    fs->files = f;
    return 0;
}

int ffs_read(ffs_file *f, void *dst, uint32_t len) {
    int r = check(f, FS_RD);
    if (r)
        return r;
    ffs_fs *fs = f->fs;
    if (f->pos >= f->size)
        return 0;
    if (len > f->size - f->pos)
        len = f->size - f->pos;
    if (len > 0x7FFFFFFFu)
        len = 0x7FFFFFFFu;
    uint8_t *d = dst;
    uint32_t done = 0;
    while (done < len) {
        uint32_t k = f->pos / FFS_PAGE, o = f->pos % FFS_PAGE;
        uint32_t n = FFS_PAGE - o < len - done ? FFS_PAGE - o : len - done;
        if (fs->bown == f && fs->bpage == k) {
            memcpy(d + done, (uint8_t *)fs->buf + o, n);
        } else {
            uint16_t loc;
            r = page_find(f, k, &loc);
            if (!r && loc != FFS_NONE)
                r = ffsi_read(fs, ffsi_page_off(loc) + o, d + done, n);
            if (r)
                return done ? (int)done : r;
            if (loc == FFS_NONE)
                memset(d + done, 0, n);
        }
        done += n;
        f->pos += n;
    }
    return (int)done;
}

int ffs_write(ffs_file *f, const void *src, uint32_t len) {
    int r = check(f, FS_WR);
    if (r)
        return r;
    ffs_fs *fs = f->fs;
    if (f->state & FS_APPEND)
        f->pos = f->size;
    if (len > 0x7FFFFFFFu)
        len = 0x7FFFFFFFu;
    if (f->pos > MAX_POS || len > MAX_POS - f->pos)
        return -FFS_ENOSPC;
    uint32_t old_size = f->size;
    /* A write beyond the end leaves a gap that must read as zeros; the unwritten tail of the
     * last page is erased flash (or left over from a lost transaction), so it is zero-filled
     * first.  Whole pages in the gap are holes and read as zeros anyway. */
    if (len && f->pos > f->size && (f->size % FFS_PAGE) && f->pos / FFS_PAGE != f->size / FFS_PAGE) {
        r = buf_get(f, f->size / FFS_PAGE);
        if (r)
            return r;
        f->size = (f->size / FFS_PAGE + 1) * FFS_PAGE;
        fs->bdirty = 1;
    }
    const uint8_t *s = src;
    uint32_t done = 0;
    while (done < len) {
        uint32_t k = f->pos / FFS_PAGE, o = f->pos % FFS_PAGE;
        uint32_t n = FFS_PAGE - o < len - done ? FFS_PAGE - o : len - done;
        r = buf_get(f, k);
        if (r) {
            if (done)
                break;
            f->size = old_size;
            return r;
        }
        memcpy((uint8_t *)fs->buf + o, s + done, n);
        if (o < fs->blo)
            fs->blo = (uint16_t)o;
        fs->bdirty = 1;
        f->state |= FS_DIRTY;
        done += n;
        f->pos += n;
        if (f->pos > f->size)
            f->size = f->pos;
    }
    return (int)done;
}

int32_t ffs_seek(ffs_file *f, int32_t off, int whence) {
    int r = check(f, 0);
    if (r)
        return r;
    int64_t base;
    if (whence == FFS_SEEK_SET)
        base = 0;
    else if (whence == FFS_SEEK_CUR)
        base = f->pos;
    else if (whence == FFS_SEEK_END)
        base = f->size;
    else
        return -FFS_EINVAL;
    int64_t p = base + off;
    if (p < 0 || p > (int64_t)MAX_POS)
        return -FFS_EINVAL;
    f->pos = (uint32_t)p;
    return (int32_t)p;
}

int32_t ffs_tell(ffs_file *f) {
    int r = check(f, 0);
    return r ? r : (int32_t)f->pos;
}

int32_t ffs_size(ffs_file *f) {
    int r = check(f, 0);
    return r ? r : (int32_t)f->size;
}

int ffs_flush(ffs_file *f) {
    int r = check(f, 0);
    if (r || !(f->state & FS_WR))
        return r;
    return commit(f);
}

int ffs_close(ffs_file *f) {
    if (!f || f->magic != FFS_FILE_MAGIC || !f->fs)
        return -FFS_EBADF;
    ffs_fs *fs = f->fs;
    if (f->gen != fs->gen) {   /* from an earlier mount: nothing of it is left to undo */
        f->magic = 0;
        return -FFS_EBADF;
    }
    int r = 0;
    if ((f->state & (FS_WR | FS_DEAD)) == FS_WR) {
        r = fs->err ? fs->err : commit(f);
        if (r && !fs->err)
            abort_tx(f);
    }
    if (fs->bown == f)
        fs->bown = NULL;
    for (ffs_file **p = &fs->files; *p; p = &(*p)->next) {
        if (*p == f) {
            *p = f->next;
            break;
        }
    }
    f->magic = 0;
    return r;
}
