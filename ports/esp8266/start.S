/* Reset entry: the ROM jumps here (the image header's entry point) after loading the boot
 * image.  Sets a known stack and processor state, unpacks the IRAM code, then continues in C
 * (startup.c).  In the boot stage: the rest of IRAM is not there yet. */
    .section .stage.text.start, "ax"
    .literal_position
    .global _start
    .type _start, @function
    .align 4
_start:
    movi    a0, 0                   /* no return address: ends backtraces */
    movi    a1, _stack_top          /* 8 kB stack below 0x40000000, see esp8266.ld */
    movi    a2, 0
    wsr.intenable a2                /* no interrupt sources until a driver asks */
    movi    a2, 0x20                /* PS: UM=1 (exceptions to the user vector), EXCM=0, INTLEVEL=0 */
    wsr.ps  a2
    rsync
    call0   boot_unpack
    call0   esp_start
1:  j       1b
    .size _start, . - _start
