# printf-style % formatting of numbers: d i u o x X e E f F g G with flags
for v in (0, 7, -7, 255, -255, 123456789, 2 ** 70):
    print("%d|%i|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%u" % (v, v, v, v, v, v, v, v, v, v, v, v, v))
print("%d %d %x" % (3.99, -3.99, True), "%d" % False)
for v in (0.0, -0.0, 1.5, -1.5, 3.14159265, 1234567.891, 1e-5, 1e20, 0.000123456, 100.0):
    print("%f|%.2f|%10.3f|%-10.1f|%+.1f|%010.2f|%e|%.3E|%g|%.3G|%#g" % (v, v, v, v, v, v, v, v, v, v, v))
print("%.0f %.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5, -0.5))
print("%.1f %.2f %.3f" % (0.05, 0.005, 2.0005), "%.15f" % 0.1, "%.20f" % 0.1)
print("%f %e %g" % (float("inf"), float("-inf"), float("nan")))
print("%5.1f|%-8.3e|%08.3f|%+08.2f" % (2.25, 12345.678, -3.14159, 2.5))
print("%d" % 10 ** 30, "%x" % 10 ** 30, "%o" % -(2 ** 40))
print("%.3d|%.5x|%8.3d|%-8.3d|" % (5, 255, 7, 7))
print("%s %d %.1f" % (1, 2, 3), "%*d|%-*.*f|" % (5, 42, 9, 2, 3.14159))
print("%g %g %g %g %g %g" % (100000, 1000000, 1e-4, 1e-5, 123456789, 0.0001234))
print("%.10g %.1g %.0g %#.3g" % (1 / 3, 0.15, 123.0, 1.0))
print("%F %E" % (1.5, 1.5))
print("%c" % 48, "%5.2f%%" % 99.567)
for fmt, arg in (("%d", "1"), ("%f", "x"), ("%x", 1.5), ("%o", 2.0), ("%d", None), ("%e", [1])):
    try:
        print(fmt % arg)
    except TypeError as e:
        print("TypeError", e)

class N:
    def __int__(self):
        return 4
    def __index__(self):
        return 4
    def __float__(self):
        return 4.5

print("%d %x %f" % (N(), N(), N()))
