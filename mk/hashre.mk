# lib/ hashes, CRC-32, base64, the regex engine (docs/regex.md) and the LZ code (lib/lz.h).
#   make test-hashre        host tests under sanitizers, then the same tests built for the
#                           lx106 and run under QEMU (the platform of mk/lx106.mk)
#   make test-hashre-lx106  the lx106 part alone
#   make size-hashre        lx106 -Os code size of each library

HASHRE_DIR    := $(BUILD)/hashre
HASHRE_CFLAGS := -std=c11 $(CFLAGS_WARN) -O1 -g -fsanitize=address,undefined \
                 -fno-sanitize-recover=all -fno-omit-frame-pointer -Ilib
HASHRE_HASH_SRCS  := lib/md5.c lib/sha1.c lib/sha256.c lib/crc32.c lib/base64.c
HASHRE_REGEX_SRCS := $(sort $(wildcard lib/regex.c lib/re_*.c))

$(HASHRE_DIR)/test_hash: tests/c/test_hash.c $(HASHRE_HASH_SRCS) $(HASHRE_HASH_SRCS:.c=.h)
	@mkdir -p $(dir $@)
	$(HOSTCC) $(HASHRE_CFLAGS) tests/c/test_hash.c $(HASHRE_HASH_SRCS) -o $@

$(HASHRE_DIR)/test_lz: tests/c/test_lz.c lib/lz.c lib/lzpack.c lib/lz.h
	@mkdir -p $(dir $@)
	$(HOSTCC) $(HASHRE_CFLAGS) tests/c/test_lz.c lib/lz.c lib/lzpack.c -o $@

$(HASHRE_DIR)/test_regex: tests/c/test_regex.c $(HASHRE_REGEX_SRCS) lib/regex.h lib/re_prog.h lib/re_unitab.h
	@mkdir -p $(dir $@)
	$(HOSTCC) $(HASHRE_CFLAGS) tests/c/test_regex.c $(HASHRE_REGEX_SRCS) -o $@

# lx106 builds: the project's lx106 flags (-O2 -mforce-l32 ...); the test programs read their
# cases from standard input there.  The platform objects come from mk/lx106.mk (read after
# this file), so they are made at recipe time.
HASHRE_LX := $(HASHRE_DIR)/lx106
define HASHRE_LX_LINK
@$(MAKE) -s --no-print-directory $(LX106_PLATFORM_OBJS) $(LX106_PLUGIN)
$(LX106_CC) $^ $(LX106_PLATFORM_OBJS) $(LX106_LDFLAGS) $(LX106_LIBS) -o $@
endef

$(HASHRE_LX)/%.o: %.c
	@mkdir -p $(dir $@)
	$(LX106_CC) $(LX106_CFLAGS) -c $< -o $@

$(HASHRE_LX)/test_hash.elf: $(patsubst %.c,$(HASHRE_LX)/%.o,tests/c/test_hash.c $(HASHRE_HASH_SRCS))
	$(HASHRE_LX_LINK)

$(HASHRE_LX)/test_regex.elf: $(patsubst %.c,$(HASHRE_LX)/%.o,tests/c/test_regex.c $(HASHRE_REGEX_SRCS))
	$(HASHRE_LX_LINK)

-include $(wildcard $(HASHRE_LX)/*/*.d $(HASHRE_LX)/*/*/*.d)

.PHONY: test-hashre test-hashre-lx106 size-hashre
test-hashre: $(HASHRE_DIR)/test_hash $(HASHRE_DIR)/test_regex $(HASHRE_DIR)/test_lz
	$(HASHRE_DIR)/test_hash tests/c
	$(HASHRE_DIR)/test_lz
	$(HASHRE_DIR)/test_regex tests/c
	@$(MAKE) --no-print-directory test-hashre-lx106

test-hashre-lx106: $(HASHRE_LX)/test_hash.elf $(HASHRE_LX)/test_regex.elf
	cat tests/c/hash_cases.txt tests/c/base64_cases.txt | $(LX106_RUN) $(HASHRE_LX)/test_hash.elf -
	LX106_TIMEOUT=600 $(LX106_RUN) $(HASHRE_LX)/test_regex.elf - < tests/c/regex_cases.txt

size-hashre:
	@mkdir -p $(HASHRE_DIR)/size
	@for f in $(HASHRE_HASH_SRCS) $(HASHRE_REGEX_SRCS); do \
	  $(LX106_CC) -std=c11 $(CFLAGS_WARN) -Os -mlongcalls -Ilib -c $$f -o $(HASHRE_DIR)/size/$$(basename $$f .c).o || exit 1; done
	@$(LX106_SIZE) $(HASHRE_DIR)/size/*.o

TEST_TARGETS += test-hashre
