# lib/ hashes, CRC-32, base64 and the regex engine: host unit tests under sanitizers.
# `make test-hashre` builds build/hashre/test_{hash,regex} and runs them.

HASHRE_DIR    := $(BUILD)/hashre
HASHRE_CFLAGS := -std=c11 $(CFLAGS_WARN) -O1 -g -fsanitize=address,undefined \
                 -fno-sanitize-recover=all -fno-omit-frame-pointer -Ilib
HASHRE_HASH_SRCS  := lib/md5.c lib/sha1.c lib/sha256.c lib/crc32.c lib/base64.c
HASHRE_REGEX_SRCS := $(sort $(wildcard lib/regex.c lib/re_*.c))

$(HASHRE_DIR)/test_hash: tests/c/test_hash.c $(HASHRE_HASH_SRCS) $(HASHRE_HASH_SRCS:.c=.h)
	@mkdir -p $(dir $@)
	$(HOSTCC) $(HASHRE_CFLAGS) tests/c/test_hash.c $(HASHRE_HASH_SRCS) -o $@

$(HASHRE_DIR)/test_regex: tests/c/test_regex.c $(HASHRE_REGEX_SRCS) lib/regex.h lib/re_prog.h lib/re_unitab.h
	@mkdir -p $(dir $@)
	$(HOSTCC) $(HASHRE_CFLAGS) tests/c/test_regex.c $(HASHRE_REGEX_SRCS) -o $@

.PHONY: test-hashre
test-hashre: $(HASHRE_DIR)/test_hash $(HASHRE_DIR)/test_regex
	$(HASHRE_DIR)/test_hash tests/c
	$(HASHRE_DIR)/test_regex tests/c

TEST_TARGETS += test-hashre
