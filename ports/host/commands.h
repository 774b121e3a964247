/* Subcommands of the espy binary (`espy <command> ...`).
 * Each takes the arguments after "espy", so argv[0] is the command name, and returns the
 * process exit status.  The table lives in main.c; add a line there with each new command. */
#ifndef ESPY_COMMANDS_H
#define ESPY_COMMANDS_H

#include <stddef.h>

typedef struct {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *help;
} host_command;

/* Compiles .py files with the board's compiler: syntax check, --dis (ports/host/compile_cmd.c). */
int cmd_compile(int argc, char **argv);
/* Bakes Python modules into a firmware image as a frozen bundle (ports/host/bake.c). */
int cmd_build(int argc, char **argv);
/* Host tools for the ESP8266 (ports/host/image.c, ports/host/emu.c). */
int cmd_image(int argc, char **argv);
int cmd_emu(int argc, char **argv);
/* Writes an image over the ESP8266 ROM serial loader (ports/host/flash_cmd.c). */
int cmd_flash(int argc, char **argv);
/* Files on a board over its raw REPL (ports/host/fs_cmd.c), and a serial terminal
 * (ports/host/term.c). */
int cmd_fs(int argc, char **argv);
int cmd_term(int argc, char **argv);
/* `espy build --fs DIR`: formats `sectors` sectors at mem (lib/ffs_image.c) and writes DIR's
 * tree into them (fs_cmd.c).  0, or -1 after a one-line message on stderr. */
int fs_image_build(const char *dir, unsigned char *mem, unsigned sectors, size_t *files, size_t *bytes);

#endif
