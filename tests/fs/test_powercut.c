/* ffs power-cut test.
 *
 * A scripted workload (mkdir, create, write, append, flush, rename, remove, rmdir, overwrite,
 * truncate, two writers at once, a write past the end, filling to ENOSPC, rewriting) runs on
 * a simulated NOR flash while a model tracks what must survive.  Every flash prog and erase
 * is a cut point.  For each cut point k the state of the run just before op k is forked off
 * (equivalent to rerunning the deterministic workload up to op k) and three cuts are
 * applied: the op is not done at all; it is half done (a random half of the bytes
 * programmed / the sector left with a mix of erased, old and random bytes); it is partly
 * done (the first half of the bytes programmed / an erase cut early, some bits gone to 1).
 * For every 30th cut point, the repair done by the next mount is cut again at each of its
 * ops, all three ways, and checked the same way.  The child then mounts and
 * checks that:
 *   - mount succeeds and the image passes the independent checker (tests/fs/fsck.c);
 *   - the filesystem equals the model before or after the interrupted step, where a file
 *     open for writing may hold any prefix of what was written to it since its last
 *     flush/close (and nothing else), and no other path exists;
 *   - it keeps working: remove, append, mkdir, write, rename, rmdir, remount, check again.
 * A sample of cut points is also rerun literally from the start with the cut injected.
 *
 * Usage: test_powercut [-q] [-j jobs] [-s samples] [-k op] [-d every] */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "fstest.h"

#define NSECT 12
#define MAXF (16 * 1024)
#define MAXE 48
#define MAXW 128
#define NH 4

/* ---- the model ---- */

typedef struct {
    uint8_t trunc;
    uint32_t off, len, seed;   /* byte j written is tdata(seed, j) */
} wop;

typedef struct {
    char path[64];
    uint8_t used, is_dir;
    uint32_t len;
    uint8_t data[MAXF];        /* content as of the last commit */
    int nw;
    wop w[MAXW];               /* writes since then (file open for writing) */
} ment;

typedef struct {
    ment e[MAXE];
} model;

enum { S_MKDIR = 1, S_RMDIR, S_CREATE, S_TRUNC, S_WRITE, S_COMMIT, S_REMOVE, S_RENAME, S_NONE };

typedef struct {
    int type;
    char a[64], b[64];
    int ent;
    wop w;
    char desc[128];
} step;

static model M;          /* after every completed step */
static step CUR;         /* the step in progress */
static uint32_t step_no;
static nor N;
static ffs_flash FL;
static ffs_fs FS;
static ffs_file H[NH];
static int HE[NH];       /* model entry of each handle */
static int HA[NH];       /* opened in append mode */
static int stopped;      /* rerun mode: the power went off */
static int quiet;
static int double_every = 30;  /* cut points that also get a second cut during the repair */
static uint64_t *double_tested; /* shared with the children */
static uint32_t cut_seed(uint64_t k, int variant);

static void die(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "powercut: ");
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n");
    va_end(ap);
    exit(2);
}

/* copies what is in use only: a child process then touches little memory */
static void m_copy(model *d, const model *m) {
    for (int i = 0; i < MAXE; i++) {
        const ment *x = &m->e[i];
        ment *y = &d->e[i];
        y->used = x->used;
        if (!x->used)
            continue;
        memcpy(y->path, x->path, sizeof y->path);
        y->is_dir = x->is_dir;
        y->len = x->len;
        memcpy(y->data, x->data, x->len);
        y->nw = x->nw;
        memcpy(y->w, x->w, (size_t)x->nw * sizeof *x->w);
    }
}

static int m_find(const model *m, const char *path) {
    for (int i = 0; i < MAXE; i++)
        if (m->e[i].used && !strcmp(m->e[i].path, path))
            return i;
    return -1;
}

static int m_add(model *m, const char *path, int is_dir) {
    for (int i = 0; i < MAXE; i++) {
        if (!m->e[i].used) {
            ment *e = &m->e[i];
            memset(e->path, 0, sizeof e->path);
            snprintf(e->path, sizeof e->path, "%s", path);
            e->used = 1;
            e->is_dir = (uint8_t)is_dir;
            e->len = 0;
            e->nw = 0;
            return i;
        }
    }
    die("model full");
    return -1;
}

