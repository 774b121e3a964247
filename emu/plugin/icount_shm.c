/* QEMU TCG plugin for `espy emu`'s peripheral model (docs/emulator.md, "Peripherals"): counts
 * executed guest instructions into a 64-bit word of a file that `espy emu` maps too, so that
 * the model reads the guest's time at every stop without asking QEMU.
 *
 *   -plugin libespy_icount.so,shm=PATH      PATH: a file of at least 16 bytes
 *
 * Every instruction adds 1 inline when it starts (no callback), so at a watchpoint stop the
 * count includes the instruction the guest stopped at and nothing after it: the model's clock
 * is exact, which its cancelling of QEMU's clock warps at stops needs (emu/periph/run.c).  A
 * second word counts WAITI instructions: time the guest sleeps in is real, not a warp.
 *
 *   word 0: instructions executed      word 1: WAITIs executed */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "qemu_plugin_api.h"

QEMU_PLUGIN_EXPORT int qemu_plugin_version = QEMU_PLUGIN_VERSION;

static uint64_t *counter;

static void on_tb_trans(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
    (void)id;
    size_t n = qemu_plugin_tb_n_insns(tb);
    for (size_t i = 0; i < n; i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        qemu_plugin_register_vcpu_insn_exec_inline(insn, QEMU_PLUGIN_INLINE_ADD_U64, counter, 1);
        /* WAITI s: op0 0, t 0, s, r 7, op1 0, op2 0 */
        const unsigned char *b = qemu_plugin_insn_data(insn);
        if (qemu_plugin_insn_size(insn) == 3 && b[0] == 0 && (b[1] & 0xF0) == 0x70 && b[2] == 0)
            qemu_plugin_register_vcpu_insn_exec_inline(insn, QEMU_PLUGIN_INLINE_ADD_U64, counter + 1, 1);
    }
}

QEMU_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc,
                                           char **argv)
{
    (void)info;
    const char *path = NULL;
    for (int i = 0; i < argc; i++) {
        if (strncmp(argv[i], "shm=", 4) == 0 && argv[i][4]) {
            path = argv[i] + 4;
        } else {
            fprintf(stderr, "espy_icount: unknown argument '%s' (shm=PATH)\n", argv[i]);
            return -1;
        }
    }
    if (!path) {
        fprintf(stderr, "espy_icount: shm=PATH is required\n");
        return -1;
    }
    int fd = open(path, O_RDWR);
    if (fd < 0) {
        perror(path);
        return -1;
    }
    void *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    if (p == MAP_FAILED) {
        perror("espy_icount: mmap");
        return -1;
    }
    counter = p;
    qemu_plugin_register_vcpu_tb_trans_cb(id, on_tb_trans);
    return 0;
}
