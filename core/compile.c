/* The compiler (see compile.h).
 *
 * Registers: a function's parameters come first, then its other locals, then temporaries,
 * allocated and freed in stack order (freereg).  A class body's registers are its three hidden
 * parameters (name, bases, keywords) and __class__; its names live in the namespace dict.
 *
 * Closures follow Lua: a nested function refers to an enclosing function's register through an
 * upvalue; the VM keeps the upvalue pointing at the register while the frame runs and copies
 * the value out when it ends, so loop variables are shared as in Python. */
#include <string.h>
#include "compile.h"
#include "parse.h"
#include "gc.h"
#include "exc.h"
#include "names.h"
#include "objstr.h"
#include "objtuple.h"
#include "objcomplex.h"
#include "objint.h"
#include "objfloat.h"
#include "vstr.h"
#include "print.h"
#include "runtime.h"
#include "vm.h"

enum { SC_MODULE, SC_FUNCTION, SC_CLASS, SC_LAMBDA, SC_COMP };
enum { BK_LOOP, BK_TRYBODY, BK_FINALLY, BK_HANDLER, BK_WITH, BK_FINALLY_BODY };

#define MAX_REGS 250
#define NO_JUMP (-1)

typedef struct {
    Value *v;
    uint32_t n, alloc;
} ValVec;

typedef struct {
    uint32_t start, end;
} Range;

typedef struct Block {
    uint8_t kind;
    struct Block *prev;
    /* exception ranges protected by this block (FINALLY, HANDLER, WITH, FINALLY_BODY) */
    uint32_t range_start;
    Range *ranges;
    uint32_t nranges, aranges;
    int reg;                      /* WITH: the exit callable; HANDLER: saved exc; */
    int reg2;                     /* HANDLER: 'as' name local register or -1 */
    Value as_name;                /* HANDLER: 'as' name (for non-register scopes) */
    const Lexer *fin_lexer;       /* FINALLY: lexer state at the finally body (compile_try's) */
    /* LOOP */
    int continue_pc;
    int break_list;               /* chain of JMPs to patch to the loop's end */
    int saved_freereg;
} Block;

typedef struct FuncState {
    struct FuncState *parent;
    uint8_t kind;
    bool is_generator, uses_class;
    Value name, qualname;
    uint32_t firstline;
    uint32_t nstmt;           /* statements compiled so far in this pass (docstring detection) */
    Value doc;                /* a function's docstring, or 0 */
    /* output */
    Inst *code;
    uint32_t ncode, acode;
    ValVec consts;
    uint8_t *lines;
    uint32_t nlines, alines;
    uint32_t line;                /* the line of the code being emitted */
    uint32_t tab_pc, tab_line;    /* where the line table has got to */
    ExcEntry *exc;
    uint32_t nexc, aexc;
    uint8_t *upvals;              /* 2 bytes per upvalue; both arrays on the GC heap, grown by 8 */
    Value *upval_names;
    int nupvals;
    /* names */
    ValVec locals;                /* register locals: locals.v[i] lives in register i */
    ValVec bound;                 /* names bound in the body (pass 1) */
    ValVec imported;              /* those first bound by an import (a later global is legal) */
    ValVec globals, nonlocals;    /* declarations */
    ValVec ext_modified;          /* names made nonlocal by nested functions: always checked */
    int nparams;
    uint8_t nargs, nposonly, nkwonly;
    uint32_t flags;
    uint8_t definite[32];         /* bit per local register: surely assigned here */
    int freereg, maxreg;
    Block *block;
    int class_reg;                /* class body: register of __class__ */
} FuncState;

typedef struct {
    Parser p;
    Arena arena;
    FuncState *fs;
    bool scan;                    /* pass 1: find bindings, generate nothing */
    bool module_names;            /* exec() with separate locals: module names are LOADNAME */
    CompileMode mode;
    Value filename;
} Compiler;

static void compile_block(Compiler *c);
static void compile_stmt(Compiler *c);
static void cg_into(Compiler *c, Node *n, int dst);
static int cg_any(Compiler *c, Node *n);
static void cg_store(Compiler *c, Node *target, int src);
static void scan_expr(Compiler *c, Node *n);
static void scan_target(Compiler *c, Node *n);
static Code *compile_function(Compiler *c, Node *params, Node *body_expr, Value name, int kind,
                              uint32_t line, bool is_async);
static Code *compile_any(const char *src, size_t len, Value filename, CompileMode mode, bool module_names,
                         bool repl_probe);

/* ---------------- small vectors ---------------- */

static int vv_find(const ValVec *vv, Value v) {
    for (uint32_t i = 0; i < vv->n; i++)
        if (vv->v[i] == v) return (int)i;
    return -1;
}

/* Makes room in a growing buffer of *cap elements of `size` bytes for one more: twice the
 * room if the heap has it in one piece, else an eighth more, else just one, so that a long
 * function compiles in a fragmented heap as long as the buffer itself fits. */
static void *grow(void *buf, uint32_t *cap, size_t size, uint32_t first, unsigned flags) {
    uint32_t n = *cap;
    uint32_t tries[3] = {n ? n * 2 : first, n + n / 8 + 8, n + 1};
    for (int i = 0; i < 3; i++) {
        void *p = gc_realloc_maybe(buf, tries[i] * size, flags);
        if (p) {
            *cap = tries[i];
            return p;
        }
    }
    exc_raise_memory_error();
}

static uint32_t vv_push(ValVec *vv, Value v) {
    if (vv->n == vv->alloc) vv->v = grow(vv->v, &vv->alloc, sizeof(Value), 8, 0);
    vv->v[vv->n] = v;
    return vv->n++;
}

static void vv_add_unique(ValVec *vv, Value v) {
    if (vv_find(vv, v) < 0) vv_push(vv, v);
}

/* ---------------- errors ---------------- */

static ES_NORETURN void error_at(Compiler *c, const Node *n, const char *msg) {
    parse_error_node(&c->p, n, msg);
}
#define error_at(c, n, msg) error_at(c, n, ES_STEXT(msg))

/* A SyntaxError naming a name: fmt is a format (print_vfmt) with one %n. */
static ES_NORETURN void error_name(Compiler *c, const Node *n, const char *fmt, Value name) {
    const char *msg = cstr_printf(fmt, name);
    if (n) error_at(c, n, msg);
    parse_error(&c->p, msg);
}
#define error_name(c, n, fmt, name) error_name(c, n, ES_TEXT(fmt), name)

/* ---------------- emitting ---------------- */

static void set_line(Compiler *c, uint32_t line) {
    if (!c->scan) c->fs->line = line;
}

static void line_add(FuncState *fs, uint32_t pcd, int32_t ld) {
    while (fs->nlines + 2 > fs->alines) fs->lines = grow(fs->lines, &fs->alines, 1, 32, GC_LEAF);
    fs->lines[fs->nlines++] = (uint8_t)pcd;
    fs->lines[fs->nlines++] = (uint8_t)(int8_t)ld;
}

static int emit(Compiler *c, Inst i) {
    FuncState *fs = c->fs;
    if (c->scan) return 0;
    if (fs->ncode == fs->acode) fs->code = grow(fs->code, &fs->acode, sizeof(Inst), 64, GC_LEAF);
    fs->code[fs->ncode] = i;
    return (int)fs->ncode++;
}

/* Emits an instruction, first extending the line table when the line changed. */
static int emit_at_line(Compiler *c, Inst i) {
    FuncState *fs = c->fs;
    if (c->scan) return 0;
    if (fs->line != fs->tab_line) {
        uint32_t pcd = fs->ncode - fs->tab_pc;
        int32_t ld = (int32_t)fs->line - (int32_t)fs->tab_line;
        while (pcd > 255) { line_add(fs, 255, 0); pcd -= 255; }
        while (ld > 127) { line_add(fs, pcd, 127); pcd = 0; ld -= 127; }
        while (ld < -128) { line_add(fs, pcd, -128); pcd = 0; ld += 128; }
        line_add(fs, pcd, ld);
        fs->tab_pc = fs->ncode;
        fs->tab_line = fs->line;
    }
    return emit(c, i);
}

#define EMIT(i) emit_at_line(c, (i))

static int pc_here(Compiler *c) { return (int)c->fs->ncode; }

static int emit_jump(Compiler *c) { return EMIT(MK_sAx(I_JMP, 0)); }

static void patch_jump_to(Compiler *c, int at, int target) {
    if (c->scan || at < 0) return;
    Inst *code = c->fs->code;
    int off = target - (at + 1);
    Inst i = code[at];
    int op = INS_OP(i);
    if (op == I_JMP) {
        if (off > SAX_MAX || off < SAX_MIN) parse_error(&c->p, "function too large");
        code[at] = MK_sAx(I_JMP, off);
    } else {
        if (off > SBX_MAX || off < SBX_MIN) parse_error(&c->p, "function too large");
        code[at] = MK_AsBx(op, INS_A(i), off);
    }
}

static void patch_here(Compiler *c, int at) { patch_jump_to(c, at, pc_here(c)); }

/* Jump chains for break: the chain links through the JMP's offset field. */
static void chain_add(Compiler *c, int *list, int jmp) {
    if (c->scan) return;
    c->fs->code[jmp] = MK_sAx(I_JMP, *list);
    *list = jmp;
}

static void chain_patch(Compiler *c, int list, int target) {
    while (list != NO_JUMP && !c->scan) {
        int next = INS_sAx(c->fs->code[list]);
        patch_jump_to(c, list, target);
        list = next;
    }
}

static uint32_t add_const(Compiler *c, Value v) {
    if (c->scan) return 0;
    ValVec *k = &c->fs->consts;
    for (uint32_t i = 0; i < k->n; i++) {
        Value w = k->v[i];
        if (w == v) return i;
        /* merge equal str/bytes/float constants, but keep 1, 1.0 and True apart */
        if (V_IS_PTR(v) && V_IS_PTR(w) && type_of(v) == type_of(w) &&
            (type_of(v) == &str_type || type_of(v) == &bytes_type) && obj_equal(v, w))
            return i;
    }
    return vv_push(k, v);
}

static int reg_alloc(Compiler *c, int n) {
    FuncState *fs = c->fs;
    int r = fs->freereg;
    fs->freereg += n;
    if (fs->freereg > MAX_REGS) parse_error(&c->p, "too many local variables or nested expressions");
    if (fs->freereg > fs->maxreg) fs->maxreg = fs->freereg;
    return r;
}

static void reg_free_to(Compiler *c, int r) { c->fs->freereg = r; }

static bool is_temp(Compiler *c, int r) { return r >= (int)c->fs->locals.n; }

/* ---------------- definite assignment ---------------- */

static bool definite(FuncState *fs, int r) { return (fs->definite[r >> 3] >> (r & 7)) & 1; }
static void set_definite(FuncState *fs, int r, bool on) {
    if (on) fs->definite[r >> 3] |= (uint8_t)(1 << (r & 7));
    else fs->definite[r >> 3] &= (uint8_t)~(1 << (r & 7));
}
static void definite_and(uint8_t *a, const uint8_t *b) {
    for (int i = 0; i < 32; i++) a[i] &= b[i];
}

/* ---------------- name resolution ---------------- */

enum { VAR_LOCAL, VAR_UPVAL, VAR_GLOBAL, VAR_NAME };

static int find_upval(Compiler *c, FuncState *fs, Value name);

static int add_upval(Compiler *c, FuncState *fs, Value name, bool instack, int idx) {
    if (fs->nupvals == 255) parse_error(&c->p, "too many free variables");
    if ((fs->nupvals & 7) == 0) {
        fs->upvals = gc_realloc(fs->upvals, 2 * (size_t)(fs->nupvals + 8), GC_LEAF);
        fs->upval_names = gc_realloc(fs->upval_names, (size_t)(fs->nupvals + 8) * sizeof(Value), 0);
    }
    fs->upvals[2 * fs->nupvals] = instack;
    fs->upvals[2 * fs->nupvals + 1] = (uint8_t)idx;
    fs->upval_names[fs->nupvals] = name;
    return fs->nupvals++;
}

/* Upvalue index of name in fs, or -1 when the name is not a local of any enclosing function. */
static int find_upval(Compiler *c, FuncState *fs, Value name) {
    for (int i = 0; i < fs->nupvals; i++)
        if (fs->upval_names[i] == name) return i;
    FuncState *parent = fs->parent;
    if (!parent || parent->kind == SC_MODULE) return -1;
    if (parent->kind == SC_CLASS) {
        /* Class scopes are invisible to nested functions, except their __class__ register. */
        if (name == V_MKNAME(N___class__) && parent->class_reg >= 0) {
            parent->uses_class = true;
            return add_upval(c, fs, name, true, parent->class_reg);
        }
        int u = find_upval(c, parent, name);
        return u < 0 ? -1 : add_upval(c, fs, name, false, u);
    }
    if (vv_find(&parent->globals, name) >= 0) return -1;
    int r = vv_find(&parent->locals, name);
    if (r >= 0 && vv_find(&parent->nonlocals, name) < 0) return add_upval(c, fs, name, true, r);
    int u = find_upval(c, parent, name);
    return u < 0 ? -1 : add_upval(c, fs, name, false, u);
}

static int resolve(Compiler *c, Value name, int *idx) {
    FuncState *fs = c->fs;
    if (fs->kind == SC_MODULE) return c->module_names && vv_find(&fs->globals, name) < 0 ? VAR_NAME : VAR_GLOBAL;
    if (vv_find(&fs->globals, name) >= 0) return VAR_GLOBAL;
    if (fs->kind == SC_CLASS) {
        if (vv_find(&fs->nonlocals, name) >= 0) {
            *idx = find_upval(c, fs, name);
            return VAR_UPVAL;
        }
        if (name == V_MKNAME(N___class__) && vv_find(&fs->bound, name) < 0) {
            /* __class__ inside the class body itself refers to an enclosing class, if any */
        }
        if (vv_find(&fs->bound, name) >= 0) return VAR_NAME;
        int u = find_upval(c, fs, name);
        if (u >= 0) { *idx = u; return VAR_UPVAL; }
        return VAR_NAME;
    }
    if (vv_find(&fs->nonlocals, name) >= 0) {
        int u = find_upval(c, fs, name);
        *idx = u;
        return VAR_UPVAL;
    }
    int r = vv_find(&fs->locals, name);
    if (r >= 0) { *idx = r; return VAR_LOCAL; }
    int u = find_upval(c, fs, name);
    if (u >= 0) { *idx = u; return VAR_UPVAL; }
    return VAR_GLOBAL;
}

/* K index of a name for an 8-bit operand, or -1 when it does not fit. */
static int name_k8(Compiler *c, Value name) {
    uint32_t k = add_const(c, name);
    return k < 256 ? (int)k : -1;
}

static uint32_t name_kx(Compiler *c, Value name) {
    uint32_t k = add_const(c, name);
    if (k > 0xFFFF) parse_error(&c->p, "too many constants");
    return k;
}

static void emit_load_name(Compiler *c, Value name, int dst, const Node *at) {
    int idx = 0;
    switch (resolve(c, name, &idx)) {
    case VAR_LOCAL:
        if (!definite(c->fs, idx) || vv_find(&c->fs->ext_modified, name) >= 0)
            EMIT(MK_ABx(I_CHECKLOCAL, idx, name_kx(c, name)));
        if (idx != dst) EMIT(MK_ABC(I_MOVE, dst, idx, 0));
        break;
    case VAR_UPVAL: {
        int k = name_k8(c, name);
        EMIT(MK_ABC(I_LOADDEREF, dst, idx, k < 0 ? 255 : k));
        break;
    }
    case VAR_GLOBAL:
        EMIT(MK_ABx(I_LOADGLOBAL, dst, name_kx(c, name)));
        break;
    case VAR_NAME:
        EMIT(MK_ABx(I_LOADNAME, dst, name_kx(c, name)));
        break;
    }
    (void)at;
}

