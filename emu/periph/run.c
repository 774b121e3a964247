/* `espy emu --trace/--pins`: the pins file, and the loop that runs the register model against
 * QEMU's gdbstub (see periph.h).
 *
 * At every stop - a register store (write watchpoint over 0x60000000-0x60000FFF), a load of the
 * UART FIFO (read watchpoint), the ROM model's idle mark, or a stop this loop asks for to apply
 * timed input - the model:
 *   1. reads the CPU registers, decodes the load/store at PC (S32I, S32I.N, S16I, S8I, L32I,
 *      L32I.N, L8UI, L16UI), performs it on the model and steps PC over it;
 *   2. applies the pins file's events that are due and the console input that arrived;
 *   3. writes the registers the guest reads into its RAM;
 *   4. sets the interrupt lines in INTSET, and if the CPU can take one now (PS.EXCM clear,
 *      PS.INTLEVEL 0, enabled in INTENABLE) performs the level-1 interrupt entry: EPC1 = PC,
 *      EXCCAUSE = 4, PS.EXCM = 1, PC = VECBASE + 0x50 (user mode) - what the chip does; otherwise
 *      QEMU takes it itself when the guest lowers its level (a pending INTSET bit);
 *   5. continues.
 * A pins-file line `narrow-load-fault ADDR LEN` makes 8/16-bit loads (L8UI, L16UI, L16SI) from
 * [ADDR, ADDR+LEN) in IRAM or the flash window raise LoadStoreError as on the chip (QEMU lets
 * them through): a read watchpoint stops each load there, and a narrow one gets the exception
 * entry instead (EPC1 = PC, EXCCAUSE = 3, EXCVADDR = the address, PS.EXCM = 1, PC = the user or
 * kernel vector; with EXCM already set a double exception: DEPC, the double vector); 32-bit
 * loads there are single-stepped by QEMU. */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "periph.h"

#define QUIT_KEY 0x1D   /* Ctrl-] */

/* gdb register numbers of QEMU's lx106 (its gdb-config: a0-a15, pc, sar, ... ) */
enum { R_PC = 16, R_PS = 21, R_EPC1 = 28, R_EPC2 = 29, R_DEPC = 31, R_EPS2 = 32, R_EXCSAVE2 = 35,
       R_EXCSAVE3 = 36, R_INTERRUPT = 37, R_INTSET = 38, R_INTENABLE = 40, R_VECBASE = 41, R_EXCCAUSE = 42,
       R_EXCVADDR = 48, NREGS_MAX = 64 };
#define PS_EXCM 0x10u
#define PS_UM 0x20u
#define OUR_LINES ((1u << 4) | (1u << 5))

typedef struct {
    uint64_t at;          /* cycles */
    int kind;             /* 0 pin, 1 uart */
    int pin, level;
    char *text;
    size_t len;
} Event;

struct Periph {
    Model *model;
    FILE *trace;
    Event *ev;
    size_t nev, cap, next;
    int8_t initial[16];
    Gdb gdb;
    uint64_t *clock;            /* the plugin's words: instructions executed ... */
    uint64_t *waitis;           /* ... and WAITIs */
    uint64_t zero[2];
    /* the guest's CCOUNT as a line through (anchor_cc, anchor_cycles) at 16/25 per instruction,
     * valid while it has not slept (WAITI); read_pending: a read trampoline ran at read_cycles */
    bool anchored, read_pending;
    uint32_t anchor_cc;
    uint64_t anchor_cycles, read_cycles, waitis_seen;
    uint32_t regs[NREGS_MAX];
    uint32_t base_ccount;       /* CCOUNT at the last poll stop ... */
    uint64_t base_cycles;       /* ... and the instruction count then */
    bool based;
    uint32_t want, want_on;     /* what the guest's RAM holds at PERIPH_WANT / _ON */
    bool periodic;              /* input may arrive at any time: poll every few ms */
    bool debug;                 /* ESPY_EMU_DEBUG: every stop on stderr */
    int nregs;
    bool regs_changed;
    struct { uint32_t pc; uint8_t b[3]; } icache[512];
    struct { uint32_t addr, len; } nlf[4];   /* narrow-load-fault ranges */
    int nnlf;
};