/* applies the first n bytes of w (all of it for n = ~0) */
static void wop_apply(uint8_t *d, uint32_t *len, const wop *w, uint32_t n) {
    if (w->trunc) {
        *len = 0;
        return;
    }
    if (n > w->len)
        n = w->len;
    if (!n)
        return;
    if (w->off + n > MAXF)
        die("file too big for the model");
    if (w->off > *len)
        memset(d + *len, 0, w->off - *len);
    tfill(d + w->off, w->seed, 0, n);
    if (w->off + n > *len)
        *len = w->off + n;
}

static void m_fold(ment *e) {
    for (int i = 0; i < e->nw; i++)
        wop_apply(e->data, &e->len, &e->w[i], ~0u);
    e->nw = 0;
}

static void m_push(ment *e, const wop *w) {
    if (e->nw == MAXW)
        die("too many writes between commits");
    e->w[e->nw++] = *w;
}

static int prefix_of(const char *path, const char *dir) {
    size_t n = strlen(dir);
    return !strncmp(path, dir, n) && path[n] == '/';
}

static void m_apply(model *m, const step *s) {
    int i;
    switch (s->type) {
    case S_MKDIR:
        m_add(m, s->a, 1);
        break;
    case S_CREATE:
        m_add(m, s->a, 0);
        break;
    case S_RMDIR:
    case S_REMOVE:
        m->e[m_find(m, s->a)].used = 0;
        break;
    case S_TRUNC:
    case S_WRITE:
        m_push(&m->e[s->ent], &s->w);
        break;
    case S_COMMIT:
        m_fold(&m->e[s->ent]);
        break;
    case S_RENAME:
        if ((i = m_find(m, s->b)) >= 0 && strcmp(s->a, s->b))
            m->e[i].used = 0;
        for (i = 0; i < MAXE; i++) {
            ment *e = &m->e[i];
            char np[128];
            if (!e->used)
                continue;
            if (!strcmp(e->path, s->a)) {
                snprintf(e->path, sizeof e->path, "%s", s->b);
            } else if (prefix_of(e->path, s->a)) {
                snprintf(np, sizeof np, "%s%s", s->b, e->path + strlen(s->a));
                if (strlen(np) >= sizeof e->path)
                    die("path too long");
                memcpy(e->path, np, strlen(np) + 1);
            }
        }
        break;
    }
}

/* Does A (la bytes) equal the committed content with some prefix of the pending writes
 * applied?  Checks every byte-prefix of every write, in O(writes x size). */
static int family_match(const ment *e, const uint8_t *A, uint32_t la) {
    static uint8_t st[MAXF], d[MAXF];
    uint32_t sl = e->len;
    memcpy(st, e->data, sl);
    if (la == sl && !memcmp(A, st, sl))
        return 1;
    for (int k = 0; k < e->nw; k++) {
        const wop *w = &e->w[k];
        if (!w->trunc && w->len) {
            uint32_t off = w->off, n = w->len;
            tfill(d, w->seed, 0, n);
            if (la > sl && la > off && la - off <= n) {
                /* the prefix that extends the file to exactly la bytes */
                uint32_t i = la - off, keep = off < sl ? off : sl;
                int ok = !memcmp(A, st, keep);
                for (uint32_t j = sl; ok && j < off; j++)
                    ok = A[j] == 0;
                if (ok && !memcmp(A + off, d, i))
                    return 1;
            } else if (la == sl && off < sl) {
                /* a prefix that overwrites inside the file: A must differ from the state
                 * only within [off, off + i) and hold the data there */
                uint32_t last = 0;
                int any = 0;
                for (uint32_t j = 0; j < sl; j++)
                    if (A[j] != st[j]) {
                        if (!any && j < off)
                            break;
                        any = 1;
                        last = j;
                    }
                uint32_t first_ok = 1;
                for (uint32_t j = 0; j < off; j++)
                    if (A[j] != st[j])
                        first_ok = 0;
                if (first_ok && any) {
                    uint32_t need = last - off + 1, cap = n < sl - off ? n : sl - off;
                    if (need <= cap && !memcmp(A + off, d, need))
                        return 1;
                }
            }
        }
        wop_apply(st, &sl, w, ~0u);
        if (la == sl && !memcmp(A, st, sl))
            return 1;
    }
    return 0;
}

