/* The regex matcher: a backtracking VM over the compiled program, with an explicit stack in
 * the caller's work memory (C recursion never depends on the input).
 *
 * Search order, loops and captures follow CPython's sre engine: alternatives in order, greedy
 * loops try one more iteration before the tail, lazy ones the tail first, and a counted loop
 * never starts another iteration right after one that matched empty (sre's last_ptr rule).
 * Every change to a capture slot or loop register pushes an undo entry, so backtracking
 * restores the captures exactly as they were at the choice point.
 *
 * Stack entries are a few size_t words with a tag word on top (type in the low 4 bits, a code
 * index or slot number above), so the stack can be walked down from the top. */
#include <string.h>
#include "re_prog.h"

typedef size_t word;

enum {
    T_CHOICE,   /* pos | resume at pc */
    T_SAVE,     /* old value | slot (a group's start) */
    T_SAVEEND,  /* old value, old lastindex | slot (a group's end) */
    T_LOOP,     /* old count, old last | register */
    T_LOOPCH,   /* pos, old count, old last | UNTIL pc: restore, then run the tail */
    T_LAZYCH,   /* pos | UNTIL pc: try one more lazy iteration */
    T_REP1,     /* pos, count | REP1 pc: give back (greedy) or take (lazy) one more */
    T_BARRIER,  /* pos, previous barrier | ASSERT pc: start of a look-around or atomic group */
};
#define TAG(x, t) ((word)(x) << 4 | (word)(t))
#define NONE ((word)-1)

static const uint8_t entry_words[8] = {2, 2, 3, 3, 4, 2, 3, 3};

typedef struct {
    const uint32_t *code;
    const uint8_t *s;
    size_t end;          /* Python's endpos */
    size_t start;        /* where the search began (for RE_NOTEMPTY_ATSTART) */
    int bytes, mode, notempty;
    word *regs;          /* two per loop: count, position where the current iteration began */
    word *stk;
    size_t sp, cap;
    size_t bar;          /* index of the innermost open barrier entry, or NONE */
    size_t *slots;
    word lastindex;
    uint32_t steps, max_steps;
    int (*poll)(void *);
    void *poll_ctx;
} re_vm;

/* ---- characters ---- */

static uint32_t next_ch(const re_vm *m, size_t *i) {
    if (m->bytes) return m->s[(*i)++];
    return re_utf8_next(m->s, i, m->end);
}
static size_t prev_pos(const re_vm *m, size_t i) {
    return m->bytes ? i - 1 : re_utf8_prev(m->s, i, 0);
}

static int class_has(const uint32_t *insn, uint32_t ch) {
    const uint32_t *map = insn + 2;
    if (ch < 256) return (map[ch >> 5] >> (ch & 31)) & 1;
    uint32_t flags = insn[1], nitems = (RE_ARG(insn[0]) - 1 - RE_CL_MAPWORDS) / 2;
    const uint32_t *it = map + RE_CL_MAPWORDS;
    int ascii = (flags & RE_CL_ASCII) != 0;
    uint32_t set[8];
    unsigned ns = 1;
    set[0] = ch;
    if (flags & RE_CL_ICASE) {
        ns = re_case_set(ch, set);
        /* a variant below 256 has the same answer, already in the map */
        for (unsigned k = 0; k < ns; k++)
            if (set[k] < 256) return (map[set[k] >> 5] >> (set[k] & 31)) & 1;
    }
    for (uint32_t k = 0; k < nitems; k++)
        for (unsigned v = 0; v < ns; v++)
            if (re_class_item(it[2 * k] >> 24, it[2 * k] & 0xFFFFFF, it[2 * k + 1], set[v], ascii))
                return !(flags & RE_CL_NEGATE);
    return (flags & RE_CL_NEGATE) != 0;
}