static void emit_store_name(Compiler *c, Value name, int src) {
    int idx = 0;
    switch (resolve(c, name, &idx)) {
    case VAR_LOCAL:
        if (idx != src) EMIT(MK_ABC(I_MOVE, idx, src, 0));
        set_definite(c->fs, idx, true);
        break;
    case VAR_UPVAL:
        EMIT(MK_ABC(I_STOREDEREF, src, idx, 0));
        break;
    case VAR_GLOBAL:
        EMIT(MK_ABx(I_STOREGLOBAL, src, name_kx(c, name)));
        break;
    case VAR_NAME:
        EMIT(MK_ABx(I_STORENAME, src, name_kx(c, name)));
        break;
    }
}

static void emit_delete_name(Compiler *c, Value name) {
    int idx = 0;
    switch (resolve(c, name, &idx)) {
    case VAR_LOCAL:
        EMIT(MK_ABx(I_DELLOCAL, idx, name_kx(c, name)));
        set_definite(c->fs, idx, false);
        break;
    case VAR_UPVAL: {
        int k = name_k8(c, name);
        EMIT(MK_ABC(I_DELDEREF, 0, idx, k < 0 ? 255 : k));
        break;
    }
    case VAR_GLOBAL:
        EMIT(MK_ABx(I_DELGLOBAL, 0, name_kx(c, name)));
        break;
    case VAR_NAME:
        EMIT(MK_ABx(I_DELNAME, 0, name_kx(c, name)));
        break;
    }
}

/* Register of a local that can be read in place (no check, no move), or -1. */
static int local_reg(Compiler *c, const Node *n) {
    if (c->scan || n->kind != ND_NAME) return -1;
    int idx;
    if (resolve(c, n->v, &idx) != VAR_LOCAL) return -1;
    if (!definite(c->fs, idx) || vv_find(&c->fs->ext_modified, n->v) >= 0) return -1;
    return idx;
}

/* ---------------- pass 1: bindings ---------------- */

static void bind(Compiler *c, Value name) {
    vv_add_unique(&c->fs->bound, name);
}

static void bind_import(Compiler *c, Value name) {
    if (vv_find(&c->fs->bound, name) < 0) vv_add_unique(&c->fs->imported, name);
    bind(c, name);
}

static void scan_target(Compiler *c, Node *n) {
    switch (n->kind) {
    case ND_NAME: bind(c, n->v); break;
    case ND_TUPLE: case ND_LIST:
        for (Node *e = n->a; e; e = e->next) scan_target(c, e);
        break;
    case ND_STARRED: scan_target(c, n->a); break;
    case ND_ATTR: case ND_SUBSCR: scan_expr(c, n); break;
    default: break;
    }
}

/* Finds walrus targets (which bind in the enclosing function even from a comprehension) and
 * yields (which make a generator). */
static void scan_expr(Compiler *c, Node *n) {
    for (; n; n = NULL) {
        switch (n->kind) {
        case ND_WALRUS:
            bind(c, n->a->v);
            scan_expr(c, n->b);
            return;
        case ND_LAMBDA:
            for (Node *prm = n->a->a; prm; prm = prm->next) if (prm->a) scan_expr(c, prm->a);
            return;
        case ND_YIELD: case ND_YIELDFROM:
            if (c->fs->kind == SC_CLASS || c->fs->kind == SC_MODULE) {
                error_at(c, n, "'yield' outside function");
            }
            c->fs->is_generator = true;
            if (n->a) scan_expr(c, n->a);
            return;
        case ND_LISTCOMP: case ND_SETCOMP: case ND_GENEXP: case ND_DICTCOMP:
            scan_expr(c, n->a);
            for (Node *f = n->b; f; f = f->next) {
                scan_expr(c, f->b);
                for (Node *cond = f->c; cond; cond = cond->next) scan_expr(c, cond);
            }
            return;
        default:
            break;
        }
        if (n->a) scan_expr(c, n->a);
        if (n->b) scan_expr(c, n->b);
        if (n->c) scan_expr(c, n->c);
        if (n->kind == ND_TUPLE || n->kind == ND_LIST || n->kind == ND_SET || n->kind == ND_DICT ||
            n->kind == ND_CALL || n->kind == ND_AND || n->kind == ND_OR || n->kind == ND_FSTRING) {
            /* lists hang off a (or b for calls): walk siblings */
            Node *list = n->kind == ND_CALL ? n->b : n->a;
            for (Node *e = list ? list->next : NULL; e; e = e->next) scan_expr(c, e);
        }
        if (n->kind == ND_COMPARE)
            for (Node *e = n->b ? n->b->next : NULL; e; e = e->next) scan_expr(c, e);
    }
}

/* ---------------- expressions ---------------- */

static bool is_const_smallint(const Node *n, int lo, int hi, int *out) {
    if (n->kind != ND_CONST || !V_IS_INT(n->v)) return false;
    Int v = V_INT(n->v);
    if (v < lo || v > hi) return false;
    *out = (int)v;
    return true;
}

static void cg_const(Compiler *c, Value v, int dst) {
    if (v == V_NONE) EMIT(MK_ABC(I_LOADNONE, dst, 0, 0));
    else if (v == V_TRUE) EMIT(MK_ABC(I_LOADTRUE, dst, 0, 0));
    else if (v == V_FALSE) EMIT(MK_ABC(I_LOADFALSE, dst, 0, 0));
    else if (V_IS_INT(v) && V_INT(v) >= SBX_MIN && V_INT(v) <= SBX_MAX)
        EMIT(MK_AsBx(I_LOADI, dst, (int)V_INT(v)));
    else {
        uint32_t k = add_const(c, v);
        if (k > 0xFFFF) parse_error(&c->p, "too many constants");
        EMIT(MK_ABx(I_LOADK, dst, k));
    }
}

/* Evaluates n into a fresh temporary unless it is a plain local that can be read in place. */
static int cg_any(Compiler *c, Node *n) {
    int r = local_reg(c, n);
    if (r >= 0) return r;
    r = reg_alloc(c, 1);
    cg_into(c, n, r);
    return r;
}

static int count_list(Node *n) {
    int k = 0;
    for (; n; n = n->next) k++;
    return k;
}

static bool has_starred(Node *n) {
    for (; n; n = n->next)
        if (n->kind == ND_STARRED) return true;
    return false;
}

/* list/tuple/set display */
/* A tuple display of constants is one constant, as in CPython: no instructions, and no RAM
 * at all when the code is frozen in flash.  V_NULL if n is not one (or has over 16 items). */
static Value const_tuple(Node *n) {
    if (n->kind != ND_TUPLE) return V_NULL;
    Value items[16];
    size_t k = 0;
    for (Node *e = n->a; e; e = e->next) {
        if (k == 16) return V_NULL;
        Value v = e->kind == ND_CONST ? e->v : const_tuple(e);
        if (e->kind == ND_UNARY && e->op == UOP_NEG && e->a->kind == ND_CONST &&
            (int_is_int(e->a->v) || is_type(e->a->v, &float_type) || is_type(e->a->v, &complex_type)))
            v = obj_unary_op(UOP_NEG, e->a->v);   /* -1, -2.5: numbers with a sign */
        if (!v) return V_NULL;
        items[k++] = v;
    }
    return k ? tuple_from_array(items, k) : V_EMPTY_TUPLE;
}

static void cg_sequence(Compiler *c, Node *n, int dst) {
    int kind = n->kind;
    Value folded = kind == ND_TUPLE ? const_tuple(n) : V_NULL;
    if (folded) {
        cg_const(c, folded, dst);
        return;
    }
    int count = count_list(n->a);
    int base = c->fs->freereg;
    if (!has_starred(n->a) && count <= 255) {
        int r = reg_alloc(c, count);
        int i = 0;
        for (Node *e = n->a; e; e = e->next) cg_into(c, e, r + i++);
        EMIT(MK_ABC(kind == ND_TUPLE ? I_BUILDTUPLE : kind == ND_LIST ? I_BUILDLIST : I_BUILDSET, dst, r, count));
        reg_free_to(c, base);
        return;
    }
    /* Build incrementally: a list (or set), extended by starred parts. */
    int acc = reg_alloc(c, 1);
    bool is_set = kind == ND_SET;
    EMIT(MK_ABC(is_set ? I_BUILDSET : I_BUILDLIST, acc, 0, 0));
    for (Node *e = n->a; e; e = e->next) {
        int save = c->fs->freereg;
        if (e->kind == ND_STARRED) {
            int r = cg_any(c, e->a);
            EMIT(MK_ABC(is_set ? I_SETUPDATE : I_LISTEXTEND, acc, r, 0));
        } else {
            int r = cg_any(c, e);
            EMIT(MK_ABC(is_set ? I_SETADD : I_LISTAPPEND, acc, r, 0));
        }
        reg_free_to(c, save);
    }
    if (kind == ND_TUPLE) EMIT(MK_ABC(I_LISTTOTUPLE, dst, acc, 0));
    else if (acc != dst) EMIT(MK_ABC(I_MOVE, dst, acc, 0));
    reg_free_to(c, base);
}

static void cg_dict(Compiler *c, Node *n, int dst) {
    int base = c->fs->freereg;
    bool has_dstar = false;
    int count = 0;
    for (Node *e = n->a; e; e = e->next) {
        if (e->kind == ND_DSTAR) has_dstar = true;
        count++;
    }
    if (!has_dstar && count <= 100) {
        int r = reg_alloc(c, 2 * count);
        int i = 0;
        for (Node *e = n->a; e; e = e->next, i += 2) {
            cg_into(c, e->a, r + i);
            cg_into(c, e->b, r + i + 1);
        }
        EMIT(MK_ABC(I_BUILDDICT, dst, r, count));
        reg_free_to(c, base);
        return;
    }
    int acc = reg_alloc(c, 1);
    EMIT(MK_ABC(I_BUILDDICT, acc, 0, 0));
    for (Node *e = n->a; e; e = e->next) {
        int save = c->fs->freereg;
        if (e->kind == ND_DSTAR) {
            int r = cg_any(c, e->a);
            EMIT(MK_ABC(I_DICTUPDATE, acc, r, 0));
        } else {
            int k = cg_any(c, e->a);
            int v = cg_any(c, e->b);
            EMIT(MK_ABC(I_DICTSET, acc, k, v));
        }
        reg_free_to(c, save);
    }
    if (acc != dst) EMIT(MK_ABC(I_MOVE, dst, acc, 0));
    reg_free_to(c, base);
}

static void cg_fstring(Compiler *c, Node *n, int dst) {
    int count = count_list(n->a);
    if (count == 0) {
        cg_const(c, V_MKNAME(N_), dst);
        return;
    }
    int base = c->fs->freereg;
    int r = reg_alloc(c, count);
    int i = 0;
    for (Node *part = n->a; part; part = part->next, i++) {
        if (part->kind == ND_CONST) {
            cg_const(c, part->v, r + i);
            continue;
        }
        int save = c->fs->freereg;
        int v = reg_alloc(c, part->b ? 2 : 1);
        cg_into(c, part->a, v);
        if (part->b) cg_fstring(c, part->b, v + 1);
        int conv = part->op == 's' ? 1 : part->op == 'r' ? 2 : part->op == 'a' ? 3 : 0;
        EMIT(MK_ABC(I_FORMAT, r + i, v, conv | (part->b ? 4 : 0)));
        reg_free_to(c, save);
    }
    if (count == 1 && n->a->kind != ND_CONST) {
        if (r != dst) EMIT(MK_ABC(I_MOVE, dst, r, 0));
    } else {
        EMIT(MK_ABC(I_BUILDSTRING, dst, r, count));
    }
    reg_free_to(c, base);
}

/* Conditional jump on the truth of n: jumps when the value's truth equals `when`.
 * Returns the jump's pc (to patch). */
static int cg_cond_jump(Compiler *c, Node *n, bool when) {
    int save = c->fs->freereg;
    if (n->kind == ND_NOT) {
        int j = cg_cond_jump(c, n->a, !when);
        return j;
    }
    if (n->kind == ND_COMPARE && n->n == 1) {
        Node *op = n->b;
        int opc = -1;
        switch (op->op) {
        case OP_LT: opc = I_CJLT; break;
        case OP_LE: opc = I_CJLE; break;
        case OP_EQ: opc = I_CJEQ; break;
        case OP_NE: opc = I_CJNE; break;
        case OP_GT: opc = I_CJGT; break;
        case OP_GE: opc = I_CJGE; break;
        case OP_CONTAINS: opc = I_CJIN; break;
        case CMP_NOT_IN: opc = I_CJNOTIN; break;
        case CMP_IS: opc = I_CJIS; break;
        case CMP_IS_NOT: opc = I_CJISNOT; break;
        }
        int a = cg_any(c, n->a);
        int imm;
        if (opc == I_CJLT && is_const_smallint(op->a, -128, 127, &imm)) {
            EMIT(MK_ABC(I_CJLTI, when, a, (uint8_t)(int8_t)imm));
        } else {
            int b = cg_any(c, op->a);
            EMIT(MK_ABC(opc, when, a, b));
        }
        reg_free_to(c, save);
        return emit_jump(c);
    }
    int r = cg_any(c, n);
    reg_free_to(c, save);
    return EMIT(MK_AsBx(when ? I_JMPIF : I_JMPIFNOT, r, 0));
}

static int cmp_opcode(int op) {
    switch (op) {
    case OP_LT: return I_LT;
    case OP_LE: return I_LE;
    case OP_EQ: return I_EQ;
    case OP_NE: return I_NE;
    case OP_GT: return I_GT;
    case OP_GE: return I_GE;
    case OP_CONTAINS: return I_IN;
    case CMP_NOT_IN: return I_NOTIN;
    case CMP_IS: return I_IS;
    default: return I_ISNOT;
    }
}

/* Jumps to the end of an and/or or comparison chain: the first few in an array (small: these
 * recurse with nested expressions on an 8 kB C stack), the rest through a JMP each, chained,
 * which the opposite test skips. */
#define CHAIN_JUMPS 8

static void chain_exit_jump(Compiler *c, int op_exit, int op_stay, int reg, int *jumps, int *nj, int *extra) {
    if (*nj < CHAIN_JUMPS) {
        jumps[(*nj)++] = EMIT(MK_AsBx(op_exit, reg, 0));
        return;
    }
    int j = EMIT(MK_AsBx(op_stay, reg, 0));
    int t = emit_jump(c);
    patch_here(c, j);
    chain_add(c, extra, t);
}

static void cg_boolop(Compiler *c, Node *n, int dst) {
    bool is_and = n->kind == ND_AND;
    int jumps[CHAIN_JUMPS];
    int nj = 0;
    int extra = NO_JUMP;
    for (Node *e = n->a; e; e = e->next) {
        cg_into(c, e, dst);
        if (e->next)
            chain_exit_jump(c, is_and ? I_JMPIFNOT : I_JMPIF, is_and ? I_JMPIF : I_JMPIFNOT, dst, jumps, &nj, &extra);
    }
    for (int i = 0; i < nj; i++) patch_here(c, jumps[i]);
    chain_patch(c, extra, pc_here(c));
}