/* ---- checking a mounted filesystem against a model ---- */

static int count_tree(ffs_fs *fs, const char *dir, int depth) {
    ffs_dir d;
    ffs_info e;
    char p[200];
    int n = 0, r;
    if (depth > 10 || ffs_dir_open(fs, &d, dir))
        return -1000;
    while ((r = ffs_dir_read(&d, &e)) == 1) {
        n++;
        if (e.is_dir) {
            snprintf(p, sizeof p, "%s/%s", strcmp(dir, "/") ? dir : "", e.name);
            n += count_tree(fs, p, depth + 1);
        }
    }
    ffs_dir_close(&d);
    return r < 0 ? -1000 : n;
}

static uint8_t rbuf[2 * MAXF];

/* 1 if fs matches m; fills snap (if given) with what was read */
static int check_fs(ffs_fs *fs, const model *m, model *snap, char *why, size_t wl) {
    int count = 0;
    if (snap)
        m_copy(snap, m);
    for (int i = 0; i < MAXE; i++) {
        const ment *e = &m->e[i];
        ffs_info st;
        if (!e->used)
            continue;
        count++;
        int r = ffs_stat(fs, e->path, &st);
        if (r) {
            snprintf(why, wl, "%s: stat %d", e->path, r);
            return 0;
        }
        if (st.is_dir != e->is_dir) {
            snprintf(why, wl, "%s: is_dir %d", e->path, st.is_dir);
            return 0;
        }
        if (e->is_dir)
            continue;
        ffs_file f;
        r = ffs_open(fs, &f, e->path, FFS_RDONLY);
        int n = r ? r : ffs_read(&f, rbuf, sizeof rbuf);
        if (!r)
            ffs_close(&f);
        if (n < 0) {
            snprintf(why, wl, "%s: read %d", e->path, n);
            return 0;
        }
        if ((uint32_t)n != st.size) {
            snprintf(why, wl, "%s: read %d bytes, stat says %u", e->path, n, st.size);
            return 0;
        }
        if (!family_match(e, rbuf, (uint32_t)n)) {
            snprintf(why, wl, "%s: content (%d bytes) is not the committed one (%u bytes) "
                     "with a prefix of the %d writes since", e->path, n, e->len, e->nw);
            return 0;
        }
        if (snap) {
            memcpy(snap->e[i].data, rbuf, (size_t)n);
            snap->e[i].len = (uint32_t)n;
            snap->e[i].nw = 0;
        }
    }
    int n = count_tree(fs, "/", 0);
    if (n != count) {
        snprintf(why, wl, "the tree has %d entries, expected %d", n, count);
        return 0;
    }
    return 1;
}

/* ---- what a child does after the cut ---- */

