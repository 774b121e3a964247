/* The ESP8266 registers the firmware's drivers use, as a model (esp8266.md section 4):
 *
 *   GPIO   OUT/ENABLE with their W1TS/W1TC forms, IN computed from the drivers of each pad (the
 *          chip's output, open drain, IO_MUX pull-up, the pins file's external driver, I2C
 *          slaves), STATUS set by edges and levels per PIN(n) interrupt type, W1TC clears it;
 *          interrupt line 4 while a STATUS bit is set.
 *   UART0  an RX FIFO of 128 bytes fed from the console input; STATUS (RX count), INT_RAW/INT_ST
 *          for RXFIFO_FULL (count >= CONF1 threshold) and RXFIFO_TOUT; line 5 while INT_ST != 0.
 *   SPI0   the JEDEC-id command (0x9F) answers in W0.
 *   I2C    devices on two pins: an LM75 temperature sensor (here), an SSD1306 display (ssd1306.c).
 *   sensors DHT11/DHT22/DS18B20 on a pin (sensor.c): they pull their line low at times; GPIO_IN
 *          is computed afresh when the guest reads it.
 *   the rest of the page (IO_MUX, FRC timers, WDT ...) keeps what is written, and is traced.
 *
 * The model owns a copy of the register page; what changes there is written into the guest's
 * RAM at the end of each stop (model_take_dirty). */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "periph.h"

#define PAGE 0x60000000u
#define W(off) ((off) / 4u)

/* register offsets in the page */
enum {
    U_FIFO = 0x00, U_INT_RAW = 0x04, U_INT_ST = 0x08, U_INT_ENA = 0x0C, U_INT_CLR = 0x10, U_CLKDIV = 0x14,
    U_STATUS = 0x1C, U_CONF0 = 0x20, U_CONF1 = 0x24,
    S_CMD = 0x200, S_USER2 = 0x224, S_W0 = 0x240,
    G_OUT = 0x300, G_OUT_S = 0x304, G_OUT_C = 0x308, G_EN = 0x30C, G_EN_S = 0x310, G_EN_C = 0x314,
    G_IN = 0x318, G_ST = 0x31C, G_ST_S = 0x320, G_ST_C = 0x324, G_PIN0 = 0x328,
    MUX = 0x800, WDT = 0x900,
};

static const uint8_t mux_off[16] = {0x34, 0x18, 0x38, 0x14, 0x3C, 0x40, 0, 0, 0, 0, 0, 0, 0x04, 0x08, 0x0C, 0x10};

typedef struct {
    int addr, scl, sda;
    Oled *oled;                  /* an SSD1306, else an LM75 */
    int16_t temp, thyst, tos;    /* LM75 registers, 1/256 degC */
    uint8_t config;
    int state, bit, rw, nacked, ptr, idx;
    bool clocked;                /* SCL went high since the last falling edge (START's own fall is no bit) */
    uint8_t byte, cur;
    bool low;                    /* the device pulls SDA low */
    int last_scl, last_sda;
} I2cDev;
enum { I_IDLE, I_ADDR, I_WRITE, I_READ, I_IGNORE };

struct Model {
    uint32_t reg[1024];
    uint8_t dirty[1024];
    bool idle;
    int8_t ext[16];              /* external driver: -1 none, 0 low, 1 high */
    uint16_t level;
    uint8_t fifo[128];
    unsigned fifo_n, fifo_head;
    uint8_t *queue;
    size_t qlen, qcap, qpos;
    uint32_t jedec;
    I2cDev dev[4];
    int ndev;
    Sensors *sensors;
    FILE *trace;
    const uint64_t *clock;
};

Model *model_new(uint32_t flash_size) {
    Model *m = calloc(1, sizeof *m);
    if (!m) return NULL;
    memset(m->ext, -1, sizeof m->ext);
    /* a Winbond W25Qxx of the flash's size: manufacturer 0xEF, type 0x40, log2(size) */
    uint32_t cap = 19;
    while (cap < 24 && (1u << cap) < flash_size) cap++;
    m->jedec = 0xEFu | 0x40u << 8 | cap << 16;
    return m;
}

