/* machine.SoftSPI: bit-banged SPI (core/modmachine.h): a class of the machine module, a
 * native module (_machine_spi) on the ESP-01 firmware. */
#include "config.h"
#if ES_MACHINE
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objbytes.h"
#include "objdict.h"
#include "objfun.h"
#include "objmodule.h"
#include "vm.h"
#include "modmachine.h"

typedef struct {
    Object base;
    uint32_t baudrate, delay_us;
    uint8_t sck, mosi, miso, polarity, phase, firstbit;
} SpiObj;

enum { SPI_MSB = 0, SPI_LSB = 1 };

static const uint16_t spi_names[] = {N_baudrate, N_polarity, N_phase, N_bits, N_firstbit, N_sck, N_mosi, N_miso};

/* SoftSPI(baudrate=500000, *, polarity=0, phase=0, bits=8, firstbit=MSB, sck, mosi, miso);
 * init() changes only what it is given (a new object starts from zeros). */
static void spi_setup(SpiObj *s, Value *a) {
    bool fresh = !s->baudrate;
    if (fresh && (!a[5] || !a[6] || !a[7])) exc_raise_msg(&exc_ValueError, "must specify all of sck/mosi/miso");
    if (a[0] || fresh) {
        Int baud = a[0] ? obj_get_int(a[0]) : 500000;
        if (baud <= 0) exc_raise_msg(&exc_ValueError, "SPI baudrate must be positive");
        s->baudrate = (uint32_t)baud;
        s->delay_us = 500000u / (uint32_t)baud;
    }
    static const char *const what[3] = {"SPI polarity", "SPI phase", "SPI firstbit"};
    uint8_t *field[3] = {&s->polarity, &s->phase, &s->firstbit};
    for (int k = 0; k < 3; k++) {
        Value v = a[k == 2 ? 4 : k + 1];
        if (!v) continue;
        Int x = obj_get_int(v);
        if (x < 0 || x > 1) exc_raise_msg(&exc_ValueError, "invalid %s: %D", what[k], x);
        *field[k] = (uint8_t)x;
    }
    if (a[3] && obj_get_int(a[3]) != 8) exc_raise_msg(&exc_ValueError, "SPI bits must be 8");
    if (a[5]) s->sck = (uint8_t)machine_pin_id(a[5]);
    if (a[6]) s->mosi = (uint8_t)machine_pin_id(a[6]);
    if (a[7]) s->miso = (uint8_t)machine_pin_id(a[7]);
    port_pin_write(s->sck, s->polarity);
    machine_set_mode(s->sck, PM_OUT, -1);
    machine_set_mode(s->mosi, PM_OUT, -1);
    machine_set_mode(s->miso, PM_IN, -1);
}

static Value spi_make_new(const Type *t, Value *args, int nargs, Value kw) {
    (void)t;
    Value a[8];
    arg_parse("SoftSPI", args, nargs, kw, 1, spi_names, 8, a);
    SpiObj *s = gc_alloc(sizeof(SpiObj), GC_LEAF);
    s->base.type = &softspi_type;
    spi_setup(s, a);
    return V_FROMPTR(s);
}

/* One byte out and in, in the mode's clock phase: CPHA 0 samples on the leading edge, CPHA 1 on
 * the trailing edge. */
static uint8_t spi_byte(const SpiObj *s, uint8_t out) {
    uint32_t in = 0;
    int idle = s->polarity, active = !idle;
    for (int k = 0; k < 8; k++) {
        int shift = s->firstbit == SPI_MSB ? 7 - k : k;
        if (s->phase) port_pin_write(s->sck, active);
        port_pin_write(s->mosi, (out >> shift) & 1);
        port_delay_us(s->delay_us);
        port_pin_write(s->sck, s->phase ? idle : active);
        in |= (uint32_t)port_pin_read(s->miso) << shift;
        port_delay_us(s->delay_us);
        if (!s->phase) port_pin_write(s->sck, idle);
    }
    return (uint8_t)in;
}

static void spi_transfer(const SpiObj *s, const uint8_t *src, uint8_t fill, uint8_t *dst, size_t n) {
    for (size_t k = 0; k < n; k++) {
        uint8_t in = spi_byte(s, src ? src[k] : fill);
        if (dst) dst[k] = in;
    }
}

