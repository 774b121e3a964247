# Paths that read text or tables which, on the board, are in flash (static names such as
# "<string>" and one-character strs, const tables): the lx106 suite runs this with its plugin
# failing any byte load from flash (docs/firmware.md, files built without -mforce-l32).
import time, binascii
print(time.gmtime(0))
print((1.5).hex(), (-0.1).hex(), float.fromhex("0x1.8p1"))
try:
    exec("1 +")
except SyntaxError as e:
    print(e)
def outer():
    a, b = 1, "x"
    def inner():
        c = a
        return sorted(locals().items())
    return inner()
print(outer())
print(binascii.hexlify(b"\x01\xab", ":"), binascii.unhexlify("01ab"), binascii.a2b_base64("None"))
print(int("7"), float("8"), "%s|%r" % ("a", "b"), "{}".format("c"), format(5, "x"))
