# printf-style formatting with the % operator.

print("%s %s" % ("a", "b"), "%d" % 42, "%i" % -7, "%5d|" % 42, "%-5d|" % 42, "%05d" % 42)
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%f %.2f %10.3f| %-10.1f| %+.1f %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 2.5, 12345.678, 0.00012, 0.0001, 1e20))
print("%c%c" % (72, "i"), "%r" % "quoted", "%s" % [1, "x"], "%a" % "\u00e9")
print("%%" % (), "100%%" % (), "%s%%" % 50)
print("%(name)s is %(age)d" % {"name": "Bob", "age": 5})
print("%s" % (1,), "%s" % ((1, 2),), "%s-%s" % (1, 2))
print("%*d|" % (6, 7), "%-*d|" % (4, 7), "%.*f" % (2, 1.23456))
print("%d" % 3.99, "%d" % -3.99, "%d" % True, "%s" % None, "%.3s" % "abcdef")
print("%d %x" % (2 ** 70, 2 ** 70))
print("% d|% d" % (5, -5), "%+d %+d" % (5, -5))
print(b"%s and %d" % (b"bytes", 5), b"%x" % 255)

for fmt, args in (("%d", "x"), ("%s %s", ("one",)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", 5)):
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__)

# a single non-tuple argument
v = [1, 2]
print("%s" % v, "value: %r" % (v,))
d = {"a": 1}
print("%s" % d)
