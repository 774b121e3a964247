/* The micropython module: const, opt_level, memory and stack reports, heap locking,
 * schedule and kbd_intr, with MicroPython's behaviour and output formats. */
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objint.h"
#include "objtuple.h"
#include "objlist.h"
#include "objdict.h"
#include "objfun.h"
#include "objmodule.h"
#include "print.h"
#include "vm.h"

/* Pending micropython.schedule() calls allowed at once (MicroPython's default depth). */
#define SCHEDULE_DEPTH 8

static Value mp_const(Value *a, int n, Value kw) { (void)n; (void)kw; return a[0]; }

/* The level is kept for programs that read it; the compiler emits the same code at every
 * level (asserts stay in). */
static Value mp_opt_level(Value *a, int n, Value kw) {
    (void)kw;
    if (n == 0) return V_MKINT(vm.opt_level);
    Int l = obj_get_int(a[0]);
    vm.opt_level = l < 0 ? 0 : l > 3 ? 3 : (int)l;
    return V_NONE;
}

/* Bytes of C stack in use below the base the port registered. */
static size_t stack_used(void) {
    volatile char here = 0;
    char *base = gc_stack_base();
    return base && base > (char *)&here ? (size_t)(base - (char *)&here) : 0;
}

static Value mp_stack_use(Value *a, int n, Value kw) {
    (void)a; (void)n; (void)kw;
    return int_from_uint(stack_used());
}

static Value mp_mem_info(Value *a, int n, Value kw) {
    (void)a; (void)n; (void)kw;
    GcInfo info;
    gc_info(&info);
    char *base = gc_stack_base();
    size_t limit = base && vm.stack_limit && base > vm.stack_limit ? (size_t)(base - vm.stack_limit) : 0;
    print_fmt(&print_stdout, "stack: %u out of %u\n", (unsigned)stack_used(), (unsigned)limit);
    print_fmt(&print_stdout, "GC: total: %u, used: %u, free: %u\n", (unsigned)info.total, (unsigned)info.used, (unsigned)info.free);
    print_fmt(&print_stdout, " max free sz: %u, peak: %u, collections: %u\n", (unsigned)(info.max_free / GC_BLOCK),
              (unsigned)info.peak, (unsigned)info.collections);
    return V_NONE;
}

static Value mp_qstr_info(Value *a, int n, Value kw) {
    (void)a; (void)n; (void)kw;
    size_t count, bytes;
    names_dyn_info(&count, &bytes);
    /* MicroPython's first three numbers for the names made at run time (in RAM), then the
     * count of all names including the static ones in flash */
    print_fmt(&print_stdout, "qstr pool: n_pool=%u, n_qstr=%u, n_str_data_bytes=%u, n_names_total=%u\n",
              count ? 1u : 0u, (unsigned)count, (unsigned)bytes, (unsigned)names_count());
    return V_NONE;
}

static Value mp_heap_lock(Value *a, int n, Value kw) { (void)a; (void)n; (void)kw; gc_lock(); return V_NONE; }

static Value mp_heap_unlock(Value *a, int n, Value kw) {
    (void)a; (void)n; (void)kw;
    gc_unlock();
    return V_MKINT(gc_lock_depth());
}

static Value mp_heap_locked(Value *a, int n, Value kw) {
    (void)a; (void)n; (void)kw;
    return V_MKINT(gc_lock_depth());
}

/* The MemoryError raised when the heap is exhausted is preallocated: nothing to reserve. */
static Value mp_alloc_emergency_exception_buf(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    obj_get_int(a[0]);
    return V_NONE;
}

static Value mp_schedule(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Value q = vm.schedule_queue;
    if (list_len(q) >= SCHEDULE_DEPTH) exc_raise_msg(&exc_RuntimeError, "schedule queue full");
    Value pair[2] = {a[0], a[1]};
    list_append(q, tuple_from_array(pair, 2));
    vm.pending |= PENDING_SCHEDULE;
    return V_NONE;
}

/* The ports stop a program on Ctrl-C (the host through SIGINT, the board in its UART
 * handler); the character is checked here and not configurable. */
static Value mp_kbd_intr(Value *a, int n, Value kw) {
    (void)n; (void)kw;
    Int c = obj_get_int(a[0]);
    if (c < -1 || c > 255) exc_raise_msg(&exc_ValueError, "kbd_intr character out of range");
    return V_NONE;
}

static NATIVE_FN(mp_const_fn, const, 1, 1, mp_const);
static NATIVE_FN(mp_opt_level_fn, opt_level, 0, 1, mp_opt_level);
static NATIVE_FN(mp_stack_use_fn, stack_use, 0, 0, mp_stack_use);
static NATIVE_FN(mp_mem_info_fn, mem_info, 0, 1, mp_mem_info);
static NATIVE_FN(mp_qstr_info_fn, qstr_info, 0, 1, mp_qstr_info);
static NATIVE_FN(mp_heap_lock_fn, heap_lock, 0, 0, mp_heap_lock);
static NATIVE_FN(mp_heap_unlock_fn, heap_unlock, 0, 0, mp_heap_unlock);
static NATIVE_FN(mp_heap_locked_fn, heap_locked, 0, 0, mp_heap_locked);
static NATIVE_FN(mp_alloc_emergency_exception_buf_fn, alloc_emergency_exception_buf, 1, 1, mp_alloc_emergency_exception_buf);
static NATIVE_FN(mp_schedule_fn, schedule, 2, 2, mp_schedule);
static NATIVE_FN(mp_kbd_intr_fn, kbd_intr, 1, 1, mp_kbd_intr);

static const MapEntry micropython_table[] = {
    {V_MKNAME(N___name__), V_MKNAME(N_micropython)},
    METHOD_ENTRY(alloc_emergency_exception_buf, mp_alloc_emergency_exception_buf_fn),
    METHOD_ENTRY(const, mp_const_fn),
    METHOD_ENTRY(heap_lock, mp_heap_lock_fn),
    METHOD_ENTRY(heap_locked, mp_heap_locked_fn),
    METHOD_ENTRY(heap_unlock, mp_heap_unlock_fn),
    METHOD_ENTRY(kbd_intr, mp_kbd_intr_fn),
    METHOD_ENTRY(mem_info, mp_mem_info_fn),
    METHOD_ENTRY(opt_level, mp_opt_level_fn),
    METHOD_ENTRY(qstr_info, mp_qstr_info_fn),
    METHOD_ENTRY(schedule, mp_schedule_fn),
    METHOD_ENTRY(stack_use, mp_stack_use_fn),
};
MODULE_CONST(mod_micropython, micropython_table);