/* One single-character instruction at pc against the text at *pos. */
static int one(const re_vm *m, uint32_t pc, size_t *pos) {
    const uint32_t *insn = m->code + pc;
    size_t i = *pos;
    if (i >= m->end) return 0;
    uint32_t ch;
    switch (RE_OP(insn[0])) {
    case OP_LIT: {
        uint32_t n = RE_ARG(insn[0]);
        if (n > m->end - i || memcmp(m->s + i, insn + 1, n)) return 0;
        *pos = i + n;
        return 1;
    }
    case OP_LITI:
        ch = next_ch(m, &i);
        if (re_fold(ch, (RE_ARG(insn[0]) & 0x800000u) != 0) != insn[1]) return 0;
        break;
    case OP_ANY:
        if (next_ch(m, &i) == '\n') return 0;
        break;
    case OP_ANYALL:
        next_ch(m, &i);
        break;
    case OP_CLASS:
        ch = m->s[i];
        if (ch < 0x80 || m->bytes) {
            if (!((insn[2 + (ch >> 5)] >> (ch & 31)) & 1)) return 0;
            i++;
        } else if (!class_has(insn, next_ch(m, &i))) {
            return 0;
        }
        break;
    default:
        return 0;
    }
    *pos = i;
    return 1;
}

static int word_before(const re_vm *m, size_t i, int ascii) {
    if (i == 0) return 0;
    size_t k = prev_pos(m, i);
    return re_is_word(next_ch(m, &k), ascii);
}

static int at(const re_vm *m, uint32_t kind, size_t i) {
    const uint8_t *s = m->s;
    switch (kind) {
    case RE_AT_BOS: return i == 0;
    case RE_AT_BOL: return i == 0 || s[i - 1] == '\n';
    case RE_AT_EOL: return i == m->end || (i + 1 == m->end && s[i] == '\n');
    case RE_AT_EOLM: return i == m->end || s[i] == '\n';
    case RE_AT_EOS: return i == m->end;
    default: {
        /* sre: neither \b nor \B matches anything when the text (up to endpos) is empty */
        if (m->end == 0) return 0;
        int ascii = kind >= RE_AT_WORDB_A;
        size_t k = i;
        int before = word_before(m, i, ascii);
        int after = i < m->end && re_is_word(next_ch(m, &k), ascii);
        return (before != after) == (kind == RE_AT_WORDB || kind == RE_AT_WORDB_A);
    }
    }
}

/* ---- the stack ---- */

static int push2(re_vm *m, word a, word tag) {
    if (m->cap - m->sp < 2) return 0;
    m->stk[m->sp++] = a;
    m->stk[m->sp++] = tag;
    return 1;
}
static int push3(re_vm *m, word a, word b, word tag) {
    if (m->cap - m->sp < 3) return 0;
    m->stk[m->sp++] = a;
    m->stk[m->sp++] = b;
    m->stk[m->sp++] = tag;
    return 1;
}
static int push4(re_vm *m, word a, word b, word c, word tag) {
    if (m->cap - m->sp < 4) return 0;
    m->stk[m->sp++] = a;
    m->stk[m->sp++] = b;
    m->stk[m->sp++] = c;
    m->stk[m->sp++] = tag;
    return 1;
}

/* Applies the undo part of the entry below sp (if it has one) and pops it. */
static void undo_entry(re_vm *m) {
    word *t = m->stk + m->sp - 1;
    word tag = *t;
    switch (tag & 15) {
    case T_SAVE: m->slots[tag >> 4] = t[-1]; break;
    case T_SAVEEND: m->slots[tag >> 4] = t[-2]; m->lastindex = t[-1]; break;
    case T_LOOP: m->regs[2 * (tag >> 4)] = t[-2]; m->regs[2 * (tag >> 4) + 1] = t[-1]; break;
    case T_LOOPCH: {
        uint32_t r = RE_ARG(m->code[tag >> 4]) & 0xFFFF;
        m->regs[2 * r] = t[-2];
        m->regs[2 * r + 1] = t[-1];
        break;
    }
    case T_BARRIER: m->bar = t[-1]; break;
    default: break;
    }
    m->sp -= entry_words[tag & 15];
}