static uint8_t fill_arg(Value v) { return v ? (uint8_t)obj_get_int(v) : 0; }

static Value spi_m_init(Value *a, int n, Value kw) {
    Value o[8];
    arg_parse("init", a + 1, n - 1, kw, 1, spi_names, 8, o);
    spi_setup(V_PTR(a[0]), o);
    return V_NONE;
}

static Value spi_m_deinit(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; return V_NONE; }

static Value spi_m_read(Value *a, int n, Value kw) {
    (void)kw;
    Int nb = obj_get_int(a[1]);
    if (nb < 0) exc_raise_msg(&exc_ValueError, "negative byte count");
    Value b = bytes_alloc((size_t)nb);
    spi_transfer(V_PTR(a[0]), NULL, fill_arg(n > 2 ? a[2] : V_NULL), (uint8_t *)((Bytes *)V_PTR(b))->data, (size_t)nb);
    return b;
}

static Value spi_m_readinto(Value *a, int n, Value kw) {
    (void)kw;
    size_t len;
    uint8_t *buf = bytes_writable_arg(a[1], &len);
    spi_transfer(V_PTR(a[0]), NULL, fill_arg(n > 2 ? a[2] : V_NULL), buf, len);
    return V_NONE;
}

static Value spi_m_write(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    size_t len;
    const uint8_t *buf = bytes_arg(a[1], &len);
    spi_transfer(V_PTR(a[0]), buf, 0, NULL, len);
    return V_NONE;
}

static Value spi_m_write_readinto(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    size_t wl, rl;
    const uint8_t *w = bytes_arg(a[1], &wl);
    uint8_t *r = bytes_writable_arg(a[2], &rl);
    if (wl != rl) exc_raise_msg(&exc_ValueError, "buffers must be the same length");
    spi_transfer(V_PTR(a[0]), w, 0, r, wl);
    return V_NONE;
}

static void spi_print(Value self, Print *p, PrintKind kind) {
    (void)kind;
    const SpiObj *s = V_PTR(self);
    print_fmt(p, "SoftSPI(baudrate=%u, polarity=%d, phase=%d, sck=%d, mosi=%d, miso=%d)", (unsigned)s->baudrate,
              s->polarity, s->phase, s->sck, s->mosi, s->miso);
}

static NATIVE_METHOD_KW(spi_init_fn, init, 0, 1, spi_m_init);
static NATIVE_METHOD(spi_deinit_fn, deinit, 0, 0, spi_m_deinit);
static NATIVE_METHOD(spi_read_fn, read, 1, 2, spi_m_read);
static NATIVE_METHOD(spi_readinto_fn, readinto, 1, 2, spi_m_readinto);
static NATIVE_METHOD(spi_write_fn, write, 1, 1, spi_m_write);
static NATIVE_METHOD(spi_write_readinto_fn, write_readinto, 2, 2, spi_m_write_readinto);

static const MapEntry spi_table[] = {
    {V_MKNAME(N_LSB), V_MKINT(SPI_LSB)},
    {V_MKNAME(N_MSB), V_MKINT(SPI_MSB)},
    METHOD_ENTRY(deinit, spi_deinit_fn),
    METHOD_ENTRY(init, spi_init_fn),
    METHOD_ENTRY(read, spi_read_fn),
    METHOD_ENTRY(readinto, spi_readinto_fn),
    METHOD_ENTRY(write, spi_write_fn),
    METHOD_ENTRY(write_readinto, spi_write_readinto_fn),
};
static const Dict spi_locals = DICT_CONST_INIT(spi_table);

const Type softspi_type = {
    .type = &type_type, .name = V_MKNAME(N_SoftSPI), .base = &object_type,
    .dict = V_FROMPTR(&spi_locals), .print = spi_print, .make_new = spi_make_new,
};


/* The native module the firmware finds this class in (modmachine.h MACHINE_PARTS). */
static const MapEntry machine_spi_table[] = {
    {V_MKNAME(N_SoftSPI), V_FROMPTR(&softspi_type)},
    {V_MKNAME(N___name__), V_MKNAME(N__machine_spi)},
};
MODULE_CONST(mod__machine_spi, machine_spi_table);

#endif /* ES_MACHINE */
