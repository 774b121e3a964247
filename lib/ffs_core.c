/* ffs core: flash access, slot entries, free-space accounting, slot allocation and the
 * garbage collector.  Format and reasoning: docs/filesystem.md. */
#include <string.h>

#include "ffs_int.h"

/* Static wear levelling: when the least-erased sector in use is this many erases behind the
 * most-erased sector, the collector moves its (probably never changing) slots away so that
 * the sector joins the pool that takes the writes. */
#define FFS_WL_DELTA 8u

/* CRC-32 (IEEE 802.3, reflected), four bits a step: a 64-byte table instead of 1 KB. */
static const uint32_t crc_tab[16] = {
    0x00000000u, 0x1DB71064u, 0x3B6E20C8u, 0x26D930ACu, 0x76DC4190u, 0x6B6B51F4u,
    0x4DB26158u, 0x5005713Cu, 0xEDB88320u, 0xF00F9344u, 0xD6D6A3E8u, 0xCB61B38Cu,
    0x9B64C2B0u, 0x86D3D2D4u, 0xA00AE278u, 0xBDBDF21Cu,
};

uint32_t ffsi_crc32(uint32_t crc, const void *p, uint32_t n) {
    const uint8_t *b = p;
    crc = ~crc;
    while (n--) {
        crc ^= *b++;
        crc = (crc >> 4) ^ crc_tab[crc & 15];
        crc = (crc >> 4) ^ crc_tab[crc & 15];
    }
    return ~crc;
}

/* FNV-1a folded to 16 bits; kept in header entries so that a name lookup reads only the
 * headers whose parent and hash match. */
uint16_t ffsi_hash(const char *s, uint32_t n) {
    uint32_t h = 2166136261u;
    while (n--) {
        h ^= (uint8_t)*s++;
        h *= 16777619u;
    }
    return (uint16_t)(h ^ (h >> 16));
}

/* ---- flash access: every failure is sticky, the mount is unusable afterwards ---- */

int ffsi_read(ffs_fs *fs, uint32_t off, void *buf, uint32_t n) {
    if (fs->err)
        return fs->err;
    if (fs->fl.read(fs->fl.ctx, off, buf, n) < 0)
        return fs->err = -FFS_EIO;
    return 0;
}

int ffsi_prog(ffs_fs *fs, uint32_t off, const void *buf, uint32_t n) {
    if (fs->err)
        return fs->err;
    if ((off | n | (uint32_t)(uintptr_t)buf) & 3u)
        return fs->err = -FFS_EIO;   /* a bug in the library: never hand it to the driver */
    if (fs->fl.prog(fs->fl.ctx, off, buf, n) < 0)
        return fs->err = -FFS_EIO;
    return 0;
}

int ffsi_erase(ffs_fs *fs, uint16_t sect) {
    if (fs->err)
        return fs->err;
    if (fs->fl.erase(fs->fl.ctx, sect) < 0)
        return fs->err = -FFS_EIO;
    return 0;
}

/* ---- sector headers ---- */

static uint32_t sh_info(const ffs_fs *fs) {
    return fs->nsect | FFS_VERSION << 16 | 0xFF000000u;
}

int ffsi_sh_read(ffs_fs *fs, uint16_t sect, uint32_t h[4]) {
    return ffsi_read(fs, (uint32_t)sect * FFS_SECTOR, h, FFS_SH_SIZE);
}

int ffsi_sh_valid(const ffs_fs *fs, const uint32_t h[4]) {
    return h[FFS_SH_INFO] == sh_info(fs) &&
           h[FFS_SH_CHECK] == (FFS_MAGIC ^ ffsi_crc32(0, &h[FFS_SH_EC], 8));
}

/* Erases a sector and writes its header.  The header is destroyed first, so that an erase
 * cut short (which may leave any bit pattern, including the old header) is never mistaken
 * for a sector with valid slots. */
int ffsi_sect_erase(ffs_fs *fs, uint16_t sect, uint32_t ec) {
    uint32_t zero = 0, h[3];
    int r = ffsi_prog(fs, (uint32_t)sect * FFS_SECTOR, &zero, 4);
    if (!r)
        r = ffsi_erase(fs, sect);
    h[FFS_SH_EC] = ec;
    h[FFS_SH_INFO] = sh_info(fs);
    h[FFS_SH_CHECK] = FFS_MAGIC ^ ffsi_crc32(0, &h[FFS_SH_EC], 8);
    if (!r)
        r = ffsi_prog(fs, (uint32_t)sect * FFS_SECTOR, h, sizeof h);
    if (!r)
        fs->sect[sect] = ST_FREE;
    return r;
}

