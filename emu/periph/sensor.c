/* Sensors on a single pin for the emulator's peripheral model (docs/emulator.md, "Peripherals"):
 *
 *   dht11 / dht22   answer the start sequence (the line held low long enough, then released)
 *                   with the datasheet's waveform: 80 us low, 80 us high, 40 bits of 50 us low
 *                   and 27 us (0) or 70 us (1) high, then 50 us low
 *   ds18b20         a 1-Wire temperature sensor: reset and presence, READ ROM, MATCH ROM, SKIP
 *                   ROM, SEARCH ROM, CONVERT T, READ SCRATCHPAD, WRITE SCRATCHPAD
 *
 * A sensor sees the "master" side of its line: whatever else pulls the pad low (the chip's
 * driver, the pins file's external driver, an I2C device).  Those edges only happen at the
 * model's stops (register stores, pins-file events), so each is known at its exact instruction
 * count; what a sensor drives is a function of time since such an edge, which the model
 * evaluates when the firmware reads GPIO_IN (a read watchpoint while sensors exist).  Times are
 * instructions, 62.5 per microsecond (periph.h). */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "periph.h"

#define US(x) ((uint64_t)((x) * PERIPH_CYCLES_PER_US + 0.5))
#define TOL US(1)            /* slack on the 1-Wire minimums, as a real device has: the board's loops aim at the nominal times */
#define MAX_SENSORS 8

enum { DHT11, DHT22, DS18B20 };
static const char *const kinds[] = {"dht11", "dht22", "ds18b20"};
static const char *const upper[] = {"DHT11", "DHT22", "DS18B20"};

/* 1-Wire device states: waiting for a reset, receiving bits, sending bits, SEARCH ROM's
 * bit/complement/direction triples, finished (read slots read 1: nothing pulls) */
enum { OW_IDLE, OW_RX, OW_TX, OW_SEARCH, OW_DONE };
/* what received bits are for */
enum { RX_ROMCMD, RX_MATCH, RX_FUNC, RX_WRITESP };

typedef struct {
    int kind, pin;
    double temp;
    /* DHT */
    uint8_t data[5];
    uint64_t answer;           /* instruction count of the release that started an answer; 0: none */
    /* DS18B20 */
    uint8_t rom[8];
    int16_t conv;              /* the last conversion, 1/16 degC (85.0 at power-on) */
    uint8_t th, tl, cfg;
    int st, what, nbits, pos, phase;
    bool slot_rx;              /* the current slot is the master's write to this device */
    uint8_t buf[9];
    uint64_t quiet_until;      /* no slot before: the reset's presence time */
    uint64_t last_fall;        /* start of the last slot */
    uint64_t low_from, low_to; /* the device pulls the line low in [from, to) */
} Sensor;

struct Sensors {
    Sensor s[MAX_SENSORS];
    int n;
    uint16_t master;           /* pins the master side pulls low */
    uint64_t fall[16];         /* when it started to */
};

Sensors *sensors_new(void) { return calloc(1, sizeof(Sensors)); }
void sensors_free(Sensors *s) { free(s); }

int sensors_kind(const char *word) {
    for (int k = 0; k < 3; k++)
        if (!strcmp(word, kinds[k])) return k;
    return -1;
}

uint16_t sensors_pins(const Sensors *s) {
    uint16_t pins = 0;
    for (int i = 0; s && i < s->n; i++) pins |= (uint16_t)(1u << s->s[i].pin);
    return pins;
}

static uint32_t crc8(const uint8_t *d, size_t n) {
    uint32_t c = 0;
    while (n--) {
        c ^= *d++;
        for (int k = 0; k < 8; k++) c = c & 1 ? (c >> 1) ^ 0x8Cu : c >> 1;
    }
    return c;
}

/* ---------------- the pins-file line ---------------- */

static int number(const char *s, double lo, double hi, double *out) {
    char *end;
    double v = strtod(s, &end);
    if (end == s || *end || !(v >= lo && v <= hi)) return -1;
    *out = v;
    return 0;
}