static int after_cut(uint64_t k, int variant) {
    static model after, snap;
    static ffs_fs fs;
    char why[300] = "", why2[300] = "", err[200];
    static const char *const vnames[] = {"not done", "half done: random bytes",
                                         "half done: first bytes / early erase"};
    const char *vname = vnames[variant];
    int r;
    nor_power_on(&N);
    N.hook = NULL;
    N.read_budget = N.reads + 50000000;
#define FAIL(...)                                                                        \
    do {                                                                                 \
        fprintf(stderr, "FAIL cut at op %llu (%s) during step %u [%s]: ",              \
                (unsigned long long)k, vname, step_no, CUR.desc);                        \
        fprintf(stderr, __VA_ARGS__);                                                    \
        fprintf(stderr, "\n");                                                           \
        return 1;                                                                        \
    } while (0)
    m_copy(&after, &M);
    if (CUR.type != S_NONE)
        m_apply(&after, &CUR);
    /* a second cut while mount repairs the first: at every op of the repair, both kinds */
    if (double_every && k % double_every == 0) {
        static uint8_t img[NSECT * 4096];
        memcpy(img, N.mem, sizeof img);
        uint64_t ops0 = N.ops;
        if (ffs_mount(&fs, &FL) == 0) {
            uint64_t m = N.ops - ops0;
            for (uint64_t j = 1; j <= m; j++) {
                for (int v2 = 0; v2 < 3; v2++) {
                    memcpy(N.mem, img, sizeof img);
                    N.ops = ops0;
                    N.cut_at = ops0 + j;
                    N.cut_partial = v2;
                    N.rng = cut_seed(k * 1000 + j, v2);
                    ffs_mount(&fs, &FL);
                    nor_power_on(&N);
                    if ((r = ffs_mount(&fs, &FL)))
                        FAIL("second cut at op %llu of the repair: mount: %d", (unsigned long long)j, r);
                    if (fsck_mounted(&fs, &N, err, sizeof err))
                        FAIL("second cut at op %llu of the repair: fsck: %s", (unsigned long long)j, err);
                    if (!check_fs(&fs, &M, NULL, why, sizeof why) &&
                        !check_fs(&fs, &after, NULL, why2, sizeof why2))
                        FAIL("second cut at op %llu of the repair: neither before (%s) nor after (%s)",
                             (unsigned long long)j, why, why2);
                    __atomic_fetch_add(double_tested, 1, __ATOMIC_RELAXED);
                }
            }
        }
        memcpy(N.mem, img, sizeof img);
    }
    r = ffs_mount(&fs, &FL);
    if (r)
        FAIL("mount: %d", r);
    if (fsck_mounted(&fs, &N, err, sizeof err))
        FAIL("fsck: %s", err);
    if (!check_fs(&fs, &M, &snap, why, sizeof why) &&
        !check_fs(&fs, &after, &snap, why2, sizeof why2))
        FAIL("matches neither the state before (%s) nor after (%s)", why, why2);

    /* it keeps working */
    int big = -1;
    for (int i = 0; i < MAXE; i++)
        if (snap.e[i].used && !snap.e[i].is_dir && (big < 0 || snap.e[i].len > snap.e[big].len))
            big = i;
    if (big >= 0) {
        if ((r = ffs_remove(&fs, snap.e[big].path)))
            FAIL("post: remove %s: %d", snap.e[big].path, r);
        snap.e[big].used = 0;
    }
    /* append to the file that was being written (or another one): after a cut its last page
     * may hold bytes of a lost transaction past the end */
    int ap = CUR.type == S_WRITE || CUR.type == S_COMMIT || CUR.type == S_TRUNC ? CUR.ent : -1;
    if (ap < 0 || !snap.e[ap].used)
        for (int i = 0; i < MAXE && ap < 0; i++)
            if (snap.e[i].used && !snap.e[i].is_dir)
                ap = i;
    if (ap >= 0 && snap.e[ap].used && snap.e[ap].len + 100 <= MAXF) {
        static uint8_t tail[100];
        ffs_file fa;
        tfill(tail, 4242, 0, sizeof tail);
        r = ffs_open(&fs, &fa, snap.e[ap].path, FFS_WRONLY | FFS_APPEND);
        int w = r ? r : ffs_write(&fa, tail, sizeof tail);
        int c = r ? 0 : ffs_close(&fa);
        if (r || c || (w != (int)sizeof tail && w != -FFS_ENOSPC))
            FAIL("post: append to %s: open %d write %d close %d", snap.e[ap].path, r, w, c);
        if (w > 0) {
            memcpy(snap.e[ap].data + snap.e[ap].len, tail, (size_t)w);
            snap.e[ap].len += (uint32_t)w;
        }
    }
    if ((r = ffs_mkdir(&fs, "/postd")))
        FAIL("post: mkdir: %d", r);
    m_add(&snap, "/postd", 1);
    ffs_file f;
    ffs_vfs v;
    ffs_statvfs(&fs, &v);
    static uint8_t buf[2000];
    tfill(buf, 777, 0, sizeof buf);
    r = ffs_open(&fs, &f, "/postd/f", FFS_WRONLY | FFS_CREAT);
    int w = r ? r : ffs_write(&f, buf, sizeof buf);
    int c = r ? 0 : ffs_close(&f);
    if (r || w != (int)sizeof buf || c) {
        if (v.bfree >= 10)
            FAIL("post: write: open %d write %d close %d with %u blocks free", r, w, c, v.bfree);
        if (!r)
            ffs_remove(&fs, "/postd/f");
    } else {
        if ((r = ffs_rename(&fs, "/postd/f", "/postf")))
            FAIL("post: rename: %d", r);
        int e = m_add(&snap, "/postf", 0);
        memcpy(snap.e[e].data, buf, sizeof buf);
        snap.e[e].len = sizeof buf;
    }
    if ((r = ffs_rmdir(&fs, "/postd")))
        FAIL("post: rmdir: %d", r);
    snap.e[m_find(&snap, "/postd")].used = 0;
    if ((r = ffs_mount(&fs, &FL)))
        FAIL("post: remount: %d", r);
    if (fsck_mounted(&fs, &N, err, sizeof err))
        FAIL("post: fsck: %s", err);
    if (!check_fs(&fs, &snap, NULL, why, sizeof why))
        FAIL("post: %s", why);
    return 0;
#undef FAIL
}

