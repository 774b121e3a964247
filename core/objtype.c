/* type, object, user classes (C3 MRO, instances, special methods), super, property,
 * classmethod and staticmethod. */
#include <string.h>
#include "objtype.h"
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objdict.h"
#include "objtuple.h"
#include "objlist.h"
#include "objstr.h"
#include "objint.h"
#include "objfun.h"
#include "vm.h"
#include "vstr.h"
#include "strformat.h"
#include "objalias.h"

#define MRO_MAX 64

static Value class_slot(const Type *c, Value name);
static Value class_attr(const Type *c, Value name);

bool type_is_heap(const Type *t) { return (t->flags & TF_HEAP) != 0; }

/* Not inlined: GCC -O2 would split it (an inlined t == base test, the rest behind one more
 * call), which costs more than it saves on isinstance of user classes. */
ES_NOINLINE bool type_is_subtype(const Type *t, const Type *base) {
    if (t == base || base == &object_type) return true;
    Value mro = type_mro(t);
    if (!mro) {
        for (const Type *q = t->base; q; q = q->base)
            if (q == base) return true;
        return false;
    }
    size_t n = tuple_len(mro);
    Value *m = tuple_items(mro);
    for (size_t i = 0; i < n; i++)
        if (m[i] == V_FROMPTR(base)) return true;
    return false;
}

Value type_lookup(const Type *t, Value name) {
    Value mro = type_mro(t), v;
    if (mro) {
        size_t n = tuple_len(mro);
        Value *m = tuple_items(mro);
        for (size_t i = 0; i < n; i++)
            if ((v = type_own_get(V_PTR(m[i]), name))) return v;
        return V_NULL;
    }
    for (; t; t = t->base)
        if ((v = type_own_get(t, name))) return v;
    return V_NULL;
}

/* The first built-in type in t's MRO: it decides the instance layout and the C slots. */
static const Type *solid_base(const Type *t) {
    while (t && type_is_heap(t)) t = t->base;
    return t ? t : &object_type;
}

/* Walks t's MRO for a special method: returns the first user class's definition, or V_NULL
 * when a built-in type comes first (then *builtin is that type: use its C slot). */
static Value mro_special(const Type *t, Value name, const Type **builtin) {
    *builtin = NULL;
    Value mro = type_mro(t);
    if (!mro) { *builtin = t; return V_NULL; }
    size_t n = tuple_len(mro);
    Value *m = tuple_items(mro);
    for (size_t i = 0; i < n; i++) {
        const Type *c = V_PTR(m[i]);
        if (!type_is_heap(c)) { *builtin = c; return V_NULL; }
        Value v = map_get(dict_map(c->dict), name);
        if (v) return v;
    }
    return V_NULL;
}

Map *obj_attr_map(Value obj) {
    if (!V_IS_PTR(obj)) return NULL;
    const Type *t = V_OBJ(obj)->type;
    if (!(t->flags & TF_HAS_DICT)) return NULL;
    return (Map *)((char *)V_PTR(obj) + es_rd16(&t->dict_offset));
}

/* ---------------- binding class attributes ---------------- */

typedef struct {
    Object base;
    Value fget, fset, fdel, doc;
    Value name;   /* set by the class that holds it (__set_name__), for messages */
} Property;

/* AttributeError "property 'x' of 'T' object has no setter" (CPython's words) */
static void property_missing(Value prop, Value obj, const char *what) {
    Value name = ((Property *)V_PTR(prop))->name;
    if (name) exc_raise_msg(&exc_AttributeError, "property %r of '%T' object has no %s", name, obj, what);
    exc_raise_msg(&exc_AttributeError, "property of '%T' object has no %s", obj, what);
}

Value type_bind(Value v, Value obj, const Type *owner) {
    const Type *vt = type_of(v);
    if (vt == &function_type || vt == &native_fn_type || vt == &slot_wrapper_type || vt == &method_descr_type)
        return bound_method_new(obj, v);
    if (vt == &staticmethod_type) return ((Cell *)V_PTR(v))->value;
    if (vt == &classmethod_type) return bound_method_new(V_FROMPTR(owner), ((Cell *)V_PTR(v))->value);
    if (vt == &property_type) {
        Property *p = V_PTR(v);
        if (p->fget == V_NULL || p->fget == V_NONE) property_missing(v, obj, "getter");
        return obj_call1(p->fget, obj);
    }
    if (type_is_heap(vt)) {
        Value get = type_lookup(vt, V_MKNAME(N___get__));
        if (get) {
            Value args[3] = {v, obj, V_FROMPTR(owner)};
            return obj_call(get, args, 3, V_NULL);
        }
    }
    return v;
}

static bool is_data_descriptor(Value v) {
    const Type *vt = type_of(v);
    if (vt == &property_type) return true;
    if (type_is_heap(vt))
        return type_lookup(vt, V_MKNAME(N___set__)) || type_lookup(vt, V_MKNAME(N___delete__));
    return false;
}

/* ---------------- instances of user classes ---------------- */

Value obj_new_instance(const Type *t) {
    size_t size = es_rd16(&t->instance_size);
    if (!size) size = sizeof(Object);
    Object *o = gc_alloc(size, 0);
    o->type = t;
    /* attribute names are interned: lookups in the map may compare words */
    if (t->flags & TF_HAS_DICT) ((Map *)((char *)o + es_rd16(&t->dict_offset)))->all_names = 1;
    return V_FROMPTR(o);
}

static void generic_instance_attr(Value self, Value name, Value *dest);

static Value call_with_self(Value f, Value self, Value *args, int nargs) {
    Value buf[8];
    Value *a = buf;
    if (nargs + 1 > 8) a = gc_alloc((size_t)(nargs + 1) * sizeof(Value), 0);
    a[0] = self;
    for (int i = 0; i < nargs; i++) a[i + 1] = args[i];
    const Type *ft = type_of(f);
    if (ft == &function_type || ft == &native_fn_type) return obj_call(f, a, nargs + 1, V_NULL);
    /* staticmethod/classmethod/descriptors: bind then call */
    Value b = type_bind(f, self, type_of(self));
    return obj_call(b, args, nargs, V_NULL);
}

Value instance_call_special(Value obj, Value name, Value *args, int nargs, bool *found) {
    Value f = type_lookup(type_of(obj), name);
    if (!f) { *found = false; return V_NULL; }
    *found = true;
    return call_with_self(f, obj, args, nargs);
}

Value object_repr_default(Value obj) {
    const Type *t = type_of(obj);
    Value d = TYPE_SLOT(t, dict);
    Value mod = d ? map_get(dict_map(d), V_MKNAME(N___module__)) : V_NULL;
    Value qn = d ? map_get(dict_map(d), V_MKNAME(N___qualname__)) : V_NULL;
    if (!qn) qn = t->name;
    if (mod && str_is(mod) && !(V_IS_NAME(mod) && V_NAME(mod) == N_builtins))
        return str_printf("<%n.%n object at %p>", mod, qn, (void *)V_PTR(obj));
    return str_printf("<%n object at %p>", qn, (void *)V_PTR(obj));
}

/* The print slot a built-in base supplies (inherited along ->base). */
static void (*builtin_print(const Type *b))(Value, Print *, PrintKind) {
    b = slot_owner_print(b);
    return b && b != &object_type ? b->print : NULL;
}

static void instance_print(Value self, Print *p, PrintKind kind) {
    const Type *t = type_of(self);
    const Type *b;
    Value f = V_NULL;
    if (kind == PRINT_STR) {
        f = mro_special(t, V_MKNAME(N___str__), &b);
        /* Of the built-in bases only str and the exceptions have a __str__ of their own;
         * for the others str() is repr(), which may be the class's __repr__. */
        if (!f && b && (type_is_subtype(b, &str_type) || type_is_subtype(b, &exc_BaseException))) {
            builtin_print(b)(self, p, kind);
            return;
        }
    }
    if (!f) {
        f = mro_special(t, V_MKNAME(N___repr__), &b);
        if (!f && builtin_print(b)) { builtin_print(b)(self, p, PRINT_REPR); return; }
    }
    Value r;
    if (f) {
        r = call_with_self(f, self, NULL, 0);
        if (!str_is(r))
            exc_raise_msg(&exc_TypeError, "__%s__ returned non-string (type %T)", kind == PRINT_STR ? "str" : "repr", r);
    } else {
        r = object_repr_default(self);
    }
    size_t n;
    const char *s = str_data(r, &n);
    print_strn(p, s, n);
}

static const uint16_t unary_names[UOP_NUNARY] = {
    N___neg__, N___pos__, N___invert__, N___bool__, N___len__, N___hash__, N___abs__,
    N___int__, N___float__, N___index__,
};

