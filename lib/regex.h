/* A regular expression engine with the semantics of CPython's `re` (a backtracking matcher,
 * leftmost match, alternatives in order, Python's rules for greedy/lazy loops, empty
 * iterations and group captures) for the subset described in docs/regex.md.
 *
 * Pure C: no allocation, no stdio.  The caller provides the memory for the compiled program
 * and the work memory of each match.  Text is UTF-8 for str patterns (the engine works on code
 * points) or raw bytes for bytes patterns (RE_BYTES); every position is a byte offset into the
 * text, which the caller converts to character indices if it needs them. */
#ifndef REGEX_H
#define REGEX_H

#include <stddef.h>
#include <stdint.h>

/* Compile flags: Python's numeric values, so re.I etc. pass straight through. */
#define RE_TEMPLATE   1      /* accepted and ignored */
#define RE_IGNORECASE 2
#define RE_LOCALE     4      /* rejected: not supported */
#define RE_MULTILINE  8
#define RE_DOTALL     16
#define RE_UNICODE    32     /* the default for str patterns */
#define RE_VERBOSE    64
#define RE_DEBUG      128    /* accepted and ignored */
#define RE_ASCII      256
#define RE_BYTES      0x10000 /* bytes pattern matched against bytes (not a Python flag) */

/* Match modes for re_match. */
#define RE_MODE_MATCH     0  /* anchored at start (re.match) */
#define RE_MODE_SEARCH    1  /* first match at or after start (re.search) */
#define RE_MODE_FULLMATCH 2  /* anchored at start, must end at end (re.fullmatch) */
#define RE_MODE_MASK      3
/* Or'ed into the mode: reject an empty match at `start` itself (searching still goes on at the
 * next position).  This is Python 3.7+'s rule for findall/finditer/sub/split after an empty
 * match: see docs/regex.md. */
#define RE_NOTEMPTY_ATSTART 4

/* Results of re_match (>= 0) and error codes (< 0). */
#define RE_NOMATCH      0
#define RE_MATCHED      1
#define RE_ERR_WORK     (-1)  /* work memory exhausted: retry with more (see re_match) */
#define RE_ERR_STEPS    (-2)  /* step budget exhausted (catastrophic backtracking) */
#define RE_ERR_ABORT    (-3)  /* the poll callback asked to stop (e.g. KeyboardInterrupt) */
#define RE_ERR_ARG      (-4)  /* bad arguments: not a program, start > end, end > len */
/* Errors of re_compile and re_expand, with a message in re_error. */
#define RE_ERR_SYNTAX   (-10) /* re.error (message and position as CPython) */
#define RE_ERR_OVERFLOW (-11) /* OverflowError: "the repetition number is too large" */
#define RE_ERR_VALUE    (-12) /* ValueError: incompatible flags */
#define RE_ERR_LIMIT    (-13) /* an engine limit was exceeded (docs/regex.md, "Limits") */
#define RE_ERR_INDEX    (-14) /* IndexError from re_expand: "unknown group name 'x'" */

#define RE_NOPOS ((size_t)-1) /* re_error.pos when the error has no position */
#define RE_UNSET ((size_t)-1) /* group span of a group that did not participate */

typedef struct {
    int code;        /* one of RE_ERR_* */
    size_t pos;      /* byte offset into the pattern/template, or RE_NOPOS */
    char msg[100];   /* CPython's wording, without " at position N" */
} re_error;

typedef struct re_prog re_prog;  /* opaque; lives in caller memory, see re_compile */

/* Compiles pat[0..len) with flags into mem[0..cap).  Returns the number of bytes the program
 * needs (> 0); if that is <= cap the program was written to mem and *out points at it (== mem),
 * otherwise nothing was written, *out is NULL and the caller retries with that many bytes.
 * Returns a negative RE_ERR_* code on a bad pattern, with err filled in (RE_ERR_ARG if mem is
 * not aligned for uint32_t, as it must be).  The program holds no pointers: it may be copied or moved
 * (with memcpy, to another uint32_t-aligned address) at any time. */
int re_compile(const char *pat, size_t len, int flags, void *mem, size_t cap, re_prog **out,
               re_error *err);

unsigned re_ngroups(const re_prog *p);      /* capturing groups, not counting group 0 */
int re_flags(const re_prog *p);             /* Python's pattern.flags (inline flags included) */
/* Group number of a named group, or -1. */
int re_group_index(const re_prog *p, const char *name, size_t n);
/* The i-th named group (in group-number order): returns its group number and sets *name and
 * *n to point into the program, or returns -1 when i is past the last name. */
int re_group_name(const re_prog *p, unsigned i, const char **name, size_t *n);

/* Work memory.  A match needs re_work_min(p) bytes at least; deep backtracking needs more (a
 * few words per pending choice, see docs/regex.md).  work must be aligned for size_t. */
size_t re_work_min(const re_prog *p);

typedef struct {
    uint32_t max_steps;          /* 0: no limit.  Each VM instruction or backtrack is a step. */
    int (*poll)(void *ctx);      /* if set, called every 4096 steps; non-zero stops the match */
    void *poll_ctx;
} re_limits;

/* The budget re_match (and re_match_ex without limits) allows: RE_DEFAULT_STEPS plus
 * RE_STEPS_PER_CHAR for each byte from start to end, so that long texts can be searched while
 * exponential backtracking on short ones stops.  A PC runs about 50 million steps a second. */
#define RE_DEFAULT_STEPS  2000000u
#define RE_STEPS_PER_CHAR 100u

/* Runs the program on text[0..len), considering only text[0..end) (Python's endpos: `$` and
 * `\Z` match at end) and starting at `start` (Python's pos: lookbehind and `\b` still see the
 * text before it).  mode is RE_MODE_* optionally or'ed with RE_NOTEMPTY_ATSTART.
 * groups receives 2 * (re_ngroups(p) + 1) byte offsets: start and end of the whole match and of
 * each group, RE_UNSET for groups that did not participate.
 * Returns RE_MATCHED, RE_NOMATCH or a negative RE_ERR_* (groups are then unspecified).
 * RE_ERR_WORK means the backtracking stack outgrew workcap: the caller may retry with a
 * larger work area (the result does not depend on workcap otherwise). */
int re_match(const re_prog *p, const char *text, size_t len, size_t start, size_t end, int mode,
             size_t *groups, void *work, size_t workcap);
/* The same with explicit limits (NULL: the default budget above, no poll) and, if lastindex is not
 * NULL, Python's match.lastindex (0 for None). */
int re_match_ex(const re_prog *p, const char *text, size_t len, size_t start, size_t end,
                int mode, size_t *groups, void *work, size_t workcap, const re_limits *lim,
                unsigned *lastindex);

/* Expands a replacement template as re.sub/match.expand do: \1 and \g<1>, \g<name>, \0 and
 * octal escapes, \n \t \r \f \v \a \b \\, other escapes of non-letters kept as is.  Groups come
 * from a match on text (group spans as re_match returns them); unmatched groups expand to
 * nothing.  Writes at most cap bytes to out (out may be NULL when cap is 0) and sets *outlen
 * to the full length, so a caller can measure first.  With text == NULL the template is only
 * checked.  Returns 0, or RE_ERR_SYNTAX / RE_ERR_INDEX with err filled in (pos is a byte offset
 * into the template). */
int re_expand(const re_prog *p, const char *tmpl, size_t tlen, const char *text,
              const size_t *groups, char *out, size_t cap, size_t *outlen, re_error *err);

#endif
