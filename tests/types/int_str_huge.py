# str() and repr() of ints with hundreds of digits, and parsing them back
n = 7 ** 300
s = str(n)
print(s)
print(len(s), s[:10], s[-10:])
print(repr(-n) == "-" + s)
print(int(s) == n, int("-" + s) == -n)
m = 2 ** 1000
print(m)
print(len(str(m)))
print(sum(int(c) for c in str(m)))
# powers of ten print as 1 followed by zeros
for k in (9, 10, 18, 19, 20, 38, 39, 100, 250):
    t = str(10 ** k)
    print(k, len(t), t == "1" + "0" * k, str(10 ** k - 1) == "9" * k)
# many-digit number built from digits
digits = "".join(str(i % 10) for i in range(1, 301))
x = int(digits)
print(str(x) == digits, x % 97, x // 10 ** 290)
print(f"{n:,}"[:40])
print("%d" % (3 ** 200))
print("{}".format(-(5 ** 150)))
# string of a number with trailing zero groups
print(str(12345 * 10 ** 60))
print(str(-1 * 10 ** 45 + 1))
