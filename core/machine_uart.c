/* machine.UART(0) (core/modmachine.h): a class of the machine module, a native module
 * (_machine_uart) on the ESP-01 firmware. */
#include "config.h"
#if ES_MACHINE
#include "runtime.h"
#include "exc.h"
#include "names.h"
#include "objstr.h"
#include "objbytes.h"
#include "objdict.h"
#include "objfun.h"
#include "objmodule.h"
#include "vm.h"
#include "modmachine.h"

static const Object uart0 = {&uart_type};
/* The read timeout lives in machine's state: a native module has no RAM of its own. */
static uint32_t uart_timeout_ms(void) {
    const MachineState *s = vm.machine_state;
    return s ? s->uart_timeout_ms : 0;
}

static const uint16_t uart_names[] = {N_baudrate, N_bits, N_parity, N_stop, N_timeout};

static void uart_setup(Value *a) {
    if (a[0]) {
        Int b = obj_get_int(a[0]);
        if (b <= 0 || !port_uart_set_baudrate((uint32_t)b)) exc_raise_msg(&exc_ValueError, "invalid baudrate: %D", b);
    }
    if ((a[1] && obj_get_int(a[1]) != 8) || (a[2] && a[2] != V_NONE) || (a[3] && obj_get_int(a[3]) != 1))
        exc_raise_msg(&exc_ValueError, "UART(0) supports only 8N1");
    if (a[4]) {
        Int t = obj_get_int(a[4]);
        if (t < 0) exc_raise_msg(&exc_ValueError, "timeout must be non-negative");
        machine_state()->uart_timeout_ms = (uint32_t)t;
    }
}

static Value uart_make_new(const Type *t, Value *args, int nargs, Value kw) {
    (void)t;
    if (nargs < 1) exc_raise_msg(&exc_TypeError, "UART() missing required argument 'id' (pos 1)");
    Int id = obj_get_int(args[0]);
    if (id != 0) exc_raise_msg(&exc_ValueError, "UART(%D) doesn't exist", id);
    Value a[5];
    arg_parse("UART", args + 1, nargs - 1, kw, 5, uart_names, 5, a);
    uart_setup(a);
    return V_FROMPTR(&uart0);
}

static Value uart_m_init(Value *a, int n, Value kw) {
    Value o[5];
    arg_parse("init", a + 1, n - 1, kw, 5, uart_names, 5, o);
    uart_setup(o);
    return V_NONE;
}

static Value uart_m_deinit(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; return V_NONE; }

/* Waits up to the timeout for a first byte; true if one is there. */
static bool uart_wait(void) {
    if (port_uart_any()) return true;
    uint64_t start = port_machine_ticks_us();
    while (port_machine_ticks_us() - start < (uint64_t)uart_timeout_ms() * 1000u) {
        if (vm.pending) vm_handle_pending();
        if (port_uart_any()) return true;
        port_idle();
    }
    return false;
}

static Value uart_m_any(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; return V_MKINT((Int)port_uart_any()); }

static Value uart_m_read(Value *a, int n, Value kw) {
    (void)kw;
    Int want = n > 1 && a[1] != V_NONE ? obj_get_int(a[1]) : -1;
    if (!uart_wait()) return V_NONE;
    size_t avail = port_uart_any();
    size_t len = want < 0 || (size_t)want > avail ? avail : (size_t)want;
    Value b = bytes_alloc(len);
    port_uart_read((uint8_t *)((Bytes *)V_PTR(b))->data, len);
    return b;
}

static Value uart_m_write(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    size_t len;
    const uint8_t *buf = str_is(a[1]) ? (const uint8_t *)str_data(a[1], &len) : bytes_arg(a[1], &len);
    port_uart_write(buf, len);
    return V_MKINT((Int)len);
}

static void uart_print(Value self, Print *p, PrintKind kind) {
    (void)self; (void)kind;
    print_fmt(p, "UART(0, baudrate=%u, bits=8, parity=None, stop=1, timeout=%u)", (unsigned)port_uart_baudrate(),
              (unsigned)uart_timeout_ms());
}

static NATIVE_METHOD_KW(uart_init_fn, init, 0, 5, uart_m_init);
static NATIVE_METHOD(uart_deinit_fn, deinit, 0, 0, uart_m_deinit);
static NATIVE_METHOD(uart_any_fn, any, 0, 0, uart_m_any);
static NATIVE_METHOD(uart_read_fn, read, 0, 1, uart_m_read);
static NATIVE_METHOD(uart_write_fn, write, 1, 1, uart_m_write);

static const MapEntry uart_table[] = {
    METHOD_ENTRY(any, uart_any_fn),
    METHOD_ENTRY(deinit, uart_deinit_fn),
    METHOD_ENTRY(init, uart_init_fn),
    METHOD_ENTRY(read, uart_read_fn),
    METHOD_ENTRY(write, uart_write_fn),
};
static const Dict uart_locals = DICT_CONST_INIT(uart_table);

const Type uart_type = {
    .type = &type_type, .name = V_MKNAME(N_UART), .base = &object_type,
    .dict = V_FROMPTR(&uart_locals), .print = uart_print, .make_new = uart_make_new,
};


/* The native module the firmware finds this class in (modmachine.h MACHINE_PARTS). */
static const MapEntry machine_uart_table[] = {
    {V_MKNAME(N_UART), V_FROMPTR(&uart_type)},
    {V_MKNAME(N___name__), V_MKNAME(N__machine_uart)},
};
MODULE_CONST(mod__machine_uart, machine_uart_table);

#endif /* ES_MACHINE */
