# The main job, end to end: build espy and the ESP-01 firmware, bake examples/demo into a
# flashable image (no C compiler involved), and boot that image on the emulated board.
#   make demo        ->  build/demo-esp01-512k.bin, then its boot output on the emulated UART

DEMO_BIN := $(BUILD)/demo-esp01-512k.bin

.PHONY: demo
demo: $(BUILD)/espy firmware
	$(BUILD)/espy build -o $(DEMO_BIN) --base $(FW_BIN) examples/demo
	$(BUILD)/espy emu $(DEMO_BIN) --script /dev/null --timeout 120
	@echo "demo: flash it to an ESP-01 with: $(BUILD)/espy flash -p /dev/ttyUSB0 $(DEMO_BIN)"
