# Unit tests of the number libraries lib/dtoa.c and lib/mpn.c (docs/numbers.md).
# The test programs are built with the host gcc and sanitizers; the libraries are also compiled
# for the lx106 (warnings are errors there too) and their code size is printed.
#   make test-lib    run the tests (part of make test)
#   make bench-lib   conversion and big-number speed, built without sanitizers
#   make size-lib    lx106 code size of each library

LIBTEST_DIR     := $(BUILD)/libtests
LIBTEST_COMMON  := -std=c11 $(CFLAGS_WARN) -D_DEFAULT_SOURCE -Ilib
LIBTEST_CFLAGS  := $(LIBTEST_COMMON) -O2 -g -fsanitize=address,undefined -fno-sanitize-recover=all
LIBBENCH_CFLAGS := $(LIBTEST_COMMON) -O2
LX106_CC        ?= xtensa-lx106-elf-gcc
LX106_SIZE      ?= xtensa-lx106-elf-size
LX106_LIBFLAGS  := -std=c11 $(CFLAGS_WARN) -Os -mlongcalls -Ilib

TEST_TARGETS += test-lib

LIBTEST_BINS := $(LIBTEST_DIR)/test_dtoa $(LIBTEST_DIR)/test_mpn32 $(LIBTEST_DIR)/test_mpn16

$(LIBTEST_DIR)/test_dtoa: tests/c/test_dtoa.c lib/dtoa.c lib/dtoa.h
	@mkdir -p $(dir $@)
	$(HOSTCC) $(LIBTEST_CFLAGS) tests/c/test_dtoa.c lib/dtoa.c -lm -o $@

$(LIBTEST_DIR)/test_mpn%: tests/c/test_mpn.c lib/mpn.c lib/mpn.h
	@mkdir -p $(dir $@)
	$(HOSTCC) $(LIBTEST_CFLAGS) -DMPN_DIGIT_BITS=$* tests/c/test_mpn.c lib/mpn.c -lm -o $@

$(LIBTEST_DIR)/bench_dtoa: tests/c/test_dtoa.c lib/dtoa.c lib/dtoa.h
	@mkdir -p $(dir $@)
	$(HOSTCC) $(LIBBENCH_CFLAGS) tests/c/test_dtoa.c lib/dtoa.c -lm -o $@

$(LIBTEST_DIR)/bench_mpn%: tests/c/test_mpn.c lib/mpn.c lib/mpn.h
	@mkdir -p $(dir $@)
	$(HOSTCC) $(LIBBENCH_CFLAGS) -DMPN_DIGIT_BITS=$* tests/c/test_mpn.c lib/mpn.c -lm -o $@

$(LIBTEST_DIR)/lx106/%.o: lib/%.c lib/%.h
	@mkdir -p $(dir $@)
	$(LX106_CC) $(LX106_LIBFLAGS) -c $< -o $@

.PHONY: test-lib bench-lib size-lib
test-lib: $(LIBTEST_BINS)
	$(LIBTEST_DIR)/test_dtoa -v tests/c/dtoa_vectors.txt
	$(LIBTEST_DIR)/test_mpn32 -v tests/c/mpn_vectors.txt
	$(LIBTEST_DIR)/test_mpn16 -v tests/c/mpn_vectors.txt
	@$(MAKE) --no-print-directory size-lib

size-lib: $(LIBTEST_DIR)/lx106/dtoa.o $(LIBTEST_DIR)/lx106/mpn.o
	@$(LX106_SIZE) $^ | awk 'NR == 1 { print "lx106 -Os:", $$0; next } { print "           ", $$0 }'

bench-lib: $(LIBTEST_DIR)/bench_dtoa $(LIBTEST_DIR)/bench_mpn32
	$(LIBTEST_DIR)/bench_dtoa --bench
	$(LIBTEST_DIR)/bench_mpn32 --bench
