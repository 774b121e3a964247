/* complex: a pair of doubles.  Imaginary literals (1j) make them, and so does float ** float with
 * a negative base.  The type, its values, hash, unary operations and attributes are here; the
 * arithmetic, repr and parsing are the slots of the module _complex (modcomplex.c), which the
 * type's own slots call.  On the ESP-01 that module is native (docs/bundle.md): the firmware
 * carries neither it nor the libm functions only it needs.  In an image without it a complex
 * number can still be made (a literal in code typed at the REPL), hashed, negated and taken
 * apart (.real, .imag, bool); anything else raises the ImportError that says how to bake it. */
#include "objcomplex.h"
#include "objfloat.h"
#include "objint.h"
#include "objfun.h"
#include "objdict.h"
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "import.h"

static inline const Complex *C(Value v) { return V_PTR(v); }

Value complex_new(double re, double im) {
    Complex *c = gc_alloc(sizeof(Complex), GC_LEAF | GC_NOZERO);
    c->base.type = &complex_type;
    c->re = re;
    c->im = im;
    return V_FROMPTR(c);
}

/* The slots of _complex: built in (modcomplex.c), or on the board the native module's, which the
 * bundle may lack: then ImportError, with the hint to bake it.  Found once: the bundle does not
 * change while the board runs.  (A native module is machine code, trusted as such: espy build
 * checks that it was linked against this firmware.) */
static const Type *complex_ops(void) {
#if ES_COMPLEX_NATIVE
    static const Type *ops;
    if (!ops) {
        Value m = import_native(V_MKNAME(N__complex));
        if (!m) import_not_found(V_MKNAME(N__complex));
        ops = V_PTR(obj_getattr(m, V_MKNAME(N_complex)));
    }
    return ops;
#else
    return &complex_impl_type;
#endif
}

Value complex_pow(double ar, double ai, double br, double bi) {
    return complex_ops()->binary_op(OP_POW, complex_new(ar, ai), complex_new(br, bi));
}

static Value complex_binary(BinaryOp op, Value a, Value b) { return complex_ops()->binary_op(op, a, b); }

static void complex_print(Value v, Print *p, PrintKind kind) { complex_ops()->print(v, p, kind); }

static Value complex_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    return complex_ops()->make_new(t, args, nargs, kwnames);
}

Int complex_hash(Value v) {
    /* CPython: hash(real) + 1000003 * hash(imag), wrapped to a machine word */
    UInt h = (UInt)float_hash(C(v)->re) + (UInt)1000003 * (UInt)float_hash(C(v)->im);
    Int r = (Int)h;
    return r == -1 ? -2 : r;
}

static Value complex_unary(UnaryOp op, Value v) {
    const Complex *c = C(v);
    switch (op) {
    case UOP_NEG: return complex_new(-c->re, -c->im);
    case UOP_POS: return is_type(v, &complex_type) ? v : complex_new(c->re, c->im);
    case UOP_BOOL: return V_BOOL(c->re != 0.0 || c->im != 0.0);
    case UOP_ABS: return complex_ops()->unary_op(op, v);
    case UOP_HASH: return int_from_int(complex_hash(v));
    default: return V_NULL;
    }
}

/* ---------------- attributes ---------------- */

static Value m_conjugate(Value *args, int nargs, Value kw) {
    (void)nargs;
    (void)kw;
    return complex_new(C(args[0])->re, -C(args[0])->im);
}
static NATIVE_METHOD(m_conjugate_fn, conjugate, 0, 0, m_conjugate);

static const MapEntry complex_table[] = {
    METHOD_ENTRY(conjugate, m_conjugate_fn),
};
static const Dict complex_locals = DICT_CONST_INIT(complex_table);

static void complex_attr(Value self, Value name, Value *dest) {
    if (dest[0] != V_NULL || dest[1] != V_SENTINEL_METHOD) return;
    if (name == V_MKNAME(N_real)) dest[0] = float_new(C(self)->re);
    else if (name == V_MKNAME(N_imag)) dest[0] = float_new(C(self)->im);
    else return;
    dest[1] = V_NULL;
}

const Type complex_type = {
    .type = &type_type, .name = V_MKNAME(N_complex), .flags = TF_BASETYPE, .base = &object_type,
    .instance_size = sizeof(Complex), .dict = V_FROMPTR(&complex_locals),
    .print = complex_print, .make_new = complex_make_new, .unary_op = complex_unary,
    .binary_op = complex_binary, .attr = complex_attr,
};