void model_free(Model *m) {
    if (!m) return;
    for (int i = 0; i < m->ndev; i++) oled_free(m->dev[i].oled);
    free(m->queue);
    sensors_free(m->sensors);
    free(m);
}

void model_set_trace(Model *m, void *file, const uint64_t *clock) {
    m->trace = file;
    m->clock = clock;
}

/* ---------------- the trace ---------------- */

static const char *const uart_names[] = {"FIFO", "INT_RAW", "INT_ST", "INT_ENA", "INT_CLR", "CLKDIV", "AUTOBAUD",
                                         "STATUS", "CONF0", "CONF1", "LOWPULSE", "HIGHPULSE", "PULSE_NUM"};
static const char *const gpio_names[] = {"OUT", "OUT_W1TS", "OUT_W1TC", "ENABLE", "ENABLE_W1TS", "ENABLE_W1TC",
                                         "IN", "STATUS", "STATUS_W1TS", "STATUS_W1TC"};
static const char *const frc_names[] = {"FRC1_LOAD", "FRC1_COUNT", "FRC1_CTRL", "FRC1_INT", "", "", "", "",
                                        "FRC2_LOAD", "FRC2_COUNT", "FRC2_CTRL", "FRC2_INT", "FRC2_ALARM"};
static const char *const wdt_names[] = {"WDT_CTL", "WDT_OP", "WDT_OP_ND", "WDT_COUNT", "WDT_STAGE", "WDT_FEED",
                                        "WDT_RST"};

static void reg_name(uint32_t off, char *out, size_t cap) {
    if (off < 0x34) snprintf(out, cap, "UART0_%s", uart_names[off / 4]);
    else if (off >= 0x200 && off < 0x300) snprintf(out, cap, "SPI0+0x%02x", off - 0x200);
    else if (off >= G_OUT && off < G_PIN0) snprintf(out, cap, "GPIO_%s", gpio_names[(off - G_OUT) / 4]);
    else if (off >= G_PIN0 && off < G_PIN0 + 64) snprintf(out, cap, "GPIO_PIN%u", (off - G_PIN0) / 4);
    else if (off >= 0x600 && off < 0x634 && frc_names[(off - 0x600) / 4][0])
        snprintf(out, cap, "%s", frc_names[(off - 0x600) / 4]);
    else if (off >= MUX && off < MUX + 0x48) {
        int pin = -1;
        for (int i = 0; i < 16; i++)
            if (mux_off[i] && mux_off[i] == off - MUX) pin = i;
        if (pin >= 0) snprintf(out, cap, "IO_MUX_GPIO%d", pin);
        else snprintf(out, cap, "IO_MUX+0x%02x", off - MUX);
    } else if (off >= WDT && off < WDT + 0x1C) snprintf(out, cap, "%s", wdt_names[(off - WDT) / 4]);
    else if (off >= 0xF00 && off < 0xF34) snprintf(out, cap, "UART1_%s", uart_names[(off - 0xF00) / 4]);
    else snprintf(out, cap, "MMIO+0x%03x", off);
}

void model_note(Model *m, const char *what, uint32_t value, const char *detail) {
    if (!m->trace) return;
    uint64_t c = m->clock ? *m->clock : 0;
    fprintf(m->trace, "%llu %.3f %s 0x%08x%s%s\n", (unsigned long long)c, (double)c / PERIPH_CYCLES_PER_US, what,
            value, detail && *detail ? " " : "", detail ? detail : "");
}

/* "GPIO2=1 GPIO5=1" for the bits of a W1TS/W1TC write. */
static void pins_detail(uint32_t bits, int level, char *out, size_t cap) {
    size_t n = 0;
    out[0] = 0;
    for (int i = 0; i < 16 && n + 12 < cap; i++)
        if (bits >> i & 1) n += (size_t)snprintf(out + n, cap - n, "%sGPIO%d=%d", n ? " " : "", i, level);
}

/* ---------------- registers ---------------- */

static void set_reg(Model *m, uint32_t off, uint32_t v) {
    if (m->reg[W(off)] != v) {
        m->reg[W(off)] = v;
        m->dirty[W(off)] = 1;
    }
}

