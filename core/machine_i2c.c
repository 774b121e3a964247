/* machine.SoftI2C (also machine.I2C): bit-banged I2C on open-drain lines (core/modmachine.h):
 * a class of the machine module, a native module (_machine_i2c) on the ESP-01 firmware. */
#include "config.h"
#if ES_MACHINE
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objbytes.h"
#include "objtuple.h"
#include "objdict.h"
#include "objfun.h"
#include "objmodule.h"
#include "vm.h"
#include "objlist.h"
#include "modmachine.h"

#define ENODEV 19

typedef struct {
    Object base;
    uint32_t scl, sda;
    uint32_t delay_us;       /* half a clock period */
    uint32_t timeout_us;     /* how long a slave may hold SCL low (clock stretching) */
    uint32_t freq;
} I2CObj;

static void i2c_delay(const I2CObj *i) { port_delay_us(i->delay_us); }

/* Let SCL go high and wait while a slave stretches the clock: 0, or PM_ETIMEDOUT. */
static int scl_release(const I2CObj *i) {
    port_pin_write((int)i->scl, 1);
    i2c_delay(i);
    if (port_pin_read((int)i->scl)) return 0;
    uint64_t start = port_machine_ticks_us();
    while (!port_pin_read((int)i->scl))
        if (port_machine_ticks_us() - start >= i->timeout_us) return PM_ETIMEDOUT;
    return 0;
}

static void scl_low(const I2CObj *i) { port_pin_write((int)i->scl, 0); }
static void sda_set(const I2CObj *i, int v) { port_pin_write((int)i->sda, v); }

/* START (or a repeated START): SDA falls while SCL is high; then SCL low, ready for data. */
static int i2c_start(const I2CObj *i) {
    sda_set(i, 1);
    i2c_delay(i);
    int err = scl_release(i);
    sda_set(i, 0);
    i2c_delay(i);
    scl_low(i);
    return err;
}

static int i2c_stop(const I2CObj *i) {
    i2c_delay(i);
    sda_set(i, 0);
    i2c_delay(i);
    int err = scl_release(i);
    sda_set(i, 1);
    i2c_delay(i);
    return err;
}

/* Sends a byte: 1 = ACK, 0 = NACK, negative = -errno. */
static int i2c_write_byte(const I2CObj *i, uint32_t b) {
    for (int bit = 7; bit >= 0; bit--) {
        sda_set(i, (b >> bit) & 1);
        i2c_delay(i);
        int err = scl_release(i);
        if (err) return -err;
        scl_low(i);
    }
    sda_set(i, 1);
    i2c_delay(i);
    int err = scl_release(i);
    if (err) return -err;
    int ack = !port_pin_read((int)i->sda);
    i2c_delay(i);
    scl_low(i);
    return ack;
}

/* Receives a byte and answers ACK (or NACK for the last): 0 or -errno. */
static int i2c_read_byte(const I2CObj *i, uint8_t *out, bool nack) {
    uint32_t v = 0;
    i2c_delay(i);
    for (int bit = 0; bit < 8; bit++) {
        int err = scl_release(i);
        if (err) return -err;
        v = (v << 1) | (uint32_t)port_pin_read((int)i->sda);
        scl_low(i);
        i2c_delay(i);
    }
    *out = (uint8_t)v;
    sda_set(i, nack);
    i2c_delay(i);
    int err = scl_release(i);
    if (err) return -err;
    i2c_delay(i);
    scl_low(i);
    sda_set(i, 1);
    return 0;
}

static ES_NORETURN void i2c_fail(const I2CObj *i, int err) {
    i2c_stop(i);
    exc_raise_oserror(err);
}

static void i2c_check(const I2CObj *i, int r) {
    if (r < 0) i2c_fail(i, -r);
}

static uint32_t i2c_addr(Value v) {
    Int a = obj_get_int(v);
    if (a < 0 || a > 127) exc_raise_msg(&exc_ValueError, "I2C address out of range (0-127): %D", a);
    return (uint32_t)a;
}

/* START, address + write, then the bytes of up to two buffers until a NACK; STOP if asked.
 * Returns the number of data bytes ACKed; OSError(ENODEV) if the address is not answered. */
static Int i2c_write_to(const I2CObj *i, uint32_t addr, const uint8_t *b1, size_t n1, const uint8_t *b2, size_t n2,
                        bool stop) {
    i2c_check(i, -i2c_start(i));
    int r = i2c_write_byte(i, addr << 1);
    i2c_check(i, r);
    if (r == 0) i2c_fail(i, ENODEV);
    Int acks = 0;
    for (size_t k = 0; k < n1 + n2; k++) {
        r = i2c_write_byte(i, k < n1 ? b1[k] : b2[k - n1]);
        i2c_check(i, r);
        if (r == 0) break;
        acks++;
    }
    if (stop) i2c_check(i, -i2c_stop(i));
    return acks;
}

