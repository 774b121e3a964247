/* Veneers for the ROM's libgcc helpers (rom.ld): __adddf3 & co. in flash, each a jump to the
 * ROM's copy.  Code built with -mlongcalls could call the ROM directly, but picolibc's libm is
 * not, and a CALL0 from flash (0x402xxxxx) cannot reach the ROM (0x4000xxxx).  The jump keeps
 * a0, so the ROM function returns straight to the caller; a8 is a scratch register at a call
 * (not an argument register) in the CALL0 ABI. */
    .section .text.romveneer, "ax"
    .literal_position
    .align 4
    .global __adddf3
    .type __adddf3, @function
__adddf3:
    movi    a8, __rom_adddf3
    jx      a8
    .size __adddf3, . - __adddf3
    .align 4
    .global __addsf3
    .type __addsf3, @function
__addsf3:
    movi    a8, __rom_addsf3
    jx      a8
    .size __addsf3, . - __addsf3
    .align 4
    .global __divdf3
    .type __divdf3, @function
__divdf3:
    movi    a8, __rom_divdf3
    jx      a8
    .size __divdf3, . - __divdf3
    .align 4
    .global __divdi3
    .type __divdi3, @function
__divdi3:
    movi    a8, __rom_divdi3
    jx      a8
    .size __divdi3, . - __divdi3
    .align 4
    .global __divsi3
    .type __divsi3, @function
__divsi3:
    movi    a8, __rom_divsi3
    jx      a8
    .size __divsi3, . - __divsi3
    .align 4
    .global __extendsfdf2
    .type __extendsfdf2, @function
__extendsfdf2:
    movi    a8, __rom_extendsfdf2
    jx      a8
    .size __extendsfdf2, . - __extendsfdf2
    .align 4
    .global __fixdfsi
    .type __fixdfsi, @function
__fixdfsi:
    movi    a8, __rom_fixdfsi
    jx      a8
    .size __fixdfsi, . - __fixdfsi
    .align 4
    .global __fixunsdfsi
    .type __fixunsdfsi, @function
__fixunsdfsi:
    movi    a8, __rom_fixunsdfsi
    jx      a8
    .size __fixunsdfsi, . - __fixunsdfsi
    .align 4
    .global __fixunssfsi
    .type __fixunssfsi, @function
__fixunssfsi:
    movi    a8, __rom_fixunssfsi
    jx      a8
    .size __fixunssfsi, . - __fixunssfsi
    .align 4
    .global __floatsidf
    .type __floatsidf, @function
__floatsidf:
    movi    a8, __rom_floatsidf
    jx      a8
    .size __floatsidf, . - __floatsidf
    .align 4
    .global __floatsisf
    .type __floatsisf, @function
__floatsisf:
    movi    a8, __rom_floatsisf
    jx      a8
    .size __floatsisf, . - __floatsisf
    .align 4
    .global __floatunsidf
    .type __floatunsidf, @function
__floatunsidf:
    movi    a8, __rom_floatunsidf
    jx      a8
    .size __floatunsidf, . - __floatunsidf
    .align 4
    .global __floatunsisf
    .type __floatunsisf, @function
__floatunsisf:
    movi    a8, __rom_floatunsisf
    jx      a8
    .size __floatunsisf, . - __floatunsisf
    .align 4
    .global __muldf3
    .type __muldf3, @function
__muldf3:
    movi    a8, __rom_muldf3
    jx      a8
    .size __muldf3, . - __muldf3
    .align 4
    .global __muldi3
    .type __muldi3, @function
__muldi3:
    movi    a8, __rom_muldi3
    jx      a8
    .size __muldi3, . - __muldi3
    .align 4
    .global __mulsf3
    .type __mulsf3, @function
__mulsf3:
    movi    a8, __rom_mulsf3
    jx      a8
    .size __mulsf3, . - __mulsf3
    .align 4
    .global __subdf3
    .type __subdf3, @function
__subdf3:
    movi    a8, __rom_subdf3
    jx      a8
    .size __subdf3, . - __subdf3
    .align 4
    .global __subsf3
    .type __subsf3, @function
__subsf3:
    movi    a8, __rom_subsf3
    jx      a8
    .size __subsf3, . - __subsf3
    .align 4
    .global __truncdfsf2
    .type __truncdfsf2, @function
__truncdfsf2:
    movi    a8, __rom_truncdfsf2
    jx      a8
    .size __truncdfsf2, . - __truncdfsf2
    .align 4
    .global __udivdi3
    .type __udivdi3, @function
__udivdi3:
    movi    a8, __rom_udivdi3
    jx      a8
    .size __udivdi3, . - __udivdi3
    .align 4
    .global __udivsi3
    .type __udivsi3, @function
__udivsi3:
    movi    a8, __rom_udivsi3
    jx      a8
    .size __udivsi3, . - __udivsi3
    .align 4
    .global __umoddi3
    .type __umoddi3, @function
__umoddi3:
    movi    a8, __rom_umoddi3
    jx      a8
    .size __umoddi3, . - __umoddi3
    .align 4
    .global __umodsi3
    .type __umodsi3, @function
__umodsi3:
    movi    a8, __rom_umodsi3
    jx      a8
    .size __umodsi3, . - __umodsi3
    .align 4
    .global __umulsidi3
    .type __umulsidi3, @function
__umulsidi3:
    movi    a8, __rom_umulsidi3
    jx      a8
    .size __umulsidi3, . - __umulsidi3