/* ---------------- the pins file ---------------- */

static int fail(const char *path, int line, const char *msg) {
    fprintf(stderr, "espy emu: %s:%d: %s\n", path, line, msg);
    return -1;
}

/* 1000, 2.5ms, 40us, 1s */
static int parse_time(const char *s, uint64_t *out) {
    char *end;
    double v = strtod(s, &end);
    if (end == s || v < 0) return -1;
    double mult = 1;
    if (strcmp(end, "us") == 0) mult = PERIPH_CYCLES_PER_US;
    else if (strcmp(end, "ms") == 0) mult = PERIPH_CYCLES_PER_US * 1e3;
    else if (strcmp(end, "s") == 0) mult = PERIPH_CYCLES_PER_US * 1e6;
    else if (*end) return -1;
    *out = (uint64_t)(v * mult + 0.5);
    return 0;
}

static int parse_pin(const char *s) {
    char *end;
    long v = strtol(s, &end, 0);
    if (*end || end == s || v < 0 || v > 15 || (v >= 6 && v <= 11)) return -1;
    return (int)v;
}

static int parse_level(const char *s) {
    if (!strcmp(s, "low") || !strcmp(s, "0")) return 0;
    if (!strcmp(s, "high") || !strcmp(s, "1")) return 1;
    if (!strcmp(s, "float")) return -1;
    return -2;
}

/* A "..." string with \r \n \t \\ \" \xHH; returns its length or -1. */
static long parse_string(const char *s, char **out) {
    if (*s != '"') return -1;
    char *buf = malloc(strlen(s) + 1);
    size_t n = 0;
    for (s++; *s && *s != '"'; s++) {
        if (*s != '\\') {
            buf[n++] = *s;
            continue;
        }
        s++;
        switch (*s) {
        case 'r': buf[n++] = '\r'; break;
        case 'n': buf[n++] = '\n'; break;
        case 't': buf[n++] = '\t'; break;
        case '\\': buf[n++] = '\\'; break;
        case '"': buf[n++] = '"'; break;
        case 'x':
            if (isxdigit((unsigned char)s[1]) && isxdigit((unsigned char)s[2])) {
                char hex[3] = {s[1], s[2], 0};
                buf[n++] = (char)strtol(hex, NULL, 16);
                s += 2;
                break;
            }
            /* fall through */
        default: free(buf); return -1;
        }
    }
    if (*s != '"' || s[1]) {
        free(buf);
        return -1;
    }
    *out = buf;
    return (long)n;
}

static int add_event(Periph *p, Event e) {
    if (p->nev == p->cap) {
        p->cap = p->cap * 2 + 16;
        Event *n = realloc(p->ev, p->cap * sizeof *n);
        if (!n) return -1;
        p->ev = n;
    }
    p->ev[p->nev++] = e;
    return 0;
}

static int by_time(const void *a, const void *b) {
    const Event *x = a, *y = b;
    return x->at < y->at ? -1 : x->at > y->at;
}