/* A look-ahead/behind or atomic group succeeded: drop the choice points above its barrier
 * (the group is atomic) but keep the undo entries, moved down over the barrier in order. */
static void cut(re_vm *m, size_t base) {
    size_t w = m->sp, i = m->sp;
    while (i > base) {
        word tag = m->stk[i - 1], tmp[3];
        unsigned t = tag & 15, k = 0;
        size_t from = i - entry_words[t];
        if (t == T_SAVE) {
            tmp[0] = m->stk[from]; tmp[1] = tag; k = 2;
        } else if (t == T_LOOP || t == T_SAVEEND) {
            tmp[0] = m->stk[from]; tmp[1] = m->stk[from + 1]; tmp[2] = tag; k = 3;
        } else if (t == T_LOOPCH) {   /* keep its register restore, drop its choice */
            tmp[0] = m->stk[from + 1]; tmp[1] = m->stk[from + 2];
            tmp[2] = TAG(RE_ARG(m->code[tag >> 4]) & 0xFFFF, T_LOOP);
            k = 3;
        }
        for (unsigned j = k; j-- > 0;) m->stk[--w] = tmp[j];
        i = from;
    }
    memmove(m->stk + base, m->stk + w, (m->sp - w) * sizeof(word));
    m->sp = base + (m->sp - w);
}

/* ---- the VM ---- */

/* In a greedy single-character loop, positions where the tail's literal cannot start are not
 * worth trying: the first byte of that literal, or -1. */
static int tail_byte(const re_vm *m, uint32_t tail) {
    uint32_t w = m->code[tail];
    if (RE_OP(w) == OP_LIT && RE_ARG(w) > 0) return ((const uint8_t *)(m->code + tail + 1))[0];
    return -1;
}

static int bref(re_vm *m, uint32_t arg, size_t *pos) {
    uint32_t g = arg & 0x3FFFFF;
    size_t s = m->slots[2 * g], e = m->slots[2 * g + 1], i = *pos;
    if (s == RE_UNSET || e == RE_UNSET || e < s) return 0;
    if (!(arg & RE_BREF_ICASE)) {
        if (e - s > m->end - i || memcmp(m->s + s, m->s + i, e - s)) return 0;
        *pos = i + (e - s);
        return 1;
    }
    int ascii = !(arg & RE_BREF_UNI);
    while (s < e) {
        if (i >= m->end) return 0;
        uint32_t a = m->bytes ? m->s[s++] : re_utf8_next(m->s, &s, e);
        uint32_t b = next_ch(m, &i);
        if (re_lower(a, ascii) != re_lower(b, ascii)) return 0;
    }
    *pos = i;
    return 1;
}

#define FAIL goto fail
#define PUSHED(x) do { if (!(x)) return RE_ERR_WORK; } while (0)

