# A stand-in for the board's _onewire module (see machine.py); espy never reads this file.
# Only crc8 does something: Dallas/Maxim CRC-8 (polynomial x^8 + x^5 + x^4 + 1, bits least
# significant first), bit by bit.
def crc8(data):
    crc = 0
    for byte in data:
        for _ in range(8):
            mix = (crc ^ byte) & 1
            crc >>= 1
            if mix:
                crc ^= 0x8C
            byte >>= 1
    return crc


def reset(pin):
    return False
