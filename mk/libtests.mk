# Unit tests of the number libraries lib/dtoa.c and lib/mpn.c (docs/numbers.md).
# The test programs are built with the host gcc and sanitizers, and again for the lx106, where
# they run under QEMU on the CPython vectors (the lx106 platform of mk/lx106.mk).  dtoa is
# tested both ways on the host (test_dtoa_exact: -DDTOA_FAST=0) and as the firmware has it
# on the lx106.
#   make test-lib          host tests, lx106 tests, lx106 code size (part of make test)
#   make test-lib-lx106    the lx106 part alone
#   make bench-lib         speed on the host (no sanitizers) against glibc
#   make bench-lib-lx106   instructions per operation on the lx106 (16- and 32-bit mpn digits)
#   make size-lib          lx106 -Os code size of each library

LIBTEST_DIR     := $(BUILD)/libtests
LIBTEST_COMMON  := -std=c11 $(CFLAGS_WARN) -D_DEFAULT_SOURCE -Ilib
LIBTEST_CFLAGS  := $(LIBTEST_COMMON) -O2 -g -fsanitize=address,undefined -fno-sanitize-recover=all
LIBBENCH_CFLAGS := $(LIBTEST_COMMON) -O2
LX106_CC        ?= xtensa-lx106-elf-gcc
LX106_SIZE      ?= xtensa-lx106-elf-size
LX106_LIBFLAGS  := -std=c11 $(CFLAGS_WARN) -Os -mlongcalls -Ilib

TEST_TARGETS += test-lib

LIBTEST_BINS := $(LIBTEST_DIR)/test_dtoa $(LIBTEST_DIR)/test_dtoa_exact $(LIBTEST_DIR)/test_mpn32 \
                $(LIBTEST_DIR)/test_mpn16

$(LIBTEST_DIR)/test_dtoa: tests/c/test_dtoa.c lib/dtoa.c lib/dtoa.h
	@mkdir -p $(dir $@)
	$(HOSTCC) $(LIBTEST_CFLAGS) -DDTOA_TEST_HOOKS tests/c/test_dtoa.c lib/dtoa.c -lm -o $@

# the firmware's dtoa: no 64-bit engine for writing (-DDTOA_FAST=0, mk/firmware.mk)
$(LIBTEST_DIR)/test_dtoa_exact: tests/c/test_dtoa.c lib/dtoa.c lib/dtoa.h
	@mkdir -p $(dir $@)
	$(HOSTCC) $(LIBTEST_CFLAGS) -DDTOA_TEST_HOOKS -DDTOA_FAST=0 tests/c/test_dtoa.c lib/dtoa.c -lm -o $@

$(LIBTEST_DIR)/test_mpn%: tests/c/test_mpn.c lib/mpn.c lib/mpn.h
	@mkdir -p $(dir $@)
	$(HOSTCC) $(LIBTEST_CFLAGS) -DMPN_DIGIT_BITS=$* tests/c/test_mpn.c lib/mpn.c -lm -o $@

$(LIBTEST_DIR)/bench_dtoa: tests/c/test_dtoa.c lib/dtoa.c lib/dtoa.h
	@mkdir -p $(dir $@)
	$(HOSTCC) $(LIBBENCH_CFLAGS) -DDTOA_TEST_HOOKS tests/c/test_dtoa.c lib/dtoa.c -lm -o $@

$(LIBTEST_DIR)/bench_mpn%: tests/c/test_mpn.c lib/mpn.c lib/mpn.h
	@mkdir -p $(dir $@)
	$(HOSTCC) $(LIBBENCH_CFLAGS) -DMPN_DIGIT_BITS=$* tests/c/test_mpn.c lib/mpn.c -lm -o $@

$(LIBTEST_DIR)/size/%.o: lib/%.c lib/%.h
	@mkdir -p $(dir $@)
	$(LX106_CC) $(LX106_LIBFLAGS) -c $< -o $@

# lx106 programs: the project's lx106 flags (LX106_CFLAGS: -O2 -mforce-l32 ...) and platform.
LIBTEST_LX := $(LIBTEST_DIR)/lx106

$(LIBTEST_LX)/dtoa.o: lib/dtoa.c lib/dtoa.h mk/libtests.mk
	@mkdir -p $(dir $@)
	$(LX106_CC) $(LX106_CFLAGS) -DDTOA_TEST_HOOKS -DDTOA_FAST=0 -c $< -o $@

