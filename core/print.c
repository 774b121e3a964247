/* Print: character sinks and a small formatter for messages. */
#include <string.h>
#include "print.h"
#include "msgcode.h"
#include "runtime.h"
#include "objstr.h"
#include "port.h"

void print_strn(Print *p, const char *s, size_t n) { if (n) p->write(p->ctx, s, n); }
void print_cstr(Print *p, const char *s) { print_strn(p, s, strlen(s)); }
void print_char(Print *p, char c) { p->write(p->ctx, &c, 1); }

static void print_unsigned(Print *p, UInt u, unsigned base, bool upper) {
    char buf[24];
    int i = sizeof buf;
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    do {
        buf[--i] = digits[u % base];
        u /= base;
    } while (u);
    print_strn(p, buf + i, sizeof buf - (size_t)i);
}

void print_int(Print *p, Int i) {
    if (i < 0) {
        print_char(p, '-');
        print_unsigned(p, (UInt)0 - (UInt)i, 10, false);
    } else {
        print_unsigned(p, (UInt)i, 10, false);
    }
}

void print_value(Print *p, Value v, PrintKind kind) { obj_print(p, v, kind); }

/* Word k.  The words are in order of length, so its place in the pool is the bytes of the
 * shorter words, then those of the words of its length before it (a few steps of a loop;
 * messages are not hot, and a table of offsets would cost 2 bytes a word).  A word may hold
 * other words: printed in turn. */
static void print_word(Print *p, unsigned k) {
    unsigned i = 0, o = 0;
    while (k >= es_text_first[i + 1]) {
        o += (es_text_first[i + 1] - es_text_first[i]) * (ES_TEXT_MIN_LEN + i);
        i++;
    }
    const char *w = es_text_pool + o + (k - es_text_first[i]) * (ES_TEXT_MIN_LEN + i);
    const char *e = w + ES_TEXT_MIN_LEN + i, *run = w;
    for (; w < e; w++) {
        int j = msg_word_of((unsigned char)*w);
        if (j < 0) continue;
        print_strn(p, run, (size_t)(w - run));
        print_word(p, (unsigned)j);
        run = w + 1;
    }
    print_strn(p, run, (size_t)(e - run));
}

Value str_from_text(const char *s) {
    Vstr v;
    vstr_init(&v, 32);
    Print p;
    print_to_vstr(&p, &v);
    for (; *s; s++) {
        int k = msg_word_of((unsigned char)*s);
        if (k >= 0) print_word(&p, (unsigned)k);
        else print_char(&p, *s);
    }
    return vstr_to_str(&v);
}

/* fmt's text (print_vfmt) in a fresh Vstr */
static void vstr_vfmt(Vstr *v, size_t cap, const char *fmt, va_list ap) {
    vstr_init(v, cap);
    Print p;
    print_to_vstr(&p, v);
    print_vfmt(&p, fmt, ap);
}

const char *(cstr_printf)(const char *fmt, ...) {
    Vstr v;
    va_list ap;
    va_start(ap, fmt);
    vstr_vfmt(&v, 64, fmt, ap);
    va_end(ap);
    vstr_addc(&v, 0);
    return v.buf;
}

void print_vfmt(Print *p, const char *fmt, va_list ap) {
    const char *run = fmt;
    for (; *fmt; fmt++) {
        unsigned c = (unsigned char)*fmt;
        int k = msg_word_of(c);
        if (k >= 0) {
            if (fmt > run) print_strn(p, run, (size_t)(fmt - run));
            print_word(p, (unsigned)k);
            run = fmt + 1;
            continue;
        }
        if (c != '%') continue;
        if (fmt > run) print_strn(p, run, (size_t)(fmt - run));
        fmt++;
        switch (*fmt) {
        case 's': print_cstr(p, va_arg(ap, const char *)); break;
        case 'd': print_int(p, va_arg(ap, int)); break;
        case 'u': print_unsigned(p, va_arg(ap, unsigned), 10, false); break;
        case 'x': print_unsigned(p, va_arg(ap, unsigned), 16, false); break;
        case 'c': print_char(p, (char)va_arg(ap, int)); break;
        case 'D': print_int(p, va_arg(ap, Int)); break;
        case 'p':
            print_cstr(p, "0x");
            print_unsigned(p, (UInt)va_arg(ap, void *), 16, false);
            break;
        case 'v': obj_print(p, va_arg(ap, Value), PRINT_STR); break;
        case 'r': obj_print(p, va_arg(ap, Value), PRINT_REPR); break;
        case 'T':   /* the type's name: a str Value, like %n's */
        case 'n': {
            Value v = va_arg(ap, Value);
            size_t n;
            const char *s = str_data(*fmt == 'T' ? obj_type_name_value(v) : v, &n);
            print_strn(p, s, n);
            break;
        }
        case '.':
            if (fmt[1] == '*' && fmt[2] == 's') {
                int n = va_arg(ap, int);
                const char *s = va_arg(ap, const char *);
                print_strn(p, s, (size_t)n);
                fmt += 2;
            }
            break;
        case '%': print_char(p, '%'); break;
        case 0: fmt--; break;
        default: print_char(p, '%'); print_char(p, *fmt); break;
        }
        run = fmt + 1;
    }
    if (fmt > run) print_strn(p, run, (size_t)(fmt - run));
}

void (print_fmt)(Print *p, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    print_vfmt(p, fmt, ap);
    va_end(ap);
}

static void vstr_write(void *ctx, const char *s, size_t n) { vstr_add(ctx, s, n); }

void print_to_vstr(Print *p, Vstr *v) {
    p->write = vstr_write;
    p->ctx = v;
}

static void stdout_write(void *ctx, const char *s, size_t n) { (void)ctx; port_write(1, s, n); }
static void stderr_write(void *ctx, const char *s, size_t n) { (void)ctx; port_write(2, s, n); }
Print print_stdout = {stdout_write, NULL};
Print print_stderr = {stderr_write, NULL};

Value str_vprintf(const char *fmt, va_list ap) {
    Vstr v;
    vstr_vfmt(&v, 32, fmt, ap);
    return vstr_to_str(&v);
}

Value (str_printf)(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value r = str_vprintf(fmt, ap);
    va_end(ap);
    return r;
}
