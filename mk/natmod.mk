# Native modules (docs/bundle.md "Native modules"): built-in modules written in C that the
# ESP-01 firmware leaves out.  Each is linked on its own against the firmware's symbols into a
# block of code and constants that runs in place from a bundle; `espy build` bakes it into an
# app's bundle only when the app imports it, and the base image carries all of them.
#   $(NATMOD_DIR)/NAME.enm   one module: head, code, constants, relocation and call tables
#                            (core/frozen.h)
#   make test-natmod         tests/firmware/native.sh: the modules on the emulated board
# The host espy and the lx106 QEMU build keep these modules built in.

NATMOD_LINK := $(BUILD)/tools/natmodlink
# Two links at addresses NATMOD_DELTA apart tell the words holding addresses inside the module
# and the calls into the firmware (tools/natmodlink.c); not a multiple of 64 kB, so that an
# alignment above 16 bytes shows.  Both within CALL0 reach (+-512 kB) of the firmware's irom0,
# as a module is where `espy build` puts it: first in the bundle, right after the firmware.  (A
# call to IRAM or the ROM, out of reach from anywhere in flash, fails the link.)
NATMOD_BASE_A := 0x40260000
NATMOD_DELTA  := 0x10010

nat_objs = $(patsubst %,$(NATMOD_DIR)/obj/%.o,$(basename $(1)))
NATMOD_OBJS := $(call nat_objs,$(NATMOD_ALL_SRCS))
NATMOD_ENMS := $(patsubst %,$(NATMOD_DIR)/%.enm,$(NATMODS))
# The core's flags: calls into the firmware are CALL0s, which espy build re-aims where it places
# the module.  What the module needs from picolibc and libgcc that the firmware does not have
# (the rarer libm functions of math) is linked into it; those call the firmware with CALL0s too.
NATMOD_CFLAGS = $(FW_CFLAGS) -fno-jump-tables -Wa,--no-target-align
NATMOD_LDFLAGS = -nostdlib -Wl,--gc-sections -Wl,--no-warn-rwx-segments \
                 -Wl,-R,$(FW_DIR)/espy-esp01.elf -Tports/esp8266/natmod.ld

$(NATMOD_DIR)/obj/%.o: %.c | $(BUILD)/gen/names_gen.h
	@mkdir -p $(dir $@)
	$(FW_CC) $(NATMOD_CFLAGS) -c $< -o $@

# The firmware keeps what the modules use of its own objects, and picolibc's errno and signgam,
# which libm functions in a module write (a module has no RAM).  What else they need from the
# libraries they take a copy of, unless the firmware has it anyway (pow, fmod, floor ...).
$(NATMOD_DIR)/natmod-keep.ld: $(NATMOD_OBJS) $(FW_OBJS) $(MACHINE_FW_OBJS)
	@mkdir -p $(dir $@)
	xtensa-lx106-elf-nm -u $(NATMOD_OBJS) | awk 'NF == 2 {print $$2}' | sort -u > $@.undef
	xtensa-lx106-elf-nm -g --defined-only $(FW_OBJS) $(MACHINE_FW_OBJS) | awk 'NF == 3 {print $$3}' | sort -u > $@.def
	{ comm -12 $@.undef $@.def; echo errno; echo signgam; } | sed 's/.*/EXTERN(&)/' > $@

$(NATMOD_LINK): tools/natmodlink.c core/frozen.h
	@mkdir -p $(dir $@)
	$(HOSTCC) -std=c11 $(CFLAGS_WARN) -O2 -Icore $< -o $@

# One module: its head (ports/esp8266/natmod_head.c with its names), its objects, two links, the .enm.
define natmod_rules
$(NATMOD_DIR)/obj/head_$(1).o: ports/esp8266/natmod_head.c mk/natmod.mk | $(BUILD)/gen/names_gen.h
	@mkdir -p $$(dir $$@)
	$$(FW_CC) $$(NATMOD_CFLAGS) -DNATMOD_MODULE=mod_$(1) -DNATMOD_NAME1=N_$(1) \
	    $(if $(NATMOD_ALIAS_$(1)),-DNATMOD_NAME2=N_$(NATMOD_ALIAS_$(1))) -c $$< -o $$@

$(NATMOD_DIR)/$(1).enm: $(NATMOD_DIR)/obj/head_$(1).o $(call nat_objs,$(NATMOD_SRCS_$(1))) \
                        $(FW_DIR)/espy-esp01.elf $(FW_CORE_BIN) ports/esp8266/natmod.ld $(NATMOD_LINK)
	$$(FW_CC) $$(NATMOD_LDFLAGS) -Wl,--defsym=NATMOD_BASE=$(NATMOD_BASE_A) -Wl,-Map=$$(@:.enm=.map) \
	    $$(filter %.o,$$^) $$(FW_LIBS) -o $$(@:.enm=.a.elf)
	$$(FW_CC) $$(NATMOD_LDFLAGS) -Wl,--defsym=NATMOD_BASE=$$$$(($(NATMOD_BASE_A) + $(NATMOD_DELTA))) \
	    $$(filter %.o,$$^) $$(FW_LIBS) -o $$(@:.enm=.b.elf)
	xtensa-lx106-elf-objcopy -O binary -j .natmod $$(@:.enm=.a.elf) $$(@:.enm=.a.bin)
	xtensa-lx106-elf-objcopy -O binary -j .natmod $$(@:.enm=.b.elf) $$(@:.enm=.b.bin)
	$(NATMOD_LINK) $$(@:.enm=.a.bin) $$(@:.enm=.b.bin) $(NATMOD_BASE_A) $(NATMOD_DELTA) $(FW_CORE_BIN) $$@
endef
$(foreach m,$(NATMODS),$(eval $(call natmod_rules,$(m))))

$(NATMOD_OBJS): mk/natmod.mk mk/firmware.mk
# (the heads too: they hold the modules' static name ids, which a new name in the table shifts)
-include $(NATMOD_OBJS:.o=.d) $(patsubst %,$(NATMOD_DIR)/obj/head_%.d,$(NATMODS))

# The base image: the firmware with every native module in its bundle, so that the REPL has
# them all; `espy build` takes from it those an app imports.
$(FW_BIN): $(FW_CORE_BIN) $(NATMOD_ENMS) $(BUILD)/espy
	$(BUILD)/espy build -q --base $< $(addprefix --native ,$(NATMOD_ENMS)) -o $@

.PHONY: natmods
natmods: $(NATMOD_ENMS)

.PHONY: test-natmod
test-natmod: $(BUILD)/espy $(BUILD)/emu/rom.elf $(FW_BIN)
	NATMODLINK=$(NATMOD_LINK) NATMOD_BASE=$(NATMOD_BASE_A) NATMOD_DELTA=$(NATMOD_DELTA) NATMOD_FW=$(FW_CORE_BIN) \
	    sh tests/firmware/native.sh $(BUILD)/espy $(FW_BIN) $(NATMOD_DIR)

TEST_TARGETS += test-natmod
