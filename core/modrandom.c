/* The random module: MicroPython's API (getrandbits, seed, random, uniform, randrange,
 * randint, choice) plus CPython's shuffle and sample, on xoshiro128** (Blackman and Vigna):
 * 32-bit operations only, which suits the lx106, and 16 bytes of state.
 *
 * CPython's Mersenne Twister sequences are not reproduced; what matches CPython is how
 * numbers are drawn from the generator's 32-bit words (getrandbits keeps the top bits of a
 * word, random() takes 27 + 26 bits, _randbelow rejects out-of-range draws), the argument
 * rules and the messages.  Without seed() the state comes from port_random_bytes(). */
#include <math.h>
#include <string.h>
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "port.h"
#include "objint.h"
#include "objfloat.h"
#include "objstr.h"
#include "objbytes.h"
#include "objlist.h"
#include "objdict.h"
#include "objfun.h"
#include "objmodule.h"
#include "mix32.h"
#include "vm.h"

/* The generator's state lives in vm.random_state (all zero: not seeded yet), not in a static:
 * on the board this module is a native one, which has no RAM of its own. */
#define rnd_state vm.random_state

static uint32_t rotl32(uint32_t x, int k) { return (x << k) | (x >> (32 - k)); }

/* Spreads any number of seed bytes over the whole state (each word depends on every byte
 * before it through the chained h). */
static void rnd_seed_bytes(const uint8_t *d, size_t n, uint32_t tag) {
    uint32_t h = 0x243F6A88u ^ tag;
    memset(rnd_state, 0, sizeof rnd_state);
    for (size_t i = 0; i < n; i++) {
        h = mix32(h ^ d[i] ^ ((uint32_t)i << 8));
        rnd_state[i & 3] ^= h;
    }
    for (uint32_t k = 0; k < 4; k++) rnd_state[k] = mix32(rnd_state[k] + (k + 1) * 0x9E3779B9u + (uint32_t)n);
    if (!(rnd_state[0] | rnd_state[1] | rnd_state[2] | rnd_state[3])) rnd_state[0] = 1;
}

static void rnd_seed_os(void) {
    uint8_t b[16];
    port_random_bytes(b, sizeof b);
    rnd_seed_bytes(b, sizeof b, 'o');
}

static uint32_t rnd_next(void) {
    if (!(rnd_state[0] | rnd_state[1] | rnd_state[2] | rnd_state[3])) rnd_seed_os();
    uint32_t *s = rnd_state;
    uint32_t r = rotl32(s[1] * 5, 7) * 9;
    uint32_t t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl32(s[3], 11);
    return r;
}

/* k (0..32) random bits: the top bits of a word, as CPython's getrandbits */
static uint32_t rnd_bits32(int k) { return k ? rnd_next() >> (32 - k) : 0; }

static int rnd_bitlen(UInt n) {
    int k = 0;
    while (n) { k++; n >>= 1; }
    return k;
}

/* A uniform integer in [0, n), n > 0, by rejection of k-bit draws. */
static UInt rnd_below(UInt n) {
    int k = rnd_bitlen(n);
    for (;;) {
        UInt r;
#if UINTPTR_MAX > 0xFFFFFFFFu
        if (k > 32) r = (UInt)rnd_next() | (UInt)rnd_bits32(k - 32) << 32;
        else
#endif
        r = rnd_bits32(k);
        if (r < n) return r;
    }
}

/* getrandbits(k) for any k >= 0: 32-bit words from the least significant end. */
static Value rnd_getrandbits(size_t k) {
    if (k <= 30) return V_MKINT(rnd_bits32((int)k));
    size_t words = (k + 31) / 32;
    uint8_t *buf = gc_alloc(words * 4, GC_LEAF);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t w = k >= 32 ? rnd_next() : rnd_bits32((int)k);
        for (int j = 0; j < 4; j++) buf[4 * i + (size_t)j] = (uint8_t)(w >> (8 * j));
        if (k < 32) break;
    }
    Value r = int_from_bytes(buf, words * 4, true, false);
    gc_free(buf);
    return r;
}

/* A uniform int in [0, n) for an int n > 0 of any size. */
static Value rnd_below_value(Value n) {
    Int small;
    if (int_to_machine(n, &small)) return int_from_uint(rnd_below((UInt)small));
    size_t k = int_bit_length(n);
    for (;;) {
        Value r = rnd_getrandbits(k);
        if (int_compare(r, n) < 0) return r;
    }
}

static double rnd_double(void) {
    uint32_t a = rnd_next() >> 5, b = rnd_next() >> 6;
    return ((double)a * 67108864.0 + (double)b) * (1.0 / 9007199254740992.0);
}

/* ---------------- module functions ---------------- */