$(LIBTEST_LX)/test_dtoa.o: tests/c/test_dtoa.c lib/dtoa.h
	@mkdir -p $(dir $@)
	$(LX106_CC) $(LX106_CFLAGS) -c $< -o $@

# the firmware's mpn: schoolbook multiplication only (-DMPN_KARATSUBA=0, mk/firmware.mk)
$(LIBTEST_LX)/mpn%.o: lib/mpn.c lib/mpn.h mk/libtests.mk
	@mkdir -p $(dir $@)
	$(LX106_CC) $(LX106_CFLAGS) -DMPN_DIGIT_BITS=$* -DMPN_KARATSUBA=0 -c $< -o $@

$(LIBTEST_LX)/test_mpn%.o: tests/c/test_mpn.c lib/mpn.h
	@mkdir -p $(dir $@)
	$(LX106_CC) $(LX106_CFLAGS) -DMPN_DIGIT_BITS=$* -c $< -o $@

# The platform objects come from mk/lx106.mk (read after this file): made at recipe time.
define LIBTEST_LX_LINK
@$(MAKE) -s --no-print-directory $(LX106_PLATFORM_OBJS) $(LX106_PLUGIN)
$(LX106_CC) $^ $(LX106_PLATFORM_OBJS) $(LX106_LDFLAGS) $(LX106_LIBS) -o $@
endef

$(LIBTEST_LX)/test_dtoa.elf: $(LIBTEST_LX)/test_dtoa.o $(LIBTEST_LX)/dtoa.o
	$(LIBTEST_LX_LINK)

$(LIBTEST_LX)/test_mpn%.elf: $(LIBTEST_LX)/test_mpn%.o $(LIBTEST_LX)/mpn%.o
	$(LIBTEST_LX_LINK)

LIBTEST_LX_ELFS := $(LIBTEST_LX)/test_dtoa.elf $(LIBTEST_LX)/test_mpn16.elf                    $(LIBTEST_LX)/test_mpn32.elf
.SECONDARY: $(LIBTEST_LX_ELFS:.elf=.o) $(LIBTEST_LX)/dtoa.o $(LIBTEST_LX)/mpn16.o             $(LIBTEST_LX)/mpn32.o

.PHONY: test-lib test-lib-lx106 bench-lib bench-lib-lx106 size-lib
test-lib: $(LIBTEST_BINS)
	$(LIBTEST_DIR)/test_dtoa -v tests/c/dtoa_vectors.txt
	$(LIBTEST_DIR)/test_dtoa_exact -v tests/c/dtoa_vectors.txt
	$(LIBTEST_DIR)/test_mpn32 -v tests/c/mpn_vectors.txt
	$(LIBTEST_DIR)/test_mpn16 -v tests/c/mpn_vectors.txt
	@$(MAKE) --no-print-directory test-lib-lx106 size-lib

test-lib-lx106: $(LIBTEST_LX_ELFS)
	$(LX106_RUN) $(LIBTEST_LX)/test_dtoa.elf -v - -n 3000 < tests/c/dtoa_vectors.txt
	$(LX106_RUN) $(LIBTEST_LX)/test_mpn16.elf -v - -n 300 < tests/c/mpn_vectors.txt
	$(LX106_RUN) $(LIBTEST_LX)/test_mpn32.elf -v - -n 300 < tests/c/mpn_vectors.txt

size-lib: $(LIBTEST_DIR)/size/dtoa.o $(LIBTEST_DIR)/size/mpn.o
	@$(LX106_SIZE) $^ | awk 'NR == 1 { print "lx106 -Os:", $$0; next } { print "           ", $$0 }'

bench-lib: $(LIBTEST_DIR)/bench_dtoa $(LIBTEST_DIR)/bench_mpn32
	$(LIBTEST_DIR)/bench_dtoa --bench
	$(LIBTEST_DIR)/bench_mpn32 --bench

bench-lib-lx106: $(LIBTEST_LX_ELFS)
	LX106_ICOUNT=0 LX106_PLUGIN=none $(LX106_RUN) $(LIBTEST_LX)/test_dtoa.elf --bench -n 300
	LX106_ICOUNT=0 LX106_PLUGIN=none $(LX106_RUN) $(LIBTEST_LX)/test_mpn16.elf --bench
	LX106_ICOUNT=0 LX106_PLUGIN=none $(LX106_RUN) $(LIBTEST_LX)/test_mpn32.elf --bench
