/* int and bool.  Small ints are tagged Values; the rest are BigInt objects whose digits are
 * handled by lib/mpn.  Instances of int subclasses are BigInts too, whatever their size. */
#include <string.h>
#include <math.h>
#include "objint.h"
#include "objfloat.h"
#include "objstr.h"
#include "objtuple.h"
#include "objdict.h"
#include "objfun.h"
#include "objtype.h"
#include "objbytes.h"
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "mpn.h"

typedef struct {
    Object base;
    int32_t size;            /* number of digits, negative for negative numbers */
    mpn_digit d[];
} BigInt;

/* Room for a machine word in digits. */
#define WORD_DIGITS ((sizeof(UInt) * 8 + MPN_DIGIT_BITS - 1) / MPN_DIGIT_BITS)

/* CPython's limit on decimal conversions of huge ints (sys.set_int_max_str_digits). */
Int int_max_str_digits = 4300;

/* ---------------- digits of any int ---------------- */

typedef struct {
    const mpn_digit *d;
    size_t n;
    int neg;
    mpn_digit buf[WORD_DIGITS];
} Digits;

static size_t uint_digits(UInt u, mpn_digit *out) {
    size_t n = 0;
    while (u) {
        out[n++] = (mpn_digit)u;
#if MPN_DIGIT_BITS < 64
        u = (UInt)((uint64_t)u >> MPN_DIGIT_BITS);
#endif
    }
    return n;
}

static void get_digits(Value v, Digits *g) {
    if (V_IS_INT(v) || v == V_TRUE || v == V_FALSE) {
        Int i = V_IS_INT(v) ? V_INT(v) : (v == V_TRUE);
        g->neg = i < 0;
        g->n = uint_digits(i < 0 ? (UInt)0 - (UInt)i : (UInt)i, g->buf);
        g->d = g->buf;
        return;
    }
    BigInt *b = V_PTR(v);
    g->neg = b->size < 0;
    g->n = (size_t)(b->size < 0 ? -b->size : b->size);
    g->d = b->d;
}

/* The small int for digits d[0..n) (normalised), or V_NULL when it does not fit. */
static Value small_from_digits(const mpn_digit *d, size_t n, int neg) {
    if (n > WORD_DIGITS) return V_NULL;
    UInt u = 0;
    for (size_t i = n; i > 0; i--) u = (UInt)(((uint64_t)u << MPN_DIGIT_BITS) | d[i - 1]);
    bool fits = n < WORD_DIGITS || (u >> (sizeof(UInt) * 8 - 2)) == 0;
    if (n * MPN_DIGIT_BITS <= sizeof(UInt) * 8 && fits) {
        if (!neg && u <= (UInt)SMALLINT_MAX) return V_MKINT((Int)u);
        if (neg && u <= (UInt)SMALLINT_MAX + 1) return V_MKINT(-(Int)(u - 1) - 1);
    }
    return V_NULL;
}

/* A big int with room for n digits, for an mpn routine to write its result into; then
 * big_finish makes the value.  No copy, no temporary. */
static BigInt *big_alloc(size_t n) {
    if (n > 0x3FFFFFFF) exc_raise_memory_error();
    BigInt *b = gc_alloc(sizeof(BigInt) + (n ? n : 1) * sizeof(mpn_digit), GC_LEAF | GC_NOZERO);
    b->base.type = &int_type;
    b->size = 0;
    return b;
}

/* The int held in b's first n digits: a small int (b is freed) or b, shrunk to fit. */
static Value big_finish(BigInt *b, size_t n, int neg) {
    n = mpn_norm(b->d, n);
    Value v = small_from_digits(b->d, n, neg);
    if (v) {
        gc_free(b);
        return v;
    }
    b->size = neg ? -(int32_t)n : (int32_t)n;
    gc_realloc(b, sizeof(BigInt) + n * sizeof(mpn_digit), GC_LEAF);   /* shrinks in place */
    return V_FROMPTR(b);
}

/* Makes an int from digits (normalising to a small int when it fits). */
static Value from_digits(const mpn_digit *d, size_t n, int neg) {
    n = mpn_norm(d, n);
    Value v = small_from_digits(d, n, neg);
    if (v) return v;
    BigInt *b = big_alloc(n);
    b->size = neg ? -(int32_t)n : (int32_t)n;
    memcpy(b->d, d, n * sizeof(mpn_digit));
    return V_FROMPTR(b);
}

static mpn_digit *tmp_digits(size_t n) {
    return gc_alloc((n ? n : 1) * sizeof(mpn_digit), GC_LEAF | GC_NOZERO);   /* mpn writes its outputs */
}

/* ---------------- construction ---------------- */

Value int_from_int(Int i) {
    if (int_fits_small(i)) return V_MKINT(i);
    mpn_digit d[WORD_DIGITS];
    size_t n = uint_digits(i < 0 ? (UInt)0 - (UInt)i : (UInt)i, d);
    return from_digits(d, n, i < 0);
}

Value int_from_uint(UInt u) {
    if (u <= (UInt)SMALLINT_MAX) return V_MKINT((Int)u);
    mpn_digit d[WORD_DIGITS];
    return from_digits(d, uint_digits(u, d), 0);
}

Value int_from_ull(unsigned long long u) {
    if (u <= (unsigned long long)SMALLINT_MAX) return V_MKINT((Int)u);
    mpn_digit d[(64 + MPN_DIGIT_BITS - 1) / MPN_DIGIT_BITS];
    size_t n = 0;
    while (u) {
        d[n++] = (mpn_digit)u;
        u >>= MPN_DIGIT_BITS;
    }
    return from_digits(d, n, 0);
}

Value int_from_ll(long long i) {
    if (i >= 0) return int_from_ull((unsigned long long)i);
    if (i >= SMALLINT_MIN) return V_MKINT((Int)i);
    Value v = int_from_ull(0ULL - (unsigned long long)i);
    return int_unary_op(UOP_NEG, v);
}

