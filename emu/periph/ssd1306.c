/* An SSD1306 OLED controller on I2C, as the emulator's peripheral model sees it (pins file line
 * `i2c ssd1306 ADDR scl=N sda=N [width=W] [height=H]`, docs/emulator.md).
 *
 * model.c runs the bus (START, address, ACKs, STOP) and hands over the bytes of each transfer.
 * After its address the master sends a control byte: bit 7 (Co) set means one byte follows and
 * then another control byte; clear means every byte up to the STOP is of one kind.  Bit 6 (D/C#)
 * says which: display data (into the 128x64-bit display RAM at the address pointer) or commands.
 * Commands carry their arguments in the bytes after them, which may come in later transfers (a
 * driver that sends 0x80, CMD per transfer, as MicroPython's does, sends arguments the same way).
 *
 * Modelled: the three addressing modes (horizontal, vertical, page) with the column and page
 * windows (0x21, 0x22) and the page-mode pointer (0xB0-0xB7, 0x00-0x1F), display on/off, inverse,
 * entire display on, contrast, charge pump, segment remap (0xA0/0xA1), COM scan direction
 * (0xC0/0xC8), multiplex ratio, start line and display offset; every other command of the
 * datasheet is taken with its argument count and kept nowhere.  A read returns the status byte
 * (bit 6: display off).  oled_picture draws what the panel shows, assuming the usual module
 * wiring: with 0xA1 and 0xC8 (what drivers send) the RAM's column 0, row 0 is at the top left. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "periph.h"

struct Oled {
    int addr, width, height;
    uint8_t ram[8][128];          /* pages of 8 rows, bit 0 the top row of a page */
    /* the byte stream */
    bool control;                 /* the next byte is a control byte */
    bool single;                  /* Co was set: one byte, then a control byte again */
    bool data;                    /* D/C#: data, else commands */
    uint8_t cmd[8];               /* a command and its arguments so far */
    int ncmd, need;               /* bytes held, bytes the command takes in all */
    /* state */
    int mode;                     /* 0 horizontal, 1 vertical, 2 page (the reset default) */
    int col, page;                /* the address pointer */
    int col0, col1, page0, page1; /* the windows of the horizontal and vertical modes */
    int pcol;                     /* page mode's start column */
    bool on, inverse, all_on, remap, comdec, pump;
    int contrast, mux, start, offset;
    unsigned long data_bytes;     /* of the current transfer, for the trace */
};

Oled *oled_new(int addr, int width, int height) {
    Oled *o = calloc(1, sizeof *o);
    if (!o) return NULL;
    o->addr = addr;
    o->width = width;
    o->height = height;
    /* the datasheet's reset state */
    o->mode = 2;
    o->col1 = 127;
    o->page1 = 7;
    o->contrast = 0x7F;
    o->mux = 64;
    o->control = true;
    return o;
}

void oled_free(Oled *o) { free(o); }

/* Arguments a command takes, by its first byte (datasheet section 9). */
static int cmd_args(uint8_t c) {
    switch (c) {
    case 0x81: case 0x8D: case 0x20: case 0xA8: case 0xD3: case 0xD5: case 0xD9: case 0xDA: case 0xDB:
        return 1;
    case 0x21: case 0x22: case 0xA3:
        return 2;
    case 0x29: case 0x2A:
        return 5;
    case 0x26: case 0x27:
        return 6;
    default:
        return 0;
    }
}