static int load_pins(Periph *p, const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "espy emu: cannot open %s: %s\n", path, strerror(errno));
        return -1;
    }
    char line[1024];
    int ln = 0, rc = 0;
    while (rc == 0 && fgets(line, sizeof line, f)) {
        ln++;
        char *hash = NULL;
        bool quoted = false;
        for (char *c = line; *c; c++) {
            if (*c == '"' && (c == line || c[-1] != '\\')) quoted = !quoted;
            if (*c == '#' && !quoted) { hash = c; break; }
        }
        if (hash) *hash = 0;
        char *w[8];
        int nw = 0;
        char *s = line;
        while (nw < 8) {
            while (isspace((unsigned char)*s)) s++;
            if (!*s) break;
            w[nw++] = s;
            if (*s == '"') {   /* a string runs to its closing quote */
                char *q = s + 1;
                while (*q && !(*q == '"' && q[-1] != '\\')) q++;
                if (*q) q++;
                s = q;
            } else {
                while (*s && !isspace((unsigned char)*s)) s++;
            }
            if (*s) *s++ = 0;
        }
        if (nw == 0) continue;
        Event e = {0};
        int i = 0;
        if (!strcmp(w[0], "at")) {
            if (nw < 2 || parse_time(w[1], &e.at)) { rc = fail(path, ln, "bad time (cycles, or a number with us, ms or s)"); break; }
            i = 2;
        } else if (sensors_kind(w[0]) >= 0) {
            char err[160];
            if (model_add_sensor(p->model, w, nw, err, sizeof err)) rc = fail(path, ln, err);
            continue;
        } else if (!strcmp(w[0], "narrow-load-fault")) {
            /* narrow-load-fault ADDR LEN: in IRAM or the flash window, at most 4 ranges */
            char *e1 = NULL, *e2 = NULL;
            unsigned long a = nw == 3 ? strtoul(w[1], &e1, 0) : 0, n = nw == 3 ? strtoul(w[2], &e2, 0) : 0;
            bool iram = a >= 0x40100000ul && a + n <= 0x40108000ul;
            bool flash = a >= 0x40200000ul && a + n <= 0x40300000ul;
            if (nw != 3 || *e1 || *e2 || n == 0 || n > 4096 || !(iram || flash)) {
                rc = fail(path, ln, "usage: narrow-load-fault ADDR LEN (1..4096 bytes in IRAM 0x40100000-0x40107FFF "
                                    "or flash 0x40200000-0x402FFFFF)");
                break;
            }
            if (p->nnlf == (int)(sizeof p->nlf / sizeof p->nlf[0])) {
                rc = fail(path, ln, "at most 4 narrow-load-fault ranges");
                break;
            }
            p->nlf[p->nnlf].addr = (uint32_t)a;
            p->nlf[p->nnlf++].len = (uint32_t)n;
            continue;
        } else if (!strcmp(w[0], "i2c")) {
            /* i2c lm75 ADDR scl=N sda=N [temp=C] | i2c ssd1306 ADDR scl=N sda=N [width=W] [height=H] */
            int addr = -1, scl = -1, sda = -1, nset = 0;
            char *set[8];
            char *end = NULL;
            if (nw >= 3) addr = (int)strtol(w[2], &end, 0);
            if (end && *end) addr = -1;
            for (int k = 3; k < nw; k++) {
                if (!strncmp(w[k], "scl=", 4)) scl = parse_pin(w[k] + 4);
                else if (!strncmp(w[k], "sda=", 4)) sda = parse_pin(w[k] + 4);
                else set[nset++] = w[k];   /* the device's own settings */
            }
            if (nw < 3 || addr < 0 || addr > 127 || scl < 0 || sda < 0 || scl == sda) {
                rc = fail(path, ln, "usage: i2c lm75|ssd1306 ADDR scl=PIN sda=PIN [temp=CELSIUS | width=W height=H]");
                break;
            }
            char err[160];
            if (model_add_i2c(p->model, w[1], addr, scl, sda, set, nset, err, sizeof err)) rc = fail(path, ln, err);
            continue;
        }
        if (i >= nw) { rc = fail(path, ln, "missing event"); break; }
        if (!strcmp(w[i], "pin")) {
            if (nw != i + 3 || (e.pin = parse_pin(w[i + 1])) < 0 || (e.level = parse_level(w[i + 2])) < -1) {
                rc = fail(path, ln, "usage: [at TIME] pin N high|low|float (GPIO0-5, 12-15)");
                break;
            }
            if (i == 0) p->initial[e.pin] = (int8_t)(e.level + 2);   /* before boot */
            else rc = add_event(p, e);
        } else if (!strcmp(w[i], "uart") && i == 2) {
            long n = nw == i + 2 ? parse_string(w[i + 1], &e.text) : -1;
            if (n < 0) { rc = fail(path, ln, "usage: at TIME uart \"text\" (escapes \\r \\n \\t \\\\ \\\" \\xHH)"); break; }
            e.kind = 1;
            e.len = (size_t)n;
            rc = add_event(p, e);
        } else {
            rc = fail(path, ln, "unknown line (pin, at TIME pin|uart, i2c, dht11, dht22, ds18b20, narrow-load-fault)");
        }
    }
    fclose(f);
    if (rc == 0 && p->nev) qsort(p->ev, p->nev, sizeof *p->ev, by_time);
    return rc;
}