/* ---- fork at every op ---- */

static int jobs = 2, running, failures;
static uint64_t tested;

static void reap(int block) {
    int st;
    pid_t p;
    while (running && (p = waitpid(-1, &st, block ? 0 : WNOHANG)) > 0) {
        running--;
        if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
            failures++;
            if (!WIFEXITED(st))
                fprintf(stderr, "FAIL a child died with signal %d (step %u)\n",
                        WIFSIGNALED(st) ? WTERMSIG(st) : -1, step_no);
        }
        block = 0;
    }
}

static uint32_t cut_seed(uint64_t k, int variant) {
    return (uint32_t)(k * 2654435761u) ^ (uint32_t)variant * 0x5BD1E995u ^ 0xA5A5A5A5u;
}

static void fork_hook(nor *n, int is_erase, uint32_t off, const void *buf, uint32_t len) {
    for (int v = 0; v < 3; v++) {
        while (running >= jobs)
            reap(1);
        fflush(stdout);
        fflush(stderr);
        pid_t p = fork();
        if (p < 0)
            die("fork: %s", strerror(errno));
        if (p == 0) {
            n->hook = NULL;
            if (v) {
                n->rng = cut_seed(n->ops, v);
                nor_partial(n, v, is_erase, off, buf, len);
            }
            _exit(after_cut(n->ops, v));
        }
        running++;
        tested++;
    }
}

/* ---- the workload ---- */

static int begin(int type, const char *a, const char *b, const char *fmt, ...) {
    va_list ap;
    if (stopped)
        return 1;
    memset(&CUR, 0, sizeof CUR);
    CUR.type = type;
    if (a)
        snprintf(CUR.a, sizeof CUR.a, "%s", a);
    if (b)
        snprintf(CUR.b, sizeof CUR.b, "%s", b);
    va_start(ap, fmt);
    vsnprintf(CUR.desc, sizeof CUR.desc, fmt, ap);
    va_end(ap);
    step_no++;
    return 0;
}

/* after the call: 1 if the power went off (rerun mode), else checks r */
static int finish(int r, int ok_enospc) {
    if (N.off) {
        stopped = 1;
        return 1;
    }
    if (r < 0 && !(ok_enospc && r == -FFS_ENOSPC))
        die("step %u [%s] failed: %d", step_no, CUR.desc, r);
    return 0;
}

static void w_mkdir(const char *p) {
    if (begin(S_MKDIR, p, NULL, "mkdir %s", p))
        return;
    int r = ffs_mkdir(&FS, p);
    if (!finish(r, 1) && r == 0)
        m_apply(&M, &CUR);
}

static void w_rmdir(const char *p) {
    if (begin(S_RMDIR, p, NULL, "rmdir %s", p))
        return;
    int r = ffs_rmdir(&FS, p);
    if (!finish(r, 0))
        m_apply(&M, &CUR);
}