static void cg_compare_chain(Compiler *c, Node *n, int dst) {
    int save = c->fs->freereg;
    int left = cg_any(c, n->a);
    if (n->n == 1) {
        int right = cg_any(c, n->b->a);
        EMIT(MK_ABC(cmp_opcode(n->b->op), dst, left, right));
        reg_free_to(c, save);
        return;
    }
    int jumps[CHAIN_JUMPS];
    int nj = 0, extra = NO_JUMP;
    int res = dst;
    bool dst_is_temp = is_temp(c, dst) || c->scan;
    if (!dst_is_temp) res = reg_alloc(c, 1);
    for (Node *op = n->b; op; op = op->next) {
        int right;
        if (op->next) {
            right = local_reg(c, op->a);
            if (right < 0) { right = reg_alloc(c, 1); cg_into(c, op->a, right); }
        } else {
            right = cg_any(c, op->a);
        }
        EMIT(MK_ABC(cmp_opcode(op->op), res, left, right));
        if (op->next) chain_exit_jump(c, I_JMPIFNOT, I_JMPIF, res, jumps, &nj, &extra);
        left = right;
    }
    for (int i = 0; i < nj; i++) patch_here(c, jumps[i]);
    chain_patch(c, extra, pc_here(c));
    if (res != dst) EMIT(MK_ABC(I_MOVE, dst, res, 0));
    reg_free_to(c, save);
}

static Code *compile_comprehension(Compiler *c, Node *n);

static void cg_call(Compiler *c, Node *n, int dst) {
    FuncState *fs = c->fs;
    int save = fs->freereg;
    Node *func = n->a;
    int npos = 0, nkw = 0;
    bool complex_args = false;
    for (Node *a = n->b; a; a = a->next) {
        if (a->kind == ND_STARRED || a->kind == ND_DSTAR) complex_args = true;
        else if (a->kind == ND_KWARG) nkw++;
        else npos++;
    }
    if (npos + nkw > 200) complex_args = true;
    /* zero-argument super() inside a method becomes super(__class__, <first argument>) */
    bool zero_super = false;
    if (func->kind == ND_NAME && func->v == V_MKNAME(N_super) && !n->b && !c->scan &&
        (fs->kind == SC_FUNCTION) && fs->nparams > 0) {
        int idx;
        if (resolve(c, func->v, &idx) == VAR_GLOBAL) zero_super = true;
    }
    int base = (dst == fs->freereg - 1 && is_temp(c, dst)) ? dst : reg_alloc(c, 1);
    int mk = func->kind == ND_ATTR ? name_k8(c, func->v) : -1;
    bool method = mk >= 0 && !complex_args && !zero_super;
    if (method) {
        reg_alloc(c, 1);
        int obj = cg_any(c, func->a);
        EMIT(MK_ABC(I_LOADMETHOD, base, obj, mk));
        reg_free_to(c, base + 2);
    } else {
        cg_into(c, func, base);
        reg_free_to(c, base + 1);
    }
    if (zero_super) {
        int r = reg_alloc(c, 2);
        int idx = find_upval(c, fs, V_MKNAME(N___class__));
        if (idx < 0) {
            /* not inside a class: let super() complain at run time */
            reg_free_to(c, r);
        } else {
            EMIT(MK_ABC(I_LOADDEREF, r, idx, name_k8(c, V_MKNAME(N___class__)) & 0xFF));
            emit_load_name(c, fs->locals.v[0], r + 1, n);
            EMIT(MK_ABC(I_CALL, base, 2, 0));
            if (base != dst) EMIT(MK_ABC(I_MOVE, dst, base, 0));
            reg_free_to(c, save);
            return;
        }
    }
    if (complex_args) {
        /* positional arguments into a tuple, keywords into a dict: CALLEX */
        int args = reg_alloc(c, 1);
        int kwargs = reg_alloc(c, 1);
        EMIT(MK_ABC(I_BUILDLIST, args, 0, 0));
        bool have_kw = false;
        for (Node *a = n->b; a; a = a->next) {
            int s2 = fs->freereg;
            if (a->kind == ND_STARRED) {
                int r = cg_any(c, a->a);
                EMIT(MK_ABC(I_LISTEXTEND, args, r, 0));
            } else if (a->kind == ND_DSTAR) {
                if (!have_kw) { EMIT(MK_ABC(I_BUILDDICT, kwargs, 0, 0)); have_kw = true; }
                int r = cg_any(c, a->a);
                EMIT(MK_ABC(I_DICTMERGE, kwargs, r, 0));
            } else if (a->kind == ND_KWARG) {
                if (!have_kw) { EMIT(MK_ABC(I_BUILDDICT, kwargs, 0, 0)); have_kw = true; }
                int k = reg_alloc(c, 1);
                cg_const(c, a->v, k);
                int v = cg_any(c, a->a);
                int pair = reg_alloc(c, 2);
                EMIT(MK_ABC(I_MOVE, pair, k, 0));
                EMIT(MK_ABC(I_MOVE, pair + 1, v, 0));
                int tmp = reg_alloc(c, 1);
                EMIT(MK_ABC(I_BUILDDICT, tmp, pair, 1));
                EMIT(MK_ABC(I_DICTMERGE, kwargs, tmp, 0));
            } else {
                int r = cg_any(c, a);
                EMIT(MK_ABC(I_LISTAPPEND, args, r, 0));
            }
            reg_free_to(c, s2);
        }
        EMIT(MK_ABC(I_LISTTOTUPLE, args, args, 0));
        if (!have_kw) EMIT(MK_ABC(I_LOADNONE, kwargs, 0, 0));
        if (method) parse_error(&c->p, "internal: method call with star args");
        if (args != base + 1) {
            EMIT(MK_ABC(I_MOVE, base + 1, args, 0));
            EMIT(MK_ABC(I_MOVE, base + 2, kwargs, 0));
        }
        EMIT(MK_ABC(I_CALLEX, base, 0, 0));
    } else {
        int first = method ? base + 2 : base + 1;
        int r = reg_alloc(c, npos + nkw);
        (void)r;
        int i = 0;
        Value kwnames[nkw > 0 ? nkw : 1];
        int nk = 0;
        for (Node *a = n->b; a; a = a->next) {
            if (a->kind == ND_KWARG) continue;
            cg_into(c, a, first + i++);
        }
        for (Node *a = n->b; a; a = a->next) {
            if (a->kind != ND_KWARG) continue;
            for (int j = 0; j < nk; j++)
                if (kwnames[j] == a->v) error_name(c, a, "keyword argument repeated: %n", a->v);
            kwnames[nk++] = a->v;
            cg_into(c, a->a, first + i++);
        }
        if (nkw) {
            int t = reg_alloc(c, 1);
            cg_const(c, c->scan ? V_NONE : tuple_from_array(kwnames, nk), t);
        }
        if (method) EMIT(MK_ABC(I_CALLMETHOD, base, npos, nkw));
        else if (nkw) EMIT(MK_ABC(I_CALLKW, base, npos, nkw));
        else EMIT(MK_ABC(I_CALL, base, npos, 0));
    }
    if (base != dst) EMIT(MK_ABC(I_MOVE, dst, base, 0));
    reg_free_to(c, save);
}

static void cg_subscript_index(Compiler *c, Node *idx, int dst) {
    if (idx->kind == ND_SLICE) {
        int r = reg_alloc(c, 3);
        if (idx->a) cg_into(c, idx->a, r); else EMIT(MK_ABC(I_LOADNONE, r, 0, 0));
        if (idx->b) cg_into(c, idx->b, r + 1); else EMIT(MK_ABC(I_LOADNONE, r + 1, 0, 0));
        if (idx->c) cg_into(c, idx->c, r + 2); else EMIT(MK_ABC(I_LOADNONE, r + 2, 0, 0));
        EMIT(MK_ABC(I_BUILDSLICE, dst, r, 3));
        reg_free_to(c, r);
        return;
    }
    if (idx->kind == ND_TUPLE) {
        /* a[i:j, k]: slices inside tuples */
        int count = count_list(idx->a);
        bool star = has_starred(idx->a);
        if (!star) {
            int r = reg_alloc(c, count);
            int i = 0;
            for (Node *e = idx->a; e; e = e->next) cg_subscript_index(c, e, r + i++);
            EMIT(MK_ABC(I_BUILDTUPLE, dst, r, count));
            reg_free_to(c, r);
            return;
        }
    }
    cg_into(c, idx, dst);
}

static int cg_index_any(Compiler *c, Node *idx) {
    int r = local_reg(c, idx);
    if (r >= 0) return r;
    r = reg_alloc(c, 1);
    cg_subscript_index(c, idx, r);
    return r;
}

static void cg_lambda(Compiler *c, Node *n, int dst);

static void cg_into(Compiler *c, Node *n, int dst) {
    vm_check_stack();   /* nested expressions and lambdas recurse in C */
    if (c->scan) {
        scan_expr(c, n);
        return;
    }
    FuncState *fs = c->fs;
    int save = fs->freereg;
    set_line(c, n->line);
    switch (n->kind) {
    case ND_CONST:
        cg_const(c, n->v, dst);
        break;
    case ND_NAME:
        emit_load_name(c, n->v, dst, n);
        break;
    case ND_BINOP: {
        int imm;
        int a = cg_any(c, n->a);
        if ((n->op == OP_ADD || n->op == OP_SUB) && is_const_smallint(n->b, -127, 127, &imm)) {
            /* SUBI, not ADDI of -k: a class may define __sub__ but not __add__ */
            EMIT(MK_ABC(n->op == OP_ADD ? I_ADDI : I_SUBI, dst, a, (uint8_t)(int8_t)imm));
            break;
        }
        int b = cg_any(c, n->b);
        EMIT(MK_ABC(I_ADD + n->op, dst, a, b));
        break;
    }
    case ND_UNARY: {
        int a = cg_any(c, n->a);
        int op = n->op == UOP_NEG ? I_NEG : n->op == UOP_POS ? I_POS : I_INVERT;
        EMIT(MK_ABC(op, dst, a, 0));
        break;
    }
    case ND_NOT: {
        int a = cg_any(c, n->a);
        EMIT(MK_ABC(I_NOT, dst, a, 0));
        break;
    }
    case ND_AND: case ND_OR:
        cg_boolop(c, n, dst);
        break;
    case ND_COMPARE:
        cg_compare_chain(c, n, dst);
        break;
    case ND_IFEXP: {
        int jf = cg_cond_jump(c, n->a, false);
        cg_into(c, n->b, dst);
        int je = emit_jump(c);
        patch_here(c, jf);
        cg_into(c, n->c, dst);
        patch_here(c, je);
        break;
    }
    case ND_LAMBDA:
        cg_lambda(c, n, dst);
        break;
    case ND_WALRUS:
        cg_into(c, n->b, dst);
        emit_store_name(c, n->a->v, dst);
        if (fs->kind != SC_MODULE) {
            int idx;
            if (resolve(c, n->a->v, &idx) == VAR_LOCAL) set_definite(fs, idx, false);
        }
        break;
    case ND_CALL:
        cg_call(c, n, dst);
        break;
    case ND_ATTR: {
        int obj = cg_any(c, n->a);
        int k = name_k8(c, n->v);
        if (k >= 0) EMIT(MK_ABC(I_GETATTR, dst, obj, k));
        else {
            int nr = reg_alloc(c, 1);
            cg_const(c, n->v, nr);
            EMIT(MK_ABC(I_GETATTRX, dst, obj, nr));
        }
        break;
    }
    case ND_SUBSCR: {
        int obj = cg_any(c, n->a);
        int idx = cg_index_any(c, n->b);
        EMIT(MK_ABC(I_GETITEM, dst, obj, idx));
        break;
    }
    case ND_TUPLE: case ND_LIST: case ND_SET:
        cg_sequence(c, n, dst);
        break;
    case ND_DICT:
        cg_dict(c, n, dst);
        break;
    case ND_LISTCOMP: case ND_SETCOMP: case ND_DICTCOMP: case ND_GENEXP: {
        Code *code = compile_comprehension(c, n);
        int base = reg_alloc(c, 2);
        uint32_t k = add_const(c, V_FROMPTR(code));
        if (k > 0xFFFF) parse_error(&c->p, "too many constants");
        EMIT(MK_ABx(I_MAKEFUNC, base, k));
        int it = cg_any(c, n->b->b);
        EMIT(MK_ABC(I_GETITER, base + 1, it, 0));
        EMIT(MK_ABC(I_CALL, base, 1, 0));
        if (base != dst) EMIT(MK_ABC(I_MOVE, dst, base, 0));
        break;
    }
    case ND_FSTRING:
        cg_fstring(c, n, dst);
        break;
    case ND_YIELD:
        if (fs->kind == SC_COMP) error_at(c, n, "'yield' inside list comprehension");
        if (fs->kind == SC_MODULE || fs->kind == SC_CLASS) error_at(c, n, "'yield' outside function");
        if (n->a) cg_into(c, n->a, dst);
        else EMIT(MK_ABC(I_LOADNONE, dst, 0, 0));
        EMIT(MK_ABC(I_YIELD, dst, 0, 0));
        break;
    case ND_YIELDFROM: {
        if (fs->kind == SC_COMP) error_at(c, n, "'yield' inside list comprehension");
        if (fs->kind == SC_MODULE || fs->kind == SC_CLASS) error_at(c, n, "'yield' outside function");
        int r = reg_alloc(c, 1);
        int a = cg_any(c, n->a);
        EMIT(MK_ABC(I_GETYFITER, r, a, 0));
        EMIT(MK_ABC(I_LOADNONE, dst, 0, 0));   /* the first value sent to the iterator */
        EMIT(MK_ABC(I_YIELDFROM, dst, r, 0));
        break;
    }
    case ND_STARRED:
        error_at(c, n, "can't use starred expression here");
    case ND_SLICE:
        error_at(c, n, "invalid syntax");
    case ND_KWARG: case ND_DSTAR:
        error_at(c, n, "invalid syntax");
    default:
        error_at(c, n, "invalid syntax");
    }
    reg_free_to(c, save);
}

/* ---------------- assignment targets ---------------- */