Periph *periph_open(const PeriphOpts *o) {
    Periph *p = calloc(1, sizeof *p);
    if (!p) return NULL;
    p->gdb.fd = -1;
    p->clock = &p->zero[0];
    p->waitis = &p->zero[1];
    p->model = model_new(o->flash_size);
    if (!p->model) {
        free(p);
        return NULL;
    }
    if (o->pins_path && load_pins(p, o->pins_path)) {
        periph_close(p);
        return NULL;
    }
    if (o->display_path && !model_has_displays(p->model)) {
        fprintf(stderr, "espy emu: --display: %s has no display (an `i2c ssd1306` line)\n", o->pins_path);
        periph_close(p);
        return NULL;
    }
    if (o->trace_path) {
        p->trace = fopen(o->trace_path, "w");
        if (!p->trace) {
            fprintf(stderr, "espy emu: cannot write %s: %s\n", o->trace_path, strerror(errno));
            periph_close(p);
            return NULL;
        }
        fprintf(p->trace, "# espy emu trace: CYCLES US WHAT VALUE [DETAIL]; cycles = executed instructions, "
                          "%d ns each (-icount shift=%d)\n", 1 << PERIPH_ICOUNT_SHIFT, PERIPH_ICOUNT_SHIFT);
    }
    return p;
}

int periph_write_displays(Periph *p, const char *path) { return model_write_displays(p->model, path); }

void periph_close(Periph *p) {
    if (!p) return;
    if (p->trace) fclose(p->trace);
    for (size_t i = 0; i < p->nev; i++) free(p->ev[i].text);
    free(p->ev);
    model_free(p->model);
    gdb_close(&p->gdb);
    free(p);
}

/* ---------------- CPU state through the gdbstub ---------------- */

static uint32_t le32(const char *hex) {
    char b[9];
    memcpy(b, hex, 8);
    b[8] = 0;
    uint32_t v = (uint32_t)strtoul(b, NULL, 16);
    return (v >> 24) | ((v >> 8) & 0xFF00) | ((v << 8) & 0xFF0000) | (v << 24);
}

static int read_regs(Periph *p) {
    char buf[1024];
    if (gdb_cmd(&p->gdb, "g", buf, sizeof buf)) return -1;
    size_t n = strlen(buf) / 8;
    if (n < R_EXCCAUSE + 1 || n > NREGS_MAX) return -1;
    for (size_t i = 0; i < n; i++) p->regs[i] = le32(buf + 8 * i);
    p->nregs = (int)n;
    p->regs_changed = false;
    return 0;
}

static int write_regs(Periph *p) {
    char buf[1024], out[64];
    size_t k = 0;
    buf[k++] = 'G';
    for (int i = 0; i < p->nregs; i++) {
        uint32_t v = p->regs[i];
        k += (size_t)snprintf(buf + k, sizeof buf - k, "%02x%02x%02x%02x", v & 0xFF, v >> 8 & 0xFF, v >> 16 & 0xFF,
                              v >> 24);
    }
    buf[k] = 0;
    if (gdb_cmd(&p->gdb, buf, out, sizeof out)) return -1;
    if (strcmp(out, "OK") != 0) {
        fprintf(stderr, "espy emu: QEMU refused the registers (%s)\n", out);
        return -1;
    }
    return 0;
}

static int write_word(Periph *p, uint32_t addr, uint32_t v) {
    char cmd[64], out[64];
    snprintf(cmd, sizeof cmd, "M%x,4:%02x%02x%02x%02x", addr, v & 0xFF, v >> 8 & 0xFF, v >> 16 & 0xFF, v >> 24);
    return gdb_cmd(&p->gdb, cmd, out, sizeof out);
}

static int write_words(Periph *p, uint32_t addr, const uint32_t *v, size_t n) {
    char cmd[64 * 8 + 32], out[64];
    size_t k = (size_t)snprintf(cmd, sizeof cmd, "M%x,%zx:", addr, 4 * n);
    for (size_t i = 0; i < n; i++)
        k += (size_t)snprintf(cmd + k, sizeof cmd - k, "%02x%02x%02x%02x", v[i] & 0xFF, v[i] >> 8 & 0xFF,
                              v[i] >> 16 & 0xFF, v[i] >> 24);
    return gdb_cmd(&p->gdb, cmd, out, sizeof out);
}

