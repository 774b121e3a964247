/* Internal to the regex engine: the compiled program format shared by the compiler
 * (re_compile.c), the matcher (re_match.c) and the queries (regex.c), and the character
 * helpers of re_unicode.c.
 *
 * A program is one block of 32-bit words: the header below, then the code, then the group
 * name table.  Everything is an offset, never a pointer, so the block can be moved.
 *
 * An instruction word is op | arg << 8.  Jump offsets in arg are signed 24-bit word counts
 * relative to the instruction holding them.  Some instructions have extra words after the
 * first; re_insn_len() knows them all. */
#ifndef RE_PROG_H
#define RE_PROG_H

#include <stddef.h>
#include <stdint.h>
#include "regex.h"

#define RE_MAGIC 0x31524552u   /* "RER1" */
#define RE_INF   0xFFFFFFFFu   /* unbounded repeat / width */

struct re_prog {
    uint32_t magic;
    uint32_t size;      /* bytes of the whole program */
    uint32_t flags;     /* Python's pattern.flags, plus RE_BYTES */
    uint32_t ngroups;   /* capturing groups */
    uint32_t nloops;    /* counted loops: two work registers each */
    uint32_t ncode;     /* code words right after this header */
    uint32_t names;     /* word offset of the name table from the program start, 0: none */
    uint32_t nnames;
    uint32_t prefix;    /* code index of a LIT every match starts with, or RE_INF */
    uint32_t anchored;  /* 1: every match starts at position 0 (leading \A or ^) */
};

/* Name table entry: word 0 = group | length << 16, then the name bytes, padded to a word. */

enum {
    OP_MATCH,     /* success (subject to FULLMATCH / NOTEMPTY_ATSTART) */
    OP_LIT,       /* arg = byte count; bytes follow, packed in words: match them exactly */
    OP_LITI,      /* arg = char count; that many words of case-folded code points follow */
    OP_ANY,       /* one character other than '\n' */
    OP_ANYALL,    /* one character */
    OP_CLASS,     /* arg = words of class data following (see RE_CL_*) */
    OP_AT,        /* arg = RE_AT_* zero-width test */
    OP_SPLIT,     /* arg = off: go on at pc+1, on failure resume at pc+off */
    OP_SPLITL,    /* arg = off: go on at pc+off, on failure resume at pc+1 */
    OP_JMP,       /* arg = off */
    OP_SAVE,      /* arg = capture slot (2g start, 2g+1 end) */
    OP_REP1,      /* arg = RE_REP_*, +1 min, +2 max, +3.. one single-character instruction */
    OP_REPINIT,   /* arg = loop register r: count = 0, last = none */
    OP_UNTIL,     /* arg = r | lazy << 16, +1 min, +2 max, +3 offset of the body (negative) */
    OP_ASSERT,    /* arg = RE_AS_*, +1 offset of the matching OP_AEND, +2 look-behind width */
    OP_AEND,      /* arg = offset back to the OP_ASSERT */
    OP_BREF,      /* arg = group | RE_BREF_ICASE: the text of an earlier group again */
    OP_GEXISTS,   /* arg = group, +1 offset to jump to when the group is unset */
};

enum { RE_REP_GREEDY, RE_REP_LAZY, RE_REP_POSSESSIVE };
enum { RE_AS_AHEAD, RE_AS_NAHEAD, RE_AS_BEHIND, RE_AS_NBEHIND, RE_AS_ATOMIC };
enum {
    RE_AT_BOS,        /* \A, and ^ without MULTILINE */
    RE_AT_BOL,        /* ^ with MULTILINE */
    RE_AT_EOL,        /* $ without MULTILINE: end, or before a final newline */
    RE_AT_EOLM,       /* $ with MULTILINE */
    RE_AT_EOS,        /* \Z */
    RE_AT_WORDB,      /* \b, Unicode word characters */
    RE_AT_NWORDB,     /* \B */
    RE_AT_WORDB_A,    /* \b, ASCII word characters */
    RE_AT_NWORDB_A,
};
#define RE_BREF_ICASE  0x800000u
#define RE_BREF_UNI    0x400000u  /* case folding beyond ASCII */

/* Class data: word 0 = RE_CL_* flags, words 1..8 = 256-bit map of the code points below 256
 * (negation and case folding already applied), then items of two words for code points >= 256:
 * kind << 24 | lo, hi. */
#define RE_CL_NEGATE   1u
#define RE_CL_ICASE    2u   /* for code points >= 256: also try their case variants */
#define RE_CL_ASCII    4u   /* categories are ASCII-only */
#define RE_CL_MAPWORDS 8u
enum { RE_CI_RANGE, RE_CI_DIGIT, RE_CI_NDIGIT, RE_CI_WORD, RE_CI_NWORD, RE_CI_SPACE, RE_CI_NSPACE };

#define RE_OP(w)   ((w) & 0xFFu)
#define RE_ARG(w)  ((w) >> 8)
#define RE_SARG(w) ((int32_t)(w) >> 8)    /* signed jump offset */
#define RE_INSN(op, arg) ((uint32_t)(op) | (uint32_t)(arg) << 8)

static inline const uint32_t *re_code(const re_prog *p) { return (const uint32_t *)(p + 1); }

/* Words taken by the instruction at code[pc]. */
static inline uint32_t re_insn_len(const uint32_t *code, uint32_t pc) {
    uint32_t w = code[pc];
    switch (RE_OP(w)) {
    case OP_LIT: return 1 + (RE_ARG(w) + 3) / 4;
    case OP_LITI: return 1 + (RE_ARG(w) & 0xFFFF);   /* bit 23: ASCII-only folding */
    case OP_CLASS: return 1 + RE_ARG(w);
    case OP_REP1: return 3 + re_insn_len(code, pc + 3);
    case OP_UNTIL: return 4;
    case OP_ASSERT: return 3;
    case OP_GEXISTS: return 2;
    default: return 1;
    }
}

/* ---- characters (re_unicode.c) ---- */

/* Decodes one code point of UTF-8 at s[*i] (*i < n) and advances *i.  A malformed sequence
 * yields its first byte as 0xDC00 + byte and advances by one, so matching bad input is safe. */
uint32_t re_utf8_decode(const uint8_t *s, size_t *i, size_t n);
static inline uint32_t re_utf8_next(const uint8_t *s, size_t *i, size_t n) {
    uint32_t c = s[*i];
    if (c < 0x80) { ++*i; return c; }
    return re_utf8_decode(s, i, n);
}
/* Start of the character that ends at s[i) (i > lo), never before lo. */
size_t re_utf8_prev(const uint8_t *s, size_t i, size_t lo);
/* Encodes c as UTF-8 into out (4 bytes room); returns the length. */
unsigned re_utf8_put(uint32_t c, uint8_t *out);

int re_is_word(uint32_t c, int ascii);
int re_is_digit(uint32_t c, int ascii);
int re_is_space(uint32_t c, int ascii);
/* Case folding: re_lower is CPython's simple lower-casing (sre's lower()); re_fold maps every
 * member of an IGNORECASE equivalence set to one representative.  ascii: ASCII letters only. */
uint32_t re_lower(uint32_t c, int ascii);
uint32_t re_fold(uint32_t c, int ascii);
/* Whether ch is in a class item (kind RE_CI_*, range lo..hi). */
int re_class_item(uint32_t kind, uint32_t lo, uint32_t hi, uint32_t ch, int ascii);
/* The members of c's IGNORECASE set (c itself included); returns how many (<= 8). */
unsigned re_case_set(uint32_t c, uint32_t out[8]);

#endif
