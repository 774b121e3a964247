/* The instruction set: one definition shared by the compiler, the VM, the disassembler and the
 * bundle writer.
 *
 * An instruction is a 32-bit word, read with aligned word loads (it may sit in flash):
 *     bits 0-7 op | 8-15 A | 16-23 B | 24-31 C      (format ABC)
 *     bits 0-7 op | 8-15 A | 16-31 Bx or sBx        (formats ABx, AsBx)
 *     bits 0-7 op | 8-31 sAx                        (format sAx)
 * R[x] is register x of the frame, K[x] constant x of the code object.  Jump offsets count
 * instructions from the one after the jump. */
#ifndef ESPY_OPCODES_H
#define ESPY_OPCODES_H

#include <stdint.h>

typedef uint32_t Inst;

#define INS_OP(i)   ((i) & 0xFF)
#define INS_A(i)    (((i) >> 8) & 0xFF)
#define INS_B(i)    (((i) >> 16) & 0xFF)
#define INS_C(i)    ((i) >> 24)
#define INS_Bx(i)   ((i) >> 16)
#define INS_sBx(i)  ((int32_t)(i) >> 16)
#define INS_sAx(i)  ((int32_t)(i) >> 8)
#define INS_sC(i)   ((int32_t)(i) >> 24)

#define MK_ABC(op, a, b, c) ((Inst)(op) | (Inst)(a) << 8 | (Inst)(b) << 16 | (Inst)(c) << 24)
#define MK_ABx(op, a, bx)   ((Inst)(op) | (Inst)(a) << 8 | (Inst)(bx) << 16)
#define MK_AsBx(op, a, sbx) ((Inst)(op) | (Inst)(a) << 8 | (Inst)(uint16_t)(int16_t)(sbx) << 16)
#define MK_sAx(op, sax)     ((Inst)(op) | ((Inst)(sax) << 8))

#define SBX_MAX 32767
#define SBX_MIN (-32768)
#define SAX_MAX 8388607
#define SAX_MIN (-8388608)

