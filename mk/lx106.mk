# The lx106 QEMU platform (docs/lx106.md): runtime helpers and string functions (ports/lx106),
# start-up, semihosting and exception reporting (ports/qemu), the TCG plugin (emu/plugin).
#   make lx106-rt        ->  platform objects, plugin, test programs under build/lx106/
#   make test-lx106-rt   ->  helper vectors, exceptions, semihosting, strings, plugin tests
#   make bench-lx106-rt  ->  instructions per runtime-helper call
#   make bench-lx106     ->  the benchmark programs (small size) on the lx106: instructions, peak heap
#
# Reusable by other fragments:
#   LX106_CC, LX106_CFLAGS      compiler and flags for all lx106 C code (-mforce-l32 etc.)
#   LX106_OBJ_DIR               objects go to $(LX106_OBJ_DIR)/<source path>.o (pattern rules
#                               below compile any .c/.S of the tree there)
#   LX106_PLATFORM_OBJS         everything a program needs besides its own code and main()
#   LX106_LD, LX106_LDFLAGS     linker script and link flags (link with $(LX106_LINK))
#   LX106_RUN, LX106_PLUGIN     runner script and plugin; run with: $(LX106_RUN) prog.elf args
#
# The Python core on the lx106 (docs/lx106.md, "The Python core"):
#   make lx106           ->  build/lx106/espy.elf: core + lib + ports/qemu/port.c (with
#                            ports/common/ffsport.c: files in an ffs in RAM over the host's) under QEMU
#   make test-lx106      ->  libm against the host, C-stack checks, the Python test suite
#   LX106_CORE_SRCS/_OBJS  the core and lib sources/objects for any lx106 program
#   LX106_LIBM_FIX         exact trunc/floor/ceil to link ahead of picolibc's libm
#   run a program with:    $(LX106_RUN) build/lx106/espy.elf [-X heapsize=64k] tests/x/y.py

LX106_DIR     := $(BUILD)/lx106
LX106_OBJ_DIR := $(LX106_DIR)/obj
LX106_CC      := xtensa-lx106-elf-gcc
LX106_SPECS   := /usr/lib/xtensa-lx106-elf/picolibc.specs
# -mlongcalls: IRAM, flash and ROM are ~1 MB apart, beyond CALL0's reach.
# -mtext-section-literals: literal pools next to their code (L32R reaches 256 kB backwards).
# -mforce-l32: 8/16-bit loads become aligned 32-bit loads + shift, legal on flash.
# -ffunction-sections -fdata-sections + --gc-sections: drop what is not used.
# -fno-tree-loop-distribute-patterns: gcc must not turn copy loops into memcpy calls (the
#   string functions themselves are such loops).
LX106_CFLAGS  := -std=c11 $(CFLAGS_WARN) -O2 -g -mlongcalls -mtext-section-literals -mforce-l32 \
                 -ffunction-sections -fdata-sections -fno-tree-loop-distribute-patterns \
                 -specs=$(LX106_SPECS) -MMD -MP -Iports/lx106 -Iports/qemu -Icore -Ilib -I$(BUILD)/gen
LX106_ASFLAGS := -mlongcalls -mtext-section-literals -MMD -MP -Iports/lx106
LX106_LD      := ports/qemu/qemu.ld
LX106_LDFLAGS := -specs=$(LX106_SPECS) -nostartfiles -Wl,--gc-sections \
                 -Wl,--no-warn-rwx-segments -T$(LX106_LD)
LX106_LIBS    := -lm
LX106_RUN     := ports/qemu/run.sh
LX106_PLUGIN  := $(LX106_DIR)/liblx106_check.so

# Link the .o prerequisites of the target into it, with a map file beside it.
define LX106_LINK
@mkdir -p $(dir $@)
$(LX106_CC) $(filter %.o,$^) $(LX106_LDFLAGS) -Wl,-Map=$(@:.elf=.map) $(LX106_LIBS) -o $@
endef

