# The board library (pylib/*.py: neopixel, dht, onewire, ds18x20, framebuf, ssd1306; docs/machine.md, "Drivers in
# Python"): embedded in build/espy by tools/pylib2c (no Python at build time), baked into a
# bundle by `espy build` when an app imports a module, found by `espy prog.py` on the PC.
#   make test-pylib   ->  the drivers' logic on the host (tests/pylib/*.py), baking
#                         (tests/pylib/bake.sh: automatic, --lib, --no-lib, a user's file wins)
#                         and a program using all four on the emulated board with the sensor
#                         models, its WS2812 bits decoded from the trace (tests/pylib/emu.sh);
#                         an SSD1306 program against the emulator's display (tests/pylib/oled.sh)

PYLIB2C    := $(BUILD)/tools/pylib2c
PYLIB_SRCS := $(sort $(wildcard pylib/*.py))
PYLIB_C    := $(BUILD)/gen/pylib_gen.c
PYLIB_OBJ  := $(BUILD)/host/gen/pylib_gen.o

$(PYLIB2C): tools/pylib2c.c
	@mkdir -p $(dir $@)
	$(HOSTCC) -std=c11 -O2 $(CFLAGS_WARN) -D_DEFAULT_SOURCE $< -o $@

$(PYLIB_C): $(PYLIB2C) $(PYLIB_SRCS)
	@mkdir -p $(dir $@)
	$(PYLIB2C) $@ $(PYLIB_SRCS)

$(PYLIB_OBJ): $(PYLIB_C) ports/host/pylib.h | $(HOST_GEN)
	@mkdir -p $(dir $@)
	$(HOSTCC) $(HOST_CFLAGS) -c $< -o $@

# (host.mk's link takes HOST_OBJS when it runs)
HOST_OBJS += $(PYLIB_OBJ)
$(BUILD)/espy: $(PYLIB_OBJ)

.PHONY: test-pylib
test-pylib: $(BUILD)/espy $(FW_BIN) $(EMU_DIR)/rom.elf $(EMU_DIR)/libespy_icount.so
	ESPY=$(abspath $(BUILD)/espy) sh tests/run.sh tests/pylib
	sh tests/pylib/bake.sh $(BUILD)/espy $(FW_BIN)
	sh tests/pylib/emu.sh $(BUILD)/espy $(FW_BIN)
	sh tests/pylib/oled.sh $(BUILD)/espy $(FW_BIN)

TEST_TARGETS += test-pylib