static Value random_seed(Value *args, int nargs, Value kw) {
    (void)kw;
    Value a = nargs ? args[0] : V_NONE;
    if (a == V_NONE) { rnd_seed_os(); return V_NONE; }
    const char *d;
    size_t n;
    if (int_is_int(a)) {
        /* the magnitude's bytes, as CPython seeds with abs(a) */
        Value m = int_value_of(a);
        if (int_sign(m) < 0) m = int_unary_op(UOP_NEG, m);
        size_t nb = (int_bit_length(m) + 7) / 8;
        uint8_t *b = gc_alloc(nb ? nb : 1, GC_LEAF);
        int_to_bytes(m, b, nb, true, false);
        rnd_seed_bytes(b, nb, 'i');
        gc_free(b);
        return V_NONE;
    }
    if (is_instance_of(a, &float_type)) {
        /* as CPython, which seeds with hash(a): an integral float seeds like the int */
        double x = float_value(a);
        if (x == floor(x) && !isinf(x)) return random_seed(&(Value){int_from_double(x)}, 1, V_NULL);
        rnd_seed_bytes((const uint8_t *)&x, sizeof x, 'f');
        return V_NONE;
    }
    if (str_is(a)) d = str_data(a, &n);
    else if (!bytes_get_data(a, &d, &n) || is_type(a, &memoryview_type)) {
        exc_raise_msg(&exc_TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
    /* text and bytes seed differently from the int with the same bytes */
    rnd_seed_bytes((const uint8_t *)d, n, str_is(a) ? 's' : 'b');
    return V_NONE;
}

static Value random_getrandbits(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    Int k = obj_get_int(args[0]);
    if (k < 0) exc_raise_msg(&exc_ValueError, "number of bits must be non-negative");
    return rnd_getrandbits((size_t)k);
}

static Value random_random(Value *args, int nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    return float_new(rnd_double());
}

static Value random_uniform(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    /* a + (b - a) * random() with the operands' own arithmetic, as CPython */
    Value d = obj_binary_op(OP_SUB, args[1], args[0]);
    return obj_binary_op(OP_ADD, args[0], obj_binary_op(OP_MUL, d, float_new(rnd_double())));
}

/* An argument of randrange: an int, or (deprecated in CPython) a float with an int value. */
static Value rnd_index(Value v, int pos) {
    if (int_is_int(v)) return int_value_of(v);
    if (is_instance_of(v, &float_type)) {
        double x = float_value(v);
        if (x != floor(x) || isinf(x))
            exc_raise_msg(&exc_ValueError, "non-integer %s for randrange()", pos == 1 ? "arg 1" : pos == 2 ? "stop" : "step");
        return int_from_double(x);
    }
    return int_from_int(obj_get_int(v));
}

static Value rnd_randrange(Value start, Value stop, Value step) {
    Value istart = rnd_index(start, 1);
    if (!stop) {
        if (int_sign(istart) > 0) return rnd_below_value(istart);
        exc_raise_msg(&exc_ValueError, "empty range for randrange()");
    }
    Value istop = rnd_index(stop, 2);
    Value width = int_binary_op(OP_SUB, istop, istart);
    Value istep = step ? rnd_index(step, 3) : V_MKINT(1);
    if (istep == V_MKINT(1)) {
        if (int_sign(width) > 0) return int_binary_op(OP_ADD, istart, rnd_below_value(width));
        exc_raise_msg(&exc_ValueError, "empty range for randrange() (%v, %v, %v)", istart, istop, width);
    }
    int sgn = int_sign(istep);
    if (sgn == 0) exc_raise_msg(&exc_ValueError, "zero step for randrange()");
    Value n = int_binary_op(OP_ADD, width, istep);
    n = int_binary_op(sgn > 0 ? OP_SUB : OP_ADD, n, V_MKINT(1));
    n = int_binary_op(OP_FLOORDIV, n, istep);
    if (int_sign(n) <= 0) exc_raise_msg(&exc_ValueError, "empty range for randrange()");
    return int_binary_op(OP_ADD, istart, int_binary_op(OP_MUL, istep, rnd_below_value(n)));
}

static Value random_randrange(Value *args, int nargs, Value kw) {
    static const uint16_t names[] = {N_start, N_stop, N_step};
    Value a[3];
    arg_parse("randrange", args, nargs, kw, 3, names, 3, a);
    if (!a[0]) exc_raise_msg(&exc_TypeError, "randrange() missing 1 required positional argument: 'start'");
    if (a[1] == V_NONE) a[1] = V_NULL;
    if (!a[1] && a[2]) exc_raise_msg(&exc_TypeError, "Missing a non-None stop argument");
    /* the common small case without int objects */
    if (V_IS_INT(a[0]) && (!a[1] || V_IS_INT(a[1])) && !a[2]) {
        Int lo = a[1] ? V_INT(a[0]) : 0, hi = a[1] ? V_INT(a[1]) : V_INT(a[0]);
        if (hi > lo) return int_from_int(lo + (Int)rnd_below((UInt)(hi - lo)));
    }
    return rnd_randrange(a[0], a[1], a[2]);
}

static Value random_randint(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    if (V_IS_INT(args[0]) && V_IS_INT(args[1]) && V_INT(args[1]) >= V_INT(args[0]))
        return int_from_int(V_INT(args[0]) + (Int)rnd_below((UInt)(V_INT(args[1]) - V_INT(args[0])) + 1));
    return rnd_randrange(args[0], int_binary_op(OP_ADD, rnd_index(args[1], 2), V_MKINT(1)), V_NULL);
}

static Value random_choice(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    Int n = obj_len(args[0]);
    if (n == 0) exc_raise_msg(&exc_IndexError, "Cannot choose from an empty sequence");
    return obj_getitem(args[0], int_from_uint(rnd_below((UInt)n)));
}

static Value random_shuffle(Value *args, int nargs, Value kw) {
    (void)nargs; (void)kw;
    Value x = args[0];
    Int n = obj_len(x);
    bool is_list = is_type(x, &list_type);
    for (Int i = n - 1; i > 0; i--) {
        Int j = (Int)rnd_below((UInt)i + 1);
        if (is_list) {
            Value *it = list_items(x);
            Value t = it[i];
            it[i] = it[j];
            it[j] = t;
        } else {
            Value vi = obj_getitem(x, V_MKINT(i)), vj = obj_getitem(x, V_MKINT(j));
            obj_setitem(x, V_MKINT(i), vj);
            obj_setitem(x, V_MKINT(j), vi);
        }
    }
    return V_NONE;
}

/* sample(population, k): a partial Fisher-Yates shuffle of a copy of the population. */
static Value random_sample(Value *args, int nargs, Value kw) {
    static const uint16_t names[] = {N_population, N_k};
    Value a[2];
    arg_parse("sample", args, nargs, kw, 2, names, 2, a);
    if (!a[0] || !a[1]) exc_raise_msg(&exc_TypeError, "sample() missing 1 required positional argument: '%s'", a[0] ? "k" : "population");
    const Type *t = type_of(a[0]);
    if (dict_is(a[0]) || type_is_subtype(t, &set_type) || type_is_subtype(t, &frozenset_type) || t == &set_type || t == &frozenset_type)
        exc_raise_msg(&exc_TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
    Value pool = list_from_iter(a[0]);
    Int n = (Int)list_len(pool), k = obj_get_int(a[1]);
    if (k < 0 || k > n) exc_raise_msg(&exc_ValueError, "Sample larger than population or is negative");
    Value *p = list_items(pool);
    for (Int i = 0; i < k; i++) {
        Int j = i + (Int)rnd_below((UInt)(n - i));
        Value tmp = p[i];
        p[i] = p[j];
        p[j] = tmp;
    }
    ((List *)V_PTR(pool))->len = (size_t)k;
    return pool;
}

static NATIVE_FN(random_seed_fn, seed, 0, 1, random_seed);
static NATIVE_FN(random_getrandbits_fn, getrandbits, 1, 1, random_getrandbits);
static NATIVE_FN(random_random_fn, random, 0, 0, random_random);
static NATIVE_FN(random_uniform_fn, uniform, 2, 2, random_uniform);
static NATIVE_FN_KW(random_randrange_fn, randrange, 0, 3, random_randrange);
static NATIVE_FN(random_randint_fn, randint, 2, 2, random_randint);
static NATIVE_FN(random_choice_fn, choice, 1, 1, random_choice);
static NATIVE_FN(random_shuffle_fn, shuffle, 1, 1, random_shuffle);
static NATIVE_FN_KW(random_sample_fn, sample, 0, 2, random_sample);

static const MapEntry random_table[] = {
    {V_MKNAME(N___name__), V_MKNAME(N_random)},
    METHOD_ENTRY(choice, random_choice_fn),
    METHOD_ENTRY(getrandbits, random_getrandbits_fn),
    METHOD_ENTRY(randint, random_randint_fn),
    METHOD_ENTRY(random, random_random_fn),
    METHOD_ENTRY(randrange, random_randrange_fn),
    METHOD_ENTRY(sample, random_sample_fn),
    METHOD_ENTRY(seed, random_seed_fn),
    METHOD_ENTRY(shuffle, random_shuffle_fn),
    METHOD_ENTRY(uniform, random_uniform_fn),
};
MODULE_CONST(mod_random, random_table);
