/* The object protocol (see runtime.h): generic operations dispatched through type slots. */
#include <string.h>
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objint.h"
#include "objfloat.h"
#include "objcomplex.h"
#include "objstr.h"
#include "objtuple.h"
#include "objlist.h"
#include "objdict.h"
#include "objtype.h"
#include "objfun.h"
#include "vm.h"
#include "seq.h"
#include "objalias.h"

/* ---------------- singletons ---------------- */

static void none_print(Value self, Print *p, PrintKind kind) {
    (void)self; (void)kind;
    print_cstr(p, "None");
}
static Value none_unary(UnaryOp op, Value self) {
    (void)self;
    if (op == UOP_BOOL) return V_FALSE;
    if (op == UOP_HASH) return V_MKINT(0xFCA86420 >> 4);
    return V_NULL;
}
/* NoneType(), type(...)(), type(NotImplemented)(): the singleton */
static Value singleton_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    (void)args;
    if (nargs || (kwnames && tuple_len(kwnames))) exc_raise_msg(&exc_TypeError, "%n takes no arguments", t->name);
    return t == &none_type ? V_NONE : t == &ellipsis_type ? V_ELLIPSIS : V_NOTIMPL;
}

const Type none_type = {
    .type = &type_type, .name = V_MKNAME(N_NoneType), .print = none_print, .unary_op = none_unary,
    .make_new = singleton_make_new,
};
const Object none_obj = {&none_type};

static void ellipsis_print(Value self, Print *p, PrintKind kind) {
    (void)self; (void)kind;
    print_cstr(p, "Ellipsis");
}
const Type ellipsis_type = {
    .type = &type_type, .name = V_MKNAME(N_ellipsis), .print = ellipsis_print, .make_new = singleton_make_new,
};
const Object ellipsis_obj = {&ellipsis_type};

static void notimpl_print(Value self, Print *p, PrintKind kind) {
    (void)self; (void)kind;
    print_cstr(p, "NotImplemented");
}
const Type notimpl_type = {
    .type = &type_type, .name = V_MKNAME(N_NotImplementedType), .print = notimpl_print, .make_new = singleton_make_new,
};
const Object notimpl_obj = {&notimpl_type};

const Object sentinel_delete_obj = {&none_type}, sentinel_method_obj = {&none_type}, sentinel_hooked_obj = {&none_type};

/* ---------------- slots along the bases ---------------- */

/* (A loop that returns from inside: GCC then lays the found case out as the straight path.) */
#define TYPE_SLOT_OWNER_DEFINE(field) \
    const Type *slot_owner_##field(const Type *t) { \
        for (; t; t = t->base) \
            if (TYPE_SLOT(t, field)) return t; \
        return NULL; \
    }
TYPE_SLOT_NAMES(TYPE_SLOT_OWNER_DEFINE)

/* ---------------- printing ---------------- */

void obj_print(Print *p, Value v, PrintKind kind) {
    vm_check_stack();
    const Type *t = type_of(v);
    t = slot_owner_print(t);
    if (t) t->print(v, p, kind);
    else print_fmt(p, "<%T object>", v);
}

Value obj_repr(Value v) {
    Vstr s;
    vstr_init(&s, 16);
    Print p;
    print_to_vstr(&p, &s);
    obj_print(&p, v, PRINT_REPR);
    return vstr_to_str(&s);
}

Value obj_str(Value v) {
    if (V_IS_NAME(v) || is_type(v, &str_type)) return v;
    Vstr s;
    vstr_init(&s, 16);
    Print p;
    print_to_vstr(&p, &s);
    obj_print(&p, v, PRINT_STR);
    return vstr_to_str(&s);
}

#ifdef ES_TYPE_OF_OUTLINE
const Type *type_of(Value v) { return type_of_inline(v); }
bool is_instance_of(Value v, const Type *t) {
    const Type *vt = type_of_inline(v);
    return vt == t || type_is_subtype(vt, t);
}
#endif

Value obj_type_name_value(Value v) { return type_of(v)->name; }

/* ---------------- unary operations ---------------- */

