/* The emulator's peripheral model (docs/emulator.md, "Peripherals"): `espy emu --trace/--pins`.
 *
 * QEMU's `sim` machine has plain RAM where the ESP8266 has its registers.  In this mode `espy
 * emu` drives QEMU through its gdbstub: a write watchpoint over the register page stops the
 * guest at every register store, the model carries the store out itself (decoding the
 * instruction), updates the registers the guest will read (GPIO_IN, UART STATUS ...) and
 * raises CPU interrupts by performing the interrupt entry on the CPU state.  Time is the
 * count of executed instructions, which a TCG plugin keeps in a shared file
 * (emu/plugin/icount_shm.c); QEMU runs with -icount so the guest's CCOUNT follows it.
 *
 * Host code (built into `espy`); uses only POSIX. */
#ifndef ESPY_PERIPH_H
#define ESPY_PERIPH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* -icount shift: one instruction is 2^PERIPH_ICOUNT_SHIFT ns of guest time (16 ns: 62.5
 * instructions per microsecond, near the chip's 80 MHz). */
#define PERIPH_ICOUNT_SHIFT 4
#define PERIPH_CYCLES_PER_US 62.5

/* Scratch words shared with the ROM model in this mode (emu/rom/periph.c): it writes the idle
 * mark before it blocks waiting for console input (the run ends there once all input is used),
 * and stores CCOUNT at POLL when CCOUNT passes WANT while WANT_ON is set - the stops at which
 * the model applies timed input (QEMU cannot be interrupted at will under -icount). */
#define PERIPH_IDLE_MARK 0x60001F00u
#define PERIPH_IDLE_MAGIC 0x49444C45u   /* "ELDI" */
#define PERIPH_POLL      0x60001F04u
#define PERIPH_WANT      0x60001F08u
#define PERIPH_WANT_ON   0x60001F0Cu
/* CCOUNT (40 MHz in QEMU) per instruction at 16 ns: 0.64 = 16/25 */
#define PERIPH_CCOUNT_PER_CYCLE (40e6 * (1 << PERIPH_ICOUNT_SHIFT) / 1e9)
/* The ROM model's clock trampolines (emu/rom/romtab.S): the guest goes through one after each
 * stop, so that QEMU's warp of the virtual clock at the stop does not reach its CCOUNT. */
#define PERIPH_CLOCK_SET  0x4000FF00u
#define PERIPH_CLOCK_READ 0x4000FF10u

typedef struct Periph Periph;

/* What ports/host/emu.c hands over: the usual pieces of an emulator run, plus the model's files.
 * periph_emu starts QEMU for the model and returns the run's exit status. */
typedef struct {
    const char *qemu, *rom;           /* QEMU binary, ROM model ELF */
    const char *flash_path;           /* the flash file (its size is the flash size) */
    const char *window_path;          /* the copy mapped at 0x40200000 */
    const char *trace, *pins;         /* --trace FILE, --pins FILE (either may be NULL) */
    const char *display;              /* --display FILE: the displays' pictures at the end, or NULL */
    const char *script;               /* --script FILE, or NULL: standard input */
    double timeout;                   /* seconds, 0 = none */
} PeriphLaunch;
int periph_emu(const PeriphLaunch *l);

typedef struct {
    const char *trace_path;   /* NULL: no trace */
    const char *pins_path;    /* NULL: no stimulus file */
    const char *display_path; /* NULL: no pictures of the displays */
    uint32_t flash_size;      /* for the flash's JEDEC id */
} PeriphOpts;

/* Reads the pins file and opens the trace (before QEMU starts).  NULL after printing an error. */
Periph *periph_open(const PeriphOpts *o);

/* Runs the model against QEMU (started with -S and its gdbstub on socket `sock`, the plugin
 * counting into `shm`).  Console input comes from input_fd (a file, a pipe, or a terminal in
 * raw mode when interactive: Ctrl-] quits), -1 for none.  Returns the exit status of the run:
 * the guest's, 0 when all input is used and the firmware waits for more, 124 on timeout. */
int periph_run(Periph *p, pid_t qemu, const char *sock, const char *shm, int input_fd, bool interactive,
               double timeout);

void periph_close(Periph *p);
/* The pictures of the pins file's displays into path; 0, or -1 after printing why. */
int periph_write_displays(Periph *p, const char *path);

/* ---- internals shared by the files of emu/periph ---- */

