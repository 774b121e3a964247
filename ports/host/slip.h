/* SLIP framing (RFC 1055) as the ESP8266 ROM loader uses it: every frame starts and ends
 * with 0xC0; inside, 0xC0 is sent as 0xDB 0xDC and 0xDB as 0xDB 0xDD. */
#ifndef ESPY_SLIP_H
#define ESPY_SLIP_H

#include <stddef.h>
#include <stdint.h>

#define SLIP_END 0xC0
#define SLIP_ESC 0xDB
#define SLIP_ESC_END 0xDC
#define SLIP_ESC_ESC 0xDD

/* Worst case size of an encoded frame of n payload bytes. */
#define SLIP_MAX_ENCODED(n) (2 * (size_t)(n) + 2)

/* Writes the framed, escaped form of in[0..n) to out; returns its length. */
size_t slip_encode(uint8_t *out, const uint8_t *in, size_t n);

/* Bytes that slip_encode would produce, without producing them. */
size_t slip_encoded_size(const uint8_t *in, size_t n);

/* Incremental decoder.  Bytes outside a frame (boot messages, line noise) are skipped. */
typedef struct {
    uint8_t *buf;
    size_t cap;
    size_t len;
    int state;
} slip_decoder;

enum { SLIP_MORE = 0, SLIP_FRAME = 1, SLIP_BAD = -1 };

void slip_init(slip_decoder *d, uint8_t *buf, size_t cap);
/* SLIP_FRAME: d->buf[0..d->len) holds a whole frame, valid until the next call.
 * SLIP_BAD: a bad escape or an overlong frame was dropped.  SLIP_MORE: keep feeding. */
int slip_feed(slip_decoder *d, uint8_t byte);
/* Forgets any partial frame. */
void slip_reset(slip_decoder *d);

#endif