Value obj_unary_op(UnaryOp op, Value v) {
    if (V_IS_INT(v)) return int_unary_op(op, v);
    const Type *t = slot_owner_unary_op(type_of(v));
    if (t) {
        Value r = t->unary_op(op, v);
        if (r != V_NULL) return r;
    }
    switch (op) {
    case UOP_BOOL: return V_TRUE;
    case UOP_NEG: exc_raise_msg(&exc_TypeError, "bad operand type for unary -: '%T'", v);
    case UOP_POS: exc_raise_msg(&exc_TypeError, "bad operand type for unary +: '%T'", v);
    case UOP_INVERT: exc_raise_msg(&exc_TypeError, "bad operand type for unary ~: '%T'", v);
    case UOP_ABS: exc_raise_msg(&exc_TypeError, "bad operand type for abs(): '%T'", v);
    case UOP_LEN: exc_raise_msg(&exc_TypeError, "object of type '%T' has no len()", v);
    case UOP_HASH: return V_MKINT((Int)(v >> 4));
    case UOP_INDEX:
        exc_raise_msg(&exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
    default:
        return V_NULL;
    }
}

bool obj_truthy(Value v) {
    if (v == V_TRUE) return true;
    if (v == V_FALSE || v == V_NONE) return false;
    if (V_IS_INT(v)) return v != V_MKINT(0);
    if (V_IS_NAME(v)) return V_NAME(v) != N_;
    const Type *t = slot_owner_unary_op(type_of(v));
    if (t) {
        Value r = t->unary_op(UOP_BOOL, v);
        if (r != V_NULL) return r == V_TRUE;
        r = t->unary_op(UOP_LEN, v);
        if (r != V_NULL) return r != V_MKINT(0);
    }
    return true;
}

Int obj_hash(Value v) {
    if (V_IS_INT(v)) return int_hash(v);
    if (V_IS_NAME(v)) return (Int)name_hash(V_NAME(v));
    /* these use every bit of the word, more than a small int holds */
    if (V_OBJ(v)->type == &tuple_type || V_OBJ(v)->type == &frozenset_type) {
        vm_check_stack();   /* nested tuples hash recursively */
        return V_OBJ(v)->type == &tuple_type ? tuple_hash(v) : frozenset_hash(v);
    }
    /* numeric hashes go up to 2**31-2 on 32-bit machines, past a small int */
    if (V_OBJ(v)->type == &int_type) return int_hash(v);
    if (V_OBJ(v)->type == &float_type) return float_hash(float_value(v));
    if (V_OBJ(v)->type == &complex_type) return complex_hash(v);
    Value h = obj_unary_op(UOP_HASH, v);
    return V_INT(h);
}

Value obj_len_maybe(Value v) {
    const Type *t = slot_owner_unary_op(type_of(v));
    if (!t) return V_NULL;
    return t->unary_op(UOP_LEN, v);
}

Int obj_len(Value v) {
    if (V_IS_NAME(v)) return (Int)str_nchars(v);
    Value r = obj_len_maybe(v);
    if (r == V_NULL) exc_raise_msg(&exc_TypeError, "object of type '%T' has no len()", v);
    return V_INT(r);
}

/* ---------------- binary operations ---------------- */

static const char *const op_symbols[] = {
    "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "^", "|",
    "+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "^=", "|=",
    "<", "<=", "==", "!=", ">", ">=", "in",
};

static BinaryOp reflect_compare(BinaryOp op) {
    switch (op) {
    case OP_LT: return OP_GT;
    case OP_LE: return OP_GE;
    case OP_GT: return OP_LT;
    case OP_GE: return OP_LE;
    default: return op;
    }
}

/* Calls a binary slot.  The slot sees the operands in source order; OP_REFLECTED in op says
 * that the slot's type is the right operand's (it implements the reflected method). */
static Value try_slot(const Type *t, int op, Value a, Value b) {
    if (!t) return V_NULL;
    Value r = t->binary_op((BinaryOp)op, a, b);
    return r == V_NOTIMPL ? V_NULL : r;
}

/* Types CPython gives a sequence-repeat slot (their * with a non-int has its own message). */
static bool repeatable(Value v) {
    static const Type *const seqs[] = {&str_type, &bytes_type, &bytearray_type, &list_type, &tuple_type};
    for (size_t i = 0; i < sizeof seqs / sizeof seqs[0]; i++)
        if (is_instance_of(v, seqs[i])) return true;
    return false;
}

static ES_NORETURN void binary_type_error(BinaryOp op, Value a, Value b) {
    if (op == OP_ADD || op == OP_IADD) {
        /* the sequences' concatenation, tried last, has its own messages */
        static const Type *const seqs[] = {&str_type, &list_type, &tuple_type};
        for (size_t i = 0; i < sizeof seqs / sizeof seqs[0]; i++)
            if (is_instance_of(a, seqs[i]))
                exc_raise_msg(&exc_TypeError, "can only concatenate %n (not \"%T\") to %n",
                              seqs[i]->name, b, seqs[i]->name);
        if (is_instance_of(a, &bytes_type) || is_instance_of(a, &bytearray_type))
            exc_raise_msg(&exc_TypeError, "can't concat %T to %T", b, a);
    }
    if (op == OP_MUL || op == OP_IMUL) {
        if (repeatable(a) || repeatable(b))
            exc_raise_msg(&exc_TypeError, "can't multiply sequence by non-int of type '%T'",
                          repeatable(a) ? b : a);
    }
    if (op >= OP_LT && op <= OP_GE)
        exc_raise_msg(&exc_TypeError, "'%s' not supported between instances of '%T' and '%T'",
                      op_symbols[op], a, b);
    exc_raise_msg(&exc_TypeError, "unsupported operand type(s) for %s: '%T' and '%T'",
                  op == OP_POW ? "** or pow()" : op_symbols[op], a, b);
}

Value obj_binary_op(BinaryOp op, Value a, Value b) {
    if (V_IS_INT(a) && V_IS_INT(b)) {
        Value r = int_binary_op(op, a, b);
        if (r) return r;   /* not for ints (1 @ 2): the TypeError below */
    }
    vm_check_stack();   /* containers compare their items through here, recursively */
    const Type *ta = type_of(a), *tb = type_of(b);
    const Type *sa = slot_owner_binary_op(ta);   /* b's only when a's does not answer */
    Value r;
    BinaryOp asked = op;   /* the error names the operator as written: += stays += */
    if (op >= OP_IADD && op <= OP_IOR) {
        r = try_slot(sa, op, a, b);
        if (r) return r;
        op = (BinaryOp)(op - OP_INPLACE);
    }
    if (op == OP_CONTAINS) {
        /* a is the container */
        r = try_slot(sa, op, a, b);
        if (r) return r;
        return V_BOOL(obj_contains(a, b));
    }
    bool compare = op >= OP_LT && op <= OP_GE;
    int rop = (compare ? reflect_compare(op) : op) | OP_REFLECTED;
    /* the right operand goes first when its class is a subclass of the left's */
    bool sub_first = ta != tb && type_is_heap(tb) && type_is_subtype(tb, ta);
    if (sub_first) {
        r = try_slot(slot_owner_binary_op(tb), rop, a, b);
        if (r) return r;
    }
    r = try_slot(sa, op, a, b);
    if (r) return r;
    if (!sub_first && (ta != tb || compare)) {
        r = try_slot(ta == tb ? sa : slot_owner_binary_op(tb), rop, a, b);
        if (r) return r;
    }
    if (op == OP_EQ) return V_BOOL(a == b);
    if (op == OP_NE) return V_BOOL(a != b);
    binary_type_error(asked, a, b);
}

bool obj_equal(Value a, Value b) {
    if (a == b) {
        /* identity implies equality except for nan floats */
        if (V_IS_PTR(a) && type_of(a) == &float_type) return float_value(a) == float_value(a);
        return true;
    }
    if (V_IS_INT(a) && V_IS_INT(b)) return false;
    if (V_IS_NAME(a) && V_IS_NAME(b)) return false;
    const Type *ta = type_of(a), *tb = type_of(b);
    if (ta == &str_type && tb == &str_type) return str_equal(a, b);
    if (ta == &float_type && tb == &float_type) return float_value(a) == float_value(b);
    return obj_truthy(obj_binary_op(OP_EQ, a, b));
}

bool obj_less(Value a, Value b) {
    if (V_IS_INT(a) && V_IS_INT(b)) return (Int)a < (Int)b;
    if (V_IS_PTR(a) && V_IS_PTR(b)) {
        const Type *ta = V_OBJ(a)->type;
        if (ta == &float_type && V_OBJ(b)->type == &float_type) return float_value(a) < float_value(b);
        if (ta == &str_type && V_OBJ(b)->type == &str_type) return str_compare(a, b) < 0;
    }
    return obj_truthy(obj_binary_op(OP_LT, a, b));
}

bool obj_is(Value a, Value b) { return a == b; }

bool obj_contains(Value container, Value item) {
    const Type *t = slot_owner_binary_op(type_of(container));
    if (t) {
        Value r = t->binary_op(OP_CONTAINS, container, item);
        if (r != V_NULL && r != V_NOTIMPL) return obj_truthy(r);
    }
    /* fall back to iteration */
    const Type *ct = type_of(container);
    bool iterable = false;
    /* a class's getiter slot is the generic one that looks for __iter__: ask the class */
    for (const Type *q = ct; q; q = q->base)
        if (TYPE_SLOT(q, getiter) && !type_is_heap(q)) { iterable = true; break; }
    if (!iterable && !type_lookup(ct, V_MKNAME(N___iter__)) && !type_lookup(ct, V_MKNAME(N___getitem__)))
        exc_raise_msg(&exc_TypeError, "argument of type '%T' is not iterable", container);
    IterBuf buf;
    Value it = obj_getiter(container, &buf);
    Value x;
    while ((x = obj_iternext(it)) != V_NULL)
        if (x == item || obj_equal(x, item)) return true;
    return false;
}

/* ---------------- attributes ---------------- */

/* A class sets its own attr slot (instance_attr): its instances need no walk. */
static const Type *attr_owner(const Type *t) {
    return (t->flags & TF_HEAP) ? t : slot_owner_attr(t);
}

Value obj_load_method_maybe(Value obj, Value name, Value *dest) {
    const Type *t = type_of(obj);
    dest[0] = V_NULL;
    dest[1] = V_SENTINEL_METHOD;
    const Type *s = attr_owner(t);
    if (s) {
        s->attr(obj, name, dest);
        if (dest[0] != V_NULL) {
            if (dest[1] == V_SENTINEL_METHOD) dest[1] = V_NULL;
            return dest[0];
        }
        if (type_is_heap(t)) { dest[1] = V_NULL; return V_NULL; }
    }
    dest[1] = V_NULL;
    Value v = type_lookup_attr(t, name);
    if (v == V_NULL) {
        if (name == V_MKNAME(N___class__)) return dest[0] = V_FROMPTR(t);
        return V_NULL;
    }
    const Type *vt = type_of(v);
    if (vt == &function_type || vt == &native_fn_type || vt == &slot_wrapper_type || vt == &method_descr_type) {
        dest[0] = v;
        dest[1] = obj;
        return v;
    }
    dest[0] = type_bind(v, obj, t);
    return dest[0];
}

void obj_load_method(Value obj, Value name, Value *dest) {
    if (obj_load_method_maybe(obj, name, dest) == V_NULL) exc_attribute_error(obj, name);
}

Value obj_getattr_maybe(Value obj, Value name) {
    Value dest[2];
    if (obj_load_method_maybe(obj, name, dest) == V_NULL) return V_NULL;
    if (dest[1] != V_NULL) return bound_method_new(dest[1], dest[0]);
    return dest[0];
}

Value obj_getattr(Value obj, Value name) {
    Value v = obj_getattr_maybe(obj, name);
    if (v == V_NULL) exc_attribute_error(obj, name);
    return v;
}

Value obj_lookup_attr(Value obj, Value name) {
    ExcFrame ef;
    volatile Value v = V_NULL;
    if (EXC_TRY(ef)) {
        v = obj_getattr_maybe(obj, name);
        exc_end(&ef);
        return v;
    }
    if (exc_matches(ef.exc, V_FROMPTR(&exc_AttributeError))) return V_NULL;
    exc_raise(ef.exc);
}

void obj_setattr(Value obj, Value name, Value value) {
    const Type *s = attr_owner(type_of(obj));
    if (s) {
        Value dest[2] = {V_NULL, value};
        s->attr(obj, name, dest);
        if (dest[1] == V_NULL) return;
    }
    if (type_lookup(type_of(obj), name) != V_NULL || !s)
        exc_raise_msg(&exc_AttributeError, "'%T' object attribute '%n' is read-only", obj, name);
    exc_raise_msg(&exc_AttributeError, "'%T' object has no attribute '%n'", obj, name);
}

void obj_delattr(Value obj, Value name) {
    const Type *s = attr_owner(type_of(obj));
    if (s) {
        Value dest[2] = {V_NULL, V_NULL};
        s->attr(obj, name, dest);
        if (dest[1] == V_NULL && dest[0] == V_NULL) {
            /* the slot reports success by setting dest[0] to a non-NULL marker */
        }
        if (dest[0] == V_TRUE) return;
    }
    exc_attribute_error(obj, name);
}

/* ---------------- subscripts ---------------- */

Value obj_getitem(Value obj, Value index) {
    const Type *t = slot_owner_subscr(type_of(obj));
    if (t) {
        Value r = t->subscr(obj, index, V_NULL);
        if (r != V_NULL) return r;
    }
    if (is_instance_of(obj, &type_type)) {
        /* list[int] and friends (objalias.c), or the class's __class_getitem__ */
        Value f = type_lookup((const Type *)V_PTR(obj), V_MKNAME(N___class_getitem__));
        if (f) return obj_call2(f, obj, index);
        Value alias = alias_class_getitem(V_PTR(obj), index);   /* list[int] */
        if (alias) return alias;
        exc_raise_msg(&exc_TypeError, "type '%n' is not subscriptable", ((const Type *)V_PTR(obj))->name);
    }
    exc_raise_msg(&exc_TypeError, "'%T' object is not subscriptable", obj);
}

void obj_setitem(Value obj, Value index, Value value) {
    const Type *t = slot_owner_subscr(type_of(obj));
    if (t && t->subscr(obj, index, value) != V_NULL) return;
    exc_raise_msg(&exc_TypeError, "'%T' object does not support item assignment", obj);
}

void obj_delitem(Value obj, Value index) {
    const Type *t = slot_owner_subscr(type_of(obj));
    if (t && t->subscr(obj, index, V_SENTINEL_DELETE) != V_NULL) return;
    /* CPython words it differently for subscriptable objects (tuple, str) */
    exc_raise_msg(&exc_TypeError, t ? ES_MSG("'%T' object doesn't support item deletion")
                                     : ES_MSG("'%T' object does not support item deletion"), obj);
}

/* ---------------- iteration ---------------- */

/* Iterator over an object that only has __getitem__ (the old sequence protocol). */
typedef struct {
    Object base;
    Value seq;
    Int index;
} SeqIter;

static Value seqiter_next(Value self) {
    SeqIter *it = V_PTR(self);
    if (it->seq == V_NULL) return V_NULL;
    ExcFrame ef;
    volatile Value r = V_NULL;
    if (EXC_TRY(ef)) {
        r = obj_getitem(it->seq, V_MKINT(it->index));
        exc_end(&ef);
    } else {
        if (exc_matches(ef.exc, V_FROMPTR(&exc_IndexError)) || exc_matches(ef.exc, V_FROMPTR(&exc_StopIteration))) {
            it->seq = V_NULL;
            return V_NULL;
        }
        exc_raise(ef.exc);
    }
    it->index++;
    return r;
}

static Value self_iter(Value self, IterBuf *buf) { (void)buf; return self; }

const Type seqiter_type = {
    .type = &type_type, .name = V_MKNAME(N_iterator), .flags = TF_ITER_SELF,
    .getiter = self_iter, .iternext = seqiter_next,
};

bool obj_is_iterable(Value obj) {
    const Type *t = type_of(obj);
    return slot_owner_getiter(t) || type_lookup(t, V_MKNAME(N___getitem__));
}

Value obj_getiter(Value obj, IterBuf *buf) {
    const Type *t = type_of(obj);
    const Type *q = slot_owner_getiter(t);
    if (q) {
        Value it = q->getiter(obj, buf);
        if (it != V_NULL) return it;
    }
    if (type_lookup(t, V_MKNAME(N___getitem__)) != V_NULL && !is_instance_of(obj, &type_type)) {
        SeqIter *it = gc_alloc(sizeof(SeqIter), 0);
        it->base.type = &seqiter_type;
        it->seq = obj;
        return V_FROMPTR(it);
    }
    exc_raise_msg(&exc_TypeError, "'%T' object is not iterable", obj);
}

Value obj_iternext(Value it) {
    const Type *q = slot_owner_iternext(type_of(it));
    if (q) return q->iternext(it);
    exc_raise_msg(&exc_TypeError, "'%T' object is not an iterator", it);
}

/* ---------------- calls ---------------- */

Value obj_call(Value f, Value *args, int nargs, Value kwnames) {
    const Type *t = type_of(f);
    if (t == &function_type) return vm_call_function(V_PTR(f), args, nargs, kwnames);
    if (t == &native_fn_type) return native_call(V_PTR(f), args, nargs, kwnames);
    const Type *q = slot_owner_call(t);
    if (q) return q->call(f, args, nargs, kwnames);
    exc_raise_msg(&exc_TypeError, "'%T' object is not callable", f);
}

Value obj_call0(Value f) { return obj_call(f, NULL, 0, V_NULL); }
Value obj_call1(Value f, Value a) { return obj_call(f, &a, 1, V_NULL); }
Value obj_call2(Value f, Value a, Value b) {
    Value args[2] = {a, b};
    return obj_call(f, args, 2, V_NULL);
}

Value obj_call_method0(Value obj, Value name) {
    Value dest[2];
    obj_load_method(obj, name, dest);
    if (dest[1] != V_NULL) return obj_call(dest[0], &dest[1], 1, V_NULL);
    return obj_call(dest[0], NULL, 0, V_NULL);
}

Value obj_call_method1(Value obj, Value name, Value a) {
    Value dest[3];
    obj_load_method(obj, name, dest);
    if (dest[1] != V_NULL) {
        dest[2] = a;
        return obj_call(dest[0], &dest[1], 2, V_NULL);
    }
    return obj_call(dest[0], &a, 1, V_NULL);
}

bool obj_callable(Value v) {
    const Type *t = type_of(v);
    if (t == &function_type || t == &native_fn_type) return true;
    if (!slot_owner_call(t)) return false;
    return !type_is_heap(t) || type_lookup(t, V_MKNAME(N___call__)) != V_NULL || is_instance_of(v, &type_type);
}

/* ---------------- conversions ---------------- */

Value obj_attr_name(Value v) {
    if (!str_is(v)) exc_raise_msg(&exc_TypeError, "attribute name must be string, not '%T'", v);
    return str_intern(v);
}

Value obj_index(Value v) {
    if (V_IS_INT(v)) return v;
    return int_value_of(int_is_int(v) ? v : obj_unary_op(UOP_INDEX, v));
}

Int obj_get_int(Value v) {
    if (V_IS_INT(v)) return V_INT(v);
    Int r;
    if (!int_to_machine(obj_index(v), &r))
        exc_raise_msg(&exc_OverflowError, "Python int too large to convert to C ssize_t");
    return r;
}

Int obj_get_ssize(Value v) {
    Int r;
    if (!int_to_machine(obj_index(v), &r))
        exc_raise_msg(&exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    return r;
}

Int obj_get_index(Value v) {
    if (V_IS_INT(v)) return V_INT(v);
    if (int_is_int(v) || type_lookup(type_of(v), V_MKNAME(N___index__))) {
        Value i = int_is_int(v) ? v : obj_unary_op(UOP_INDEX, v);
        Int r;
        if (!int_to_machine(i, &r))
            exc_raise_msg(&exc_IndexError, "cannot fit 'int' into an index-sized integer");
        return r;
    }
    return V_NULL;  /* caller raises its own message */
}

bool obj_get_float_maybe(Value v, double *out) {
    if (V_IS_INT(v)) { *out = (double)V_INT(v); return true; }
    if (is_type(v, &float_type)) { *out = float_value(v); return true; }
    if (int_is_int(v)) { *out = int_to_double(v); return true; }
    if (is_instance_of(v, &float_type)) { *out = float_value(v); return true; }
    Value f = type_lookup(type_of(v), V_MKNAME(N___float__));
    if (f) {
        Value r = obj_call1(f, v);
        if (!is_instance_of(r, &float_type))
            exc_raise_msg(&exc_TypeError, "%T.__float__ returned non-float (type %T)", v, r);
        *out = float_value(r);
        return true;
    }
    f = type_lookup(type_of(v), V_MKNAME(N___index__));
    if (f) {
        *out = int_to_double(obj_call1(f, v));
        return true;
    }
    return false;
}

double obj_get_float(Value v) {
    double d;
    if (!obj_get_float_maybe(v, &d))
        exc_raise_msg(&exc_TypeError, "must be real number, not %T", v);
    return d;
}

/* ---------------- sequences ---------------- */

UInt seq_index(Value index, UInt len, const char *what) {
    Int i;
    if (V_IS_INT(index)) i = V_INT(index);
    else {
        Int r = obj_get_index(index);
        if (r == (Int)V_NULL && !int_is_int(index) && !type_lookup(type_of(index), V_MKNAME(N___index__)))
            exc_raise_msg(&exc_TypeError, "%s indices must be integers or slices, not %T", what, index);
        i = r;
    }
    if (i < 0) i += (Int)len;
    if (i < 0 || (UInt)i >= len) exc_raise_msg(&exc_IndexError, "%s index out of range", what);
    return (UInt)i;
}

/* ---------------- argument checking ---------------- */

void arg_check_count(Value name, int nargs, int min, int max) {
    if (nargs >= min && nargs <= max) return;
    int n = nargs < min ? min : max;
    exc_raise_msg(&exc_TypeError, "%n expected %s%d argument%s, got %d", name,
                  min == max ? "" : nargs < min ? "at least " : "at most ", n, n == 1 ? "" : "s", nargs);
}

void arg_check_no_kw(const char *fname, Value kwnames) {
    if (kwnames != V_NULL && tuple_len(kwnames) > 0)
        exc_raise_msg(&exc_TypeError, "%s() takes no keyword arguments", fname);
}

void arg_check_no_kw_name(Value name, Value kwnames) {
    if (kwnames != V_NULL && tuple_len(kwnames) > 0)
        exc_raise_msg(&exc_TypeError, "%n() takes no keyword arguments", name);
}

void arg_parse(const char *fname, Value *args, int nargs, Value kwnames, int npos_max,
               const uint16_t *names, int nnames, Value *out) {
    if (nargs > npos_max) {
        if (npos_max == 0) exc_raise_msg(&exc_TypeError, "%s() takes no positional arguments", fname);
        exc_raise_msg(&exc_TypeError, "%s() takes at most %d positional argument%s (%d given)", fname,
                      npos_max, npos_max == 1 ? "" : "s", nargs);
    }
    for (int i = 0; i < nnames; i++) out[i] = i < nargs ? args[i] : V_NULL;
    if (kwnames == V_NULL) return;
    size_t nkw = tuple_len(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        Value kn = tuple_items(kwnames)[k];
        int j;
        for (j = 0; j < nnames; j++)
            if (V_MKNAME(names[j]) == kn) break;
        if (j == nnames)
            exc_raise_msg(&exc_TypeError, "'%n' is an invalid keyword argument for %s()", kn, fname);
        if (out[j] != V_NULL)
            exc_raise_msg(&exc_TypeError, "argument for %s() given by name ('%n') and position (%d)", fname, kn, j + 1);
        out[j] = args[nargs + k];
    }
}

Value obj_arg_type_name(Value v) { return v == V_NONE ? V_MKNAME(N_None) : obj_type_name_value(v); }

void raise_arg_type(const char *fname, const char *expected, Value got) {
    exc_raise_msg(&exc_TypeError, "%s() argument must be %s, not %n", fname, expected, obj_arg_type_name(got));
}