static uint32_t rd(const Model *m, uint32_t off) { return m->reg[W(off)]; }

size_t model_take_dirty(Model *m, uint32_t *addr, uint32_t *values, size_t max) {
    uint32_t w = 0;
    while (w < 1024 && !m->dirty[w]) w++;
    if (w == 1024) return 0;
    size_t n = 0, last = 0;
    for (uint32_t k = w; k < 1024 && n < max && n - last <= 8; k++, n++) {
        values[n] = m->reg[k];
        if (m->dirty[k]) {
            m->dirty[k] = 0;
            last = n;
        }
    }
    *addr = PAGE + 4 * w;
    return last + 1;
}

/* ---------------- I2C devices (an LM75 temperature sensor) ---------------- */

static int16_t lm75_word(double c) { return (int16_t)(lround(c * 2) * 128); }

static uint8_t lm75_read(I2cDev *d) {
    uint8_t v;
    int16_t w = d->ptr == 0 ? d->temp : d->ptr == 2 ? d->thyst : d->tos;
    if (d->ptr == 1) v = d->config;
    else v = (uint8_t)(d->idx & 1 ? (uint16_t)w & 0xFF : (uint16_t)w >> 8);
    d->idx++;
    return v;
}

static void lm75_write(I2cDev *d, uint8_t b) {
    if (d->idx == 0) d->ptr = b & 3;
    else if (d->ptr == 1) d->config = b;
    else if (d->ptr >= 2) {
        int16_t *w = d->ptr == 2 ? &d->thyst : &d->tos;
        *w = (int16_t)(d->idx == 1 ? (uint16_t)(b << 8) | ((uint16_t)*w & 0xFF) : ((uint16_t)*w & 0xFF00) | b);
    }
    d->idx++;
}

static uint8_t dev_read(I2cDev *d) { return d->oled ? oled_read(d->oled) : lm75_read(d); }

static void dev_write(Model *m, I2cDev *d, uint8_t b) {
    if (d->oled) oled_write(d->oled, m, b);
    else lm75_write(d, b);
}

/* One step of the bus as the device sees it: START/STOP, bits on SCL edges, ACKs. */
static void i2c_step(Model *m, I2cDev *d, int scl, int sda) {
    if (scl && d->last_scl && sda != d->last_sda) {
        if (d->oled && (d->state == I_WRITE || d->state == I_READ)) oled_stop(d->oled, m);
        if (!sda) {                      /* START (or repeated START) */
            d->state = I_ADDR;
            d->bit = 0;
            d->byte = 0;
            d->clocked = false;
        } else {
            d->state = I_IDLE;           /* STOP */
        }
        d->low = false;
    } else if (scl && !d->last_scl) {    /* rising edge: sample */
        d->clocked = true;
        if ((d->state == I_ADDR || d->state == I_WRITE) && d->bit < 8) d->byte = (uint8_t)(d->byte << 1 | sda);
        else if (d->state == I_READ && d->bit == 8) d->nacked = sda;
    } else if (!scl && d->last_scl && d->clocked && d->state != I_IDLE && d->state != I_IGNORE) {   /* falling edge */
        d->clocked = false;
        d->bit++;
        if (d->bit == 8) {
            if (d->state == I_ADDR) {
                if ((d->byte >> 1) == d->addr) {
                    d->rw = d->byte & 1;
                    d->low = true;       /* ACK */
                } else {
                    d->state = I_IGNORE;
                    d->low = false;
                }
            } else if (d->state == I_WRITE) {
                dev_write(m, d, d->byte);
                d->low = true;
            } else {
                d->low = false;          /* the master ACKs or NACKs */
            }
        } else if (d->bit == 9) {
            d->bit = 0;
            d->byte = 0;
            if (d->state == I_ADDR) {
                d->state = d->rw ? I_READ : I_WRITE;
                d->idx = 0;
                if (d->oled) oled_start(d->oled);
            } else if (d->state == I_READ && d->nacked) {
                d->state = I_IGNORE;
            }
            if (d->state == I_READ) {
                d->cur = dev_read(d);
                d->low = !(d->cur & 0x80);
            } else {
                d->low = false;
            }
        } else if (d->state == I_READ) {
            d->low = !((d->cur >> (7 - d->bit)) & 1);
        }
    }
    d->last_scl = scl;
    d->last_sda = sda;
}

