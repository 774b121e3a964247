/* ESP8266 mask ROM entry points the firmware calls.  Their addresses are fixed by the chip and
 * assigned in rom.ld; the emulator's ROM model (emu/rom/) provides the same entry points at the
 * same addresses.  All are call0-ABI functions.  Prototypes follow esp8266.md section 3. */
#ifndef ESP_ROM_H
#define ESP_ROM_H

#include <stdint.h>

/* UART0 console.  uart_rx_one_char returns 0 and stores a byte when one is waiting, non-zero
 * when the FIFO is empty; uart_rx_one_char_block waits for a byte. */
int uart_tx_one_char(uint8_t c);
int uart_rx_one_char(uint8_t *c);
uint8_t uart_rx_one_char_block(void);
void uart_div_modify(uint8_t uart_no, uint32_t divisor);

/* Timing and clocks. */
void ets_delay_us(uint32_t us);
void ets_update_cpu_frequency(uint32_t mhz);
uint32_t ets_get_cpu_frequency(void);
void rom_i2c_writeReg(uint8_t block, uint8_t host_id, uint8_t reg, uint8_t data);
uint8_t rom_i2c_readReg(uint8_t block, uint8_t host_id, uint8_t reg);

/* Reboot through the ROM (reloads the boot image from flash). */
void software_reset(void) __attribute__((noreturn));

/* SPI flash.  Call only from IRAM with the cache disabled (see flash.c).  Return 0 = OK. */
int SPIRead(uint32_t addr, void *dst, uint32_t len);
int SPIWrite(uint32_t addr, const void *src, uint32_t len);
int SPIEraseSector(uint32_t sector);
int SPIParamCfg(uint32_t device_id, uint32_t chip_size, uint32_t block_size,
                uint32_t sector_size, uint32_t page_size, uint32_t status_mask);
void Cache_Read_Enable(uint8_t odd_even, uint8_t mb_count, uint8_t no_idea);
void Cache_Read_Disable(void);

#endif