LX106_RT_SRCS       := ports/lx106/rt_int.c ports/lx106/rt_float.c ports/lx106/rt_string.c \
                       ports/lx106/lx106_exc.c ports/lx106/vectors.S
LX106_QEMU_SRCS     := ports/qemu/reset.S ports/qemu/start.c ports/qemu/semihost.c \
                       ports/qemu/fatal.c ports/qemu/stdio.c
LX106_PLATFORM_OBJS := $(patsubst %,$(LX106_OBJ_DIR)/%.o,$(basename $(LX106_RT_SRCS) $(LX106_QEMU_SRCS)))

$(LX106_OBJ_DIR)/%.o: %.c
	@mkdir -p $(dir $@)
	$(LX106_CC) $(LX106_CFLAGS) -c $< -o $@

$(LX106_OBJ_DIR)/%.o: %.S
	@mkdir -p $(dir $@)
	$(LX106_CC) $(LX106_ASFLAGS) -c $< -o $@

# The string functions define memcpy & co. themselves.
$(LX106_OBJ_DIR)/ports/lx106/rt_string.o: LX106_CFLAGS += -fno-builtin

$(LX106_PLUGIN): emu/plugin/lx106_check.c emu/plugin/qemu_plugin_api.h
	@mkdir -p $(dir $@)
	$(HOSTCC) -std=c11 $(CFLAGS_WARN) -O2 -g -D_DEFAULT_SOURCE -fPIC -shared -fvisibility=hidden \
	    $< -o $@

# ---- tests -------------------------------------------------------------------------------
LX106_T := $(LX106_DIR)/tests
LX106_TEST_ELFS := $(addprefix $(LX106_T)/,rtvec.elf exceptions.elf resume.elf semihost.elf \
                   strings.elf stack.elf flashload-l32.elf flashload-l8.elf count.elf rtbench.elf)

$(LX106_T)/%.elf: $(LX106_OBJ_DIR)/tests/lx106/%.o $(LX106_PLATFORM_OBJS) $(LX106_LD)
	$(LX106_LINK)

# Objects made by the pattern chain above are kept (make would delete them as intermediates).
.SECONDARY: $(patsubst $(LX106_T)/%.elf,$(LX106_OBJ_DIR)/tests/lx106/%.o,$(LX106_TEST_ELFS))

# The plugin test: the same byte loads from a flash table, with and without -mforce-l32.
$(LX106_OBJ_DIR)/tests/lx106/flashload-l32.o: tests/lx106/flashload.c
	@mkdir -p $(dir $@)
	$(LX106_CC) $(LX106_CFLAGS) -c $< -o $@

$(LX106_OBJ_DIR)/tests/lx106/flashload-l8.o: tests/lx106/flashload.c
	@mkdir -p $(dir $@)
	$(LX106_CC) $(filter-out -mforce-l32,$(LX106_CFLAGS)) -c $< -o $@

$(LX106_DIR)/rtvec_host: tests/lx106/rtvec_host.c tests/lx106/rtvec.h
	@mkdir -p $(dir $@)
	$(HOSTCC) -std=c11 $(CFLAGS_WARN) -O2 -ffp-contract=off -D_DEFAULT_SOURCE $< -o $@ -lm

.PHONY: lx106-rt test-lx106-rt bench-lx106-rt
lx106-rt: $(LX106_PLATFORM_OBJS) $(LX106_PLUGIN) $(LX106_TEST_ELFS) $(LX106_DIR)/rtvec_host

test-lx106-rt: lx106-rt
	sh tests/lx106/run.sh $(LX106_DIR)

TEST_TARGETS += test-lx106-rt

# Instructions per helper call (deterministic: -icount shift=0, CCOUNT = instructions / 25).
bench-lx106-rt: lx106-rt
	LX106_ICOUNT=0 LX106_PLUGIN=none $(LX106_RUN) $(LX106_T)/rtbench.elf