static int read_word(Periph *p, uint32_t addr, uint32_t *v) {
    char cmd[32], out[64];
    snprintf(cmd, sizeof cmd, "m%x,4", addr);
    if (gdb_cmd(&p->gdb, cmd, out, sizeof out) || strlen(out) < 8) return -1;
    *v = le32(out);
    return 0;
}

/* The instruction bytes at pc (code does not change: cached). */
static const uint8_t *insn_at(Periph *p, uint32_t pc) {
    unsigned h = (pc >> 1) % (sizeof p->icache / sizeof p->icache[0]);
    if (p->icache[h].pc == pc && pc) return p->icache[h].b;
    char cmd[32], out[64];
    snprintf(cmd, sizeof cmd, "m%x,3", pc);
    if (gdb_cmd(&p->gdb, cmd, out, sizeof out) || strlen(out) < 6) return NULL;
    for (int i = 0; i < 3; i++) {
        char hex[3] = {out[2 * i], out[2 * i + 1], 0};
        p->icache[h].b[i] = (uint8_t)strtoul(hex, NULL, 16);
    }
    p->icache[h].pc = pc;
    return p->icache[h].b;
}

/* stores to the register page and the scratch words, loads of the UART FIFO, and loads of
 * GPIO_IN while sensors move their lines between stops */
static const char *const watches[] = {"Z2,60000000,1000", "Z2,60001f00,8", "Z3,60000000,4", "Z3,60000318,4"};

static int set_watches(Periph *p, bool on) {
    char cmd[32], out[64];
    size_t n = sizeof watches / sizeof watches[0] - !model_has_sensors(p->model);
    for (size_t i = 0; i < n + (size_t)p->nnlf; i++) {
        if (i < n) snprintf(cmd, sizeof cmd, "%s", watches[i]);
        else snprintf(cmd, sizeof cmd, "Z3,%x,%x", p->nlf[i - n].addr, p->nlf[i - n].len);
        if (!on) cmd[0] = 'z';
        if (gdb_cmd(&p->gdb, cmd, out, sizeof out) || strcmp(out, "OK") != 0) return -1;
    }
    return 0;
}

static bool in_nlf(const Periph *p, uint32_t addr) {
    for (int i = 0; i < p->nnlf; i++)
        if (addr - p->nlf[i].addr < p->nlf[i].len) return true;
    return false;
}

/* A load stopped in a narrow-load-fault range: an L8UI/L16UI/L16SI gets the chip's
 * LoadStoreError entry, anything else (the aligned L32I of a handler) is done by QEMU. */
static int narrow_load(Periph *p) {
    uint32_t pc = p->regs[R_PC];
    const uint8_t *b = insn_at(p, pc);
    if (!b) return -1;
    unsigned op0 = b[0] & 15, t = b[0] >> 4, s = b[1] & 15, r = b[1] >> 4;
    if (op0 != 2 || (r != 0 && r != 1 && r != 9)) {
        char out[256];
        if (set_watches(p, false) || gdb_cmd(&p->gdb, "s", out, sizeof out) || set_watches(p, true) || read_regs(p))
            return -1;
        return 0;
    }
    uint32_t ea = p->regs[s] + (uint32_t)b[2] * (r ? 2u : 1u);
    uint32_t ps = p->regs[R_PS];
    p->regs[R_EXCCAUSE] = 3;
    p->regs[R_EXCVADDR] = ea;
    if (ps & PS_EXCM) {            /* an exception inside an exception handler */
        p->regs[R_DEPC] = pc;
        p->regs[R_PC] = p->regs[R_VECBASE] + 0x70;
    } else {
        p->regs[R_EPC1] = pc;
        p->regs[R_PS] = ps | PS_EXCM;
        p->regs[R_PC] = p->regs[R_VECBASE] + ((ps & PS_UM) ? 0x50 : 0x30);
    }
    p->regs_changed = true;
    char detail[64];
    snprintf(detail, sizeof detail, "%s a%u pc=0x%08x%s", r == 0 ? "L8UI" : r == 1 ? "L16UI" : "L16SI", t, pc,
             ps & PS_EXCM ? " double" : "");
    model_note(p->model, "LOADSTORE", ea, detail);
    return 0;
}