static Value instance_unary(UnaryOp op, Value self) {
    const Type *t = type_of(self), *b;
    Value f = mro_special(t, V_MKNAME(es_rd16(&unary_names[op])), &b);
    if (!f) {
        if (op == UOP_HASH) {
            /* (a class defining __eq__ without __hash__ got __hash__ = None when it was made) */
            if (b && b != &object_type) {
                const Type *s = slot_owner_unary_op(b);
                if (s) return s->unary_op(op, self);
            }
            return V_MKINT((Int)(self >> 4));
        }
        if (b && b != &object_type) {
            const Type *s = slot_owner_unary_op(b);
            if (s) return s->unary_op(op, self);
        }
        if (op == UOP_BOOL) {
            /* no __bool__: fall back to __len__ */
            if (mro_special(t, V_MKNAME(N___len__), &b)) return V_BOOL(instance_unary(UOP_LEN, self) != V_MKINT(0));
        }
        return V_NULL;
    }
    if (f == V_NONE && op == UOP_HASH) exc_raise_msg(&exc_TypeError, "unhashable type: '%T'", self);
    Value r = call_with_self(f, self, NULL, 0);
    switch (op) {
    case UOP_BOOL:
        if (r != V_TRUE && r != V_FALSE)
            exc_raise_msg(&exc_TypeError, "__bool__ should return bool, returned %T", r);
        return r;
    case UOP_LEN: {
        if (!int_is_int(r)) exc_raise_msg(&exc_TypeError, "'%T' object cannot be interpreted as an integer", r);
        Int n;
        if (!int_to_machine(r, &n)) exc_raise_msg(&exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        if (n < 0) exc_raise_msg(&exc_ValueError, "__len__() should return >= 0");
        return V_MKINT(n);
    }
    case UOP_HASH: {
        if (!int_is_int(r)) exc_raise_msg(&exc_TypeError, "__hash__ method should return an integer");
        Int h;
        if (!int_to_machine(r, &h)) h = int_hash(r);
        return V_MKINT(h == -1 ? -2 : h);
    }
    case UOP_INDEX: case UOP_INT:
        if (!int_is_int(r))
            exc_raise_msg(&exc_TypeError, "__%s__ returned non-int (type %T)", op == UOP_INDEX ? "index" : "int", r);
        return r;
    default:
        return r;
    }
}

static const uint16_t binary_names[] = {
    N___add__, N___sub__, N___mul__, N___matmul__, N___truediv__, N___floordiv__, N___mod__,
    N___pow__, N___lshift__, N___rshift__, N___and__, N___xor__, N___or__,
    N___iadd__, N___isub__, N___imul__, N___imatmul__, N___itruediv__, N___ifloordiv__,
    N___imod__, N___ipow__, N___ilshift__, N___irshift__, N___iand__, N___ixor__, N___ior__,
    N___lt__, N___le__, N___eq__, N___ne__, N___gt__, N___ge__, N___contains__,
};
static const uint16_t rbinary_names[] = {
    N___radd__, N___rsub__, N___rmul__, N___rmatmul__, N___rtruediv__, N___rfloordiv__,
    N___rmod__, N___rpow__, N___rlshift__, N___rrshift__, N___rand__, N___rxor__, N___ror__,
};

static Value instance_binary(BinaryOp op, Value a, Value b) {
    bool reflected = (op & OP_REFLECTED) != 0;
    op = (BinaryOp)(op & ~OP_REFLECTED);
    Value self = reflected ? b : a, other = reflected ? a : b;
    const Type *t = type_of(self), *base;
    Value name;
    if (op >= OP_LT && op <= OP_GE) name = V_MKNAME(es_rd16(&binary_names[op]));
    else if (reflected) name = op < OP_IADD ? V_MKNAME(es_rd16(&rbinary_names[op])) : V_NULL;
    else name = V_MKNAME(es_rd16(&binary_names[op]));
    if (!name) return V_NULL;
    Value f = mro_special(t, name, &base);
    if (!f) {
        if (op == OP_NE && !reflected) {
            /* default __ne__ inverts __eq__ */
            Value eq = mro_special(t, V_MKNAME(N___eq__), &base);
            if (eq) {
                Value r = call_with_self(eq, self, &other, 1);
                if (r == V_NOTIMPL) return r;
                return V_BOOL(!obj_truthy(r));
            }
        }
        if (base && base != &object_type) {
            const Type *s = slot_owner_binary_op(base);
            if (s) return s->binary_op((BinaryOp)(op | (reflected ? OP_REFLECTED : 0)), a, b);
        }
        return V_NULL;
    }
    if (op == OP_CONTAINS) return V_BOOL(obj_truthy(call_with_self(f, self, &other, 1)));
    return call_with_self(f, self, &other, 1);
}

static Value instance_call(Value self, Value *args, int nargs, Value kwnames) {
    Value f = type_lookup(type_of(self), V_MKNAME(N___call__));
    if (!f) exc_raise_msg(&exc_TypeError, "'%T' object is not callable", self);
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    Value *a = gc_alloc((size_t)(nargs + nkw + 1) * sizeof(Value), 0);
    a[0] = self;
    memcpy(a + 1, args, (nargs + nkw) * sizeof(Value));
    if (type_of(f) != &function_type && type_of(f) != &native_fn_type)
        return obj_call(type_bind(f, self, type_of(self)), args, nargs, kwnames);
    return obj_call(f, a, nargs + 1, kwnames);
}

static Value instance_subscr(Value self, Value index, Value value) {
    const Type *t = type_of(self), *b;
    Value name = value == V_NULL ? V_MKNAME(N___getitem__) :
                 value == V_SENTINEL_DELETE ? V_MKNAME(N___delitem__) : V_MKNAME(N___setitem__);
    Value f = mro_special(t, name, &b);
    if (!f) {
        if (b && b != &object_type) {
            const Type *s = slot_owner_subscr(b);
            if (s) return s->subscr(self, index, value);
        }
        return V_NULL;
    }
    if (value == V_NULL) return call_with_self(f, self, &index, 1);
    if (value == V_SENTINEL_DELETE) { call_with_self(f, self, &index, 1); return V_NONE; }
    Value args[2] = {index, value};
    call_with_self(f, self, args, 2);
    return V_NONE;
}

static Value instance_getiter(Value self, IterBuf *buf) {
    const Type *t = type_of(self), *b;
    Value f = mro_special(t, V_MKNAME(N___iter__), &b);
    if (!f) {
        if (b && b != &object_type) {
            const Type *s = slot_owner_getiter(b);
            if (s) return s->getiter(self, buf);
        }
        return V_NULL;  /* obj_getiter tries __getitem__ */
    }
    if (f == V_NONE) exc_raise_msg(&exc_TypeError, "'%T' object is not iterable", self);
    Value it = call_with_self(f, self, NULL, 0);
    if (!slot_owner_iternext(type_of(it)))
        exc_raise_msg(&exc_TypeError, "iter() returned non-iterator of type '%T'", it);
    return it;
}

static Value instance_iternext(Value self) {
    const Type *t = type_of(self), *b;
    Value f = mro_special(t, V_MKNAME(N___next__), &b);
    if (!f) {
        if (b && b != &object_type) {
            const Type *s = slot_owner_iternext(b);
            if (s) return s->iternext(self);
        }
        exc_raise_msg(&exc_TypeError, "'%T' object is not an iterator", self);
    }
    ExcFrame ef;
    volatile Value r = V_NULL;
    if (EXC_TRY(ef)) {
        r = call_with_self(f, self, NULL, 0);
        exc_end(&ef);
    } else {
        if (exc_matches(ef.exc, V_FROMPTR(&exc_StopIteration))) return V_NULL;
        exc_raise(ef.exc);
    }
    return r;
}

/* The three uses of an attr slot, told apart by dest[1] (see obj.h). */
enum { A_LOAD, A_STORE, A_DELETE };
static int attr_mode(const Value *dest) {
    return dest[1] == V_SENTINEL_METHOD ? A_LOAD : dest[1] != V_NULL ? A_STORE : A_DELETE;
}
static bool attr_done(int mode, const Value *dest) {
    return mode == A_LOAD ? dest[0] != V_NULL : mode == A_STORE ? dest[1] == V_NULL : dest[0] == V_TRUE;
}

/* Instance attribute access: data descriptors, the instance's own attributes, then the class. */
/* Is name one of a __slots__ value's names (a str, or an iterable of them)? */
static bool slots_name_in(Value slots, Value name) {
    if (str_is(slots)) return str_equal(slots, name);
    IterBuf buf;
    Value it = obj_getiter(slots, &buf), x;
    while ((x = obj_iternext(it)) != V_NULL)
        if (str_is(x) && str_equal(x, name)) return true;
    return false;
}

/* A store into an instance of a class with TF_SLOTS: the name must be in some __slots__. */
static bool slot_allowed(const Type *t, Value name) {
    Value mro = type_mro(t);
    size_t n = tuple_len(mro);
    for (size_t i = 0; i < n; i++) {
        const Type *c = V_PTR(tuple_items(mro)[i]);
        if (!type_is_heap(c)) continue;
        Value slots = map_get(dict_map(c->dict), V_MKNAME(N___slots__));
        if (slots && slots_name_in(slots, name)) return true;
    }
    return false;
}

static void generic_instance_attr(Value self, Value name, Value *dest) {
    const Type *t = type_of(self);
    Map *attrs = obj_attr_map(self);
    int mode = attr_mode(dest);
    if (mode == A_STORE && (t->flags & TF_SLOTS) && name != V_MKNAME(N___class__) &&
        !(type_lookup_attr(t, name) && is_data_descriptor(type_lookup_attr(t, name))) && !slot_allowed(t, name))
        exc_raise_msg(&exc_AttributeError, "'%T' object has no attribute '%n'", self, name);
    if (mode == A_STORE) {
        if (name == V_MKNAME(N___class__)) {
            Value nt = dest[1];
            if (!is_instance_of(nt, &type_type))
                exc_raise_msg(&exc_TypeError, "__class__ must be set to a class, not '%T' object", nt);
            const Type *n = V_PTR(nt);
            if (!type_is_heap(n) || solid_base(n) != solid_base(t) || n->instance_size != es_rd16(&t->instance_size))
                exc_raise_msg(&exc_TypeError, "__class__ assignment: '%n' object layout differs from '%n'", n->name, t->name);
            ((Object *)V_PTR(self))->type = n;
            dest[1] = V_NULL;
            return;
        }
        Value cls_attr = (t->flags & TF_DESCRIPTORS) ? type_lookup(t, name) : V_NULL;
        if (cls_attr && is_data_descriptor(cls_attr)) {
            if (type_of(cls_attr) == &property_type) {
                Property *p = V_PTR(cls_attr);
                if (p->fset == V_NULL || p->fset == V_NONE) property_missing(cls_attr, self, "setter");
                obj_call2(p->fset, self, dest[1]);
            } else {
                Value set = type_lookup(type_of(cls_attr), V_MKNAME(N___set__));
                if (!set) exc_raise_msg(&exc_AttributeError, "__set__");
                Value args[3] = {cls_attr, self, dest[1]};
                obj_call(set, args, 3, V_NULL);
            }
            dest[1] = V_NULL;
            return;
        }
        if (!attrs) return;  /* the caller reports the error */
        if (!V_IS_NAME(name)) name = str_intern(name);
        map_set(attrs, name, dest[1]);
        dest[1] = V_NULL;
        return;
    }
    if (mode == A_DELETE) {
        Value cls_attr = (t->flags & TF_DESCRIPTORS) ? type_lookup(t, name) : V_NULL;
        if (cls_attr && is_data_descriptor(cls_attr)) {
            if (type_of(cls_attr) == &property_type) {
                Property *p = V_PTR(cls_attr);
                if (p->fdel == V_NULL || p->fdel == V_NONE) property_missing(cls_attr, self, "deleter");
                obj_call1(p->fdel, self);
            } else {
                Value del = type_lookup(type_of(cls_attr), V_MKNAME(N___delete__));
                if (!del) exc_raise_msg(&exc_AttributeError, "__delete__");
                obj_call2(del, cls_attr, self);
            }
            dest[0] = V_TRUE;
            return;
        }
        if (attrs && map_delete(attrs, name) != V_NULL) dest[0] = V_TRUE;
        return;
    }
    if (name == V_MKNAME(N___class__)) { dest[0] = V_FROMPTR(t); dest[1] = V_NULL; return; }
    if (name == V_MKNAME(N___dict__) && attrs && !(t->flags & TF_SLOTS)) { dest[0] = attrdict_new(self, attrs); dest[1] = V_NULL; return; }
    Value cls_attr = type_lookup_attr(t, name);
    if (cls_attr && (t->flags & TF_DESCRIPTORS) && is_data_descriptor(cls_attr)) {
        dest[0] = type_bind(cls_attr, self, t);
        dest[1] = V_NULL;
        return;
    }
    if (attrs) {
        Value v = map_get(attrs, name);
        if (v) { dest[0] = v; dest[1] = V_NULL; return; }
    }
    if (cls_attr) {
        const Type *ct = type_of(cls_attr);
        if (ct == &function_type || ct == &native_fn_type || ct == &slot_wrapper_type) {
            dest[0] = cls_attr;
            dest[1] = self;
            return;
        }
        dest[0] = type_bind(cls_attr, self, t);
        dest[1] = V_NULL;
    }
}

/* A built-in base's own attributes, for plain_instance_attr.  Out of line: inlined, the walk's
 * registers cost every attribute access to an instance of a plain class two instructions. */
static ES_NOINLINE bool builtin_base_attr(const Type *b, Value self, Value name, Value *dest, int mode) {
    const Type *s = slot_owner_attr(b);
    if (!s || s == &object_type) return false;
    s->attr(self, name, dest);
    return attr_done(mode, dest);
}

/* Attribute lookup without __getattribute__/__getattr__: a built-in base's own attributes
 * first (like CPython's data descriptors), then the class and instance dicts. */
static void plain_instance_attr(Value self, Value name, Value *dest, int mode) {
    const Type *b = solid_base(type_of(self));
    if (b != &object_type && builtin_base_attr(b, self, name, dest, mode)) return;
    generic_instance_attr(self, name, dest);
}

static void instance_attr(Value self, Value name, Value *dest) {
    const Type *t = type_of(self);
    volatile int mode = attr_mode(dest);   /* read after the EXC_TRY below (gcc -Wclobbered on the lx106) */
    if (mode != A_LOAD && (t->flags & TF_HAS_SETATTR)) {
        Value f = type_lookup(t, mode == A_STORE ? V_MKNAME(N___setattr__) : V_MKNAME(N___delattr__));
        if (f && type_of(f) != &native_fn_type) {
            if (mode == A_STORE) {
                Value args[2] = {name, dest[1]};
                call_with_self(f, self, args, 2);
                dest[1] = V_NULL;
            } else {
                call_with_self(f, self, &name, 1);
                dest[0] = V_TRUE;
            }
            return;
        }
    }
    if (mode == A_LOAD && (t->flags & TF_HAS_GETATTRIBUTE)) {
        Value f = type_lookup(t, V_MKNAME(N___getattribute__));
        if (f && type_of(f) != &native_fn_type) {
            ExcFrame ef;
            if (EXC_TRY(ef)) {
                dest[0] = call_with_self(f, self, &name, 1);
                exc_end(&ef);
                dest[1] = V_NULL;
                return;
            }
            if (!exc_matches(ef.exc, V_FROMPTR(&exc_AttributeError))) exc_raise(ef.exc);
            Value ga = type_lookup(t, V_MKNAME(N___getattr__));
            if (!ga) exc_raise(ef.exc);
            dest[0] = call_with_self(ga, self, &name, 1);
            dest[1] = V_NULL;
            return;
        }
    }
    Value ga = mode == A_LOAD && (t->flags & TF_HAS_GETATTR) ? type_lookup(t, V_MKNAME(N___getattr__)) : V_NULL;
    if (!ga) {
        plain_instance_attr(self, name, dest, mode);
        return;
    }
    /* __getattr__ answers when the normal lookup finds nothing or raises AttributeError
     * (from a property, say) */
    ExcFrame ef;
    if (EXC_TRY(ef)) {
        plain_instance_attr(self, name, dest, mode);
        exc_end(&ef);
        if (attr_done(mode, dest)) return;
    } else if (!exc_matches(ef.exc, V_FROMPTR(&exc_AttributeError))) {
        exc_raise(ef.exc);
    }
    dest[0] = call_with_self(ga, self, &name, 1);
    dest[1] = V_NULL;
}

/* ---------------- object ---------------- */

static Value object_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    if (t == &object_type && (nargs > 0 || (kwnames && tuple_len(kwnames))))
        exc_raise_msg(&exc_TypeError, "object() takes no arguments");
    (void)args;
    return obj_new_instance(t);
}