/* assign: the target of '=' (CPython adds "here. Maybe you meant '==' instead of '='?") */
static void check_target_in(Compiler *c, Node *t, bool assign) {
    switch (t->kind) {
    case ND_NAME: case ND_ATTR: case ND_SUBSCR: return;
    case ND_TUPLE: case ND_LIST: {
        int stars = 0;
        for (Node *e = t->a; e; e = e->next) {
            if (e->kind == ND_STARRED) {
                if (++stars > 1) error_at(c, e, "multiple starred expressions in assignment");
                check_target_in(c, e->a, assign);
            } else {
                check_target_in(c, e, assign);
            }
        }
        return;
    }
    case ND_STARRED: error_at(c, t, "starred assignment target must be in a list or tuple");
    case ND_CONST:
        if (t->v == V_NONE || t->v == V_TRUE || t->v == V_FALSE) {
            const char *m = t->v == V_NONE ? ES_SMSG("cannot assign to None") : t->v == V_TRUE ? ES_SMSG("cannot assign to True")
                                                                    : ES_SMSG("cannot assign to False");
            error_at(c, t, m);
        }
        if (t->v == V_ELLIPSIS) {
            if (assign) error_at(c, t, "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?");
            error_at(c, t, "cannot assign to ellipsis");
        }
        if (assign) error_at(c, t, "cannot assign to literal here. Maybe you meant '==' instead of '='?");
        error_at(c, t, "cannot assign to literal");
    case ND_CALL:
        if (assign) error_at(c, t, "cannot assign to function call here. Maybe you meant '==' instead of '='?");
        error_at(c, t, "cannot assign to function call");
    case ND_COMPARE: error_at(c, t, "cannot assign to comparison");
    case ND_LAMBDA: error_at(c, t, "cannot assign to lambda");
    case ND_IFEXP: error_at(c, t, "cannot assign to conditional expression");
    case ND_BINOP: case ND_UNARY:
        if (assign) error_at(c, t, "cannot assign to expression here. Maybe you meant '==' instead of '='?");
        error_at(c, t, "cannot assign to expression");
    case ND_AND: case ND_OR: case ND_NOT: error_at(c, t, "cannot assign to expression");
    case ND_FSTRING: error_at(c, t, "cannot assign to f-string expression");
    case ND_DICT: error_at(c, t, "cannot assign to dict literal");
    case ND_SET: error_at(c, t, "cannot assign to set display");
    case ND_LISTCOMP: error_at(c, t, "cannot assign to list comprehension");
    case ND_GENEXP: error_at(c, t, "cannot assign to generator expression");
    case ND_YIELD: case ND_YIELDFROM: error_at(c, t, "cannot assign to yield expression");
    case ND_WALRUS: error_at(c, t, "cannot assign to named expression");
    default: error_at(c, t, "invalid syntax");
    }
}

static void check_target(Compiler *c, Node *t) { check_target_in(c, t, false); }

static void cg_store(Compiler *c, Node *t, int src) {
    if (c->scan) {
        scan_target(c, t);
        return;
    }
    int save = c->fs->freereg;
    set_line(c, t->line);
    switch (t->kind) {
    case ND_NAME:
        emit_store_name(c, t->v, src);
        break;
    case ND_ATTR: {
        int obj = cg_any(c, t->a);
        int k = name_k8(c, t->v);
        if (k >= 0) EMIT(MK_ABC(I_SETATTR, obj, k, src));
        else {
            int nr = reg_alloc(c, 1);
            cg_const(c, t->v, nr);
            EMIT(MK_ABC(I_SETATTRX, obj, nr, src));
        }
        break;
    }
    case ND_SUBSCR: {
        int obj = cg_any(c, t->a);
        int idx = cg_index_any(c, t->b);
        EMIT(MK_ABC(I_SETITEM, obj, idx, src));
        break;
    }
    case ND_TUPLE: case ND_LIST: {
        int count = count_list(t->a);
        int before = 0, after = 0;
        bool star = false;
        for (Node *e = t->a; e; e = e->next) {
            if (e->kind == ND_STARRED) star = true;
            else if (star) after++;
            else before++;
        }
        int r = reg_alloc(c, count);
        if (star) {
            EMIT(MK_ABC(I_UNPACKEX, r, src, 0));
            if (!c->scan) emit(c, (Inst)before | (Inst)after << 16);
        } else {
            if (count > 255) error_at(c, t, "too many expressions in star-unpacking assignment");
            EMIT(MK_ABC(I_UNPACK, r, src, count));
        }
        int i = 0;
        for (Node *e = t->a; e; e = e->next, i++)
            cg_store(c, e->kind == ND_STARRED ? e->a : e, r + i);
        break;
    }
    default:
        check_target(c, t);
    }
    reg_free_to(c, save);
}

static void cg_delete(Compiler *c, Node *t) {
    if (c->scan) {
        if (t->kind == ND_NAME) bind(c, t->v);
        else if (t->kind == ND_TUPLE || t->kind == ND_LIST)
            for (Node *e = t->a; e; e = e->next) cg_delete(c, e);
        else scan_expr(c, t);
        return;
    }
    int save = c->fs->freereg;
    set_line(c, t->line);
    switch (t->kind) {
    case ND_NAME:
        emit_delete_name(c, t->v);
        break;
    case ND_ATTR: {
        int obj = cg_any(c, t->a);
        int k = name_k8(c, t->v);
        if (k < 0) parse_error(&c->p, "too many names");
        EMIT(MK_ABC(I_DELATTR, obj, k, 0));
        break;
    }
    case ND_SUBSCR: {
        int obj = cg_any(c, t->a);
        int idx = cg_index_any(c, t->b);
        EMIT(MK_ABC(I_DELITEM, obj, idx, 0));
        break;
    }
    case ND_TUPLE: case ND_LIST:
        for (Node *e = t->a; e; e = e->next) cg_delete(c, e);
        break;
    case ND_CALL: error_at(c, t, "cannot delete function call");
    case ND_CONST: error_at(c, t, "cannot delete literal");
    default: error_at(c, t, "cannot delete expression");
    }
    reg_free_to(c, save);
}

/* Value of an expression for an assignment to a local: straight into its register when the
 * expression finishes with one instruction that reads all its operands first. */
static bool writes_last(const Node *n) {
    switch (n->kind) {
    case ND_CONST: case ND_NAME: case ND_BINOP: case ND_UNARY: case ND_NOT: case ND_ATTR:
    case ND_SUBSCR: case ND_TUPLE: case ND_LIST: case ND_SET: case ND_DICT: case ND_CALL:
    case ND_LISTCOMP: case ND_SETCOMP: case ND_DICTCOMP: case ND_GENEXP: case ND_LAMBDA:
    case ND_FSTRING:
        return true;
    case ND_COMPARE:
        return n->n == 1;
    default:
        return false;
    }
}

/* ---------------- blocks, exception ranges ---------------- */

static void block_push(Compiler *c, Block *b, int kind) {
    memset(b, 0, sizeof *b);
    b->kind = (uint8_t)kind;
    b->prev = c->fs->block;
    b->break_list = NO_JUMP;
    b->range_start = c->fs->ncode;
    b->reg2 = -1;
    c->fs->block = b;
}

static void block_pop(Compiler *c, Block *b) { c->fs->block = b->prev; }

static void range_close(Compiler *c, Block *b) {
    if (c->scan) return;
    uint32_t end = c->fs->ncode;
    if (end > b->range_start) {
        if (b->nranges == b->aranges) {
            b->aranges = b->aranges ? b->aranges * 2 : 4;
            b->ranges = gc_realloc(b->ranges, b->aranges * sizeof(Range), GC_LEAF);
        }
        b->ranges[b->nranges].start = b->range_start;
        b->ranges[b->nranges].end = end;
        b->nranges++;
    }
    b->range_start = end;
}

static void range_reopen(Compiler *c, Block *b) { b->range_start = c->fs->ncode; }

static void exc_entry_add(Compiler *c, uint32_t start, uint32_t end, int handler, int reg) {
    FuncState *fs = c->fs;
    if (fs->nexc == fs->aexc) fs->exc = grow(fs->exc, &fs->aexc, sizeof(ExcEntry), 8, GC_LEAF);
    fs->exc[fs->nexc].start = start;
    fs->exc[fs->nexc].end = end;
    fs->exc[fs->nexc].handler_reg = (uint32_t)handler << 8 | (uint32_t)reg;
    fs->nexc++;
}

/* Adds a block's protected ranges to the exception table with their handler. */
static void ranges_commit(Compiler *c, Block *b, int handler, int reg) {
    if (c->scan) return;
    for (uint32_t i = 0; i < b->nranges; i++)
        exc_entry_add(c, b->ranges[i].start, b->ranges[i].end, handler, reg);
    if (b->ranges) gc_free(b->ranges);
    b->ranges = NULL;
    b->nranges = b->aranges = 0;
}

static void compile_finally_copy(Compiler *c, Block *b);

/* Runs the cleanup of every block from the innermost up to (not including) `stop`, for a
 * break, continue or return leaving them. */
static void unwind_blocks(Compiler *c, Block *stop) {
    for (Block *b = c->fs->block; b && b != stop; b = b->prev) {
        switch (b->kind) {
        case BK_FINALLY:
            range_close(c, b);
            compile_finally_copy(c, b);
            range_reopen(c, b);
            break;
        case BK_HANDLER:
            range_close(c, b);
            EMIT(MK_ABC(I_POPEXC, 0, b->reg, 0));
            if (b->as_name) {
                int idx;
                if (resolve(c, b->as_name, &idx) == VAR_LOCAL) EMIT(MK_ABx(I_DELLOCAL, idx, 0xFFFF));
                else {
                    EMIT(MK_ABC(I_LOADNONE, b->reg, 0, 0));
                    emit_store_name(c, b->as_name, b->reg);
                    emit_delete_name(c, b->as_name);
                }
            }
            range_reopen(c, b);
            break;
        case BK_FINALLY_BODY:
            range_close(c, b);
            EMIT(MK_ABC(I_POPEXC, 0, b->reg, 0));
            range_reopen(c, b);
            break;
        case BK_WITH:
            range_close(c, b);
            EMIT(MK_ABC(I_WITHEXIT, b->reg, 0, 0));
            range_reopen(c, b);
            break;
        default:
            break;
        }
    }
}

/* ---------------- functions ---------------- */

static void fs_open(Compiler *c, FuncState *fs, int kind, Value name, uint32_t line) {
    memset(fs, 0, sizeof *fs);
    fs->parent = c->fs;
    fs->kind = (uint8_t)kind;
    fs->name = name;
    fs->firstline = line;
    fs->line = line;
    fs->tab_line = line;
    fs->class_reg = -1;
    /* qualified name: parent's qualname + (".<locals>" for functions) + "." + name */
    if (c->fs && c->fs->kind != SC_MODULE) {
        Vstr v;
        vstr_init(&v, 32);
        size_t n;
        const char *s = str_data(c->fs->qualname, &n);
        vstr_add(&v, s, n);
        if (c->fs->kind != SC_CLASS) vstr_add_str(&v, ".<locals>");
        vstr_addc(&v, '.');
        s = str_data(name, &n);
        vstr_add(&v, s, n);
        fs->qualname = vstr_to_str(&v);
    } else {
        fs->qualname = name;
    }
    c->fs = fs;
}

/* The final copy (alloc bytes, the first n from tmp) of a buffer the compiler grew: long-lived
 * memory at the top of the heap (GC_LONG), so the compiler's garbage, below, frees up in one
 * piece.  NULL for none. */
static void *keep(void *tmp, size_t n, size_t alloc, unsigned flags) {
    if (!alloc) return NULL;
    void *p = gc_alloc_maybe(alloc, flags | GC_LONG);
    if (!p) return tmp ? gc_realloc(tmp, alloc, flags) : gc_alloc(alloc, flags);   /* no room: in place */
    if (tmp) memcpy(p, tmp, n);
    gc_free(tmp);
    return p;
}

static Code *fs_close(Compiler *c, FuncState *fs) {
    c->fs = fs->parent;
    Code *code = gc_alloc(sizeof(Code), GC_LONG);
    code->base.type = &code_type;
    uint32_t flags = fs->flags;
    if (fs->is_generator) flags |= CO_GENERATOR;
    if (fs->uses_class) flags |= CO_USES_CLASS;
    code->flags = flags;
    code->nregs = (uint8_t)(fs->maxreg > 0 ? fs->maxreg : 1);
    code->nargs = fs->nargs;
    code->nposonly = fs->nposonly;
    code->nkwonly = fs->nkwonly;
    code->nupvals = (uint8_t)fs->nupvals;
    if (fs->doc) {
        vv_push(&fs->consts, fs->doc);
        code->flags |= CO_DOC;
    }
    code->ninsts = fs->ncode;
    code->nconsts = fs->consts.n;
    code->nlines = fs->nlines;
    code->nexc = (uint16_t)fs->nexc;
    code->firstline = fs->firstline;
    code->name = fs->name;
    code->qualname = fs->qualname;
    code->filename = c->filename;
    code->insts = keep(fs->code, fs->ncode * sizeof(Inst), fs->ncode * sizeof(Inst) + 1, GC_LEAF);
    code->consts = keep(fs->consts.v, fs->consts.n * sizeof(Value), fs->consts.n * sizeof(Value), 0);
    uint32_t nl = fs->locals.n;
    code->nlocals = (uint8_t)nl;
    code->varnames = keep(NULL, 0, nl * sizeof(Value), 0);
    if (nl) memcpy((Value *)code->varnames, fs->locals.v, nl * sizeof(Value));
    code->upvals = keep(NULL, 0, 2 * (size_t)fs->nupvals, GC_LEAF);
    if (fs->nupvals) memcpy((uint8_t *)code->upvals, fs->upvals, 2 * (size_t)fs->nupvals);
    code->lines = keep(fs->lines, fs->nlines, fs->nlines, GC_LEAF);
    code->exc = keep(fs->exc, fs->nexc * sizeof(ExcEntry), fs->nexc * sizeof(ExcEntry), GC_LEAF);
    fs->code = NULL, fs->consts.v = NULL, fs->lines = NULL, fs->exc = NULL;
    return code;
}

/* IndentationError after a block header: CPython names the statement and its line
 * ("expected an indented block after 'if' statement on line 3").  nl is the header's final
 * newline token; the header starts on the nearest line above that opens with a keyword. */
static ES_NORETURN void block_indent_error(Compiler *c, const char *nl, uint32_t line) {
    static const char *const kw[] = {"if", "elif", "else", "for", "while", "try", "except", "finally",
                                     "with", "def", "class", "async"};
    Lexer *lx = &c->p.lx;
    for (int back = 0; back < 16 && nl > lx->src; back++, line--) {
        const char *ls = nl;
        while (ls > lx->src && ls[-1] != '\n' && ls[-1] != '\r') ls--;
        const char *w = ls;
        while (w < nl && (*w == ' ' || *w == '\t')) w++;
        size_t n = 0;
        while (w + n < nl && w[n] >= 'a' && w[n] <= 'z') n++;
        for (size_t i = 0; i < sizeof kw / sizeof kw[0]; i++) {
            if (strlen(kw[i]) != n || memcmp(kw[i], w, n) != 0) continue;
            lex_indent_error(lx, NULL, i < 9 ? cstr_printf("expected an indented block after '%.*s' statement on line %u",
                                                           (int)n, w, (unsigned)line)
                                       : cstr_printf(i == 10 ? ES_MSG("expected an indented block after class definition on line %u")
                                                             : ES_MSG("expected an indented block after function definition on line %u"),
                                                     (unsigned)line));
        }
        if (ls <= lx->src) break;
        nl = ls - 1;
    }
    lex_indent_error(lx, NULL, "expected an indented block");
}

/* Skips the block after a ':' without compiling it (nested bodies in pass 1, try lookahead).
 * Notes names declared nonlocal inside it: they may change behind the enclosing function's
 * back, so its reads of them are always checked. */