/* Carries out the load or store at PC on the model and steps over it.  Instructions it does
 * not decode are single-stepped by QEMU with the watchpoints lifted. */
static int emulate_access(Periph *p, uint32_t watch_addr, bool is_read) {
    uint32_t pc = p->regs[R_PC];
    const uint8_t *b = insn_at(p, pc);
    if (!b) return -1;
    unsigned op0 = b[0] & 15, t = b[0] >> 4, s = b[1] & 15, r = b[1] >> 4;
    uint32_t ea = 0, size = 0, len = 3;
    int load = -1;
    if (op0 == 2 && (r == 4 || r == 5 || r == 6 || r == 15)) {   /* S8I S16I S32I S32RI */
        size = r == 4 ? 1 : r == 5 ? 2 : 4;
        ea = p->regs[s] + (uint32_t)b[2] * size;
        load = 0;
    } else if (op0 == 2 && (r == 0 || r == 1 || r == 2)) {      /* L8UI L16UI L32I */
        size = r == 0 ? 1 : r == 1 ? 2 : 4;
        ea = p->regs[s] + (uint32_t)b[2] * size;
        load = 1;
    } else if (op0 == 9 || op0 == 8) {                          /* S32I.N L32I.N */
        size = 4;
        len = 2;
        ea = p->regs[s] + r * 4u;
        load = op0 == 8;
    }
    if (load < 0 || (load == 1) != is_read) {
        /* something else (S32C1I ...): let QEMU do it, then look at the result */
        char out[256];
        if (set_watches(p, false) || gdb_cmd(&p->gdb, "s", out, sizeof out) || set_watches(p, true) || read_regs(p))
            return -1;
        if (!is_read) {
            uint32_t v;
            if (read_word(p, watch_addr & ~3u, &v)) return -1;
            model_write(p->model, watch_addr & ~3u, 4, v);
        }
        return 0;
    }
    if (p->debug)
        fprintf(stderr, "  %s pc=%08x insn=%02x%02x%02x ea=%08x size=%u a%u=%08x\n", load == 1 ? "load" : load == 0 ? "store" : "other",
                pc, b[0], b[1], b[2], ea, size, t, p->regs[t]);
    if (!load && ea == PERIPH_POLL) {
        p->base_ccount = p->regs[t];
        p->base_cycles = *p->clock;
        p->based = true;
    } else if (load) {
        uint32_t v = model_read(p->model, ea, size);
        p->regs[t] = size == 4 ? v : v & ((1u << (8 * size)) - 1);
    } else {
        uint32_t v = p->regs[t];
        if (size < 4) v &= (1u << (8 * size)) - 1;
        model_write(p->model, ea, size, v);
    }
    p->regs[R_PC] = pc + len;
    p->regs_changed = true;
    return 0;
}

