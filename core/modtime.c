/* The time module (MicroPython's utime): CPython's time(), sleep(), gmtime(), localtime(),
 * mktime(), monotonic() and perf_counter(), plus MicroPython's ticks and sleep_ms/sleep_us.
 *
 * The device keeps no time zone: localtime() is gmtime() and mktime() its inverse (UTC).
 * gmtime/localtime return time.struct_time (a 9-item named tuple, as CPython).
 *
 * Ticks (ticks_ms, ticks_us, ticks_cpu) count modulo TICKS_PERIOD = 2**30, as MicroPython
 * does, so that they stay small ints on the 32-bit device.  ticks_add and ticks_diff do the
 * modular arithmetic: ticks_diff(a, b) is the signed distance in [-2**29, 2**29), so
 * intervals up to 2**29 ms (6.2 days) or 2**29 us (8.9 minutes) compare correctly across a
 * wrap-around. */
#include <string.h>
#include <math.h>
#include "modos.h"
#include "runtime.h"
#include "exc.h"
#include "names.h"
#include "objint.h"
#include "objfloat.h"
#include "objtuple.h"
#include "objdict.h"
#include "objfun.h"
#include "objmodule.h"
#include "vm.h"
#include "port.h"

#define TICKS_PERIOD (1L << 30)
#define TICKS_MASK (TICKS_PERIOD - 1)
#define TICKS_HALF (TICKS_PERIOD / 2)

static const uint16_t struct_time_fields[] = {
    N_tm_year, N_tm_mon, N_tm_mday, N_tm_hour, N_tm_min, N_tm_sec, N_tm_wday, N_tm_yday, N_tm_isdst,
};
static STRUCTSEQ_TYPE(struct_time_type, struct_time, time, struct_time_fields);

/* ---------------- sleeping ---------------- */

/* Sleeps in slices of at most 10 ms so that Ctrl-C (vm.pending) and micropython.schedule
 * callbacks are served while waiting. */
static void sleep_us(uint64_t us) {
    uint64_t end = port_ticks_us() + us;
    for (;;) {
        if (vm.pending) vm_handle_pending();
        uint64_t now = port_ticks_us();
        if (now >= end) break;
        uint64_t left = end - now;
        port_sleep_us(left > 10000 ? 10000 : left);
    }
}

