# ESP-01 firmware (ports/esp8266, docs/firmware.md) and frozen bundles (docs/bundle.md).
#   make firmware        ->  build/esp8266/espy-esp01-512k.bin: espy on the ESP-01 (+ .elf, .map),
#                            prints the sizes and the flash layout
#   make firmware-selftest -> build/esp8266/espy-selftest-512k.bin: the platform self-test
#                            (what tests/emu/run.sh checks: boot path, flash, faults)
#   make test-firmware-app -> bakes Python into the image and runs it in the emulator
#   make bench-bake      ->  time `espy build` of 20 modules
# The image is made from the ELF by `espy image from-elf`, here built standalone from
# ports/host/image.c so that the firmware does not wait for the whole host binary.

FW_DIR     := $(BUILD)/esp8266
FW_CC      := xtensa-lx106-elf-gcc
# No -mlongcalls by default: a direct CALL0 reaches +-512 kB, enough within irom0, and saves
# the 3-byte NOP the linker leaves where it relaxes a long call (24 kB of the core).  Code that
# runs from IRAM or calls into the ROM (0x4000xxxx, 2 MB away) gets -mlongcalls: the platform,
# and the core files with IRAM functions (vm.c, gc.c: esp8266.ld's .iram.text list).  A call
# that does not reach fails at link time, never at run time.
# -fno-ipa-sra: gcc's splitting of parameters into scalars makes clones (.isra) and longer
# call sequences; without it the firmware is 0.8 kB smaller (measured A/B).
FW_CFLAGS  := -std=c11 $(CFLAGS_WARN) -Os -g -mtext-section-literals -mforce-l32 -fno-ipa-sra \
              -ffunction-sections -fdata-sections -ffreestanding -fno-tree-loop-distribute-patterns \
              -MMD -MP -Iports/esp8266 -Ilib -Icore -I$(BUILD)/gen
FW_ASFLAGS := -mlongcalls -mtext-section-literals -MMD -MP
FW_LIBC    := /usr/lib/xtensa-lx106-elf/lib
# picolibc supplies setjmp/longjmp and the libm functions the core calls; our string
# functions (ports/lx106/rt_string.c, -mforce-l32) are linked first and win.
FW_LDFLAGS  = -nostdlib -Wl,--gc-sections -Wl,--no-warn-rwx-segments -Wl,-Map=$(@:.elf=.map) \
              -Lports/esp8266 -Tesp8266.ld
FW_LIBS    := -L$(FW_LIBC) -lm -lc -lgcc

# The platform (start-up, vectors, UART, clock, flash, faults, string functions), the Python
# port (espy_main and core/port.h) and the self-test application.
FW_PLATFORM_SRCS := ports/esp8266/start.S ports/esp8266/vectors.S ports/esp8266/romveneer.S \
                    ports/esp8266/startup.c \
                    ports/esp8266/uart.c ports/esp8266/clock.c ports/esp8266/flash.c \
                    ports/esp8266/fatal.c ports/lx106/rt_string.c lib/esplayout.c lib/lz.c
# ports/qemu/mathfix.c: exact trunc/floor/ceil linked ahead of picolibc's, which are wrong on
# the lx106 (LX106_LIBM_FIX in mk/lx106.mk, tests/lx106/libm.sh).
FW_APP_SRCS      := ports/esp8266/main.c ports/esp8266/port.c ports/esp8266/port_fs.c \
                    ports/common/ffsport.c ports/qemu/mathfix.c