/* Steps 2-4 of a stop (see the top of this file). */
static int after_access(Periph *p) {
    uint64_t now = *p->clock;
    while (p->next < p->nev && p->ev[p->next].at <= now) {
        Event *e = &p->ev[p->next++];
        if (e->kind == 0) model_drive(p->model, e->pin, e->level);
        else model_uart_input(p->model, (const uint8_t *)e->text, e->len);
    }
    uint32_t lines = model_irq_lines(p->model);
    uint32_t base, vals[64];
    size_t n;
    while ((n = model_take_dirty(p->model, &base, vals, 64)) > 0)
        if (write_words(p, base, vals, n)) return -1;
    uint32_t intset = (p->regs[R_INTSET] & ~OUR_LINES) | lines;
    if (intset != p->regs[R_INTSET]) {
        p->regs[R_INTSET] = p->regs[R_INTERRUPT] = intset;
        p->regs_changed = true;
    }
    uint32_t ps = p->regs[R_PS];
    uint32_t take = lines & p->regs[R_INTENABLE];
    if (take && !(ps & PS_EXCM) && (ps & 15) < 1) {
        p->regs[R_EPC1] = p->regs[R_PC];
        p->regs[R_EXCCAUSE] = 4;
        p->regs[R_PS] = ps | PS_EXCM;
        p->regs[R_PC] = p->regs[R_VECBASE] + ((ps & PS_UM) ? 0x50 : 0x30);
        p->regs_changed = true;
        model_note(p->model, "IRQ", take, take & (1u << 4) ? (take & (1u << 5) ? "GPIO UART" : "GPIO") : "UART");
    }
    /* when the ROM model should stop the guest next: at the next timed event, or soon while
     * input may come from a terminal or a pipe */
    uint32_t on = 0, want = 0;
    if (!p->based) {
        on = 1;   /* the first poll tells the time */
    } else {
        uint64_t next = 0;
        if (p->next < p->nev) next = p->ev[p->next].at;
        if (p->periodic && (!next || next > now + 125000)) next = now + 125000;   /* 2 ms */
        if (next) {
            uint64_t from = p->base_cycles < next ? next - p->base_cycles : 0;
            double d = (double)from * PERIPH_CCOUNT_PER_CYCLE;
            on = 1;
            want = p->base_ccount + (uint32_t)(d > 1e9 ? 1e9 : d);
        }
    }
    if (on != p->want_on || (on && want != p->want)) {
        if (write_word(p, PERIPH_WANT, want) || write_word(p, PERIPH_WANT_ON, on)) return -1;
        p->want = want;
        p->want_on = on;
    }
    return 0;
}

/* Before the guest goes on from a stop: QEMU (-icount, sleep on) moves its virtual clock on by
 * the host time the CPU spent stopped around the stop (a few to tens of microseconds, as the
 * host schedules), so without this every watched register access would stretch the pulse it
 * is part of.  The guest is sent through the ROM model's trampoline, which sets CCOUNT back to
 * where executed instructions put it: a line through the last anchor, 16/25 CCOUNT per
 * instruction.  After a WAITI (the guest slept: the clock really moved) or at the first stop the
 * other trampoline only reads CCOUNT, as the new anchor, with that one stop's warp in it. */
static void clock_fix(Periph *p) {
    uint64_t now = *p->clock;
    if (p->read_pending) {
        p->anchor_cc = p->regs[R_EXCSAVE3];
        p->anchor_cycles = p->read_cycles;
        p->anchored = true;
        p->read_pending = false;
    }
    if (*p->waitis != p->waitis_seen) {
        p->waitis_seen = *p->waitis;
        p->anchored = false;
    }
    p->regs[R_EXCSAVE2] = p->regs[2];
    p->regs[R_EPC2] = p->regs[R_PC];
    p->regs[R_EPS2] = p->regs[R_PS];
    p->regs[R_PS] |= 15;                       /* no interrupt inside the trampoline */
    if (p->anchored) {
        /* CCOUNT is written by the trampoline's first instruction */
        p->regs[2] = p->anchor_cc + (uint32_t)((now + 1 - p->anchor_cycles) * (40u << PERIPH_ICOUNT_SHIFT) / 1000);
        p->regs[R_PC] = PERIPH_CLOCK_SET;
    } else {
        p->regs[R_PC] = PERIPH_CLOCK_READ;
        p->read_pending = true;
        p->read_cycles = now + 1;
    }
    p->regs_changed = true;
}

/* ---------------- the loop ---------------- */

static volatile sig_atomic_t got_signal;
static void on_signal(int sig) { got_signal = sig; }

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int finish(pid_t qemu, int rc) {
    kill(qemu, SIGKILL);
    waitpid(qemu, NULL, 0);
    return rc;
}

