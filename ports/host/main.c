/* The espy command: runs Python on the PC and dispatches the host tools. */
#include <stdio.h>
#include <string.h>
#include "commands.h"

#define ESPY_VERSION "0.1.0"

static const host_command commands[] = {
    {"image", cmd_image, "inspect, verify and build ESP8266 flash images"},
    {"emu", cmd_emu, "boot an ESP8266 flash image in QEMU with the ROM model"},
    {"flash", cmd_flash, "write an image to a board over the ROM serial loader"},
    {NULL, NULL, NULL}
};

static void usage(FILE *out) {
    fprintf(out, "usage: espy [-X option] [-c code | file.py] [args...]\n"
                 "       espy <command> [options]\n\ncommands:\n");
    for (const host_command *c = commands; c->name; c++)
        fprintf(out, "  %-8s %s\n", c->name, c->help);
}

int main(int argc, char **argv) {
    if (argc >= 2) {
        for (const host_command *c = commands; c->name; c++)
            if (strcmp(argv[1], c->name) == 0)
                return c->run(argc - 1, argv + 1);
        if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
            usage(stdout);
            return 0;
        }
        if (strcmp(argv[1], "--version") == 0) {
            printf("espy %s\n", ESPY_VERSION);
            return 0;
        }
    }
    usage(stderr);
    return 2;
}