static void skip_block(Compiler *c) {
    Parser *p = &c->p;
    if (tok(p) != T_NEWLINE) {
        while (tok(p) != T_NEWLINE && tok(p) != T_END) {
            if (tok(p) == T_NONLOCAL) {
                advance(p);
                while (tok(p) == T_NAME || tok(p) == T_COMMA) {
                    if (tok(p) == T_NAME && c->fs) vv_add_unique(&c->fs->ext_modified, parse_ident(p, &p->lx.tok, NULL));
                    advance(p);
                }
                continue;
            }
            advance(p);
        }
        advance(p);
        return;
    }
    const char *nl = p->lx.tok.start;
    uint32_t nline = p->lx.tok.line;
    advance(p);
    if (tok(p) != T_INDENT) block_indent_error(c, nl, nline);
    advance(p);
    int depth = 1;
    while (depth > 0) {
        int k = tok(p);
        if (k == T_END) parse_error(p, "unexpected EOF while parsing");
        if (k == T_INDENT) depth++;
        else if (k == T_DEDENT) depth--;
        else if (k == T_NONLOCAL) {
            advance(p);
            while (tok(p) == T_NAME || tok(p) == T_COMMA) {
                if (tok(p) == T_NAME && c->fs) vv_add_unique(&c->fs->ext_modified, parse_ident(p, &p->lx.tok, NULL));
                advance(p);
            }
            continue;
        }
        advance(p);
    }
}

/* Declares the parameters as the first locals. */
static void declare_params(Compiler *c, Node *params) {
    FuncState *fs = c->fs;
    if (!params) return;
    /* order: positional (incl. posonly), kw-only, *args, **kwargs */
    Value varargs = V_NULL, varkw = V_NULL;
    for (Node *p = params->a; p; p = p->next) {
        if (p->op == PARAM_POS || p->op == PARAM_POSONLY) {
            vv_push(&fs->locals, p->v);
            fs->nargs++;
            if (p->op == PARAM_POSONLY) fs->nposonly++;
        }
    }
    for (Node *p = params->a; p; p = p->next)
        if (p->op == PARAM_KWONLY) { vv_push(&fs->locals, p->v); fs->nkwonly++; }
    for (Node *p = params->a; p; p = p->next) {
        if (p->op == PARAM_VARARGS) varargs = p->v;
        if (p->op == PARAM_VARKW) varkw = p->v;
    }
    if (varargs) { vv_push(&fs->locals, varargs); fs->flags |= CO_VARARGS; }
    if (varkw) { vv_push(&fs->locals, varkw); fs->flags |= CO_VARKW; }
    fs->nparams = (int)fs->locals.n;
}

/* Makes the bound names of pass 1 into register locals (functions) after the parameters. */
static void declare_locals(Compiler *c) {
    FuncState *fs = c->fs;
    for (uint32_t i = 0; i < fs->bound.n; i++) {
        Value name = fs->bound.v[i];
        if (vv_find(&fs->globals, name) >= 0 || vv_find(&fs->nonlocals, name) >= 0) continue;
        vv_add_unique(&fs->locals, name);
    }
    if (fs->locals.n > MAX_REGS - 20) parse_error(&c->p, "too many local variables");
    fs->freereg = fs->maxreg = (int)fs->locals.n;
    memset(fs->definite, 0, sizeof fs->definite);
    for (int i = 0; i < fs->nparams; i++) set_definite(fs, i, true);
}

/* A copy of the lexer state, to read a body again (two passes, finally bodies, lookahead).  On
 * the GC heap: a Lexer is ~260 bytes and nested blocks would pile them up on the C stack,
 * which is 8 kB on the board.  Freed by the caller (or collected after a SyntaxError). */
static Lexer *lexer_save(Compiler *c) {
    Lexer *l = gc_alloc(sizeof(Lexer), 0);
    *l = c->p.lx;
    return l;
}

static void lexer_restore(Compiler *c, Lexer *l) {
    c->p.lx = *l;
    gc_free(l);
}

/* Compiles a def/class body (the lexer is at the token after ':') in two passes. */
static void compile_body_two_pass(Compiler *c) {
    Lexer *saved = lexer_save(c);
    bool scan = c->scan;
    c->scan = true;
    ArenaMark m = arena_mark(&c->arena);
    compile_block(c);
    arena_release(&c->arena, m);
    lexer_restore(c, saved);
    c->scan = false;
    declare_locals(c);
    c->fs->nstmt = 0;
    compile_block(c);
    c->scan = scan;
}

static void emit_defaults(Compiler *c, Node *params, int base, uint32_t *flags) {
    int ndef = 0;
    bool kwdef = false;
    for (Node *p = params ? params->a : NULL; p; p = p->next) {
        if (!p->a) continue;
        if (p->op == PARAM_KWONLY) kwdef = true;
        else ndef++;
    }
    if (ndef) {
        int r = reg_alloc(c, ndef);
        int i = 0;
        for (Node *p = params->a; p; p = p->next)
            if (p->a && p->op != PARAM_KWONLY) cg_into(c, p->a, r + i++);
        EMIT(MK_ABC(I_BUILDTUPLE, base, r, ndef));
        reg_free_to(c, base + 2);
        *flags |= CO_DEFAULTS;
    }
    if (kwdef) {
        int acc = base + 1;
        EMIT(MK_ABC(I_BUILDDICT, acc, 0, 0));
        for (Node *p = params->a; p; p = p->next) {
            if (!p->a || p->op != PARAM_KWONLY) continue;
            int k = reg_alloc(c, 2);
            cg_const(c, p->v, k);
            cg_into(c, p->a, k + 1);
            EMIT(MK_ABC(I_DICTSET, acc, k, k + 1));
            reg_free_to(c, base + 2);
        }
        *flags |= CO_KWDEFAULTS;
    }
}

static void cg_lambda(Compiler *c, Node *n, int dst) {
    int base = reg_alloc(c, 2);
    uint32_t flags = 0;
    emit_defaults(c, n->a, base, &flags);
    Code *code = compile_function(c, n->a, n->b, V_MKNAME(N__lt_lambda_gt), SC_LAMBDA, n->line, false);
    code->flags |= flags;
    uint32_t k = add_const(c, V_FROMPTR(code));
    if (k > 0xFFFF) parse_error(&c->p, "too many constants");
    EMIT(MK_ABx(I_MAKEFUNC, base, k));
    if (base != dst) EMIT(MK_ABC(I_MOVE, dst, base, 0));
}

/* Compiles a function whose body is either the block at the lexer (def) or an expression
 * (lambda). */
static Code *compile_function(Compiler *c, Node *params, Node *body_expr, Value name, int kind,
                              uint32_t line, bool is_async) {
    (void)is_async;
    FuncState *fs = gc_alloc(sizeof(FuncState), 0);   /* ~250 bytes: not on the 8 kB C stack */
    fs_open(c, fs, kind, name, line);
    declare_params(c, params);
    if (body_expr) {
        /* lambda: walrus targets inside bind in the lambda */
        bool scan = c->scan;
        c->scan = true;
        scan_expr(c, body_expr);
        c->scan = false;
        declare_locals(c);
        fs->flags |= CO_LAMBDA;
        int r = reg_alloc(c, 1);
        cg_into(c, body_expr, r);
        if (fs->is_generator) EMIT(MK_ABC(I_RETURNNONE, 0, 0, 0));
        else EMIT(MK_ABC(I_RETURN, r, 0, 0));
        c->scan = scan;
    } else {
        compile_body_two_pass(c);
        EMIT(MK_ABC(I_RETURNNONE, 0, 0, 0));
    }
    return fs_close(c, fs);
}

/* A comprehension is a nested function of one argument, the outermost iterator. */
static void comp_loops(Compiler *c, Node *n, Node *f, int acc) {
    FuncState *fs = c->fs;
    int save = fs->freereg;
    int it = reg_alloc(c, 2);      /* FORITER keeps the iterator in R[it], the item in R[it+1] */
    if (f == n->b) {
        EMIT(MK_ABC(I_MOVE, it, 0, 0));   /* parameter .0 */
    } else {
        int src = cg_any(c, f->b);
        EMIT(MK_ABC(I_GETITER, it, src, 0));
        reg_free_to(c, it + 2);
    }
    int loop = pc_here(c);
    int jexit = EMIT(MK_AsBx(I_FORITER, it, 0));
    cg_store(c, f->a, it + 1);
    int conds[32];
    int nc = 0;
    for (Node *cond = f->c; cond; cond = cond->next) {
        if (nc == 32) parse_error(&c->p, "too many conditions in comprehension");
        conds[nc++] = cg_cond_jump(c, cond, false);
    }
    if (f->next) {
        comp_loops(c, n, f->next, acc);
    } else {
        int s2 = fs->freereg;
        switch (n->kind) {
        case ND_LISTCOMP: { int r = cg_any(c, n->a); EMIT(MK_ABC(I_LISTAPPEND, acc, r, 0)); break; }
        case ND_SETCOMP: { int r = cg_any(c, n->a); EMIT(MK_ABC(I_SETADD, acc, r, 0)); break; }
        case ND_DICTCOMP: {
            int k = cg_any(c, n->a->a);
            int v = cg_any(c, n->a->b);
            EMIT(MK_ABC(I_DICTSET, acc, k, v));
            break;
        }
        default: {
            int r = reg_alloc(c, 1);
            cg_into(c, n->a, r);
            EMIT(MK_ABC(I_YIELD, r, 0, 0));
            break;
        }
        }
        reg_free_to(c, s2);
    }
    for (int i = 0; i < nc; i++) patch_jump_to(c, conds[i], loop);
    EMIT(MK_sAx(I_JMP, loop - (pc_here(c) + 1)));
    patch_here(c, jexit);
    reg_free_to(c, save);
}

static Code *compile_comprehension(Compiler *c, Node *n) {
    FuncState *fs = gc_alloc(sizeof(FuncState), 0);   /* ~250 bytes: not on the 8 kB C stack */
    Value name = n->kind == ND_LISTCOMP ? V_MKNAME(N__lt_listcomp_gt) :
                 n->kind == ND_SETCOMP ? V_MKNAME(N__lt_setcomp_gt) :
                 n->kind == ND_DICTCOMP ? V_MKNAME(N__lt_dictcomp_gt) : V_MKNAME(N__lt_genexpr_gt);
    fs_open(c, fs, SC_COMP, name, n->line);
    vv_push(&fs->locals, V_MKNAME(N__dot0));
    fs->nargs = 1;
    fs->nparams = 1;
    fs->flags |= CO_COMPREHENSION;
    /* the loop targets are the comprehension's locals; walrus targets belong outside */
    for (Node *f = n->b; f; f = f->next) scan_target(c, f->a);
    /* walrus targets inside are not bound here: they belong to the enclosing function */
    declare_locals(c);
    if (n->kind == ND_GENEXP) fs->is_generator = true;
    int acc = -1;
    if (n->kind != ND_GENEXP) {
        acc = reg_alloc(c, 1);
        EMIT(MK_ABC(n->kind == ND_LISTCOMP ? I_BUILDLIST : n->kind == ND_SETCOMP ? I_BUILDSET : I_BUILDDICT, acc, 0, 0));
    }
    comp_loops(c, n, n->b, acc);
    if (n->kind == ND_GENEXP) EMIT(MK_ABC(I_RETURNNONE, 0, 0, 0));
    else EMIT(MK_ABC(I_RETURN, acc, 0, 0));
    return fs_close(c, fs);
}

/* ---------------- statements ---------------- */

static void end_simple(Compiler *c) {
    Parser *p = &c->p;
    if (tok(p) == T_SEMI) return;
    if (tok(p) != T_NEWLINE && tok(p) != T_END) {
        if (tok(p) == T_END && p->lx.repl_cont) parse_error(p, "incomplete input");
        parse_error(p, "invalid syntax");
    }
}

/* A string literal as the first statement of a function, class or module is its docstring. */
static bool docstring(Compiler *c, Node *first, int k) {
    FuncState *fs = c->fs;
    if (c->scan || fs->nstmt != 0 || first->kind != ND_CONST || !str_is(first->v)) return false;
    if (k != T_NEWLINE && k != T_SEMI && k != T_END) return false;
    if (fs->kind == SC_FUNCTION) {
        fs->doc = first->v;
        return true;
    }
    if (fs->kind == SC_CLASS || (fs->kind == SC_MODULE && c->mode == COMPILE_FILE)) {
        int r = reg_alloc(c, 1);
        cg_const(c, first->v, r);
        emit_store_name(c, V_MKNAME(N___doc__), r);
        reg_free_to(c, r);
        return true;
    }
    return false;
}

static void compile_expr_stmt(Compiler *c) {
    Parser *p = &c->p;
    FuncState *fs = c->fs;
    Node *first = parse_star_exprs_or_yield(p);
    int k = tok(p);
    if (docstring(c, first, k)) return;
    if (first->kind == ND_NAME && (k == T_NAME || k == T_NUMBER || k == T_STRING)) {
        /* Python 2 code: print "x" */
        if (first->v == V_MKNAME(N_print))
            parse_error_node(p, first, "Missing parentheses in call to 'print'. Did you mean print(...)?");
        if (first->v == V_MKNAME(N_exec))
            parse_error_node(p, first, "Missing parentheses in call to 'exec'. Did you mean exec(...)?");
    }
    if (k == T_ASSIGN) {
        /* a = b = value: collect targets, then evaluate value once */
        Node *targets[64];
        int nt = 0;
        Node *value = first;
        while (accept(p, T_ASSIGN)) {
            if (nt == 64) parse_error(p, "too many assignment targets");
            targets[nt++] = value;
            value = parse_star_exprs_or_yield(p);
        }
        for (int i = 0; i < nt; i++) check_target_in(c, targets[i], nt == 1);   /* CPython: the hint only without a chain */
        if (c->scan) {
            scan_expr(c, value);
            for (int i = 0; i < nt; i++) scan_target(c, targets[i]);
            return;
        }
        set_line(c, first->line);
        int save = fs->freereg;
        if (nt == 1 && targets[0]->kind == ND_NAME && writes_last(value)) {
            int idx;
            if (resolve(c, targets[0]->v, &idx) == VAR_LOCAL) {
                cg_into(c, value, idx);
                set_definite(fs, idx, true);
                return;
            }
        }
        int r = reg_alloc(c, 1);
        if (value->kind == ND_STARRED) error_at(c, value, "can't use starred expression here");
        cg_into(c, value, r);
        for (int i = 0; i < nt; i++) cg_store(c, targets[i], r);
        reg_free_to(c, save);
        return;
    }
    if (k >= T_PLUSEQ && k <= T_PIPEEQ) {
        int op = OP_IADD + (k - T_PLUSEQ);
        Node *t = first;
        if (t->kind != ND_NAME && t->kind != ND_ATTR && t->kind != ND_SUBSCR) {
            if (t->kind == ND_TUPLE) error_at(c, t, "'tuple' is an illegal expression for augmented assignment");
            if (t->kind == ND_LIST) error_at(c, t, "'list' is an illegal expression for augmented assignment");
            error_at(c, t, "'expression' is an illegal expression for augmented assignment");
        }
        advance(p);
        Node *value = parse_star_exprs_or_yield(p);
        if (c->scan) {
            scan_expr(c, value);
            scan_target(c, t);
            return;
        }
        set_line(c, t->line);
        int save = fs->freereg;
        if (t->kind == ND_NAME) {
            int idx;
            if (resolve(c, t->v, &idx) == VAR_LOCAL && definite(fs, idx) && vv_find(&fs->ext_modified, t->v) < 0) {
                int v = cg_any(c, value);
                EMIT(MK_ABC(I_ADD + op, idx, idx, v));
            } else {
                int cur = reg_alloc(c, 1);
                emit_load_name(c, t->v, cur, t);
                int v = cg_any(c, value);
                EMIT(MK_ABC(I_ADD + op, cur, cur, v));
                emit_store_name(c, t->v, cur);
            }
        } else if (t->kind == ND_ATTR) {
            int obj = cg_any(c, t->a);
            int cur = reg_alloc(c, 1);
            int kk = name_k8(c, t->v);
            if (kk < 0) parse_error(p, "too many names");
            EMIT(MK_ABC(I_GETATTR, cur, obj, kk));
            int v = cg_any(c, value);
            EMIT(MK_ABC(I_ADD + op, cur, cur, v));
            EMIT(MK_ABC(I_SETATTR, obj, kk, cur));
        } else {
            int obj = cg_any(c, t->a);
            int idx = cg_index_any(c, t->b);
            int cur = reg_alloc(c, 1);
            EMIT(MK_ABC(I_GETITEM, cur, obj, idx));
            int v = cg_any(c, value);
            EMIT(MK_ABC(I_ADD + op, cur, cur, v));
            EMIT(MK_ABC(I_SETITEM, obj, idx, cur));
        }
        reg_free_to(c, save);
        return;
    }
    if (k == T_COLON) {
        /* annotated assignment: the annotation is parsed and ignored */
        Node *t = first;
        if (t->kind == ND_TUPLE) error_at(c, t, "only single target (not tuple) can be annotated");
        if (t->kind == ND_LIST) error_at(c, t, "only single target (not list) can be annotated");
        if (t->kind != ND_NAME && t->kind != ND_ATTR && t->kind != ND_SUBSCR)
            error_at(c, t, "illegal target for annotation");
        advance(p);
        Node *ann = parse_expr(p);
        Node *value = NULL;
        if (accept(p, T_ASSIGN)) value = parse_star_exprs_or_yield(p);
        if (c->scan) {
            if (t->kind == ND_NAME) bind(c, t->v);
            if (value) scan_expr(c, value);
            (void)ann;
            return;
        }
        if (value) {
            set_line(c, t->line);
            int save = fs->freereg;
            int r = reg_alloc(c, 1);
            cg_into(c, value, r);
            cg_store(c, t, r);
            reg_free_to(c, save);
        } else if (t->kind != ND_NAME) {
            /* `obj.attr: int` still evaluates obj */
            int save = fs->freereg;
            cg_any(c, t->a);
            reg_free_to(c, save);
        }
        return;
    }
    /* an expression statement */
    if (c->scan) {
        scan_expr(c, first);
        return;
    }
    set_line(c, first->line);
    int save = fs->freereg;
    if (first->kind == ND_STARRED) error_at(c, first, "can't use starred expression here");
    if (c->mode == COMPILE_SINGLE && fs->kind == SC_MODULE) {
        int r = cg_any(c, first);
        EMIT(MK_ABC(I_PRINTEXPR, r, 0, 0));
    } else if (first->kind == ND_CONST) {
        /* docstrings and other constants: nothing to do */
    } else {
        int r = reg_alloc(c, 1);
        cg_into(c, first, r);
    }
    reg_free_to(c, save);
}