/* dht11 pin=N temp=C hum=RH | dht22 pin=N temp=C hum=RH | ds18b20 pin=N rom=HEX16 temp=C */
int sensors_add(Sensors *s, char **w, int nw, char *err, size_t cap) {
    int kind = sensors_kind(w[0]);
    static const double tlo[] = {0, -40, -55}, thi[] = {50, 80, 125};
    Sensor d;
    memset(&d, 0, sizeof d);
    d.kind = kind;
    d.pin = -1;
    d.temp = 25;
    double hum = 50, v;
    bool have_rom = false;
    for (int k = 1; k < nw; k++) {
        const char *a = w[k];
        if (!strncmp(a, "pin=", 4)) {
            if (number(a + 4, 0, 15, &v) || (v >= 6 && v <= 11) || v != (int)v) {
                snprintf(err, cap, "%s: bad pin '%s' (GPIO0-5, 12-15)", kinds[kind], a + 4);
                return -1;
            }
            d.pin = (int)v;
        } else if (!strncmp(a, "temp=", 5)) {
            if (number(a + 5, tlo[kind], thi[kind], &d.temp) || (kind == DHT11 && d.temp != (int)d.temp)) {
                snprintf(err, cap, "%s: bad temp '%s' (%s%g to %g degC)", kinds[kind], a + 5,
                         kind == DHT11 ? "whole degrees, " : "", tlo[kind], thi[kind]);
                return -1;
            }
        } else if (!strncmp(a, "hum=", 4) && kind != DS18B20) {
            if (number(a + 4, 0, 100, &hum) || (kind == DHT11 && hum != (int)hum)) {
                snprintf(err, cap, "%s: bad hum '%s' (%s0 to 100 %%)", kinds[kind], a + 4, kind == DHT11 ? "whole " : "");
                return -1;
            }
        } else if (!strncmp(a, "rom=", 4) && kind == DS18B20) {
            const char *h = a + 4;
            if (strlen(h) != 16 || strspn(h, "0123456789abcdefABCDEF") != 16) {
                snprintf(err, cap, "ds18b20: bad rom '%s' (16 hex digits, family code first)", h);
                return -1;
            }
            for (int i = 0; i < 8; i++) {
                char b[3] = {h[2 * i], h[2 * i + 1], 0};
                d.rom[i] = (uint8_t)strtoul(b, NULL, 16);
            }
            if (d.rom[0] != 0x28) {
                snprintf(err, cap, "ds18b20: rom %s: family code 0x%02X is not a DS18B20's (0x28)", h, d.rom[0]);
                return -1;
            }
            uint32_t c = crc8(d.rom, 7);
            if (c != d.rom[7]) {
                snprintf(err, cap, "ds18b20: rom %s: last byte 0x%02X is not the CRC-8 of the first seven (0x%02X)", h,
                         d.rom[7], c);
                return -1;
            }
            have_rom = true;
        } else {
            snprintf(err, cap, "%s: unknown setting '%s' (%s)", kinds[kind], a,
                     kind == DS18B20 ? "pin=, rom=, temp=" : "pin=, temp=, hum=");
            return -1;
        }
    }
    if (d.pin < 0 || (kind == DS18B20 && !have_rom)) {
        snprintf(err, cap, "usage: %s", kind == DS18B20 ? "ds18b20 pin=N rom=HEX16 [temp=C]" : kind == DHT11 ? "dht11 pin=N [temp=C] [hum=RH]" : "dht22 pin=N [temp=C] [hum=RH]");
        return -1;
    }
    for (int i = 0; i < s->n; i++) {
        const Sensor *o = &s->s[i];
        if (o->pin != d.pin) continue;
        if (kind != DS18B20 || o->kind != DS18B20) {
            snprintf(err, cap, "GPIO%d already has a %s (only DS18B20s share a pin)", d.pin, kinds[o->kind]);
            return -1;
        }
        if (!memcmp(o->rom, d.rom, 8)) {
            snprintf(err, cap, "ds18b20: two devices with the same rom on GPIO%d", d.pin);
            return -1;
        }
    }
    if (s->n == MAX_SENSORS) {
        snprintf(err, cap, "too many sensors (at most %d)", MAX_SENSORS);
        return -1;
    }
    if (kind == DHT22) {
        /* 16-bit humidity x10, 16-bit temperature x10 with the sign in bit 15 */
        unsigned h = (unsigned)lround(hum * 10), t = (unsigned)lround(fabs(d.temp) * 10) | (d.temp < 0 ? 0x8000u : 0);
        d.data[0] = (uint8_t)(h >> 8), d.data[1] = (uint8_t)h, d.data[2] = (uint8_t)(t >> 8), d.data[3] = (uint8_t)t;
    } else if (kind == DHT11) {
        d.data[0] = (uint8_t)hum, d.data[2] = (uint8_t)d.temp;   /* integer parts; the fractions are 0 */
    }
    d.data[4] = (uint8_t)(d.data[0] + d.data[1] + d.data[2] + d.data[3]);
    d.conv = 85 * 16;
    d.th = 75, d.tl = 70, d.cfg = 0x7F;   /* 12-bit resolution */
    s->s[s->n++] = d;
    return 0;
}

