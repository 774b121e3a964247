# espy: top-level build.  `make` builds build/espy, `make test` runs everything CI runs.
# Each subsystem keeps its own rules in mk/<name>.mk; this file only sets the common frame.

BUILD    := build
HOSTCC   ?= gcc
CFLAGS_WARN := -Wall -Wextra -Werror
HOST_CFLAGS := -std=c11 $(CFLAGS_WARN) -O2 -g -D_DEFAULT_SOURCE -MMD -MP -Icore -Ilib -I$(BUILD)/gen
HOST_LDFLAGS := -lm

# Test targets register themselves here (mk/*.mk: TEST_TARGETS += test-foo).
TEST_TARGETS :=

.PHONY: all test clean
all: $(BUILD)/espy

include $(sort $(wildcard mk/*.mk))

test: all
	@set -e; for t in $(TEST_TARGETS); do $(MAKE) --no-print-directory $$t; done

clean:
	rm -rf $(BUILD)