static void compile_return(Compiler *c) {
    Parser *p = &c->p;
    FuncState *fs = c->fs;
    Token t = p->lx.tok;
    advance(p);
    Node *value = NULL;
    if (tok_starts_expr(tok(p)) || tok(p) == T_YIELD) value = parse_star_exprs_or_yield(p);
    if (fs->kind != SC_FUNCTION && fs->kind != SC_LAMBDA) {
        lex_error(&p->lx, &t, "'return' outside function");
    }
    if (c->scan) {
        if (value) scan_expr(c, value);
        return;
    }
    set_line(c, t.line);
    int save = fs->freereg;
    if (!value) {
        unwind_blocks(c, NULL);
        EMIT(MK_ABC(I_RETURNNONE, 0, 0, 0));
        return;
    }
    int r;
    bool has_cleanup = false;
    for (Block *b = fs->block; b; b = b->prev) if (b->kind != BK_LOOP) has_cleanup = true;
    if (has_cleanup) {
        r = reg_alloc(c, 1);
        cg_into(c, value, r);
    } else {
        r = cg_any(c, value);
    }
    unwind_blocks(c, NULL);
    EMIT(MK_ABC(I_RETURN, r, 0, 0));
    reg_free_to(c, save);
}

static Block *innermost_loop(Compiler *c) {
    for (Block *b = c->fs->block; b; b = b->prev) if (b->kind == BK_LOOP) return b;
    return NULL;
}

static void compile_break_continue(Compiler *c, bool is_break) {
    Parser *p = &c->p;
    Token t = p->lx.tok;
    advance(p);
    Block *loop = innermost_loop(c);
    if (!loop) lex_error(&p->lx, &t, is_break ? ES_SMSG("'break' outside loop") : ES_SMSG("'continue' not properly in loop"));
    if (c->scan) return;
    set_line(c, t.line);
    unwind_blocks(c, loop);
    if (is_break) {
        int j = emit_jump(c);
        chain_add(c, &loop->break_list, j);
    } else {
        EMIT(MK_sAx(I_JMP, loop->continue_pc - (pc_here(c) + 1)));
    }
}

static void compile_raise(Compiler *c) {
    Parser *p = &c->p;
    FuncState *fs = c->fs;
    Token t = p->lx.tok;
    advance(p);
    Node *exc = NULL, *cause = NULL;
    if (tok_starts_expr(tok(p))) {
        exc = parse_expr(p);
        if (accept(p, T_FROM)) cause = parse_expr(p);
    }
    if (c->scan) {
        if (exc) scan_expr(c, exc);
        if (cause) scan_expr(c, cause);
        return;
    }
    set_line(c, t.line);
    int save = fs->freereg;
    if (!exc) {
        EMIT(MK_ABC(I_RAISECUR, 0, 0, 0));
        return;
    }
    int r = reg_alloc(c, 2);
    cg_into(c, exc, r);
    if (cause) cg_into(c, cause, r + 1);
    EMIT(MK_ABC(I_RAISE, r, r + 1, cause ? 1 : 0));
    reg_free_to(c, save);
}

static void compile_assert(Compiler *c) {
    Parser *p = &c->p;
    Token t = p->lx.tok;
    advance(p);
    Node *test = parse_expr(p);
    Node *msg = NULL;
    if (accept(p, T_COMMA)) msg = parse_expr(p);
    if (c->scan) {
        scan_expr(c, test);
        if (msg) scan_expr(c, msg);
        return;
    }
    set_line(c, t.line);
    int save = c->fs->freereg;
    int j = cg_cond_jump(c, test, true);
    int r = reg_alloc(c, 1);
    if (msg) cg_into(c, msg, r);
    EMIT(MK_ABC(I_RAISEASSERT, r, msg ? 1 : 0, 0));
    patch_here(c, j);
    reg_free_to(c, save);
}

static void compile_global_nonlocal(Compiler *c, bool is_global) {
    Parser *p = &c->p;
    FuncState *fs = c->fs;
    Token t = p->lx.tok;
    advance(p);
    if (!is_global && fs->kind == SC_MODULE) lex_error(&p->lx, &t, "nonlocal declaration not allowed at module level");
    for (;;) {
        if (tok(p) != T_NAME) parse_error(p, "invalid syntax");
        Value name = parse_ident(p, &p->lx.tok, NULL);
        if (c->scan && fs->kind != SC_MODULE) {
            for (int i = 0; i < fs->nparams; i++)
                if (fs->locals.v[i] == name)
                    error_name(c, NULL, is_global ? ES_MSG("name '%n' is parameter and global")
                                                  : ES_MSG("name '%n' is parameter and nonlocal"), name);
            if (vv_find(&fs->bound, name) >= 0 && vv_find(&fs->imported, name) < 0)
                error_name(c, NULL, is_global ? ES_MSG("name '%n' is assigned to before global declaration")
                                              : ES_MSG("name '%n' is assigned to before nonlocal declaration"), name);
            if (is_global) vv_add_unique(&fs->globals, name);
            else {
                vv_add_unique(&fs->nonlocals, name);
                /* the binding must exist in an enclosing function */
                bool found = false;
                for (FuncState *q = fs->parent; q && q->kind != SC_MODULE; q = q->parent) {
                    if (q->kind == SC_CLASS) continue;
                    if (vv_find(&q->locals, name) >= 0 || vv_find(&q->bound, name) >= 0) { found = true; break; }
                }
                if (!found) error_name(c, NULL, "no binding for nonlocal '%n' found", name);
            }
        }
        advance(p);
        if (!accept(p, T_COMMA)) break;
    }
}

static void compile_del(Compiler *c) {
    Parser *p = &c->p;
    advance(p);
    Node *targets = parse_target_list(p);
    cg_delete(c, targets);
}

/* import a.b.c [as d], ... */
static Value dotted_name(Compiler *c, Value *first) {
    Parser *p = &c->p;
    Vstr v;
    vstr_init(&v, 16);
    if (tok(p) != T_NAME) parse_error(p, "invalid syntax");
    *first = name_from_str(p->lx.tok.start, p->lx.tok.len);
    vstr_add(&v, p->lx.tok.start, p->lx.tok.len);
    advance(p);
    while (accept(p, T_DOT)) {
        if (tok(p) != T_NAME) parse_error(p, "invalid syntax");
        vstr_addc(&v, '.');
        vstr_add(&v, p->lx.tok.start, p->lx.tok.len);
        advance(p);
    }
    return str_intern(vstr_to_str(&v));
}

static void emit_import(Compiler *c, int r, Value modname, Value fromlist, int level) {
    cg_const(c, fromlist, r + 1);
    cg_const(c, V_MKINT(level), r + 2);
    EMIT(MK_ABx(I_IMPORT, r, name_kx(c, modname)));
}

static void compile_import(Compiler *c) {
    Parser *p = &c->p;
    Token t = p->lx.tok;
    advance(p);
    for (;;) {
        Value first;
        Value full = dotted_name(c, &first);
        Value as = V_NULL;
        if (accept(p, T_AS)) {
            if (tok(p) != T_NAME) parse_error(p, "invalid syntax");
            as = parse_ident(p, &p->lx.tok, NULL);
            advance(p);
        }
        if (c->scan) {
            bind_import(c, as ? as : first);
        } else {
            set_line(c, t.line);
            int save = c->fs->freereg;
            int r = reg_alloc(c, 3);
            if (as && full != first) {
                /* import a.b as c binds the submodule a.b */
                emit_import(c, r, full, V_NONE, 0);
                size_t n;
                const char *s = str_data(full, &n);
                const char *dot = s;
                int start = 0;
                for (size_t i = 0; i < n; i++) if (s[i] == '.') { dot = s + i; start = (int)i; break; }
                (void)dot;
                /* walk attributes after the first component */
                size_t i = (size_t)start + 1;
                while (i < n) {
                    size_t j = i;
                    while (j < n && s[j] != '.') j++;
                    Value attr = name_from_str(s + i, j - i);
                    int kk = name_k8(c, attr);
                    if (kk < 0) parse_error(p, "too many names");
                    EMIT(MK_ABC(I_IMPORTFROM, r, r, kk));
                    i = j + 1;
                }
                emit_store_name(c, as, r);
            } else {
                emit_import(c, r, full, V_NONE, 0);
                emit_store_name(c, as ? as : first, r);
            }
            reg_free_to(c, save);
        }
        if (!accept(p, T_COMMA)) break;
    }
}

static void compile_from_import(Compiler *c) {
    Parser *p = &c->p;
    Token t = p->lx.tok;
    advance(p);
    int level = 0;
    while (tok(p) == T_DOT || tok(p) == T_ELLIPSIS) {
        level += tok(p) == T_DOT ? 1 : 3;
        advance(p);
    }
    Value modname = V_MKNAME(N_);
    if (tok(p) == T_NAME) {
        Value first;
        modname = dotted_name(c, &first);
    } else if (level == 0) {
        parse_error(p, "invalid syntax");
    }
    expect(p, T_IMPORT, NULL);
    if (tok(p) == T_STAR) {
        advance(p);
        if (c->fs->kind != SC_MODULE) lex_error(&p->lx, &t, "import * only allowed at module level");
        if (c->scan) return;
        set_line(c, t.line);
        int save = c->fs->freereg;
        int r = reg_alloc(c, 3);
        Value star = V_MKNAME(N__star);
        emit_import(c, r, modname, c->scan ? V_NONE : tuple_from_array(&star, 1), level);
        EMIT(MK_ABC(I_IMPORTSTAR, r, 0, 0));
        reg_free_to(c, save);
        return;
    }
    bool paren = accept(p, T_LPAR);
    ValVec nv = {0}, av = {0};   /* names and as-names, on the GC heap (the C stack is small) */
    int n = 0;
    for (;;) {
        if (tok(p) != T_NAME) {
            if (paren && tok(p) == T_RPAR && n > 0) break;
            parse_error(p, n == 0 && !paren ? ES_SMSG("invalid syntax") : ES_SMSG("trailing comma not allowed without surrounding parentheses"));
        }
        if (n == 256) parse_error(p, "too many names");
        vv_push(&nv, name_from_str(p->lx.tok.start, p->lx.tok.len));
        vv_push(&av, nv.v[n]);
        advance(p);
        if (accept(p, T_AS)) {
            if (tok(p) != T_NAME) parse_error(p, "invalid syntax");
            av.v[n] = name_from_str(p->lx.tok.start, p->lx.tok.len);
            advance(p);
        }
        n++;
        if (!accept(p, T_COMMA)) break;
        if (!paren && (tok(p) == T_NEWLINE || tok(p) == T_SEMI)) parse_error(p, "trailing comma not allowed without surrounding parentheses");
    }
    if (paren) expect(p, T_RPAR, NULL);
    if (c->scan) {
        for (int i = 0; i < n; i++) bind_import(c, av.v[i]);
        return;
    }
    set_line(c, t.line);
    int save = c->fs->freereg;
    int r = reg_alloc(c, 4);
    emit_import(c, r, modname, tuple_from_array(nv.v, n), level);
    for (int i = 0; i < n; i++) {
        int kk = name_k8(c, nv.v[i]);
        if (kk < 0) parse_error(p, "too many names");
        EMIT(MK_ABC(I_IMPORTFROM, r + 3, r, kk));
        emit_store_name(c, av.v[i], r + 3);
    }
    reg_free_to(c, save);
}

static void compile_simple_stmt(Compiler *c) {
    Parser *p = &c->p;
    set_line(c, p->lx.tok.line);
    switch (tok(p)) {
    case T_PASS: advance(p); break;
    case T_BREAK: compile_break_continue(c, true); break;
    case T_CONTINUE: compile_break_continue(c, false); break;
    case T_RETURN: compile_return(c); break;
    case T_RAISE: compile_raise(c); break;
    case T_GLOBAL: compile_global_nonlocal(c, true); break;
    case T_NONLOCAL: compile_global_nonlocal(c, false); break;
    case T_DEL: compile_del(c); break;
    case T_ASSERT: compile_assert(c); break;
    case T_IMPORT: compile_import(c); break;
    case T_FROM: compile_from_import(c); break;
    default: compile_expr_stmt(c); break;
    }
    c->fs->nstmt++;
}

static void compile_simple_stmts(Compiler *c) {
    Parser *p = &c->p;
    for (;;) {
        ArenaMark m = arena_mark(&c->arena);
        compile_simple_stmt(c);
        arena_release(&c->arena, m);
        end_simple(c);
        if (!accept(p, T_SEMI)) break;
        if (tok(p) == T_NEWLINE || tok(p) == T_END) break;
    }
    if (tok(p) != T_END) expect(p, T_NEWLINE, NULL);
}

