/* The builtins module: built-in functions, types and exceptions. */
#include <string.h>
#include "runtime.h"
#include "exc.h"
#include "repl.h"
#include "objgen.h"
#include "gc.h"
#include "names.h"
#include "compile.h"
#include "import.h"
#include "objint.h"
#include "objfloat.h"
#include "objcomplex.h"
#include "objstr.h"
#include "objbytes.h"
#include "objtuple.h"
#include "objlist.h"
#include "objdict.h"
#include "objset.h"
#include "objtype.h"
#include "objfun.h"
#include "objmodule.h"
#include "objiter.h"
#include "objrange.h"
#include "strformat.h"
#include "objfile.h"
#include "vm.h"
#include "port.h"
#include "objalias.h"

#define BF(name) static Value bi_##name(Value *args, int nargs, Value kw)
#define UNUSED_ARGS (void)args; (void)nargs; (void)kw

BF(abs) { UNUSED_ARGS; return obj_unary_op(UOP_ABS, args[0]); }

BF(all) {
    UNUSED_ARGS;
    Value it = obj_getiter(args[0], NULL), x;
    while ((x = obj_iternext(it))) if (!obj_truthy(x)) return V_FALSE;
    return V_TRUE;
}

BF(any) {
    UNUSED_ARGS;
    Value it = obj_getiter(args[0], NULL), x;
    while ((x = obj_iternext(it))) if (obj_truthy(x)) return V_TRUE;
    return V_FALSE;
}

BF(ascii) { UNUSED_ARGS; return obj_ascii(args[0]); }

static Value int_with_prefix(Value v, int base, const char *prefix) {
    Value i = int_is_int(v) ? int_value_of(v) : obj_unary_op(UOP_INDEX, v);
    Value s = int_to_str(i, base);
    size_t n;
    const char *d = str_data(s, &n);
    Vstr out;
    vstr_init(&out, n + 3);
    if (es_rd8(d) == '-') { vstr_addc(&out, '-'); d++; n--; }   /* ("-1" may be a static name) */
    vstr_add_str(&out, prefix);
    vstr_add(&out, d, n);
    return vstr_to_str(&out);
}

BF(bin) { UNUSED_ARGS; return int_with_prefix(args[0], 2, "0b"); }
BF(oct) { UNUSED_ARGS; return int_with_prefix(args[0], 8, "0o"); }
BF(hex) { UNUSED_ARGS; return int_with_prefix(args[0], 16, "0x"); }

BF(callable) { UNUSED_ARGS; return V_BOOL(obj_callable(args[0])); }

BF(chr) {
    UNUSED_ARGS;
    Int c;
    if (!int_to_machine(obj_index(args[0]), &c) || c < INT32_MIN || c > INT32_MAX)
        exc_raise_msg(&exc_OverflowError, "Python int too large to convert to C int");
    if (c < 0 || c > 0x10FFFF) exc_raise_msg(&exc_ValueError, "chr() arg not in range(0x110000)");
    char buf[4];
    return str_new(buf, utf8_encode((uint32_t)c, buf));
}

