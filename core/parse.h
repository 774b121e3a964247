/* The expression parser: builds a small tree for one statement's expressions at a time.
 *
 * Statements are compiled as they are read (compile.c); only expressions become trees, in an
 * arena that is released after each statement, so compiling needs RAM in proportion to the
 * largest statement, not the whole module. */
#ifndef ESPY_PARSE_H
#define ESPY_PARSE_H

#include "lex.h"

typedef enum {
    ND_CONST,      /* v: the value */
    ND_NAME,       /* v: the name */
    ND_FSTRING,    /* a: list of parts (ND_CONST str or ND_FMTVAL) */
    ND_FMTVAL,     /* a: expr, b: format spec (ND_FSTRING) or NULL, op: conversion 0/'s'/'r'/'a' */
    ND_BINOP,      /* op: BinaryOp, a, b */
    ND_UNARY,      /* op: UnaryOp (NEG, POS, INVERT), a */
    ND_NOT,        /* a */
    ND_AND, ND_OR, /* a: list of operands */
    ND_COMPARE,    /* a: first operand; b: list of ND_CMPOP (op, a: operand) */
    ND_CMPOP,
    ND_IFEXP,      /* a: test, b: body, c: orelse */
    ND_LAMBDA,     /* a: ND_PARAMS, b: body expression */
    ND_WALRUS,     /* a: target ND_NAME, b: value */
    ND_CALL,       /* a: callee, b: list of arguments (exprs, ND_STARRED, ND_KWARG, ND_DSTAR) */
    ND_KWARG,      /* v: name, a: value */
    ND_DSTAR,      /* a: mapping (** in calls and dict displays) */
    ND_ATTR,       /* a: object, v: name */
    ND_SUBSCR,     /* a: object, b: index */
    ND_SLICE,      /* a, b, c: start, stop, step (each may be NULL) */
    ND_TUPLE, ND_LIST, ND_SET,  /* a: list of elements (may contain ND_STARRED) */
    ND_DICT,       /* a: list of ND_PAIR or ND_DSTAR */
    ND_PAIR,       /* a: key, b: value */
    ND_LISTCOMP, ND_SETCOMP, ND_GENEXP,  /* a: element, b: list of ND_COMPFOR */
    ND_DICTCOMP,   /* a: ND_PAIR, b: list of ND_COMPFOR */
    ND_COMPFOR,    /* a: target, b: iterable, c: list of conditions */
    ND_STARRED,    /* a */
    ND_YIELD,      /* a: value or NULL */
    ND_YIELDFROM,  /* a */
    ND_PARAMS,     /* a: list of ND_PARAM; n: positional count, op: flags */
    ND_PARAM,      /* v: name, a: default or NULL, op: PARAM_* kind */
} NodeKind;

/* ND_CMPOP operators beyond BinaryOp's comparisons and OP_CONTAINS. */
enum { CMP_NOT_IN = OP_NBINARY, CMP_IS, CMP_IS_NOT };

enum { PARAM_POS, PARAM_POSONLY, PARAM_VARARGS, PARAM_KWONLY, PARAM_VARKW };

typedef struct Node {
    uint8_t kind;
    uint8_t op;
    uint16_t n;
    uint16_t col;
    uint32_t line;
    struct Node *a, *b, *c;
    struct Node *next;        /* next element of a list */
    Value v;
} Node;

/* The arena: chunks on the GC heap, released to a mark in stack order. */
typedef struct ArenaChunk ArenaChunk;
typedef struct {
    ArenaChunk *chunk;
    size_t used;
} ArenaMark;
typedef struct {
    ArenaChunk *chunk;        /* current chunk (chunks link to older ones) */
    size_t used;
    ArenaChunk *spare;
} Arena;

void arena_init(Arena *a);
void *arena_alloc(Arena *a, size_t n);
ArenaMark arena_mark(Arena *a);
void arena_release(Arena *a, ArenaMark m);
void arena_free(Arena *a);

typedef struct Parser {
    Lexer lx;
    Arena *arena;
    int depth;               /* nesting of parse calls, bounded */
    Value private_prefix;    /* inside a class body: '_' + class name for mangling __x, or 0 */
} Parser;

static inline int tok(Parser *p) { return p->lx.tok.kind; }
static inline void advance(Parser *p) { lex_next(&p->lx); }
bool accept(Parser *p, int kind);
void expect(Parser *p, int kind, const char *what);
ES_NORETURN void parse_error(Parser *p, const char *msg);
ES_NORETURN void parse_error_node(Parser *p, const Node *n, const char *msg);
/* The message literals go in compressed (msgs_gen.h: ES_STEXT). */
#define expect(p, kind, what) expect(p, kind, ES_STEXT(what))
#define parse_error(p, msg) parse_error(p, ES_STEXT(msg))
#define parse_error_node(p, n, msg) parse_error_node(p, n, ES_STEXT(msg))

Node *node_new(Parser *p, int kind);
/* The name of the identifier token t, mangled inside a class (__x -> _Class__x). */
Value parse_ident(Parser *p, const Token *t, bool *mangled);
/* The private-name prefix for a class called name ('_' + name without leading '_'), or 0. */
Value parse_private_prefix(Value name);

/* expression := disjunction ['if' disjunction 'else' expression] | lambda */
Node *parse_expr(Parser *p);
/* named_expression: also allows NAME := expression */
Node *parse_named_expr(Parser *p);
/* A comma-separated list; a single element without a comma is returned as itself.
 * star: starred elements allowed; walrus: named expressions allowed. */
Node *parse_expr_list(Parser *p, bool star, bool walrus);
/* The right-hand side of an assignment or an expression statement (may be a yield). */
Node *parse_star_exprs_or_yield(Parser *p);
/* A for-loop target list (stops at 'in'). */
Node *parse_target_list(Parser *p);
/* def/lambda parameters, up to ')' (def) or ':' (lambda). */
Node *parse_params(Parser *p, bool is_lambda);
/* The bitwise_or level, used for `for x in <expr>` targets and star targets. */
Node *parse_or_expr(Parser *p);
/* Call arguments after '(' up to and including ')'. */
Node *parse_arguments(Parser *p);
/* Does the current token start an expression? */
bool tok_starts_expr(int kind);

/* A parsed string literal (possibly an implicit concatenation): a str/bytes ND_CONST or an
 * ND_FSTRING. */
Node *parse_strings(Parser *p);

#endif
