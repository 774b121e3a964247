/* Code objects: what the compiler makes of a function, class body or module.
 *
 * A code object and everything it points to may sit in flash (a frozen bundle): all fields
 * are words or word-aligned arrays, and nothing here is written after the compiler is done
 * (per-code RAM caches hang off a separate pointer that frozen code leaves NULL). */
#ifndef ESPY_CODE_H
#define ESPY_CODE_H

#include "obj.h"
#include "opcodes.h"

enum {
    CO_GENERATOR   = 1 << 0,
    CO_VARARGS     = 1 << 1,
    CO_VARKW       = 1 << 2,
    CO_CLASSBODY   = 1 << 3,
    CO_MODULE      = 1 << 4,
    CO_DEFAULTS    = 1 << 5,   /* MAKEFUNC takes a defaults tuple from R[A] */
    CO_KWDEFAULTS  = 1 << 6,   /* MAKEFUNC takes a kw-defaults dict from R[A+1] */
    CO_LAMBDA      = 1 << 7,
    CO_COMPREHENSION = 1 << 8,
    CO_USES_CLASS  = 1 << 9,   /* class body: methods reference __class__ */
    CO_DOC         = 1 << 10,  /* the last constant is the function's docstring */
};

/* Exception table entry: an exception raised at pc in [start, end) jumps to handler with the
 * exception in register reg.  Entries are ordered innermost first. */
typedef struct {
    uint32_t start, end;
    uint32_t handler_reg;      /* handler << 8 | reg */
} ExcEntry;

typedef struct Code {
    Object base;
    uint32_t flags;
    uint8_t nregs, nargs, nposonly, nkwonly;   /* nargs: positional parameters, incl. posonly */
    uint8_t nupvals, nlocals;  /* nlocals: register locals named in varnames (params first) */
    uint16_t nexc;
    uint32_t ninsts, nconsts, nlines, firstline;
    Value name, qualname, filename;
    const Inst *insts;
    const Value *consts;
    const Value *varnames;     /* parameters (nargs + nkwonly [+ varargs] [+ varkw]), then locals */
    const uint8_t *upvals;     /* pairs: (1 = enclosing register / 0 = enclosing upvalue, index) */
    const uint8_t *lines;      /* pairs: (pc delta, signed line delta) */
    const ExcEntry *exc;
    void *cache;               /* RAM inline caches (host), NULL in frozen code */
} Code;

/* nregs, nargs, nposonly and nkwonly (bytes 0 to 3 of one aligned word) in one load: a frozen
 * Code is in flash, where a byte costs a load sequence (or faults, in code built without
 * -mforce-l32).  The call path reads them on every call. */
static inline uint32_t code_counts(const Code *c) { return es_rd32(&c->nregs); }
#define COUNTS_NREGS(w)   ((w) & 0xFF)
#define COUNTS_NARGS(w)   (((w) >> 8) & 0xFF)
#define COUNTS_NPOSONLY(w) (((w) >> 16) & 0xFF)
#define COUNTS_NKWONLY(w) ((w) >> 24)
_Static_assert(offsetof(Code, nregs) % 4 == 0 && offsetof(Code, nkwonly) == offsetof(Code, nregs) + 3,
               "code_counts reads nregs..nkwonly as one word");

/* A function's docstring, or None. */
static inline Value code_doc(const Code *c) {
    return (c->flags & CO_DOC) ? c->consts[c->nconsts - 1] : V_NONE;
}

/* The source line of instruction pc. */
uint32_t code_line(const Code *c, uint32_t pc);
/* Print a disassembly (for `espy -X dis` and debugging). */
void code_dump(struct Print *p, const Code *c);

#endif
