/* machine.RTC: the clock and the memory that keep across deep sleep (core/modmachine.h): a
 * class of the machine module, a native module (_machine_rtc) on the ESP-01 firmware. */
#include "config.h"
#if ES_MACHINE
#include "runtime.h"
#include "exc.h"
#include "names.h"
#include "objint.h"
#include "objstr.h"
#include "objbytes.h"
#include "objtuple.h"
#include "objdict.h"
#include "objfun.h"
#include "objmodule.h"
#include "vm.h"
#include "modmachine.h"

static const Object rtc0 = {&rtc_type};

static Value rtc_make_new(const Type *t, Value *args, int nargs, Value kw) {
    (void)t;
    arg_check_no_kw("RTC", kw);
    if (nargs > 1) exc_raise_msg(&exc_TypeError, "RTC() takes at most 1 argument (%d given)", nargs);
    if (nargs == 1 && obj_get_int(args[0]) != 0) exc_raise_msg(&exc_ValueError, "RTC(%D) doesn't exist", obj_get_int(args[0]));
    return V_FROMPTR(&rtc0);
}

static Value time_fn(uint16_t name) {
    return obj_getattr(builtin_module_find(V_MKNAME(N_time)), V_MKNAME(name));
}

/* RTC.datetime([(year, month, day, weekday, hours, minutes, seconds, subseconds)]): weekday 0 is
 * Monday, subseconds are milliseconds (set: the weekday is ignored). */
static Value rtc_m_datetime(Value *a, int n, Value kw) {
    (void)kw;
    if (n == 1) {
        double t = port_rtc_time();
        double whole = (double)(int64_t)t;
        if (whole > t) whole -= 1;
        Value tm = obj_call1(time_fn(N_gmtime), int_from_double(whole));
        Value *f = tuple_items(tm);
        Int ms = (Int)((t - whole) * 1000);
        if (ms > 999) ms = 999;
        Value out[8] = {f[0], f[1], f[2], f[6], f[3], f[4], f[5], V_MKINT(ms)};
        return tuple_from_array(out, 8);
    }
    Value tup = tuple_from_iter(a[1]);
    size_t len = tuple_len(tup);
    if (len < 7 || len > 8) exc_raise_msg(&exc_ValueError, "datetime needs a tuple of 7 or 8 ints");
    Value *f = tuple_items(tup);
    for (size_t k = 0; k < len; k++) obj_get_int(f[k]);
    Value tm[9] = {f[0], f[1], f[2], f[4], f[5], f[6], V_MKINT(0), V_MKINT(0), V_MKINT(0)};
    double t = obj_get_float(obj_call1(time_fn(N_mktime), tuple_from_array(tm, 9)));
    if (len == 8) t += (double)obj_get_int(f[7]) / 1000.0;
    port_rtc_set_time(t);
    return V_NONE;
}

static Value rtc_m_memory(Value *a, int n, Value kw) {
    (void)kw;
    if (n == 1) {
        uint8_t buf[PM_RTC_MEMORY_MAX];
        size_t len = port_rtc_memory_read(buf, sizeof buf);
        return bytes_new(buf, len);
    }
    size_t len;
    const uint8_t *d = str_is(a[1]) ? (const uint8_t *)str_data(a[1], &len) : bytes_arg(a[1], &len);
    if (len > PM_RTC_MEMORY_MAX) exc_raise_msg(&exc_ValueError, "RTC memory holds at most %d bytes", PM_RTC_MEMORY_MAX);
    port_rtc_memory_write(d, len);
    return V_NONE;
}

static NATIVE_METHOD(rtc_datetime_fn, datetime, 0, 1, rtc_m_datetime);
static NATIVE_METHOD(rtc_memory_fn, memory, 0, 1, rtc_m_memory);
static const MapEntry rtc_table[] = {
    METHOD_ENTRY(datetime, rtc_datetime_fn),
    METHOD_ENTRY(memory, rtc_memory_fn),
};
static const Dict rtc_locals = DICT_CONST_INIT(rtc_table);

const Type rtc_type = {
    .type = &type_type, .name = V_MKNAME(N_RTC), .base = &object_type,
    .dict = V_FROMPTR(&rtc_locals), .make_new = rtc_make_new,
};


/* The native module the firmware finds this class in (modmachine.h MACHINE_PARTS). */
static const MapEntry machine_rtc_table[] = {
    {V_MKNAME(N_RTC), V_FROMPTR(&rtc_type)},
    {V_MKNAME(N___name__), V_MKNAME(N__machine_rtc)},
};
MODULE_CONST(mod__machine_rtc, machine_rtc_table);

#endif /* ES_MACHINE */
