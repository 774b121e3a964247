/* Feature switches of the host port (the espy command on Linux, x86-64). */
#ifndef ESPY_PORTCONFIG_H
#define ESPY_PORTCONFIG_H

#define ES_PORT_NAME        "linux"
#define ES_PLATFORM_NAME_ID N_linux        /* sys.platform */
#define ES_MACHINE_NAME_ID  N_linux          /* sys.implementation._machine */
#define ES_DEFAULT_HEAP     (256u * 1024 * 1024)  /* generous on the PC; -X heapsize=N */
#define ES_RECURSION_LIMIT  1000
#define ES_INLINE_CACHES    1     /* per-code attribute/global caches (RAM per function) */
#define ES_GC_LEAF_BITS     1     /* skip scanning big string/byte buffers */
#define ES_NAME_HASHES      1     /* static name hashes in a table, not recomputed */
#define ES_MACHINE          1     /* machine and esp modules, simulated (machine_sim.c) */

#endif