/* ---- slot entries ---- */

uint32_t ffsi_ent_off(uint16_t loc) {
    return (uint32_t)(loc / FFS_SLOTS) * FFS_SECTOR + FFS_ENT_OFF +
           (uint32_t)(loc % FFS_SLOTS) * FFS_ENT_SIZE;
}

uint32_t ffsi_page_off(uint16_t loc) {
    return (uint32_t)(loc / FFS_SLOTS) * FFS_SECTOR + FFS_PAGE_OFF +
           (uint32_t)(loc % FFS_SLOTS) * FFS_PAGE;
}

int ffsi_ent(ffs_fs *fs, uint16_t loc, ffs_ent *e) {
    return ffsi_read(fs, ffsi_ent_off(loc), e, sizeof *e);
}

int ffsi_ents(ffs_fs *fs, uint16_t sect, ffs_ent e[FFS_SLOTS]) {
    return ffsi_read(fs, (uint32_t)sect * FFS_SECTOR + FFS_ENT_OFF, e, FFS_SLOTS * FFS_ENT_SIZE);
}

int ffsi_free_ent(const ffs_ent *e) {
    return (e->tag & e->seq & e->aux & e->flags) == 0xFFFFFFFFu;
}

/* Complete, not dead, and with a tag that can belong to a file. */
int ffsi_live(const ffs_ent *e) {
    uint16_t ino = E_INO(e);
    return E_HAS(e, FFS_EF_VALID) && !E_HAS(e, FFS_EF_DEAD) && ino >= FFS_INO_FIRST &&
           ino <= FFS_INO_MAX && E_IDX(e) != 0xFFFFu;
}

/* Clears one flag bit.  The word is read first so that what is programmed is exactly what
 * the flash will hold (bits already cleared stay cleared). */
int ffsi_flag(ffs_fs *fs, uint16_t loc, uint32_t bit) {
    uint32_t off = ffsi_ent_off(loc) + FFS_E_FLAGS * 4, w;
    int r = ffsi_read(fs, off, &w, 4);
    if (r || !(w & bit))
        return r;
    w &= ~bit;
    return ffsi_prog(fs, off, &w, 4);
}

/* Marks a slot dead and counts it as reclaimable. */
int ffsi_kill(ffs_fs *fs, uint16_t loc) {
    uint32_t off = ffsi_ent_off(loc) + FFS_E_FLAGS * 4, w;
    uint16_t s = loc / FFS_SLOTS;
    int r = ffsi_read(fs, off, &w, 4);
    if (r || !(w & FFS_EF_DEAD))
        return r;
    w &= ~FFS_EF_DEAD;
    r = ffsi_prog(fs, off, &w, 4);
    if (!r && (fs->sect[s] & ST_DEAD) < FFS_SLOTS) {
        fs->sect[s]++;
        fs->ndead++;
    }
    return r;
}

uint16_t ffsi_used(const ffs_fs *fs, uint16_t sect) {
    return sect == fs->head ? fs->next : FFS_SLOTS;
}

/* Calls fn for every live slot of the sectors that are in map (in = 1) or not in map
 * (in = 0; a NULL map holds no sector), going through the sectors from `start` on and
 * wrapping around.  fn must not allocate slots (that could move what is being scanned). */
int ffsi_scan_from(ffs_fs *fs, const uint32_t *map, int in, uint16_t start, ffsi_scan_fn fn,
                   void *ctx) {
    ffs_ent e[FFS_SLOTS];
    if (start >= fs->nsect)
        start = 0;
    for (uint16_t n = 0, s = start; n < fs->nsect; n++, s = s + 1 == fs->nsect ? 0 : s + 1) {
        if ((fs->sect[s] & ST_STATE) != ST_USED || (map && ffsi_map_has(fs, map, s)) != in)
            continue;
        int r = ffsi_ents(fs, s, e);
        if (r)
            return r;
        uint16_t used = ffsi_used(fs, s);
        for (uint16_t i = 0; i < used; i++) {
            if (!ffsi_live(&e[i]))
                continue;
            r = fn(fs, LOC(s, i), &e[i], ctx);
            if (r)
                return r;
        }
    }
    return 0;
}

/* The same over every sector (map NULL) or the sectors in map, in order. */
int ffsi_scan(ffs_fs *fs, const uint32_t *map, ffsi_scan_fn fn, void *ctx) {
    return ffsi_scan_from(fs, map, map != NULL, 0, fn, ctx);
}