static void object_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    Value r = object_repr_default(self);
    size_t n;
    const char *s = str_data(r, &n);
    print_strn(p, s, n);
}

static Value object_init(Value *args, int nargs, Value kwnames) {
    (void)args; (void)kwnames;
    if (nargs > 1) {
        const Type *t = type_of(args[0]);
        /* extra arguments are an error unless __new__ was overridden to take them */
        Value nw = type_lookup(t, V_MKNAME(N___new__));
        if (!nw || type_of(nw) == &native_fn_type)
            exc_raise_msg(&exc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    return V_NONE;
}

static Value object_new(Value *args, int nargs, Value kwnames) {
    (void)kwnames;
    if (nargs < 1 || !is_instance_of(args[0], &type_type))
        exc_raise_msg(&exc_TypeError, "object.__new__(X): X is not a type object");
    const Type *t = V_PTR(args[0]);
    const Type *b = solid_base(t);
    if (b != &object_type && TYPE_SLOT(b, make_new)) return b->make_new(t, args + 1, nargs - 1, V_NULL);
    return obj_new_instance(t);
}

static Value object_eq(Value *args, int nargs, Value kwnames) {
    (void)nargs; (void)kwnames;
    return args[0] == args[1] ? V_TRUE : V_NOTIMPL;
}

static Value object_ne(Value *args, int nargs, Value kwnames) {
    (void)nargs; (void)kwnames;
    Value r = obj_binary_op(OP_EQ, args[0], args[1]);
    return V_BOOL(!obj_truthy(r));
}

static Value object_hash(Value *args, int nargs, Value kwnames) {
    (void)nargs; (void)kwnames;
    return V_MKINT((Int)(args[0] >> 4));
}

static Value object_repr(Value *args, int nargs, Value kwnames) {
    (void)nargs; (void)kwnames;
    return object_repr_default(args[0]);
}

static Value object_str(Value *args, int nargs, Value kwnames) {
    (void)nargs; (void)kwnames;
    return obj_repr(args[0]);
}

static Value object_setattr(Value *args, int nargs, Value kwnames) {
    (void)nargs; (void)kwnames;
    Value self = args[0];
    Value dest[2] = {V_NULL, args[2]};
    generic_instance_attr(self, obj_attr_name(args[1]), dest);
    if (dest[1] != V_NULL) exc_raise_msg(&exc_AttributeError, "'%T' object has no attribute '%n'", self, args[1]);
    return V_NONE;
}

static Value object_delattr(Value *args, int nargs, Value kwnames) {
    (void)nargs; (void)kwnames;
    Value dest[2] = {V_NULL, V_NULL};
    generic_instance_attr(args[0], obj_attr_name(args[1]), dest);
    if (dest[0] != V_TRUE) exc_attribute_error(args[0], args[1]);
    return V_NONE;
}

static Value object_getattribute(Value *args, int nargs, Value kwnames) {
    (void)nargs; (void)kwnames;
    Value name = obj_attr_name(args[1]);
    Value dest[2] = {V_NULL, V_SENTINEL_METHOD};
    const Type *s = slot_owner_attr(solid_base(type_of(args[0])));
    if (s && s != &object_type) s->attr(args[0], name, dest);
    if (dest[0] == V_NULL) {
        dest[1] = V_SENTINEL_METHOD;
        generic_instance_attr(args[0], name, dest);
    }
    if (dest[0] == V_NULL) exc_attribute_error(args[0], name);
    if (dest[1] != V_NULL && dest[1] != V_SENTINEL_METHOD) return bound_method_new(dest[1], dest[0]);
    return dest[0];
}

static Value object_init_subclass(Value *args, int nargs, Value kwnames) {
    (void)args; (void)nargs;
    if (kwnames && tuple_len(kwnames))
        exc_raise_msg(&exc_TypeError, "%n.__init_subclass__() takes no keyword arguments",
                      is_instance_of(args[0], &type_type) ? ((const Type *)V_PTR(args[0]))->name : obj_type_name_value(args[0]));
    return V_NONE;
}

static Value object_format(Value *args, int nargs, Value kwnames) {
    (void)nargs; (void)kwnames;
    size_t n;
    if (!str_is(args[1])) raise_arg_type("__format__", "str", args[1]);
    str_data(args[1], &n);
    if (n) exc_raise_msg(&exc_TypeError, "unsupported format string passed to %T.__format__", args[0]);
    return obj_str(args[0]);
}

static NATIVE_FN(object_init_fn, __init__, 1, NARGS_ANY, object_init);
static NATIVE_FN(object_new_fn, __new__, 1, NARGS_ANY, object_new);
static NATIVE_FN(object_eq_fn, __eq__, 2, 2, object_eq);
static NATIVE_FN(object_ne_fn, __ne__, 2, 2, object_ne);
static NATIVE_FN(object_hash_fn, __hash__, 1, 1, object_hash);
static NATIVE_FN(object_repr_fn, __repr__, 1, 1, object_repr);
static NATIVE_FN(object_str_fn, __str__, 1, 1, object_str);
static NATIVE_FN(object_setattr_fn, __setattr__, 3, 3, object_setattr);
static NATIVE_FN(object_delattr_fn, __delattr__, 2, 2, object_delattr);
static NATIVE_FN(object_getattribute_fn, __getattribute__, 2, 2, object_getattribute);
static NATIVE_FN_KW(object_init_subclass_fn, __init_subclass__, 1, 1, object_init_subclass);
/* a classmethod, as in CPython: super().__init_subclass__() in a subclass hook passes cls */
static const Cell object_init_subclass_cm = {{&classmethod_type}, V_FROMPTR(&object_init_subclass_fn)};
static NATIVE_FN(object_format_fn, __format__, 2, 2, object_format);

static const MapEntry object_dict_table[] = {
    {V_MKNAME(N___delattr__), V_FROMPTR(&object_delattr_fn)},
    {V_MKNAME(N___eq__), V_FROMPTR(&object_eq_fn)},
    {V_MKNAME(N___format__), V_FROMPTR(&object_format_fn)},
    {V_MKNAME(N___getattribute__), V_FROMPTR(&object_getattribute_fn)},
    {V_MKNAME(N___hash__), V_FROMPTR(&object_hash_fn)},
    {V_MKNAME(N___init__), V_FROMPTR(&object_init_fn)},
    {V_MKNAME(N___init_subclass__), V_FROMPTR(&object_init_subclass_cm)},
    {V_MKNAME(N___ne__), V_FROMPTR(&object_ne_fn)},
    {V_MKNAME(N___new__), V_FROMPTR(&object_new_fn)},
    {V_MKNAME(N___repr__), V_FROMPTR(&object_repr_fn)},
    {V_MKNAME(N___setattr__), V_FROMPTR(&object_setattr_fn)},
    {V_MKNAME(N___str__), V_FROMPTR(&object_str_fn)},
};
static const Dict object_dict = DICT_CONST_INIT(object_dict_table);

static void object_attr(Value self, Value name, Value *dest) {
    if (type_is_heap(type_of(self))) {
        instance_attr(self, name, dest);
        return;
    }
    if (attr_mode(dest) == A_LOAD && name == V_MKNAME(N___class__)) {
        dest[0] = V_FROMPTR(type_of(self));
        dest[1] = V_NULL;
    }
}

const Type object_type = {
    .type = &type_type, .name = V_MKNAME(N_object), .flags = TF_BASETYPE,
    .instance_size = sizeof(Object),   /* object() has no attributes; subclasses add a map */
    .dict = V_FROMPTR(&object_dict),
    .print = object_print, .make_new = object_make_new, .attr = object_attr,
};

/* ---------------- type ---------------- */

extern const NativeFunc type_init_fn;

static void type_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    const Type *t = V_PTR(self);
    Value mod = (t->flags & TF_HEAP) ? map_get(dict_map(t->dict), V_MKNAME(N___module__)) : V_NULL;
    Value qn = (t->flags & TF_HEAP) ? map_get(dict_map(t->dict), V_MKNAME(N___qualname__)) : V_NULL;
    if (!qn || !str_is(qn)) qn = t->name;
    if (mod && str_is(mod) && !(V_IS_NAME(mod) && V_NAME(mod) == N_builtins))
        print_fmt(p, "<class '%n.%n'>", mod, qn);
    else
        print_fmt(p, "<class '%n'>", qn);
}

/* C3 linearisation of a class with the given bases.  The work arrays are sized to the bases
 * (the result has at most 1 + the sum of their MROs' lengths); with one base the answer is
 * self followed by the base's own MRO. */
static Value compute_mro(Value self, Value bases) {
    size_t nb = tuple_len(bases), nseq = nb + (nb > 1), total = 1;
    Value **seqs = gc_alloc(nseq * sizeof(Value *), 0);
    size_t *lens = gc_alloc(2 * nseq * sizeof(size_t), GC_LEAF), *pos = lens + nseq;
    Value *bitems = tuple_items(bases);
    for (size_t i = 0; i < nb; i++) {
        const Type *b = V_PTR(bitems[i]);
        Value m = type_mro(b);
        if (!m) {
            /* a built-in type: its chain of bases */
            size_t n = 0;
            for (const Type *q = b; q; q = q->base) n++;
            Value *arr = gc_alloc((n + 1) * sizeof(Value), 0);
            n = 0;
            for (const Type *q = b; q; q = q->base) arr[n++] = V_FROMPTR(q);
            if (arr[n - 1] != V_FROMPTR(&object_type)) arr[n++] = V_FROMPTR(&object_type);
            seqs[i] = arr;
            lens[i] = n;
        } else {
            seqs[i] = tuple_items(m);
            lens[i] = tuple_len(m);
        }
        pos[i] = 0;
        total += lens[i];
    }
    if (nb == 1) {
        Value t = tuple_new(total);
        tuple_items(t)[0] = self;
        memcpy(tuple_items(t) + 1, seqs[0], lens[0] * sizeof(Value));
        return t;
    }
    seqs[nb] = bitems;
    lens[nb] = nb;
    pos[nb] = 0;
    Value *out = gc_alloc(total * sizeof(Value), 0);
    size_t nout = 0;
    out[nout++] = self;
    for (;;) {
        bool any = false;
        for (size_t i = 0; i < nseq; i++) if (pos[i] < lens[i]) any = true;
        if (!any) break;
        Value cand = V_NULL;
        for (size_t i = 0; i < nseq && !cand; i++) {
            if (pos[i] >= lens[i]) continue;
            Value c = seqs[i][pos[i]];
            bool in_tail = false;
            for (size_t j = 0; j < nseq && !in_tail; j++)
                for (size_t k = pos[j] + 1; k < lens[j]; k++)
                    if (seqs[j][k] == c) { in_tail = true; break; }
            if (!in_tail) cand = c;
        }
        if (!cand) {
            Vstr v;
            vstr_init(&v, 64);
            Print p;
            print_to_vstr(&p, &v);
            print_fmt(&p, "Cannot create a consistent method resolution\norder (MRO) for bases ");   /* (CPython's line break) */
            for (size_t i = 0; i < nb; i++) {
                if (i) print_cstr(&p, ", ");
                print_fmt(&p, "%n", ((const Type *)V_PTR(bitems[i]))->name);
            }
            vstr_addc(&v, 0);
            exc_raise_msg(&exc_TypeError, "%s", v.buf);
        }
        /* a candidate is in no tail, so every occurrence is at a head and is passed here:
         * nothing is added twice, nout stays within total */
        out[nout++] = cand;
        for (size_t i = 0; i < nseq; i++)
            if (pos[i] < lens[i] && seqs[i][pos[i]] == cand) pos[i]++;
    }
    return tuple_from_array(out, nout);
}

static bool layout_compatible(const Type *a, const Type *b) {
    /* b's instances can be laid out as a's: b derives from a's solid base */
    return type_is_subtype(b, a);
}

Value type_new_class(const Type *meta, Value name, Value bases, Value ns) {
    return type_new_class_kw(meta, name, bases, ns, V_NULL);
}

static void call_init_subclass(Value cls, Value kwargs);

/* The __bases__ of every class statement without bases: one const tuple, not 16 bytes of RAM per
 * class. */
static const struct { Object base; UInt len; Value items[1]; } object_bases = {
    {&tuple_type}, 1, {V_FROMPTR(&object_type)}};

Value type_new_class_kw(const Type *meta, Value name, Value bases, Value ns, Value kwargs) {
    size_t nb = tuple_len(bases);
    if (nb == 0) {
        bases = V_FROMPTR(&object_bases);
        nb = 1;
    }
    Value *bitems = tuple_items(bases);
    const Type *solid = &object_type;
    const Type *primary = V_PTR(bitems[0]);
    for (size_t i = 0; i < nb; i++) {
        if (!is_instance_of(bitems[i], &type_type))
            exc_raise_msg(&exc_TypeError, "bases must be types");
        const Type *b = V_PTR(bitems[i]);
        if (!(b->flags & TF_BASETYPE))
            exc_raise_msg(&exc_TypeError, "type '%n' is not an acceptable base type", b->name);
        for (size_t j = 0; j < i; j++)
            if (bitems[j] == bitems[i]) exc_raise_msg(&exc_TypeError, "duplicate base class %n", b->name);
        const Type *s = solid_base(b);
        if (layout_compatible(solid, s)) solid = s;
        else if (!layout_compatible(s, solid))
            exc_raise_msg(&exc_TypeError, "multiple bases have instance lay-out conflict");
    }
    HeapType *ht = gc_alloc(sizeof(HeapType), 0);
    Type *t = &ht->type;
    t->type = meta;
    t->name = str_intern(name);
    t->flags = TF_HEAP | TF_BASETYPE | (solid->flags & (TF_EXCEPTION | TF_INT_SUB | TF_STR_SUB | TF_ITER_SELF | TF_ARRAY));
    /* layout: the solid base's struct, then (if it has none) an attribute map */
    if (solid->flags & TF_HAS_DICT) {
        t->instance_size = (uint16_t)es_rd16(&solid->instance_size);
        t->dict_offset = (uint16_t)es_rd16(&solid->dict_offset);
        t->flags |= TF_HAS_DICT;
    } else if (es_rd16(&solid->instance_size)) {
        size_t off = (es_rd16(&solid->instance_size) + sizeof(Value) - 1) & ~(sizeof(Value) - 1);
        t->dict_offset = (uint16_t)off;
        t->instance_size = (uint16_t)(off + sizeof(Map));
        t->flags |= TF_HAS_DICT;
    } else {
        t->instance_size = 0;   /* var-sized built-in bases (int, str, tuple): no attributes */
    }
    for (size_t i = 0; i < nb; i++) {
        const Type *b = V_PTR(bitems[i]);
        t->flags |= b->flags & (TF_HAS_GETATTR | TF_HAS_SETATTR | TF_HAS_GETATTRIBUTE | TF_DESCRIPTORS);
    }
    t->base = primary->flags & TF_HEAP ? primary : solid;
    if (!(primary->flags & TF_HEAP) && primary != solid) t->base = primary;
    ht->bases = bases;
    t->dict = ns;
    t->print = instance_print;
    t->make_new = TYPE_SLOT(solid, make_new);
    t->call = instance_call;
    t->unary_op = instance_unary;
    t->binary_op = instance_binary;
    t->attr = instance_attr;
    t->subscr = instance_subscr;
    t->getiter = instance_getiter;
    t->iternext = instance_iternext;
    ht->mro = compute_mro(V_FROMPTR(t), bases);
    /* flags from the namespace */
    Map *m = dict_map(ns);
    size_t pos = 0;
    MapEntry *e;
    while ((e = map_next(m, &pos))) {
        Value k = e->key;
        if (k == V_MKNAME(N___getattr__)) t->flags |= TF_HAS_GETATTR;
        if (k == V_MKNAME(N___setattr__) || k == V_MKNAME(N___delattr__)) t->flags |= TF_HAS_SETATTR;
        if (k == V_MKNAME(N___getattribute__)) t->flags |= TF_HAS_GETATTRIBUTE;
        if (is_data_descriptor(e->value)) t->flags |= TF_DESCRIPTORS;
        /* __new__ is implicitly a staticmethod, __init_subclass__ and __class_getitem__ classmethods */
        if (k == V_MKNAME(N___new__) && type_of(e->value) == &function_type) {
            Cell *sm = gc_alloc(sizeof(Cell), 0);
            sm->base.type = &staticmethod_type;
            sm->value = e->value;
            e->value = V_FROMPTR(sm);
        }
        if ((k == V_MKNAME(N___init_subclass__) || k == V_MKNAME(N___class_getitem__)) &&
            type_of(e->value) == &function_type) {
            Cell *cm = gc_alloc(sizeof(Cell), 0);
            cm->base.type = &classmethod_type;
            cm->value = e->value;
            e->value = V_FROMPTR(cm);
        }
    }
    /* __slots__: instances take only those attributes when every class above has them */
    Value slots = map_get(m, V_MKNAME(N___slots__));
    if (slots && !slots_name_in(slots, V_MKNAME(N___dict__))) {
        bool all = true;
        for (size_t i = 0; i < nb; i++) {
            const Type *b = V_PTR(bitems[i]);
            if (b != &object_type && !(b->flags & TF_SLOTS)) all = false;
        }
        if (all) t->flags |= TF_SLOTS;
    }
    /* a class that defines __eq__ but not __hash__ is unhashable */
    if (map_get(m, V_MKNAME(N___eq__)) && !map_get(m, V_MKNAME(N___hash__)))
        map_set(m, V_MKNAME(N___hash__), V_NONE);
    type_changed();   /* t may sit where a dead class was: forget cached lookups */
    Value cls = V_FROMPTR(t);
    /* __set_name__ on attributes, then the parent's __init_subclass__ */
    pos = 0;
    while ((e = map_next(m, &pos))) {
        if (type_of(e->value) == &property_type) ((Property *)V_PTR(e->value))->name = e->key;
        if (!type_is_heap(type_of(e->value))) continue;
        Value sn = type_lookup(type_of(e->value), V_MKNAME(N___set_name__));
        if (sn) {
            Value args[3] = {e->value, cls, e->key};
            obj_call(sn, args, 3, V_NULL);
        }
    }
    call_init_subclass(cls, kwargs);
    return cls;
}

Value call_ex_kwargs(Value f, Value *args, int nargs, Value kwargs);

/* The parent's __init_subclass__(cls, **kwargs). */
static void call_init_subclass(Value cls, Value kwargs) {
    const Type *t = V_PTR(cls);
    Value mro = type_mro(t);
    for (size_t i = 1; i < tuple_len(mro); i++) {
        const Type *b = V_PTR(tuple_items(mro)[i]);
        Value f = type_own_get(b, V_MKNAME(N___init_subclass__));
        if (!f) continue;
        if (type_of(f) == &classmethod_type) f = ((Cell *)V_PTR(f))->value;
        call_ex_kwargs(f, &cls, 1, kwargs);
        return;
    }
}

static Value prepend(Value first, Value *args, int nargs, Value kwnames) {
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    Value *a = gc_alloc((size_t)(nargs + nkw + 1) * sizeof(Value), 0);
    a[0] = first;
    memcpy(a + 1, args, (nargs + nkw) * sizeof(Value));
    return V_FROMPTR(a);
}

static Value new_class_from_args(const Type *meta, Value *args, int nargs, Value kwnames) {
    if (nargs != 3) exc_raise_msg(&exc_TypeError, "type() takes 1 or 3 arguments");
    if (!str_is(args[0])) exc_raise_msg(&exc_TypeError, "type.__new__() argument 1 must be str, not %T", args[0]);
    if (!is_type(args[1], &tuple_type)) exc_raise_msg(&exc_TypeError, "type.__new__() argument 2 must be tuple, not %T", args[1]);
    if (!dict_is(args[2])) exc_raise_msg(&exc_TypeError, "type.__new__() argument 3 must be dict, not %T", args[2]);
    Value ns = dict_copy(args[2]);
    if (!map_get(dict_map(ns), V_MKNAME(N___qualname__))) dict_set(ns, V_MKNAME(N___qualname__), args[0]);
    if (!map_get(dict_map(ns), V_MKNAME(N___module__))) {
        Value mod = vm.frame && vm.frame->func ? map_get(dict_map(vm.frame->func->globals), V_MKNAME(N___name__)) : V_NULL;
        if (mod) dict_set(ns, V_MKNAME(N___module__), mod);
    }
    Value kwargs = V_NULL;
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    if (nkw) {
        kwargs = dict_new(nkw);
        for (size_t i = 0; i < nkw; i++) dict_set(kwargs, tuple_items(kwnames)[i], args[nargs + i]);
    }
    return type_new_class_kw(meta, args[0], args[1], ns, kwargs);
}

/* type.__call__: make an instance of cls with __new__ and __init__. */
static Value type_default_call(const Type *t, Value *args, int nargs, Value kwnames) {
    Value self = V_FROMPTR(t);
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    if (t == &type_type) {
        if (nargs == 1 && nkw == 0) return V_FROMPTR(type_of(args[0]));
        return new_class_from_args(&type_type, args, nargs, kwnames);
    }
    if (!(t->flags & TF_HEAP)) {
        const Type *m = slot_owner_make_new(t);
        if (!m || (m == &object_type && t != &object_type))
            exc_raise_msg(&exc_TypeError, "cannot create '%n' instances", t->name);
        return m->make_new(t, args, nargs, kwnames);
    }
    /* __new__ */
    Value obj;
    Value nw = type_lookup(t, V_MKNAME(N___new__));
    Value *a = NULL;
    if (nw && type_of(nw) == &staticmethod_type) {
        a = V_PTR(prepend(self, args, nargs, kwnames));
        obj = obj_call(((Cell *)V_PTR(nw))->value, a, nargs + 1, kwnames);
        if (!is_instance_of(obj, t)) return obj;
    } else if (type_is_subtype(t, &type_type)) {
        /* a metaclass without a __new__ of its own: type.__new__ */
        obj = new_class_from_args(t, args, nargs, kwnames);
    } else {
        const Type *b = solid_base(t);
        Value init = type_lookup(t, V_MKNAME(N___init__));
        if (b == &object_type) {
            if ((nargs || nkw) && (!init || init == V_FROMPTR(&object_init_fn)))
                exc_raise_msg(&exc_TypeError, "%n() takes no arguments", t->name);
            obj = obj_new_instance(t);
        } else {
            const Type *m = slot_owner_make_new(b);
            obj = m->make_new(t, args, nargs, kwnames);
        }
    }
    /* __init__ */
    Value init = type_lookup(t, V_MKNAME(N___init__));
    if (init && init != V_FROMPTR(&object_init_fn) && init != V_FROMPTR(&type_init_fn)) {
        const Type *it = type_of(init);
        Value r;
        if (it == &function_type || it == &native_fn_type) {
            if (!a) a = V_PTR(prepend(obj, args, nargs, kwnames));
            a[0] = obj;
            r = obj_call(init, a, nargs + 1, kwnames);
        } else {
            r = obj_call(type_bind(init, obj, t), args, nargs, kwnames);
        }
        if (r != V_NONE)
            exc_raise_msg(&exc_TypeError, "__init__() should return None, not '%T'", r);
    }
    return obj;
}

/* Calling a class: its metaclass's __call__ when a user metaclass defines one. */
static Value type_call(Value self, Value *args, int nargs, Value kwnames) {
    const Type *meta = type_of(self);
    if (type_is_heap(meta)) {
        Value c = type_lookup(meta, V_MKNAME(N___call__));
        if (c && type_of(c) == &function_type) {
            Value *a = V_PTR(prepend(self, args, nargs, kwnames));
            return obj_call(c, a, nargs + 1, kwnames);
        }
    }
    return type_default_call(V_PTR(self), args, nargs, kwnames);
}

static Value type_new_m(Value *args, int nargs, Value kwnames) {
    if (!is_instance_of(args[0], &type_type) || !type_is_subtype(V_PTR(args[0]), &type_type))
        exc_raise_msg(&exc_TypeError, "type.__new__(X): X is not a type object (%T)", args[0]);
    if (nargs == 2 && args[0] == V_FROMPTR(&type_type)) return V_FROMPTR(type_of(args[1]));
    return new_class_from_args(V_PTR(args[0]), args + 1, nargs - 1, kwnames);
}

static Value type_init_m(Value *args, int nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return V_NONE;
}

static Value type_call_m(Value *args, int nargs, Value kwnames) {
    if (!is_instance_of(args[0], &type_type))
        exc_raise_msg(&exc_TypeError, "descriptor '__call__' requires a 'type' object but received a '%T'", args[0]);
    return type_default_call(V_PTR(args[0]), args + 1, nargs - 1, kwnames);
}

static void type_attr(Value self, Value name, Value *dest) {
    const Type *t = V_PTR(self);
    if (dest[0] == V_NULL && dest[1] == V_SENTINEL_METHOD) {
        /* load */
        switch (V_IS_NAME(name) ? V_NAME(name) : 0) {
        case N___name__: dest[0] = t->name; return;
        case N___qualname__: {
            Value q = (t->flags & TF_HEAP) ? map_get(dict_map(t->dict), name) : V_NULL;
            dest[0] = q ? q : t->name;
            return;
        }
        case N___mro__:
            dest[0] = type_mro(t);
            if (!dest[0]) {
                Value items[MRO_MAX];
                size_t n = 0;
                for (const Type *q = t; q && n < MRO_MAX; q = q->base) items[n++] = V_FROMPTR(q);
                if (items[n - 1] != V_FROMPTR(&object_type)) items[n++] = V_FROMPTR(&object_type);
                dest[0] = tuple_from_array(items, n);
            }
            return;
        case N___bases__:
            if (type_bases(t)) dest[0] = type_bases(t);
            else if (t == &object_type) dest[0] = V_EMPTY_TUPLE;
            else {
                Value b = V_FROMPTR(t->base ? t->base : &object_type);
                dest[0] = tuple_from_array(&b, 1);
            }
            return;
        case N___base__: {
            Value bases = type_bases(t);
            dest[0] = t == &object_type ? V_NONE : V_FROMPTR(bases ? V_PTR(tuple_items(bases)[0]) : (t->base ? t->base : &object_type));
            return;
        }
        case N___dict__:
            /* a snapshot (CPython: a read-only mappingproxy): classes change only through
             * setattr/delattr, which keeps the attribute caches right */
            dest[0] = TYPE_SLOT(t, dict) ? dict_copy(t->dict) : dict_new(0);
            return;
        case N___class__: dest[0] = V_FROMPTR(type_of(self)); return;
        case N___module__:
            if (!(t->flags & TF_HEAP)) { dest[0] = V_MKNAME(N_builtins); return; }
            break;
        case N___doc__:
            if (!(t->flags & TF_HEAP) || !map_get(dict_map(t->dict), name)) { dest[0] = V_NONE; return; }
            break;
        case N_mro: break;
        default: break;
        }
        Value v = type_lookup_attr(t, name);
        if (v) {
            const Type *vt = type_of(v);
            if (vt == &staticmethod_type) dest[0] = ((Cell *)V_PTR(v))->value;
            else if (vt == &classmethod_type) {
                if (dest[1] == V_SENTINEL_METHOD) { dest[0] = ((Cell *)V_PTR(v))->value; dest[1] = self; }
                else dest[0] = bound_method_new(self, ((Cell *)V_PTR(v))->value);
            } else if (vt == &native_fn_type && (NFN_FLAGS((const NativeFunc *)V_PTR(v)) & NFN_METHOD)) {
                dest[0] = method_descr_new(t, v);
            } else if (type_is_heap(vt) && type_lookup(vt, V_MKNAME(N___get__))) {
                Value args[3] = {v, V_NONE, self};
                dest[0] = obj_call(type_lookup(vt, V_MKNAME(N___get__)), args, 3, V_NULL);
            } else {
                dest[0] = v;
            }
            if (dest[1] == V_SENTINEL_METHOD && vt != &classmethod_type) dest[1] = V_NULL;
            return;
        }
        /* attributes of the metaclass (methods of type, or a user metaclass) */
        const Type *meta = type_of(self);
        v = type_lookup(meta, name);
        if (v && meta != &type_type) {
            dest[0] = type_bind(v, self, meta);
            if (dest[1] == V_SENTINEL_METHOD) dest[1] = V_NULL;
            return;
        }
        if (v) {
            if (dest[1] == V_SENTINEL_METHOD && (type_of(v) == &native_fn_type || type_of(v) == &function_type)) {
                dest[0] = v;
                dest[1] = self;
            } else {
                dest[0] = type_bind(v, self, meta);
            }
            return;
        }
        if (meta != &type_type && (meta->flags & TF_HAS_GETATTR)) {
            Value ga = type_lookup(meta, V_MKNAME(N___getattr__));
            Value args[2] = {self, name};
            dest[0] = obj_call(ga, args, 2, V_NULL);
            if (dest[1] == V_SENTINEL_METHOD) dest[1] = V_NULL;
        }
        return;
    }
    /* store / delete: only on user classes */
    if (!(t->flags & TF_HEAP)) {
        if (dest[1] != V_NULL)
            exc_raise_msg(&exc_TypeError, "cannot set '%n' attribute of immutable type '%n'", name, t->name);
        exc_raise_msg(&exc_TypeError, "cannot delete '%n' attribute of immutable type '%n'", name, t->name);
    }
    Type *mt = (Type *)t;
    if (!V_IS_NAME(name)) name = str_intern(name);
    if (dest[1] != V_NULL) {
        Value v = dest[1];
        if (name == V_MKNAME(N___getattr__)) mt->flags |= TF_HAS_GETATTR;
        if (name == V_MKNAME(N___setattr__)) mt->flags |= TF_HAS_SETATTR;
        if (is_data_descriptor(v)) mt->flags |= TF_DESCRIPTORS;
        map_set(dict_map(t->dict), name, v);
        type_changed();
        dest[1] = V_NULL;
    } else {
        if (map_delete(dict_map(t->dict), name) != V_NULL) { dest[0] = V_TRUE; type_changed(); }
    }
}

static Value type_mro_method(Value *args, int nargs, Value kwnames) {
    (void)nargs; (void)kwnames;
    const Type *t = V_PTR(args[0]);
    Value mro = obj_getattr(args[0], V_MKNAME(N___mro__));
    (void)t;
    return list_from_iter(mro);
}

static Value type_subclasses(Value *args, int nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return list_new(0);
}

static NATIVE_FN(type_mro_fn, mro, 1, 1, type_mro_method);
static NATIVE_FN(type_subclasses_fn, __subclasses__, 1, 1, type_subclasses);
static NATIVE_FN_KW(type_new_fn, __new__, 1, NARGS_ANY, type_new_m);
const NATIVE_FN_KW(type_init_fn, __init__, 1, NARGS_ANY, type_init_m);
static NATIVE_FN_KW(type_call_fn, __call__, 1, NARGS_ANY, type_call_m);
static const Cell type_new_sm = {{&staticmethod_type}, V_FROMPTR(&type_new_fn)};

static const MapEntry type_dict_table[] = {
    {V_MKNAME(N___call__), V_FROMPTR(&type_call_fn)},
    {V_MKNAME(N___init__), V_FROMPTR(&type_init_fn)},
    {V_MKNAME(N___new__), V_FROMPTR(&type_new_sm)},
    {V_MKNAME(N___subclasses__), V_FROMPTR(&type_subclasses_fn)},
    {V_MKNAME(N_mro), V_FROMPTR(&type_mro_fn)},
};
static const Dict type_dict = DICT_CONST_INIT(type_dict_table);

static Value type_binary(BinaryOp op, Value a, Value b) {
    op = (BinaryOp)(op & ~OP_REFLECTED);
    if (op == OP_EQ) return V_BOOL(a == b);
    if (op == OP_NE) return V_BOOL(a != b);
    if (op == OP_OR) return alias_union(a, b);   /* int | None */
    return V_NULL;
}

static Value type_unary(UnaryOp op, Value self) {
    if (op == UOP_HASH) return V_MKINT((Int)(self >> 4));
    if (op == UOP_BOOL) return V_TRUE;
    return V_NULL;
}

const Type type_type = {
    .type = &type_type, .name = V_MKNAME(N_type), .flags = TF_BASETYPE,
    .base = &object_type, .dict = V_FROMPTR(&type_dict),
    .print = type_print, .call = type_call, .attr = type_attr, .binary_op = type_binary,
    .unary_op = type_unary,
};

/* ---------------- super ---------------- */

typedef struct {
    Object base;
    Value type;     /* the class where the method was defined */
    Value obj;      /* the instance (or class, for classmethods) */
} Super;

static Value super_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    (void)t; (void)kwnames;
    if (nargs == 0) exc_raise_msg(&exc_RuntimeError, "super(): no arguments");
    if (nargs > 2) exc_raise_msg(&exc_TypeError, "super() takes at most 2 arguments (%d given)", nargs);
    if (!is_instance_of(args[0], &type_type))
        exc_raise_msg(&exc_TypeError, "super() argument 1 must be a type, not %T", args[0]);
    Super *s = gc_alloc(sizeof(Super), 0);
    s->base.type = &super_type;
    s->type = args[0];
    s->obj = nargs == 2 ? args[1] : V_NONE;
    if (nargs == 2) {
        const Type *st = V_PTR(args[0]);
        bool ok = is_instance_of(args[1], st) ||
                  (is_instance_of(args[1], &type_type) && type_is_subtype(V_PTR(args[1]), st));
        if (!ok) exc_raise_msg(&exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    }
    return V_FROMPTR(s);
}

static void super_attr(Value self, Value name, Value *dest) {
    Super *s = V_PTR(self);
    if (dest[0] != V_NULL || (dest[1] != V_NULL && dest[1] != V_SENTINEL_METHOD)) return;
    bool want_method = dest[1] == V_SENTINEL_METHOD;
    if (name == V_MKNAME(N___class__)) { dest[0] = V_FROMPTR(&super_type); return; }
    bool obj_is_type = is_instance_of(s->obj, &type_type) && type_is_subtype(V_PTR(s->obj), V_PTR(s->type));
    const Type *start = obj_is_type ? V_PTR(s->obj) : type_of(s->obj);
    /* the MRO of the object's type, after s->type */
    Value mro_v;
    Value items[MRO_MAX];
    size_t n;
    if ((mro_v = type_mro(start))) {
        n = tuple_len(mro_v);
        memcpy(items, tuple_items(mro_v), n * sizeof(Value));
    } else {
        n = 0;
        for (const Type *q = start; q && n < MRO_MAX; q = q->base) items[n++] = V_FROMPTR(q);
        if (items[n - 1] != V_FROMPTR(&object_type)) items[n++] = V_FROMPTR(&object_type);
    }
    size_t i = 0;
    while (i < n && items[i] != s->type) i++;
    for (i++; i < n; i++) {
        const Type *c = V_PTR(items[i]);
        Value v = class_attr(c, name);
        if (!v) continue;
        const Type *vt = type_of(v);
        if (obj_is_type) {
            if (vt == &classmethod_type) dest[0] = bound_method_new(s->obj, ((Cell *)V_PTR(v))->value);
            else if (vt == &staticmethod_type) dest[0] = ((Cell *)V_PTR(v))->value;
            else dest[0] = v;
            if (want_method) dest[1] = V_NULL;
            return;
        }
        if (want_method && (vt == &function_type || vt == &native_fn_type || vt == &slot_wrapper_type)) {
            dest[0] = v;
            dest[1] = s->obj;
            return;
        }
        dest[0] = type_bind(v, s->obj, start);
        if (want_method) dest[1] = V_NULL;
        return;
    }
}

static void super_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    Super *s = V_PTR(self);
    print_fmt(p, "<super: <class '%n'>, <%T object>>", ((const Type *)V_PTR(s->type))->name, s->obj);
}

