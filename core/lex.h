/* The lexer: turns Python source held in memory into tokens, one at a time.
 *
 * It works on a buffer so that its whole state is a small struct: the compiler saves and
 * restores it to read a function body twice (once to find its local names, once to generate
 * code).  Numbers and strings are converted to values by lex_number()/lex_string() when the
 * parser asks, not while scanning. */
#ifndef ESPY_LEX_H
#define ESPY_LEX_H

#include "obj.h"
#include "msgs_gen.h"

typedef enum {
    T_END, T_NEWLINE, T_INDENT, T_DEDENT,
    T_NAME, T_NUMBER, T_STRING,
    /* keywords, in the order of lex_keywords[] */
    T_FALSE, T_NONE, T_TRUE, T_AND, T_AS, T_ASSERT, T_ASYNC, T_AWAIT, T_BREAK, T_CLASS,
    T_CONTINUE, T_DEF, T_DEL, T_ELIF, T_ELSE, T_EXCEPT, T_FINALLY, T_FOR, T_FROM, T_GLOBAL,
    T_IF, T_IMPORT, T_IN, T_IS, T_LAMBDA, T_NONLOCAL, T_NOT, T_OR, T_PASS, T_RAISE,
    T_RETURN, T_TRY, T_WHILE, T_WITH, T_YIELD,
    /* operators and delimiters */
    T_LPAR, T_RPAR, T_LSQB, T_RSQB, T_LBRACE, T_RBRACE, T_COLON, T_COMMA, T_SEMI, T_DOT,
    T_ELLIPSIS, T_ARROW, T_AT, T_WALRUS, T_BANG,
    T_PLUS, T_MINUS, T_STAR, T_SLASH, T_DSLASH, T_PERCENT, T_DSTAR, T_LSHIFT, T_RSHIFT,
    T_AMP, T_PIPE, T_CARET, T_TILDE,
    T_LT, T_GT, T_LE, T_GE, T_EQEQ, T_NE, T_ASSIGN,
    /* augmented assignment, in the order of the BinaryOp arithmetic operators */
    T_PLUSEQ, T_MINUSEQ, T_STAREQ, T_ATEQ, T_SLASHEQ, T_DSLASHEQ, T_PERCENTEQ, T_DSTAREQ,
    T_LSHIFTEQ, T_RSHIFTEQ, T_AMPEQ, T_CARETEQ, T_PIPEEQ,
    T_NTOKENS
} TokKind;

/* String token flags */
enum { STR_RAW = 1, STR_BYTES = 2, STR_FMT = 4, STR_TRIPLE = 8 };

typedef struct {
    uint8_t kind;
    uint8_t flags;          /* STR_* for strings */
    uint16_t col;           /* 0-based column of the first character */
    uint32_t line;
    const char *start;      /* the token's text in the source */
    uint32_t len;
    uint32_t body, body_len; /* strings: offset of the contents from start, and their length */
} Token;

#define LEX_MAX_INDENT 100

typedef struct {
    const char *src, *end, *p;
    const char *line_start;   /* start of the current line, for columns and error text */
    uint32_t line;
    int16_t paren;            /* bracket depth: newlines and indentation are ignored inside */
    int16_t pending;          /* > 0: INDENTs to emit; < 0: DEDENTs to emit */
    uint16_t nindent;
    bool at_bol;              /* at the beginning of a logical line: measure indentation */
    bool repl_cont;           /* REPL: report T_END inside an open block as "incomplete" */
    uint16_t indent[LEX_MAX_INDENT];
    Token tok;                /* the current token */
    Value filename;
} Lexer;

void lex_init(Lexer *lx, const char *src, size_t len, Value filename, uint32_t first_line);
void lex_next(Lexer *lx);
const char *lex_token_name(int kind);

/* Values of literal tokens. */
Value lex_number(Lexer *lx, const Token *t);
/* Appends the decoded contents of string token t to a growing buffer; returns false when the
 * token holds an escape that is invalid for its kind.  The buffer is a Vstr (vstr.h). */
struct Vstr;
void lex_string_into(Lexer *lx, const Token *t, struct Vstr *out);
/* The same for a part [s, e) of string token t's body (f-string literal parts). */
void lex_decode(Lexer *lx, const Token *t, const char *s, const char *e, struct Vstr *out);

/* Raise SyntaxError at a token (or at the current position when t is NULL). */
ES_NORETURN void lex_error(Lexer *lx, const Token *t, const char *msg);
/* The same as an IndentationError (t NULL: the current token). */
ES_NORETURN void lex_indent_error(Lexer *lx, const Token *t, const char *msg);
/* Raises "'(' was never closed" if the source ends inside brackets (else returns). */
void lex_report_unclosed(Lexer *lx);
ES_NORETURN void lex_error_at(Lexer *lx, uint32_t line, const char *line_start, uint32_t col,
                              const char *msg);
/* The message literals go in compressed (msgs_gen.h: ES_STEXT). */
#define lex_error(lx, t, msg) lex_error(lx, t, ES_STEXT(msg))
#define lex_indent_error(lx, t, msg) lex_indent_error(lx, t, ES_STEXT(msg))
#define lex_error_at(lx, line, line_start, col, msg) lex_error_at(lx, line, line_start, col, ES_STEXT(msg))

bool lex_is_keyword_name(const char *s, size_t n);

#endif
