# ESP-01 firmware (ports/esp8266, docs/firmware.md).
#   make firmware   ->  build/esp8266/espy-esp01-512k.bin (+ .elf, .map), prints the layout
# The image is made from the ELF by `espy image from-elf`, here built standalone from
# ports/host/image.c so that the firmware does not wait for the whole host binary.

FW_DIR     := $(BUILD)/esp8266
FW_CC      := xtensa-lx106-elf-gcc
FW_CFLAGS  := -std=c11 $(CFLAGS_WARN) -Os -g -mlongcalls -mtext-section-literals -mforce-l32 \
              -ffunction-sections -fdata-sections -ffreestanding -fno-tree-loop-distribute-patterns \
              -MMD -MP -Iports/esp8266 -Ilib -Icore
FW_ASFLAGS := -mlongcalls -mtext-section-literals
FW_LDFLAGS := -nostdlib -Wl,--gc-sections -Wl,--no-warn-rwx-segments -Wl,-Map=$(FW_DIR)/espy-esp01.map \
              -Lports/esp8266 -Tesp8266.ld

# The platform; the library code it shares with the host tools; the application.  The Python
# port replaces FW_APP_SRCS (the self-test) with its own sources providing espy_main().
FW_PLATFORM_SRCS := $(wildcard ports/esp8266/*.S) \
                    $(filter-out ports/esp8266/selftest.c,$(wildcard ports/esp8266/*.c))
FW_LIB_SRCS ?= lib/esplayout.c
FW_APP_SRCS ?= ports/esp8266/selftest.c
FW_SRCS := $(FW_PLATFORM_SRCS) $(FW_LIB_SRCS) $(FW_APP_SRCS)
FW_OBJS := $(patsubst %,$(FW_DIR)/obj/%.o,$(basename $(FW_SRCS)))
FW_IMAGE_TOOL := $(FW_DIR)/espy-image

.PHONY: firmware
firmware: $(FW_DIR)/espy-esp01-512k.bin
	@$(FW_IMAGE_TOOL) info $< | sed -n '/^flash use/,$$p'

$(FW_DIR)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(FW_CC) $(FW_CFLAGS) -c $< -o $@

$(FW_DIR)/obj/%.o: %.S
	@mkdir -p $(dir $@)
	$(FW_CC) $(FW_ASFLAGS) -c $< -o $@

$(FW_DIR)/espy-esp01.elf: $(FW_OBJS) ports/esp8266/esp8266.ld ports/esp8266/rom.ld
	$(FW_CC) $(FW_LDFLAGS) $(FW_OBJS) -lgcc -o $@

$(FW_IMAGE_TOOL): ports/host/image.c ports/host/image.h lib/espimage.c lib/espimage.h \
                  lib/esplayout.c lib/esplayout.h
	@mkdir -p $(dir $@)
	$(HOSTCC) -std=c11 $(CFLAGS_WARN) -O2 -D_DEFAULT_SOURCE -DIMAGE_STANDALONE -Ilib -Iports/host \
	    ports/host/image.c lib/espimage.c lib/esplayout.c -o $@

$(FW_DIR)/espy-esp01-512k.bin: $(FW_DIR)/espy-esp01.elf $(FW_IMAGE_TOOL)
	$(FW_IMAGE_TOOL) from-elf $< -o $@ --flash-size 512K --limit 262144

-include $(FW_OBJS:.o=.d)
