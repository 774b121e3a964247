/* The interactive prompt and running __main__. */
#include <string.h>
#include "repl.h"
#include "complete.h"
#include "help.h"
#include "compile.h"
#include "runtime.h"
#include "exc.h"
#include "gc.h"
#include "names.h"
#include "objint.h"
#include "objstr.h"
#include "objdict.h"
#include "objtuple.h"
#include "objfile.h"
#include "seq.h"
#include "vm.h"
#include "port.h"

/* Flushes stdout, prints the exception the way CPython does and returns the exit status. */
static int report(Value exc) {
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
            return int_to_machine(code, &c) ? (int)(c & 0xFF) : 0xFF;   /* too big: -1, as CPython */
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

/* Reporting runs user code (a SystemExit code's __str__, a replaced sys.stderr's write) that
 * may raise in turn: then the traceback goes to the console, or at least the type's name. */
int repl_report(Value exc) {
    ExcFrame ef;
    volatile int r = 1;
    if (EXC_TRY(ef)) {
        r = report(exc);
        exc_end(&ef);
        return r;
    }
    if (EXC_TRY(ef)) {
        if (!is_instance_of(exc, &exc_SystemExit)) exc_print(&print_stderr, exc);
        exc_end(&ef);
        return r;
    }
    print_fmt(&print_stderr, "%T", exc);
    print_char(&print_stderr, '\n');
    return r;
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
    size_t n, k;
    const char *m = str_data(msg, &n);
    /* the errors more lines may mend, by the start of their text: compressed (ES_MSGS), expanded
     * to compare */
    const char *t = ES_MSGS("incomplete input\0unexpected EOF while parsing\0expected an indented block\0"
                            "unterminated triple-quoted string literal");
    for (int i = 0; i < 4; i++, t += strlen(t) + 1) {
        const char *d = str_data(str_from_text(t), &k);
        if (n >= k && memcmp(m, d, k) == 0) return true;
    }
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

/* ================= the console REPL of a board (docs/repl.md) =================
 * MicroPython's protocols: the friendly REPL (prompt ">>> ", line editor, history, paste mode)
 * and the raw REPL that tools drive (raw mode, raw-paste mode with flow control). */

#define CTRL(c) ((c) & 0x1F)
#define HIST 8            /* lines of history, as MicroPython's esp8266 port keeps */
#define PASTE_WINDOW 128  /* raw-paste flow-control window: the host may have two in flight */

enum { MODE_FRIENDLY, MODE_RAW };
static uint8_t console_mode;    /* kept across soft resets */
static bool input_ended;
static bool after_cr;           /* the last byte was a CR: a LF right after it is the same Enter */
static char *history[HIST];     /* most recent first; GC strings, a root */

bool repl_console_raw(void) { return console_mode == MODE_RAW; }

static void out(const ReplConsole *con, const char *s) { con->write(s, strlen(s)); }

static int in(const ReplConsole *con) {
    if (input_ended) return -1;
    int c = con->getc();
    if (c < 0) input_ended = true;
    return c;
}

/* ---- the line editor ----
 * Works on the text from `start` to the end of the Vstr (earlier lines of a statement stay
 * before it).  The cursor is a byte offset; the screen has one column per UTF-8 character. */
typedef struct {
    const ReplConsole *con;
    Vstr *line;
    size_t start, cursor;
    int hist;                   /* history entry shown, -1: the line being typed */
} Editor;

static size_t cols(const Editor *e, size_t from, size_t to) {
    size_t n = 0;
    for (size_t i = from; i < to; i++) n += ((uint8_t)e->line->buf[i] & 0xC0) != 0x80;
    return n;
}

static size_t char_before(const Editor *e, size_t at) {
    do at--; while (at > e->start && ((uint8_t)e->line->buf[at] & 0xC0) == 0x80);
    return at;
}

static size_t char_after(const Editor *e, size_t at) {
    do at++; while (at < e->line->len && ((uint8_t)e->line->buf[at] & 0xC0) == 0x80);
    return at;
}

static void move_back(const Editor *e, size_t n) {
    if (n <= 4) {
        e->con->write("\b\b\b\b", n);
        return;
    }
    char buf[16], *p = buf + sizeof buf;
    *--p = 'D';
    do *--p = (char)('0' + n % 10); while (n /= 10);
    *--p = '[';
    *--p = 27;
    e->con->write(p, (size_t)(buf + sizeof buf - p));
}

/* The screen's cursor is at byte `from`, whose tail used to be old_cols wide: draw the new
 * tail, erase what is left of the old one, put the cursor back at e->cursor (>= from). */
static void redraw(const Editor *e, size_t from, size_t old_cols) {
    size_t len = e->line->len;
    e->con->write(e->line->buf + from, len - from);
    if (cols(e, from, len) < old_cols) out(e->con, "\x1b[K");
    move_back(e, cols(e, e->cursor, len));
}

static void cut(Editor *e, size_t from, size_t to) {
    Vstr *v = e->line;
    memmove(v->buf + from, v->buf + to, v->len - to);
    v->len -= to - from;
}

static void set_text(Editor *e, const char *s) {
    move_back(e, cols(e, e->start, e->cursor));
    size_t old = cols(e, e->start, e->line->len);
    e->line->len = e->start;
    vstr_add_str(e->line, s);
    e->cursor = e->line->len;
    redraw(e, e->start, old);
}

static void insert(Editor *e, const char *s, size_t n) {
    Vstr *v = e->line;
    size_t at = e->cursor, old = cols(e, at, v->len);
    vstr_extend(v, n);
    memmove(v->buf + at + n, v->buf + at, v->len - n - at);
    memcpy(v->buf + at, s, n);
    e->cursor = at + n;
    redraw(e, at, old);
}

static void push_history(const Editor *e) {
    size_t n = e->line->len - e->start;
    const char *s = e->line->buf + e->start;
    bool blank = true;
    for (size_t i = 0; i < n; i++) if (s[i] != ' ' && s[i] != '\t') blank = false;
    if (blank || (history[0] && strlen(history[0]) == n && memcmp(history[0], s, n) == 0)) return;
    char *h = gc_alloc_maybe(n + 1, GC_LEAF);
    if (!h) return;
    memcpy(h, s, n);
    h[n] = 0;
    memmove(history + 1, history, (HIST - 1) * sizeof history[0]);
    history[0] = h;
}

/* Tab with a name before the cursor: one candidate (or several sharing more than what is
 * typed) extends the word; otherwise the candidates are listed, MicroPython's way, in columns
 * of 16, and the prompt and line are drawn again below them. */
static Value completion_globals;   /* __main__'s, while the friendly REPL runs */

static void complete(Editor *e, const char *prompt) {
    size_t wn;
    Value names = complete_names(completion_globals, e->line->buf + e->start, e->cursor - e->start, &wn);
    if (!names) return;
    size_t count;
    Value *items;
    seq_get_items(names, &items, &count);
    if (count == 0) return;
    size_t common;
    const char *first = str_data(items[0], &common);
    for (size_t i = 1; i < count; i++) {
        size_t n;
        const char *s = str_data(items[i], &n);
        size_t k = 0;
        while (k < common && k < n && es_rd8(s + k) == es_rd8(first + k)) k++;   /* (static names: flash) */
        common = k;
    }
    if (common > wn) {
        insert(e, first + wn, common - wn);
        return;
    }
    if (count == 1) return;   /* the word is complete already */
    Vstr v;
    vstr_init(&v, 128);
    Print p;
    print_to_vstr(&p, &v);
    print_cstr(&p, "\r\n");
    print_name_columns(&p, names, "\r\n");
    e->con->write(v.buf, v.len);
    vstr_free(&v);
    out(e->con, prompt);
    e->con->write(e->line->buf + e->start, e->line->len - e->start);
    move_back(e, cols(e, e->cursor, e->line->len));
}

/* Reads one line after printing the prompt.  Returns 0 for a line (Enter), the control
 * character for Ctrl-A..Ctrl-E on an empty line and for Ctrl-C, -1 when the input ended. */
static int read_line(const ReplConsole *con, Vstr *line, const char *prompt) {
    Editor e = {con, line, line->len, line->len, -1};
    out(con, prompt);
    int esc = 0;                /* 0, 1 after ESC, '[' or 'O' after ESC [ / ESC O, or the digit of ESC [ n */
    char u8[4];
    int u8n = 0, u8need = 0;
    for (;;) {
        int c = in(con);
        if (c < 0) return -1;
        if (c == '\n' && after_cr) {
            after_cr = false;
            continue;
        }
        after_cr = c == '\r';
        size_t len = line->len;
        if (esc == 1) {
            esc = c == '[' || c == 'O' ? c : 0;
            continue;
        }
        if (esc == '[' && c >= '0' && c <= '9') {
            esc = c;
            continue;
        }
        if (esc) {
            int kind = esc;
            esc = 0;
            if (kind >= '0' && kind <= '9') {
                if (c != '~') continue;
                c = kind == '1' || kind == '7' ? 'H' : kind == '4' || kind == '8' ? 'F' : kind == '3' ? 'X' : 0;
            } else if (kind == 'O' && c != 'H' && c != 'F') {
                continue;
            }
            switch (c) {
            case 'A': goto up;
            case 'B': goto down;
            case 'C': goto right;
            case 'D': goto left;
            case 'H': goto home;
            case 'F': goto end;
            case 'X': goto del;
            default: continue;
            }
        }
        if (c >= CTRL('A') && c <= CTRL('E') && len == e.start) return c;
        switch (c) {
        case CTRL('C'):
            return c;
        case '\r':
        case '\n':
            out(con, "\r\n");
            push_history(&e);
            return 0;
        case 27:
            esc = 1;
            continue;
        case CTRL('A'):
        home:
            move_back(&e, cols(&e, e.start, e.cursor));
            e.cursor = e.start;
            continue;
        case CTRL('E'):
        end:
            con->write(line->buf + e.cursor, len - e.cursor);
            e.cursor = len;
            continue;
        case CTRL('B'):
        left:
            if (e.cursor > e.start) {
                e.cursor = char_before(&e, e.cursor);
                move_back(&e, 1);
            }
            continue;
        case CTRL('F'):
        right:
            if (e.cursor < len) {
                size_t next = char_after(&e, e.cursor);
                con->write(line->buf + e.cursor, next - e.cursor);
                e.cursor = next;
            }
            continue;
        case CTRL('D'):
        del:
            if (e.cursor < len) {
                size_t old = cols(&e, e.cursor, len);
                cut(&e, e.cursor, char_after(&e, e.cursor));
                redraw(&e, e.cursor, old);
            }
            continue;
        case 8:
        case 127:
            if (e.cursor > e.start) {
                size_t p = char_before(&e, e.cursor);
                move_back(&e, 1);
                size_t old = cols(&e, p, len);
                cut(&e, p, e.cursor);
                e.cursor = p;
                redraw(&e, p, old);
            }
            continue;
        case CTRL('K'): {
            size_t old = cols(&e, e.cursor, len);
            line->len = e.cursor;
            redraw(&e, e.cursor, old);
            continue;
        }
        case CTRL('U'): {
            move_back(&e, cols(&e, e.start, e.cursor));
            size_t old = cols(&e, e.start, len);
            cut(&e, e.start, e.cursor);
            e.cursor = e.start;
            redraw(&e, e.start, old);
            continue;
        }
        case CTRL('P'):
        up:
            if (e.hist + 1 < HIST && history[e.hist + 1]) set_text(&e, history[++e.hist]);
            continue;
        case CTRL('N'):
        down:
            if (e.hist >= 0) {
                e.hist--;
                set_text(&e, e.hist >= 0 ? history[e.hist] : "");
            }
            continue;
        case '\t':
            /* indentation: four spaces where only blanks precede the cursor; else completion */
            for (size_t i = e.start; i < e.cursor; i++)
                if (line->buf[i] != ' ' && line->buf[i] != '\t') {
                    if (completion_globals) complete(&e, prompt);
                    goto next;
                }
            insert(&e, "    ", 4);
            continue;
        default:
            break;
        }
        if (c >= 0xC0 && c < 0xF8) {          /* a UTF-8 character: inserted once complete */
            u8[0] = (char)c;
            u8n = 1;
            u8need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        } else if (c >= 0x80 && c < 0xC0) {
            if (u8n && u8n < u8need) {
                u8[u8n++] = (char)c;
                if (u8n == u8need) insert(&e, u8, u8n), u8n = 0;
            }
        } else if (c >= 32 && c != 127) {
            char ch = (char)c;
            insert(&e, &ch, 1);
        }
    next:;
    }
}

/* Does the statement typed so far go on (MicroPython's rule, on the text alone)?  An open
 * bracket or triple-quoted string, a final backslash, or a compound statement (if, while,
 * for, try, with, def, class, async, a decorator) until an empty line. */
static bool starts_with_word(const char *s, size_t n, const char *w) {
    size_t k = strlen(w);
    if (n < k || memcmp(s, w, k) != 0) return false;
    if (n == k) return true;
    char c = s[k];
    return !(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
}

static bool continues(const char *s, size_t n) {
    if (n == 0) return false;
    static const char *const compound[] = {"if", "while", "for", "try", "with", "def", "class", "async"};
    bool block = s[0] == '@';
    for (size_t i = 0; i < sizeof compound / sizeof compound[0]; i++) block |= starts_with_word(s, n, compound[i]);
    int depth = 0;
    char quote = 0;             /* the quote character of an open string */
    bool triple = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (quote) {
            if (c == '\\' && i + 1 < n) i++;
            else if (c == quote && (!triple || (i + 2 < n && s[i + 1] == c && s[i + 2] == c))) {
                if (triple) i += 2;
                quote = 0;
            } else if (c == '\n' && !triple) quote = 0;   /* an unterminated string: an error anyway */
        } else if (c == '#') {
            while (i + 1 < n && s[i + 1] != '\n') i++;
        } else if (c == '\'' || c == '"') {
            quote = c;
            triple = i + 2 < n && s[i + 1] == c && s[i + 2] == c;
            if (triple) i += 2;
        } else if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || c == '}') {
            depth--;
        }
    }
    if (quote && triple) return true;
    if (depth > 0 && !quote) return true;
    if (s[n - 1] == '\\') return true;
    return block && s[n - 1] != '\n';
}

/* ---- running what was typed ---- */

typedef struct {
    Vstr src;
    bool paste;                 /* raw-paste mode: the source is still to be received */
    bool paste_open;            /* ... and its end (Ctrl-D or Ctrl-C) has not come yet */
} Job;

/* Raw-paste mode: receives the program with flow control.  The host may send one window
 * (PASTE_WINDOW bytes) on the strength of the header and one more for the 0x01 after it; each
 * further 0x01 grants another window once one has been read.  Ctrl-D ends the data, Ctrl-C
 * aborts it (KeyboardInterrupt); either is answered with 0x04. */
static void paste_receive(const ReplConsole *con, Job *job) {
    static const char hdr[5] = {'R', 1, PASTE_WINDOW & 0xFF, PASTE_WINDOW >> 8, 1};
    con->write(hdr, sizeof hdr);
    job->paste_open = true;
    unsigned remain = PASTE_WINDOW;
    for (;;) {
        int c = in(con);
        if (c < 0 || c == CTRL('C') || c == CTRL('D')) {
            job->paste_open = false;
            out(con, "\x04");
            if (c == CTRL('D')) return;
            exc_raise_type(&exc_KeyboardInterrupt);
        }
        vstr_addc(&job->src, (char)c);
        if (--remain == 0) {
            out(con, "\x01");
            remain = PASTE_WINDOW;
        }
    }
}

/* Compiles and runs a job in __main__.  In the raw REPL (eof) the normal output is followed by
 * 0x04, then the error output and another 0x04.  Returns true if the REPL must end for a soft
 * reset (SystemExit, as on MicroPython). */
static bool run_job(const ReplConsole *con, Job *job, CompileMode mode, bool eof, Value globals) {
    volatile bool stop = false;
    ExcFrame ef;
    if (EXC_TRY(ef)) {
        if (job->paste) paste_receive(con, job);
        vm.pending &= ~PENDING_INTERRUPT;   /* a Ctrl-C typed with the input was the editor's */
        Code *code = compile_source(job->src.buf, job->src.len, V_MKNAME(N__lt_stdin_gt), mode);
        vm_run_module(code, globals);
        exc_end(&ef);
        io_console_flush();
        if (eof) out(con, "\x04");
    } else {
        repr_reset();
        vm.exc_handled = V_NULL;
        io_console_flush();
        if (job->paste_open) {
            /* stopped before the end of the data (out of memory): take the rest, as MicroPython */
            job->paste_open = false;
            out(con, "\x04");
            for (int c; (c = in(con)) >= 0 && c != CTRL('C') && c != CTRL('D');) {}
        }
        if (eof) out(con, "\x04");
        if (is_instance_of(ef.exc, &exc_SystemExit)) stop = true;
        else repl_report(ef.exc);
    }
    io_console_flush();
    if (eof) out(con, "\x04");
    return stop;
}

/* ---- the two modes ---- */

enum { SWITCH = 2 };

static int friendly(const ReplConsole *con, Value globals) {
    con->banner();
    completion_globals = globals;
    for (;;) {
        Job job = {{0}, false, false};
        vstr_init(&job.src, 32);
        int r = read_line(con, &job.src, ">>> ");
        if (r < 0) return REPL_INPUT_ENDED;
        if (r == CTRL('A')) {
            out(con, "\r\n");
            console_mode = MODE_RAW;
            return SWITCH;
        }
        if (r == CTRL('B')) {
            out(con, "\r\n");
            con->banner();
            continue;
        }
        if (r == CTRL('C')) {
            out(con, "\r\n");
            continue;
        }
        if (r == CTRL('D')) {
            out(con, "\r\n");
            return REPL_SOFT_RESET;
        }
        if (r == CTRL('E')) {
            /* paste mode: everything until Ctrl-D, echoed, compiled as a whole */
            out(con, "\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
            bool cancel = false;
            for (;;) {
                int c = in(con);
                if (c < 0) return REPL_INPUT_ENDED;
                if (c == '\n' && after_cr) {
                    after_cr = false;
                    continue;
                }
                after_cr = c == '\r';
                if (c == CTRL('C') || c == CTRL('D')) {
                    out(con, "\r\n");
                    cancel = c == CTRL('C');
                    break;
                }
                if (c == '\r' || c == '\n') {
                    vstr_addc(&job.src, '\n');
                    out(con, "\r\n=== ");
                } else {
                    char ch = (char)c;
                    vstr_addc(&job.src, ch);
                    con->write(&ch, 1);
                }
            }
            if (cancel) continue;
        } else {
            if (job.src.len == 0) continue;
            bool cancel = false;
            while (continues(job.src.buf, job.src.len)) {
                vstr_addc(&job.src, '\n');
                r = read_line(con, &job.src, "... ");
                if (r < 0) return REPL_INPUT_ENDED;
                if (r == CTRL('C')) {
                    out(con, "\r\n");
                    cancel = true;
                    break;
                }
                if (r == CTRL('D')) break;   /* ends the compound statement */
            }
            if (cancel) continue;
        }
        /* paste mode too: MicroPython prints the value of expression statements there */
        if (run_job(con, &job, COMPILE_SINGLE, false, globals)) return REPL_SOFT_RESET;
    }
}

static int raw(const ReplConsole *con, Value globals) {
    out(con, "raw REPL; CTRL-B to exit\r\n");
    for (;;) {
        Job job = {{0}, false, false};
        vstr_init(&job.src, 32);
        out(con, ">");
        for (;;) {
            int c = in(con);
            if (c < 0) return REPL_INPUT_ENDED;
            if (c == CTRL('A')) {
                if (job.src.len == 2 && job.src.buf[0] == CTRL('E')) {
                    /* Ctrl-E, a command byte, Ctrl-A: 'A' enters raw-paste mode */
                    if (job.src.buf[1] != 'A') {
                        con->write("R\x00", 2);
                    } else {
                        job.src.len = 0;
                        job.paste = true;
                        if (run_job(con, &job, COMPILE_FILE, true, globals)) return REPL_SOFT_RESET;
                        if (input_ended) return REPL_INPUT_ENDED;
                    }
                    job.src.len = 0;
                    job.paste = false;
                    out(con, ">");
                    continue;
                }
                return SWITCH;   /* Ctrl-A again: the raw REPL starts over */
            }
            if (c == CTRL('B')) {
                out(con, "\r\n");
                console_mode = MODE_FRIENDLY;
                return SWITCH;
            }
            if (c == CTRL('C')) {
                job.src.len = 0;
                continue;
            }
            if (c == CTRL('D')) break;
            vstr_addc(&job.src, (char)c);
        }
        out(con, "OK");
        if (job.src.len == 0) {
            out(con, "\r\n");
            return REPL_SOFT_RESET;
        }
        if (run_job(con, &job, COMPILE_FILE, true, globals)) return REPL_SOFT_RESET;
    }
}

static const ReplConsole *active_console;   /* the board's console, for input() */

int repl_console_input(Vstr *line) {
    if (!active_console) return -2;
    Vstr buf;
    vstr_init(&buf, 32);
    int r = read_line(active_console, &buf, "");
    if (r == CTRL('C')) {
        out(active_console, "\r\n");
        exc_raise_type(&exc_KeyboardInterrupt);
    }
    if (r != 0) exc_raise_msg(&exc_EOFError, "EOF when reading a line");   /* Ctrl-D, input ended */
    vstr_add(line, buf.buf, buf.len);
    vstr_free(&buf);
    return 0;
}

int repl_console(const ReplConsole *con, Value globals) {
    active_console = con;
    memset(history, 0, sizeof history);
    gc_add_root(history, HIST);   /* the heap is new at every soft reset */
    input_ended = false;
    for (;;) {
        int r = console_mode == MODE_RAW ? raw(con, globals) : friendly(con, globals);
        if (r != SWITCH) return r;
    }
}
