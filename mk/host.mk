# The host binary build/espy: the core, the pure libraries and the host port.

HOST_CFLAGS += -Iports/host

# The static name table, generated from core/names.def by a C tool (no Python at build time).
GENNAMES := $(BUILD)/tools/gennames
NAMES_H  := $(BUILD)/gen/names_gen.h
NAMES_C  := $(BUILD)/gen/names_gen.c

$(GENNAMES): tools/gennames.c
	@mkdir -p $(dir $@)
	$(HOSTCC) -std=c11 -O2 -Wall -Wextra -Werror -D_DEFAULT_SOURCE $< -o $@

$(NAMES_H) $(NAMES_C) &: core/names.def $(GENNAMES)
	@mkdir -p $(BUILD)/gen
	$(GENNAMES) core/names.def $(NAMES_H) $(NAMES_C)

HOST_GEN += $(NAMES_H)

HOST_SRCS := $(sort $(wildcard core/*.c lib/*.c ports/host/*.c))
HOST_OBJS := $(HOST_SRCS:%.c=$(BUILD)/host/%.o) $(BUILD)/host/gen/names_gen.o

$(BUILD)/host/%.o: %.c | $(HOST_GEN)
	@mkdir -p $(dir $@)
	$(HOSTCC) $(HOST_CFLAGS) -c $< -o $@

$(BUILD)/host/gen/names_gen.o: $(NAMES_C)
	@mkdir -p $(dir $@)
	$(HOSTCC) $(HOST_CFLAGS) -c $< -o $@

$(BUILD)/espy: $(HOST_OBJS)
	$(HOSTCC) $(HOST_OBJS) -o $@ $(HOST_LDFLAGS)

-include $(HOST_OBJS:.o=.d)
