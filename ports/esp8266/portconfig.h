/* Feature switches of the ESP-01 firmware port (xtensa lx106, 80 kB DRAM). */
#ifndef ESPY_PORTCONFIG_H
#define ESPY_PORTCONFIG_H

#define ES_PORT_NAME        "esp8266"
#define ES_PLATFORM_NAME_ID N_esp8266          /* sys.platform */
#define ES_MACHINE_NAME_ID  N_machine_esp8266  /* sys.implementation._machine */
#define ES_BOARD_NAME       "ESP-01 with ESP8266"
#define ES_INLINE_CACHES    0     /* no per-code RAM caches: code may be frozen in flash */
#define ES_GC_LEAF_BITS     1
#define ES_STACK_CHUNK      512   /* VM data stack grows in 2 kB chunks, not 16 kB */
#define ES_TYPE_CACHE_LOG2  6     /* attribute cache: 64 entries, 1 kB of .bss (default 4 kB) */
#define ES_MACHINE          1     /* machine and esp modules (ports/esp8266/machine_*.c) */
#define ES_TYPE_OF_CALL     1     /* type_of, is_instance_of out of line: -1.3 kB (obj.h) */
#define ES_FFS_PORT_FILES   1     /* core/port.h's file functions are ports/common/ffsport.c's */

/* The VM's dispatch loop goes to IRAM (esp8266.ld: .iram.text*). */
#define ES_IRAM __attribute__((section(".iram.text.vm")))

/* The firmware's ABI table (core/frozen.c) goes right after the layout descriptor. */
#define ES_FROZEN_ABI_ATTR __attribute__((section(".irom0.abi"), used))

/* Ctrl-C: the VM calls ES_VM_POLL() at backward jumps and calls; every ESP_POLL_EVERY-th time
 * the port looks at the UART (port.c) and raises KeyboardInterrupt for a Ctrl-C. */
#define ESP_POLL_EVERY 2048
extern int esp_poll_countdown;
void esp_vm_poll(void);
#define ES_VM_POLL() do { if (__builtin_expect(--esp_poll_countdown <= 0, 0)) esp_vm_poll(); } while (0)

/* IRAM 0x40100000.. and the flash window 0x40200000..0x402FFFFF take only 32-bit loads. */
#define ES_WORD_ONLY_PTR(p) ((uintptr_t)(p) - 0x40100000u < 0x200000u)
#define ES_WORD_LOADS 1

#endif
