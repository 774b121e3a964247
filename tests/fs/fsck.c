/* An independent checker of ffs images: parses the raw bytes with its own CRC and hash code
 * and checks every invariant that must hold once a mount has finished its recovery. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "ffs_fmt.h"
#include "fstest.h"

#define FFS_NONE_HEAD 0xFFFFFFFFu

static uint32_t crc32_bitwise(const void *p, size_t n) {
    const uint8_t *b = p;
    uint32_t c = 0xFFFFFFFFu;
    while (n--) {
        c ^= *b++;
        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
    }
    return ~c;
}

static uint16_t name_hash(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (uint8_t)s[i];
        h *= 16777619u;
    }
    return (uint16_t)(h ^ (h >> 16));
}

static uint32_t word(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

typedef struct {
    uint32_t tag, seq, aux, flags;
    uint32_t loc;
} slot;

static int fail(char *err, size_t len, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, len, fmt, ap);
    va_end(ap);
    return 1;
}

static int cmp_seq(const void *a, const void *b) {
    const slot *x = a, *y = b;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int check(const uint8_t *mem, uint32_t nsect, uint32_t head, uint32_t *avail, char *err,
                 size_t el) {
    slot *sl = malloc(sizeof(slot) * nsect * FFS_SLOTS);
    ffs_hdr *hd = malloc(sizeof(ffs_hdr) * nsect * FFS_SLOTS);
    uint32_t nsl = 0, nhd = 0, nfree = 0, dead = 0, tails = 0;
    int bad = 0;
    if (!sl || !hd)
        abort();
    for (uint32_t s = 0; s < nsect && !bad; s++) {
        const uint8_t *sp = mem + (size_t)s * FFS_SECTOR;
        uint32_t info = nsect | FFS_VERSION << 16 | 0xFF000000u;
        if (word(sp + 8) != info || word(sp) != (FFS_MAGIC ^ crc32_bitwise(sp + 4, 8))) {
            bad = fail(err, el, "sector %u: bad header", s);
            break;
        }
        uint32_t sf = word(sp + 12);
        if (!(sf & FFS_SF_FORMAT) || !(sf & FFS_SF_COLLECT) || !(sf & FFS_SF_COPIED)) {
            bad = fail(err, el, "sector %u: flags %08x left set", s, sf);
            break;
        }
        int last = -1;
        for (int i = 0; i < (int)FFS_SLOTS; i++) {
            const uint8_t *e = sp + FFS_ENT_OFF + i * FFS_ENT_SIZE;
            if ((word(e) & word(e + 4) & word(e + 8) & word(e + 12)) != 0xFFFFFFFFu)
                last = i;
        }
        if (last < 0) {
            for (uint32_t i = FFS_SH_SIZE; i < FFS_SECTOR; i++)
                if (sp[i] != 0xFF) {
                    bad = fail(err, el, "sector %u: free but not blank at %u", s, i);
                    break;
                }
            nfree++;
            continue;
        }
        uint32_t tail = FFS_SLOTS - 1 - (uint32_t)last;
        if (s == head) {
            for (uint32_t i = (uint32_t)last + 1; i < FFS_SLOTS && !bad; i++)
                for (uint32_t j = 0; j < FFS_PAGE; j++)
                    if (sp[FFS_PAGE_OFF + i * FFS_PAGE + j] != 0xFF) {
                        bad = fail(err, el, "head %u: unused slot %u not blank", s, i);
                        break;
                    }
        }
        if (s != head)
            dead += tail;
        else
            tails += tail;
        for (int i = 0; i <= last && !bad; i++) {
            const uint8_t *e = sp + FFS_ENT_OFF + i * FFS_ENT_SIZE;
            slot x = {word(e), word(e + 4), word(e + 8), word(e + 12), s * FFS_SLOTS + (uint32_t)i};
            uint32_t ino = x.tag & 0xFFFF, idx = x.tag >> 16;
            if ((x.tag & x.seq & x.aux & x.flags) == 0xFFFFFFFFu || !(x.flags & FFS_EF_DEAD)) {
                dead++;
                continue;
            }
            if (x.flags & FFS_EF_VALID)
                bad = fail(err, el, "slot %u: live but not valid", x.loc);
            else if (ino < FFS_INO_FIRST || ino > FFS_INO_MAX)
                bad = fail(err, el, "slot %u: ino %u", x.loc, ino);
            else if (idx == FFS_IDX_TOMB)
                bad = fail(err, el, "slot %u: tombstone left", x.loc);
            else if (idx == FFS_IDX_HDR && (x.flags & FFS_EF_SETTLED))
                bad = fail(err, el, "slot %u: header not settled", x.loc);
            else if (idx != FFS_IDX_HDR && (x.flags & FFS_EF_COMMIT))
                bad = fail(err, el, "slot %u: data page not committed", x.loc);
            else if (idx > FFS_IDX_MAXDATA)
                bad = fail(err, el, "slot %u: idx %u", x.loc, idx);
            if (bad)
                break;
            if (idx == FFS_IDX_HDR) {
                ffs_hdr *h = &hd[nhd++];
                memcpy(h, sp + FFS_PAGE_OFF + i * FFS_PAGE, sizeof *h);
                if (h->crc != crc32_bitwise(h, offsetof(ffs_hdr, crc)) || h->ino != ino ||
                    !h->namelen || h->namelen > 64 ||
                    (h->type != FFS_T_FILE && h->type != FFS_T_DIR) ||
                    x.aux != (h->parent | (uint32_t)name_hash(h->name, h->namelen) << 16)) {
                    bad = fail(err, el, "slot %u: bad header for ino %u", x.loc, ino);
                    break;
                }
                for (uint32_t k = 0; k < h->namelen; k++)
                    if (h->name[k] == '/' || h->name[k] == 0)
                        bad = fail(err, el, "slot %u: bad name", x.loc);
            }
            sl[nsl++] = x;
        }
    }
    /* unique sequence numbers (a slot copied by the collector must not survive twice) */
    if (!bad) {
        qsort(sl, nsl, sizeof *sl, cmp_seq);
        for (uint32_t i = 1; i < nsl && !bad; i++)
            if (sl[i].seq == sl[i - 1].seq)
                bad = fail(err, el, "slots %u and %u share seq %u", sl[i - 1].loc, sl[i].loc,
                           sl[i].seq);
    }
    for (uint32_t i = 0; i < nhd && !bad; i++) {
        ffs_hdr *h = &hd[i];
        int parent_ok = h->parent == FFS_INO_ROOT;
        for (uint32_t j = 0; j < nhd && !bad; j++) {
            if (j == i)
                continue;
            if (hd[j].ino == h->ino)
                bad = fail(err, el, "two headers for ino %u", h->ino);
            if (hd[j].parent == h->parent && hd[j].namelen == h->namelen &&
                !memcmp(hd[j].name, h->name, h->namelen))
                bad = fail(err, el, "name %.*s twice in dir %u", h->namelen, h->name, h->parent);
            if (hd[j].ino == h->parent && hd[j].type == FFS_T_DIR)
                parent_ok = 1;
        }
        if (!bad && !parent_ok)
            bad = fail(err, el, "ino %u (%.*s): parent %u missing", h->ino, h->namelen, h->name,
                       h->parent);
    }
    for (uint32_t i = 0; i < nsl && !bad; i++) {
        uint32_t ino = sl[i].tag & 0xFFFF, idx = sl[i].tag >> 16;
        if (idx == FFS_IDX_HDR)
            continue;
        const ffs_hdr *owner = NULL;
        for (uint32_t j = 0; j < nhd; j++)
            if (hd[j].ino == ino)
                owner = &hd[j];
        if (!owner || owner->type != FFS_T_FILE)
            bad = fail(err, el, "slot %u: page of ino %u without a file", sl[i].loc, ino);
        else if ((idx - 1) * FFS_PAGE >= owner->size)
            bad = fail(err, el, "slot %u: page %u beyond size %u of ino %u", sl[i].loc, idx - 1,
                       owner->size, ino);
        for (uint32_t j = i + 1; j < nsl && !bad; j++)
            if (sl[j].tag == sl[i].tag)
                bad = fail(err, el, "page %u of ino %u twice", idx - 1, ino);
    }
    *avail = dead + tails + (nfree > 1 ? (nfree - 1) * FFS_SLOTS : 0);
    free(sl);
    free(hd);
    return bad;
}