void ffsi_map_set(const ffs_fs *fs, uint32_t *map, uint16_t sect) {
    uint32_t g = sect / fs->gsz;
    map[g >> 5] |= 1u << (g & 31);
}

int ffsi_map_has(const ffs_fs *fs, const uint32_t *map, uint16_t sect) {
    uint32_t g = sect / fs->gsz;
    return (map[g >> 5] >> (g & 31)) & 1;
}

/* Slots that can still be handed out: dead ones (after a collection), the rest of the head
 * and every erased sector except the one the collector needs to copy into. */
uint32_t ffsi_avail(const ffs_fs *fs) {
    uint32_t a = fs->ndead;
    if (fs->head != FFS_NONE)
        a += FFS_SLOTS - fs->next;
    if (fs->nfree > 1)
        a += (uint32_t)(fs->nfree - 1) * FFS_SLOTS;
    return a;
}

/* ---- choosing and opening the head sector ---- */

/* 1 if bytes [from, to) of the sector are erased, 0 if not. */
static int sect_blank(ffs_fs *fs, uint16_t s, uint32_t from, uint32_t to) {
    uint32_t b[32];
    for (uint32_t off = from; off < to; off += sizeof b) {
        uint32_t n = to - off < sizeof b ? to - off : sizeof b;
        int r = ffsi_read(fs, (uint32_t)s * FFS_SECTOR + off, b, n);
        if (r)
            return r;
        for (uint32_t i = 0; i < n / 4; i++)
            if (b[i] != 0xFFFFFFFFu)
                return 0;
    }
    return 1;
}

/* 1 if slots [first, 15) of the sector (entries and pages) are erased. */
int ffsi_tail_blank(ffs_fs *fs, uint16_t s, uint16_t first) {
    int r = sect_blank(fs, s, FFS_ENT_OFF + first * FFS_ENT_SIZE, FFS_PAGE_OFF);
    return r != 1 ? r : sect_blank(fs, s, FFS_PAGE_OFF + first * FFS_PAGE, FFS_SECTOR);
}

/* Makes the least-erased free sector the head.  A sector that this mount did not erase
 * itself is checked to be blank first, and erased if it is not. */
static int open_head(ffs_fs *fs) {
    uint16_t best = FFS_NONE;
    uint32_t bestec = 0, h[4];
    for (uint16_t s = 0; s < fs->nsect; s++) {
        if ((fs->sect[s] & ST_STATE) != ST_FREE)
            continue;
        int r = ffsi_sh_read(fs, s, h);
        if (r)
            return r;
        if (best == FFS_NONE || h[FFS_SH_EC] < bestec) {
            best = s;
            bestec = h[FFS_SH_EC];
        }
    }
    if (best == FFS_NONE)
        return fs->err = -FFS_EIO;   /* the accounting says there is one */
    if (fs->sect[best] & ST_UNVER) {
        int r = sect_blank(fs, best, FFS_SH_SIZE, FFS_SECTOR);
        if (r == 0)
            r = ffsi_sect_erase(fs, best, bestec + 1);
        if (r < 0)
            return r;
    }
    fs->sect[best] = ST_USED;
    fs->nfree--;
    fs->head = best;
    fs->next = 0;
    return 0;
}

/* ---- garbage collection ---- */

/* The victim: a sector whose collection was interrupted, else (now and then) the least-erased
 * sector in use, else the one with the most dead slots. */
static int gc_pick(ffs_fs *fs, int wl, uint16_t *victim) {
    uint16_t coll = FFS_NONE, most = FFS_NONE, least = FFS_NONE;
    uint32_t mostdead = 0, mostec = 0, leastec = 0, maxec = 0, h[4];
    for (uint16_t s = 0; s < fs->nsect; s++) {
        uint8_t st = fs->sect[s];
        if ((st & ST_STATE) == ST_BAD)
            continue;
        int r = ffsi_sh_read(fs, s, h);
        if (r)
            return r;
        uint32_t ec = h[FFS_SH_EC];
        if (ec > maxec)
            maxec = ec;
        if ((st & ST_STATE) != ST_USED || (s == fs->head && fs->next < FFS_SLOTS))
            continue;
        if (st & ST_COLL)
            coll = s;
        uint32_t dead = st & ST_DEAD;
        if (dead > mostdead || (dead && dead == mostdead && ec < mostec)) {
            most = s;
            mostdead = dead;
            mostec = ec;
        }
        if (least == FFS_NONE || ec < leastec) {
            least = s;
            leastec = ec;
        }
    }
    if (coll != FFS_NONE)
        *victim = coll;
    else if (wl && least != FFS_NONE && maxec - leastec >= FFS_WL_DELTA)
        *victim = least;
    else if (most != FFS_NONE)
        *victim = most;
    else
        return -FFS_ENOSPC;
    return 0;
}