/* A number of seconds (int or float) as CPython's time functions take it. */
static double seconds_arg(Value v) {
    double d;
    if (!obj_get_float_maybe(v, &d))
        exc_raise_msg(&exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
    if (isnan(d)) exc_raise_msg(&exc_ValueError, "Invalid value NaN (not a number)");
    return d;
}

static Value t_sleep(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    double s = seconds_arg(a[0]);
    if (s < 0) exc_raise_msg(&exc_ValueError, "sleep length must be non-negative");
    if (s > 1e12) s = 1e12;
    sleep_us((uint64_t)(s * 1e6 + 0.5));
    return V_NONE;
}

/* MicroPython: a negative delay does not sleep. */
static Value t_sleep_ms(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Int ms = obj_get_int(a[0]);
    if (ms > 0) sleep_us((uint64_t)ms * 1000u);
    else if (vm.pending) vm_handle_pending();
    return V_NONE;
}

static Value t_sleep_us(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Int us = obj_get_int(a[0]);
    if (us > 0) sleep_us((uint64_t)us);
    else if (vm.pending) vm_handle_pending();
    return V_NONE;
}

/* ---------------- clocks ---------------- */

static Value t_time(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; return float_new(port_time()); }

static Value t_time_ns(Value *a, int n, Value kw) {
    (void)a; (void)n; (void)kw;
    return int_from_ll((long long)(port_time() * 1e9));
}

static Value t_monotonic(Value *a, int n, Value kw) {
    (void)a; (void)n; (void)kw;
    return float_new((double)port_ticks_us() / 1e6);
}

static Value t_ticks_ms(Value *a, int n, Value kw) {
    (void)a; (void)n; (void)kw;
    return V_MKINT((Int)((port_ticks_us() / 1000u) & TICKS_MASK));
}

static Value t_ticks_us(Value *a, int n, Value kw) {
    (void)a; (void)n; (void)kw;
    return V_MKINT((Int)(port_ticks_us() & TICKS_MASK));
}

static Value t_ticks_cpu(Value *a, int n, Value kw) {
    (void)a; (void)n; (void)kw;
    return V_MKINT((Int)(port_ticks_cpu() & TICKS_MASK));
}

static Value t_ticks_add(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    /* modular: any delta is accepted (as MicroPython before 1.22), so ticks_add(t, 2**29) is
     * the point where ticks_diff turns negative */
    Int t = obj_get_int(a[0]), d = obj_get_int(a[1]);
    return V_MKINT((Int)(((UInt)t + (UInt)d) & TICKS_MASK));
}

static Value t_ticks_diff(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Int end = obj_get_int(a[0]), start = obj_get_int(a[1]);
    return V_MKINT((Int)(((UInt)end - (UInt)start + TICKS_HALF) & TICKS_MASK) - TICKS_HALF);
}

/* ---------------- the calendar (proleptic Gregorian, UTC) ---------------- */

/* Days since 1970-01-01 of a date (Howard Hinnant's days_from_civil); month 1..12, any day. */
static int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static Value make_struct_time(int64_t t) {
    /* Remainders as a - q * b: a 64-bit % would link libgcc's __moddi3 (865 bytes), while the
     * division and the product are the ROM's. */
    int64_t days = t / 86400;
    int32_t secs = (int32_t)(t - days * 86400);
    if (secs < 0) { secs += 86400; days--; }
    /* civil_from_days */
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t d = doy - (153 * mp + 2) / 5 + 1;
    int64_t m = mp < 10 ? mp + 3 : mp - 9;
    int64_t y = yoe + era * 400 + (m <= 2);
    int32_t wday = (int32_t)(days - days / 7 * 7 + 10) % 7;   /* 1970-01-01 was a Thursday (3) */
    int64_t yday = days - days_from_civil(y, 1, 1) + 1;
    Value items[9] = {
        int_from_ll(y), V_MKINT(m), V_MKINT(d), V_MKINT(secs / 3600), V_MKINT(secs / 60 % 60),
        V_MKINT(secs % 60), V_MKINT(wday), V_MKINT(yday), V_MKINT(0),
    };
    return structseq_new(&struct_time_type, items);
}

static Value t_gmtime(Value *a, int n, Value kw) {
    (void)kw;
    double s = n > 0 && a[0] != V_NONE ? seconds_arg(a[0]) : port_time();
    /* CPython's range on a 64-bit time_t with a 32-bit year */
    if (!(s > -67768040609740800.0 && s < 67767976233532800.0))
        exc_raise_msg(&exc_OverflowError, "timestamp out of range for platform time_t");
    return make_struct_time((int64_t)floor(s));
}

static Value t_mktime(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Value *items;
    size_t len;
    if (!is_instance_of(a[0], &tuple_type)) exc_raise_msg(&exc_TypeError, "Tuple or struct_time argument required");
    items = tuple_items(a[0]);
    len = tuple_len(a[0]);
    /* CPython takes 9 items, MicroPython 8 */
    if (len != 9 && len != 8) exc_raise_msg(&exc_TypeError, "mktime(): illegal time tuple argument");
    int64_t f[6];
    for (int i = 0; i < 6; i++) {
        if (!int_is_int(items[i]) || !int_to_i64(items[i], &f[i]))
            exc_raise_msg(&exc_OverflowError, "Python int too large to convert to C int");
    }
    /* months outside 1..12 roll into the year, as C's mktime does */
    int64_t mon = f[1] - 1;
    int64_t y = f[0] + (mon >= 0 ? mon / 12 : -((11 - mon) / 12));
    mon -= (y - f[0]) * 12;
    int64_t days = days_from_civil(y, mon + 1, 1) + f[2] - 1;
    return float_new((double)(days * 86400 + f[3] * 3600 + f[4] * 60 + f[5]));
}

static NATIVE_FN(t_sleep_fn, sleep, 1, 1, t_sleep);
static NATIVE_FN(t_sleep_ms_fn, sleep_ms, 1, 1, t_sleep_ms);
static NATIVE_FN(t_sleep_us_fn, sleep_us, 1, 1, t_sleep_us);
static NATIVE_FN(t_time_fn, time, 0, 0, t_time);
static NATIVE_FN(t_time_ns_fn, time_ns, 0, 0, t_time_ns);
static NATIVE_FN(t_monotonic_fn, monotonic, 0, 0, t_monotonic);
static NATIVE_FN(t_perf_counter_fn, perf_counter, 0, 0, t_monotonic);
static NATIVE_FN(t_ticks_ms_fn, ticks_ms, 0, 0, t_ticks_ms);
static NATIVE_FN(t_ticks_us_fn, ticks_us, 0, 0, t_ticks_us);
static NATIVE_FN(t_ticks_cpu_fn, ticks_cpu, 0, 0, t_ticks_cpu);
static NATIVE_FN(t_ticks_add_fn, ticks_add, 2, 2, t_ticks_add);
static NATIVE_FN(t_ticks_diff_fn, ticks_diff, 2, 2, t_ticks_diff);
static NATIVE_FN(t_gmtime_fn, gmtime, 0, 1, t_gmtime);
static NATIVE_FN(t_localtime_fn, localtime, 0, 1, t_gmtime);
static NATIVE_FN(t_mktime_fn, mktime, 1, 1, t_mktime);

static const MapEntry time_table[] = {
    {V_MKNAME(N___name__), V_MKNAME(N_time)},
    METHOD_ENTRY(gmtime, t_gmtime_fn),
    METHOD_ENTRY(localtime, t_localtime_fn),
    METHOD_ENTRY(mktime, t_mktime_fn),
    METHOD_ENTRY(monotonic, t_monotonic_fn),
    METHOD_ENTRY(perf_counter, t_perf_counter_fn),
    METHOD_ENTRY(sleep, t_sleep_fn),
    METHOD_ENTRY(sleep_ms, t_sleep_ms_fn),
    METHOD_ENTRY(sleep_us, t_sleep_us_fn),
    {V_MKNAME(N_struct_time), V_FROMPTR(&struct_time_type)},
    METHOD_ENTRY(ticks_add, t_ticks_add_fn),
    METHOD_ENTRY(ticks_cpu, t_ticks_cpu_fn),
    METHOD_ENTRY(ticks_diff, t_ticks_diff_fn),
    METHOD_ENTRY(ticks_ms, t_ticks_ms_fn),
    METHOD_ENTRY(ticks_us, t_ticks_us_fn),
    METHOD_ENTRY(time, t_time_fn),
    METHOD_ENTRY(time_ns, t_time_ns_fn),
};
MODULE_CONST(mod_time, time_table);
