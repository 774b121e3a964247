# The host binary build/espy: the core, the pure libraries and the host port.

HOST_SRCS := $(sort $(wildcard core/*.c lib/*.c ports/host/*.c))
HOST_OBJS := $(HOST_SRCS:%.c=$(BUILD)/host/%.o)

$(BUILD)/host/%.o: %.c $(HOST_GEN)
	@mkdir -p $(dir $@)
	$(HOSTCC) $(HOST_CFLAGS) -c $< -o $@

$(BUILD)/espy: $(HOST_OBJS)
	$(HOSTCC) $(HOST_OBJS) -o $@ $(HOST_LDFLAGS)

-include $(HOST_OBJS:.o=.d)