/* ---------------- DHT11 / DHT22 ---------------- */

/* The sensor's side of the line at `now` during an answer: low or not. */
static bool dht_low(const Sensor *d, uint64_t now) {
    if (!d->answer || now < d->answer) return false;
    double us = (double)(now - d->answer) / PERIPH_CYCLES_PER_US - 30;   /* it answers 30 us after the release */
    if (us < 0) return false;
    if ((us -= 80) < 0) return true;      /* 80 us low */
    if ((us -= 80) < 0) return false;     /* 80 us high */
    for (int i = 0; i < 40; i++) {
        if ((us -= 50) < 0) return true;
        if ((us -= (d->data[i >> 3] >> (7 - (i & 7)) & 1) ? 70 : 27) < 0) return false;
    }
    return us < 50;                       /* 50 us low, then the line is released */
}

static void dht_release(Sensor *d, Model *m, uint64_t low, uint64_t now) {
    char note[96];
    double min_us = d->kind == DHT11 ? 18000 : 1000, us = (double)low / PERIPH_CYCLES_PER_US;
    if (us < min_us) {
        snprintf(note, sizeof note, "GPIO%d: start low %.1f us, too short (at least %.0f): no answer", d->pin, us, min_us);
    } else {
        d->answer = now;
        snprintf(note, sizeof note, "GPIO%d: start low %.1f us, answering %02X %02X %02X %02X %02X", d->pin, us,
                 d->data[0], d->data[1], d->data[2], d->data[3], d->data[4]);
    }
    model_note(m, upper[d->kind], 0, note);
}

/* ---------------- DS18B20 ---------------- */

static void ow_note(const Sensor *d, Model *m, uint32_t value, const char *what) {
    char note[128];
    snprintf(note, sizeof note, "%02X%02X%02X%02X%02X%02X%02X%02X %s", d->rom[0], d->rom[1], d->rom[2], d->rom[3],
             d->rom[4], d->rom[5], d->rom[6], d->rom[7], what);
    model_note(m, "DS18B20", value, note);
}

static void ow_rx(Sensor *d, int what, int nbits) {
    d->st = OW_RX;
    d->what = what;
    d->nbits = nbits;
    d->pos = 0;
    memset(d->buf, 0, sizeof d->buf);
}

static void ow_tx(Sensor *d, const uint8_t *data, int nbits) {
    d->st = OW_TX;
    memcpy(d->buf, data, (size_t)(nbits + 7) / 8);
    d->nbits = nbits;
    d->pos = 0;
}

static void ow_bad(Sensor *d, Model *m, const char *why) {
    ow_note(d, m, 0, why);
    d->st = OW_IDLE;    /* lost: waits for the next reset */
}

static int rom_bit(const Sensor *d, int i) { return d->rom[i >> 3] >> (i & 7) & 1; }

/* A whole command or data field has come in. */
static void ow_received(Sensor *d, Model *m) {
    uint8_t c = d->buf[0];
    switch (d->what) {
    case RX_ROMCMD:
        if (c == 0x33) { ow_note(d, m, c, "READ ROM"); ow_tx(d, d->rom, 64); }
        else if (c == 0x55) { ow_note(d, m, c, "MATCH ROM"); ow_rx(d, RX_MATCH, 64); }
        else if (c == 0xCC) { ow_note(d, m, c, "SKIP ROM"); ow_rx(d, RX_FUNC, 8); }
        else if (c == 0xF0) { ow_note(d, m, c, "SEARCH ROM"); d->st = OW_SEARCH; d->pos = d->phase = 0; }
        else ow_bad(d, m, "unknown ROM command");
        break;
    case RX_MATCH:
        if (memcmp(d->buf, d->rom, 8)) d->st = OW_IDLE;
        else { ow_note(d, m, 0, "matched"); ow_rx(d, RX_FUNC, 8); }
        break;
    case RX_FUNC:
        if (c == 0x44) {
            /* the conversion is done at once: read slots after it read 1 (finished) */
            int undefined = 3 - ((d->cfg >> 5) & 3);   /* low bits left 0 at 9-11 bits resolution */
            d->conv = (int16_t)(lround(d->temp * 16) & ~((1L << undefined) - 1));
            ow_note(d, m, c, "CONVERT T");
            d->st = OW_DONE;
        } else if (c == 0xBE) {
            uint8_t sp[9] = {(uint8_t)d->conv, (uint8_t)((uint16_t)d->conv >> 8), d->th, d->tl, d->cfg, 0xFF, 0x0C, 0x10, 0};
            sp[8] = (uint8_t)crc8(sp, 8);
            ow_note(d, m, c, "READ SCRATCHPAD");
            ow_tx(d, sp, 72);
        } else if (c == 0x4E) {
            ow_note(d, m, c, "WRITE SCRATCHPAD");
            ow_rx(d, RX_WRITESP, 24);
        } else {
            ow_bad(d, m, "unknown function command");
        }
        break;
    case RX_WRITESP:
        d->th = d->buf[0], d->tl = d->buf[1], d->cfg = (uint8_t)((d->buf[2] & 0x60) | 0x1F);
        d->st = OW_DONE;
        break;
    }
}