Value int_from_double(double x) {
    if (isinf(x)) exc_raise_msg(&exc_OverflowError, "cannot convert float infinity to integer");
    if (isnan(x)) exc_raise_msg(&exc_ValueError, "cannot convert float NaN to integer");
    if (fabs(x) < 4503599627370496.0) x = trunc(x);   /* whole from 2**52 on; picolibc's trunc mangles those */
    if (x >= -4611686018427387904.0 && x < 4611686018427387904.0) {
        long long i = (long long)x;
        return int_from_ll(i);
    }
    bool neg = x < 0;
    mpn_digit d[MPN_DIGITS_FOR_BITS(1024) + 1];
    size_t n = mpn_from_double(d, neg ? -x : x);
    return from_digits(d, n, neg);
}

Value int_parse(const char *s, size_t n, int base) {
    if (n == 0) return V_NULL;
    /* short decimal numbers without overflow: the common case */
    if (base == 10 && n < (sizeof(Int) > 4 ? 18 : 9)) {   /* 9 digits fit a 32-bit Int */
        Int v = 0;
        for (size_t i = 0; i < n; i++) {
            if (s[i] < '0' || s[i] > '9') return V_NULL;
            v = v * 10 + (s[i] - '0');
        }
        return int_from_int(v);
    }
    if (base == 10 && (Int)n > int_max_str_digits && int_max_str_digits > 0)
        exc_raise_msg(&exc_ValueError, "Exceeds the limit (%D digits) for integer string conversion: value has %D digits; use sys.set_int_max_str_digits() to increase the limit",
                      int_max_str_digits, (Int)n);
    size_t cap = mpn_from_str_size(n, base);
    mpn_digit *d = tmp_digits(cap);
    size_t rn;
    if (mpn_from_str(d, &rn, s, n, base, 0) != 0) return V_NULL;
    Value r = from_digits(d, rn, 0);
    gc_free(d);
    return r;
}

Value int_from_text(const char *s, size_t n, int base) {
    char copy[24];
    s = gc_bytes_in_ram(s, n, copy, sizeof copy);   /* (the text may be a static name, in flash) */
    const char *e = s + n;
    while (s < e && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' || *s == '\v')) s++;
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r' || e[-1] == '\f' || e[-1] == '\v')) e--;
    bool neg = false;
    if (s < e && (*s == '+' || *s == '-')) neg = *s++ == '-';
    if (e - s >= 2 && s[0] == '0') {
        char p = (char)(s[1] | 0x20);
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            s += 2;
            if (s < e && *s == '_') s++;
        }
    }
    if (base == 0) {
        base = 10;
        /* base 0: a decimal literal may not have leading zeros */
        if (e - s > 1 && s[0] == '0') {
            for (const char *q = s; q < e; q++)
                if (*q != '0' && *q != '_') return V_NULL;
        }
    }
    if (s >= e) return V_NULL;
    /* underscores: single, between digits */
    char buf[64];
    char *d = buf;
    size_t len = (size_t)(e - s);
    if (len > sizeof buf) d = gc_alloc(len, GC_LEAF);
    size_t m = 0;
    for (const char *q = s; q < e; q++) {
        if (*q == '_') {
            if (q == s || q + 1 == e || q[1] == '_' || q[-1] == '_') return V_NULL;
            continue;
        }
        d[m++] = *q;
    }
    Value v = int_parse(d, m, base);
    if (v == V_NULL) return V_NULL;
    return neg ? int_unary_op(UOP_NEG, v) : v;
}

/* ---------------- access ---------------- */

bool int_is_int(Value v) {
    if (V_IS_INT(v)) return true;
    return V_IS_PTR(v) && (V_OBJ(v)->type->flags & TF_INT_SUB);
}

Value int_value_of(Value v) {
    if (V_IS_INT(v)) return v;
    if (v == V_TRUE) return V_MKINT(1);
    if (v == V_FALSE) return V_MKINT(0);
    if (V_OBJ(v)->type == &int_type) return v;
    Digits g;
    get_digits(v, &g);
    return from_digits(g.d, g.n, g.neg);
}

bool int_to_machine(Value v, Int *out) {
    if (V_IS_INT(v)) { *out = V_INT(v); return true; }
    if (v == V_TRUE) { *out = 1; return true; }
    if (v == V_FALSE) { *out = 0; return true; }
    Digits g;
    get_digits(v, &g);
    size_t n = mpn_norm(g.d, g.n);
    if (n > WORD_DIGITS) return false;
    UInt u = 0;
    for (size_t i = n; i > 0; i--) u = (UInt)(((uint64_t)u << MPN_DIGIT_BITS) | g.d[i - 1]);
    if (n * MPN_DIGIT_BITS > sizeof(UInt) * 8) return false;
    if (!g.neg && u > (UInt)INTPTR_MAX) return false;
    if (g.neg && u > (UInt)INTPTR_MAX + 1) return false;
    *out = g.neg ? (Int)(0 - u) : (Int)u;
    return true;
}

bool int_to_i64(Value v, int64_t *out) {
    Digits g;
    get_digits(v, &g);
    size_t n = mpn_norm(g.d, g.n);
    if (n * MPN_DIGIT_BITS > 64 + MPN_DIGIT_BITS) return false;
    uint64_t u = 0;
    for (size_t i = n; i > 0; i--) {
        if (u >> (64 - MPN_DIGIT_BITS)) return false;
        u = (u << MPN_DIGIT_BITS) | g.d[i - 1];
    }
    if (!g.neg && u > (uint64_t)INT64_MAX) return false;
    if (g.neg && u > (uint64_t)INT64_MAX + 1) return false;
    *out = g.neg ? (int64_t)(0 - u) : (int64_t)u;
    return true;
}

bool int_to_u64(Value v, uint64_t *out) {
    Digits g;
    get_digits(v, &g);
    size_t n = mpn_norm(g.d, g.n);
    if (g.neg && n) return false;
    uint64_t u = 0;
    for (size_t i = n; i > 0; i--) {
        if (u >> (64 - MPN_DIGIT_BITS)) return false;
        u = (u << MPN_DIGIT_BITS) | g.d[i - 1];
    }
    *out = u;
    return true;
}

double int_to_double(Value v) {
    if (V_IS_INT(v)) return (double)V_INT(v);
    Digits g;
    get_digits(v, &g);
    double d;
    if (mpn_to_double(g.d, g.n, &d) != 0) exc_raise_msg(&exc_OverflowError, "int too large to convert to float");
    return g.neg ? -d : d;
}