const Type super_type = {
    .type = &type_type, .name = V_MKNAME(N_super), .base = &object_type,
    .make_new = super_make_new, .attr = super_attr, .print = super_print,
};

/* ---------------- property, classmethod, staticmethod ---------------- */

static Value property_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    (void)t;
    static const uint16_t names[] = {N_fget, N_fset, N_fdel, N_doc};
    Value a[4];
    arg_parse("property", args, nargs, kwnames, 4, names, 4, a);
    Property *p = gc_alloc(sizeof(Property), 0);
    p->base.type = &property_type;
    p->fget = a[0] ? a[0] : V_NONE;
    p->fset = a[1] ? a[1] : V_NONE;
    p->fdel = a[2] ? a[2] : V_NONE;
    p->doc = a[3] ? a[3] : V_NONE;
    /* without doc=, a property documents itself with its getter's docstring */
    if (p->doc == V_NONE && p->fget != V_NONE) {
        Value d = obj_getattr_maybe(p->fget, V_MKNAME(N___doc__));
        if (d) p->doc = d;
    }
    return V_FROMPTR(p);
}

static Value property_copy(Value self, int which, Value f) {
    Property *old = V_PTR(self);
    Property *p = gc_alloc(sizeof(Property), 0);
    *p = *old;
    if (which == 0) p->fget = f;
    else if (which == 1) p->fset = f;
    else p->fdel = f;
    return V_FROMPTR(p);
}

