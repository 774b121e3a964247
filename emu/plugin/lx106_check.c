/* QEMU TCG plugin for the espy lx106 builds (qemu-system-xtensa -M sim -cpu lx106).
 *
 * 1. Counts executed guest instructions: every translation block adds its instruction count
 *    to a counter, inline, when it is entered.  The count is exact for blocks that run to
 *    their end; only the block in which the guest stops (semihosting exit or a fatal
 *    exception) adds the instructions after the stopping point, a few at most, and the same
 *    number on every run.
 * 2. Reports the loads that fault on the ESP8266 but not in QEMU: 8- and 16-bit loads from the
 *    flash window 0x40200000-0x402FFFFF or IRAM 0x40100000-0x4010FFFF (on the chip those
 *    regions only answer aligned 32-bit loads).  Unaligned loads and stores need no plugin:
 *    QEMU's lx106 raises LoadStoreAlignment for them itself, as the chip does.  So only the
 *    narrow load instructions L8UI, L16UI and L16SI get a memory callback (decoded at
 *    translation time: RRI8 format, op0 = 2, r = 0, 1 or 9); the rest of the code runs at
 *    full speed.  The first few are printed on stderr as
 *      forbidden load: size N at 0xADDR (pc 0xPC)
 *    and at exit a total; then the plugin ends QEMU with exit status 72 instead of the
 *    guest's own.
 *
 * Arguments (-plugin lib.so,arg=value,...):
 *    out=PATH      write "insns: N" and "forbidden: N" there at exit (out=- for stderr)
 *    check=off     only count instructions
 *    check=all     put the callback on every load (slower; also reports unaligned loads
 *                  from flash/IRAM should QEMU ever let one through)
 *    limit=N       print at most N individual reports (default 10)
 *    status=N      exit status when something forbidden happened (default 72)
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "qemu_plugin_api.h"

QEMU_PLUGIN_EXPORT int qemu_plugin_version = QEMU_PLUGIN_VERSION;

#define FLASH_START 0x40200000u
#define FLASH_END 0x40300000u
#define IRAM_START 0x40100000u
#define IRAM_END 0x40110000u

static uint64_t insn_count;
static uint64_t forbidden_count;
static const char *out_path;
enum { CHECK_OFF, CHECK_NARROW, CHECK_ALL };
static int check = CHECK_NARROW;
static unsigned long limit = 10;
static int fail_status = 72;

static int word_only_region(uint64_t addr)
{
    return (addr >= FLASH_START && addr < FLASH_END) || (addr >= IRAM_START && addr < IRAM_END);
}

static void on_load(unsigned int vcpu, qemu_plugin_meminfo_t info, uint64_t vaddr, void *udata)
{
    (void)vcpu;
    unsigned size = 1u << qemu_plugin_mem_size_shift(info);
    if (qemu_plugin_mem_is_store(info) || !word_only_region(vaddr) ||
        (size == 4 && (vaddr & 3) == 0))
        return;
    if (forbidden_count++ < limit) {
        fprintf(stderr, "forbidden load: size %u at 0x%08" PRIx64 " (pc 0x%08" PRIx64 ")\n", size,
                vaddr, (uint64_t)(uintptr_t)udata);
    }
}

/* L8UI, L16UI, L16SI: 24-bit RRI8 instructions with op0 (bits 3:0) = 2 and r (bits 15:12) =
 * 0, 1 or 9; the other r values of that group are 32-bit loads, stores and ALU ops. */
static int is_narrow_load(const struct qemu_plugin_insn *insn)
{
    const uint8_t *b = qemu_plugin_insn_data(insn);
    if (qemu_plugin_insn_size(insn) != 3 || !b || (b[0] & 0x0F) != 2)
        return 0;
    unsigned r = b[1] >> 4;
    return r == 0 || r == 1 || r == 9;
}

static void on_tb_trans(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
    (void)id;
    size_t n = qemu_plugin_tb_n_insns(tb);
    qemu_plugin_register_vcpu_tb_exec_inline(tb, QEMU_PLUGIN_INLINE_ADD_U64, &insn_count, n);
    if (check == CHECK_OFF)
        return;
    for (size_t i = 0; i < n; i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        if (check == CHECK_NARROW && !is_narrow_load(insn))
            continue;
        /* QEMU 7.2 does not filter by direction as documented (a MEM_R callback saw only
         * stores, here): ask for both and drop stores in on_load(). */
        uint64_t pc = qemu_plugin_insn_vaddr(insn);
        qemu_plugin_register_vcpu_mem_cb(insn, on_load, QEMU_PLUGIN_CB_NO_REGS, QEMU_PLUGIN_MEM_RW,
                                         (void *)(uintptr_t)pc);
    }
}

static void report_at_exit(qemu_plugin_id_t id, void *udata)
{
    (void)id;
    (void)udata;
    if (out_path) {
        FILE *f = strcmp(out_path, "-") == 0 ? stderr : fopen(out_path, "w");
        if (f) {
            fprintf(f, "insns: %" PRIu64 "\nforbidden: %" PRIu64 "\n", insn_count,
                    forbidden_count);
            if (f != stderr)
                fclose(f);
        } else {
            fprintf(stderr, "lx106_check: cannot write %s\n", out_path);
        }
    }
    if (forbidden_count) {
        fprintf(stderr, "lx106_check: %" PRIu64 " forbidden load%s (flash and IRAM take aligned "
                "32-bit loads only: build with -mforce-l32)\n",
                forbidden_count, forbidden_count == 1 ? "" : "s");
        fflush(NULL);
        _exit(fail_status); /* QEMU is already exiting: replace the guest's status */
    }
}

static int parse_number(const char *s, unsigned long *out)
{
    char *end;
    unsigned long v = strtoul(s, &end, 0);
    if (*s == 0 || *end != 0)
        return -1;
    *out = v;
    return 0;
}

QEMU_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc,
                                           char **argv)
{
    (void)info;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        unsigned long v;
        if (strncmp(a, "out=", 4) == 0 && a[4]) {
            out_path = a + 4;
        } else if (strcmp(a, "check=off") == 0) {
            check = CHECK_OFF;
        } else if (strcmp(a, "check=on") == 0) {
            check = CHECK_NARROW;
        } else if (strcmp(a, "check=all") == 0) {
            check = CHECK_ALL;
        } else if (strncmp(a, "limit=", 6) == 0 && parse_number(a + 6, &v) == 0) {
            limit = v;
        } else if (strncmp(a, "status=", 7) == 0 && parse_number(a + 7, &v) == 0 && v < 256) {
            fail_status = (int)v;
        } else {
            fprintf(stderr, "lx106_check: unknown argument '%s' (out=PATH check=on|off|all "
                    "limit=N status=N)\n", a);
            return -1;
        }
    }
    qemu_plugin_register_vcpu_tb_trans_cb(id, on_tb_trans);
    qemu_plugin_register_atexit_cb(id, report_at_exit, NULL);
    return 0;
}