int int_sign(Value v) {
    if (V_IS_INT(v)) return V_INT(v) < 0 ? -1 : V_INT(v) > 0;
    Digits g;
    get_digits(v, &g);
    if (mpn_norm(g.d, g.n) == 0) return 0;
    return g.neg ? -1 : 1;
}

int int_compare(Value a, Value b) {
    if (V_IS_INT(a) && V_IS_INT(b)) return V_INT(a) < V_INT(b) ? -1 : V_INT(a) > V_INT(b);
    Digits x, y;
    get_digits(a, &x);
    get_digits(b, &y);
    size_t xn = mpn_norm(x.d, x.n), yn = mpn_norm(y.d, y.n);
    int xs = xn == 0 ? 0 : x.neg ? -1 : 1, ys = yn == 0 ? 0 : y.neg ? -1 : 1;
    if (xs != ys) return xs < ys ? -1 : 1;
    int c = mpn_cmp(x.d, xn, y.d, yn);
    return xs < 0 ? -c : c;
}

size_t int_bit_length(Value v) {
    if (V_IS_INT(v)) {
        Int i = V_INT(v);
        UInt u = i < 0 ? (UInt)0 - (UInt)i : (UInt)i;
        size_t n = 0;
        while (u) { n++; u >>= 1; }
        return n;
    }
    Digits g;
    get_digits(v, &g);
    return mpn_bitlen(g.d, g.n);
}

/* CPython's numeric hash: the value modulo 2**61-1 (2**31-1 on 32-bit), keeping the sign. */
#if UINTPTR_MAX > 0xFFFFFFFFu
#define HASH_BITS 61
#else
#define HASH_BITS 31
#endif
#define HASH_MOD (((UInt)1 << HASH_BITS) - 1)
#define HASH_DIGIT_ROT (MPN_DIGIT_BITS % HASH_BITS)

Int int_hash(Value v) {
    if (V_IS_INT(v)) {
        Int i = V_INT(v);
        UInt u = i < 0 ? (UInt)0 - (UInt)i : (UInt)i;
        if (u >= HASH_MOD) u %= HASH_MOD;
        Int h = i < 0 ? -(Int)u : (Int)u;
        return h == -1 ? -2 : h;
    }
    if (v == V_TRUE) return 1;
    if (v == V_FALSE) return 0;
    Digits g;
    get_digits(v, &g);
    UInt x = 0;
    for (size_t i = g.n; i > 0; i--) {
        /* x = (x * 2**DIGIT_BITS + d) mod HASH_MOD: 2**HASH_BITS is 1 mod HASH_MOD, so the
         * product is a rotation by DIGIT_BITS mod HASH_BITS (1 with 32-bit digits and words) */
        x = ((x << HASH_DIGIT_ROT) & HASH_MOD) | (x >> (HASH_BITS - HASH_DIGIT_ROT));
        UInt d = g.d[i - 1];
        d = (d & HASH_MOD) + (d >> HASH_BITS);   /* a digit may exceed HASH_MOD on 32 bits */
        if (d >= HASH_MOD) d -= HASH_MOD;
        x += d;
        if (x >= HASH_MOD) x -= HASH_MOD;
    }
    Int h = g.neg ? -(Int)x : (Int)x;
    return h == -1 ? -2 : h;
}

/* ---------------- arithmetic ---------------- */

static Value big_addsub(Value a, Value b, bool sub) {
    Digits x, y;
    get_digits(a, &x);
    get_digits(b, &y);
    int yneg = sub ? !y.neg : y.neg;
    size_t n = (x.n > y.n ? x.n : y.n) + 1;
    BigInt *R = big_alloc(n);
    mpn_digit *r = R->d;
    size_t rn;
    int neg;
    if (x.neg == yneg) {
        rn = mpn_add(r, x.d, x.n, y.d, y.n);
        neg = x.neg;
    } else if (mpn_cmp(x.d, x.n, y.d, y.n) >= 0) {
        rn = mpn_sub(r, x.d, x.n, y.d, y.n);
        neg = x.neg;
    } else {
        rn = mpn_sub(r, y.d, y.n, x.d, x.n);
        neg = yneg;
    }
    return big_finish(R, rn, neg);
}

static Value big_mul(Value a, Value b) {
    Digits x, y;
    get_digits(a, &x);
    get_digits(b, &y);
    size_t n = x.n + y.n;
    BigInt *R = big_alloc(n + 1);
    /* Karatsuba needs scratch space, and only pays when both operands are long */
    bool long_ops = MPN_KARATSUBA && x.n >= MPN_KARATSUBA_MIN && y.n >= MPN_KARATSUBA_MIN;
    mpn_digit *scratch = long_ops ? tmp_digits(MPN_MUL_SCRATCH(x.n > y.n ? x.n : y.n)) : NULL;
    size_t rn = mpn_mul(R->d, x.d, x.n, y.d, y.n, scratch);
    if (scratch) gc_free(scratch);
    return big_finish(R, rn, x.neg != y.neg);
}

/* what: the message, compressed (ES_MSG) */
static ES_NORETURN void zero_division(const char *what) {
    exc_raise_msg(&exc_ZeroDivisionError, what);
}

/* Floor division and modulo with Python's signs.  Either result pointer may be NULL. */
static void big_divmod(Value a, Value b, Value *q, Value *m) {
    Digits x, y;
    get_digits(a, &x);
    get_digits(b, &y);
    size_t yn = mpn_norm(y.d, y.n);
    if (yn == 0) zero_division(m && !q ? ES_MSG("integer modulo by zero") : ES_MSG("integer division or modulo by zero"));
    size_t xn = mpn_norm(x.d, x.n);
    mpn_digit *work = tmp_digits(MPN_DIVMOD_WORK(xn, yn));
    BigInt *Q = big_alloc(xn + 2), *M = big_alloc(yn + 2);
    size_t qn, rn;
    int qneg, rneg;
    mpn_floordiv_signed(Q->d, &qn, &qneg, M->d, &rn, &rneg, x.d, xn, x.neg, y.d, yn, y.neg, work);
    gc_free(work);
    Value qv = big_finish(Q, qn, qneg), mv = big_finish(M, rn, rneg);
    if (q) *q = qv;
    if (m) *m = mv;
}