static int run(re_vm *m, size_t pos) {
    const uint32_t *code = m->code;
    size_t first = pos;
    uint32_t pc = 0;
    m->sp = 0;
    m->bar = NONE;
    for (;;) {
        if (++m->steps >= m->max_steps && m->max_steps) return RE_ERR_STEPS;
        if ((m->steps & 4095) == 0 && m->poll && m->poll(m->poll_ctx)) return RE_ERR_ABORT;
        uint32_t w = code[pc];
        switch (RE_OP(w)) {
        case OP_MATCH:
            if (m->mode == RE_MODE_FULLMATCH && pos != m->end) FAIL;
            if (m->notempty && pos == m->start && first == m->start) FAIL;
            m->slots[1] = pos;
            return RE_MATCHED;
        case OP_LIT: {
            uint32_t n = RE_ARG(w);
            if (n > m->end - pos || memcmp(m->s + pos, code + pc + 1, n)) FAIL;
            pos += n;
            pc += 1 + (n + 3) / 4;
            continue;
        }
        case OP_LITI: {
            uint32_t n = RE_ARG(w) & 0xFFFF;
            int ascii = (RE_ARG(w) & 0x800000u) != 0;
            for (uint32_t k = 1; k <= n; k++) {
                if (pos >= m->end || re_fold(next_ch(m, &pos), ascii) != code[pc + k]) FAIL;
            }
            pc += 1 + n;
            continue;
        }
        case OP_ANY: case OP_ANYALL: case OP_CLASS:
            if (!one(m, pc, &pos)) FAIL;
            pc += re_insn_len(code, pc);
            continue;
        case OP_AT:
            if (!at(m, RE_ARG(w), pos)) FAIL;
            pc++;
            continue;
        case OP_SPLIT:
            PUSHED(push2(m, pos, TAG(pc + RE_SARG(w), T_CHOICE)));
            pc++;
            continue;
        case OP_SPLITL:
            PUSHED(push2(m, pos, TAG(pc + 1, T_CHOICE)));
            pc += RE_SARG(w);
            continue;
        case OP_JMP:
            pc += RE_SARG(w);
            continue;
        case OP_SAVE: {
            uint32_t slot = RE_ARG(w);
            if (slot & 1) {   /* a group closed: sre's lastindex follows it */
                PUSHED(push3(m, m->slots[slot], m->lastindex, TAG(slot, T_SAVEEND)));
                m->lastindex = slot / 2;
            } else {
                PUSHED(push2(m, m->slots[slot], TAG(slot, T_SAVE)));
            }
            m->slots[slot] = pos;
            pc++;
            continue;
        }
        case OP_REP1: {
            uint32_t min = code[pc + 1], max = code[pc + 2], item = pc + 3;
            uint32_t tail = item + re_insn_len(code, item);
            uint32_t count = 0;
            if (RE_ARG(w) == RE_REP_LAZY) {
                while (count < min && one(m, item, &pos)) count++;
                if (count < min) FAIL;
                if (count < max) PUSHED(push3(m, pos, count, TAG(pc, T_REP1)));
            } else {
                while (count < max && one(m, item, &pos)) count++;
                if (count < min) FAIL;
                if (RE_ARG(w) == RE_REP_GREEDY && count > min) {
                    int tb = tail_byte(m, tail);
                    while (tb >= 0 && count > min && (pos >= m->end || m->s[pos] != tb)) {
                        pos = prev_pos(m, pos);
                        count--;
                    }
                    if (count > min) PUSHED(push3(m, pos, count, TAG(pc, T_REP1)));
                }
            }
            pc = tail;
            continue;
        }
        case OP_REPINIT: {
            uint32_t r = RE_ARG(w);
            PUSHED(push3(m, m->regs[2 * r], m->regs[2 * r + 1], TAG(r, T_LOOP)));
            m->regs[2 * r] = 0;
            m->regs[2 * r + 1] = NONE;
            pc++;
            continue;
        }
        case OP_UNTIL: {
            uint32_t r = RE_ARG(w) & 0xFFFF, min = code[pc + 1], max = code[pc + 2];
            word count = m->regs[2 * r], last = m->regs[2 * r + 1];
            uint32_t body = pc + (int32_t)code[pc + 3];
            if (count < min) {
                PUSHED(push3(m, count, last, TAG(r, T_LOOP)));
                m->regs[2 * r] = count + 1;
                pc = body;
                continue;
            }
            int more = (max == RE_INF || count < max) && pos != last;
            if (!(RE_ARG(w) & 0x10000u)) {
                if (more) {
                    PUSHED(push4(m, pos, count, last, TAG(pc, T_LOOPCH)));
                    m->regs[2 * r] = count + 1;
                    m->regs[2 * r + 1] = pos;
                    pc = body;
                    continue;
                }
            } else if (more) {
                PUSHED(push2(m, pos, TAG(pc, T_LAZYCH)));
            }
            pc += 4;
            continue;
        }
        case OP_ASSERT: {
            uint32_t kind = RE_ARG(w);
            size_t p = pos;
            if (kind == RE_AS_BEHIND || kind == RE_AS_NBEHIND) {
                uint32_t width = code[pc + 2], k;
                for (k = 0; k < width && p > 0; k++) p = prev_pos(m, p);
                if (k < width) {   /* not enough text before: the body cannot match */
                    if (kind == RE_AS_BEHIND) FAIL;
                    pc += code[pc + 1] + 1;
                    continue;
                }
            }
            PUSHED(push3(m, pos, m->bar, TAG(pc, T_BARRIER)));
            m->bar = m->sp - 3;
            pos = p;
            pc += 3;
            continue;
        }
        case OP_AEND: {
            uint32_t apc = pc + RE_SARG(w), kind = RE_ARG(code[apc]);
            size_t base = m->bar;
            word saved = m->stk[base], prev = m->stk[base + 1];
            if (kind == RE_AS_NAHEAD || kind == RE_AS_NBEHIND) {
                /* the body matched, so the assertion fails: undo everything since it began */
                while (m->sp > base) undo_entry(m);
                FAIL;
            }
            cut(m, base);
            m->bar = prev;
            if (kind != RE_AS_ATOMIC) pos = saved;
            pc++;
            continue;
        }
        case OP_BREF:
            if (!bref(m, RE_ARG(w), &pos)) FAIL;
            pc++;
            continue;
        case OP_GEXISTS: {
            uint32_t g = RE_ARG(w);
            size_t s = m->slots[2 * g], e = m->slots[2 * g + 1];
            if (s == RE_UNSET || e == RE_UNSET || e < s) pc += code[pc + 1];
            else pc += 2;
            continue;
        }
        default:
            return RE_ERR_ARG;
        }
    fail:
        for (;;) {
            if (m->sp == 0) return RE_NOMATCH;
            if (++m->steps >= m->max_steps && m->max_steps) return RE_ERR_STEPS;
            word *t = m->stk + m->sp - 1, tag = *t;
            uint32_t epc = (uint32_t)(tag >> 4);
            switch (tag & 15) {
            case T_CHOICE:
                pos = t[-1];
                pc = epc;
                m->sp -= 2;
                break;
            case T_LOOPCH:
                pos = t[-3];
                undo_entry(m);
                pc = epc + 4;
                break;
            case T_LAZYCH: {
                uint32_t r = RE_ARG(code[epc]) & 0xFFFF;
                pos = t[-1];
                m->sp -= 2;
                PUSHED(push3(m, m->regs[2 * r], m->regs[2 * r + 1], TAG(r, T_LOOP)));
                m->regs[2 * r]++;
                m->regs[2 * r + 1] = pos;
                pc = epc + (int32_t)code[epc + 3];
                break;
            }
            case T_REP1: {
                uint32_t min = code[epc + 1], max = code[epc + 2], item = epc + 3;
                uint32_t tail = item + re_insn_len(code, item);
                word count = t[-1];
                pos = t[-2];
                m->sp -= 3;
                if (RE_ARG(code[epc]) == RE_REP_LAZY) {
                    if (!one(m, item, &pos)) continue;
                    count++;
                    if (count < max) PUSHED(push3(m, pos, count, TAG(epc, T_REP1)));
                } else {
                    int tb = tail_byte(m, tail);
                    do {
                        pos = prev_pos(m, pos);
                        count--;
                    } while (tb >= 0 && count > min && (pos >= m->end || m->s[pos] != tb));
                    if (count > min) PUSHED(push3(m, pos, count, TAG(epc, T_REP1)));
                }
                pc = tail;
                break;
            }
            case T_BARRIER: {
                uint32_t kind = RE_ARG(code[epc]);
                pos = t[-2];
                undo_entry(m);
                if (kind != RE_AS_NAHEAD && kind != RE_AS_NBEHIND) continue;
                /* the body of a negative assertion failed: the assertion holds */
                pc = epc + code[epc + 1] + 1;
                break;
            }
            default:
                undo_entry(m);
                continue;
            }
            break;
        }
    }
}

