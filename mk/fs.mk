# ffs, the flash filesystem (lib/ffs_*.c, docs/filesystem.md), and its tests (tests/fs/).
#   make test-fs   ->  unit tests and the fuzz test (ASan/UBSan), the wear test, the power-cut
#                      test, and an lx106 build of the library (warnings, code size)
# Outputs go to build/fs/.  FS_CUT_ARGS passes options to the power-cut test, e.g.
#   make test-fs FS_CUT_ARGS=-q     (no progress lines)

FS_DIR      := $(BUILD)/fs
FS_LIB      := $(sort $(wildcard lib/ffs_*.c))
FS_SUPPORT  := tests/fs/nor.c tests/fs/fsck.c
FS_DEPS     := $(FS_LIB) $(FS_SUPPORT) $(wildcard lib/ffs*.h) tests/fs/fstest.h
FS_CFLAGS   := -std=c11 $(CFLAGS_WARN) -g -D_DEFAULT_SOURCE -Ilib -Itests/fs
FS_SAN      := -O1 -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FS_TESTS    := test_unit test_fuzz test_wear test_powercut
FS_XCC      := xtensa-lx106-elf-gcc
FS_XCFLAGS  := -std=c11 $(CFLAGS_WARN) -Os -mlongcalls -mtext-section-literals -mforce-l32 \
               -ffunction-sections -fdata-sections -ffreestanding -DFFS_MAX_SECTORS=128 -Ilib
FS_XOBJS    := $(patsubst lib/%.c,$(FS_DIR)/lx106/%.o,$(FS_LIB))

.PHONY: test-fs fs-tests fs-lx106

fs-tests: $(addprefix $(FS_DIR)/,$(FS_TESTS))

# unit and fuzz tests run under the sanitizers; wear and power-cut need the speed of -O2
$(FS_DIR)/test_unit $(FS_DIR)/test_fuzz: $(FS_DIR)/%: tests/fs/%.c $(FS_DEPS)
	@mkdir -p $(dir $@)
	$(HOSTCC) $(FS_CFLAGS) $(FS_SAN) $< $(FS_LIB) $(FS_SUPPORT) -o $@

$(FS_DIR)/test_wear $(FS_DIR)/test_powercut: $(FS_DIR)/%: tests/fs/%.c $(FS_DEPS)
	@mkdir -p $(dir $@)
	$(HOSTCC) $(FS_CFLAGS) -O2 $< $(FS_LIB) $(FS_SUPPORT) -o $@

$(FS_DIR)/lx106/%.o: lib/%.c $(wildcard lib/ffs*.h)
	@mkdir -p $(dir $@)
	$(FS_XCC) $(FS_XCFLAGS) -c $< -o $@

fs-lx106: $(FS_XOBJS)
	@xtensa-lx106-elf-size -t $(FS_XOBJS) | tail -1 | \
	    awk '{print "ffs on lx106 (-Os): " $$1 " bytes code+rodata, " $$2 " data, " $$3 " bss"}'

test-fs: fs-tests fs-lx106
	$(FS_DIR)/test_unit
	$(FS_DIR)/test_fuzz
	$(FS_DIR)/test_wear
	$(FS_DIR)/test_powercut $(FS_CUT_ARGS)

TEST_TARGETS += test-fs
