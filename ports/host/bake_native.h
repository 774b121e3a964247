/* Native modules for `espy build` (core/frozen.h "native modules", docs/bundle.md): built-in
 * modules written in C that the firmware leaves out.  The baker finds them in the base image's
 * bundle (the firmware's base image carries all of them) or in .enm files (--native, what the
 * firmware build writes), and places those an app needs into its bundle, relocated. */
#ifndef HOST_BAKE_NATIVE_H
#define HOST_BAKE_NATIVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
    const uint8_t *bytes;   /* head, code, constants, relocation table (owned by the set) */
    size_t total;           /* bytes of all that */
    uint16_t names[2];      /* static name ids it is imported by (0: none) */
    bool selected;          /* to be baked */
} NativeMod;

typedef struct {
    NativeMod *v;
    size_t n, cap;
    uint8_t **owned;        /* file buffers to free */
    size_t nowned;
} NativeSet;

/* Adds the native module of a .enm file, linked against the firmware whose FZ_ABI_BUILD word is
 * `build`: the module, or NULL after printing why not. */
NativeMod *native_add_file(NativeSet *s, const char *path, uint32_t build);
/* Adds the native modules of the bundle in a base image (baked for address `bundle_addr` and
 * the firmware of ABI id `abi_id`), of `avail` bytes.  Returns NULL, or why a bundle that is
 * there (its magic is right) offers none: a base image without a bundle simply offers none. */
const char *native_add_bundle(NativeSet *s, const uint8_t *bundle, size_t avail, uint32_t bundle_addr,
                              uint32_t abi_id);
/* The module imported as name[0..len), or NULL. */
NativeMod *native_find(NativeSet *s, const char *name, size_t len);
/* Copies m to dst, which is at device address addr, with its address words and its calls into
 * the firmware moved there: 0, or -1 when a call cannot reach from there (CALL0: +-512 kB). */
int native_place(const NativeMod *m, uint8_t *dst, uint32_t addr);
void native_free(NativeSet *s);

#endif