/* X(name, format, meaning) */
#define OPCODES(X) \
    X(NOP,        ABC,  "") \
    X(MOVE,       ABC,  "R[A] = R[B]") \
    X(LOADK,      ABx,  "R[A] = K[Bx]") \
    X(LOADI,      AsBx, "R[A] = sBx") \
    X(LOADNONE,   ABC,  "R[A] = None") \
    X(LOADTRUE,   ABC,  "R[A] = True") \
    X(LOADFALSE,  ABC,  "R[A] = False") \
    X(CHECKLOCAL, ABx,  "if R[A] is unbound: UnboundLocalError(K[Bx])") \
    X(DELLOCAL,   ABx,  "check R[A] as CHECKLOCAL, then unbind it") \
    X(LOADGLOBAL, ABx,  "R[A] = globals/builtins[K[Bx]]") \
    X(STOREGLOBAL, ABx, "globals[K[Bx]] = R[A]") \
    X(DELGLOBAL,  ABx,  "del globals[K[Bx]]") \
    X(LOADNAME,   ABx,  "R[A] = locals/globals/builtins[K[Bx]] (class bodies)") \
    X(STORENAME,  ABx,  "locals[K[Bx]] = R[A]") \
    X(DELNAME,    ABx,  "del locals[K[Bx]]") \
    X(LOADDEREF,  ABC,  "R[A] = upvalue B (C: K index of its name)") \
    X(STOREDEREF, ABC,  "upvalue B = R[A]") \
    X(DELDEREF,   ABC,  "unbind upvalue B (C: K index of its name)") \
    X(GETATTR,    ABC,  "R[A] = R[B].K[C]") \
    X(SETATTR,    ABC,  "R[A].K[B] = R[C]") \
    X(DELATTR,    ABC,  "del R[A].K[B]") \
    X(LOADMETHOD, ABC,  "R[A], R[A+1] = method K[C] of R[B] and self (or attribute and NULL)") \
    X(GETATTRX,   ABC,  "R[A] = getattr(R[B], R[C])") \
    X(SETATTRX,   ABC,  "setattr(R[A], R[B], R[C])") \
    X(GETITEM,    ABC,  "R[A] = R[B][R[C]]") \
    X(SETITEM,    ABC,  "R[A][R[B]] = R[C]") \
    X(DELITEM,    ABC,  "del R[A][R[B]]") \
    X(ADD, ABC, "") X(SUB, ABC, "") X(MUL, ABC, "") X(MATMUL, ABC, "") X(TRUEDIV, ABC, "") \
    X(FLOORDIV, ABC, "") X(MOD, ABC, "") X(POW, ABC, "") X(LSHIFT, ABC, "") X(RSHIFT, ABC, "") \
    X(AND, ABC, "") X(XOR, ABC, "") X(OR, ABC, "") \
    X(IADD, ABC, "") X(ISUB, ABC, "") X(IMUL, ABC, "") X(IMATMUL, ABC, "") X(ITRUEDIV, ABC, "") \
    X(IFLOORDIV, ABC, "") X(IMOD, ABC, "") X(IPOW, ABC, "") X(ILSHIFT, ABC, "") X(IRSHIFT, ABC, "") \
    X(IAND, ABC, "") X(IXOR, ABC, "") X(IOR, ABC, "") \
    X(LT, ABC, "") X(LE, ABC, "") X(EQ, ABC, "") X(NE, ABC, "") X(GT, ABC, "") X(GE, ABC, "") \
    X(IN,         ABC,  "R[A] = R[B] in R[C]") \
    X(NOTIN,      ABC,  "R[A] = R[B] not in R[C]") \
    X(IS,         ABC,  "R[A] = R[B] is R[C]") \
    X(ISNOT,      ABC,  "R[A] = R[B] is not R[C]") \
    X(ADDI,       ABC,  "R[A] = R[B] + sC") \
    X(SUBI,       ABC,  "R[A] = R[B] - sC") \
    X(NEG,        ABC,  "R[A] = -R[B]") \
    X(POS,        ABC,  "R[A] = +R[B]") \
    X(INVERT,     ABC,  "R[A] = ~R[B]") \
    X(NOT,        ABC,  "R[A] = not R[B]") \
    X(JMP,        sAx,  "pc += sAx") \
    X(JMPIF,      AsBx, "if R[A]: pc += sBx") \
    X(JMPIFNOT,   AsBx, "if not R[A]: pc += sBx") \
    X(JMPIFNULL,  AsBx, "if R[A] is NULL: pc += sBx") \
    X(CJLT, ABC, "if (R[B] < R[C]) == A: do the next JMP, else skip it") \
    X(CJLE, ABC, "") X(CJEQ, ABC, "") X(CJNE, ABC, "") X(CJGT, ABC, "") X(CJGE, ABC, "") \
    X(CJIN, ABC, "") X(CJNOTIN, ABC, "") X(CJIS, ABC, "") X(CJISNOT, ABC, "") \
    X(CJLTI,      ABC,  "if (R[B] < sC) == A: do the next JMP, else skip it") \
    X(CJEXC,      ABC,  "if exception R[B] matches class(es) R[C] == A: do the next JMP") \
    X(BUILDTUPLE, ABC,  "R[A] = tuple(R[B:B+C])") \
    X(BUILDLIST,  ABC,  "R[A] = list(R[B:B+C])") \
    X(BUILDSET,   ABC,  "R[A] = set(R[B:B+C])") \
    X(BUILDDICT,  ABC,  "R[A] = dict of C pairs at R[B:B+2C]") \
    X(BUILDSLICE, ABC,  "R[A] = slice(R[B], R[B+1], R[B+2])") \
    X(BUILDSTRING, ABC, "R[A] = ''.join(R[B:B+C])") \
    X(FORMAT,     ABC,  "R[A] = format(R[B] converted by C&3, spec R[B+1] if C&4)") \
    X(LISTAPPEND, ABC,  "R[A].append(R[B])") \
    X(LISTEXTEND, ABC,  "R[A].extend(R[B])") \
    X(SETADD,     ABC,  "R[A].add(R[B])") \
    X(SETUPDATE,  ABC,  "R[A].update(R[B])") \
    X(DICTSET,    ABC,  "R[A][R[B]] = R[C] (a dict being built)") \
    X(DICTUPDATE, ABC,  "R[A].update(R[B]) (a dict display's **)") \
    X(DICTMERGE,  ABC,  "R[A].update(R[B]), duplicate keys are an error (a call's **)") \
    X(LISTTOTUPLE, ABC, "R[A] = tuple(R[B])") \
    X(UNPACK,     ABC,  "R[A:A+C] = R[B], exactly C items") \
    X(UNPACKEX,   ABC,  "R[A:...] = R[B] around a starred target; next word: before | after << 16") \
    X(GETITER,    ABC,  "R[A] = iter(R[B])") \
    X(FORITER,    AsBx, "R[A+1] = next(R[A]), or pc += sBx when exhausted") \
    X(MAKEFUNC,   ABx,  "R[A] = function(K[Bx]) with defaults R[A], kwdefaults R[A+1]") \
    X(CALL,       ABC,  "R[A] = R[A](R[A+1:A+1+B])") \
    X(CALLKW,     ABC,  "R[A] = R[A](B positional, C keyword args, kwnames in R[A+1+B+C])") \
    X(CALLMETHOD, ABC,  "R[A] = R[A](R[A+1] if set, then B positional, C keyword args; kwnames after them") \
    X(CALLEX,     ABC,  "R[A] = R[A](*R[A+1], **R[A+2])") \
    X(RETURN,     ABC,  "return R[A]") \
    X(RETURNNONE, ABC,  "return None") \
    X(YIELD,      ABC,  "yield R[A]; R[A] = the value sent in") \
    X(YIELDFROM,  ABC,  "R[A] = yield from the iterator R[B]") \
    X(GETYFITER,  ABC,  "R[A] = the iterator for yield from R[B]") \
    X(RAISE,      ABC,  "raise R[A] (from R[B] if C)") \
    X(RERAISE,    ABC,  "raise R[A] again, keeping its traceback") \
    X(RAISECUR,   ABC,  "raise the exception being handled") \
    X(RAISEASSERT, ABC, "raise AssertionError(R[A] if B)") \
    X(PUSHEXC,    ABC,  "R[B] = handled exception; handled = R[A]") \
    X(POPEXC,     ABC,  "handled exception = R[B]") \
    X(WITHENTER,  ABC,  "R[A] = bound __exit__ of R[A]; R[A+1] = R[A].__enter__()") \
    X(WITHEXIT,   ABC,  "R[A](None, None, None)") \
    X(WITHEXITEXC, ABC, "R[A] = bool(R[A](type(R[B]), R[B], traceback))") \
    X(IMPORT,     ABx,  "R[A] = __import__(K[Bx], fromlist R[A+1], level R[A+2])") \
    X(IMPORTFROM, ABC,  "R[A] = from-import K[C] of module R[B]") \
    X(IMPORTSTAR, ABC,  "import * from module R[A] into the namespace") \
    X(BUILDCLASS, ABC,  "R[A] = class from body R[A], name R[A+1], bases R[A+2], kwargs R[A+3]") \
    X(MAKECLASS,  ABC,  "R[A] = metaclass(R[0], R[1], namespace, **R[2]) (end of a class body)") \
    X(PRINTEXPR,  ABC,  "REPL: print repr(R[A]) unless None")

typedef enum {
#define X(name, fmt, doc) I_##name,
    OPCODES(X)
#undef X
    I_COUNT
} Opcode;

#endif