/* The block after ':' — an indented suite or simple statements on the same line. */
static void compile_block(Compiler *c) {
    Parser *p = &c->p;
    if (tok(p) != T_NEWLINE) {
        compile_simple_stmts(c);
        return;
    }
    const char *nl = p->lx.tok.start;
    uint32_t nline = p->lx.tok.line;
    advance(p);
    if (tok(p) != T_INDENT) {
        if (tok(p) == T_END && p->lx.repl_cont) parse_error(p, "incomplete input");
        block_indent_error(c, nl, nline);
    }
    advance(p);
    while (tok(p) != T_DEDENT && tok(p) != T_END) compile_stmt(c);
    accept(p, T_DEDENT);
}

static Node *parse_header_expr(Compiler *c, bool walrus) {
    return walrus ? parse_named_expr(&c->p) : parse_expr(&c->p);
}

static void compile_if(Compiler *c) {
    Parser *p = &c->p;
    FuncState *fs = c->fs;
    int ends = NO_JUMP;
    uint8_t before[32], merged[32];
    memcpy(before, fs->definite, 32);
    bool first_branch = true;
    bool has_else = false;
    for (;;) {
        set_line(c, p->lx.tok.line);
        advance(p);  /* 'if' or 'elif' */
        ArenaMark m = arena_mark(&c->arena);
        Node *test = parse_header_expr(c, true);
        int jf = NO_JUMP;
        if (c->scan) scan_expr(c, test);
        else jf = cg_cond_jump(c, test, false);
        arena_release(&c->arena, m);
        expect(p, T_COLON, "expected ':'");
        compile_block(c);
        if (first_branch) memcpy(merged, fs->definite, 32);
        else definite_and(merged, fs->definite);
        first_branch = false;
        memcpy(fs->definite, before, 32);
        if (tok(p) == T_ELIF || tok(p) == T_ELSE) {
            int j = emit_jump(c);
            chain_add(c, &ends, j);
        }
        patch_here(c, jf);
        if (tok(p) == T_ELIF) continue;
        if (tok(p) == T_ELSE) {
            advance(p);
            expect(p, T_COLON, "expected ':'");
            compile_block(c);
            definite_and(merged, fs->definite);
            has_else = true;
        }
        break;
    }
    if (has_else) memcpy(fs->definite, merged, 32);
    else memcpy(fs->definite, before, 32);
    chain_patch(c, ends, pc_here(c));
}

static void compile_while(Compiler *c) {
    Parser *p = &c->p;
    FuncState *fs = c->fs;
    set_line(c, p->lx.tok.line);
    advance(p);
    uint8_t before[32];
    memcpy(before, fs->definite, 32);
    Block loop;
    int top = pc_here(c);
    ArenaMark m = arena_mark(&c->arena);
    Node *test = parse_header_expr(c, true);
    int jexit = NO_JUMP;
    bool forever = test->kind == ND_CONST && test->v == V_TRUE;
    if (c->scan) scan_expr(c, test);
    else if (!forever) jexit = cg_cond_jump(c, test, false);
    arena_release(&c->arena, m);
    expect(p, T_COLON, "expected ':'");
    block_push(c, &loop, BK_LOOP);
    loop.continue_pc = top;
    compile_block(c);
    block_pop(c, &loop);
    EMIT(MK_sAx(I_JMP, top - (pc_here(c) + 1)));
    patch_here(c, jexit);
    memcpy(fs->definite, before, 32);
    if (tok(p) == T_ELSE) {
        advance(p);
        expect(p, T_COLON, "expected ':'");
        compile_block(c);
        memcpy(fs->definite, before, 32);
    }
    chain_patch(c, loop.break_list, pc_here(c));
}

static void compile_for(Compiler *c) {
    Parser *p = &c->p;
    FuncState *fs = c->fs;
    set_line(c, p->lx.tok.line);
    advance(p);
    uint8_t before[32];
    memcpy(before, fs->definite, 32);
    ArenaMark m = arena_mark(&c->arena);
    Node *target = parse_target_list(p);
    expect(p, T_IN, NULL);
    Node *iter = parse_expr_list(p, true, false);
    expect(p, T_COLON, "expected ':'");
    check_target(c, target);
    int save = fs->freereg;
    int it = 0;
    Block loop;
    int loop_pc = 0, jexit = NO_JUMP;
    if (c->scan) {
        scan_expr(c, iter);
        scan_target(c, target);
    } else {
        it = reg_alloc(c, 2);
        int src = cg_any(c, iter);
        EMIT(MK_ABC(I_GETITER, it, src, 0));
        reg_free_to(c, it + 2);
        loop_pc = pc_here(c);
        jexit = EMIT(MK_AsBx(I_FORITER, it, 0));
        cg_store(c, target, it + 1);
    }
    arena_release(&c->arena, m);
    block_push(c, &loop, BK_LOOP);
    loop.continue_pc = loop_pc;
    compile_block(c);
    block_pop(c, &loop);
    EMIT(MK_sAx(I_JMP, loop_pc - (pc_here(c) + 1)));
    patch_here(c, jexit);
    reg_free_to(c, save);
    memcpy(fs->definite, before, 32);
    if (tok(p) == T_ELSE) {
        advance(p);
        expect(p, T_COLON, "expected ':'");
        compile_block(c);
        memcpy(fs->definite, before, 32);
    }
    chain_patch(c, loop.break_list, pc_here(c));
}

/* Compiles one copy of a finally body (for the normal path or an early exit). */
static void compile_finally_copy(Compiler *c, Block *b) {
    Lexer *saved = lexer_save(c);
    Block *saved_block = c->fs->block;
    c->p.lx = *b->fin_lexer;
    c->fs->block = b->prev;  /* break/return inside the finally body see the outer blocks */
    compile_block(c);
    c->fs->block = saved_block;
    lexer_restore(c, saved);
}

/* Skips a try statement's clauses to find its finally body (lexer at 'try'). */
static bool find_finally(Compiler *c, Lexer *fin) {
    Parser *p = &c->p;
    Lexer start = p->lx;
    bool found = false;
    advance(p);                       /* try */
    expect(p, T_COLON, NULL);
    skip_block(c);
    while (tok(p) == T_EXCEPT || tok(p) == T_ELSE || tok(p) == T_FINALLY) {
        int k = tok(p);
        while (tok(p) != T_COLON && tok(p) != T_NEWLINE && tok(p) != T_END) advance(p);
        expect(p, T_COLON, NULL);
        if (k == T_FINALLY) {
            *fin = p->lx;
            found = true;
            break;
        }
        skip_block(c);
    }
    p->lx = start;
    return found;
}

static void compile_try(Compiler *c) {
    /* blocks and definite-assignment snapshots on the GC heap: a nested try costs the 8 kB
     * C stack of the board less */
    struct { Block fin, body, hb, fb; uint8_t before[32], after_body[32], merged[32]; } *t = gc_alloc(sizeof *t, 0);
    Parser *p = &c->p;
    FuncState *fs = c->fs;
    uint32_t line = p->lx.tok.line;
    bool has_finally = false;
    Lexer *fin_lexer = NULL;
    if (!c->scan) {
        fin_lexer = gc_alloc(sizeof(Lexer), 0);
        has_finally = find_finally(c, fin_lexer);
    }
    set_line(c, line);
    advance(p);
    expect(p, T_COLON, "expected ':'");
    int save = fs->freereg;
    memcpy(t->before, fs->definite, 32);
    if (has_finally) {
        block_push(c, &t->fin, BK_FINALLY);
        t->fin.fin_lexer = fin_lexer;
        t->fin.reg = reg_alloc(c, 2);  /* exception, saved handled exception */
    }
    /* the try body */
    block_push(c, &t->body, BK_TRYBODY);
    t->body.kind = BK_TRYBODY;
    int exc_reg = reg_alloc(c, 2);
    compile_block(c);
    range_close(c, &t->body);
    block_pop(c, &t->body);
    memcpy(t->after_body, fs->definite, 32);
    bool has_except = tok(p) == T_EXCEPT;
    int ends = NO_JUMP;
    memcpy(t->merged, t->after_body, 32);
    if (has_except) {
        int jelse = emit_jump(c);     /* no exception: to the else clause */
        int handler = pc_here(c);
        ranges_commit(c, &t->body, handler, exc_reg);
        /* handlers run with the exception as the one being handled */
        EMIT(MK_ABC(I_PUSHEXC, exc_reg, exc_reg + 1, 0));
        block_push(c, &t->hb, BK_HANDLER);
        t->hb.reg = exc_reg + 1;
        bool seen_bare = false;
        while (tok(p) == T_EXCEPT) {
            Token et = p->lx.tok;
            set_line(c, et.line);
            advance(p);
            if (seen_bare) lex_error(&p->lx, &et, "default 'except:' must be last");
            if (tok(p) == T_STAR) parse_error(p, "except* is not supported");
            int jnext = NO_JUMP;
            Value as_name = V_NULL;
            ArenaMark m = arena_mark(&c->arena);
            memcpy(fs->definite, t->before, 32);
            if (tok(p) != T_COLON) {
                Node *cls = parse_expr_list(p, false, false);
                if (accept(p, T_AS)) {
                    if (tok(p) != T_NAME) parse_error(p, "invalid syntax");
                    as_name = parse_ident(p, &p->lx.tok, NULL);
                    advance(p);
                }
                if (c->scan) {
                    scan_expr(c, cls);
                    if (as_name) bind(c, as_name);
                } else {
                    int s2 = fs->freereg;
                    int r = cg_any(c, cls);
                    EMIT(MK_ABC(I_CJEXC, 0, exc_reg, r));
                    jnext = emit_jump(c);
                    reg_free_to(c, s2);
                    if (as_name) emit_store_name(c, as_name, exc_reg);
                }
            } else {
                seen_bare = true;
            }
            arena_release(&c->arena, m);
            expect(p, T_COLON, "expected ':'");
            t->hb.as_name = as_name;
            range_reopen(c, &t->hb);
            compile_block(c);
            range_close(c, &t->hb);
            /* leaving the handler: restore the handled exception, unbind the name */
            EMIT(MK_ABC(I_POPEXC, 0, exc_reg + 1, 0));
            if (as_name && !c->scan) {
                int idx;
                if (resolve(c, as_name, &idx) == VAR_LOCAL) {
                    EMIT(MK_ABx(I_DELLOCAL, idx, 0xFFFF));
                    set_definite(fs, idx, false);
                } else {
                    EMIT(MK_ABC(I_LOADNONE, exc_reg, 0, 0));
                    emit_store_name(c, as_name, exc_reg);
                    emit_delete_name(c, as_name);
                }
            }
            definite_and(t->merged, fs->definite);
            int j = emit_jump(c);
            chain_add(c, &ends, j);
            patch_here(c, jnext);
        }
        /* no clause matched: re-raise */
        EMIT(MK_ABC(I_POPEXC, 0, exc_reg + 1, 0));
        EMIT(MK_ABC(I_RERAISE, exc_reg, 0, 0));
        /* an exception inside a handler: restore the handled exception and propagate */
        int cleanup = pc_here(c);
        block_pop(c, &t->hb);
        ranges_commit(c, &t->hb, cleanup, exc_reg);
        EMIT(MK_ABC(I_POPEXC, 0, exc_reg + 1, 0));
        EMIT(MK_ABC(I_RERAISE, exc_reg, 0, 0));
        patch_here(c, jelse);
    } else if (!has_finally && tok(p) != T_FINALLY) {
        parse_error(p, "expected 'except' or 'finally' block");
    }
    memcpy(fs->definite, t->after_body, 32);
    if (tok(p) == T_ELSE) {
        if (!has_except) parse_error(p, "invalid syntax");
        advance(p);
        expect(p, T_COLON, "expected ':'");
        compile_block(c);
        /* the else path: both body and else ran */
        uint8_t e[32];
        memcpy(e, fs->definite, 32);
        memcpy(t->merged, has_except ? t->merged : e, 32);
        definite_and(t->merged, e);
    }
    chain_patch(c, ends, pc_here(c));
    if (!has_except) memcpy(t->merged, fs->definite, 32);
    if (!has_finally && tok(p) == T_FINALLY && c->scan) {
        /* pass 1: just read the finally body */
        advance(p);
        expect(p, T_COLON, NULL);
        compile_block(c);
    } else if (has_finally) {
        /* normal exit: the finally body inline */
        range_close(c, &t->fin);
        block_pop(c, &t->fin);
        memcpy(fs->definite, t->merged, 32);
        Lexer *saved = lexer_save(c);
        c->p.lx = *t->fin.fin_lexer;
        compile_block(c);
        lexer_restore(c, saved);
        int jend = emit_jump(c);
        /* exceptional exit: the finally body again, then re-raise */
        int handler = pc_here(c);
        ranges_commit(c, &t->fin, handler, t->fin.reg);
        EMIT(MK_ABC(I_PUSHEXC, t->fin.reg, t->fin.reg + 1, 0));
        block_push(c, &t->fb, BK_FINALLY_BODY);
        t->fb.reg = t->fin.reg + 1;
        memcpy(fs->definite, t->before, 32);
        c->p.lx = *t->fin.fin_lexer;
        compile_block(c);
        range_close(c, &t->fb);
        block_pop(c, &t->fb);
        EMIT(MK_ABC(I_POPEXC, 0, t->fin.reg + 1, 0));
        EMIT(MK_ABC(I_RERAISE, t->fin.reg, 0, 0));
        int cleanup = pc_here(c);
        ranges_commit(c, &t->fb, cleanup, t->fin.reg);
        EMIT(MK_ABC(I_POPEXC, 0, t->fin.reg + 1, 0));
        EMIT(MK_ABC(I_RERAISE, t->fin.reg, 0, 0));
        patch_here(c, jend);
        /* the lexer is now after the finally body */
        memcpy(fs->definite, t->merged, 32);
    }
    if (fin_lexer) gc_free(fin_lexer);
    gc_free(t);
    reg_free_to(c, save);
}

