/* The ROM model's fixed addresses: QEMU's reset stub, the exception vectors at the default
 * VECBASE (0x40000000), and one `j` per ESP8266 ROM entry point at its real address
 * (esp8266.md section 3; the firmware's list is ports/esp8266/rom.ld).  Every other ROM address
 * holds zeros, which decode as ILL: a call to an entry point the model lacks faults at that
 * address instead of running something else. */

/* ---- reset: QEMU starts the lx106 here ---- */
    .section .reset, "ax"
    .global _rom_reset
_rom_reset:
    j       1f
    .literal_position
    .align 4
1:  movi    a2, 1                   /* reset cause 1: power on */
    movi    a0, rom_restart
    jx      a0

/* ---- ROM area ---- */
    .section .romtab, "ax"
    .org 0x10
    wsr.excsave1 a0
    movi    a0, 1
    j       rom_vector
    .org 0x20
    wsr.excsave1 a0
    movi    a0, 2
    j       rom_vector
    .org 0x30
    wsr.excsave1 a0
    movi    a0, 3
    j       rom_vector
    .org 0x50
    wsr.excsave1 a0
    movi    a0, 4
    j       rom_vector
    .org 0x70
    wsr.excsave1 a0
    movi    a0, 5
    j       rom_vector

    .macro ENTRY addr, fn
    .org \addr - 0x40000000
    j       \fn
    .endm

    ENTRY 0x40000650, __muldi3
    ENTRY 0x4000264C, software_reset
    ENTRY 0x40002ECC, ets_delay_us
    ENTRY 0x40002F04, ets_update_cpu_frequency
    ENTRY 0x40002F0C, ets_get_cpu_frequency
    ENTRY 0x40002FA0, ets_wdt_enable
    ENTRY 0x400030F0, ets_wdt_disable
    ENTRY 0x400039D8, uart_div_modify
    ENTRY 0x40003B30, uart_tx_one_char
    ENTRY 0x40003B64, uart_rx_one_char_block
    ENTRY 0x40003B8C, uart_rx_one_char
    ENTRY 0x40004678, Cache_Read_Enable
    ENTRY 0x400047F0, Cache_Read_Disable
    ENTRY 0x400049B4, SPIEraseBlock
    ENTRY 0x40004A00, SPIEraseSector
    ENTRY 0x40004A4C, SPIWrite
    ENTRY 0x40004B1C, SPIRead
    ENTRY 0x40004C2C, SPIParamCfg
    ENTRY 0x40007268, rom_i2c_readReg
    ENTRY 0x400072D8, rom_i2c_writeReg
    ENTRY 0x4000C180, __addsf3
    ENTRY 0x4000C268, __subsf3
    ENTRY 0x4000C3DC, __mulsf3
    ENTRY 0x4000C4C4, __fixunssfsi
    ENTRY 0x4000C538, __adddf3
    ENTRY 0x4000C688, __subdf3
    ENTRY 0x4000C8F0, __muldf3
    ENTRY 0x4000CB94, __divdf3
    ENTRY 0x4000CCB8, __fixdfsi
    ENTRY 0x4000CD00, __fixunsdfsi
    ENTRY 0x4000CD5C, __truncdfsf2
    ENTRY 0x4000CDFC, __extendsfdf2
    ENTRY 0x4000CE60, __divdi3
    ENTRY 0x4000D310, __udivdi3
    ENTRY 0x4000D770, __umoddi3
    ENTRY 0x4000DC88, __divsi3
    ENTRY 0x4000DCF0, __umulsidi3
    ENTRY 0x4000DD38, xthal_get_ccount
    ENTRY 0x4000E21C, __udivsi3
    ENTRY 0x4000E268, __umodsi3
    ENTRY 0x4000E2A4, __floatunsisf
    ENTRY 0x4000E2AC, __floatsisf
    ENTRY 0x4000E2E8, __floatunsidf
    ENTRY 0x4000E2F0, __floatsidf

/* ---- `espy emu --trace/--pins`: the clock trampolines (emu/periph/run.c, periph.h) ----
 * QEMU advances its virtual clock by host time when the CPU stops at the model's watchpoints
 * (an -icount "warp"), which would stretch every timed pulse by microseconds.  At each stop the
 * model sends the guest through one of these before it goes on: a2 holds the CCOUNT value the
 * guest would have without the warp (set) and EXCSAVE2 the guest's own a2; EPC2/EPS2 are where
 * it goes on and with which PS (RFI 2: level 2 is the debug level, which the firmware never
 * uses); PS.INTLEVEL is 15 meanwhile.  `read` leaves CCOUNT as it is and hands it to the model
 * in EXCSAVE3 (after a WAITI, when the guest really slept). */
    .org 0xFF00
    .global periph_clock_set
periph_clock_set:
    wsr.ccount a2
    rsr.excsave2 a2
    rfi     2
    .org 0xFF10
    .global periph_clock_read
periph_clock_read:
    rsr.ccount a2
    wsr.excsave3 a2
    rsr.excsave2 a2
    rfi     2

/* ---- code in the model's body ---- */
    .text
    .literal_position
    .align 4
/* Exception at the ROM's vectors (a firmware fault before it installed its own, or a fault in
 * the model): a0 = vector kind, EXCSAVE1 = interrupted a0.  Report and stop (rom_fault). */
rom_vector:
    mov     a2, a0
    rsr.exccause a3
    rsr.epc1 a4
    rsr.excvaddr a5
    beqi    a2, 5, 1f
    j       2f
1:  rsr.depc a4
2:  movi    a1, 0x3FFFDFF0          /* top of the model's data area */
    movi    a0, rom_fault
    callx0  a0
3:  j       3b

/* void rom_restart(int cause): start the boot sequence afresh with a clean CPU state. */
    .global rom_restart
    .align 4
rom_restart:
    movi    a1, 0x3FFFFFF0
    movi    a0, 0
    wsr.intenable a0
    movi    a3, 0x40000000
    wsr.vecbase a3
    movi    a3, 0x20                /* PS: UM, EXCM clear, INTLEVEL 0 */
    wsr.ps  a3
    rsync
    movi    a0, rom_main
    callx0  a0
4:  j       4b

/* uint32_t xthal_get_ccount(void) */
    .global xthal_get_ccount
    .align 4
xthal_get_ccount:
    rsr.ccount a2
    ret