/* "name=" settings: the number after it in *out; 1 if w is that setting, -1 if its number is bad. */
static int setting(const char *w, const char *name, double *out) {
    size_t n = strlen(name);
    if (strncmp(w, name, n) != 0) return 0;
    char *end;
    *out = strtod(w + n, &end);
    return end == w + n || *end ? -1 : 1;
}

int model_add_i2c(Model *m, const char *kind, int addr, int scl, int sda, char **w, int nw, char *err, size_t errcap) {
    bool oled = strcmp(kind, "ssd1306") == 0;
    if (!oled && strcmp(kind, "lm75") != 0) {
        snprintf(err, errcap, "unknown I2C device '%s' (known: lm75, ssd1306)", kind);
        return -1;
    }
    double temp = 25.0, width = 128, height = 64;
    for (int k = 0; k < nw; k++) {
        int r = oled ? setting(w[k], "width=", &width) : setting(w[k], "temp=", &temp);
        if (oled && !r) r = setting(w[k], "height=", &height);
        if (r <= 0) {
            snprintf(err, errcap, r ? "i2c %s: bad number in '%s'" : "i2c %s: unknown setting '%s' (%s)", kind, w[k],
                     oled ? "width=, height=" : "temp=");
            return -1;
        }
    }
    if (oled && (width < 1 || width > 128 || height < 8 || height > 64 || width != (int)width ||
                 height != (int)height || (int)height % 8)) {
        snprintf(err, errcap, "i2c ssd1306: width 1-128, height 8-64 in steps of 8");
        return -1;
    }
    if ((sensors_pins(m->sensors) >> scl | sensors_pins(m->sensors) >> sda) & 1) {
        snprintf(err, errcap, "a sensor is on GPIO%d already", sensors_pins(m->sensors) >> scl & 1 ? scl : sda);
        return -1;
    }
    if (m->ndev == (int)(sizeof m->dev / sizeof m->dev[0])) {
        snprintf(err, errcap, "too many I2C devices");
        return -1;
    }
    I2cDev *d = &m->dev[m->ndev++];
    memset(d, 0, sizeof *d);
    d->addr = addr;
    d->scl = scl;
    d->sda = sda;
    if (oled && !(d->oled = oled_new(addr, (int)width, (int)height))) {
        m->ndev--;
        snprintf(err, errcap, "out of memory");
        return -1;
    }
    d->temp = lm75_word(temp);
    d->thyst = lm75_word(75);
    d->tos = lm75_word(80);
    d->last_scl = d->last_sda = 1;
    return 0;
}

bool model_has_displays(const Model *m) {
    for (int i = 0; i < m->ndev; i++)
        if (m->dev[i].oled) return true;
    return false;
}

int model_write_displays(Model *m, const char *path) {
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "espy emu: cannot write %s: %m\n", path);
        return -1;
    }
    for (int i = 0; i < m->ndev; i++)
        if (m->dev[i].oled) oled_picture(m->dev[i].oled, f);
    if (fclose(f) != 0) {
        fprintf(stderr, "espy emu: cannot write %s: %m\n", path);
        return -1;
    }
    return 0;
}

/* ---------------- GPIO ---------------- */

static bool bus_pin(const Model *m, int pin) {
    for (int i = 0; i < m->ndev; i++)
        if (m->dev[i].scl == pin || m->dev[i].sda == pin) return true;
    return false;
}

static uint64_t now_of(const Model *m) { return m->clock ? *m->clock : 0; }

int model_add_sensor(Model *m, char **w, int nw, char *err, size_t errcap) {
    if (!m->sensors && !(m->sensors = sensors_new())) {
        snprintf(err, errcap, "out of memory");
        return -1;
    }
    if (sensors_add(m->sensors, w, nw, err, errcap)) return -1;
    for (int pin = 0; pin < 16; pin++)
        if (sensors_pins(m->sensors) >> pin & 1 && bus_pin(m, pin)) {
            snprintf(err, errcap, "GPIO%d is an I2C line already", pin);
            return -1;
        }
    return 0;
}

