# `espy flash` (ROM serial loader client), its verify RAM program, the loader simulator and
# the flash tests.  See docs/flash.md.

FLASH_DIR  := $(BUILD)/flash
LX_CC      := xtensa-lx106-elf-gcc
LX_CFLAGS  := -std=c11 $(CFLAGS_WARN) -Os -mlongcalls -ffreestanding -fno-builtin

# The verify program (lx106), embedded into build/espy as a generated C array.
FLASHVERIFY_SRCS := ports/esp8266/flashverify/flashverify.c
FLASHVERIFY_DEPS := $(FLASHVERIFY_SRCS) ports/esp8266/flashverify/flashverify.h ports/esp8266/flashverify/flashverify.ld

$(FLASH_DIR)/flashverify.elf: $(FLASHVERIFY_DEPS)
	@mkdir -p $(dir $@)
	$(LX_CC) $(LX_CFLAGS) -nostdlib -nostartfiles -Wl,-T,ports/esp8266/flashverify/flashverify.ld \
		-Wl,--gc-sections $(FLASHVERIFY_SRCS) -o $@

$(FLASH_DIR)/ramprog2c: tools/ramprog2c.c
	@mkdir -p $(dir $@)
	$(HOSTCC) -std=c11 $(CFLAGS_WARN) -O2 $< -o $@

$(BUILD)/gen/flashverify_blob.h: $(FLASH_DIR)/flashverify.elf $(FLASH_DIR)/ramprog2c
	@mkdir -p $(dir $@)
	$(FLASH_DIR)/ramprog2c $< flashverify $@

HOST_GEN += $(BUILD)/gen/flashverify_blob.h

# The simulator and the ROM shim it runs RAM programs with.
$(FLASH_DIR)/flashsim: tests/flash/flashsim.c
	@mkdir -p $(dir $@)
	$(HOSTCC) -std=c11 $(CFLAGS_WARN) -O2 -g $< -o $@

$(FLASH_DIR)/mkimage: tests/flash/mkimage.c
	@mkdir -p $(dir $@)
	$(HOSTCC) -std=c11 $(CFLAGS_WARN) -O2 $< -o $@

FLASH_SHIM_SRCS := tests/flash/shim/start.S tests/flash/shim/shim.c lib/md5.c
$(FLASH_DIR)/shim.elf: $(FLASH_SHIM_SRCS) tests/flash/shim/shim.ld lib/md5.h
	@mkdir -p $(dir $@)
	$(LX_CC) $(LX_CFLAGS) -O2 -mtext-section-literals -Ilib -nostdlib -nostartfiles \
		-Wl,-T,tests/flash/shim/shim.ld $(FLASH_SHIM_SRCS) -lgcc -o $@

FLASH_TEST_DEPS := $(BUILD)/espy $(FLASH_DIR)/flashsim $(FLASH_DIR)/shim.elf $(FLASH_DIR)/mkimage

.PHONY: test-flash test-flash-c test-flash-node
test-flash: test-flash-c test-flash-node

test-flash-c: $(FLASH_TEST_DEPS)
	bash tests/flash/run.sh $(BUILD)

test-flash-node: $(FLASH_TEST_DEPS)
	bash tests/flash/run-node.sh $(BUILD)

TEST_TARGETS += test-flash
