/* Fatal exception report: called from vectors.S with the CPU state, prints one line on the
 * UART and reboots.  Everything here is in IRAM (code and strings) so that it also works when
 * the fault happened with the flash cache off. */
#include "esp.h"
#include "rom.h"

/* Stack for the report: the fault may have come from a corrupt a1.  vectors.S uses the top. */
uint32_t esp_exc_stack[128];
__asm__(".global esp_exc_stack_top\n.set esp_exc_stack_top, esp_exc_stack + 512");

static IRAM_RODATA const char kind_names[6][8] = {"?", "debug", "nmi", "kernel", "user", "double"};

/* EXCCAUSE values (Xtensa ISA). */
static IRAM_RODATA const struct { uint8_t cause; char name[23]; } cause_names[] = {
    {0, "IllegalInstruction"}, {1, "Syscall"}, {2, "InstructionFetchError"},
    {3, "LoadStoreError"}, {4, "Level1Interrupt"}, {5, "Alloca"},
    {6, "IntegerDivideByZero"}, {8, "Privileged"}, {9, "LoadStoreAlignment"},
    {12, "InstrPIFDataError"}, {13, "LoadStorePIFDataError"}, {14, "InstrPIFAddrError"},
    {15, "LoadStorePIFAddrError"}, {20, "InstFetchProhibited"}, {28, "LoadProhibited"},
    {29, "StoreProhibited"},
};

static IRAM_RODATA const char msg_fatal[] = "\r\nFatal exception ";
static IRAM_RODATA const char msg_pc[] = " pc=";
static IRAM_RODATA const char msg_vaddr[] = " excvaddr=";
static IRAM_RODATA const char msg_a0[] = " a0=";
static IRAM_RODATA const char msg_sp[] = " sp=";
static IRAM_RODATA const char msg_vec[] = " vector=";
static IRAM_RODATA const char msg_reboot[] = "\r\nrebooting\r\n";
static IRAM_RODATA const char hexdigits[] = "0123456789abcdef";

IRAM_ATTR static void fputs_iram(const char *s) {
    while (*s)
        uart_tx_one_char((uint8_t)*s++);
}

IRAM_ATTR static void fhex(uint32_t v) {
    uart_tx_one_char('0');
    uart_tx_one_char('x');
    for (int i = 28; i >= 0; i -= 4)
        uart_tx_one_char((uint8_t)hexdigits[(v >> i) & 15]);
}

IRAM_ATTR static void fdec(uint32_t v) {
    /* Causes are < 64.  By subtraction: the lx106 has no divide instruction, and gcc's
     * division helpers are veneers in irom0, which a fault with the cache off cannot reach. */
    uint32_t tens = 0;
    for (; v >= 10; v -= 10)
        tens++;
    if (tens)
        uart_tx_one_char((uint8_t)('0' + tens));
    uart_tx_one_char((uint8_t)('0' + v));
}

IRAM_ATTR NORETURN void esp_fatal(uint32_t kind, uint32_t cause, uint32_t pc, uint32_t vaddr,
                                  uint32_t a0, uint32_t sp) {
    fputs_iram(msg_fatal);
    fdec(cause);
    for (size_t i = 0; i < sizeof cause_names / sizeof cause_names[0]; i++)
        if (cause_names[i].cause == cause) {
            uart_tx_one_char('(');
            fputs_iram(cause_names[i].name);
            uart_tx_one_char(')');
        }
    fputs_iram(msg_pc); fhex(pc);
    fputs_iram(msg_vaddr); fhex(vaddr);
    fputs_iram(msg_a0); fhex(a0);
    fputs_iram(msg_sp); fhex(sp);
    fputs_iram(msg_vec); fputs_iram(kind_names[kind < 6 ? kind : 0]);
    fputs_iram(msg_reboot);
    software_reset();
}