static void w_remove(const char *p) {
    if (begin(S_REMOVE, p, NULL, "remove %s", p))
        return;
    int r = ffs_remove(&FS, p);
    if (!finish(r, 0))
        m_apply(&M, &CUR);
}

static void w_rename(const char *a, const char *b) {
    if (begin(S_RENAME, a, b, "rename %s %s", a, b))
        return;
    int r = ffs_rename(&FS, a, b);
    if (!finish(r, 0))
        m_apply(&M, &CUR);
}

/* returns 0, or -1 when the file could not be created (full) or the power went off */
static int w_open(int h, const char *p, int flags) {
    int e = m_find(&M, p), r;
    if (e < 0) {
        if (begin(S_CREATE, p, NULL, "open %s (create)", p))
            return -1;
        r = ffs_open(&FS, &H[h], p, flags);
        if (finish(r, 1) || r)
            return -1;
        m_apply(&M, &CUR);
        e = m_find(&M, p);
    } else {
        if (begin((flags & FFS_TRUNC) ? S_TRUNC : S_NONE, p, NULL, "open %s%s", p,
                  (flags & FFS_TRUNC) ? " (truncate)" : ""))
            return -1;
        CUR.ent = e;
        CUR.w.trunc = 1;
        r = ffs_open(&FS, &H[h], p, flags);
        if (finish(r, 0))
            return -1;
        if (flags & FFS_TRUNC)
            m_apply(&M, &CUR);
    }
    HE[h] = e;
    HA[h] = (flags & FFS_APPEND) != 0;
    return 0;
}

/* returns bytes written */
static int w_write(int h, uint32_t len, uint32_t seed) {
    static uint8_t buf[MAXF];
    if (stopped)
        return 0;
    int32_t pos = HA[h] ? ffs_size(&H[h]) : ffs_tell(&H[h]);
    if (begin(S_WRITE, M.e[HE[h]].path, NULL, "write %u bytes at %d to %s", len, pos,
              M.e[HE[h]].path))
        return 0;
    CUR.ent = HE[h];
    CUR.w.off = (uint32_t)pos;
    CUR.w.len = len;
    CUR.w.seed = seed;
    tfill(buf, seed, 0, len);
    int r = ffs_write(&H[h], buf, len);
    if (finish(r, 1))
        return 0;
    if (r > 0) {
        CUR.w.len = (uint32_t)r;
        m_apply(&M, &CUR);
    }
    return r < 0 ? 0 : r;
}

static void w_seek(int h, int32_t off, int whence) {
    if (!stopped && ffs_seek(&H[h], off, whence) < 0)
        die("seek");
}

static void w_commit(int h, int close) {
    if (begin(S_COMMIT, M.e[HE[h]].path, NULL, "%s %s", close ? "close" : "flush",
              M.e[HE[h]].path))
        return;
    CUR.ent = HE[h];
    int r = close ? ffs_close(&H[h]) : ffs_flush(&H[h]);
    if (!finish(r, 0))
        m_apply(&M, &CUR);
}

/* create or replace a file in chunks; returns bytes written (less when full) */
static uint32_t w_put(const char *p, uint32_t len, uint32_t seed, uint32_t chunk, int flush_mid) {
    uint32_t done = 0;
    if (w_open(0, p, FFS_WRONLY | FFS_CREAT | FFS_TRUNC))
        return 0;
    while (!stopped && done < len) {
        uint32_t n = len - done < chunk ? len - done : chunk;
        int w = w_write(0, n, seed + done);
        if (w <= 0)
            break;
        done += (uint32_t)w;
        if (flush_mid && done >= len / 2 && done - (uint32_t)w < len / 2)
            w_commit(0, 0);
    }
    w_commit(0, 1);
    return done;
}