static Value property_getter(Value *args, int nargs, Value kwnames) { (void)nargs; (void)kwnames; return property_copy(args[0], 0, args[1]); }
static Value property_setter(Value *args, int nargs, Value kwnames) { (void)nargs; (void)kwnames; return property_copy(args[0], 1, args[1]); }
static Value property_deleter(Value *args, int nargs, Value kwnames) { (void)nargs; (void)kwnames; return property_copy(args[0], 2, args[1]); }
static Value property_get(Value *args, int nargs, Value kwnames) {
    (void)kwnames;
    Property *p = V_PTR(args[0]);
    if (nargs < 2 || args[1] == V_NONE) return args[0];
    if (p->fget == V_NONE) property_missing(args[0], args[1], "getter");
    return obj_call1(p->fget, args[1]);
}
static Value property_set(Value *args, int nargs, Value kwnames) {
    (void)nargs; (void)kwnames;
    Property *p = V_PTR(args[0]);
    if (p->fset == V_NONE) property_missing(args[0], args[1], "setter");
    obj_call2(p->fset, args[1], args[2]);
    return V_NONE;
}

/* methods: read from the class they check that self is a property */
static NATIVE_METHOD(property_getter_fn, getter, 1, 1, property_getter);
static NATIVE_METHOD(property_setter_fn, setter, 1, 1, property_setter);
static NATIVE_METHOD(property_deleter_fn, deleter, 1, 1, property_deleter);
static NATIVE_METHOD(property_get_fn, __get__, 1, 2, property_get);
static NATIVE_METHOD(property_set_fn, __set__, 2, 2, property_set);