bool model_has_sensors(const Model *m) { return sensors_pins(m->sensors) != 0; }

/* The pins pulled low by everything but the sensors: what the sensors see as their master. */
static uint16_t master_low(const Model *m) {
    uint32_t out = rd(m, G_OUT), en = rd(m, G_EN);
    uint16_t low = 0;
    for (int pin = 0; pin < 16; pin++) {
        bool l = (en >> pin & 1 && !(out >> pin & 1)) || m->ext[pin] == 0;
        for (int i = 0; i < m->ndev; i++)
            if (m->dev[i].sda == pin && m->dev[i].low) l = true;
        if (l) low |= (uint16_t)(1u << pin);
    }
    return low;
}

static uint16_t pad_levels(const Model *m) {
    uint32_t out = rd(m, G_OUT), en = rd(m, G_EN);
    uint16_t lv = 0, sensed = sensors_low(m->sensors, now_of(m)), sensor_pins = sensors_pins(m->sensors);
    for (int pin = 0; pin < 16; pin++) {
        if (!mux_off[pin]) continue;
        bool od = rd(m, G_PIN0 + 4u * (uint32_t)pin) & 4;
        bool drive = en >> pin & 1, o = out >> pin & 1;
        bool low = (drive && !o) || m->ext[pin] == 0 || (sensed >> pin & 1);
        for (int i = 0; i < m->ndev; i++)
            if (m->dev[i].sda == pin && m->dev[i].low) low = true;
        bool high = (drive && o && !od) || m->ext[pin] == 1;
        bool pull = (rd(m, MUX + mux_off[pin]) & 0x80) || bus_pin(m, pin) || (sensor_pins >> pin & 1);
        if (!low && (high || pull)) lv |= (uint16_t)(1u << pin);
    }
    return lv;
}

/* Recomputes the pads (devices may answer), then STATUS from the edges and levels. */
static void gpio_update(Model *m) {
    uint16_t old = m->level, lv = pad_levels(m);
    for (int round = 0; round < 4; round++) {
        for (int i = 0; i < m->ndev; i++) i2c_step(m, &m->dev[i], lv >> m->dev[i].scl & 1, lv >> m->dev[i].sda & 1);
        uint16_t again = pad_levels(m);
        if (again == lv) break;
        lv = again;
    }
    if (m->sensors) {
        sensors_step(m->sensors, m, master_low(m), now_of(m));
        lv = pad_levels(m);
    }
    m->level = lv;
    set_reg(m, G_IN, lv);
    uint32_t st = rd(m, G_ST);
    for (int pin = 0; pin < 16; pin++) {
        unsigned type = (rd(m, G_PIN0 + 4u * (uint32_t)pin) >> 7) & 7;
        int now = lv >> pin & 1, was = old >> pin & 1;
        bool hit = (type == 1 && now && !was) || (type == 2 && !now && was) || (type == 3 && now != was) ||
                   (type == 4 && !now) || (type == 5 && now);
        if (hit) st |= 1u << pin;
    }
    set_reg(m, G_ST, st);
}

void model_drive(Model *m, int pin, int level) {
    m->ext[pin] = (int8_t)level;
    gpio_update(m);
    char d[24];
    snprintf(d, sizeof d, "GPIO%d=%s", pin, level < 0 ? "float" : level ? "1" : "0");
    model_note(m, "PIN", (uint32_t)(m->level >> pin & 1), d);
}

/* ---------------- UART0 receive ---------------- */

static void uart_update(Model *m) {
    while (m->fifo_n < sizeof m->fifo && m->qpos < m->qlen) {
        m->fifo[(m->fifo_head + m->fifo_n) % sizeof m->fifo] = m->queue[m->qpos++];
        m->fifo_n++;
    }
    if (m->qpos == m->qlen) m->qpos = m->qlen = 0;
    set_reg(m, U_STATUS, (rd(m, U_STATUS) & ~0xFFu) | m->fifo_n);
    set_reg(m, U_FIFO, m->fifo_n ? m->fifo[m->fifo_head] : 0);
    uint32_t thr = rd(m, U_CONF1) & 0x7F, conf1 = rd(m, U_CONF1);
    uint32_t raw = rd(m, U_INT_RAW) & ~(1u | 0x100u);
    if (m->fifo_n && m->fifo_n >= (thr ? thr : 1)) raw |= 1;
    if (m->fifo_n && (conf1 & 0x80000000u)) raw |= 0x100;
    set_reg(m, U_INT_RAW, raw);
    set_reg(m, U_INT_ST, raw & rd(m, U_INT_ENA));
}