static Value big_truediv(Value a, Value b) {
    Digits x, y;
    get_digits(a, &x);
    get_digits(b, &y);
    size_t yn = mpn_norm(y.d, y.n), xn = mpn_norm(x.d, x.n);
    if (yn == 0) zero_division(ES_MSG("division by zero"));
    mpn_digit *work = tmp_digits(MPN_DIV_TO_DOUBLE_WORK(xn, yn));
    double d;
    int r = mpn_div_to_double(x.d, xn, y.d, yn, &d, work);
    gc_free(work);
    if (r != 0) exc_raise_msg(&exc_OverflowError, "integer division result too large for a float");
    return float_new(x.neg != y.neg ? -d : d);
}

static Value big_shift(Value a, Int shift) {
    Digits x;
    get_digits(a, &x);
    if (shift >= 0) {
        size_t n = x.n + (size_t)shift / MPN_DIGIT_BITS + 1;
        if ((UInt)shift > (UInt)0x7FFFFFFF) exc_raise_memory_error();
        BigInt *R = big_alloc(n);
        return big_finish(R, mpn_lshift(R->d, x.d, x.n, (size_t)shift), x.neg);
    }
    size_t s = (size_t)-shift;
    if (s / MPN_DIGIT_BITS >= x.n) return V_MKINT(x.neg && mpn_norm(x.d, x.n) ? -1 : 0);
    mpn_digit *r = tmp_digits(x.n);
    int lost = 0;
    size_t rn = mpn_rshift(r, x.d, x.n, s, &lost);
    if (x.neg && lost) {
        /* floor for negatives: round away from zero */
        mpn_digit *r2 = tmp_digits(rn + 1);
        rn = mpn_add_1(r2, r, rn, 1);
        gc_free(r);
        r = r2;
    }
    Value v = from_digits(r, rn, x.neg);
    gc_free(r);
    return v;
}

static Value big_bitop(int op, Value a, Value b) {
    Digits x, y;
    get_digits(a, &x);
    get_digits(b, &y);
    size_t n = (x.n > y.n ? x.n : y.n) + 1;
    BigInt *R = big_alloc(n);
    int rneg;
    size_t rn = mpn_bitop_signed(R->d, &rneg, op, x.d, x.n, x.neg, y.d, y.n, y.neg);
    return big_finish(R, rn, rneg);
}