static const MapEntry property_dict_table[] = {
    {V_MKNAME(N___get__), V_FROMPTR(&property_get_fn)},
    {V_MKNAME(N___set__), V_FROMPTR(&property_set_fn)},
    {V_MKNAME(N_deleter), V_FROMPTR(&property_deleter_fn)},
    {V_MKNAME(N_getter), V_FROMPTR(&property_getter_fn)},
    {V_MKNAME(N_setter), V_FROMPTR(&property_setter_fn)},
};
static const Dict property_dict = DICT_CONST_INIT(property_dict_table);

static void property_attr(Value self, Value name, Value *dest) {
    Property *p = V_PTR(self);
    if (dest[0] != V_NULL || dest[1] != V_SENTINEL_METHOD) return;
    switch (V_IS_NAME(name) ? V_NAME(name) : 0) {
    case N_fget: dest[0] = p->fget; break;
    case N_fset: dest[0] = p->fset; break;
    case N_fdel: dest[0] = p->fdel; break;
    case N___doc__: dest[0] = p->doc; break;
    default: return;
    }
    if (dest[1] == V_SENTINEL_METHOD) dest[1] = V_NULL;
}

const Type property_type = {
    .type = &type_type, .name = V_MKNAME(N_property), .flags = TF_BASETYPE, .base = &object_type,
    .instance_size = sizeof(Property), .dict = V_FROMPTR(&property_dict),
    .make_new = property_make_new, .attr = property_attr,
};

