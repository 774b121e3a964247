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

/* The Gregorian calendar repeats every 400 years: 146,097 days, a whole number of weeks.  Only
 * the number of the cycle needs 64 bits; within one, 32-bit arithmetic does (smaller and
 * faster on the lx106, where 64-bit division is a call).  The cycles start on a March 1st, so
 * that the leap day ends a year of the cycle (Howard Hinnant's civil_from_days). */
#define CYCLE_DAYS 146097
#define DAYS_0000_03_01_TO_1970 719468

/* Days since 1970-01-01 of the first of month m (1..12) of year y. */
static int64_t days_from_civil(int64_t y, int32_t m) {
    y -= m <= 2;
    int64_t cycle = (y >= 0 ? y : y - 399) / 400;
    int32_t yoc = (int32_t)(y - cycle * 400);                       /* [0, 399] */
    int32_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5;           /* from March 1st */
    int32_t doc = yoc * 365 + yoc / 4 - yoc / 100 + doy;            /* [0, 146096] */
    return cycle * CYCLE_DAYS + doc - DAYS_0000_03_01_TO_1970;
}

static Value make_struct_time(int64_t t) {
    /* Remainders as a - q * b: a 64-bit % would link libgcc's __moddi3 (865 bytes), while the
     * division and the product are the ROM's. */
    int64_t days = t / 86400;
    int32_t secs = (int32_t)(t - days * 86400);
    if (secs < 0) { secs += 86400; days--; }
    int64_t z = days + DAYS_0000_03_01_TO_1970;
    int64_t cycle = (z >= 0 ? z : z - (CYCLE_DAYS - 1)) / CYCLE_DAYS;
    int32_t doc = (int32_t)(z - cycle * CYCLE_DAYS);                /* [0, 146096] */
    int32_t yoc = (doc - doc / 1460 + doc / 36524 - doc / 146096) / 365;   /* [0, 399] */
    int32_t doy = doc - (365 * yoc + yoc / 4 - yoc / 100);          /* [0, 365], from March 1st */
    int32_t mp = (5 * doy + 2) / 153;                               /* 0 is March */
    int32_t d = doy - (153 * mp + 2) / 5 + 1;
    int32_t m = mp < 10 ? mp + 3 : mp - 9;
    int32_t yc = yoc + (m <= 2);                /* the calendar year, less a multiple of 400 */
    bool leap = yc % 4 == 0 && (yc % 100 != 0 || yc % 400 == 0);
    /* January 1st is day 306 from March 1st; March 1st is the year's day 60, 61 in a leap year */
    int32_t yday = m <= 2 ? doy - 305 : doy + 60 + leap;
    /* a cycle is whole weeks and 1970-01-01 (doc 135,080) was a Thursday (3) */
    int32_t wday = (doc + 2) % 7;
    Value items[9] = {
        int_from_ll(cycle * 400 + yc), V_MKINT(m), V_MKINT(d), V_MKINT(secs / 3600), V_MKINT(secs / 60 % 60),
        V_MKINT(secs % 60), V_MKINT(wday), V_MKINT(yday), V_MKINT(0),
    };
    return structseq_new(&struct_time_type, items);
}

/* The first second of year -2147481748 and the first of year 2147485548: what a C struct tm holds
 * (its year less 1900 in an int), where CPython's gmtime() ends on Linux. */
#define TM_FIRST (-67768040609740800LL)
#define TM_END 67768036191676800LL

/* Whole seconds since the epoch, as gmtime() takes them: an int exactly, a float rounded down;
 * V_NULL for now. */
static int64_t timestamp(Value v) {
    int64_t t = 0;
    bool fits;
    if (v && int_is_int(v)) {
        fits = int_to_i64(v, &t);
    } else {
        double d = floor(v ? seconds_arg(v) : port_time());
        fits = d >= -9223372036854775808.0 && d < 9223372036854775808.0;
        if (fits) t = (int64_t)d;
    }
    if (!fits) exc_raise_msg(&exc_OverflowError, "timestamp out of range for platform time_t");
    if (t < TM_FIRST || t >= TM_END) exc_raise_oserror(75);   /* EOVERFLOW */
    return t;
}

static Value t_gmtime(Value *a, int n, Value kw) {
    (void)kw;
    return make_struct_time(timestamp(n > 0 && a[0] != V_NONE ? a[0] : V_NULL));
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
    int64_t days = days_from_civil(y, (int32_t)mon + 1) + f[2] - 1;
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