/* The master pulled the line low: a slot starts (or a reset). */
static void ow_fall(Sensor *d, Model *m, uint64_t now) {
    if (d->st == OW_IDLE) return;
    const char *bad = now + TOL < d->quiet_until ? "slot less than 480 us after the reset pulse"
                      : d->last_fall && now + TOL < d->last_fall + US(60) ? "slots less than 60 us apart" : NULL;
    if (bad) {
        ow_bad(d, m, bad);
        return;
    }
    d->last_fall = now;
    d->slot_rx = d->st == OW_RX || (d->st == OW_SEARCH && d->phase == 2);
    int out = 1;
    if (d->st == OW_TX) {
        out = d->buf[d->pos >> 3] >> (d->pos & 7) & 1;
        if (++d->pos == d->nbits) d->st = OW_DONE;
    } else if (d->st == OW_SEARCH && d->phase < 2) {
        out = rom_bit(d, d->pos) ^ d->phase;   /* the bit, then its complement */
        d->phase++;
    }
    if (!out) {   /* a 0: held low past the master's sample point (15 us) */
        d->low_from = now;
        d->low_to = now + US(30);
    }
}

/* The master released the line after `low` instructions. */
static void ow_rise(Sensor *d, Model *m, uint64_t low, uint64_t now) {
    if (low + TOL >= US(480)) {
        d->low_from = now + US(30);       /* presence: 15-60 us after the release, 60-240 us long */
        d->low_to = now + US(150);
        d->quiet_until = now + US(480);
        d->last_fall = 0;
        ow_rx(d, RX_ROMCMD, 8);
        d->slot_rx = false;
        ow_note(d, m, 0, "reset, presence");
        return;
    }
    if (!d->slot_rx) return;   /* the master's start of a read slot */
    d->slot_rx = false;
    int bit;
    if (low <= US(15) + TOL) bit = 1;
    else if (low + TOL >= US(60) && low <= US(120) + TOL) bit = 0;
    else {
        char why[96];
        snprintf(why, sizeof why, "bad write slot: low %.1f us (a 1 is at most 15, a 0 60-120)",
                 (double)low / PERIPH_CYCLES_PER_US);
        ow_bad(d, m, why);
        return;
    }
    if (d->st == OW_SEARCH) {
        if (bit != rom_bit(d, d->pos)) d->st = OW_IDLE;   /* the master went the other way */
        else if (++d->pos == 64) { ow_note(d, m, 0, "found by SEARCH ROM"); ow_rx(d, RX_FUNC, 8); }
        else d->phase = 0;
        return;
    }
    d->buf[d->pos >> 3] |= (uint8_t)(bit << (d->pos & 7));
    if (++d->pos == d->nbits) ow_received(d, m);
}

/* ---------------- the bus ---------------- */

void sensors_step(Sensors *s, Model *m, uint16_t master_low, uint64_t now) {
    uint16_t changed = (uint16_t)((master_low ^ s->master) & sensors_pins(s));
    s->master = master_low;
    for (int pin = 0; pin < 16; pin++) {
        if (!(changed >> pin & 1)) continue;
        bool fell = master_low >> pin & 1;
        uint64_t low = now - s->fall[pin];
        if (fell) s->fall[pin] = now;
        for (int i = 0; i < s->n; i++) {
            Sensor *d = &s->s[i];
            if (d->pin != pin) continue;
            if (d->kind == DS18B20) {
                if (fell) ow_fall(d, m, now);
                else ow_rise(d, m, low, now);
            } else if (fell) {
                d->answer = 0;      /* a new start sequence */
            } else {
                dht_release(d, m, low, now);
            }
        }
    }
}

uint16_t sensors_low(const Sensors *s, uint64_t now) {
    uint16_t low = 0;
    for (int i = 0; s && i < s->n; i++) {
        const Sensor *d = &s->s[i];
        bool l = d->kind == DS18B20 ? now >= d->low_from && now < d->low_to : dht_low(d, now);
        if (l) low |= (uint16_t)(1u << d->pin);
    }
    return low;
}