/* Whether the first instruction certainly fails at i (a cheap filter for searching). */
static int first_fails(const re_vm *m, size_t i) {
    uint32_t w = m->code[0];
    size_t k = i;
    if (RE_OP(w) == OP_CLASS || RE_OP(w) == OP_ANY || RE_OP(w) == OP_LITI) return !one(m, 0, &k);
    if (RE_OP(w) == OP_REP1 && m->code[1] > 0) return !one(m, 3, &k);
    return 0;
}

size_t re_work_min(const re_prog *p) {
    return (2 * (size_t)p->nloops + 32) * sizeof(word);
}

int re_match_ex(const re_prog *p, const char *text, size_t len, size_t start, size_t end,
                int mode, size_t *groups, void *work, size_t workcap, const re_limits *lim,
                unsigned *lastindex) {
    if (!p || p->magic != RE_MAGIC || end > len || start > end || !groups || !work ||
        ((uintptr_t)work % sizeof(word)) || workcap < re_work_min(p) || (mode & RE_MODE_MASK) == 3)
        return RE_ERR_ARG;
    re_vm m;
    m.code = re_code(p);
    m.s = (const uint8_t *)text;
    m.end = end;
    m.start = start;
    m.bytes = (p->flags & RE_BYTES) != 0;
    m.mode = mode & RE_MODE_MASK;
    m.notempty = (mode & RE_NOTEMPTY_ATSTART) != 0;
    m.regs = work;
    m.stk = m.regs + 2 * p->nloops;
    m.cap = workcap / sizeof(word) - 2 * p->nloops;
    m.slots = groups;
    m.steps = 0;
    if (lim) {
        m.max_steps = lim->max_steps;
    } else {
        size_t span = end - start;
        m.max_steps = span > (0xFFFFFFFFu - RE_DEFAULT_STEPS) / RE_STEPS_PER_CHAR
                          ? 0xFFFFFFFFu : RE_DEFAULT_STEPS + (uint32_t)span * RE_STEPS_PER_CHAR;
    }
    m.poll = lim ? lim->poll : NULL;
    m.poll_ctx = lim ? lim->poll_ctx : NULL;
    size_t nslots = 2 * ((size_t)p->ngroups + 1);
    int search = m.mode == RE_MODE_SEARCH;
    const uint8_t *prefix = NULL;
    uint32_t plen = 0;
    if (search && p->prefix != RE_INF) {
        plen = RE_ARG(m.code[p->prefix]);
        prefix = (const uint8_t *)(m.code + p->prefix + 1);
    }
    for (size_t s = start;;) {
        if (p->anchored && s != 0) break;
        if (prefix) {
            /* jump to the next place the required literal occurs */
            const uint8_t *hit = NULL, *q = m.s + s, *stop = m.s + end;
            while (q + plen <= stop && (q = memchr(q, prefix[0], (size_t)(stop - q))) != NULL) {
                if ((size_t)(stop - q) >= plen && !memcmp(q, prefix, plen)) { hit = q; break; }
                q++;
            }
            if (!hit) break;
            s = (size_t)(hit - m.s);
        } else if (search) {
            while (s < end && first_fails(&m, s)) s = m.bytes ? s + 1 : (re_utf8_next(m.s, &s, end), s);
        }
        for (size_t k = 0; k < nslots; k++) groups[k] = RE_UNSET;
        groups[0] = s;
        m.lastindex = 0;
        int r = run(&m, s);
        if (r != RE_NOMATCH) {
            if (lastindex) *lastindex = (unsigned)m.lastindex;
            return r;
        }
        if (!search || s >= end) break;
        if (m.bytes) s++;
        else re_utf8_next(m.s, &s, end);
    }
    for (size_t k = 0; k < nslots; k++) groups[k] = RE_UNSET;
    return RE_NOMATCH;
}

int re_match(const re_prog *p, const char *text, size_t len, size_t start, size_t end, int mode,
             size_t *groups, void *work, size_t workcap) {
    return re_match_ex(p, text, len, start, end, mode, groups, work, workcap, NULL, NULL);
}
