/* Struct sequences: tuples whose items also have names (os.stat_result, os.uname_result,
 * os.statvfs_result, time.struct_time).  The type is const (in flash): a tuple subtype that
 * prints as `module.name(field=value, ...)` and answers its field names as attributes. */
#ifndef ESPY_MODOS_H
#define ESPY_MODOS_H

#include "obj.h"

typedef struct {
    Type type;                 /* base tuple_type, print/attr slots below */
    uint16_t module;           /* name id of the module shown in the repr */
    uint16_t nfields;
    const uint16_t *fields;    /* name ids of the items, in order */
} StructSeqType;

void structseq_print(Value self, Print *p, PrintKind kind);
void structseq_attr(Value self, Value name, Value *dest);
Value structseq_new(const StructSeqType *t, const Value *items);

/* Formats the port's flash filesystem (os.mkfs); 0 or a negative errno.  Ports without one
 * need not define it (modos.c has a default that answers ENODEV). */
int port_mkfs(void);

#define STRUCTSEQ_TYPE(cname, pyname, modname, fieldtab) \
    const StructSeqType cname = { \
        {.type = &type_type, .name = V_MKNAME(N_##pyname), .base = &tuple_type, \
         .print = structseq_print, .attr = structseq_attr}, \
        N_##modname, sizeof(fieldtab) / sizeof(fieldtab[0]), fieldtab}

#endif
