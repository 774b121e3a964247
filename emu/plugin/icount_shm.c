/* QEMU TCG plugin for `espy emu`'s peripheral model (docs/emulator.md, "Peripherals"): counts
 * executed guest instructions into a 64-bit word of a file that `espy emu` maps too, so that
 * the model reads the guest's time at every stop without asking QEMU.
 *
 *   -plugin libespy_icount.so,shm=PATH      PATH: a file of at least 8 bytes
 *
 * Each translation block adds its instruction count inline when it is entered (no callback).
 * A block left early (a watchpoint stops the guest in its middle) has counted its tail
 * already: the count runs a few instructions ahead at such stops, the same way on every run. */
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
    qemu_plugin_register_vcpu_tb_exec_inline(tb, QEMU_PLUGIN_INLINE_ADD_U64, counter,
                                             qemu_plugin_tb_n_insns(tb));
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