/* the sector mount picks as head: the first in use whose unused tail is blank */
static uint32_t mount_head(const uint8_t *mem, uint32_t nsect) {
    for (uint32_t s = 0; s < nsect; s++) {
        const uint8_t *sp = mem + (size_t)s * FFS_SECTOR;
        int last = -1;
        for (int i = 0; i < (int)FFS_SLOTS; i++) {
            const uint8_t *e = sp + FFS_ENT_OFF + i * FFS_ENT_SIZE;
            if ((word(e) & word(e + 4) & word(e + 8) & word(e + 12)) != 0xFFFFFFFFu)
                last = i;
        }
        if (last < 0 || last == (int)FFS_SLOTS - 1)
            continue;
        int blank = 1;
        for (uint32_t i = FFS_PAGE_OFF + ((uint32_t)last + 1) * FFS_PAGE; i < FFS_SECTOR; i++)
            blank &= sp[i] == 0xFF;
        if (blank)
            return s;
    }
    return FFS_NONE_HEAD;
}

int fsck_image(const uint8_t *mem, uint32_t nsect, uint32_t *avail, char *err, size_t errlen) {
    return check(mem, nsect, mount_head(mem, nsect), avail, err, errlen);
}

int fsck_mounted(ffs_fs *fs, nor *n, char *err, size_t errlen) {
    uint32_t avail;
    ffs_vfs v;
    if (check(n->mem, n->nsect, fs->head == 0xFFFF ? FFS_NONE_HEAD : fs->head, &avail, err, errlen))
        return 1;
    int r = ffs_statvfs(fs, &v);
    if (r)
        return fail(err, errlen, "statvfs: %d", r);
    uint32_t expect = avail > 2 ? avail - 2 : 0;
    if (v.bfree != expect)
        return fail(err, errlen, "statvfs bfree %u, image has %u available slots", v.bfree, avail);
    if (n->violations)
        return fail(err, errlen, "%llu progs needed a 0->1 bit change",
                    (unsigned long long)n->violations);
    if (n->bad_calls)
        return fail(err, errlen, "%llu bad flash calls", (unsigned long long)n->bad_calls);
    return 0;
}