FW_SELFTEST_SRCS := ports/esp8266/selftest.c ports/esp8266/selftest_lse.S
# The core and the pure libraries: the same list the QEMU build compiles (LX106_CORE_SRCS in
# mk/lx106.mk), compiled again here with the firmware's portconfig.h and -Os.
# The native modules (mk/natmod.mk): NAME's module object is mod_NAME, its import names N_NAME
# and N_$(NATMOD_ALIAS_NAME).  core/modules.c leaves them out of the firmware's table.
# binascii stays in the firmware: espy fs and MicroPython's file tools (ampy, rshell, mpremote)
# move files through it on any image.
NATMODS := math json struct hashlib heapq re collections random array io errno
NATMOD_SRCS_math     := core/modmath.c
NATMOD_SRCS_json     := core/modjson.c
NATMOD_SRCS_struct   := core/modstruct.c
NATMOD_SRCS_hashlib  := core/modhashlib.c lib/md5.c lib/sha1.c lib/sha256.c
NATMOD_SRCS_heapq    := core/modheapq.c
NATMOD_SRCS_re       := core/modre.c lib/re_compile.c lib/re_match.c lib/re_unicode.c lib/regex.c
NATMOD_SRCS_collections := core/modcollections.c
NATMOD_SRCS_random   := core/modrandom.c
NATMOD_SRCS_array    := core/modarray.c
NATMOD_SRCS_io       := core/modio.c
NATMOD_SRCS_errno    := core/moderrno.c
NATMOD_ALIAS_json := ujson
NATMOD_ALIAS_struct := ustruct
NATMOD_ALIAS_hashlib := uhashlib
NATMOD_ALIAS_heapq := uheapq
NATMOD_ALIAS_re := ure
NATMOD_ALIAS_collections := ucollections
NATMOD_ALIAS_random := urandom
NATMOD_ALIAS_array := uarray
NATMOD_ALIAS_io := uio
NATMOD_ALIAS_errno := uerrno
# machine's classes other than Pin and Signal (core/modmachine.h MACHINE_PARTS): machine's
# attribute hook finds them in these native modules, and `espy build` bakes one into an app
# that names its class.  All seven or none: ES_MACHINE_PARTS_NATIVE (below) switches machine's
# table and hook for all of them.
MACHINE_PART_NATMODS := _machine_i2c _machine_spi _machine_pwm _machine_timer _machine_uart _machine_wdt _machine_rtc
NATMODS += $(MACHINE_PART_NATMODS)
NATMOD_SRCS__machine_i2c   := core/machine_i2c.c
NATMOD_SRCS__machine_spi   := core/machine_spi.c
NATMOD_SRCS__machine_pwm   := core/machine_pwm.c
NATMOD_SRCS__machine_timer := core/machine_timer.c
NATMOD_SRCS__machine_uart  := core/machine_uart.c
NATMOD_SRCS__machine_wdt   := core/machine_wdt.c
NATMOD_SRCS__machine_rtc   := core/machine_rtc.c
# esp and _onewire, under the dht, neopixel, onewire and ds18x20 drivers
NATMODS += esp _onewire
# complex numbers' arithmetic, repr and parsing, with the libm functions only they call: the type
# stays in the firmware (core/objcomplex.c, ES_COMPLEX_NATIVE) and calls the module's slots;
# `espy build` bakes it into an app that may make a complex number.
NATMODS += _complex
NATMOD_SRCS__complex := core/modcomplex.c
NATMOD_SRCS_esp      := core/modesp.c
NATMOD_SRCS__onewire := core/modonewire.c
NATMOD_ALL_SRCS := $(foreach m,$(NATMODS),$(NATMOD_SRCS_$(m)))
NATMOD_DIR := $(FW_DIR)/natmod
# Native modules (docs/bundle.md "Native modules", mk/natmod.mk) are left out: each is linked
# on its own against the firmware and baked into a bundle only when an app imports it.
FW_CORE_SRCS     := $(filter-out $(NATMOD_ALL_SRCS) lib/lz.c,$(sort $(wildcard core/*.c lib/*.c)))

fw_objs = $(patsubst %,$(FW_DIR)/obj/%.o,$(basename $(1)))
# Files built WITHOUT -mforce-l32 (-mno-force-l32 after it), here and in the lx106 QEMU build
# (mk/lx106.mk uses this same list).  The flag turns every 8/16-bit load into l32i + shifts
# (~14 bytes more each, and slower), which only data in flash or IRAM needs; these files load
# bytes mostly from RAM (AST, tokens, ffs buffers, the GC's tables, instances, bigint digits).
# Where they may read const data (tables, a const Type's half-words, a frozen Code's byte fields,
# a static name's text) they use es_rd8/es_rd16/es_rd32 (core/config.h), memchr or memcmp, or
# parse a RAM copy (gc_bytes_in_ram: format strings and specs, numbers' text, source text).  A
# byte load from flash or IRAM that slips through is completed by the LoadStoreError handler
# (vectors.S, ~75 instructions instead of 1); the lx106 test suite runs them with its plugin
# failing any such load, so no tested path does one.  Measured per file, docs/firmware.md
# "Where the flash goes".  tests/firmware/run.sh boots frozen code (vmcode: the whole bundle),
# format strings and bytes constants (format) with every narrow load from them faulting, and
# exec/eval of frozen text (source), and counts no such load.  Not here: code that reads
# str/bytes that may live in flash on hot paths (str's own functions, string methods, unicode
# and name tables, base64 over a caller's data, regex matching, rt_string), code that may run
# at interrupt time with PS.EXCM set (ports/, where the handler cannot help; but see
# FW_PORT_L32_OFF_SRCS), and code the lx106 suite does not run but for repl.c, complete.c and
# modmachine.c, read for such loads by hand.  lex.c is here because the compiler hands it a
# RAM copy of source text that is in flash (core/compile.c, gc_bytes_in_ram).
L32_OFF_SRCS := core/compile.c core/parse.c core/lex.c lib/ffs_core.c lib/ffs_file.c lib/ffs_mount.c lib/ffs_name.c \
                lib/lz.c core/objtype.c core/exc.c core/gc.c core/import.c core/modos.c core/objgen.c core/objfun.c \
                core/code.c core/objdict.c core/objlist.c core/repl.c core/complete.c core/modmachine.c \
                lib/mpn.c core/modbinascii.c core/strformat.c core/objint.c core/objfloat.c lib/dtoa.c core/builtins.c \
                core/objbytes.c core/bytesmethods.c core/vm.c core/objfile.c
$(call fw_objs,$(L32_OFF_SRCS)): FW_CFLAGS += -mno-force-l32
# Two port files that load no byte from flash or IRAM (the console's RAM ring buffer, the
# timers' and PWM channels' RAM state), so the flag buys nothing, not even in their interrupt
# handlers, where the LoadStoreError handler could not help.
FW_PORT_L32_OFF_SRCS := ports/esp8266/port.c ports/esp8266/machine_timer.c
$(call fw_objs,$(FW_PORT_L32_OFF_SRCS)): FW_CFLAGS += -mno-force-l32
FW_LONGCALL_OBJS := $(call fw_objs,$(filter-out lib/lz.c,$(FW_PLATFORM_SRCS)) $(FW_APP_SRCS) $(FW_SELFTEST_SRCS) core/vm.c core/gc.c)
$(FW_LONGCALL_OBJS): FW_CFLAGS += -mlongcalls
# The decoder of the packed IRAM code runs in the boot stage, before the flash cache is on: it
# calls only within itself (no long calls) and must read no table in flash (its switch a
# compare chain; esp8266.ld keeps any rodata of lz.o in the stage all the same).
$(FW_DIR)/obj/lib/lz.o: FW_CFLAGS += -fno-jump-tables
# Switches become compare chains instead of jump tables in flash (-0.9 kB); the VM's dispatch
# loop keeps its table.  The assembler does not pad branch targets to fetch boundaries
# (--no-target-align, -6.6 kB): the core runs from the flash cache, where the size counts more
# than a cycle at a jump; the VM's loop and the GC's mark loop (IRAM) keep the alignment.
FW_CORE_FLASH_OBJS := $(filter-out $(FW_DIR)/obj/core/vm.o $(FW_DIR)/obj/core/gc.o,$(call fw_objs,$(FW_CORE_SRCS)))
$(FW_CORE_FLASH_OBJS) $(FW_DIR)/obj/core/gc.o: FW_CFLAGS += -fno-jump-tables
# No MEMW before each volatile access in the core (-272 bytes): its volatiles are locals kept
# across setjmp and flags an interrupt handler sets on this same CPU (vm.pending, machine's
# events), which program order already orders.  The ports' device registers keep MEMW.
$(call fw_objs,$(FW_CORE_SRCS)): FW_CFLAGS += -mno-serialize-volatile
$(FW_CORE_FLASH_OBJS) $(FW_DIR)/obj/gen/names_gen.o: FW_CFLAGS += -Wa,--no-target-align
# Six passes that cost flash at -Os here (docs/firmware.md "Where the flash goes"): without
# the first five the core in flash is 2.7 kB smaller and, measured on the lx106 at -Os, runs
# 2.3% fewer instructions (strings, sorting, mixed, exceptions, closures); -fno-caller-saves
# (values live across calls in the callee-saved registers, not saved around each call) takes
# 0.6 kB more, the 14 lx106 benchmarks at -Os 764.4 M -> 763.3 M.  vm.c and gc.c keep them.
$(FW_CORE_FLASH_OBJS): FW_CFLAGS += -fno-tree-tail-merge -fno-tree-loop-optimize -fno-tree-dominator-opts -fno-ssa-phiopt \
                        -fno-cse-follow-jumps -fno-caller-saves
# Doubles are written and read without dtoa's 64-bit engine (-DDTOA_FAST=0, lib/dtoa.c): 3.2 kB
# less flash; repr of an everyday double takes ~14,000 instructions instead of ~3,300, reading
# its 17 digits back ~13,600 instead of ~2,100 (docs/numbers.md).
# The lx106 build (mk/lx106.mk) and the lx106 dtoa tests (mk/libtests.mk) do the same.
$(FW_DIR)/obj/lib/dtoa.o: FW_CFLAGS += -DDTOA_FAST=0
# Integers multiply by the schoolbook method alone (-DMPN_KARATSUBA=0, lib/mpn.h): 0.5 kB less
# flash; Karatsuba's method only pays above 380 decimal digits.  The lx106 build does the same.
$(call fw_objs,lib/mpn.c core/objint.c): FW_CFLAGS += -DMPN_KARATSUBA=0
# The VM at -O2: at -Os vm_execute's frame is 736 bytes instead of 320, and Python calls that
# go through C (dunder methods, map, yield from) nest on the 8 kB C stack.  It runs from IRAM,
# which has the room.
$(FW_DIR)/obj/core/vm.o: FW_CFLAGS += -O2
FW_OBJS          := $(call fw_objs,$(FW_PLATFORM_SRCS) $(FW_APP_SRCS) $(FW_CORE_SRCS)) \
                    $(FW_DIR)/obj/gen/names_gen.o
FW_SELFTEST_OBJS := $(call fw_objs,$(FW_PLATFORM_SRCS) $(FW_SELFTEST_SRCS))
# The per-file flags above live here: an object is rebuilt when they change.
$(FW_OBJS) $(FW_SELFTEST_OBJS): mk/firmware.mk
FW_IMAGE_TOOL := $(FW_DIR)/espy-image
# Boot image + irom0 must stay under this: issue 6's limit, 256 kB (its target is 200 kB).
# Today's size is in docs/firmware.md; a change that takes it over fails the build here
# instead of passing with `from-elf`'s warning.
FW_LIMIT      := 262144
FW_BIN        := $(FW_DIR)/espy-esp01-512k.bin
FW_CORE_BIN   := $(FW_DIR)/espy-esp01-core-512k.bin
FW_SELFTEST_BIN := $(FW_DIR)/espy-selftest-512k.bin

.PHONY: firmware firmware-selftest
firmware: $(FW_BIN)
	@$(FW_IMAGE_TOOL) info $< | sed -n '/^bundle:/,$$p'

firmware-selftest: $(FW_SELFTEST_BIN)

comma := ,
NATMOD_NAMES := $(foreach m,$(NATMODS),N_$(m)$(comma) $(if $(NATMOD_ALIAS_$(m)),N_$(NATMOD_ALIAS_$(m))$(comma)))
$(FW_DIR)/obj/core/modules.o: FW_CFLAGS += $(foreach m,$(NATMODS),-DES_NATIVE_$(m)=1) '-DES_NATIVE_NAMES=$(NATMOD_NAMES)'
$(FW_DIR)/obj/core/modmachine.o: FW_CFLAGS += $(if $(MACHINE_PART_NATMODS),-DES_MACHINE_PARTS_NATIVE=1)
$(FW_DIR)/obj/core/objcomplex.o: FW_CFLAGS += $(if $(filter _complex,$(NATMODS)),-DES_COMPLEX_NATIVE=1)

$(FW_DIR)/obj/%.o: %.c | $(BUILD)/gen/names_gen.h
	@mkdir -p $(dir $@)
	$(FW_CC) $(FW_CFLAGS) -c $< -o $@

$(FW_DIR)/obj/%.o: %.S
	@mkdir -p $(dir $@)
	$(FW_CC) $(FW_ASFLAGS) -c $< -o $@

$(FW_DIR)/obj/gen/names_gen.o: $(BUILD)/gen/names_gen.c
	@mkdir -p $(dir $@)
	$(FW_CC) $(FW_CFLAGS) -c $< -o $@

# The layout checks' texts compressed as the core's messages (espy_main prints them).
$(FW_DIR)/obj/lib/esplayout.o: FW_CFLAGS += -DESPLAYOUT_COMPRESSED

# The string functions define memcpy & co. themselves.
$(FW_DIR)/obj/ports/lx106/rt_string.o: FW_CFLAGS += -fno-builtin

# natmod-keep.ld (mk/natmod.mk): the firmware functions and data the native modules use, kept
# by --gc-sections although nothing in the firmware refers to them.
$(FW_DIR)/espy-esp01.elf: $(FW_OBJS) $(NATMOD_DIR)/natmod-keep.ld ports/esp8266/esp8266.ld ports/esp8266/rom.ld
	$(FW_CC) $(FW_LDFLAGS) $(filter %.o %-keep.ld,$^) $(FW_LIBS) -o $@

$(FW_DIR)/espy-selftest.elf: $(FW_SELFTEST_OBJS) ports/esp8266/esp8266.ld ports/esp8266/rom.ld
	$(FW_CC) $(FW_LDFLAGS) $(filter %.o,$^) -lgcc -o $@

$(FW_IMAGE_TOOL): ports/host/image.c ports/host/image.h lib/espimage.c lib/espimage.h \
                  lib/esplayout.c lib/esplayout.h lib/crc32.c lib/lz.c lib/lzpack.c lib/lz.h core/frozen.h
	@mkdir -p $(dir $@)
	$(HOSTCC) -std=c11 $(CFLAGS_WARN) -O2 -D_DEFAULT_SOURCE -DIMAGE_STANDALONE -Ilib -Icore -Iports/host \
	    ports/host/image.c lib/espimage.c lib/esplayout.c lib/crc32.c lib/lz.c lib/lzpack.c -o $@

# The firmware alone reserves no bundle region: `espy build` gives the bundle exactly the
# sectors it needs (the filesystem region starts after it).  The base image $(FW_BIN) is this
# plus a bundle of the native modules (mk/natmod.mk).
$(FW_CORE_BIN): $(FW_DIR)/espy-esp01.elf $(FW_IMAGE_TOOL)
	$(FW_IMAGE_TOOL) from-elf $< -o $@ --flash-size 512K --bundle-size 0 --limit $(FW_LIMIT)

$(FW_SELFTEST_BIN): $(FW_DIR)/espy-selftest.elf $(FW_IMAGE_TOOL)
	$(FW_IMAGE_TOOL) from-elf $< -o $@ --flash-size 512K --limit $(FW_LIMIT) >/dev/null

-include $(FW_OBJS:.o=.d) $(FW_SELFTEST_OBJS:.o=.d)

# ---- tests and benchmark -------------------------------------------------------------------
.PHONY: test-firmware-app bench-bake
# (the counting plugin: tests/firmware/run.sh boots apps with a pins file, narrow-load-fault)
test-firmware-app: $(BUILD)/espy $(BUILD)/emu/rom.elf $(BUILD)/emu/libespy_icount.so $(FW_BIN) $(FW_SELFTEST_BIN)
	SELFTEST=$(FW_SELFTEST_BIN) sh tests/firmware/run.sh $(BUILD)/espy $(FW_BIN)

TEST_TARGETS += test-firmware-app

bench-bake: $(BUILD)/espy $(FW_BIN)
	sh tests/firmware/bench-bake.sh $(BUILD)/espy $(FW_BIN)
