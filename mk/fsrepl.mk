# Files on the board, the REPL protocols and the host tools for them (issue 8, docs/repl.md,
# docs/tools.md; the filesystem library itself is mk/fs.mk):
#   make test-fsrepl   raw REPL / raw-paste bytes, espy fs round trips through `espy emu --pty`,
#                      ENOSPC, files across resets, a corrupt filesystem at boot, espy build --fs
#
# The board mounts at most FS_BOARD_SECTORS sectors of its filesystem region (lib/ffs.h's
# FFS_MAX_SECTORS: one byte of RAM each in the mount's state; 256 covers a 1 MB board's whole
# region).  `espy build --fs` formats images with the same count, so both sides must agree:
# the value reaches the firmware's ffs objects and the host's image builder from here.
FS_BOARD_SECTORS := 256

FSREPL_FW_OBJS := $(patsubst %.c,$(FW_DIR)/obj/%.o,$(wildcard lib/ffs_*.c) ports/esp8266/port_fs.c ports/common/ffsport.c)
$(FSREPL_FW_OBJS): FW_CFLAGS += -DFFS_MAX_SECTORS=$(FS_BOARD_SECTORS)
$(FSREPL_FW_OBJS): mk/fsrepl.mk
$(BUILD)/host/ports/host/fs_cmd.o: HOST_CFLAGS += -DFS_BOARD_SECTORS=$(FS_BOARD_SECTORS)
$(BUILD)/host/ports/host/fs_cmd.o: mk/fsrepl.mk

.PHONY: test-fsrepl
test-fsrepl: $(BUILD)/espy $(BUILD)/emu/rom.elf $(FW_BIN)
	sh tests/fsrepl/run.sh $(BUILD)/espy $(FW_BIN)

TEST_TARGETS += test-fsrepl
