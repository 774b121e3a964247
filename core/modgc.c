/* The gc module: CPython's collect/enable/disable/isenabled with MicroPython's mem_free,
 * mem_alloc and threshold.  The numbers come straight from the collector (core/gc.h):
 * mem_alloc is the bytes of allocated blocks, mem_free the bytes of free ones, and
 * collect() returns the number of objects the collection freed (CPython counts unreachable
 * objects; here every freed allocation is counted, strings and buffers included). */
#include <string.h>
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objint.h"
#include "objdict.h"
#include "objfun.h"
#include "objmodule.h"
#include "vm.h"

static Value gc_m_collect(Value *a, int n, Value kw) {
    (void)kw;
    if (n > 0) {
        Int g = obj_get_int(a[0]);
        if (g < 0 || g > 2) exc_raise_msg(&exc_ValueError, "invalid generation");
    }
    gc_collect();
    GcInfo info;
    gc_info(&info);
    return int_from_uint(info.freed);
}

static Value gc_m_enable(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; gc_enable(true); return V_NONE; }
static Value gc_m_disable(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; gc_enable(false); return V_NONE; }
static Value gc_m_isenabled(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; return V_BOOL(gc_is_enabled()); }

static Value gc_m_mem(bool free_bytes) {
    GcInfo info;
    gc_info(&info);
    return int_from_uint(free_bytes ? info.free : info.used);
}
static Value gc_m_mem_free(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; return gc_m_mem(true); }
static Value gc_m_mem_alloc(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; return gc_m_mem(false); }

/* threshold(): bytes allocated between automatic collections, -1 for "only when full".
 * The collector counts in blocks, so a value reads back rounded down to a block multiple. */
static Value gc_m_threshold(Value *a, int n, Value kw) {
    (void)kw;
    if (n == 0) return int_from_int(gc_get_threshold());
    gc_set_threshold(obj_get_int(a[0]));
    return V_NONE;
}

static NATIVE_FN(gc_collect_fn, collect, 0, 1, gc_m_collect);
static NATIVE_FN(gc_enable_fn, enable, 0, 0, gc_m_enable);
static NATIVE_FN(gc_disable_fn, disable, 0, 0, gc_m_disable);
static NATIVE_FN(gc_isenabled_fn, isenabled, 0, 0, gc_m_isenabled);
static NATIVE_FN(gc_mem_free_fn, mem_free, 0, 0, gc_m_mem_free);
static NATIVE_FN(gc_mem_alloc_fn, mem_alloc, 0, 0, gc_m_mem_alloc);
static NATIVE_FN(gc_threshold_fn, threshold, 0, 1, gc_m_threshold);

static const MapEntry gc_table[] = {
    {V_MKNAME(N___name__), V_MKNAME(N_gc)},
    METHOD_ENTRY(collect, gc_collect_fn),
    METHOD_ENTRY(disable, gc_disable_fn),
    METHOD_ENTRY(enable, gc_enable_fn),
    METHOD_ENTRY(isenabled, gc_isenabled_fn),
    METHOD_ENTRY(mem_alloc, gc_mem_alloc_fn),
    METHOD_ENTRY(mem_free, gc_mem_free_fn),
    METHOD_ENTRY(threshold, gc_threshold_fn),
};
MODULE_CONST(mod_gc, gc_table);