static void i2c_read_from(const I2CObj *i, uint32_t addr, uint8_t *buf, size_t n, bool stop) {
    i2c_check(i, -i2c_start(i));
    int r = i2c_write_byte(i, (addr << 1) | 1);
    i2c_check(i, r);
    if (r == 0) i2c_fail(i, ENODEV);
    for (size_t k = 0; k < n; k++) i2c_check(i, i2c_read_byte(i, &buf[k], k + 1 == n));
    if (stop) i2c_check(i, -i2c_stop(i));
}

static void i2c_setup(I2CObj *i, Value *a) {
    if (!a[0] || !a[1]) exc_raise_msg(&exc_TypeError, "SoftI2C() needs the scl and sda pins");
    int scl = machine_pin_id(a[0]), sda = machine_pin_id(a[1]);
    if (scl == sda) exc_raise_msg(&exc_ValueError, "scl and sda must be different pins");
    Int freq = a[2] ? obj_get_int(a[2]) : 400000;
    if (freq <= 0 || freq > 1000000) exc_raise_msg(&exc_ValueError, "I2C freq out of range: %D", freq);
    Int timeout = a[3] ? obj_get_int(a[3]) : 50000;
    if (timeout < 0) exc_raise_msg(&exc_ValueError, "timeout must be non-negative");
    i->scl = (uint32_t)scl;
    i->sda = (uint32_t)sda;
    i->freq = (uint32_t)freq;
    i->delay_us = 500000u / (uint32_t)freq;
    i->timeout_us = (uint32_t)timeout;
    port_pin_write(scl, 1);
    port_pin_write(sda, 1);
    machine_set_mode(scl, PM_OPEN_DRAIN, PM_PULL_UP);
    machine_set_mode(sda, PM_OPEN_DRAIN, PM_PULL_UP);
}

static const uint16_t i2c_names[] = {N_scl, N_sda, N_freq, N_timeout};

static Value i2c_make_new(const Type *t, Value *args, int nargs, Value kw) {
    (void)t;
    Value a[4];
    arg_parse("SoftI2C", args, nargs, kw, 2, i2c_names, 4, a);
    I2CObj *i = gc_alloc(sizeof(I2CObj), GC_LEAF);
    i->base.type = &softi2c_type;
    i2c_setup(i, a);
    return V_FROMPTR(i);
}

#define I2C_SELF const I2CObj *i = V_PTR(a[0])

static Value i2c_m_init(Value *a, int n, Value kw) {
    Value o[4];
    arg_parse("init", a + 1, n - 1, kw, 2, i2c_names, 4, o);
    i2c_setup(V_PTR(a[0]), o);
    return V_NONE;
}

static Value i2c_m_scan(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    I2C_SELF;
    Value found = list_new(0);
    for (uint32_t addr = 0x08; addr < 0x78; addr++) {
        i2c_check(i, -i2c_start(i));
        int r = i2c_write_byte(i, addr << 1);
        i2c_check(i, r);
        i2c_check(i, -i2c_stop(i));
        if (r) list_append(found, V_MKINT(addr));
    }
    return found;
}

/* start() and stop(): None, or OSError(ETIMEDOUT) when a slave held SCL low too long. */
static Value i2c_none_or_raise(int err) {
    if (err) exc_raise_oserror(err);
    return V_NONE;
}

static Value i2c_m_start(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    I2C_SELF;
    return i2c_none_or_raise(i2c_start(i));
}

static Value i2c_m_stop(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    I2C_SELF;
    return i2c_none_or_raise(i2c_stop(i));
}

static Value i2c_m_readinto(Value *a, int n, Value kw) {
    (void)kw;
    I2C_SELF;
    size_t len;
    uint8_t *buf = bytes_writable_arg(a[1], &len);
    bool nack = n > 2 ? obj_truthy(a[2]) : true;
    for (size_t k = 0; k < len; k++) {
        int r = i2c_read_byte(i, &buf[k], nack && k + 1 == len);
        if (r) exc_raise_oserror(-r);
    }
    return V_NONE;
}

static Value i2c_m_write(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    I2C_SELF;
    size_t len;
    const uint8_t *buf = bytes_arg(a[1], &len);
    Int acks = 0;
    for (size_t k = 0; k < len; k++) {
        int r = i2c_write_byte(i, buf[k]);
        if (r < 0) exc_raise_oserror(-r);
        if (r == 0) break;
        acks++;
    }
    return V_MKINT(acks);
}

static bool stop_arg(Value v) { return v ? obj_truthy(v) : true; }

/* The arguments after self of the methods that take keywords (up to 3 positional), the first
 * `need` of them required. */