/* gdb.c: the GDB remote serial protocol over a unix socket */
typedef struct {
    int fd;
    char *buf;                /* received bytes */
    size_t len, cap;
    bool noack;               /* QStartNoAckMode accepted: no '+' after packets */
} Gdb;
int gdb_connect(Gdb *g, const char *path, double timeout_s);
int gdb_send(Gdb *g, const char *pkt);
/* Next packet into out (NUL-terminated); 1 = got one, 0 = none within timeout_ms, -1 = closed. */
int gdb_recv(Gdb *g, char *out, size_t cap, int timeout_ms);
int gdb_cmd(Gdb *g, const char *pkt, char *out, size_t cap);   /* send, wait for the answer */
int gdb_interrupt(Gdb *g);
void gdb_close(Gdb *g);

/* model.c: registers, pins, UART, SPI flash id, I2C devices */
typedef struct Model Model;
Model *model_new(uint32_t flash_size);
void model_free(Model *m);
/* A guest store to the register page (addr 0x60000000..0x60000FFF) or the scratch word. */
void model_write(Model *m, uint32_t addr, uint32_t size, uint32_t value);
/* A guest load the model answers itself (the UART FIFO). */
uint32_t model_read(Model *m, uint32_t addr, uint32_t size);
/* An external driver on a pin: 0 low, 1 high, -1 none (floating). */
void model_drive(Model *m, int pin, int level);
void model_uart_input(Model *m, const uint8_t *data, size_t n);   /* queued for the RX FIFO */
size_t model_uart_queued(const Model *m);
/* An I2C device: kind lm75 or ssd1306, then its settings (w[0..nw-1], "temp=C" or "width=W",
 * "height=H"); 0, or -1 with err. */
int model_add_i2c(Model *m, const char *kind, int addr, int scl, int sda, char **w, int nw, char *err, size_t errcap);
/* Writes the pictures of the displays (ssd1306.c) to path; 0, or -1 after printing why. */
int model_write_displays(Model *m, const char *path);
bool model_has_displays(const Model *m);
/* A pins-file sensor line (w[0] is dht11, dht22 or ds18b20; sensor.c); 0, or -1 with err. */
int model_add_sensor(Model *m, char **w, int nw, char *err, size_t errcap);
bool model_has_sensors(const Model *m);      /* then GPIO_IN reads are watched too */
uint32_t model_irq_lines(Model *m);          /* CPU interrupt lines: 1 << 4 GPIO, 1 << 5 UART */
/* The next run of register words to write into the guest's RAM (words changed since they were
 * last taken, with small gaps filled from the model's copy, which mirrors the page exactly):
 * its address and up to max words; 0 when nothing is left. */
size_t model_take_dirty(Model *m, uint32_t *addr, uint32_t *values, size_t max);
bool model_idle_marked(Model *m);            /* the ROM model waits for input, nothing since */
/* The trace: every register store, pin change, interrupt and RX byte, stamped with the time. */
void model_set_trace(Model *m, void *file, const uint64_t *clock);
void model_note(Model *m, const char *what, uint32_t value, const char *detail);

/* ssd1306.c: an SSD1306 OLED controller; model.c hands it the bytes of its I2C transfers */
typedef struct Oled Oled;
Oled *oled_new(int addr, int width, int height);
void oled_free(Oled *o);
void oled_start(Oled *o);                        /* addressed for writing */
void oled_write(Oled *o, Model *m, uint8_t b);   /* a byte the master wrote */
uint8_t oled_read(const Oled *o);                /* the status byte */
void oled_stop(Oled *o, Model *m);
void oled_picture(const Oled *o, void *file);    /* a FILE * */

/* sensor.c: DHT11/DHT22 and DS18B20 models.  They follow the master side of their pins (what
 * the chip, the pins file and I2C devices pull low) and pull the line low at times of their
 * own, as functions of the instruction count. */
typedef struct Sensors Sensors;
Sensors *sensors_new(void);
void sensors_free(Sensors *s);
int sensors_kind(const char *word);          /* 0.. for a sensor's name, -1 if it is none */
int sensors_add(Sensors *s, char **w, int nw, char *err, size_t errcap);
uint16_t sensors_pins(const Sensors *s);     /* pins with a sensor (they have its pull-up) */
void sensors_step(Sensors *s, Model *m, uint16_t master_low, uint64_t now);   /* at every update */
uint16_t sensors_low(const Sensors *s, uint64_t now);                          /* pins they pull low */

#endif