static void compile_with(Compiler *c) {
    Parser *p = &c->p;
    FuncState *fs = c->fs;
    uint32_t line = p->lx.tok.line;
    set_line(c, line);
    advance(p);
    /* with A as a, B as b: nested withs */
    bool paren = false;
    if (tok(p) == T_LPAR) {
        /* `with (a as b, c):` — only when a parenthesised item list follows; look ahead */
        Lexer *save_lx = lexer_save(c);
        int depth = 0;
        bool has_as = false;   /* or a comma: with (A(), B()): is two items, as in CPython */
        do {
            if (tok(p) == T_LPAR) depth++;
            else if (tok(p) == T_RPAR) depth--;
            else if ((tok(p) == T_AS || tok(p) == T_COMMA) && depth == 1) has_as = true;
            advance(p);
        } while (depth > 0 && tok(p) != T_END && tok(p) != T_NEWLINE);
        bool colon_next = tok(p) == T_COLON;
        lexer_restore(c, save_lx);
        if (has_as && colon_next) { paren = true; advance(p); }
    }
    Block *blocks = gc_alloc(20 * sizeof(Block), 0);   /* not on the 8 kB C stack */
    int nblocks = 0;
    int save = fs->freereg;
    for (;;) {
        ArenaMark m = arena_mark(&c->arena);
        Node *ctx = parse_expr(p);
        Node *target = NULL;
        if (accept(p, T_AS)) {
            target = parse_or_expr(p);
        }
        if (target) check_target(c, target);
        if (nblocks == 20) parse_error(p, "too many statically nested blocks");
        if (c->scan) {
            scan_expr(c, ctx);
            if (target) scan_target(c, target);
        } else {
            int r = reg_alloc(c, 2);
            cg_into(c, ctx, r);
            EMIT(MK_ABC(I_WITHENTER, r, 0, 0));
            Block *b = &blocks[nblocks];
            block_push(c, b, BK_WITH);
            b->reg = r;
            if (target) cg_store(c, target, r + 1);
            range_reopen(c, b);
        }
        if (c->scan) { blocks[nblocks].kind = BK_WITH; }
        nblocks++;
        arena_release(&c->arena, m);
        if (!accept(p, T_COMMA)) break;
        if (paren && tok(p) == T_RPAR) break;
    }
    if (paren) expect(p, T_RPAR, NULL);
    expect(p, T_COLON, "expected ':'");
    uint8_t before[32];
    memcpy(before, fs->definite, 32);
    compile_block(c);
    memcpy(fs->definite, before, 32);
    if (!c->scan) {
        for (int i = nblocks - 1; i >= 0; i--) {
            Block *b = &blocks[i];
            range_close(c, b);
            block_pop(c, b);
            EMIT(MK_ABC(I_WITHEXIT, b->reg, 0, 0));
            int jend = emit_jump(c);
            int handler = pc_here(c);
            int exc = reg_alloc(c, 2);
            ranges_commit(c, b, handler, exc);
            EMIT(MK_ABC(I_PUSHEXC, exc, exc + 1, 0));
            int pexit = EMIT(MK_ABC(I_WITHEXITEXC, b->reg, exc, 0));
            int jsup = EMIT(MK_AsBx(I_JMPIF, b->reg, 0));
            EMIT(MK_ABC(I_POPEXC, 0, exc + 1, 0));
            EMIT(MK_ABC(I_RERAISE, exc, 0, 0));
            /* __exit__ raising: restore the handled exception, propagate the new one */
            exc_entry_add(c, (uint32_t)pexit, (uint32_t)pexit + 1, pc_here(c), exc);
            EMIT(MK_ABC(I_POPEXC, 0, exc + 1, 0));
            EMIT(MK_ABC(I_RERAISE, exc, 0, 0));
            patch_here(c, jsup);
            EMIT(MK_ABC(I_POPEXC, 0, exc + 1, 0));
            patch_here(c, jend);
            reg_free_to(c, b->reg + 2);
        }
    }
    gc_free(blocks);
    reg_free_to(c, save);
}

static void compile_decorated(Compiler *c);

static void compile_def(Compiler *c, Node *decorators, int ndeco) {
    Parser *p = &c->p;
    FuncState *fs = c->fs;
    Token t = p->lx.tok;
    advance(p);  /* def */
    if (tok(p) != T_NAME) parse_error(p, "invalid syntax");
    Value name = name_from_str(p->lx.tok.start, p->lx.tok.len);
    Value bound = parse_ident(p, &p->lx.tok, NULL);   /* the variable may be mangled */
    advance(p);
    expect(p, T_LPAR, "invalid syntax");
    ArenaMark m = arena_mark(&c->arena);
    Node *params = parse_params(p, false);
    expect(p, T_RPAR, NULL);
    if (accept(p, T_ARROW)) parse_expr(p);  /* return annotation: ignored */
    expect(p, T_COLON, "expected ':'");
    if (c->scan) {
        bind(c, bound);
        for (Node *d = decorators; d; d = d->next) scan_expr(c, d);
        for (Node *q = params->a; q; q = q->next) if (q->a) scan_expr(c, q->a);
        skip_block(c);
        arena_release(&c->arena, m);
        return;
    }
    set_line(c, t.line);
    int save = fs->freereg;
    /* decorators are evaluated before the defaults and the function */
    int deco = reg_alloc(c, ndeco);
    int i = 0;
    for (Node *d = decorators; d; d = d->next) cg_into(c, d, deco + i++);
    int base = reg_alloc(c, 2);
    uint32_t flags = 0;
    emit_defaults(c, params, base, &flags);
    Code *code = compile_function(c, params, NULL, name, SC_FUNCTION, t.line, false);
    code->flags |= flags;
    uint32_t k = add_const(c, V_FROMPTR(code));
    if (k > 0xFFFF) parse_error(p, "too many constants");
    set_line(c, t.line);
    EMIT(MK_ABx(I_MAKEFUNC, base, k));
    /* apply decorators innermost first */
    for (int j = ndeco - 1; j >= 0; j--) {
        int call = reg_alloc(c, 2);
        EMIT(MK_ABC(I_MOVE, call, deco + j, 0));
        EMIT(MK_ABC(I_MOVE, call + 1, base, 0));
        EMIT(MK_ABC(I_CALL, call, 1, 0));
        EMIT(MK_ABC(I_MOVE, base, call, 0));
        reg_free_to(c, call);
    }
    emit_store_name(c, bound, base);
    reg_free_to(c, save);
    arena_release(&c->arena, m);
}

static void compile_class(Compiler *c, Node *decorators, int ndeco) {
    Parser *p = &c->p;
    FuncState *fs = c->fs;
    Token t = p->lx.tok;
    advance(p);  /* class */
    if (tok(p) != T_NAME) parse_error(p, "invalid syntax");
    Value name = name_from_str(p->lx.tok.start, p->lx.tok.len);
    Value bound = parse_ident(p, &p->lx.tok, NULL);   /* the variable may be mangled */
    advance(p);
    ArenaMark m = arena_mark(&c->arena);
    Node *args = NULL;
    if (accept(p, T_LPAR)) {
        args = parse_arguments(p);
    }
    expect(p, T_COLON, "expected ':'");
    if (c->scan) {
        bind(c, bound);
        for (Node *d = decorators; d; d = d->next) scan_expr(c, d);
        for (Node *a = args; a; a = a->next) scan_expr(c, a->kind == ND_KWARG || a->kind == ND_STARRED || a->kind == ND_DSTAR ? a->a : a);
        skip_block(c);
        arena_release(&c->arena, m);
        return;
    }
    set_line(c, t.line);
    int save = fs->freereg;
    int deco = reg_alloc(c, ndeco);
    int i = 0;
    for (Node *d = decorators; d; d = d->next) cg_into(c, d, deco + i++);
    /* R[base]: body function, base+1: name, base+2: bases tuple, base+3: keywords dict */
    int base = reg_alloc(c, 4);
    /* the class body */
    FuncState *cfs = gc_alloc(sizeof(FuncState), 0);   /* ~250 bytes: not on the 8 kB C stack */
    fs_open(c, cfs, SC_CLASS, name, t.line);
    vv_push(&cfs->locals, V_MKNAME(N__dotname));
    vv_push(&cfs->locals, V_MKNAME(N__dotbases));
    vv_push(&cfs->locals, V_MKNAME(N__dotkw));
    cfs->nargs = 3;
    cfs->nparams = 3;
    cfs->flags |= CO_CLASSBODY;
    Value outer_prefix = p->private_prefix;
    p->private_prefix = parse_private_prefix(name);
    {
        Lexer *saved = lexer_save(c);
        c->scan = true;
        ArenaMark m2 = arena_mark(&c->arena);
        compile_block(c);
        arena_release(&c->arena, m2);
        lexer_restore(c, saved);
        c->scan = false;
        /* the class body's registers: the hidden parameters and __class__ */
        vv_push(&cfs->locals, V_MKNAME(N___class__));
        cfs->class_reg = 3;
        cfs->freereg = cfs->maxreg = 4;
        memset(cfs->definite, 0xFF, sizeof cfs->definite);
        /* __module__ and __qualname__ */
        int r = reg_alloc(c, 1);
        EMIT(MK_ABx(I_LOADGLOBAL, r, name_kx(c, V_MKNAME(N___name__))));
        EMIT(MK_ABx(I_STORENAME, r, name_kx(c, V_MKNAME(N___module__))));
        cg_const(c, cfs->qualname, r);
        EMIT(MK_ABx(I_STORENAME, r, name_kx(c, V_MKNAME(N___qualname__))));
        reg_free_to(c, 4);
        cfs->nstmt = 0;
        compile_block(c);
        set_line(c, t.line);
        int cls = reg_alloc(c, 1);
        EMIT(MK_ABC(I_MAKECLASS, cls, 0, 0));
        EMIT(MK_ABC(I_MOVE, 3, cls, 0));
        EMIT(MK_ABC(I_RETURN, cls, 0, 0));
    }
    p->private_prefix = outer_prefix;
    Code *code = fs_close(c, cfs);
    uint32_t k = add_const(c, V_FROMPTR(code));
    if (k > 0xFFFF) parse_error(p, "too many constants");
    set_line(c, t.line);
    EMIT(MK_ABx(I_MAKEFUNC, base, k));
    cg_const(c, name, base + 1);
    /* bases and keywords */
    bool simple = true;
    int nbases = 0;
    for (Node *a = args; a; a = a->next) {
        if (a->kind == ND_STARRED || a->kind == ND_DSTAR || a->kind == ND_KWARG) simple = false;
        else nbases++;
    }
    if (simple) {
        int r = reg_alloc(c, nbases);
        int j = 0;
        for (Node *a = args; a; a = a->next) cg_into(c, a, r + j++);
        EMIT(MK_ABC(I_BUILDTUPLE, base + 2, r, nbases));
        EMIT(MK_ABC(I_LOADNONE, base + 3, 0, 0));
        reg_free_to(c, base + 4);
    } else {
        EMIT(MK_ABC(I_BUILDLIST, base + 2, 0, 0));
        EMIT(MK_ABC(I_BUILDDICT, base + 3, 0, 0));
        for (Node *a = args; a; a = a->next) {
            int s2 = fs->freereg;
            if (a->kind == ND_STARRED) {
                int r = cg_any(c, a->a);
                EMIT(MK_ABC(I_LISTEXTEND, base + 2, r, 0));
            } else if (a->kind == ND_DSTAR) {
                int r = cg_any(c, a->a);
                EMIT(MK_ABC(I_DICTMERGE, base + 3, r, 0));
            } else if (a->kind == ND_KWARG) {
                int kk = reg_alloc(c, 2);
                cg_const(c, a->v, kk);
                cg_into(c, a->a, kk + 1);
                EMIT(MK_ABC(I_DICTSET, base + 3, kk, kk + 1));
            } else {
                int r = cg_any(c, a);
                EMIT(MK_ABC(I_LISTAPPEND, base + 2, r, 0));
            }
            reg_free_to(c, s2);
        }
        EMIT(MK_ABC(I_LISTTOTUPLE, base + 2, base + 2, 0));
    }
    EMIT(MK_ABC(I_BUILDCLASS, base, 0, 0));
    for (int j = ndeco - 1; j >= 0; j--) {
        int call = reg_alloc(c, 2);
        EMIT(MK_ABC(I_MOVE, call, deco + j, 0));
        EMIT(MK_ABC(I_MOVE, call + 1, base, 0));
        EMIT(MK_ABC(I_CALL, call, 1, 0));
        EMIT(MK_ABC(I_MOVE, base, call, 0));
        reg_free_to(c, call);
    }
    emit_store_name(c, bound, base);
    reg_free_to(c, save);
    arena_release(&c->arena, m);
}

static void compile_decorated(Compiler *c) {
    Parser *p = &c->p;
    Node *head = NULL, *tail = NULL;
    int n = 0;
    ArenaMark m = arena_mark(&c->arena);
    while (accept(p, T_AT)) {
        Node *d = parse_named_expr(p);
        if (tail) tail->next = d;
        else head = d;
        tail = d;
        n++;
        if (n > 32) parse_error(p, "too many decorators");
        expect(p, T_NEWLINE, NULL);
    }
    if (tok(p) == T_DEF) compile_def(c, head, n);
    else if (tok(p) == T_CLASS) compile_class(c, head, n);
    else if (tok(p) == T_ASYNC) parse_error(p, "async functions are not supported");
    else parse_error(p, "invalid syntax");
    arena_release(&c->arena, m);
}

static void compile_stmt(Compiler *c) {
    Parser *p = &c->p;
    vm_check_stack();   /* nested blocks recurse in C */
    set_line(c, p->lx.tok.line);
    switch (tok(p)) {
    case T_IF: compile_if(c); break;
    case T_WHILE: compile_while(c); break;
    case T_FOR: compile_for(c); break;
    case T_TRY: compile_try(c); break;
    case T_WITH: compile_with(c); break;
    case T_DEF: compile_def(c, NULL, 0); break;
    case T_CLASS: compile_class(c, NULL, 0); break;
    case T_AT: compile_decorated(c); break;
    case T_ASYNC: parse_error(p, "async is not supported");
    case T_INDENT: lex_indent_error(&p->lx, NULL, "unexpected indent");
    case T_NEWLINE: advance(p); break;
    case T_ELSE: case T_ELIF: case T_EXCEPT: case T_FINALLY:
        parse_error(p, "invalid syntax");
    default: compile_simple_stmts(c); break;
    }
    c->fs->nstmt++;
}

/* ---------------- entry points ---------------- */

Code *compile_source(const char *src, size_t len, Value filename, CompileMode mode) {
    return compile_any(src, len, filename, mode, false, false);
}

Code *compile_source_names(const char *src, size_t len, Value filename, CompileMode mode, bool module_names) {
    return compile_any(src, len, filename, mode, module_names, false);
}

Code *compile_source_repl(const char *src, size_t len) {
    return compile_any(src, len, V_MKNAME(N__lt_stdin_gt), COMPILE_SINGLE, false, true);
}

static Code *compile_any(const char *src, size_t len, Value filename, CompileMode mode, bool module_names,
                         bool repl_probe) {
    /* exec/eval of a frozen constant or a static name: the lexer and the parser read the source
     * byte by byte and are built without -mforce-l32, so they get a copy in RAM */
    src = gc_bytes_in_ram(src, len, NULL, 0);
    Compiler c;
    memset(&c, 0, sizeof c);
    c.mode = mode;
    c.module_names = module_names;
    c.filename = filename;
    arena_init(&c.arena);
    c.p.arena = &c.arena;
    lex_init(&c.p.lx, src, len, filename, 1);
    c.p.lx.repl_cont = repl_probe;
    lex_next(&c.p.lx);
    FuncState fs;
    fs_open(&c, &fs, SC_MODULE, V_MKNAME(N__lt_module_gt), 1);
    fs.flags |= CO_MODULE;
    fs.freereg = fs.maxreg = 0;
    memset(fs.definite, 0xFF, sizeof fs.definite);
    if (mode == COMPILE_EVAL) {
        while (tok(&c.p) == T_NEWLINE) advance(&c.p);
        Node *e = parse_expr_list(&c.p, true, false);
        while (tok(&c.p) == T_NEWLINE) advance(&c.p);
        if (tok(&c.p) != T_END) parse_error(&c.p, "invalid syntax");
        int r = reg_alloc(&c, 1);
        cg_into(&c, e, r);
        emit_at_line(&c, MK_ABC(I_RETURN, r, 0, 0));
    } else {
        while (tok(&c.p) != T_END) {
            if (tok(&c.p) == T_DEDENT) lex_indent_error(&c.p.lx, NULL, "unindent does not match any outer indentation level");
            compile_stmt(&c);
        }
        emit_at_line(&c, MK_ABC(I_RETURNNONE, 0, 0, 0));
    }
    Code *code = fs_close(&c, &fs);
    arena_free(&c.arena);
    return code;
}