static Value wrapper_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    arg_check_no_kw_name(t->name, kwnames);
    if (nargs != 1) exc_raise_msg(&exc_TypeError, "%n expected 1 argument, got %d", t->name, nargs);
    Cell *c = gc_alloc(sizeof(Cell), 0);
    c->base.type = t;
    c->value = args[0];
    return V_FROMPTR(c);
}

static void wrapper_attr(Value self, Value name, Value *dest) {
    if (dest[0] != V_NULL || (dest[1] != V_NULL && dest[1] != V_SENTINEL_METHOD)) return;
    if (name == V_MKNAME(N___func__) || name == V_MKNAME(N___wrapped__)) {
        dest[0] = ((Cell *)V_PTR(self))->value;
        if (dest[1] == V_SENTINEL_METHOD) dest[1] = V_NULL;
    }
}

static Value staticmethod_call(Value self, Value *args, int nargs, Value kwnames) {
    return obj_call(((Cell *)V_PTR(self))->value, args, nargs, kwnames);
}

const Type staticmethod_type = {
    .type = &type_type, .name = V_MKNAME(N_staticmethod), .flags = TF_BASETYPE, .base = &object_type,
    .instance_size = sizeof(Cell),
    .make_new = wrapper_make_new, .attr = wrapper_attr, .call = staticmethod_call,
};

const Type classmethod_type = {
    .type = &type_type, .name = V_MKNAME(N_classmethod), .flags = TF_BASETYPE, .base = &object_type,
    .instance_size = sizeof(Cell),
    .make_new = wrapper_make_new, .attr = wrapper_attr,
};

/* ---------------- slot wrappers: dunders of built-in types ----------------
 * A built-in type implements most special methods as C slots, not as entries of its method
 * table.  Looking such a name up for attribute access ((1).__add__, list.__lt__, super().
 * __getitem__) makes a wrapper object that calls the slot.  Which dunders a type answers
 * follows from its slots, narrowed by the row of slot_caps for the common types (an int has a
 * unary slot but no __len__).  type_lookup() itself is unchanged: code that asks "does this
 * type define __index__" must not see wrappers. */

enum { SK_UNARY, SK_BINARY, SK_RBINARY, SK_COMPARE, SK_GETITEM, SK_SETITEM, SK_DELITEM, SK_ITER,
       SK_NEXT, SK_CALL, SK_REPR, SK_STR, SK_FORMAT, SK_DIVMOD, SK_RDIVMOD };

typedef struct {
    Object base;
    const Type *owner;
    uint16_t name;
    uint8_t kind, op;
} SlotWrapper;

/* Bits of SlotCaps.un beyond the unary operators */
#define SC_GETITEM (1u << 10)
#define SC_SETITEM (1u << 11)
#define SC_FORMAT  (1u << 12)
#define SC_CONTAINS (1u << 13)    /* in SlotCaps.bin */
#define B(op) (1u << (op))

/* Four 16-bit masks in two words (in flash, where a half-word takes a load sequence):
 * bin and rbin a bit per BinaryOp OP_ADD..OP_OR (bin: SC_CONTAINS too), ibin the in-place
 * forms, un a bit per UnaryOp and SC_GETITEM... */
typedef struct {
    const Type *t;
    uint32_t bin_rbin, ibin_un;
} SlotCaps;
#define CAPS(t, bin, rbin, ibin, un) {t, (bin) | (uint32_t)(rbin) << 16, (ibin) | (uint32_t)(un) << 16}
#define CAPS_BIN(c)  (es_rd32(&(c)->bin_rbin) & 0xFFFF)
#define CAPS_RBIN(c) (es_rd32(&(c)->bin_rbin) >> 16)
#define CAPS_IBIN(c) (es_rd32(&(c)->ibin_un) & 0xFFFF)
#define CAPS_UN(c)   (es_rd32(&(c)->ibin_un) >> 16)

#define INT_OPS (B(OP_ADD) | B(OP_SUB) | B(OP_MUL) | B(OP_TRUEDIV) | B(OP_FLOORDIV) | B(OP_MOD) | \
                 B(OP_POW) | B(OP_LSHIFT) | B(OP_RSHIFT) | B(OP_AND) | B(OP_XOR) | B(OP_OR))
#define FLOAT_OPS (B(OP_ADD) | B(OP_SUB) | B(OP_MUL) | B(OP_TRUEDIV) | B(OP_FLOORDIV) | B(OP_MOD) | B(OP_POW))
#define SET_OPS (B(OP_SUB) | B(OP_AND) | B(OP_XOR) | B(OP_OR))
#define SEQ_OPS (B(OP_ADD) | B(OP_MUL) | SC_CONTAINS)

static const SlotCaps slot_caps[] = {
    CAPS(&int_type, INT_OPS, INT_OPS, 0, B(UOP_NEG) | B(UOP_POS) | B(UOP_INVERT) | B(UOP_BOOL) | B(UOP_HASH) |
                                         B(UOP_ABS) | B(UOP_INT) | B(UOP_FLOAT) | B(UOP_INDEX) | SC_FORMAT),
    CAPS(&float_type, FLOAT_OPS, FLOAT_OPS, 0, B(UOP_NEG) | B(UOP_POS) | B(UOP_BOOL) | B(UOP_HASH) | B(UOP_ABS) |
                                              B(UOP_INT) | B(UOP_FLOAT) | SC_FORMAT),
    CAPS(&str_type, SEQ_OPS | B(OP_MOD), B(OP_MUL) | B(OP_MOD), 0, B(UOP_LEN) | B(UOP_HASH) | SC_GETITEM | SC_FORMAT),
    CAPS(&bytes_type, SEQ_OPS | B(OP_MOD), B(OP_MUL) | B(OP_MOD), 0, B(UOP_LEN) | B(UOP_HASH) | SC_GETITEM),
    CAPS(&bytearray_type, SEQ_OPS | B(OP_MOD), B(OP_MUL) | B(OP_MOD), B(OP_ADD) | B(OP_MUL),
         B(UOP_LEN) | SC_GETITEM | SC_SETITEM),
    CAPS(&list_type, SEQ_OPS, B(OP_MUL), B(OP_ADD) | B(OP_MUL), B(UOP_LEN) | SC_GETITEM | SC_SETITEM),
    CAPS(&tuple_type, SEQ_OPS, B(OP_MUL), 0, B(UOP_LEN) | B(UOP_HASH) | SC_GETITEM),
    CAPS(&dict_type, B(OP_OR) | SC_CONTAINS, B(OP_OR), B(OP_OR), B(UOP_LEN) | SC_GETITEM | SC_SETITEM),
    CAPS(&set_type, SET_OPS | SC_CONTAINS, SET_OPS, SET_OPS, B(UOP_LEN)),
    CAPS(&frozenset_type, SET_OPS | SC_CONTAINS, SET_OPS, 0, B(UOP_LEN) | B(UOP_HASH)),
    CAPS(&range_type, SC_CONTAINS, 0, 0, B(UOP_BOOL) | B(UOP_LEN) | B(UOP_HASH) | SC_GETITEM),
    CAPS(&none_type, 0, 0, 0, B(UOP_BOOL) | B(UOP_HASH)),
};

static const uint16_t other_slot_names[] = {
    N___getitem__, N___setitem__, N___delitem__, N___iter__, N___next__, N___call__, N___repr__,
    N___str__, N___format__, N___divmod__, N___rdivmod__,
};

/* The slot behind a dunder name: false if name is not one. */
static bool slot_of_name(Value name, uint8_t *kind, uint8_t *op) {
    if (!V_IS_NAME(name)) return false;
    uint32_t id = V_NAME(name);
    for (unsigned i = 0; i < UOP_NUNARY; i++)
        if (es_rd16(&unary_names[i]) == id) { *kind = SK_UNARY; *op = (uint8_t)i; return true; }
    for (unsigned i = 0; i < sizeof binary_names / sizeof binary_names[0]; i++)
        if (es_rd16(&binary_names[i]) == id) {
            *kind = i >= OP_LT && i <= OP_GE ? SK_COMPARE : SK_BINARY;
            *op = (uint8_t)i;
            return true;
        }
    for (unsigned i = 0; i < sizeof rbinary_names / sizeof rbinary_names[0]; i++)
        if (es_rd16(&rbinary_names[i]) == id) { *kind = SK_RBINARY; *op = (uint8_t)i; return true; }
    for (unsigned i = 0; i < sizeof other_slot_names / sizeof other_slot_names[0]; i++)
        if (es_rd16(&other_slot_names[i]) == id) { *kind = (uint8_t)(SK_GETITEM + i); *op = 0; return true; }
    return false;
}

static const SlotCaps *slot_caps_of(const Type *t) {
    for (const Type *q = t; q && q != &object_type; q = q->base)
        for (unsigned i = 0; i < sizeof slot_caps / sizeof slot_caps[0]; i++)
            if (slot_caps[i].t == q) return &slot_caps[i];
    return NULL;
}

/* Whether built-in type t answers the dunder (kind, op) from a slot.  V_NONE: the type
 * declares the method absent (__hash__ of a mutable type). */
