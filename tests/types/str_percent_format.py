# printf-style % formatting for strings: s r a c and %%, width, precision, flags
print("%s" % "x", "%s" % 5, "%s" % [1, 2], "%s" % (1,), "%s" % None, "%s" % 1.5)
print("%r" % "x", "%r" % 5, "%a" % "héllo", "%s %s" % ("a", "b"))
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%*s|%-*s|%.*s|" % (6, "ab", 6, "ab", 1, "ab"))
print("%c%c%c" % (72, "i", 0x20ac), "%5c|%-3c|" % ("x", 65))
print("100%%", "%d%%" % 50, "%%s" % (), "%s%%%s" % (1, 2))
print("%(name)s is %(age)d" % {"name": "Al", "age": 7}, "%(x)r" % {"x": "q"})
print("%(a)s %(a)s" % {"a": 1}, "%s" % {"k": 1}, "%s" % ((1, 2),))
print("%-8s|" % "left", "%8s|" % "right", "%08s|" % "x")
print("%s" % "", repr("%5s" % ""), "%.0s|" % "gone")
print("no format" % (), "%s" % b"bytes", "%s" % bytearray(b"ba"))
print("%s and %r" % ("é", "é"), "%a" % "€", "%-4a|" % "x")
errs = [("%s %s", ("a",)), ("%s", ("a", "b")), ("%d", ("x",)), ("%z", (1,)), ("%", ()),
        ("%(k)s", ("x",)), ("%c", ("ab",)), ("%c", (-1,)), ("%(k)s", {"j": 1}), ("%*s", ("a", "b"))]
for fmt, args in errs:
    try:
        print(fmt % args)
    except TypeError as e:
        print("TypeError", e)
    except ValueError as e:
        print("ValueError", e)
    except KeyError as e:
        print("KeyError", e)
    except OverflowError as e:
        print("OverflowError", e)
print("%s" % "only", "%s" % ("tuple1",), "%s-%s" % tuple("ab"))
print("%s" % [1], "%s" % ([1, 2],), "%.3r" % "abcdef")