static Value int_pow(Value base, Value exp) {
    if (int_sign(exp) < 0) {
        double b = int_to_double(base), e = int_to_double(exp);
        if (b == 0.0) exc_raise_msg(&exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_new(float_pow_value(b, e));
    }
    Int e;
    if (!int_to_machine(exp, &e)) {
        /* only 0, 1 and -1 survive astronomically large exponents */
        if (base == V_MKINT(0) || base == V_MKINT(1)) return base;
        if (base == V_MKINT(-1)) return int_binary_op(OP_AND, exp, V_MKINT(1)) == V_MKINT(1) ? base : V_MKINT(1);
        exc_raise_memory_error();
    }
    if (V_IS_INT(base)) {
        Int b = V_INT(base);
        if (b == 0) return V_MKINT(e == 0);
        if (b == 1) return V_MKINT(1);
        if (b == -1) return V_MKINT(e & 1 ? -1 : 1);
        if (b == 2 && e < (Int)SMALLINT_BITS - 1) return V_MKINT((Int)1 << e);
    }
    Value result = V_MKINT(1), p = base;
    while (e > 0) {
        if (e & 1) result = int_binary_op(OP_MUL, result, p);
        e >>= 1;
        if (e) p = int_binary_op(OP_MUL, p, p);
    }
    return result;
}

Value int_pow_mod(Value base, Value exp, Value mod) {
    if (int_sign(mod) == 0) exc_raise_msg(&exc_ValueError, "pow() 3rd argument cannot be 0");
    if (int_sign(exp) < 0) {
        /* modular inverse by the extended Euclidean algorithm */
        Value m = int_binary_op(OP_MOD, mod, V_MKINT(0) == mod ? V_MKINT(1) : mod);
        (void)m;
        Value a = int_binary_op(OP_MOD, base, mod), b = mod;
        Value x0 = V_MKINT(1), x1 = V_MKINT(0);
        Value aa = a, bb = b;
        if (int_sign(bb) < 0) bb = int_unary_op(UOP_NEG, bb);
        while (int_sign(bb) != 0) {
            Value q, r;
            big_divmod(aa, bb, &q, &r);
            Value t = int_binary_op(OP_SUB, x0, int_binary_op(OP_MUL, q, x1));
            x0 = x1; x1 = t;
            aa = bb; bb = r;
        }
        if (!(aa == V_MKINT(1) || aa == V_MKINT(-1)))
            exc_raise_msg(&exc_ValueError, "base is not invertible for the given modulus");
        if (aa == V_MKINT(-1)) x0 = int_unary_op(UOP_NEG, x0);
        base = int_binary_op(OP_MOD, x0, mod);
        exp = int_unary_op(UOP_NEG, exp);
    }
    Value result = V_MKINT(1);
    Value b = int_binary_op(OP_MOD, base, mod);
    size_t bits = int_bit_length(exp);
    Digits ed;
    get_digits(exp, &ed);
    for (size_t i = bits; i > 0; i--) {
        result = int_binary_op(OP_MOD, int_binary_op(OP_MUL, result, result), mod);
        size_t bit = i - 1;
        if ((ed.d[bit / MPN_DIGIT_BITS] >> (bit % MPN_DIGIT_BITS)) & 1)
            result = int_binary_op(OP_MOD, int_binary_op(OP_MUL, result, b), mod);
    }
    return int_binary_op(OP_MOD, result, mod);
}

static Value int_small_floordiv(Int a, Int b) {
    if (b == 0) zero_division(ES_MSG("integer division or modulo by zero"));
    if (a == SMALLINT_MIN && b == -1) return int_from_int(-a);
    Int q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return V_MKINT(q);
}

static Value int_small_mod(Int a, Int b) {
    if (b == 0) zero_division(ES_MSG("integer modulo by zero"));
    Int m = a % b;
    if (m != 0 && ((m < 0) != (b < 0))) m += b;
    return V_MKINT(m);
}

static Value int_truediv_machine(Int a, Int b) {
    if (b == 0) zero_division(ES_MSG("division by zero"));
    /* exact when both fit in a double's mantissa; otherwise correctly rounded via mpn */
    const int64_t lim = (int64_t)1 << 53;   /* 64-bit: Int has 32 bits on the lx106 */
    if (a > -lim && a < lim && b > -lim && b < lim) return float_new((double)a / (double)b);
    return big_truediv(V_MKINT(a), V_MKINT(b));
}

Value int_binary_op(BinaryOp op, Value a, Value b) {
    bool refl = (op & OP_REFLECTED) != 0;
    op = (BinaryOp)(op & ~OP_REFLECTED);
    if (op >= OP_IADD && op <= OP_IOR) op = (BinaryOp)(op - OP_INPLACE);
    if (!int_is_int(a) || !int_is_int(b)) {
        /* int op float is float's business; anything else is not ours */
        if (op >= OP_LT && op <= OP_GE) return V_NOTIMPL;
        return V_NULL;
    }
    if (refl && op >= OP_LT && op <= OP_GE) {
        /* reflected comparison: we are b, op is seen from b */
        Value t = a; a = b; b = t;
    }
    if (V_IS_INT(a) && V_IS_INT(b)) {
        Int x = V_INT(a), y = V_INT(b), r;
        switch (op) {
        case OP_ADD: if (!__builtin_add_overflow(x, y, &r) && int_fits_small(r)) return V_MKINT(r); break;
        case OP_SUB: if (!__builtin_sub_overflow(x, y, &r) && int_fits_small(r)) return V_MKINT(r); break;
        case OP_MUL: if (!__builtin_mul_overflow(x, y, &r) && int_fits_small(r)) return V_MKINT(r); break;
        case OP_FLOORDIV: return int_small_floordiv(x, y);
        case OP_MOD: return int_small_mod(x, y);
        case OP_TRUEDIV: return int_truediv_machine(x, y);
        case OP_AND: return V_MKINT(x & y);
        case OP_OR: return V_MKINT(x | y);
        case OP_XOR: return V_MKINT(x ^ y);
        case OP_LSHIFT:
            if (y < 0) exc_raise_msg(&exc_ValueError, "negative shift count");
            if (x == 0) return V_MKINT(0);
            if (y < (Int)SMALLINT_BITS) {
                r = (Int)((UInt)x << y);   /* unsigned: shifting out bits is not UB */
                if ((r >> y) == x && int_fits_small(r)) return V_MKINT(r);
            }
            return big_shift(a, y);
        case OP_RSHIFT:
            if (y < 0) exc_raise_msg(&exc_ValueError, "negative shift count");
            return V_MKINT(y >= (Int)SMALLINT_BITS ? (x < 0 ? -1 : 0) : x >> y);
        case OP_POW: return int_pow(a, b);
        case OP_LT: return V_BOOL(x < y);
        case OP_LE: return V_BOOL(x <= y);
        case OP_EQ: return V_BOOL(x == y);
        case OP_NE: return V_BOOL(x != y);
        case OP_GT: return V_BOOL(x > y);
        case OP_GE: return V_BOOL(x >= y);
        default: return V_NULL;
        }
    }
    switch (op) {
    case OP_ADD: return big_addsub(a, b, false);
    case OP_SUB: return big_addsub(a, b, true);
    case OP_MUL: return big_mul(a, b);
    case OP_FLOORDIV: { Value q; big_divmod(a, b, &q, NULL); return q; }
    case OP_MOD: { Value m; big_divmod(a, b, NULL, &m); return m; }
    case OP_TRUEDIV: return big_truediv(a, b);
    case OP_AND: return big_bitop('&', a, b);
    case OP_OR: return big_bitop('|', a, b);
    case OP_XOR: return big_bitop('^', a, b);
    case OP_LSHIFT: case OP_RSHIFT: {
        if (int_sign(b) < 0) exc_raise_msg(&exc_ValueError, "negative shift count");
        Int s;
        if (!int_to_machine(b, &s)) {
            if (op == OP_RSHIFT) return V_MKINT(int_sign(a) < 0 ? -1 : 0);
            if (int_sign(a) == 0) return V_MKINT(0);
            exc_raise_msg(&exc_OverflowError, "too many digits in integer");
        }
        if (int_sign(a) == 0) return V_MKINT(0);
        return big_shift(int_value_of(a), op == OP_LSHIFT ? s : -s);
    }
    case OP_POW: return int_pow(int_value_of(a), b);
    case OP_LT: return V_BOOL(int_compare(a, b) < 0);
    case OP_LE: return V_BOOL(int_compare(a, b) <= 0);
    case OP_EQ: return V_BOOL(int_compare(a, b) == 0);
    case OP_NE: return V_BOOL(int_compare(a, b) != 0);
    case OP_GT: return V_BOOL(int_compare(a, b) > 0);
    case OP_GE: return V_BOOL(int_compare(a, b) >= 0);
    default: return V_NULL;
    }
}

Value int_unary_op(UnaryOp op, Value v) {
    if (V_IS_INT(v)) {
        Int i = V_INT(v);
        switch (op) {
        case UOP_NEG: return int_from_int(-i);
        case UOP_POS: case UOP_INT: case UOP_INDEX: return v;
        case UOP_INVERT: return V_MKINT(~i);
        case UOP_BOOL: return V_BOOL(i != 0);
        case UOP_HASH: return V_MKINT(int_hash(v));
        case UOP_ABS: return i < 0 ? int_from_int(-i) : v;
        case UOP_FLOAT: return float_new((double)i);
        default: return V_NULL;
        }
    }
    if (v == V_TRUE || v == V_FALSE) return int_unary_op(op, V_MKINT(v == V_TRUE));
    Digits g;
    get_digits(v, &g);
    switch (op) {
    case UOP_NEG: return from_digits(g.d, g.n, !g.neg);
    case UOP_POS: case UOP_INT: case UOP_INDEX: return from_digits(g.d, g.n, g.neg);
    case UOP_ABS: return from_digits(g.d, g.n, 0);
    case UOP_INVERT: {
        mpn_digit *r = tmp_digits(g.n + 1);
        int rneg;
        size_t rn = mpn_not_signed(r, &rneg, g.d, g.n, g.neg);
        Value x = from_digits(r, rn, rneg);
        gc_free(r);
        return x;
    }
    case UOP_BOOL: return V_BOOL(mpn_norm(g.d, g.n) != 0);
    case UOP_HASH: return V_MKINT(int_hash(v));
    case UOP_FLOAT: return float_new(int_to_double(v));
    default: return V_NULL;
    }
}

/* ---------------- text ---------------- */

Value int_to_str(Value v, int base) {
    char small[72];
    if (V_IS_INT(v)) {
        Int i = V_INT(v);
        UInt u = i < 0 ? (UInt)0 - (UInt)i : (UInt)i;
        int k = sizeof small;
        do {
            small[--k] = digit_char((unsigned)(u % (UInt)base));
            u /= (UInt)base;
        } while (u);
        if (i < 0) small[--k] = '-';
        return str_new(small + k, sizeof small - (size_t)k);
    }
    Digits g;
    get_digits(v, &g);
    size_t n = mpn_norm(g.d, g.n);
    size_t cap = mpn_str_size(n, base) + 2;
    if (base == 10 && int_max_str_digits > 0 && cap > (size_t)int_max_str_digits + 2) {
        /* decide exactly: the estimate may be one too high */
        if ((double)mpn_bitlen(g.d, n) * 0.30102999566398120 > (double)int_max_str_digits)
            exc_raise_msg(&exc_ValueError, "Exceeds the limit (%D digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                          int_max_str_digits);
    }
    Str *s = str_alloc(cap);
    mpn_digit *work = tmp_digits(MPN_TO_STR_WORK(n));
    char *out = s->data;
    if (g.neg && n) *out++ = '-';
    size_t len = mpn_to_str(out, cap - 1, g.d, n, base, work);
    gc_free(work);
    s->len = (uint32_t)(len + (size_t)(out - s->data));
    if (base == 10 && int_max_str_digits > 0 && len > (size_t)int_max_str_digits)
        exc_raise_msg(&exc_ValueError, "Exceeds the limit (%D digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                      int_max_str_digits);
    s->data[s->len] = 0;
    s->nchars = s->len;
    return V_FROMPTR(s);
}

void int_print(Value v, Print *p, PrintKind kind) {
    (void)kind;
    if (V_IS_INT(v)) {
        print_int(p, V_INT(v));
        return;
    }
    Value s = int_to_str(v, 10);
    size_t n;
    const char *d = str_data(s, &n);
    print_strn(p, d, n);
}

/* ---------------- bytes ---------------- */

bool int_to_bytes(Value v, uint8_t *out, size_t len, bool little, bool is_signed) {
    Digits g;
    get_digits(v, &g);
    size_t n = mpn_norm(g.d, g.n);
    if (g.neg && !is_signed) return false;
    /* two's complement, little endian first */
    memset(out, 0, len);
    unsigned carry = 1;
    size_t bytes_needed = (mpn_bitlen(g.d, n) + 7) / 8;
    if (bytes_needed > len + 1) return false;
    for (size_t i = 0; i < len; i++) {
        size_t bit = i * 8;
        size_t di = bit / MPN_DIGIT_BITS;
        unsigned b = di < n ? (unsigned)(g.d[di] >> (bit % MPN_DIGIT_BITS)) & 0xFF : 0;
        if (g.neg) {
            b = (~b & 0xFF) + carry;
            carry = b >> 8;
            b &= 0xFF;
        }
        out[little ? i : len - 1 - i] = (uint8_t)b;
    }
    /* range check */
    if (is_signed) {
        size_t bl = mpn_bitlen(g.d, n);
        if (!g.neg && bl > len * 8 - 1) return false;
        if (g.neg) {
            /* -2**(8len-1) is the smallest */
            if (bl > len * 8) return false;
            if (bl == len * 8) {
                /* only exactly a power of two fits */
                if (mpn_popcount(g.d, n) != 1) return false;
            }
        }
    } else if (mpn_bitlen(g.d, n) > len * 8) {
        return false;
    }
    return true;
}

Value int_from_bytes(const uint8_t *buf, size_t len, bool little, bool is_signed) {
    size_t nd = (len * 8 + MPN_DIGIT_BITS - 1) / MPN_DIGIT_BITS + 1;
    mpn_digit *d = tmp_digits(nd);
    memset(d, 0, nd * sizeof(mpn_digit));
    /* es_rd8: the bytes may be a frozen constant, in flash */
    bool neg = is_signed && len && (es_rd8(&buf[little ? len - 1 : 0]) & 0x80);
    unsigned carry = 1;
    for (size_t i = 0; i < len; i++) {
        unsigned b = es_rd8(&buf[little ? i : len - 1 - i]);
        if (neg) {
            b = (~b & 0xFF) + carry;
            carry = b >> 8;
            b &= 0xFF;
        }
        size_t bit = i * 8;
        d[bit / MPN_DIGIT_BITS] |= (mpn_digit)((mpn_ddigit)b << (bit % MPN_DIGIT_BITS));
    }
    Value v = from_digits(d, nd, neg);
    gc_free(d);
    return v;
}

/* ---------------- the int type ---------------- */

/* CPython shows a str as given, other buffers as the repr of their bytes */
static ES_NORETURN void int_literal_error(Value x, const char *s, size_t n, Int base) {
    exc_raise_msg(&exc_ValueError, "invalid literal for int() with base %d: %r", (int)base,
                  str_is(x) ? x : bytes_new((const uint8_t *)s, n));
}

static Value int_from_value(Value x, Value basev) {
    if (basev != V_NULL) {
        Int base;
        if (!int_to_machine(obj_index(basev), &base) || (base != 0 && (base < 2 || base > 36)))
            exc_raise_msg(&exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        const char *s;
        size_t n;
        if (str_is(x)) s = str_number_text(x, &n);
        else if (bytes_get_data(x, &s, &n)) {}
        else exc_raise_msg(&exc_TypeError, "int() can't convert non-string with explicit base");
        Value r = int_from_text(s, n, (int)base);
        if (r == V_NULL) int_literal_error(x, s, n, base);
        return r;
    }
    if (int_is_int(x)) return int_value_of(x);
    if (is_instance_of(x, &float_type)) return int_from_double(float_value(x));
    const char *s;
    size_t n;
    if (str_is(x) || bytes_get_data(x, &s, &n)) {
        if (str_is(x)) s = str_number_text(x, &n);
        Value r = int_from_text(s, n, 10);
        if (r == V_NULL) int_literal_error(x, s, n, 10);
        return r;
    }
    const Type *t = type_of(x);
    Value f = type_lookup(t, V_MKNAME(N___int__));
    if (!f) f = type_lookup(t, V_MKNAME(N___index__));
    if (f) {
        Value r = obj_call1(f, x);
        if (!int_is_int(r)) exc_raise_msg(&exc_TypeError, "__int__ returned non-int (type %T)", r);
        return int_value_of(r);
    }
    f = type_lookup(t, V_MKNAME(N___trunc__));
    if (f) return int_value_of(obj_call1(f, x));
    exc_raise_msg(&exc_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%T'", x);
}

static Value int_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    static const uint16_t names[] = {N_x, N_base};
    Value a[2];
    if (nargs > 2) exc_raise_msg(&exc_TypeError, "int() takes at most 2 arguments (%d given)", nargs);
    arg_parse("int", args, nargs, kwnames, 2, names, 2, a);
    Value r;
    if (!a[0]) {
        if (a[1]) exc_raise_msg(&exc_TypeError, "int() missing string argument");
        r = V_MKINT(0);
    } else {
        r = int_from_value(a[0], a[1]);
    }
    if (t != &int_type) {
        Digits g;
        get_digits(r, &g);
        size_t n = mpn_norm(g.d, g.n);
        BigInt *b = gc_alloc(sizeof(BigInt) + (n ? n : 1) * sizeof(mpn_digit), GC_LEAF);
        b->base.type = t;
        b->size = g.neg ? -(int32_t)n : (int32_t)n;
        memcpy(b->d, g.d, n * sizeof(mpn_digit));
        return V_FROMPTR(b);
    }
    return r;
}

static Value int_slot_binary(BinaryOp op, Value a, Value b) { return int_binary_op(op, a, b); }

static Value int_slot_unary(UnaryOp op, Value v) { return int_unary_op(op, v); }

static void int_attr(Value self, Value name, Value *dest) {
    if (dest[1] != V_SENTINEL_METHOD) return;
    switch (V_IS_NAME(name) ? V_NAME(name) : 0) {
    case N_real: case N_numerator: dest[0] = int_value_of(self); break;
    case N_imag: dest[0] = V_MKINT(0); break;
    case N_denominator: dest[0] = V_MKINT(1); break;
    default: return;
    }
    dest[1] = V_NULL;
}

static Value i_bit_length(Value *a, int n, Value kw) { (void)n; (void)kw; return V_MKINT((Int)int_bit_length(a[0])); }
static Value i_bit_count(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Digits g;
    get_digits(a[0], &g);
    return V_MKINT((Int)mpn_popcount(g.d, g.n));
}
static Value i_conjugate(Value *a, int n, Value kw) { (void)n; (void)kw; return int_value_of(a[0]); }
static Value i_as_integer_ratio(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Value r[2] = {int_value_of(a[0]), V_MKINT(1)};
    return tuple_from_array(r, 2);
}
static Value i_is_integer(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; return V_TRUE; }

static bool byteorder_little(Value v, const char *fname) {
    if (!str_is(v)) exc_raise_msg(&exc_TypeError, "%s() argument 'byteorder' must be str, not %T", fname, v);
    if (v == V_MKNAME(N_little) || str_equal(v, V_MKNAME(N_little))) return true;
    if (v == V_MKNAME(N_big) || str_equal(v, V_MKNAME(N_big))) return false;
    exc_raise_msg(&exc_ValueError, "byteorder must be either 'little' or 'big'");
}

static Value i_to_bytes(Value *a, int n, Value kw) {
    static const uint16_t names[] = {N_length, N_byteorder, N_signed};
    Value o[3];
    arg_parse("to_bytes", a + 1, n - 1, kw, 2, names, 3, o);
    Int len = o[0] ? obj_get_int(o[0]) : 1;
    bool little = o[1] ? byteorder_little(o[1], "to_bytes") : false;
    if (len < 0) exc_raise_msg(&exc_ValueError, "length argument must be non-negative");
    bool sgn = o[2] ? obj_truthy(o[2]) : false;
    uint8_t *buf = gc_alloc((size_t)len + 1, GC_LEAF);
    if (!int_to_bytes(a[0], buf, (size_t)len, little, sgn)) {
        if (!sgn && int_sign(a[0]) < 0) exc_raise_msg(&exc_OverflowError, "can't convert negative int to unsigned");
        exc_raise_msg(&exc_OverflowError, "int too big to convert");
    }
    Value r = bytes_new(buf, (size_t)len);
    gc_free(buf);
    return r;
}

static Value i_from_bytes(Value *a, int n, Value kw) {
    static const uint16_t names[] = {N_bytes, N_byteorder, N_signed};
    Value o[3];
    arg_parse("from_bytes", a + 1, n - 1, kw, 2, names, 3, o);
    if (!o[0]) exc_raise_msg(&exc_TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
    bool little = o[1] ? byteorder_little(o[1], "from_bytes") : false;
    bool sgn = o[2] ? obj_truthy(o[2]) : false;
    const char *d;
    size_t len;
    Value src = o[0];
    if (!bytes_get_data(src, &d, &len)) {
        /* bytes(x) but for str and int (CPython's PyObject_Bytes) */
        if (str_is(src) || int_is_int(src)) exc_raise_msg(&exc_TypeError, "cannot convert '%T' object to bytes", src);
        src = obj_call1(V_FROMPTR(&bytes_type), src);
        bytes_get_data(src, &d, &len);
    }
    Value r = int_from_bytes((const uint8_t *)d, len, little, sgn);
    if (a[0] != V_FROMPTR(&int_type)) return obj_call1(a[0], r);
    return r;
}

static Value i_index(Value *a, int n, Value kw) { (void)n; (void)kw; return int_value_of(a[0]); }
static Value i_round(Value *a, int n, Value kw) {
    (void)kw;
    if (n < 2) return int_value_of(a[0]);
    Value ndv = obj_index(a[1]);
    Int nd;
    if (int_sign(ndv) >= 0) return int_value_of(a[0]);
    if (!int_to_machine(ndv, &nd)) return V_MKINT(0);   /* to a multiple of 10**huge: 0 */
    /* round to 10**-nd, half to even */
    Value p = int_pow(V_MKINT(10), V_MKINT(-nd));
    Value q, r;
    big_divmod(int_value_of(a[0]), p, &q, &r);
    Value twice = int_binary_op(OP_MUL, r, V_MKINT(2));
    int c = int_compare(twice, p);
    if (c > 0 || (c == 0 && int_binary_op(OP_AND, q, V_MKINT(1)) == V_MKINT(1))) q = int_binary_op(OP_ADD, q, V_MKINT(1));
    return int_binary_op(OP_MUL, q, p);
}
static Value i_getnewargs(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Value v = int_value_of(a[0]);
    return tuple_from_array(&v, 1);
}

static NATIVE_METHOD(i_bit_length_fn, bit_length, 0, 0, i_bit_length);
static NATIVE_METHOD(i_bit_count_fn, bit_count, 0, 0, i_bit_count);
static NATIVE_METHOD(i_conjugate_fn, conjugate, 0, 0, i_conjugate);
static NATIVE_METHOD(i_as_integer_ratio_fn, as_integer_ratio, 0, 0, i_as_integer_ratio);
static NATIVE_METHOD(i_is_integer_fn, is_integer, 0, 0, i_is_integer);
static NATIVE_METHOD_KW(i_to_bytes_fn, to_bytes, 0, 2, i_to_bytes);
static const NativeFunc i_from_bytes_fn = {{&native_fn_type}, i_from_bytes, NFN_INFO(N_from_bytes, 3, 1, NFN_KW)};
static const Cell i_from_bytes_cm = {{&classmethod_type}, V_FROMPTR(&i_from_bytes_fn)};
static NATIVE_METHOD(i_index_fn, __index__, 0, 0, i_index);
static NATIVE_METHOD(i_round_fn, __round__, 0, 1, i_round);
/* the int itself, as a plain int */
static NATIVE_METHOD(i_trunc_fn, __trunc__, 0, 0, i_index);
static NATIVE_METHOD(i_floor_fn, __floor__, 0, 0, i_index);
static NATIVE_METHOD(i_ceil_fn, __ceil__, 0, 0, i_index);
static NATIVE_METHOD(i_getnewargs_fn, __getnewargs__, 0, 0, i_getnewargs);

static const MapEntry int_table[] = {
    METHOD_ENTRY(__ceil__, i_ceil_fn),
    METHOD_ENTRY(__floor__, i_floor_fn),
    METHOD_ENTRY(__getnewargs__, i_getnewargs_fn),
    METHOD_ENTRY(__index__, i_index_fn),
    METHOD_ENTRY(__round__, i_round_fn),
    METHOD_ENTRY(__trunc__, i_trunc_fn),
    METHOD_ENTRY(as_integer_ratio, i_as_integer_ratio_fn),
    METHOD_ENTRY(bit_count, i_bit_count_fn),
    METHOD_ENTRY(bit_length, i_bit_length_fn),
    METHOD_ENTRY(conjugate, i_conjugate_fn),
    METHOD_ENTRY(from_bytes, i_from_bytes_cm),
    METHOD_ENTRY(is_integer, i_is_integer_fn),
    METHOD_ENTRY(to_bytes, i_to_bytes_fn),
};
static const Dict int_locals = DICT_CONST_INIT(int_table);

const Type int_type = {
    .type = &type_type, .name = V_MKNAME(N_int), .flags = TF_BASETYPE | TF_INT_SUB, .base = &object_type,
    .dict = V_FROMPTR(&int_locals),
    .print = int_print, .make_new = int_make_new, .unary_op = int_slot_unary, .binary_op = int_slot_binary,
    .attr = int_attr,
};

/* ---------------- bool ---------------- */

static void bool_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    print_cstr(p, self == V_TRUE ? "True" : "False");
}

static Value bool_make_new(const Type *t, Value *args, int nargs, Value kwnames) {
    (void)t;
    arg_check_no_kw("bool", kwnames);
    arg_check_count(V_MKNAME(N_bool), nargs, 0, 1);
    return V_BOOL(nargs && obj_truthy(args[0]));
}

static Value bool_binary(BinaryOp op, Value a, Value b) {
    BinaryOp base = (BinaryOp)(op & ~OP_REFLECTED);
    if ((base == OP_AND || base == OP_OR || base == OP_XOR || base == OP_IAND || base == OP_IOR || base == OP_IXOR) &&
        (a == V_TRUE || a == V_FALSE) && (b == V_TRUE || b == V_FALSE)) {
        bool x = a == V_TRUE, y = b == V_TRUE;
        switch (base) {
        case OP_AND: case OP_IAND: return V_BOOL(x & y);
        case OP_OR: case OP_IOR: return V_BOOL(x | y);
        default: return V_BOOL(x ^ y);
        }
    }
    Value x = (a == V_TRUE || a == V_FALSE) ? V_MKINT(a == V_TRUE) : a;
    Value y = (b == V_TRUE || b == V_FALSE) ? V_MKINT(b == V_TRUE) : b;
    if (!int_is_int(x) || !int_is_int(y)) return (base >= OP_LT && base <= OP_GE) ? V_NOTIMPL : V_NULL;
    return int_binary_op(op, x, y);
}

static Value bool_unary(UnaryOp op, Value v) {
    if (op == UOP_BOOL) return v;
    return int_unary_op(op, V_MKINT(v == V_TRUE));
}

const Type bool_type = {
    .type = &type_type, .name = V_MKNAME(N_bool), .flags = TF_INT_SUB, .base = &int_type,
    .print = bool_print, .make_new = bool_make_new, .unary_op = bool_unary, .binary_op = bool_binary,
};
const Object true_obj = {&bool_type}, false_obj = {&bool_type};
