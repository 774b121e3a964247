# Escape sequences in string literals.

print("tab[\t] newline[\n] backslash[\\] quote[\"] apostrophe[\'] ")
print('single \'quoted\' "double"')
print(repr("\a\b\f\v\r\0"))
print([ord(c) for c in "\a\b\f\n\r\t\v\0"])
print("\x41\x42\x43", "\x7e", repr("\x00\x1f\x7f"))
print("\101\102\103", repr("\7"), repr("\0"), repr("\1234"), [ord(c) for c in "\377\60"])
print("\u0041\u00e9\u4e2d", len("\u00e9"), ord("\u20ac"))
print("\U00000041\U0001F600"[0], len("\U0001F600"), ord("\U0001F600"))
print(repr("\u00e9"), ascii("\u00e9"), ascii("\U0001F600"), ascii("\x80"))

# a backslash before a newline continues the literal
s = "one \
two"
print(s)

# escapes in bytes
print(b"\x00\xff\n\t\\", list(b"\x00\xff\n\t\\"), b"\101")
print(len(b"\x80\x81"), b"\x41" == b"A")

# repr chooses the quote
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr('plain'))
print(repr("line\nbreak"), repr("tab\t"), repr("back\\slash"))

# characters printed directly
print("caf\u00e9", "\u00fcber", "\u03c0 = 3.14")
print(len("caf\u00e9"), "caf\u00e9".upper(), "\u00e9".encode())