/* Copies one live slot into the head (which has room).  The copy keeps sequence number and
 * flags, so it is indistinguishable from the original; the original is killed only after
 * every slot of the sector has been copied (see ffsi_collect). */
static int gc_copy(ffs_fs *fs, uint16_t from, const ffs_ent *e) {
    uint16_t to = LOC(fs->head, fs->next);
    uint32_t w[3] = {e->tag, e->seq, e->aux}, b[32], fl = e->flags;
    fs->next++;
    int r = ffsi_prog(fs, ffsi_ent_off(to), w, sizeof w);
    for (uint32_t o = 0; !r && o < FFS_PAGE; o += sizeof b) {
        r = ffsi_read(fs, ffsi_page_off(from) + o, b, sizeof b);
        uint32_t all = 0xFFFFFFFFu;
        for (uint32_t i = 0; !r && i < sizeof b / 4; i++)
            all &= b[i];
        if (!r && all != 0xFFFFFFFFu)
            r = ffsi_prog(fs, ffsi_page_off(to) + o, b, sizeof b);
    }
    if (!r)
        r = ffsi_prog(fs, ffsi_ent_off(to) + FFS_E_FLAGS * 4, &fl, 4);
    if (!r)
        ffsi_moved(fs, e, from, to);
    return r;
}

static int sh_flag(ffs_fs *fs, uint16_t s, uint32_t bit) {
    uint32_t off = (uint32_t)s * FFS_SECTOR + FFS_SH_FLAGS * 4, w;
    int r = ffsi_read(fs, off, &w, 4);
    if (r || !(w & bit))
        return r;
    w &= ~bit;
    return ffsi_prog(fs, off, &w, 4);
}

/* Erases a sector in use that holds no live slot (only mount needs this: after a cut during
 * a collection, the sector the copies went to may be the only candidate). */
static int free_empty(ffs_fs *fs, uint16_t except) {
    ffs_ent e;   /* one entry at a time: this runs inside ffsi_collect, keep the stack small */
    uint32_t h[4];
    for (uint16_t s = 0; s < fs->nsect; s++) {
        if (s == except || (fs->sect[s] & ST_STATE) != ST_USED)
            continue;
        int r = 0, live = 0;
        for (uint16_t i = 0; !r && i < FFS_SLOTS; i++) {
            r = ffsi_ent(fs, LOC(s, i), &e);
            live += !r && ffsi_live(&e);
        }
        if (!r)
            r = ffsi_sh_read(fs, s, h);
        if (r)
            return r;
        if (live)
            continue;
        fs->ndead -= fs->sect[s] & ST_DEAD;
        if (s == fs->head) {
            fs->head = FFS_NONE;
            fs->next = 0;
        }
        r = ffsi_sect_erase(fs, s, h[FFS_SH_EC] + 1);
        if (!r)
            fs->nfree++;
        return r;
    }
    return -FFS_ENOSPC;
}

/* Moves every live slot of sector v into the head and erases v: mark v COLLECT, copy, mark
 * v COPIED, kill the originals, erase.  Mount undoes a collection cut before COPIED (kills
 * the copies) and completes one cut after it (kills the originals), so a cut never costs
 * space and a collection can always be started again from the beginning. */
int ffsi_collect(ffs_fs *fs, uint16_t v) {
    ffs_ent e[FFS_SLOTS];
    uint32_t h[4];
    int r = ffsi_sh_read(fs, v, h);
    if (!r && (h[FFS_SH_FLAGS] & FFS_SF_COLLECT))
        r = sh_flag(fs, v, FFS_SF_COLLECT);
    fs->sect[v] |= ST_COLL;
    if (!r)
        r = ffsi_ents(fs, v, e);
    if (r)
        return r;
    uint16_t live = 0;
    for (uint16_t i = 0; i < FFS_SLOTS; i++)
        live += (uint16_t)ffsi_live(&e[i]);
    if (live && (fs->head == v || fs->head == FFS_NONE || FFS_SLOTS - fs->next < live)) {
        if (fs->head != FFS_NONE && fs->next < FFS_SLOTS) {
            /* give up the rest of the head: those slots count as dead from now on */
            uint16_t rest = FFS_SLOTS - fs->next;
            fs->sect[fs->head] = (uint8_t)(fs->sect[fs->head] + rest);
            fs->ndead += rest;
            fs->next = FFS_SLOTS;
        }
        if (fs->nfree == 0)
            r = free_empty(fs, v);
        if (!r)
            r = open_head(fs);
        if (r)
            return r;
    }
    for (uint16_t i = 0; i < FFS_SLOTS && !r; i++)
        if (ffsi_live(&e[i]))
            r = gc_copy(fs, LOC(v, i), &e[i]);
    if (!r && live)
        r = sh_flag(fs, v, FFS_SF_COPIED);
    for (uint16_t i = 0; i < FFS_SLOTS && !r; i++)
        if (ffsi_live(&e[i]))
            r = ffsi_kill(fs, LOC(v, i));
    if (r)
        return r;
    fs->ndead -= fs->sect[v] & ST_DEAD;
    if (fs->head == v) {
        fs->head = FFS_NONE;
        fs->next = 0;
    }
    r = ffsi_sect_erase(fs, v, h[FFS_SH_EC] + 1);
    if (!r)
        fs->nfree++;
    return r;
}