static void workload(void) {
    char p[64];
    w_mkdir("/lib");
    w_mkdir("/data");
    w_mkdir("/data/sub");
    for (uint32_t i = 0; i < 12; i++) {
        const char *fmt = i % 3 == 0 ? "/lib/m%u.py" : i % 3 == 1 ? "/data/s%u" : "/data/sub/t%u";
        snprintf(p, sizeof p, fmt, i);
        w_put(p, 50 + i * 67 % 800, 1000 + i * 100, 1 + i * 131 % 400, 0);
    }
    w_put("/big1", 8000, 2000, 1000, 1);
    w_put("/data/big2", 14000, 3000, 1500, 1);

    /* appends with flushes */
    w_open(1, "/data/log", FFS_WRONLY | FFS_CREAT | FFS_APPEND);
    for (uint32_t i = 0; i < 10; i++) {
        w_write(1, 37 + i * 7, 4000 + i * 100);
        if (i % 3 == 2)
            w_commit(1, 0);
    }
    w_commit(1, 1);

    w_rename("/lib/m0.py", "/lib/m0b.py");
    w_rename("/data/s1", "/lib/s1");
    w_rename("/data/sub/t2", "/data/s4");   /* over an existing file */
    w_rename("/data/sub", "/data/sub2");    /* a directory with files */
    w_remove("/lib/m3.py");
    w_remove("/data/s7");

    /* overwrite 12 pages in the middle (more than the kill list) and a bit near the end */
    w_open(0, "/big1", FFS_RDWR);
    w_seek(0, 500, FFS_SEEK_SET);
    w_write(0, 3000, 5000);
    w_seek(0, 7000, FFS_SEEK_SET);
    w_write(0, 100, 5100);
    w_commit(0, 1);

    w_put("/data/big2", 5000, 6000, 700, 0);   /* truncate and rewrite */
    w_mkdir("/tmp");
    w_put("/tmp/x", 100, 6500, 100, 0);
    w_remove("/tmp/x");
    w_rmdir("/tmp");

    /* two writers at once */
    w_open(1, "/w1", FFS_WRONLY | FFS_CREAT);
    w_open(2, "/w2", FFS_WRONLY | FFS_CREAT);
    for (uint32_t i = 0; i < 16; i++) {
        w_write(1, 300, 7000 + i);
        w_write(2, 150, 7100 + i);
        if (i == 8)
            w_commit(1, 0);
    }
    w_commit(1, 1);
    w_commit(2, 1);

    /* a write past the end */
    w_open(0, "/big1", FFS_RDWR);
    w_seek(0, 700, FFS_SEEK_END);
    w_write(0, 50, 7500);
    w_commit(0, 1);

    /* fill to ENOSPC, then make room and rewrite */
    int i;
    for (i = 0; i < 40 && !stopped; i++) {
        snprintf(p, sizeof p, "/fill%d", i);
        if (w_put(p, 4000, 8000 + (uint32_t)i * 10, 1000, 0) < 4000)
            break;
    }
    if (i == 40 && !stopped)
        die("the filesystem never filled up");
    w_remove("/fill0");
    w_remove("/fill2");
    w_rename("/fill1", "/lib/m6.py");
    w_open(1, "/data/log", FFS_WRONLY | FFS_APPEND);
    w_write(1, 900, 9000);
    w_commit(1, 1);
    /* churn in a nearly full filesystem: every write makes the collector work */
    for (int round = 0; round < 8 && !stopped; round++) {
        w_put("/big1", 6000 - (uint32_t)round * 500, 9100 + (uint32_t)round, 800, round == 1);
        snprintf(p, sizeof p, "/fill%d", 3 + round);
        if (m_find(&M, p) >= 0)
            w_remove(p);
        snprintf(p, sizeof p, "/lib/r%d", round % 3);
        w_put(p, 1500 + (uint32_t)round * 300, 9200 + (uint32_t)round, 1500, 0);
        w_rename("/data/log", "/data/log2");
        w_rename("/data/log2", "/data/log");
    }
}

/* ---- driver ---- */

