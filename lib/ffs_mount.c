/* ffs mount, format and the recovery that mount performs after a power cut.
 * docs/filesystem.md, "Mount and recovery", explains why each step is enough. */
#include <string.h>

#include "ffs_int.h"

#define MAX_REDO 4   /* unsettled commits/deletes; a single cut leaves at most one */

int ffsi_setup(ffs_fs *fs, const ffs_flash *fl) {
    if (!fs)
        return -FFS_EINVAL;
    uint16_t gen = (uint16_t)(fs->gen + 1);   /* whatever was there: only inequality matters */
    memset(fs, 0, sizeof *fs);
    fs->gen = gen;
    if (!fl || !fl->read || !fl->prog || !fl->erase || fl->sector_size != FFS_SECTOR ||
        fl->sector_count < 4 || fl->sector_count > FFS_MAX_SECTORS) {
        fs->err = -FFS_EINVAL;
        return fs->err;
    }
    fs->fl = *fl;
    fs->nsect = (uint16_t)fl->sector_count;
    fs->gsz = (uint16_t)((fs->nsect + FFS_MAP_WORDS * 32 - 1) / (FFS_MAP_WORDS * 32));
    fs->head = FFS_NONE;
    fs->bloc = FFS_NONE;
    fs->pin[0] = fs->pin[1] = FFS_NONE;
    fs->next_ino = FFS_INO_FIRST;
    return 0;
}

/* Format marks every existing sector first, so that a format cut short is never mounted as
 * what is left of the old filesystem; the erase counts are carried over. */
int ffs_format(ffs_fs *fs, const ffs_flash *flash) {
    int r = ffsi_setup(fs, flash);
    uint32_t h[4];
    for (uint16_t s = 0; !r && s < fs->nsect; s++) {
        r = ffsi_sh_read(fs, s, h);
        if (!r && ffsi_sh_valid(fs, h) && (h[FFS_SH_FLAGS] & FFS_SF_FORMAT)) {
            uint32_t w = h[FFS_SH_FLAGS] & ~FFS_SF_FORMAT;
            r = ffsi_prog(fs, (uint32_t)s * FFS_SECTOR + FFS_SH_FLAGS * 4, &w, 4);
        }
    }
    for (uint16_t s = 0; !r && s < fs->nsect; s++) {
        r = ffsi_sh_read(fs, s, h);
        if (!r)
            r = ffsi_sect_erase(fs, s, ffsi_sh_valid(fs, h) ? h[FFS_SH_EC] + 1 : 0);
    }
    if (r)
        return r;
    return ffs_mount(fs, flash);
}

/* ---- redo of an interrupted commit, rename or delete ---- */

struct redo_ctx {
    uint16_t self;
    uint32_t seq;
    const ffs_hdr *h;
};

static int redo_cb(ffs_fs *fs, uint16_t loc, const ffs_ent *e, void *ctx) {
    struct redo_ctx *c = ctx;
    const ffs_hdr *h = c->h;
    uint16_t idx = E_IDX(e);
    if (loc == c->self || e->seq >= c->seq)
        return 0;
    if (h->replace && E_INO(e) == h->replace)
        return ffsi_kill(fs, loc);                    /* the file a rename overwrote */
    if (E_INO(e) != h->ino)
        return 0;
    if (idx == FFS_IDX_HDR)
        return ffsi_kill(fs, loc);                    /* the header this one replaced */
    if (idx > FFS_IDX_MAXDATA)
        return 0;
    if (!E_HAS(e, FFS_EF_COMMIT))                     /* a page of the committed transaction */
        return e->seq >= h->txlo ? ffsi_flag(fs, loc, FFS_EF_COMMIT) : 0;
    if ((h->hflags & FFS_HF_BASE) && e->seq < h->base)
        return ffsi_kill(fs, loc);                    /* truncated away */
    for (uint32_t j = 0; j < h->nkill; j++)
        if (h->kill[j].k == (uint32_t)idx - 1 && h->kill[j].seq == e->seq)
            return ffsi_kill(fs, loc);                /* replaced by the transaction */
    return 0;
}

