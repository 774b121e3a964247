/* The table of built-in modules, with MicroPython's u-prefixed aliases.  A firmware built with
 * native modules (mk/natmod.mk) leaves those out (ES_NATIVE_<name>): they are found in the bundle. */
#include "objmodule.h"
#include "names.h"

extern const BuiltinModule builtins_module, sys_module;
extern const BuiltinModule mod_math, mod_json, mod_struct, mod_binascii, mod_hashlib, mod_errno, mod_random, mod_heapq,
    mod_array;
extern const BuiltinModule mod_io, mod_os, mod_time, mod_gc, mod_micropython, mod_collections, mod_re;
#if ES_MACHINE
extern const BuiltinModule mod_machine, mod_esp, mod__onewire;
#endif

const BuiltinModuleEntry builtin_modules[] = {
    {N_builtins, &builtins_module},
    {N_sys, &sys_module},
    {N_usys, &sys_module},
#if !ES_NATIVE_math
    {N_math, &mod_math},
#endif
#if !ES_NATIVE_json
    {N_json, &mod_json},
    {N_ujson, &mod_json},
#endif
#if !ES_NATIVE_struct
    {N_struct, &mod_struct},
    {N_ustruct, &mod_struct},
#endif
#if !ES_NATIVE_binascii
    {N_binascii, &mod_binascii},
    {N_ubinascii, &mod_binascii},
#endif
#if !ES_NATIVE_hashlib
    {N_hashlib, &mod_hashlib},
    {N_uhashlib, &mod_hashlib},
#endif
#if !ES_NATIVE_errno
    {N_errno, &mod_errno},
    {N_uerrno, &mod_errno},
#endif
#if !ES_NATIVE_random
    {N_random, &mod_random},
    {N_urandom, &mod_random},
#endif
#if !ES_NATIVE_heapq
    {N_heapq, &mod_heapq},
    {N_uheapq, &mod_heapq},
#endif
#if !ES_NATIVE_array
    {N_array, &mod_array},
    {N_uarray, &mod_array},
#endif
#if !ES_NATIVE_io
    {N_io, &mod_io},
    {N_uio, &mod_io},
#endif
    {N_os, &mod_os},
    {N_uos, &mod_os},
    {N_time, &mod_time},
    {N_utime, &mod_time},
    {N_gc, &mod_gc},
    {N_micropython, &mod_micropython},
#if !ES_NATIVE_collections
    {N_collections, &mod_collections},
    {N_ucollections, &mod_collections},
#endif
#if !ES_NATIVE_re
    {N_re, &mod_re},
    {N_ure, &mod_re},
#endif
#if ES_MACHINE
    {N_machine, &mod_machine},
    {N_umachine, &mod_machine},
#if !ES_NATIVE_esp
    {N_esp, &mod_esp},
#endif
#if !ES_NATIVE__onewire
    {N__onewire, &mod__onewire},
#endif
#endif
};
const size_t builtin_modules_count = sizeof builtin_modules / sizeof builtin_modules[0];

/* The native modules a firmware leaves out (mk/firmware.mk passes ES_NATIVE_NAMES: "N_math, ..."),
 * so that importing one that was not baked says how to get it. */
#ifndef ES_NATIVE_NAMES
#define ES_NATIVE_NAMES
#endif
static const uint16_t native_names[] = {ES_NATIVE_NAMES 0};

bool builtin_module_is_native(Value name) {
    for (size_t i = 0; native_names[i]; i++)
        if (name == V_MKNAME(native_names[i])) return true;
    return false;
}
