/* The errno module: Linux's error numbers under CPython's names.
 *
 * The 133 E* names are not static names: that would put them (about 1 kB) in the firmware's
 * name table for this one module.  They are str objects in the module's own flash, and the
 * module's attribute hook finds a name by its text (an attribute missing from a built-in
 * module's table goes to its hook; dir() and `import *` ask the hook for all of them).
 * errno.errorcode (number -> name) is a dict, so it costs RAM: it is built on first access and
 * kept in the module's RAM overlay, where later lookups find it before the hook runs. */
#include <string.h>
#include "runtime.h"
#include "exc.h"
#include "names.h"
#include "objdict.h"
#include "objfun.h"
#include "objmodule.h"
#include "objstr.h"

/* ERR_(name, number) for each constant, sorted by name (byte order) */
#define ERRNO_LIST \
    ERR_(E2BIG, 7) \
    ERR_(EACCES, 13) \
    ERR_(EADDRINUSE, 98) \
    ERR_(EADDRNOTAVAIL, 99) \
    ERR_(EADV, 68) \
    ERR_(EAFNOSUPPORT, 97) \
    ERR_(EAGAIN, 11) \
    ERR_(EALREADY, 114) \
    ERR_(EBADE, 52) \
    ERR_(EBADF, 9) \
    ERR_(EBADFD, 77) \
    ERR_(EBADMSG, 74) \
    ERR_(EBADR, 53) \
    ERR_(EBADRQC, 56) \
    ERR_(EBADSLT, 57) \
    ERR_(EBFONT, 59) \
    ERR_(EBUSY, 16) \
    ERR_(ECANCELED, 125) \
    ERR_(ECHILD, 10) \
    ERR_(ECHRNG, 44) \
    ERR_(ECOMM, 70) \
    ERR_(ECONNABORTED, 103) \
    ERR_(ECONNREFUSED, 111) \
    ERR_(ECONNRESET, 104) \
    ERR_(EDEADLK, 35) \
    ERR_(EDEADLOCK, 35) \
    ERR_(EDESTADDRREQ, 89) \
    ERR_(EDOM, 33) \
    ERR_(EDOTDOT, 73) \
    ERR_(EDQUOT, 122) \
    ERR_(EEXIST, 17) \
    ERR_(EFAULT, 14) \
    ERR_(EFBIG, 27) \
    ERR_(EHOSTDOWN, 112) \
    ERR_(EHOSTUNREACH, 113) \
    ERR_(EIDRM, 43) \
    ERR_(EILSEQ, 84) \
    ERR_(EINPROGRESS, 115) \
    ERR_(EINTR, 4) \
    ERR_(EINVAL, 22) \
    ERR_(EIO, 5) \
    ERR_(EISCONN, 106) \
    ERR_(EISDIR, 21) \
    ERR_(EISNAM, 120) \
    ERR_(EKEYEXPIRED, 127) \
    ERR_(EKEYREJECTED, 129) \
    ERR_(EKEYREVOKED, 128) \
    ERR_(EL2HLT, 51) \
    ERR_(EL2NSYNC, 45) \
    ERR_(EL3HLT, 46) \
    ERR_(EL3RST, 47) \
    ERR_(ELIBACC, 79) \
    ERR_(ELIBBAD, 80) \
    ERR_(ELIBEXEC, 83) \
    ERR_(ELIBMAX, 82) \
    ERR_(ELIBSCN, 81) \
    ERR_(ELNRNG, 48) \
    ERR_(ELOOP, 40) \
    ERR_(EMEDIUMTYPE, 124) \
    ERR_(EMFILE, 24) \
    ERR_(EMLINK, 31) \
    ERR_(EMSGSIZE, 90) \
    ERR_(EMULTIHOP, 72) \
    ERR_(ENAMETOOLONG, 36) \
    ERR_(ENAVAIL, 119) \
    ERR_(ENETDOWN, 100) \
    ERR_(ENETRESET, 102) \
    ERR_(ENETUNREACH, 101) \
    ERR_(ENFILE, 23) \
    ERR_(ENOANO, 55) \
    ERR_(ENOBUFS, 105) \
    ERR_(ENOCSI, 50) \
    ERR_(ENODATA, 61) \
    ERR_(ENODEV, 19) \
    ERR_(ENOENT, 2) \
    ERR_(ENOEXEC, 8) \
    ERR_(ENOKEY, 126) \
    ERR_(ENOLCK, 37) \
    ERR_(ENOLINK, 67) \
    ERR_(ENOMEDIUM, 123) \
    ERR_(ENOMEM, 12) \
    ERR_(ENOMSG, 42) \
    ERR_(ENONET, 64) \
    ERR_(ENOPKG, 65) \
    ERR_(ENOPROTOOPT, 92) \
    ERR_(ENOSPC, 28) \
    ERR_(ENOSR, 63) \
    ERR_(ENOSTR, 60) \
    ERR_(ENOSYS, 38) \
    ERR_(ENOTBLK, 15) \
    ERR_(ENOTCONN, 107) \
    ERR_(ENOTDIR, 20) \
    ERR_(ENOTEMPTY, 39) \
    ERR_(ENOTNAM, 118) \
    ERR_(ENOTRECOVERABLE, 131) \
    ERR_(ENOTSOCK, 88) \
    ERR_(ENOTSUP, 95) \
    ERR_(ENOTTY, 25) \
    ERR_(ENOTUNIQ, 76) \
    ERR_(ENXIO, 6) \
    ERR_(EOPNOTSUPP, 95) \
    ERR_(EOVERFLOW, 75) \
    ERR_(EOWNERDEAD, 130) \
    ERR_(EPERM, 1) \
    ERR_(EPFNOSUPPORT, 96) \
    ERR_(EPIPE, 32) \
    ERR_(EPROTO, 71) \
    ERR_(EPROTONOSUPPORT, 93) \
    ERR_(EPROTOTYPE, 91) \
    ERR_(ERANGE, 34) \
    ERR_(EREMCHG, 78) \
    ERR_(EREMOTE, 66) \
    ERR_(EREMOTEIO, 121) \
    ERR_(ERESTART, 85) \
    ERR_(ERFKILL, 132) \
    ERR_(EROFS, 30) \
    ERR_(ESHUTDOWN, 108) \
    ERR_(ESOCKTNOSUPPORT, 94) \
    ERR_(ESPIPE, 29) \
    ERR_(ESRCH, 3) \
    ERR_(ESRMNT, 69) \
    ERR_(ESTALE, 116) \
    ERR_(ESTRPIPE, 86) \
    ERR_(ETIME, 62) \
    ERR_(ETIMEDOUT, 110) \
    ERR_(ETOOMANYREFS, 109) \
    ERR_(ETXTBSY, 26) \
    ERR_(EUCLEAN, 117) \
    ERR_(EUNATCH, 49) \
    ERR_(EUSERS, 87) \
    ERR_(EWOULDBLOCK, 11) \
    ERR_(EXDEV, 18) \
    ERR_(EXFULL, 54)

