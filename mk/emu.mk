# The emulator (docs/emulator.md): the ROM model that runs inside QEMU, and its tests.
#   make emu-rom    ->  build/emu/rom.elf (found by `espy emu` next to the espy binary)
#   make test-emu   ->  tests/emu/run.sh

EMU_DIR    := $(BUILD)/emu
EMU_CC     := xtensa-lx106-elf-gcc
EMU_CFLAGS := -std=c11 $(CFLAGS_WARN) -O2 -g -mlongcalls -mtext-section-literals -ffreestanding \
              -fno-tree-loop-distribute-patterns -MMD -MP -Iemu/rom -Iports/lx106
# The 24 libgcc helpers the mask ROM carries come from the lx106 runtime (ports/lx106), the
# same C the QEMU test build links; the ROM model serves them at their ROM addresses.
EMU_SRCS   := $(wildcard emu/rom/*.c) $(wildcard emu/rom/*.S) ports/lx106/rt_int.c ports/lx106/rt_float.c
EMU_OBJS   := $(patsubst %,$(EMU_DIR)/obj/%.o,$(basename $(EMU_SRCS)))

.PHONY: emu-rom test-emu
emu-rom: $(EMU_DIR)/rom.elf

$(EMU_DIR)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(EMU_CC) $(EMU_CFLAGS) -c $< -o $@

$(EMU_DIR)/obj/%.o: %.S
	@mkdir -p $(dir $@)
	$(EMU_CC) -mlongcalls -mtext-section-literals -c $< -o $@

$(EMU_DIR)/rom.elf: $(EMU_OBJS) emu/rom/rom.ld
	$(EMU_CC) -nostdlib -Wl,--no-warn-rwx-segments -Temu/rom/rom.ld $(EMU_OBJS) -lgcc -o $@


# A stand-alone driver with just `image` and `emu`, for when build/espy does not build:
#   make test-emu ESPY=build/emu/espy-tools
EMU_TOOLS_SRCS := ports/host/emu.c ports/host/image.c lib/espimage.c lib/esplayout.c lib/crc32.c
$(EMU_DIR)/espy-tools: $(EMU_TOOLS_SRCS) ports/host/image.h ports/host/commands.h lib/espimage.h lib/esplayout.h core/frozen.h
	@mkdir -p $(dir $@)
	$(HOSTCC) -std=c11 $(CFLAGS_WARN) -O2 -g -D_DEFAULT_SOURCE -DEMU_STANDALONE -Ilib -Icore -Iports/host \
	    $(EMU_TOOLS_SRCS) -lm -o $@

# The platform tests boot the self-test firmware (mk/firmware.mk); the Python firmware's own
# tests are test-firmware-app.
ESPY ?= $(BUILD)/espy
test-emu: $(ESPY) $(EMU_DIR)/rom.elf $(EMU_DIR)/libespy_icount.so $(BUILD)/esp8266/espy-selftest-512k.bin
	sh tests/emu/run.sh $(ESPY) $(BUILD)/esp8266/espy-selftest-512k.bin

TEST_TARGETS += test-emu

-include $(EMU_OBJS:.o=.d)