static void run_cmd(Oled *o, Model *m) {
    const uint8_t *c = o->cmd;
    char what[64];
    snprintf(what, sizeof what, "0x%02X command", o->addr);
    uint32_t word = c[0];
    for (int i = 1; i < o->ncmd && i < 4; i++) word |= (uint32_t)c[i] << (8 * i);
    model_note(m, "SSD1306", word, what);
    if (c[0] < 0x10) o->pcol = (o->pcol & 0xF0) | c[0], o->col = o->pcol;
    else if (c[0] < 0x20) o->pcol = (o->pcol & 0x0F) | (c[0] & 0x0F) << 4, o->col = o->pcol;
    else if (c[0] == 0x20) o->mode = c[1] & 3;
    else if (c[0] == 0x21) o->col0 = o->col = c[1] & 127, o->col1 = c[2] & 127;
    else if (c[0] == 0x22) o->page0 = o->page = c[1] & 7, o->page1 = c[2] & 7;
    else if (c[0] >= 0x40 && c[0] < 0x80) o->start = c[0] & 63;
    else if (c[0] == 0x81) o->contrast = c[1];
    else if (c[0] == 0x8D) o->pump = c[1] & 4;
    else if (c[0] == 0xA0 || c[0] == 0xA1) o->remap = c[0] & 1;
    else if (c[0] == 0xA4 || c[0] == 0xA5) o->all_on = c[0] & 1;
    else if (c[0] == 0xA6 || c[0] == 0xA7) o->inverse = c[0] & 1;
    else if (c[0] == 0xA8) o->mux = (c[1] & 63) + 1;
    else if (c[0] == 0xAE || c[0] == 0xAF) o->on = c[0] & 1;
    else if (c[0] >= 0xB0 && c[0] <= 0xB7) o->page = c[0] & 7;
    else if (c[0] == 0xC0 || c[0] == 0xC8) o->comdec = c[0] & 8;
    else if (c[0] == 0xD3) o->offset = c[1] & 63;
}

/* One byte of display data at the pointer, which then moves as the addressing mode says. */
static void put_data(Oled *o, uint8_t b) {
    o->ram[o->page & 7][o->col & 127] = b;
    o->data_bytes++;
    if (o->mode == 0) {
        if (o->col >= o->col1) {
            o->col = o->col0;
            o->page = o->page >= o->page1 ? o->page0 : o->page + 1;
        } else {
            o->col++;
        }
    } else if (o->mode == 1) {
        if (o->page >= o->page1) {
            o->page = o->page0;
            o->col = o->col >= o->col1 ? o->col0 : o->col + 1;
        } else {
            o->page++;
        }
    } else {
        o->col = o->col >= 127 ? o->pcol : o->col + 1;
    }
}

void oled_start(Oled *o) {
    o->control = true;
    o->data_bytes = 0;
}

void oled_write(Oled *o, Model *m, uint8_t b) {
    if (o->control) {
        o->single = b & 0x80;
        o->data = b & 0x40;
        o->control = false;
        return;
    }
    if (o->single) o->control = true;
    if (o->data) {
        put_data(o, b);
        return;
    }
    if (o->ncmd == 0) o->need = 1 + cmd_args(b);
    o->cmd[o->ncmd++] = b;
    if (o->ncmd == o->need) {
        run_cmd(o, m);
        o->ncmd = 0;
    }
}

uint8_t oled_read(const Oled *o) { return o->on ? 0x00 : 0x40; }

void oled_stop(Oled *o, Model *m) {
    if (o->data_bytes) {
        char what[96];
        snprintf(what, sizeof what, "0x%02X data bytes, pointer now column %d page %d", o->addr, o->col, o->page);
        model_note(m, "SSD1306", (uint32_t)o->data_bytes, what);
    }
    o->data_bytes = 0;
}

/* The panel as ASCII art: a header line, then one line per row, '#' lit and '.' dark. */
void oled_picture(const Oled *o, void *file) {
    FILE *f = file;
    fprintf(f, "ssd1306 0x%02X %dx%d: display %s, contrast %d, charge pump %s%s%s\n", o->addr, o->width,
            o->height, o->on ? "on" : "off", o->contrast, o->pump ? "on" : "off", o->inverse ? ", inverse" : "",
            o->all_on ? ", entire display on" : "");
    int xoff = (128 - o->width) / 2;
    for (int y = 0; y < o->height; y++) {
        /* the display line of this row (the COM scan direction flips them), then the RAM row it
         * shows (start line and offset move it) */
        int com = o->comdec ? y : o->mux - 1 - y;
        int row = (com + o->start + o->offset) & 63;
        for (int x = 0; x < o->width; x++) {
            int seg = x + xoff;
            int col = o->remap ? seg : 127 - seg;
            bool lit = (o->ram[row >> 3][col] >> (row & 7)) & 1;
            if (o->all_on) lit = true;
            if (o->inverse) lit = !lit;
            if (!o->on || com < 0 || com >= o->mux) lit = false;
            fputc(lit ? '#' : '.', f);
        }
        fputc('\n', f);
    }
}
