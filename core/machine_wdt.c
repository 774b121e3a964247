/* machine.WDT: the watchdog (core/modmachine.h): a class of the machine module, a native
 * module (_machine_wdt) on the ESP-01 firmware. */
#include "config.h"
#if ES_MACHINE
#include "runtime.h"
#include "exc.h"
#include "names.h"
#include "objdict.h"
#include "objfun.h"
#include "objmodule.h"
#include "vm.h"
#include "modmachine.h"

static const Object wdt0 = {&wdt_type};

static Value wdt_make_new(const Type *t, Value *args, int nargs, Value kw) {
    (void)t;
    static const uint16_t names[] = {N_id, N_timeout};
    Value a[2];
    arg_parse("WDT", args, nargs, kw, 2, names, 2, a);
    Int id = a[0] ? obj_get_int(a[0]) : 0;
    if (id != 0) exc_raise_msg(&exc_ValueError, "WDT(%D) doesn't exist", id);
    Int ms = a[1] ? obj_get_int(a[1]) : 5000;
    if (ms < 1 || ms > 3600000) exc_raise_msg(&exc_ValueError, "WDT timeout out of range: %D", ms);
    port_wdt_start((uint32_t)ms);
    return V_FROMPTR(&wdt0);
}

static Value wdt_m_feed(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; port_wdt_feed(); return V_NONE; }

static NATIVE_METHOD(wdt_feed_fn, feed, 0, 0, wdt_m_feed);
static const MapEntry wdt_table[] = {
    METHOD_ENTRY(feed, wdt_feed_fn),
};
static const Dict wdt_locals = DICT_CONST_INIT(wdt_table);

const Type wdt_type = {
    .type = &type_type, .name = V_MKNAME(N_WDT), .base = &object_type,
    .dict = V_FROMPTR(&wdt_locals), .make_new = wdt_make_new,
};


/* The native module the firmware finds this class in (modmachine.h MACHINE_PARTS). */
static const MapEntry machine_wdt_table[] = {
    {V_MKNAME(N_WDT), V_FROMPTR(&wdt_type)},
    {V_MKNAME(N___name__), V_MKNAME(N__machine_wdt)},
};
MODULE_CONST(mod__machine_wdt, machine_wdt_table);

#endif /* ES_MACHINE */
