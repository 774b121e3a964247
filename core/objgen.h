/* Generators: a frame kept in a heap object between resumptions. */
#ifndef ESPY_OBJGEN_H
#define ESPY_OBJGEN_H

#include "vm.h"

typedef struct {
    Object base;
    uint8_t state;           /* GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE */
    Frame frame;             /* followed by the frame's registers */
} Generator;

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE };

Generator *gen_alloc(Func *f, uint32_t nregs);
void gen_frame_finished(Frame *frame);
/* Sends v into an iterator (a generator or anything with __next__/send): returns the next
 * value with *done false, or the return value with *done true. */
void gen_delegate_send(Value it, Value v, Value *out, bool *done);
/* Throws exc into an iterator with throw(); false if it has none (then exc is raised by the
 * caller as usual). */
bool gen_delegate_throw(Value it, Value exc, Value *out, bool *done);
Value gen_send(Value gen, Value v);          /* raises StopIteration at the end */

#endif