static Value slot_supported(const Type *t, uint8_t kind, uint8_t op) {
    const SlotCaps *c = slot_caps_of(t);
    const Type *q = t;
    switch (kind) {
    case SK_UNARY:
        if (!c) return V_NULL;
        if (CAPS_UN(c) & B(op)) return V_TRUE;
        return op == UOP_HASH ? V_NONE : V_NULL;
    case SK_BINARY:
        if (!c) return V_NULL;
        if (op == OP_CONTAINS) return V_BOOL(CAPS_BIN(c) & SC_CONTAINS);
        return V_BOOL(op < OP_IADD ? (CAPS_BIN(c) & B(op)) : (CAPS_IBIN(c) & B(op - OP_IADD)));
    case SK_RBINARY: return V_BOOL(c && (CAPS_RBIN(c) & B(op)));
    case SK_DIVMOD: case SK_RDIVMOD:
        return V_BOOL(c && (CAPS_BIN(c) & B(OP_FLOORDIV)) && (CAPS_BIN(c) & B(OP_MOD)));
    case SK_FORMAT: return V_BOOL(c && (CAPS_UN(c) & SC_FORMAT));
    case SK_GETITEM: if (c) return V_BOOL(CAPS_UN(c) & SC_GETITEM); break;
    case SK_SETITEM: case SK_DELITEM: if (c) return V_BOOL(CAPS_UN(c) & SC_SETITEM); break;
    default: break;
    }
    switch (kind) {
    case SK_COMPARE: q = slot_owner_binary_op(q); break;
    case SK_GETITEM: case SK_SETITEM: case SK_DELITEM: q = slot_owner_subscr(q); break;
    case SK_ITER: q = slot_owner_getiter(q); break;
    case SK_NEXT: q = slot_owner_iternext(q); break;
    case SK_CALL: q = slot_owner_call(q); break;
    default: q = slot_owner_print(q); if (q == &object_type) q = NULL; break;   /* __repr__, __str__ */
    }
    return q ? V_TRUE : V_NULL;
}

/* The slot wrapper of built-in type c for name, V_NONE for an absent __hash__, or V_NULL. */
static Value class_slot(const Type *c, Value name) {
    uint8_t kind, op;
    if (type_is_heap(c) || c == &object_type || !slot_of_name(name, &kind, &op)) return V_NULL;
    Value s = slot_supported(c, kind, op);
    if (s != V_TRUE) return s == V_NONE ? s : V_NULL;
    SlotWrapper *w = gc_alloc(sizeof(SlotWrapper), 0);
    w->base.type = &slot_wrapper_type;
    w->owner = c;
    w->name = (uint16_t)V_NAME(name);
    w->kind = kind;
    w->op = op;
    return V_FROMPTR(w);
}

/* ---------------- the attribute cache ----------------
 *
 * Looking an attribute up walks the class's MRO, a dict probe per class, and instance attribute
 * loads ask the class first (for data descriptors), so the answers are cached: a small table
 * keyed by (class, name), found or not found.  Any change to a class dict after creation, and
 * the creation of a class (whose address may be a dead class's), bumps type_epoch, which
 * empties the cache at once. */
#ifndef ES_TYPE_CACHE_LOG2
#define ES_TYPE_CACHE_LOG2 8
#endif
typedef struct {
    const Type *t;
    Value name;
    Value value;             /* V_NULL: not found */
    uint32_t epoch;
} TypeCacheEntry;
static TypeCacheEntry type_cache[1 << ES_TYPE_CACHE_LOG2];
static uint32_t type_epoch = 1;

void type_changed(void) { type_epoch++; }

static Value lookup_attr_uncached(const Type *t, Value name);

Value type_lookup_attr(const Type *t, Value name) {
    if (!V_IS_NAME(name)) return lookup_attr_uncached(t, name);
    uintptr_t h = ((uintptr_t)t >> 4) ^ (uintptr_t)V_NAME(name) * 0x9E3779B1u;
    TypeCacheEntry *e = &type_cache[(h ^ (h >> 16)) & ((1u << ES_TYPE_CACHE_LOG2) - 1)];
    if (e->t == t && e->name == name && e->epoch == type_epoch) return e->value;
    Value v = lookup_attr_uncached(t, name);
    /* a slot wrapper is a fresh allocation the cache would not keep alive (the table is no GC
     * root): hand it out uncached */
    if (v && V_IS_PTR(v) && V_OBJ(v)->type == &slot_wrapper_type) return v;
    e->t = t;
    e->name = name;
    e->value = v;
    e->epoch = type_epoch;
    return v;
}

/* What class c itself answers for an attribute: its dict's entry, else a slot wrapper. */
static Value class_attr(const Type *c, Value name) {
    Value v = type_own_get(c, name);
    return v ? v : class_slot(c, name);
}

static Value lookup_attr_uncached(const Type *t, Value name) {
    Value mro = type_mro(t), v;
    if (mro) {
        for (size_t i = 0; i < tuple_len(mro); i++)
            if ((v = class_attr(V_PTR(tuple_items(mro)[i]), name))) return v;
        return V_NULL;
    }
    for (; t; t = t->base)
        if ((v = class_attr(t, name))) return v;
    return V_NULL;
}

static Value slot_wrapper_call(Value self, Value *args, int nargs, Value kwnames) {
    const SlotWrapper *w = V_PTR(self);
    Value name = V_MKNAME(w->name);
    if (nargs < 1) exc_raise_msg(&exc_TypeError, "descriptor '%n' of '%n' object needs an argument", name, w->owner->name);
    Value x = args[0];
    if (!is_instance_of(x, w->owner))
        exc_raise_msg(&exc_TypeError, "descriptor '%n' requires a '%n' object but received a '%T'", name,
                      w->owner->name, x);
    int want = w->kind == SK_UNARY || w->kind == SK_ITER || w->kind == SK_NEXT || w->kind == SK_REPR ||
               w->kind == SK_STR ? 0 : w->kind == SK_SETITEM ? 2 : 1;
    if (w->kind != SK_CALL) {
        arg_check_no_kw_name(w->owner->name, kwnames);
        if (nargs - 1 != want) {
            if (want == 0) exc_raise_msg(&exc_TypeError, "expected 0 arguments, got %d", nargs - 1);
            exc_raise_msg(&exc_TypeError, "expected %d argument%s, got %d", want, want == 1 ? "" : "s", nargs - 1);
        }
    }
    const Type *q = w->owner;
    Value y = nargs > 1 ? args[1] : V_NULL, r;
    switch (w->kind) {
    case SK_UNARY:
        q = slot_owner_unary_op(q);
        r = q->unary_op((UnaryOp)w->op, x);
        return r ? r : obj_unary_op((UnaryOp)w->op, x);
    case SK_BINARY: case SK_COMPARE: case SK_RBINARY: case SK_DIVMOD: case SK_RDIVMOD: {
        q = slot_owner_binary_op(q);
        if (w->kind == SK_DIVMOD || w->kind == SK_RDIVMOD) {
            int refl = w->kind == SK_RDIVMOD ? OP_REFLECTED : 0;
            Value a = refl ? y : x, b = refl ? x : y;
            Value d = q->binary_op((BinaryOp)(OP_FLOORDIV | refl), a, b);
            if (!d || d == V_NOTIMPL) return V_NOTIMPL;
            Value pair[2] = {d, q->binary_op((BinaryOp)(OP_MOD | refl), a, b)};
            return tuple_from_array(pair, 2);
        }
        if (w->kind == SK_RBINARY) r = q->binary_op((BinaryOp)(w->op | OP_REFLECTED), y, x);
        else r = q->binary_op((BinaryOp)w->op, x, y);
        if ((!r || r == V_NOTIMPL) && w->op == OP_NE) {
            r = q->binary_op(OP_EQ, x, y);
            if (r && r != V_NOTIMPL) r = V_BOOL(!obj_truthy(r));
        }
        return r ? r : V_NOTIMPL;
    }
    case SK_GETITEM:
        q = slot_owner_subscr(q);
        r = q->subscr(x, y, V_NULL);
        if (!r) exc_raise_msg(&exc_TypeError, "'%T' object is not subscriptable", x);
        return r;
    case SK_SETITEM: case SK_DELITEM:
        q = slot_owner_subscr(q);
        if (!q->subscr(x, y, w->kind == SK_SETITEM ? args[2] : V_SENTINEL_DELETE))
            exc_raise_msg(&exc_TypeError, "'%T' object does not support item %s", x,
                          w->kind == SK_SETITEM ? "assignment" : "deletion");
        return V_NONE;
    case SK_ITER:
        q = slot_owner_getiter(q);
        return q->getiter(x, NULL);
    case SK_NEXT:
        q = slot_owner_iternext(q);
        r = q->iternext(x);
        if (!r) exc_raise(exc_new(&exc_StopIteration, V_EMPTY_TUPLE));
        return r;
    case SK_CALL:
        q = slot_owner_call(q);
        return q->call(x, args + 1, nargs - 1, kwnames);
    case SK_FORMAT:
        if (!str_is(y)) exc_raise_msg(&exc_TypeError, "%n() argument must be str, not %T", name, y);
        return format_builtin(x, y);
    default: {   /* __repr__, __str__ */
        q = slot_owner_print(q);
        Vstr s;
        vstr_init(&s, 16);
        Print p;
        print_to_vstr(&p, &s);
        q->print(x, &p, w->kind == SK_STR ? PRINT_STR : PRINT_REPR);
        return vstr_to_str(&s);
    }
    }
}

static void slot_wrapper_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    const SlotWrapper *w = V_PTR(self);
    print_fmt(p, "<slot wrapper '%n' of '%n' objects>", V_MKNAME(w->name), w->owner->name);
}

static void slot_wrapper_attr(Value self, Value name, Value *dest) {
    if (dest[1] != V_SENTINEL_METHOD) return;
    const SlotWrapper *w = V_PTR(self);
    if (name == V_MKNAME(N___name__) || name == V_MKNAME(N___qualname__)) dest[0] = V_MKNAME(w->name);
    else if (name == V_MKNAME(N___objclass__)) dest[0] = V_FROMPTR(w->owner);
    else return;
    dest[1] = V_NULL;
}

/* Two lookups of the same dunder give equal (not identical) wrappers. */
static Value slot_wrapper_binary(BinaryOp op, Value a, Value b) {
    op = (BinaryOp)(op & ~OP_REFLECTED);
    if ((op != OP_EQ && op != OP_NE) || type_of(a) != type_of(b)) return V_NULL;
    const SlotWrapper *x = V_PTR(a), *y = V_PTR(b);
    bool eq = x->owner == y->owner && x->name == y->name;
    return V_BOOL(op == OP_EQ ? eq : !eq);
}

static Value slot_wrapper_unary(UnaryOp op, Value self) {
    if (op != UOP_HASH) return V_NULL;
    const SlotWrapper *w = V_PTR(self);
    return V_MKINT((Int)(((UInt)w->owner >> 4) ^ w->name));
}

const Type slot_wrapper_type = {
    .type = &type_type, .name = V_MKNAME(N_wrapper_descriptor), .base = &object_type,
    .print = slot_wrapper_print, .call = slot_wrapper_call, .attr = slot_wrapper_attr,
    .binary_op = slot_wrapper_binary, .unary_op = slot_wrapper_unary,
};
