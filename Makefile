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

# Every target runs even when an earlier one fails; a summary with each one's time comes last.
test: all
	@failed=""; summary=""; \
	for t in $(TEST_TARGETS); do \
	    start=$$(date +%s); \
	    if $(MAKE) --no-print-directory $$t; then r=ok; else r=FAILED; failed="$$failed $$t"; fi; \
	    summary="$$summary$$(printf '  %-22s %-6s %4ss' $$t $$r $$(( $$(date +%s) - start )))\n"; \
	done; \
	printf '\nmake test:\n%b' "$$summary"; \
	if [ -n "$$failed" ]; then echo "failed:$$failed"; exit 1; fi

clean:
	rm -rf $(BUILD)