int periph_run(Periph *p, pid_t qemu, const char *sock, const char *shm, int input_fd, bool interactive,
               double timeout) {
    int sfd = open(shm, O_RDWR);
    void *map = sfd >= 0 ? mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, sfd, 0) : MAP_FAILED;
    if (sfd >= 0) close(sfd);
    if (map == MAP_FAILED) {
        fprintf(stderr, "espy emu: cannot map %s\n", shm);
        return finish(qemu, 2);
    }
    p->clock = map;
    p->waitis = (uint64_t *)map + 1;
    model_set_trace(p->model, p->trace, p->clock);
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    signal(SIGPIPE, SIG_IGN);
    struct stat st;
    p->periodic = input_fd >= 0 && !(fstat(input_fd, &st) == 0 && S_ISREG(st.st_mode));
    p->debug = getenv("ESPY_EMU_DEBUG") != NULL;
    char buf[1024];
    if (gdb_connect(&p->gdb, sock, 10) || gdb_cmd(&p->gdb, "QStartNoAckMode", buf, sizeof buf)) {
        fprintf(stderr, "espy emu: cannot drive QEMU through its gdbstub (%s)\n", sock);
        return finish(qemu, 2);
    }
    p->gdb.noack = strcmp(buf, "OK") == 0;
    if (gdb_cmd(&p->gdb, "?", buf, sizeof buf) || set_watches(p, true)) {
        fprintf(stderr, "espy emu: cannot drive QEMU through its gdbstub (%s)\n", sock);
        return finish(qemu, 2);
    }
    for (int pin = 0; pin < 16; pin++)
        if (p->initial[pin]) model_drive(p->model, pin, p->initial[pin] - 2);
    if (read_regs(p) || after_access(p) || (p->regs_changed && write_regs(p)) || gdb_send(&p->gdb, "c"))
        return finish(qemu, 2);

    double deadline = timeout > 0 ? now_s() + timeout : 0;
    bool input_eof = input_fd < 0;
    int rc = -1;
    while (rc < 0) {
        struct pollfd pf[2] = {{p->gdb.fd, POLLIN, 0}, {input_fd, POLLIN, 0}};
        int r = poll(pf, input_eof ? 1 : 2, 50);
        if (got_signal) { rc = finish(qemu, 128 + got_signal); break; }
        if (deadline && now_s() > deadline) {
            fprintf(stderr, "\nespy emu: timed out after %g s\n", timeout);
            rc = finish(qemu, 124);
            break;
        }
        if (r > 0 && !input_eof && (pf[1].revents & (POLLIN | POLLHUP))) {
            uint8_t in[256];
            ssize_t k = read(input_fd, in, sizeof in);
            if (k <= 0) {
                input_eof = true;
                p->periodic = false;
            } else {
                ssize_t keep = k;
                for (ssize_t i = 0; i < k; i++)
                    if (interactive && in[i] == QUIT_KEY) { keep = i; break; }
                model_uart_input(p->model, in, (size_t)keep);   /* into the guest at the next stop */
                if (keep < k) {
                    fprintf(stderr, "\n[espy emu: quit]\n");
                    rc = finish(qemu, 0);
                    break;
                }
            }
        }
        if (r > 0 && (pf[0].revents & (POLLIN | POLLHUP))) {
            int g = gdb_recv(&p->gdb, buf, sizeof buf, 0);
            if (g < 0 || buf[0] == 'W' || buf[0] == 'X') {
                int status = 0;
                if (waitpid(qemu, &status, 0) == qemu)
                    rc = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 1;
                else rc = 1;
                break;
            }
            if (g == 0 || (buf[0] != 'T' && buf[0] != 'S')) continue;
            if (read_regs(p)) { rc = finish(qemu, 2); break; }
            if (p->debug)
                fprintf(stderr, "stop %s pc=%08x ps=%08x cycles=%llu\n", buf, p->regs[R_PC], p->regs[R_PS],
                        (unsigned long long)*p->clock);
            char *w = strstr(buf, "watch:");
            if (w) {
                bool is_read = w > buf && (w[-1] == 'r' || w[-1] == 'a');
                uint32_t addr = (uint32_t)strtoul(w + 6, NULL, 16);
                if (is_read && in_nlf(p, addr) ? narrow_load(p) : emulate_access(p, addr, is_read)) {
                    rc = finish(qemu, 2);
                    break;
                }
            }
            if (after_access(p)) { rc = finish(qemu, 2); break; }
            if (model_idle_marked(p->model) && input_eof && !model_uart_queued(p->model) && p->next == p->nev) {
                rc = finish(qemu, 0);   /* the firmware waits for input that will not come */
                break;
            }
            clock_fix(p);
            if (write_regs(p) || gdb_send(&p->gdb, "c")) { rc = finish(qemu, 2); break; }
        }
    }
    if (p->trace) fflush(p->trace);
    return rc;
}
