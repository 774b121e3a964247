/* The errno module: Linux's error numbers under CPython's names.
 *
 * The constants are a const table in flash.  errno.errorcode (number -> name) is a dict, so it
 * costs RAM: it is built on first access by the module's attribute hook and kept in the
 * module's RAM overlay, where later lookups find it before the hook runs. */
#include "runtime.h"
#include "exc.h"
#include "names.h"
#include "objdict.h"
#include "objfun.h"
#include "objmodule.h"

#define E(name, num) {V_MKNAME(N_##name), V_MKINT(num)}

/* Sorted by name (byte order), as const module tables must be. */
static const MapEntry errno_table[] = {
    E(E2BIG, 7),
    E(EACCES, 13),
    E(EADDRINUSE, 98),
    E(EADDRNOTAVAIL, 99),
    E(EADV, 68),
    E(EAFNOSUPPORT, 97),
    E(EAGAIN, 11),
    E(EALREADY, 114),
    E(EBADE, 52),
    E(EBADF, 9),
    E(EBADFD, 77),
    E(EBADMSG, 74),
    E(EBADR, 53),
    E(EBADRQC, 56),
    E(EBADSLT, 57),
    E(EBFONT, 59),
    E(EBUSY, 16),
    E(ECANCELED, 125),
    E(ECHILD, 10),
    E(ECHRNG, 44),
    E(ECOMM, 70),
    E(ECONNABORTED, 103),
    E(ECONNREFUSED, 111),
    E(ECONNRESET, 104),
    E(EDEADLK, 35),
    E(EDEADLOCK, 35),
    E(EDESTADDRREQ, 89),
    E(EDOM, 33),
    E(EDOTDOT, 73),
    E(EDQUOT, 122),
    E(EEXIST, 17),
    E(EFAULT, 14),
    E(EFBIG, 27),
    E(EHOSTDOWN, 112),
    E(EHOSTUNREACH, 113),
    E(EIDRM, 43),
    E(EILSEQ, 84),
    E(EINPROGRESS, 115),
    E(EINTR, 4),
    E(EINVAL, 22),
    E(EIO, 5),
    E(EISCONN, 106),
    E(EISDIR, 21),
    E(EISNAM, 120),
    E(EKEYEXPIRED, 127),
    E(EKEYREJECTED, 129),
    E(EKEYREVOKED, 128),
    E(EL2HLT, 51),
    E(EL2NSYNC, 45),
    E(EL3HLT, 46),
    E(EL3RST, 47),
    E(ELIBACC, 79),
    E(ELIBBAD, 80),
    E(ELIBEXEC, 83),
    E(ELIBMAX, 82),
    E(ELIBSCN, 81),
    E(ELNRNG, 48),
    E(ELOOP, 40),
    E(EMEDIUMTYPE, 124),
    E(EMFILE, 24),
    E(EMLINK, 31),
    E(EMSGSIZE, 90),
    E(EMULTIHOP, 72),
    E(ENAMETOOLONG, 36),
    E(ENAVAIL, 119),
    E(ENETDOWN, 100),
    E(ENETRESET, 102),
    E(ENETUNREACH, 101),
    E(ENFILE, 23),
    E(ENOANO, 55),
    E(ENOBUFS, 105),
    E(ENOCSI, 50),
    E(ENODATA, 61),
    E(ENODEV, 19),
    E(ENOENT, 2),
    E(ENOEXEC, 8),
    E(ENOKEY, 126),
    E(ENOLCK, 37),
    E(ENOLINK, 67),
    E(ENOMEDIUM, 123),
    E(ENOMEM, 12),
    E(ENOMSG, 42),
    E(ENONET, 64),
    E(ENOPKG, 65),
    E(ENOPROTOOPT, 92),
    E(ENOSPC, 28),
    E(ENOSR, 63),
    E(ENOSTR, 60),
    E(ENOSYS, 38),
    E(ENOTBLK, 15),
    E(ENOTCONN, 107),
    E(ENOTDIR, 20),
    E(ENOTEMPTY, 39),
    E(ENOTNAM, 118),
    E(ENOTRECOVERABLE, 131),
    E(ENOTSOCK, 88),
    E(ENOTSUP, 95),
    E(ENOTTY, 25),
    E(ENOTUNIQ, 76),
    E(ENXIO, 6),
    E(EOPNOTSUPP, 95),
    E(EOVERFLOW, 75),
    E(EOWNERDEAD, 130),
    E(EPERM, 1),
    E(EPFNOSUPPORT, 96),
    E(EPIPE, 32),
    E(EPROTO, 71),
    E(EPROTONOSUPPORT, 93),
    E(EPROTOTYPE, 91),
    E(ERANGE, 34),
    E(EREMCHG, 78),
    E(EREMOTE, 66),
    E(EREMOTEIO, 121),
    E(ERESTART, 85),
    E(ERFKILL, 132),
    E(EROFS, 30),
    E(ESHUTDOWN, 108),
    E(ESOCKTNOSUPPORT, 94),
    E(ESPIPE, 29),
    E(ESRCH, 3),
    E(ESRMNT, 69),
    E(ESTALE, 116),
    E(ESTRPIPE, 86),
    E(ETIME, 62),
    E(ETIMEDOUT, 110),
    E(ETOOMANYREFS, 109),
    E(ETXTBSY, 26),
    E(EUCLEAN, 117),
    E(EUNATCH, 49),
    E(EUSERS, 87),
    E(EWOULDBLOCK, 11),
    E(EXDEV, 18),
    E(EXFULL, 54),
    {V_MKNAME(N___name__), V_MKNAME(N_errno)},
    {V_MKNAME(N_errorcode), V_HOOKED},   /* errno_attr builds it on first use */
};

/* the E* constants: every entry but the last two (__name__, errorcode) */
#define ERRNO_COUNT (sizeof errno_table / sizeof errno_table[0] - 2)

/* Aliases that share a number with another name: CPython's errorcode maps the number to the
 * other name (EAGAIN, EDEADLOCK, ENOTSUP). */
static bool errno_is_alias(Value name) {
    return name == V_MKNAME(N_EWOULDBLOCK) || name == V_MKNAME(N_EDEADLK) || name == V_MKNAME(N_EOPNOTSUPP);
}

static Value errno_build_errorcode(void) {
    Value d = dict_new(ERRNO_COUNT);
    /* in numeric order, which is easier to read than the table's */
    for (Int num = 1; num < 256; num++) {
        for (size_t i = 0; i < ERRNO_COUNT; i++) {
            if (V_INT(errno_table[i].value) == num && !errno_is_alias(errno_table[i].key)) {
                dict_set(d, errno_table[i].value, errno_table[i].key);
                break;
            }
        }
    }
    return d;
}

static void errno_attr(Value self, Value name, Value *dest) {
    if (dest[1] != V_SENTINEL_METHOD || name != V_MKNAME(N_errorcode)) return;
    Value d = errno_build_errorcode();
    obj_setattr(self, name, d);   /* goes to the module's overlay */
    dest[0] = d;
    dest[1] = V_NULL;
}

MODULE_CONST_HOOK(mod_errno, errno_table, errno_attr);
