/* Code objects: line numbers and disassembly. */
#include "code.h"
#include "print.h"
#include "runtime.h"

uint32_t code_line(const Code *c, uint32_t pc) {
    uint32_t at = 0, line = c->firstline;
    for (uint32_t i = 0; i + 1 < c->nlines; i += 2) {
        uint32_t next = at + es_rd8(&c->lines[i]);   /* (es_rd8: a frozen Code's table is in flash) */
        if (next > pc) break;
        at = next;
        line += (uint32_t)(int32_t)(int8_t)es_rd8(&c->lines[i + 1]);
    }
    return line;
}

static const char *const op_names[] = {
#define X(name, fmt, doc) #name,
    OPCODES(X)
#undef X
};

void code_dump(Print *p, const Code *c) {
    print_fmt(p, "code %n (%v:%u) regs=%u args=%u consts=%u upvals=%u\n", c->name, c->filename,
              (unsigned)c->firstline, (unsigned)c->nregs, (unsigned)c->nargs, (unsigned)c->nconsts, (unsigned)c->nupvals);
    for (uint32_t pc = 0; pc < c->ninsts; pc++) {
        Inst i = c->insts[pc];
        unsigned op = INS_OP(i);
        print_fmt(p, "%u (line %u) %s A=%u B=%u C=%u Bx=%u sBx=%d\n", (unsigned)pc, (unsigned)code_line(c, pc),
                  op < I_COUNT ? op_names[op] : "?", (unsigned)INS_A(i), (unsigned)INS_B(i), (unsigned)INS_C(i),
                  (unsigned)INS_Bx(i), (int)INS_sBx(i));
    }
    for (uint32_t k = 0; k < c->nexc; k++)
        print_fmt(p, "  exc [%u, %u) -> %u reg %u\n", (unsigned)c->exc[k].start, (unsigned)c->exc[k].end,
                  (unsigned)(c->exc[k].handler_reg >> 8), (unsigned)(c->exc[k].handler_reg & 0xFF));
    for (uint32_t k = 0; k < c->nconsts; k++) {
        if (type_of(c->consts[k]) == &code_type) code_dump(p, (const Code *)V_PTR(c->consts[k]));
    }
}
