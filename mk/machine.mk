# The hardware modules (docs/machine.md): machine, esp and _onewire in the core
# (core/modmachine.c, core/machine_*.c, core/modesp.c, core/modonewire.c, interface
# core/port_machine.h), simulated on the host (ports/host/machine_sim.c),
# drivers on the ESP8266 (ports/esp8266/machine_*.c, machine_entry.S), and the emulator's
# peripheral model (emu/periph/, `espy emu --trace/--pins`, docs/emulator.md).
#   make test-machine   ->  the Python layer on the host (tests/machine/*.py), then the drivers
#                           on the emulated board (tests/machine/emu/run.sh)

# The firmware links the drivers (mk/firmware.mk compiles them with its pattern rules).
MACHINE_FW_SRCS := $(sort $(wildcard ports/esp8266/machine_*.c ports/esp8266/machine_*.S))
MACHINE_FW_OBJS := $(call fw_objs,$(MACHINE_FW_SRCS))
$(FW_DIR)/espy-esp01.elf: $(MACHINE_FW_OBJS)
# interrupt handlers in IRAM calling flash code and back: long calls
$(MACHINE_FW_OBJS): FW_CFLAGS += -mlongcalls
$(MACHINE_FW_OBJS): mk/firmware.mk mk/machine.mk   # their flags are set there
-include $(MACHINE_FW_OBJS:.o=.d)

# The peripheral model is part of `espy emu` (host.mk's link takes HOST_OBJS when it runs).
MACHINE_EMU_SRCS := $(sort $(wildcard emu/periph/*.c))
MACHINE_EMU_OBJS := $(MACHINE_EMU_SRCS:%.c=$(BUILD)/host/%.o)
HOST_OBJS += $(MACHINE_EMU_OBJS)
$(BUILD)/espy: $(MACHINE_EMU_OBJS)
EMU_TOOLS_SRCS += $(MACHINE_EMU_SRCS)
$(EMU_DIR)/espy-tools: $(MACHINE_EMU_SRCS) emu/periph/periph.h
-include $(MACHINE_EMU_OBJS:.o=.d)

# The plugin that counts instructions into a file the model maps (found beside rom.elf).
$(EMU_DIR)/libespy_icount.so: emu/plugin/icount_shm.c emu/plugin/qemu_plugin_api.h
	@mkdir -p $(dir $@)
	$(HOSTCC) -std=c11 $(CFLAGS_WARN) -O2 -g -D_DEFAULT_SOURCE -fPIC -shared -fvisibility=hidden $< -o $@
emu-rom: $(EMU_DIR)/libespy_icount.so

.PHONY: test-machine
test-machine: $(BUILD)/espy $(EMU_DIR)/rom.elf $(EMU_DIR)/libespy_icount.so $(FW_BIN)
	ESPY=$(abspath $(BUILD)/espy) sh tests/run.sh tests/machine
	sh tests/machine/emu/run.sh $(BUILD)/espy $(FW_BIN)

TEST_TARGETS += test-machine