-include $(wildcard $(LX106_OBJ_DIR)/*/*/*.d $(LX106_OBJ_DIR)/*/*.d)

# ---- the espy core on the lx106 --------------------------------------------------------------
# One compile of the core and the pure libraries for every lx106 program (the QEMU build here,
# the firmware in mk/firmware.mk): same objects, same flags (LX106_CFLAGS; the core's switches
# are in ports/qemu/portconfig.h).  A program links $(LX106_CORE_OBJS) with its port file and
# main(), plus $(LX106_PLATFORM_OBJS) under QEMU.
LX106_CORE_SRCS := $(sort $(wildcard core/*.c lib/*.c))
LX106_CORE_OBJS := $(LX106_CORE_SRCS:%.c=$(LX106_OBJ_DIR)/%.o) $(LX106_OBJ_DIR)/$(NAMES_C:.c=.o)
$(LX106_CORE_OBJS): | $(NAMES_H)
# The core files the firmware builds without -mforce-l32 (L32_OFF_SRCS, mk/firmware.mk): the
# same here, so that the plugin's check over the whole test suite covers them.
$(patsubst %.c,$(LX106_OBJ_DIR)/%.o,$(L32_OFF_SRCS)): LX106_CFLAGS += -mno-force-l32
# dtoa as in the firmware: no 64-bit engine, for writing or reading doubles (mk/firmware.mk)
$(LX106_OBJ_DIR)/lib/dtoa.o: LX106_CFLAGS += -DDTOA_FAST=0
# and mpn's multiplication without Karatsuba's method (mk/firmware.mk)
$(LX106_OBJ_DIR)/lib/mpn.o $(LX106_OBJ_DIR)/core/objint.o: LX106_CFLAGS += -DMPN_KARATSUBA=0
# flags from this file and mk/firmware.mk (L32_OFF_SRCS): rebuilt when they change
$(LX106_CORE_OBJS) $(LX106_PLATFORM_OBJS): mk/lx106.mk mk/firmware.mk

# picolibc's trunc/floor/ceil are wrong on the lx106: link this ahead of -lm (tests/lx106/libm.sh).
LX106_LIBM_FIX := $(LX106_OBJ_DIR)/ports/qemu/mathfix.o

# The QEMU build: build/lx106/espy.elf [-X heapsize=N] [-c code | file.py | -] [args]
LX106_ESPY := $(LX106_DIR)/espy.elf
LX106_ESPY_OBJS := $(LX106_CORE_OBJS) $(LX106_OBJ_DIR)/ports/qemu/port.o \
                   $(LX106_OBJ_DIR)/ports/common/ffsport.o $(LX106_LIBM_FIX)

.PHONY: lx106 test-lx106
lx106: $(LX106_ESPY) $(LX106_PLUGIN)

# the port's files include the core's headers too, and with them the generated ones
$(LX106_ESPY_OBJS): | $(NAMES_H)
$(LX106_ESPY): $(LX106_ESPY_OBJS) $(LX106_PLATFORM_OBJS) $(LX106_LD)
	$(LX106_LINK)
	@sh ports/qemu/size.sh $@

# libm against the host's, deep recursion on the 8 kB C stack, then the whole Python test suite
# under QEMU with the board's heap.
$(LX106_T)/libm.elf: $(LX106_LIBM_FIX)
$(LX106_DIR)/libm_host: tests/lx106/libm.c
	@mkdir -p $(dir $@)
	$(HOSTCC) -std=c11 $(CFLAGS_WARN) -O2 -ffp-contract=off -DLIBM_HOST $< -o $@ -lm

test-lx106: lx106 $(LX106_T)/libm.elf $(LX106_DIR)/libm_host $(LX106_T)/flashload-l8.elf
	sh tests/lx106/libm.sh $(LX106_DIR)
	sh tests/lx106/core.sh $(LX106_DIR)
	sh tests/lx106/pytest.sh

TEST_TARGETS += test-lx106

# The benchmark programs at their small size on the lx106: instructions and peak heap each.
.PHONY: bench-lx106
bench-lx106: lx106
	sh bench/lx106.sh