static void i2c_args(const char *fname, const uint16_t *names, int nnames, int need, Value *a, int n, Value kw,
                     Value *o) {
    arg_parse(fname, a + 1, n - 1, kw, 3, names, nnames, o);
    for (int k = 0; k < need; k++)
        if (!o[k]) exc_raise_msg(&exc_TypeError, "%s() missing required arguments", fname);
}

static const uint16_t i2c_buf_names[] = {N_addr, N_buf, N_stop};
static const uint16_t i2c_mem_buf_names[] = {N_addr, N_memaddr, N_buf, N_addrsize};

static Value i2c_m_readfrom(Value *a, int n, Value kw) {
    static const uint16_t names[] = {N_addr, N_nbytes, N_stop};
    Value o[3];
    i2c_args("readfrom", names, 3, 2, a, n, kw, o);
    I2C_SELF;
    uint32_t addr = i2c_addr(o[0]);
    Int nb = obj_get_int(o[1]);
    if (nb < 0) exc_raise_msg(&exc_ValueError, "negative byte count");
    Value b = bytes_alloc((size_t)nb);
    i2c_read_from(i, addr, (uint8_t *)((Bytes *)V_PTR(b))->data, (size_t)nb, stop_arg(o[2]));
    return b;
}

static Value i2c_m_readfrom_into(Value *a, int n, Value kw) {
    Value o[3];
    i2c_args("readfrom_into", i2c_buf_names, 3, 2, a, n, kw, o);
    I2C_SELF;
    size_t len;
    uint8_t *buf = bytes_writable_arg(o[1], &len);
    i2c_read_from(i, i2c_addr(o[0]), buf, len, stop_arg(o[2]));
    return V_NONE;
}

static Value i2c_m_writeto(Value *a, int n, Value kw) {
    Value o[3];
    i2c_args("writeto", i2c_buf_names, 3, 2, a, n, kw, o);
    I2C_SELF;
    size_t len;
    const uint8_t *buf = bytes_arg(o[1], &len);
    return V_MKINT(i2c_write_to(i, i2c_addr(o[0]), buf, len, NULL, 0, stop_arg(o[2])));
}

static Value i2c_m_writevto(Value *a, int n, Value kw) {
    static const uint16_t names[] = {N_addr, N_vector, N_stop};
    Value o[3];
    i2c_args("writevto", names, 3, 2, a, n, kw, o);
    I2C_SELF;
    uint32_t addr = i2c_addr(o[0]);
    Value parts = tuple_from_iter(o[1]);
    i2c_check(i, -i2c_start(i));
    int r = i2c_write_byte(i, addr << 1);
    i2c_check(i, r);
    if (r == 0) i2c_fail(i, ENODEV);
    Int acks = 0;
    for (size_t p = 0; p < tuple_len(parts) && r; p++) {
        size_t len;
        const uint8_t *buf = bytes_arg(tuple_items(parts)[p], &len);
        for (size_t k = 0; k < len; k++) {
            r = i2c_write_byte(i, buf[k]);
            i2c_check(i, r);
            if (r == 0) break;
            acks++;
        }
    }
    if (stop_arg(o[2])) i2c_check(i, -i2c_stop(i));
    return V_MKINT(acks);
}

/* The memory address of the *_mem methods, most significant byte first. */
static size_t mem_addr(Value memaddr, Value addrsize, uint8_t out[4]) {
    Int bits = addrsize ? obj_get_int(addrsize) : 8;
    if (bits != 8 && bits != 16 && bits != 24 && bits != 32) exc_raise_msg(&exc_ValueError, "addrsize must be 8, 16, 24 or 32");
    UInt m = (UInt)obj_get_int(memaddr);
    size_t nb = (size_t)bits / 8;
    for (size_t k = 0; k < nb; k++) out[k] = (uint8_t)(m >> (8 * (nb - 1 - k)));
    return nb;
}

static void i2c_read_mem(const I2CObj *i, Value *o, uint8_t *buf, size_t n) {
    uint8_t ma[4];
    size_t nm = mem_addr(o[1], o[3], ma);
    uint32_t addr = i2c_addr(o[0]);
    if (i2c_write_to(i, addr, ma, nm, NULL, 0, false) != (Int)nm) i2c_fail(i, ENODEV);
    i2c_read_from(i, addr, buf, n, true);
}

static Value i2c_m_readfrom_mem(Value *a, int n, Value kw) {
    static const uint16_t names[] = {N_addr, N_memaddr, N_nbytes, N_addrsize};
    Value o[4];
    i2c_args("readfrom_mem", names, 4, 3, a, n, kw, o);
    Int nb = obj_get_int(o[2]);
    if (nb < 0) exc_raise_msg(&exc_ValueError, "negative byte count");
    Value b = bytes_alloc((size_t)nb);
    i2c_read_mem(V_PTR(a[0]), o, (uint8_t *)((Bytes *)V_PTR(b))->data, (size_t)nb);
    return b;
}

