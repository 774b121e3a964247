/* The interactive prompt and running __main__. */
#include <string.h>
#include "repl.h"
#include "compile.h"
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objint.h"
#include "objstr.h"
#include "objdict.h"
#include "objtuple.h"
#include "modio.h"
#include "seq.h"
#include "vm.h"
#include "port.h"

/* Flushes stdout, prints the exception the way CPython does and returns the exit status. */
int repl_report(Value exc) {
    io_console_flush();
    /* a program that ends with the heap locked (micropython.heap_lock) still gets its report */
    while (gc_lock_depth() > 0) gc_unlock();
    if (is_instance_of(exc, &exc_SystemExit)) {
        Value code = exc_arg0(exc);
        Exception *e = V_PTR(exc);
        if (is_type(e->args, &tuple_type) && tuple_len(e->args) > 1) code = e->args;
        if (code == V_NONE) return 0;
        if (int_is_int(code)) {
            Int c;
            return int_to_machine(code, &c) ? (int)(c & 0xFF) : 1;
        }
        obj_print(&print_stderr, code, PRINT_STR);
        print_char(&print_stderr, '\n');
        return 1;
    }
    Print *p = &print_stderr;
    if (vm.sys_stderr && !io_is_console(vm.sys_stderr, 2)) {
        /* sys.stderr was replaced: the traceback goes there */
        Vstr v;
        vstr_init(&v, 128);
        Print pv;
        print_to_vstr(&pv, &v);
        exc_print(&pv, exc);
        obj_call_method1(vm.sys_stderr, V_MKNAME(N_write), vstr_to_str(&v));
        return 1;
    }
    exc_print(p, exc);
    return 1;
}

int repl_exec_main(const char *src, size_t len, Value filename, Value globals) {
    ExcFrame ef;
    if (EXC_TRY(ef)) {
        Code *code = compile_source(src, len, filename, COMPILE_FILE);
        vm_run_module(code, globals);
        exc_end(&ef);
        return 0;
    }
    repr_reset();
    return repl_report(ef.exc);
}

/* Is the text so far a complete statement?  (An unclosed bracket, string or block is not.) */
static bool needs_more(const char *src, size_t len) {
    ExcFrame ef;
    if (EXC_TRY(ef)) {
        Code *c = compile_source_repl(src, len);
        (void)c;
        exc_end(&ef);
        return false;
    }
    Value e = ef.exc;
    if (!is_instance_of(e, &exc_SyntaxError)) return false;
    Value msg = exc_arg0(e);
    if (!str_is(msg)) return false;
    size_t n;
    const char *m = str_data(msg, &n);
    static const char *const incomplete[] = {
        "incomplete input", "unexpected EOF while parsing", "expected an indented block",
        "unterminated triple-quoted string literal",
    };
    for (size_t i = 0; i < sizeof incomplete / sizeof incomplete[0]; i++)
        if (n >= strlen(incomplete[i]) && memcmp(m, incomplete[i], strlen(incomplete[i])) == 0) return true;
    return false;
}

int repl_run(ReplReadLine read_line, Value globals) {
    Vstr src;
    for (;;) {
        vstr_init(&src, 128);
        int r = read_line(">>> ", &src);
        if (r == 0) {
            port_write(1, "\n", 1);
            return 0;
        }
        if (r < 0) {
            port_write(1, "\nKeyboardInterrupt\n", 19);
            continue;
        }
        bool blank = true;
        for (size_t i = 0; i < src.len; i++) if (src.buf[i] != ' ' && src.buf[i] != '\t') blank = false;
        if (blank) continue;
        /* a compound statement continues until an empty line; brackets until closed */
        bool block = false;
        bool interrupted = false;
        for (;;) {
            size_t end = src.len;
            while (end > 0 && (src.buf[end - 1] == ' ' || src.buf[end - 1] == '\t')) end--;
            if (end > 0 && src.buf[end - 1] == ':') block = true;
            bool more = needs_more(src.buf, src.len);
            if (!more && !block) break;
            vstr_addc(&src, '\n');
            size_t before = src.len;
            r = read_line("... ", &src);
            if (r < 0) { interrupted = true; break; }
            if (r == 0) break;
            if (block && src.len == before) break;   /* an empty line ends the block */
            if (!block && src.len == before && !more) break;
        }
        if (interrupted) {
            port_write(1, "\nKeyboardInterrupt\n", 19);
            continue;
        }
        ExcFrame ef;
        if (EXC_TRY(ef)) {
            Code *code = compile_source(src.buf, src.len, V_MKNAME(N__lt_stdin_gt), COMPILE_SINGLE);
            vm_run_module(code, globals);
            exc_end(&ef);
            io_console_flush();
        } else {
            repr_reset();
            vm.exc_handled = V_NULL;
            if (is_instance_of(ef.exc, &exc_SystemExit)) return repl_report(ef.exc);
            repl_report(ef.exc);
        }
    }
}