static int redo(ffs_fs *fs, uint16_t loc) {
    ffs_ent e;
    int r = ffsi_ent(fs, loc, &e);
    if (r)
        return r;
    if (E_IDX(&e) == FFS_IDX_TOMB) {
        r = ffsi_kill_ino(fs, E_INO(&e), e.seq);
        return r ? r : ffsi_kill(fs, loc);
    }
    ffs_hdr h;
    r = ffsi_hdr_read(fs, loc, &h);
    if (r)
        return r;
    if (h.ino != E_INO(&e))
        return -FFS_EIO;
    struct redo_ctx c = {loc, e.seq, &h};
    r = ffsi_scan(fs, NULL, redo_cb, &c);
    return r ? r : ffsi_flag(fs, loc, FFS_EF_SETTLED);
}

/* ---- a collection cut short leaves copied slots twice ----
 * Before the victim is marked COPIED the copies go (the collection starts again later);
 * after that the originals go (the collection only has to erase the victim). */

struct dup_ctx {
    uint16_t v;
    int copied;
    ffs_ent e[FFS_SLOTS];
};

static int dup_cb(ffs_fs *fs, uint16_t loc, const ffs_ent *x, void *ctx) {
    struct dup_ctx *c = ctx;
    if (loc / FFS_SLOTS == c->v)
        return 0;
    for (uint16_t i = 0; i < FFS_SLOTS; i++) {
        ffs_ent *o = &c->e[i];
        if (ffsi_live(o) && o->tag == x->tag && o->seq == x->seq) {
            if (!c->copied)
                return ffsi_kill(fs, loc);
            o->flags &= ~FFS_EF_VALID;   /* handled */
            return ffsi_kill(fs, LOC(c->v, i));
        }
    }
    return 0;
}

static int dedup(ffs_fs *fs, uint16_t v) {
    struct dup_ctx c;
    uint32_t h[4];
    c.v = v;
    int r = ffsi_sh_read(fs, v, h);
    c.copied = !(h[FFS_SH_FLAGS] & FFS_SF_COPIED);
    if (!r)
        r = ffsi_ents(fs, v, c.e);
    return r ? r : ffsi_scan(fs, NULL, dup_cb, &c);
}

/* ---- the passes ---- */

/* Kills torn slots, finds the next sequence and inode numbers and the slots whose
 * follow-up work may be unfinished. */
static int pass_entries(ffs_fs *fs, uint16_t *redo_loc, uint32_t *redo_seq, uint32_t *nredo) {
    ffs_ent e[FFS_SLOTS];
    uint32_t maxino = FFS_INO_ROOT;
    for (uint16_t s = 0; s < fs->nsect; s++) {
        if ((fs->sect[s] & ST_STATE) != ST_USED)
            continue;
        int r = ffsi_ents(fs, s, e);
        if (r)
            return r;
        for (uint16_t i = 0; i < FFS_SLOTS; i++) {
            ffs_ent *x = &e[i];
            uint16_t loc = LOC(s, i);
            if (ffsi_free_ent(x) || E_HAS(x, FFS_EF_DEAD))
                continue;
            if (!ffsi_live(x) || x->seq == 0xFFFFFFFFu) {   /* torn write or garbage */
                r = ffsi_flag(fs, loc, FFS_EF_DEAD);
                if (r)
                    return r;
                continue;
            }
            if (x->seq >= fs->seq)
                fs->seq = x->seq + 1;
            if (E_INO(x) > maxino)
                maxino = E_INO(x);
            if ((E_IDX(x) == FFS_IDX_HDR && !E_HAS(x, FFS_EF_SETTLED)) ||
                E_IDX(x) == FFS_IDX_TOMB) {
                if (*nredo == MAX_REDO)
                    return -FFS_EIO;
                /* keep them in sequence order */
                uint32_t j = (*nredo)++;
                for (; j > 0 && redo_seq[j - 1] > x->seq; j--) {
                    redo_seq[j] = redo_seq[j - 1];
                    redo_loc[j] = redo_loc[j - 1];
                }
                redo_seq[j] = x->seq;
                redo_loc[j] = loc;
            }
        }
    }
    fs->next_ino = (uint16_t)(maxino + 1);
    return 0;
}

/* Kills what no committed state refers to, counts dead slots and free sectors and picks the
 * head: the one sector whose tail is still unused. */