void model_uart_input(Model *m, const uint8_t *data, size_t n) {
    if (m->qlen + n > m->qcap) {
        size_t cap = (m->qlen + n) * 2 + 256;
        uint8_t *q = realloc(m->queue, cap);
        if (!q) return;
        m->queue = q;
        m->qcap = cap;
    }
    memcpy(m->queue + m->qlen, data, n);
    m->qlen += n;
    uart_update(m);
}

size_t model_uart_queued(const Model *m) { return m->qlen - m->qpos + m->fifo_n; }

uint32_t model_read(Model *m, uint32_t addr, uint32_t size) {
    (void)size;
    if (addr - PAGE == G_IN) gpio_update(m);   /* sensors may have moved their lines since the last stop */
    if (addr - PAGE != U_FIFO) return rd(m, addr - PAGE);
    if (!m->fifo_n) return 0;
    uint8_t b = m->fifo[m->fifo_head];
    m->idle = false;   /* input taken: the firmware is busy again */
    m->fifo_head = (m->fifo_head + 1) % sizeof m->fifo;
    m->fifo_n--;
    model_note(m, "UART0_RX", b, NULL);
    uart_update(m);
    return b;
}

/* ---------------- stores ---------------- */

bool model_idle_marked(Model *m) { return m->idle; }

void model_write(Model *m, uint32_t addr, uint32_t size, uint32_t value) {
    if (addr == PERIPH_IDLE_MARK) {
        m->idle = value == PERIPH_IDLE_MAGIC;
        return;
    }
    uint32_t off = addr - PAGE;
    if (off >= 0x1000) return;
    m->idle = false;   /* a register write: the firmware runs */
    uint32_t w = off & ~3u, shift = (off & 3) * 8;
    uint32_t mask = size >= 4 ? 0xFFFFFFFFu : ((1u << (8 * size)) - 1) << shift;
    uint32_t v = (rd(m, w) & ~mask) | ((value << shift) & mask);
    char name[24], detail[96];
    reg_name(w, name, sizeof name);
    detail[0] = 0;
    switch (w) {
    case G_OUT_S: pins_detail(v, 1, detail, sizeof detail); set_reg(m, G_OUT, rd(m, G_OUT) | v); break;
    case G_OUT_C: pins_detail(v, 0, detail, sizeof detail); set_reg(m, G_OUT, rd(m, G_OUT) & ~v); break;
    case G_EN_S: set_reg(m, G_EN, rd(m, G_EN) | v); break;
    case G_EN_C: set_reg(m, G_EN, rd(m, G_EN) & ~v); break;
    case G_ST_S: set_reg(m, G_ST, rd(m, G_ST) | v); break;
    case G_ST_C: set_reg(m, G_ST, rd(m, G_ST) & ~v); break;
    case G_IN: break;   /* read only */
    case U_INT_CLR: set_reg(m, U_INT_RAW, rd(m, U_INT_RAW) & ~v); break;
    case U_FIFO: break;  /* TX: the console goes through the ROM */
    case S_CMD:
        if ((v & (1u << 18)) && (rd(m, S_USER2) & 0xFF) == 0x9F) set_reg(m, S_W0, m->jedec);
        set_reg(m, S_CMD, v & ~(1u << 18));
        break;
    default: set_reg(m, w, v); break;
    }
    model_note(m, name, v, detail);
    gpio_update(m);
    uart_update(m);
}

uint32_t model_irq_lines(Model *m) {
    uart_update(m);
    uint32_t lines = 0;
    if (rd(m, G_ST) & 0xFFFF) lines |= 1u << 4;
    if (rd(m, U_INT_ST)) lines |= 1u << 5;
    return lines;
}
