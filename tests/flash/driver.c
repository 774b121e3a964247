/* Stand-alone driver for `espy flash` (cmd_flash without the rest of espy), so the flash
 * tests can run while the interpreter is being built: `espy-flash ARGS` = `espy flash ARGS`. */
int cmd_flash(int argc, char **argv);

int main(int argc, char **argv) {
    argv[0] = "flash";
    return cmd_flash(argc, argv);
}