static Value i2c_m_readfrom_mem_into(Value *a, int n, Value kw) {
    Value o[4];
    i2c_args("readfrom_mem_into", i2c_mem_buf_names, 4, 3, a, n, kw, o);
    size_t len;
    uint8_t *buf = bytes_writable_arg(o[2], &len);
    i2c_read_mem(V_PTR(a[0]), o, buf, len);
    return V_NONE;
}

static Value i2c_m_writeto_mem(Value *a, int n, Value kw) {
    Value o[4];
    i2c_args("writeto_mem", i2c_mem_buf_names, 4, 3, a, n, kw, o);
    I2C_SELF;
    uint8_t ma[4];
    size_t nm = mem_addr(o[1], o[3], ma);
    size_t len;
    const uint8_t *buf = bytes_arg(o[2], &len);
    i2c_write_to(i, i2c_addr(o[0]), ma, nm, buf, len, true);
    return V_NONE;
}

static void i2c_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    const I2CObj *i = V_PTR(self);
    print_fmt(p, "SoftI2C(scl=%u, sda=%u, freq=%u)", (unsigned)i->scl, (unsigned)i->sda, (unsigned)i->freq);
}

static NATIVE_METHOD_KW(i2c_init_fn, init, 0, 2, i2c_m_init);
static NATIVE_METHOD(i2c_scan_fn, scan, 0, 0, i2c_m_scan);
static NATIVE_METHOD(i2c_start_fn, start, 0, 0, i2c_m_start);
static NATIVE_METHOD(i2c_stop_fn, stop, 0, 0, i2c_m_stop);
static NATIVE_METHOD(i2c_readinto_fn, readinto, 1, 2, i2c_m_readinto);
static NATIVE_METHOD(i2c_write_fn, write, 1, 1, i2c_m_write);
static NATIVE_METHOD_KW(i2c_readfrom_fn, readfrom, 0, 3, i2c_m_readfrom);
static NATIVE_METHOD_KW(i2c_readfrom_into_fn, readfrom_into, 0, 3, i2c_m_readfrom_into);
static NATIVE_METHOD_KW(i2c_writeto_fn, writeto, 0, 3, i2c_m_writeto);
static NATIVE_METHOD_KW(i2c_writevto_fn, writevto, 0, 3, i2c_m_writevto);
static NATIVE_METHOD_KW(i2c_readfrom_mem_fn, readfrom_mem, 0, 3, i2c_m_readfrom_mem);
static NATIVE_METHOD_KW(i2c_readfrom_mem_into_fn, readfrom_mem_into, 0, 3, i2c_m_readfrom_mem_into);
static NATIVE_METHOD_KW(i2c_writeto_mem_fn, writeto_mem, 0, 3, i2c_m_writeto_mem);

static const MapEntry i2c_table[] = {
    METHOD_ENTRY(init, i2c_init_fn),
    METHOD_ENTRY(readfrom, i2c_readfrom_fn),
    METHOD_ENTRY(readfrom_into, i2c_readfrom_into_fn),
    METHOD_ENTRY(readfrom_mem, i2c_readfrom_mem_fn),
    METHOD_ENTRY(readfrom_mem_into, i2c_readfrom_mem_into_fn),
    METHOD_ENTRY(readinto, i2c_readinto_fn),
    METHOD_ENTRY(scan, i2c_scan_fn),
    METHOD_ENTRY(start, i2c_start_fn),
    METHOD_ENTRY(stop, i2c_stop_fn),
    METHOD_ENTRY(write, i2c_write_fn),
    METHOD_ENTRY(writeto, i2c_writeto_fn),
    METHOD_ENTRY(writeto_mem, i2c_writeto_mem_fn),
    METHOD_ENTRY(writevto, i2c_writevto_fn),
};
static const Dict i2c_locals = DICT_CONST_INIT(i2c_table);

const Type softi2c_type = {
    .type = &type_type, .name = V_MKNAME(N_SoftI2C), .base = &object_type,
    .dict = V_FROMPTR(&i2c_locals), .print = i2c_print, .make_new = i2c_make_new,
};


/* The native module the firmware finds this class in (modmachine.h MACHINE_PARTS). */
static const MapEntry machine_i2c_table[] = {
    {V_MKNAME(N_I2C), V_FROMPTR(&softi2c_type)},
    {V_MKNAME(N_SoftI2C), V_FROMPTR(&softi2c_type)},
    {V_MKNAME(N___name__), V_MKNAME(N__machine_i2c)},
};
MODULE_CONST(mod__machine_i2c, machine_i2c_table);

#endif /* ES_MACHINE */