static int pass_account(ffs_fs *fs) {
    ffs_ent e[FFS_SLOTS];
    fs->ndead = 0;
    fs->nfree = 0;
    fs->head = FFS_NONE;
    fs->next = 0;
    for (uint16_t s = 0; s < fs->nsect; s++) {
        uint8_t st = fs->sect[s];
        if ((st & ST_STATE) == ST_BAD)
            continue;
        int r = ffsi_ents(fs, s, e), last = -1;
        if (r)
            return r;
        uint16_t dead = 0;
        for (int i = 0; i < (int)FFS_SLOTS; i++)
            if (!ffsi_free_ent(&e[i]))
                last = i;
        for (int i = 0; i <= last; i++) {
            ffs_ent *x = &e[i];
            uint16_t idx = E_IDX(x);
            if (ffsi_free_ent(x) || E_HAS(x, FFS_EF_DEAD)) {
                dead++;   /* a hole or a dead slot: reclaimed by collecting the sector */
                continue;
            }
            if (!ffsi_live(x) || idx == FFS_IDX_TOMB ||
                (idx == FFS_IDX_HDR && !E_HAS(x, FFS_EF_SETTLED)) ||
                (idx != FFS_IDX_HDR && !E_HAS(x, FFS_EF_COMMIT))) {
                r = ffsi_flag(fs, LOC(s, i), FFS_EF_DEAD);   /* orphan of a lost transaction */
                if (r)
                    return r;
                dead++;
            }
        }
        if (last < 0 && !(st & ST_COLL)) {
            fs->sect[s] = ST_FREE | ST_UNVER;
            fs->nfree++;
            continue;
        }
        uint16_t tail = (uint16_t)(FFS_SLOTS - 1 - last);
        if (tail && fs->head == FFS_NONE && !(st & ST_COLL)) {
            r = ffsi_tail_blank(fs, s, (uint16_t)(last + 1));
            if (r < 0)
                return r;
            if (r) {
                fs->head = s;
                fs->next = (uint16_t)(last + 1);
                tail = 0;
            }
        }
        dead = (uint16_t)(dead + tail);
        fs->sect[s] = (uint8_t)(ST_USED | (st & ST_COLL) | dead);
        fs->ndead += dead;
    }
    return 0;
}

int ffs_mount(ffs_fs *fs, const ffs_flash *flash) {
    int r = ffsi_setup(fs, flash);
    if (r)
        return r;
    uint32_t h[4], maxec = 0, nbad = 0, nredo = 0, redo_seq[MAX_REDO];
    uint16_t redo_loc[MAX_REDO];
    for (uint16_t s = 0; s < fs->nsect; s++) {
        r = ffsi_sh_read(fs, s, h);
        if (r)
            return r;
        if (!ffsi_sh_valid(fs, h)) {
            fs->sect[s] = ST_BAD;
            nbad++;
            continue;
        }
        if (!(h[FFS_SH_FLAGS] & FFS_SF_FORMAT))
            return fs->err = -FFS_EIO;   /* a format was cut short */
        if (h[FFS_SH_EC] > maxec)
            maxec = h[FFS_SH_EC];
        fs->sect[s] = (uint8_t)(ST_USED | ((h[FFS_SH_FLAGS] & FFS_SF_COLLECT) ? 0 : ST_COLL));
    }
    /* Only an erase in progress leaves a sector without a header, and erases happen one at a
     * time; more means the region is not (or no longer) a filesystem. */
    if (nbad > 1)
        return fs->err = -FFS_EIO;

    r = pass_entries(fs, redo_loc, redo_seq, &nredo);
    for (uint16_t s = 0; !r && s < fs->nsect; s++)
        if (fs->sect[s] & ST_COLL)
            r = dedup(fs, s);
    for (uint32_t i = 0; !r && i < nredo; i++)
        r = redo(fs, redo_loc[i]);
    if (!r)
        r = pass_account(fs);
    for (uint16_t s = 0; !r && s < fs->nsect; s++) {
        if ((fs->sect[s] & ST_STATE) == ST_BAD) {
            r = ffsi_sect_erase(fs, s, maxec);   /* its own count was lost: assume the worst */
            fs->nfree++;
        }
    }
    /* finish a collection that was cut short, so that a sector is free again for the next */
    for (uint16_t s = 0; !r && s < fs->nsect; s++)
        if (fs->sect[s] & ST_COLL)
            r = ffsi_collect(fs, s);
    if (r) {
        if (!fs->err)
            fs->err = r;
        return r;
    }
    return 0;
}