/* Hands out the next slot of the head, opening a new head or collecting as needed.  `need`
 * is how many slots must be available before this one is taken (NEED_*). */
static int alloc(ffs_fs *fs, uint32_t need, uint16_t *loc) {
    if (fs->err)
        return fs->err;
    if (ffsi_avail(fs) < need)
        return -FFS_ENOSPC;
    for (uint32_t round = 0;; round++) {
        if (fs->head != FFS_NONE && fs->next < FFS_SLOTS) {
            *loc = LOC(fs->head, fs->next);
            fs->next++;
            return 0;
        }
        if (round > (uint32_t)fs->nsect + 2)
            return fs->err = -FFS_EIO;   /* cannot happen with consistent accounting */
        int r;
        if (fs->nfree > 1) {
            r = open_head(fs);
        } else {
            uint16_t v;
            r = gc_pick(fs, round == 0, &v);
            if (!r)
                r = ffsi_collect(fs, v);
        }
        if (r)
            return r;
    }
}

/* Writes a slot: entry, page, then the flags that make it count (VALID last of all). */
int ffsi_put(ffs_fs *fs, uint32_t need, uint32_t tag, uint32_t aux, const void *data,
             uint32_t len, uint32_t flags, uint16_t *loc) {
    uint16_t l;
    int r = alloc(fs, need, &l);
    if (r)
        return r;
    uint32_t w[3] = {tag, fs->seq++, aux}, fl = ~flags;
    r = ffsi_prog(fs, ffsi_ent_off(l), w, sizeof w);
    if (!r && len)
        r = ffsi_prog(fs, ffsi_page_off(l), data, len);
    if (!r)
        r = ffsi_prog(fs, ffsi_ent_off(l) + FFS_E_FLAGS * 4, &fl, 4);
    *loc = l;
    return r;
}

/* ---- headers ---- */

int ffsi_hdr_read(ffs_fs *fs, uint16_t loc, ffs_hdr *h) {
    int r = ffsi_read(fs, ffsi_page_off(loc), h, sizeof *h);
    if (r)
        return r;
    if (h->crc != ffsi_crc32(0, h, offsetof(ffs_hdr, crc)) || h->namelen == 0 ||
        h->namelen > FFS_NAME_MAX || (h->type != FFS_T_FILE && h->type != FFS_T_DIR) ||
        h->nkill > FFS_HDR_KILL || h->ino < FFS_INO_FIRST || h->ino > FFS_INO_MAX)
        return -FFS_EIO;
    return 0;
}

int ffsi_hdr_write(ffs_fs *fs, uint32_t need, ffs_hdr *h, uint32_t flags, uint16_t *loc) {
    h->pad = 0xFFFFu;
    h->crc = ffsi_crc32(0, h, offsetof(ffs_hdr, crc));
    uint32_t aux = h->parent | (uint32_t)ffsi_hash(h->name, h->namelen) << 16;
    return ffsi_put(fs, need, TAG(h->ino, FFS_IDX_HDR), aux, h, sizeof *h, flags, loc);
}

struct kill_ino_ctx {
    uint16_t ino;
    uint32_t below;
};

static int kill_ino_cb(ffs_fs *fs, uint16_t loc, const ffs_ent *e, void *ctx) {
    struct kill_ino_ctx *c = ctx;
    if (E_INO(e) == c->ino && e->seq < c->below)
        return ffsi_kill(fs, loc);
    return 0;
}

/* Kills every slot of ino written before sequence number `below`. */
int ffsi_kill_ino(ffs_fs *fs, uint16_t ino, uint32_t below) {
    struct kill_ino_ctx c = {ino, below};
    return ffsi_scan(fs, NULL, kill_ino_cb, &c);
}
