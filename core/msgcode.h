/* The byte code of the compressed messages, shared by the generator (tools/gennames.c, which
 * picks the words and codes them) and the printer (core/print.c, which expands them).
 *
 * Word k < 128 is the byte 0x80 + k (message literals are ASCII); the others are the control
 * characters 0x02..0x1F but \t \n \r, which messages use (0 ends a text, and 1 marks a syntax
 * error's text).  Header only: gennames is built on its own. */
#ifndef ESPY_MSGCODE_H
#define ESPY_MSGCODE_H

/* The word the byte c stands for, or -1 for a plain byte. */
static inline int msg_word_of(unsigned c) {
    if (c >= 0x80) return (int)c - 0x80;
    if (c < 2 || c >= 0x20 || c == '\t' || c == '\n' || c == '\r') return -1;
    return 128 + (int)c - 2 - (c > '\n') * 2 - (c > '\r');
}

#endif
