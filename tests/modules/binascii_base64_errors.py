# binascii.Error's messages for bad base64, non-strict and strict
import binascii
for data, strict in [(b"YQ", False), (b"YWJj=", False), (b"Y", False), (b"YWJjZ", False),
                     (b"=YWJj", True), (b"YQ==YQ==", True), (b"YW*j", True), (b"YQ=a=", True),
                     (b"YWJj", True), (b"YQ", True)]:
    try:
        print(binascii.a2b_base64(data, strict_mode=strict))
    except binascii.Error as e:
        print(data, strict, e)