static void setup(void) {
    memset(&M, 0, sizeof M);
    memset(&CUR, 0, sizeof CUR);
    CUR.type = S_NONE;
    step_no = 0;
    stopped = 0;
    if (N.mem)
        nor_free(&N);
    nor_init(&N, NSECT);
    nor_flash(&N, &FL);
    if (ffs_format(&FS, &FL))
        die("format");
    N.ops = 0;   /* cut points are counted from the first op of the workload */
    memset(N.erases, 0, NSECT * sizeof *N.erases);
}

static void final_check(const char *what) {
    char why[300], err[200];
    if (fsck_mounted(&FS, &N, err, sizeof err))
        die("%s: fsck: %s", what, err);
    if (!check_fs(&FS, &M, NULL, why, sizeof why))
        die("%s: %s", what, why);
    if (ffs_mount(&FS, &FL) || !check_fs(&FS, &M, NULL, why, sizeof why))
        die("%s after remount: %s", what, why);
}

/* runs the workload with the power cut at op k, then checks as a forked child would */
static int rerun(uint64_t k, int variant) {
    setup();
    N.cut_at = k;
    N.cut_partial = variant;
    N.rng = cut_seed(k, variant);
    workload();
    if (!stopped)
        die("rerun: the workload ended before op %llu", (unsigned long long)k);
    return after_cut(k, variant);
}

int main(int argc, char **argv) {
    int samples = 40;
    long long only = 0;
    int opt;
    while ((opt = getopt(argc, argv, "qj:s:k:d:")) != -1) {
        if (opt == 'q')
            quiet = 1;
        else if (opt == 'j')
            jobs = atoi(optarg) > 0 ? atoi(optarg) : 1;
        else if (opt == 's')
            samples = atoi(optarg);
        else if (opt == 'k')
            only = atoll(optarg);
        else if (opt == 'd')
            double_every = atoi(optarg);
        else
            die("usage: test_powercut [-q] [-j jobs] [-s samples] [-k op] [-d every]");
    }
    time_t t0 = time(NULL);
    double_tested = mmap(NULL, sizeof *double_tested, PROT_READ | PROT_WRITE,
                         MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (double_tested == MAP_FAILED)
        die("mmap");
    *double_tested = 0;
    if (only > 0) {   /* reproduce one cut point */
        int f = rerun((uint64_t)only, 0) + rerun((uint64_t)only, 1) + rerun((uint64_t)only, 2);
        printf("cut at op %lld: %s\n", only, f ? "FAILED" : "ok");
        return f != 0;
    }

    /* 1. count the ops of a clean run and check its end state */
    setup();
    workload();
    uint64_t total = N.ops;
    uint32_t steps = step_no;
    for (int h = 0; h < NH; h++)
        if (H[h].magic)
            die("a handle was left open");
    final_check("clean run");
    uint64_t erases = 0;
    for (uint32_t s = 0; s < NSECT; s++)
        erases += N.erases[s];
    if (!quiet)
        printf("powercut: workload of %u steps does %llu flash ops (%llu erases) on %u sectors\n",
               steps, (unsigned long long)total, (unsigned long long)erases, NSECT);

    /* 2. every op, both kinds of cut, in forked children */
    setup();
    N.hook = fork_hook;
    workload();
    N.hook = NULL;
    reap(1);
    while (running)
        reap(1);
    if (N.ops != total)
        die("the workload is not deterministic: %llu ops, then %llu", (unsigned long long)total,
            (unsigned long long)N.ops);
    final_check("forking run");

    /* 3. a sample of cut points rerun literally from the start */
    int rfail = 0;
    uint32_t x = 2463534242u;
    for (int i = 0; i < samples; i++) {
        x ^= x << 13, x ^= x >> 17, x ^= x << 5;
        uint64_t k = i == 0 ? 1 : i == 1 ? total : 1 + x % total;
        rfail += rerun(k, i % 3);
    }
    printf("powercut: %llu cut points (%llu ops x 3 ways), %llu second cuts "
           "during the repair of every %dth, %d reruns from scratch: %d failed, %lds\n",
           (unsigned long long)tested, (unsigned long long)total,
           (unsigned long long)*double_tested, double_every, samples, failures + rfail,
           (long)(time(NULL) - t0));
    nor_free(&N);
    return failures + rfail ? 1 : 0;
}
