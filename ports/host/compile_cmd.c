/* `espy compile [--dis] FILE.py ...`: compiles Python files on the PC with the board's compiler
 * (the same that `espy build` bakes with), reports the first syntax error of each as CPython
 * does (file, line, caret), and with --dis prints the register code of every function. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "commands.h"
#include "compile.h"
#include "code.h"
#include "exc.h"
#include "gc.h"
#include "import.h"
#include "objstr.h"
#include "print.h"
#include "vm.h"

/* Counts the code objects, instructions and constants under c. */
static void count_code(const Code *c, size_t *codes, size_t *insts, size_t *consts) {
    (*codes)++;
    *insts += c->ninsts;
    *consts += c->nconsts;
    for (uint32_t k = 0; k < c->nconsts; k++)
        if (type_of(c->consts[k]) == &code_type) count_code(V_PTR(c->consts[k]), codes, insts, consts);
}

static ES_NOINLINE int compile_one(const char *path, bool dis) {
    char *src;
    size_t len;
    int err;
    if (!import_read_file(path, &src, &len, &err)) {
        fprintf(stderr, "espy compile: %s: %s\n", path, strerror(err));
        return 1;
    }
    ExcFrame ef;
    if (EXC_TRY(ef)) {
        Code *code = compile_source(src, len, str_new_cstr(path), COMPILE_FILE);
        exc_end(&ef);
        size_t codes = 0, insts = 0, consts = 0;
        count_code(code, &codes, &insts, &consts);
        if (dis) code_dump(&print_stdout, code);
        size_t lines = 0;
        for (size_t k = 0; k < len; k++) lines += src[k] == '\n';
        printf("%s: %zu lines, %zu functions and class bodies, %zu instructions, %zu constants\n", path,
               lines, codes - 1, insts, consts);
        return 0;
    }
    exc_print(&print_stderr, ef.exc);
    return 1;
}

int cmd_compile(int argc, char **argv) {
    bool dis = false;
    int first = 1;
    if (first < argc && strcmp(argv[first], "--dis") == 0) {
        dis = true;
        first++;
    }
    if (first >= argc || argv[first][0] == '-') {
        fprintf(stderr, "usage: espy compile [--dis] FILE.py ...\n"
                        "  compiles with the board's compiler, reports syntax errors (file, line);\n"
                        "  --dis prints each function's register code\n");
        return 2;
    }
    size_t heap_size = 64u << 20;
    void *heap = malloc(heap_size);
    if (!heap) {
        fprintf(stderr, "espy compile: out of memory\n");
        return 2;
    }
    gc_set_stack_base(__builtin_frame_address(0));   /* the compiler's C locals are roots */
    gc_init(heap, (char *)heap + heap_size);
    vm_init();
    int status = 0;
    for (int i = first; i < argc; i++)
        if (compile_one(argv[i], dis) != 0) status = 1;
    fflush(stdout);
    return status;
}