/* Each name a str object in flash, so that errorcode's values and dir()'s keys take no RAM. */
#define ERR_(name, num) \
    static const struct { Object base; uint32_t hash, len, nchars; char data[sizeof #name]; } \
        errno_str_##name = {{&str_type}, 0, sizeof #name - 1, sizeof #name - 1, #name};
ERRNO_LIST
#undef ERR_
#define ERR_(name, num) (const Str *)&errno_str_##name,
static const Str *const errno_strs[] = {ERRNO_LIST};
#undef ERR_
#define ERR_(name, num) num,
static const uint8_t errno_nums[] = {ERRNO_LIST};
#undef ERR_
#define ERRNO_COUNT sizeof errno_nums

static const MapEntry errno_table[] = {
    {V_MKNAME(N___name__), V_MKNAME(N_errno)},
    {V_MKNAME(N_errorcode), V_HOOKED},   /* errno_attr builds it on first use */
};

/* Aliases that share a number with another name: CPython's errorcode maps the number to the
 * other name (EAGAIN, EDEADLOCK, ENOTSUP). */
static bool errno_is_alias(const Str *name) {
    return name == (const Str *)&errno_str_EWOULDBLOCK || name == (const Str *)&errno_str_EDEADLK ||
           name == (const Str *)&errno_str_EOPNOTSUPP;
}

static Value errno_build_errorcode(void) {
    /* in numeric order, which is easier to read than the table's: the name of each number */
    uint8_t at[256];
    memset(at, 0xFF, sizeof at);
    for (size_t i = 0; i < ERRNO_COUNT; i++)
        if (!errno_is_alias(errno_strs[i]) && at[errno_nums[i]] == 0xFF) at[errno_nums[i]] = (uint8_t)i;
    Value d = dict_new(ERRNO_COUNT);
    for (Int num = 0; num < 256; num++)
        if (at[num] != 0xFF) dict_set(d, V_MKINT(num), V_FROMPTR(errno_strs[at[num]]));
    return d;
}

/* The E* constant named `name`, or V_NULL: a binary search, the table being in byte order. */
static Value errno_find(Value name) {
    size_t lo = 0, hi = ERRNO_COUNT;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = str_compare(V_FROMPTR(errno_strs[mid]), name);
        if (!c) return V_MKINT(errno_nums[mid]);
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return V_NULL;
}

static void errno_attr(Value self, Value name, Value *dest) {
    if (dest[1] != V_SENTINEL_METHOD) return;
    if (name == V_NULL) {
        /* all the constants, for dir() and import * (dest[0] is the dict to fill) */
        for (size_t i = 0; i < ERRNO_COUNT; i++)
            dict_set(dest[0], V_FROMPTR(errno_strs[i]), V_MKINT(errno_nums[i]));
        return;
    }
    Value v;
    if (name == V_MKNAME(N_errorcode)) {
        v = errno_build_errorcode();
        obj_setattr(self, name, v);   /* goes to the module's overlay */
    } else if (!(v = errno_find(name))) {
        return;
    }
    dest[0] = v;
    dest[1] = V_NULL;
}

MODULE_CONST_HOOK(mod_errno, errno_table, errno_attr);
