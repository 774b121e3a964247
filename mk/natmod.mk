# Native modules (docs/bundle.md "Native modules"): built-in modules written in C that the
# ESP-01 firmware leaves out.  Each is linked on its own against the firmware's symbols into a
# block of code and constants that runs in place from a bundle; `espy build` bakes it into an
# app's bundle only when the app imports it, and the base image carries all of them.
#   $(NATMOD_DIR)/NAME.enm   one module: head, code, constants, relocation table (core/frozen.h)
# The host espy and the lx106 QEMU build keep these modules built in.


NATMOD_LINK := $(BUILD)/tools/natmodlink
# Two links at addresses NATMOD_DELTA apart tell the words holding addresses inside the module
# (tools/natmodlink.c); not a multiple of 64 kB, so that an alignment above 16 bytes shows.
NATMOD_BASE_A := 0x40300000
NATMOD_DELTA  := 0x10010

nat_objs = $(patsubst %,$(NATMOD_DIR)/obj/%.o,$(basename $(1)))
NATMOD_OBJS := $(call nat_objs,$(NATMOD_ALL_SRCS))
NATMOD_ENMS := $(patsubst %,$(NATMOD_DIR)/%.enm,$(NATMODS))
# Calls out of the module go through literals (-mlongcalls, and no relaxation at link time into
# direct CALL0s, which would depend on where the module sits); otherwise the core's flags.
NATMOD_CFLAGS = $(FW_CFLAGS) -mlongcalls -fno-jump-tables -Wa,--no-target-align
NATMOD_LDFLAGS = -nostdlib -Wl,--gc-sections -Wl,--no-relax -Wl,--no-warn-rwx-segments \
                 -Wl,-R,$(FW_DIR)/espy-esp01.elf -Tports/esp8266/natmod.ld

$(NATMOD_DIR)/obj/%.o: %.c | $(BUILD)/gen/names_gen.h
	@mkdir -p $(dir $@)
	$(FW_CC) $(NATMOD_CFLAGS) -c $< -o $@

# The firmware keeps what the modules use: every symbol they need and do not define themselves,
# from its own objects or from the libraries (libm's functions stay in the firmware: picolibc is
# built without long calls, so its code could not be moved into a module).
$(NATMOD_DIR)/natmod-keep.ld: $(NATMOD_OBJS)
	@mkdir -p $(dir $@)
	xtensa-lx106-elf-nm -u $(NATMOD_OBJS) | awk 'NF == 2 {print $$2}' | sort -u > $@.undef
	xtensa-lx106-elf-nm -g --defined-only $(NATMOD_OBJS) | awk 'NF == 3 {print $$3}' | sort -u > $@.def
	comm -23 $@.undef $@.def | sed 's/.*/EXTERN(&)/' > $@

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
                        $(FW_DIR)/espy-esp01.elf ports/esp8266/natmod.ld $(NATMOD_LINK)
	$$(FW_CC) $$(NATMOD_LDFLAGS) -Wl,--defsym=NATMOD_BASE=$(NATMOD_BASE_A) -Wl,-Map=$$(@:.enm=.map) \
	    $$(filter %.o,$$^) -o $$(@:.enm=.a.elf)
	$$(FW_CC) $$(NATMOD_LDFLAGS) -Wl,--defsym=NATMOD_BASE=$$$$(($(NATMOD_BASE_A) + $(NATMOD_DELTA))) \
	    $$(filter %.o,$$^) -o $$(@:.enm=.b.elf)
	xtensa-lx106-elf-objcopy -O binary -j .natmod $$(@:.enm=.a.elf) $$(@:.enm=.a.bin)
	xtensa-lx106-elf-objcopy -O binary -j .natmod $$(@:.enm=.b.elf) $$(@:.enm=.b.bin)
	$(NATMOD_LINK) $$(@:.enm=.a.bin) $$(@:.enm=.b.bin) $(NATMOD_BASE_A) $(NATMOD_DELTA) $$@
endef
$(foreach m,$(NATMODS),$(eval $(call natmod_rules,$(m))))

$(NATMOD_OBJS): mk/natmod.mk mk/firmware.mk
-include $(NATMOD_OBJS:.o=.d)

# The base image: the firmware with every native module in its bundle, so that the REPL has
# them all; `espy build` takes from it those an app imports.
$(FW_BIN): $(FW_CORE_BIN) $(NATMOD_ENMS) $(BUILD)/espy
	$(BUILD)/espy build -q --base $< $(addprefix --native ,$(NATMOD_ENMS)) -o $@

.PHONY: natmods
natmods: $(NATMOD_ENMS)

.PHONY: test-natmod
test-natmod: $(BUILD)/espy $(BUILD)/emu/rom.elf $(FW_BIN)
	sh tests/firmware/native.sh $(BUILD)/espy $(FW_BIN) $(NATMOD_DIR)

TEST_TARGETS += test-natmod
