# Fuzzing (issue 2: bad input never crashes).  Not part of make test: it takes minutes.
#   make fuzz        builds espy with ASan+UBSan in build/fuzz/ and the mutator tools/fuzzmut.c,
#                    then runs tests/fuzz/run.sh (FUZZ_N mutated programs from FUZZ_SEED, as
#                    programs, as -c code, through the REPL and espy compile), tests/fuzz/edge.sh
#                    (deep nesting, huge objects, recursion, mutated flash images and bundles) and
#                    tests/fuzz/inproc.py (mutated inputs to json, re, number parsing, format, struct).
#                    Crashing inputs are kept in build/fuzz/crashes/.
FUZZ_DIR  ?= $(BUILD)/fuzz
FUZZ_N    ?= 3000
FUZZ_SEED ?= 1
FUZZMUT   := $(FUZZ_DIR)/tools/fuzzmut
FUZZ_SAN  := -fsanitize=address,undefined -fno-sanitize=nonnull-attribute -fno-omit-frame-pointer

$(FUZZMUT): tools/fuzzmut.c
	@mkdir -p $(dir $@)
	$(HOSTCC) -std=c11 -O2 $(CFLAGS_WARN) -D_DEFAULT_SOURCE $< -o $@

# The sanitizer build is the same sources with other flags in their own tree (-O1 keeps the
# reports readable; memcpy(p, NULL, 0) and the like are not reported: harmless with glibc).
.PHONY: fuzz fuzz-espy
fuzz-espy:
	$(MAKE) --no-print-directory BUILD=$(FUZZ_DIR) FUZZ_DIR=$(FUZZ_DIR) \
	    HOST_CFLAGS="-std=c11 $(CFLAGS_WARN) -O1 -g $(FUZZ_SAN) -D_DEFAULT_SOURCE -MMD -MP -Icore -Ilib -I$(FUZZ_DIR)/gen -Iports/host" \
	    HOST_LDFLAGS="-lm $(FUZZ_SAN)" $(FUZZ_DIR)/espy

fuzz: fuzz-espy $(FUZZMUT) $(BUILD)/espy
	FUZZ_OUT=$(abspath $(FUZZ_DIR)) sh tests/fuzz/run.sh -n $(FUZZ_N) -s $(FUZZ_SEED) -e $(FUZZ_DIR)/espy; \
	r1=$$?; sh tests/fuzz/edge.sh $(FUZZ_DIR)/espy $(FUZZMUT); r2=$$?; \
	ASAN_OPTIONS=detect_leaks=0:detect_stack_use_after_return=0 UBSAN_OPTIONS=halt_on_error=1 \
	    $(FUZZ_DIR)/espy -X heapsize=1M tests/fuzz/inproc.py $(FUZZ_SEED) 3000 > $(FUZZ_DIR)/inproc.out 2>&1; \
	r3=$$?; tail -n 1 $(FUZZ_DIR)/inproc.out; \
	[ $$r1 -eq 0 ] && [ $$r2 -eq 0 ] && [ $$r3 -eq 0 ]

# In make test: the fuzzer's regressions and a short deterministic smoke (200 mutants with the
# normal build, a few seconds).
TEST_TARGETS += test-robust
.PHONY: test-robust
test-robust: $(BUILD)/espy $(FUZZMUT)
	sh tests/tools/robust.sh $(BUILD)/espy
	FUZZ_OUT=$(abspath $(FUZZ_DIR)) FUZZMUT=$(abspath $(FUZZMUT)) sh tests/fuzz/run.sh -n 200 -s 1 -e $(BUILD)/espy
