#!/bin/sh
# Size report of an lx106 ELF built with ports/qemu/qemu.ld: flash (code and constants), IRAM,
# DRAM (.data, .bss), the heap left for the program, the RAM only QEMU has (.qemu_ram), then the
# largest initialised data in DRAM (constants that did not stay in flash show up here).  usage: ports/qemu/size.sh ELF
elf=$1
[ -f "$elf" ] || { echo "size.sh: no such file: $elf" >&2; exit 2; }
xtensa-lx106-elf-size -A "$elf" | awk -v elf="$(basename "$elf")" '
    $1 == ".text" { t = $2 } $1 == ".rodata" { r = $2 } $1 == ".iram.text" { i = $2 }
    $1 == ".data" { d = $2 } $1 == ".bss" { b = $2 }
    END { printf "%s: flash %d bytes (code %d, constants %d), IRAM %d, DRAM .data %d + .bss %d\n", elf, t + r, t, r, i, d, b }'
hs=$(xtensa-lx106-elf-nm "$elf" | awk '$3 == "_heap_start" { print $1 }')
he=$(xtensa-lx106-elf-nm "$elf" | awk '$3 == "_heap_end" { print $1 }')
[ -n "$hs" ] && [ -n "$he" ] && echo "  heap: $(( 0x$he - 0x$hs )) bytes of DRAM after .bss (-X heapsize at most that)"
xtensa-lx106-elf-size -A "$elf" | awk '$1 == ".qemu_ram" && $2 > 0 { printf "  QEMU-only RAM (.qemu_ram, not on the board): %d bytes\n", $2 }'
echo "  largest .data (initialised DRAM; picolibc's and libgcc's constants are placed there by qemu.ld):"
xtensa-lx106-elf-nm -S --size-sort "$elf" | awk '$3 ~ /^[dD]$/' | tail -5 | \
    while read -r addr size type name; do printf "    %5d %s\n" "$((0x$size))" "$name"; done
