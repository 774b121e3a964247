/* SLIP framing (see slip.h). */
#include "slip.h"

enum { OUTSIDE, INSIDE, ESCAPED };

size_t slip_encode(uint8_t *out, const uint8_t *in, size_t n) {
    size_t o = 0;
    out[o++] = SLIP_END;
    for (size_t i = 0; i < n; i++) {
        if (in[i] == SLIP_END) {
            out[o++] = SLIP_ESC;
            out[o++] = SLIP_ESC_END;
        } else if (in[i] == SLIP_ESC) {
            out[o++] = SLIP_ESC;
            out[o++] = SLIP_ESC_ESC;
        } else {
            out[o++] = in[i];
        }
    }
    out[o++] = SLIP_END;
    return o;
}

size_t slip_encoded_size(const uint8_t *in, size_t n) {
    size_t o = n + 2;
    for (size_t i = 0; i < n; i++)
        o += in[i] == SLIP_END || in[i] == SLIP_ESC;
    return o;
}

void slip_init(slip_decoder *d, uint8_t *buf, size_t cap) {
    d->buf = buf;
    d->cap = cap;
    d->len = 0;
    d->state = OUTSIDE;
}

void slip_reset(slip_decoder *d) {
    d->len = 0;
    d->state = OUTSIDE;
}

int slip_feed(slip_decoder *d, uint8_t c) {
    switch (d->state) {
    case OUTSIDE:
        if (c == SLIP_END) {
            d->state = INSIDE;
            d->len = 0;
        }
        return SLIP_MORE;
    case INSIDE:
        if (c == SLIP_END) {
            /* An empty frame is the opening END of the next one (frames sent back to back
             * share nothing, but a receiver that joined late sees "END END"). */
            if (d->len == 0)
                return SLIP_MORE;
            d->state = OUTSIDE;
            return SLIP_FRAME;
        }
        if (c == SLIP_ESC) {
            d->state = ESCAPED;
            return SLIP_MORE;
        }
        break;
    default: /* ESCAPED */
        if (c == SLIP_ESC_END)
            c = SLIP_END;
        else if (c == SLIP_ESC_ESC)
            c = SLIP_ESC;
        else {
            /* A corrupted frame; an END here also opens the next frame. */
            d->state = c == SLIP_END ? INSIDE : OUTSIDE;
            d->len = 0;
            return SLIP_BAD;
        }
        d->state = INSIDE;
        break;
    }
    if (d->len == d->cap) {
        d->state = OUTSIDE;
        d->len = 0;
        return SLIP_BAD;
    }
    d->buf[d->len++] = c;
    return SLIP_MORE;
}