static CompileMode compile_mode(Value mode) {
    /* by name: the text of "exec" is a static name's, in flash */
    size_t n;
    const char *m = str_data(mode, &n);
    Value name = V_IS_NAME(mode) ? mode : name_find(m, n);
    if (name == V_MKNAME(N_exec)) return COMPILE_FILE;
    if (name == V_MKNAME(N_eval)) return COMPILE_EVAL;
    if (name == V_MKNAME(N_single)) return COMPILE_SINGLE;
    exc_raise_msg(&exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
}

static const char *source_text(Value src, size_t *n, const char *fname) {
    if (str_is(src)) return str_data(src, n);
    const char *d;
    if (bytes_get_data(src, &d, n)) return d;
    exc_raise_msg(&exc_TypeError, "%s() arg 1 must be a string, bytes or %s object", fname,
                  es_rd8(fname) == 'c' ? "AST" : "code");
}

BF(compile) {
    static const uint16_t names[] = {N_source, N_filename, N_mode, N_flags, N_dont_inherit, N_optimize};
    Value a[6];
    arg_parse("compile", args, nargs, kw, 6, names, 6, a);
    for (int i = 0; i < 3; i++)
        if (!a[i]) exc_raise_msg(&exc_TypeError, "compile() missing required argument '%n' (pos %d)", V_MKNAME(es_rd16(&names[i])), i + 1);
    size_t n;
    const char *src = source_text(a[0], &n, "compile");
    if (!str_is(a[2])) raise_arg_type("compile", "str", a[2]);
    /* names at module level are looked up as exec() with separate locals would need */
    return V_FROMPTR(compile_source_names(src, n, obj_str(a[1]), compile_mode(a[2]), true));
}

#define attr_name obj_attr_name

BF(delattr) { UNUSED_ARGS; obj_delattr(args[0], attr_name(args[1])); return V_NONE; }

static void dir_add_map(Value set_d, Map *m) {
    size_t pos = 0;
    MapEntry *e;
    while ((e = map_next(m, &pos))) if (str_is(e->key)) map_set(dict_map(set_d), e->key, V_NONE);
}

static void dir_add_type(Value d, const Type *t) {
    Value mro = type_mro(t);
    if (mro) {
        for (size_t i = 0; i < tuple_len(mro); i++) {
            const Type *c = V_PTR(tuple_items(mro)[i]);
            if (TYPE_SLOT(c, dict)) dir_add_map(d, dict_map(c->dict));
        }
    } else {
        for (const Type *q = t; q; q = q->base) if (TYPE_SLOT(q, dict)) dir_add_map(d, dict_map(q->dict));
    }
    /* object.__class__, a descriptor every type inherits */
    map_set(dict_map(d), V_MKNAME(N___class__), V_NONE);
}

BF(dir) {
    UNUSED_ARGS;
    Value d = dict_new(0);
    if (nargs == 0) {
        Frame *f = vm.frame;
        if (f && f->locals && dict_is(f->locals)) dir_add_map(d, dict_map(f->locals));
        else if (f && f->func && (f->func->code->flags & CO_MODULE)) dir_add_map(d, dict_map(f->func->globals));
        else if (f && f->func) {
            const Code *c = f->func->code;
            Value *r = frame_regs(f);
            for (uint32_t i = 0, n = es_rd8(&c->nlocals); i < n; i++)
                if (r[i]) map_set(dict_map(d), c->varnames[i], V_NONE);
        }
    } else {
        Value o = args[0];
        Value custom = type_lookup(type_of(o), V_MKNAME(N___dir__));
        if (custom && type_of(custom) == &function_type) {
            Value r = list_from_iter(obj_call1(custom, o));
            list_sort(r, V_NULL, false);
            return r;
        }
        if (is_type(o, &module_type)) dir_add_map(d, dict_map(module_globals(o)));
        else if (is_instance_of(o, &type_type)) dir_add_type(d, V_PTR(o));
        else {
            Map *am = obj_attr_map(o);
            if (am) dir_add_map(d, am);
            dir_add_type(d, type_of(o));
        }
    }
    Value l = list_new(0);
    size_t pos = 0;
    MapEntry *e;
    while ((e = map_next(dict_map(d), &pos))) list_append(l, e->key);
    list_sort(l, V_NULL, false);
    return l;
}

BF(divmod) {
    UNUSED_ARGS;
    Value a = args[0], b = args[1];
    /* classes: __divmod__, then the right operand's __rdivmod__ */
    for (int side = 0; side < 2; side++) {
        Value self = side ? b : a, other = side ? a : b;
        if (!type_is_heap(type_of(self))) continue;
        Value f = type_lookup(type_of(self), side ? V_MKNAME(N___rdivmod__) : V_MKNAME(N___divmod__));
        if (!f) continue;
        Value fargs[2] = {self, other};
        Value r = obj_call(f, fargs, 2, V_NULL);
        if (r != V_NOTIMPL) return r;
    }
    bool fa = is_instance_of(a, &float_type), fb = is_instance_of(b, &float_type);
    if (!(int_is_int(a) || fa) || !(int_is_int(b) || fb))
        exc_raise_msg(&exc_TypeError, "unsupported operand type(s) for divmod(): '%T' and '%T'",
                      a, b);
    if ((fa || fb) && obj_get_float(b) == 0.0) exc_raise_msg(&exc_ZeroDivisionError, "float divmod()");
    Value q = obj_binary_op(OP_FLOORDIV, a, b);
    Value r = obj_binary_op(OP_MOD, a, b);
    Value t[2] = {q, r};
    return tuple_from_array(t, 2);
}

static Value current_globals(void) {
    Frame *f = vm.frame;
    return f && f->func ? f->func->globals : vm.main_globals;
}

Value builtins_locals(void) {
    Frame *f = vm.frame;
    if (!f || !f->func) return vm.main_globals;
    if (f->locals) return f->locals;
    const Code *c = f->func->code;
    if (c->flags & CO_MODULE) return f->func->globals;
    uint32_t nlocals = es_rd8(&c->nlocals);   /* (es_rd8: a frozen Code is in flash) */
    Value d = dict_new(nlocals);
    Value *r = frame_regs(f);
    for (uint32_t i = 0; i < nlocals; i++)
        if (r[i] && c->varnames[i] && !(V_IS_NAME(c->varnames[i]) && es_rd8(name_chars(V_NAME(c->varnames[i]), &(size_t){0})) == '.'))
            map_set(dict_map(d), c->varnames[i], r[i]);
    /* free variables appear in locals() too: their names are the constants that the code's
     * LOADDEREF instructions carry */
    uint32_t nupvals = es_rd8(&c->nupvals);
    for (uint32_t pc = 0; pc < c->ninsts; pc++) {
        Inst in = es_rd32(&c->insts[pc]);   /* (a frozen Code's words are in flash: whole loads) */
        if (INS_OP(in) == I_UNPACKEX) pc++;    /* skip its operand word */
        else if (INS_OP(in) == I_LOADDEREF && INS_B(in) < nupvals && INS_C(in) < c->nconsts) {
            Value v = *f->func->upvals[INS_B(in)]->v, name = c->consts[INS_C(in)];
            if (v && str_is(name)) map_set(dict_map(d), name, v);
        }
    }
    return d;
}

static Value eval_exec(Value *args, int nargs, Value kw, CompileMode mode, const char *fname) {
    /* the source is positional only (the empty name never matches a keyword) */
    static const uint16_t names[] = {N_, N_globals, N_locals};
    Value a[3];
    if (nargs == 0) exc_raise_msg(&exc_TypeError, "%s() takes at least 1 positional argument (0 given)", fname);
    arg_parse(fname, args, nargs, kw, 3, names, 3, a);
    Value globals = a[1] && a[1] != V_NONE ? a[1] : current_globals();
    Value locals = a[2] && a[2] != V_NONE ? a[2] : (a[1] && a[1] != V_NONE ? globals : builtins_locals());
    if (!dict_is(globals)) {
        if (mode == COMPILE_EVAL) exc_raise_msg(&exc_TypeError, "globals must be a dict");
        exc_raise_msg(&exc_TypeError, "exec() globals must be a dict, not %T", globals);
    }
    if (!type_lookup(type_of(locals), V_MKNAME(N___getitem__)) && !dict_is(locals))
        exc_raise_msg(&exc_TypeError, "locals must be a mapping");
    if (!map_get(dict_map(globals), V_MKNAME(N___builtins__)))
        map_set(dict_map(globals), V_MKNAME(N___builtins__), V_MKNAME(N_builtins));
    const Code *code;
    if (is_type(a[0], &code_type)) code = V_PTR(a[0]);
    else {
        size_t n;
        const char *src = source_text(a[0], &n, fname);
        if (mode == COMPILE_EVAL) {
            /* leading spaces and tabs are allowed in eval() */
            for (int ch; n && ((ch = es_rd8(src)) == ' ' || ch == '\t'); src++, n--)   /* (src may be in flash) */
                ;
        }
        code = compile_source_names(src, n, V_MKNAME(N__lt_string_gt), mode, locals != globals);
    }
    Value r = vm_run_code(code, globals, locals == globals ? V_NULL : locals);
    return mode == COMPILE_EVAL ? r : V_NONE;
}

BF(eval) { return eval_exec(args, nargs, kw, COMPILE_EVAL, "eval"); }
BF(exec) { return eval_exec(args, nargs, kw, COMPILE_FILE, "exec"); }

BF(format) {
    UNUSED_ARGS;
    if (nargs > 1 && !str_is(args[1]))
        exc_raise_msg(&exc_TypeError, "format() argument 2 must be str, not %n", obj_arg_type_name(args[1]));
    return format_with_spec(args[0], nargs > 1 ? args[1] : V_MKNAME(N_));
}

BF(getattr) {
    UNUSED_ARGS;
    Value name = attr_name(args[1]);
    if (nargs == 3) {
        Value v = obj_lookup_attr(args[0], name);
        return v ? v : args[2];
    }
    return obj_getattr(args[0], name);
}

BF(globals) { UNUSED_ARGS; return current_globals(); }

BF(hasattr) {
    UNUSED_ARGS;
    return V_BOOL(obj_lookup_attr(args[0], attr_name(args[1])) != V_NULL);
}

BF(hash) { UNUSED_ARGS; return int_from_int(obj_hash(args[0])); }

BF(id) {
    UNUSED_ARGS;
    Value v = args[0];
    return int_from_uint((UInt)v);
}

BF(input) {
    UNUSED_ARGS;
    if (nargs > 1) exc_raise_msg(&exc_TypeError, "input expected at most 1 argument, got %d", nargs);
    if (nargs > 0) {
        Value s = obj_str(args[0]);
        size_t n;
        const char *d = str_data(s, &n);
        if (vm.sys_stdout) obj_call_method1(vm.sys_stdout, V_MKNAME(N_write), s);
        else port_write(1, d, n);
    }
    if (vm.sys_stdin) {
        /* a replaced sys.stdin: its readline(), without the newline */
        Value line = obj_call_method0(vm.sys_stdin, V_MKNAME(N_readline));
        if (!str_is(line)) exc_raise_msg(&exc_TypeError, "object.readline() returned non-string");
        size_t n;
        const char *d = str_data(line, &n);
        if (n == 0) exc_raise_msg(&exc_EOFError, "EOF when reading a line");
        return es_rd8(d + n - 1) == '\n' ? str_new(d, n - 1) : line;
    }
    Vstr line;
    vstr_init(&line, 64);
    /* on a board, the console's line editor echoes what is typed */
    if (repl_console_input(&line) == 0) return vstr_to_str(&line);
    for (;;) {
        int c = port_read_char();
        if (c < 0) {
            if (line.len == 0) exc_raise_msg(&exc_EOFError, "EOF when reading a line");
            break;
        }
        if (c == '\n') break;
        vstr_addc(&line, (char)c);
    }
    if (line.len && line.buf[line.len - 1] == '\r') line.len--;
    return vstr_to_str(&line);
}

static bool isinstance_one(Value obj, Value cls);

static bool isinstance_any(Value obj, Value cls) {
    if (alias_is_union(cls)) cls = alias_union_args(cls);
    if (is_type(cls, &tuple_type)) {
        vm_check_stack();   /* tuples nest: isinstance(x, ((((int,),),),)) */
        for (size_t i = 0; i < tuple_len(cls); i++)
            if (isinstance_any(obj, tuple_items(cls)[i])) return true;
        return false;
    }
    return isinstance_one(obj, cls);
}

static bool isinstance_one(Value obj, Value cls) {
    if (!is_instance_of(cls, &type_type))
        exc_raise_msg(&exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    const Type *ct = V_PTR(cls);
    if (type_of(cls) != &type_type) {
        Value f = type_lookup(type_of(cls), V_MKNAME(N___instancecheck__));
        if (f) return obj_truthy(obj_call2(f, cls, obj));
    }
    if (is_instance_of(obj, ct)) return true;
    /* a different __class__ (proxies) */
    return false;
}

BF(isinstance) { UNUSED_ARGS; return V_BOOL(isinstance_any(args[0], args[1])); }

static bool issubclass_any(Value c, Value cls) {
    if (alias_is_union(cls)) cls = alias_union_args(cls);
    if (is_type(cls, &tuple_type)) {
        vm_check_stack();
        for (size_t i = 0; i < tuple_len(cls); i++)
            if (issubclass_any(c, tuple_items(cls)[i])) return true;
        return false;
    }
    if (!is_instance_of(cls, &type_type))
        exc_raise_msg(&exc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    if (type_of(cls) != &type_type) {
        Value f = type_lookup(type_of(cls), V_MKNAME(N___subclasscheck__));
        if (f) return obj_truthy(obj_call2(f, cls, c));
    }
    return type_is_subtype(V_PTR(c), V_PTR(cls));
}

BF(issubclass) {
    UNUSED_ARGS;
    if (!is_instance_of(args[0], &type_type)) exc_raise_msg(&exc_TypeError, "issubclass() arg 1 must be a class");
    return V_BOOL(issubclass_any(args[0], args[1]));
}

BF(iter) {
    UNUSED_ARGS;
    if (nargs == 2) {
        if (!obj_callable(args[0])) exc_raise_msg(&exc_TypeError, "iter(v, w): v must be callable");
        return calliter_new(args[0], args[1]);
    }
    return obj_getiter(args[0], NULL);
}

BF(len) {
    UNUSED_ARGS;
    Value v = args[0];
    if (V_IS_PTR(v)) {
        const Type *t = V_OBJ(v)->type;
        if (t == &list_type) return V_MKINT(list_len(v));
        if (t == &tuple_type) return V_MKINT(tuple_len(v));
        if (t == &str_type) return V_MKINT(((Str *)V_PTR(v))->nchars);
    }
    return int_from_int(obj_len(v));
}

BF(locals) { UNUSED_ARGS; return builtins_locals(); }

static Value min_max(Value *args, int nargs, Value kw, bool is_max) {
    const char *fname = is_max ? "max" : "min";
    Value key = V_NULL, dflt = V_NULL;
    size_t nkw = kw ? tuple_len(kw) : 0;
    for (size_t k = 0; k < nkw; k++) {
        Value kn = tuple_items(kw)[k];
        if (kn == V_MKNAME(N_key)) key = args[nargs + k];
        else if (kn == V_MKNAME(N_default)) dflt = args[nargs + k];
        else exc_raise_msg(&exc_TypeError, "'%n' is an invalid keyword argument for %s()", kn, fname);
    }
    if (key == V_NONE) key = V_NULL;
    if (nargs == 0) exc_raise_msg(&exc_TypeError, "%s expected at least 1 argument, got 0", fname);
    Value it;
    if (nargs == 1) it = obj_getiter(args[0], NULL);
    else {
        if (dflt) exc_raise_msg(&exc_TypeError, "Cannot specify a default for %s() with multiple positional arguments", fname);
        it = obj_getiter(tuple_from_array(args, (size_t)nargs), NULL);
    }
    Value best = V_NULL, best_key = V_NULL, x;
    while ((x = obj_iternext(it))) {
        Value k = key ? obj_call1(key, x) : x;
        if (!best || obj_truthy(obj_binary_op(is_max ? OP_GT : OP_LT, k, best_key))) {
            best = x;
            best_key = k;
        }
    }
    if (!best) {
        if (dflt) return dflt;
        exc_raise_msg(&exc_ValueError, "%s() arg is an empty sequence", fname);
    }
    return best;
}

BF(max) { return min_max(args, nargs, kw, true); }
BF(min) { return min_max(args, nargs, kw, false); }

BF(next) {
    UNUSED_ARGS;
    Value it = args[0];
    const Type *t = type_of(it);
    if (!slot_owner_iternext(t) || (type_is_heap(t) && !type_lookup(t, V_MKNAME(N___next__))))
        exc_raise_msg(&exc_TypeError, "'%T' object is not an iterator", it);
    /* a generator's return value travels in the StopIteration */
    if (nargs == 1 && t == &generator_type) return gen_send(it, V_NONE);
    Value x = obj_iternext(it);
    if (x) return x;
    if (nargs > 1) return args[1];
    exc_raise_type(&exc_StopIteration);
}

BF(ord) {
    UNUSED_ARGS;
    Value v = args[0];
    if (str_is(v)) {
        size_t n;
        const char *s = str_data(v, &n);
        size_t nc = str_nchars(v);
        if (nc != 1) exc_raise_msg(&exc_TypeError, "ord() expected a character, but string of length %d found", (int)nc);
        return V_MKINT(utf8_decode(&s, s + n));
    }
    const char *d;
    size_t n;
    if (bytes_get_data(v, &d, &n)) {
        if (n != 1) exc_raise_msg(&exc_TypeError, "ord() expected a character, but string of length %d found", (int)n);
        return V_MKINT(es_rd8(d));   /* (a frozen bytes constant is in flash) */
    }
    exc_raise_msg(&exc_TypeError, "ord() expected string of length 1, but %T found", v);
}

BF(pow) {
    static const uint16_t names[] = {N_base, N_exp, N_mod};
    Value a[3];
    arg_parse("pow", args, nargs, kw, 3, names, 3, a);
    if (!a[0] || !a[1]) exc_raise_msg(&exc_TypeError, "pow() missing required argument 'exp' (pos 2)");
    if (a[2] && a[2] != V_NONE) {
        /* a class's __pow__(self, exp, mod) takes the three-argument form */
        if (type_is_heap(type_of(a[0]))) {
            Value f = type_lookup(type_of(a[0]), V_MKNAME(N___pow__));
            if (f) {
                Value r = obj_call(f, a, 3, V_NULL);
                if (r != V_NOTIMPL) return r;
            }
        }
        if (!int_is_int(a[0]) || !int_is_int(a[1]) || !int_is_int(a[2]))
            exc_raise_msg(&exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        return int_pow_mod(int_value_of(a[0]), int_value_of(a[1]), int_value_of(a[2]));
    }
    return obj_binary_op(OP_POW, a[0], a[1]);
}

BF(print) {
    Value sep = V_NULL, end = V_NULL, file = V_NULL, flush = V_NULL;
    size_t nkw = kw ? tuple_len(kw) : 0;
    for (size_t k = 0; k < nkw; k++) {
        Value kn = tuple_items(kw)[k], v = args[nargs + k];
        switch (V_IS_NAME(kn) ? V_NAME(kn) : 0) {
        case N_sep: sep = v; break;
        case N_end: end = v; break;
        case N_file: file = v; break;
        case N_flush: flush = v; break;
        default: exc_raise_msg(&exc_TypeError, "'%n' is an invalid keyword argument for print()", kn);
        }
    }
    if (sep == V_NONE) sep = V_NULL;
    if (end == V_NONE) end = V_NULL;
    if (sep && !str_is(sep)) exc_raise_msg(&exc_TypeError, "sep must be None or a string, not %T", sep);
    if (end && !str_is(end)) exc_raise_msg(&exc_TypeError, "end must be None or a string, not %T", end);
    if (file == V_NONE || file == V_NULL) file = vm.sys_stdout;
    if (!file || io_is_console(file, 1)) {
        Print *p = &print_stdout;
        for (int i = 0; i < nargs; i++) {
            if (i) {
                if (sep) { size_t n; const char *s = str_data(sep, &n); print_strn(p, s, n); }
                else print_char(p, ' ');
            }
            obj_print(p, args[i], PRINT_STR);
        }
        if (end) { size_t n; const char *s = str_data(end, &n); print_strn(p, s, n); }
        else print_char(p, '\n');
        if (flush && obj_truthy(flush)) io_console_flush();
        return V_NONE;
    }
    Value write = obj_getattr(file, V_MKNAME(N_write));
    for (int i = 0; i < nargs; i++) {
        if (i) obj_call1(write, sep ? sep : V_MKNAME(N__space));
        obj_call1(write, obj_str(args[i]));
    }
    obj_call1(write, end ? end : V_MKNAME(N__nl));
    if (flush && obj_truthy(flush)) obj_call_method0(file, V_MKNAME(N_flush));
    return V_NONE;
}

BF(repr) { UNUSED_ARGS; return obj_repr(args[0]); }

BF(round) {
    static const uint16_t names[] = {N_number, N_ndigits};
    Value a[2];
    arg_parse("round", args, nargs, kw, 2, names, 2, a);
    if (!a[0]) exc_raise_msg(&exc_TypeError, "round() missing required argument 'number' (pos 1)");
    Value f = type_lookup(type_of(a[0]), V_MKNAME(N___round__));
    if (!f) exc_raise_msg(&exc_TypeError, "type %T doesn't define __round__ method", a[0]);
    if (a[1] && a[1] != V_NONE) return obj_call2(f, a[0], a[1]);
    return obj_call1(f, a[0]);
}

BF(setattr) {
    UNUSED_ARGS;
    obj_setattr(args[0], attr_name(args[1]), args[2]);
    return V_NONE;
}

BF(sorted) {
    if (nargs != 1) exc_raise_msg(&exc_TypeError, "sorted expected 1 argument, got %d", nargs);
    static const uint16_t names[] = {N_key, N_reverse};
    Value opt[2];
    arg_parse("sorted", args + 1, 0, kw, 0, names, 2, opt);
    Value l = list_from_iter(args[0]);
    list_sort(l, opt[0] && opt[0] != V_NONE ? opt[0] : V_NULL, opt[1] ? obj_truthy(opt[1]) : false);
    return l;
}

BF(sum) {
    static const uint16_t names[] = {N_iterable, N_start};
    Value a[2];
    arg_parse("sum", args, nargs, kw, 2, names, 2, a);
    if (!a[0]) exc_raise_msg(&exc_TypeError, "sum() takes at least 1 positional argument (0 given)");
    Value it = obj_getiter(a[0], NULL), x;
    Value acc = a[1] ? a[1] : V_MKINT(0);
    if (str_is(acc)) exc_raise_msg(&exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (is_instance_of(acc, &bytes_type)) exc_raise_msg(&exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (is_instance_of(acc, &bytearray_type)) exc_raise_msg(&exc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    while ((x = obj_iternext(it))) {
        if (V_IS_INT(acc) && V_IS_INT(x)) {
            Int r;
            if (!__builtin_add_overflow(V_INT(acc), V_INT(x), &r) && int_fits_small(r)) {
                acc = V_MKINT(r);
                continue;
            }
        }
        acc = obj_binary_op(OP_ADD, acc, x);
    }
    return acc;
}

BF(vars) {
    UNUSED_ARGS;
    if (nargs == 0) return builtins_locals();
    Value d = obj_getattr_maybe(args[0], V_MKNAME(N___dict__));
    if (!d) exc_raise_msg(&exc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

BF(__import__) {
    static const uint16_t names[] = {N_name, N_globals, N_locals, N_fromlist, N_level};
    Value a[5];
    arg_parse("__import__", args, nargs, kw, 5, names, 5, a);
    if (!a[0] || !str_is(a[0])) exc_raise_msg(&exc_TypeError, "__import__() argument 1 must be str");
    if (str_nchars(a[0]) == 0) exc_raise_msg(&exc_ValueError, "Empty module name");
    Value fromlist = a[3] && a[3] != V_NONE ? tuple_from_iter(a[3]) : V_NONE;
    Int level = a[4] ? obj_get_int(a[4]) : 0;
    return import_name(str_intern(a[0]), a[1] && a[1] != V_NONE ? a[1] : V_NULL, fromlist, level);
}

BF(open) { return io_open(args, nargs, kw); }

static NATIVE_FN(abs_fn, abs, 1, 1, bi_abs);
static NATIVE_FN(all_fn, all, 1, 1, bi_all);
static NATIVE_FN(any_fn, any, 1, 1, bi_any);
static NATIVE_FN(ascii_fn, ascii, 1, 1, bi_ascii);
static NATIVE_FN(bin_fn, bin, 1, 1, bi_bin);
static NATIVE_FN(callable_fn, callable, 1, 1, bi_callable);
static NATIVE_FN(chr_fn, chr, 1, 1, bi_chr);
static NATIVE_FN_KW(compile_fn, compile, 0, 6, bi_compile);
static NATIVE_FN_EXP(delattr_fn, delattr, 2, 2, bi_delattr);
static NATIVE_FN_EXP(dir_fn, dir, 0, 1, bi_dir);
static NATIVE_FN_EXP(divmod_fn, divmod, 2, 2, bi_divmod);
static NATIVE_FN_EXP(eval_fn, eval, 1, 3, bi_eval);
static NATIVE_FN_KW(exec_fn, exec, 0, NARGS_ANY, bi_exec);
static NATIVE_FN_EXP(format_fn, format, 1, 2, bi_format);
static NATIVE_FN_EXP(getattr_fn, getattr, 2, 3, bi_getattr);
static NATIVE_FN(globals_fn, globals, 0, 0, bi_globals);
static NATIVE_FN_EXP(hasattr_fn, hasattr, 2, 2, bi_hasattr);
static NATIVE_FN(hash_fn, hash, 1, 1, bi_hash);
extern const NativeFunc help_fn;   /* help.c */
static NATIVE_FN(hex_fn, hex, 1, 1, bi_hex);
static NATIVE_FN(id_fn, id, 1, 1, bi_id);
static NATIVE_FN(input_fn, input, 0, NARGS_ANY, bi_input);
static NATIVE_FN_EXP(isinstance_fn, isinstance, 2, 2, bi_isinstance);
static NATIVE_FN_EXP(issubclass_fn, issubclass, 2, 2, bi_issubclass);
static NATIVE_FN_EXP(iter_fn, iter, 1, 2, bi_iter);
static NATIVE_FN(len_fn, len, 1, 1, bi_len);
static NATIVE_FN(locals_fn, locals, 0, 0, bi_locals);
static NATIVE_FN_KW(max_fn, max, 0, NARGS_ANY, bi_max);
static NATIVE_FN_KW(min_fn, min, 0, NARGS_ANY, bi_min);
static NATIVE_FN_EXP(next_fn, next, 1, 2, bi_next);
static NATIVE_FN(oct_fn, oct, 1, 1, bi_oct);
static NATIVE_FN_KW(open_fn, open, 0, 8, bi_open);
static NATIVE_FN(ord_fn, ord, 1, 1, bi_ord);
static NATIVE_FN_KW(pow_fn, pow, 0, 3, bi_pow);
static NATIVE_FN_KW(print_fn, print, 0, NARGS_ANY, bi_print);
static NATIVE_FN(repr_fn, repr, 1, 1, bi_repr);
static NATIVE_FN_KW(round_fn, round, 0, 2, bi_round);
static NATIVE_FN_EXP(setattr_fn, setattr, 3, 3, bi_setattr);
static NATIVE_FN_KW(sorted_fn, sorted, 0, NARGS_ANY, bi_sorted);
static NATIVE_FN_KW(sum_fn, sum, 0, 2, bi_sum);
static NATIVE_FN_EXP(vars_fn, vars, 0, 1, bi_vars);
static NATIVE_FN_KW(import_fn, __import__, 0, 5, bi___import__);

#define EXC_ENTRY(name, base) { V_MKNAME(N_##name), V_FROMPTR(&exc_##name) },
#define T(name, obj) { V_MKNAME(N_##name), V_FROMPTR(&(obj)) }

/* Sorted by name (byte order): the exception classes (capitalised) come first. */
static const MapEntry builtins_table[] = {
    T(ArithmeticError, exc_ArithmeticError),
    T(AssertionError, exc_AssertionError),
    T(AttributeError, exc_AttributeError),
    T(BaseException, exc_BaseException),
    T(BlockingIOError, exc_BlockingIOError),
    T(BrokenPipeError, exc_BrokenPipeError),
    T(BufferError, exc_BufferError),
    T(BytesWarning, exc_BytesWarning),
    T(ChildProcessError, exc_ChildProcessError),
    T(ConnectionAbortedError, exc_ConnectionAbortedError),
    T(ConnectionError, exc_ConnectionError),
    T(ConnectionRefusedError, exc_ConnectionRefusedError),
    T(ConnectionResetError, exc_ConnectionResetError),
    T(DeprecationWarning, exc_DeprecationWarning),
    T(EOFError, exc_EOFError),
    T(Ellipsis, ellipsis_obj),
    T(EncodingWarning, exc_EncodingWarning),
    T(EnvironmentError, exc_OSError),
    T(Exception, exc_Exception),
    T(FileExistsError, exc_FileExistsError),
    T(FileNotFoundError, exc_FileNotFoundError),
    T(FloatingPointError, exc_FloatingPointError),
    T(FutureWarning, exc_FutureWarning),
    T(GeneratorExit, exc_GeneratorExit),
    T(IOError, exc_OSError),
    T(ImportError, exc_ImportError),
    T(ImportWarning, exc_ImportWarning),
    T(IndentationError, exc_IndentationError),
    T(IndexError, exc_IndexError),
    T(InterruptedError, exc_InterruptedError),
    T(IsADirectoryError, exc_IsADirectoryError),
    T(KeyError, exc_KeyError),
    T(KeyboardInterrupt, exc_KeyboardInterrupt),
    T(LookupError, exc_LookupError),
    T(MemoryError, exc_MemoryError),
    T(ModuleNotFoundError, exc_ModuleNotFoundError),
    T(NameError, exc_NameError),
    T(NotADirectoryError, exc_NotADirectoryError),
    T(NotImplemented, notimpl_obj),
    T(NotImplementedError, exc_NotImplementedError),
    T(OSError, exc_OSError),
    T(OverflowError, exc_OverflowError),
    T(PendingDeprecationWarning, exc_PendingDeprecationWarning),
    T(PermissionError, exc_PermissionError),
    T(ProcessLookupError, exc_ProcessLookupError),
    T(RecursionError, exc_RecursionError),
    T(ReferenceError, exc_ReferenceError),
    T(ResourceWarning, exc_ResourceWarning),
    T(RuntimeError, exc_RuntimeError),
    T(RuntimeWarning, exc_RuntimeWarning),
    T(StopAsyncIteration, exc_StopAsyncIteration),
    T(StopIteration, exc_StopIteration),
    T(SyntaxError, exc_SyntaxError),
    T(SyntaxWarning, exc_SyntaxWarning),
    T(SystemError, exc_SystemError),
    T(SystemExit, exc_SystemExit),
    T(TabError, exc_TabError),
    T(TimeoutError, exc_TimeoutError),
    T(TypeError, exc_TypeError),
    T(UnboundLocalError, exc_UnboundLocalError),
    T(UnicodeDecodeError, exc_UnicodeDecodeError),
    T(UnicodeEncodeError, exc_UnicodeEncodeError),
    T(UnicodeError, exc_UnicodeError),
    T(UnicodeTranslateError, exc_UnicodeTranslateError),
    T(UnicodeWarning, exc_UnicodeWarning),
    T(UserWarning, exc_UserWarning),
    T(ValueError, exc_ValueError),
    T(Warning, exc_Warning),
    T(ZeroDivisionError, exc_ZeroDivisionError),
    {V_MKNAME(N___debug__), V_TRUE},
    T(__import__, import_fn),
    {V_MKNAME(N___name__), V_MKNAME(N_builtins)},
    T(abs, abs_fn),
    T(all, all_fn),
    T(any, any_fn),
    T(ascii, ascii_fn),
    T(bin, bin_fn),
    T(bool, bool_type),
    T(bytearray, bytearray_type),
    T(bytes, bytes_type),
    T(callable, callable_fn),
    T(chr, chr_fn),
    T(classmethod, classmethod_type),
    T(compile, compile_fn),
    T(complex, complex_type),
    T(delattr, delattr_fn),
    T(dict, dict_type),
    T(dir, dir_fn),
    T(divmod, divmod_fn),
    T(enumerate, enumerate_type),
    T(eval, eval_fn),
    T(exec, exec_fn),
    T(filter, filter_type),
    T(float, float_type),
    T(format, format_fn),
    T(frozenset, frozenset_type),
    T(getattr, getattr_fn),
    T(globals, globals_fn),
    T(hasattr, hasattr_fn),
    T(hash, hash_fn),
    T(help, help_fn),
    T(hex, hex_fn),
    T(id, id_fn),
    T(input, input_fn),
    T(int, int_type),
    T(isinstance, isinstance_fn),
    T(issubclass, issubclass_fn),
    T(iter, iter_fn),
    T(len, len_fn),
    T(list, list_type),
    T(locals, locals_fn),
    T(map, map_type),
    T(max, max_fn),
    T(memoryview, memoryview_type),
    T(min, min_fn),
    T(next, next_fn),
    T(object, object_type),
    T(oct, oct_fn),
    T(open, open_fn),
    T(ord, ord_fn),
    T(pow, pow_fn),
    T(print, print_fn),
    T(property, property_type),
    T(range, range_type),
    T(repr, repr_fn),
    T(reversed, reversed_type),
    T(round, round_fn),
    T(set, set_type),
    T(setattr, setattr_fn),
    T(slice, slice_type),
    T(sorted, sorted_fn),
    T(staticmethod, staticmethod_type),
    T(str, str_type),
    T(sum, sum_fn),
    T(super, super_type),
    T(tuple, tuple_type),
    T(type, type_type),
    T(vars, vars_fn),
    T(zip, zip_type),
};
MODULE_CONST(builtins_module, builtins_table);

/* Built-in names: the RAM overlay (vm.builtins: `_`, assignments to builtins) then the table. */
Value builtins_lookup(Value name) {
    Value v = map_get(dict_map(vm.builtins), name);
    if (v) return v;
    return map_get(dict_map(builtins_module.globals), name);
}

Value builtins_make_dict(void) { return dict_new(0); }
