# thousands separators: ',' and '_' for ints and floats, and with other options
for v in (0, 12, 123, 1234, 12345, 123456, 1234567, -1234567, 10 ** 20, -(10 ** 15)):
    print(format(v, ","), format(v, "_"), format(v, "15,"), format(v, "015,d"), format(v, "+,"))
for v in (0.5, 1234.5, 1234567.891, -9876543.21, 1e15):
    print(format(v, ",.2f"), format(v, "_.1f"), format(v, ",f"), format(v, ",e"), format(v, ",g"), format(v, "016,.1f"))
print(format(0xDEADBEEF, "_x"), format(255, "_b"), format(8 ** 8, "_o"), format(2 ** 40, "#_x"))
print(format(1234567, "_d"), format(1234567, ",d"), format(1, "011,"), format(-1, "011,"))
print(format(1234, "09,"), format(1234, "08,"), format(123, "06,"), format(1234567.5, "015,.1f"))
print(format(0.5, ",%"), format(10 ** 4, ",%"), format(12345.678, ",.1%"))
print(f"{1000000:,}", f"{1000000:_}", f"{-1234.5:,.2f}", f"{999:,}", f"{1000:,}")
for spec in (",s", ",,", "_,", ",_", ",b", ",x", ",c"):
    try:
        print(format(1234, spec))
    except ValueError as e:
        print("ValueError", repr(spec), e)
try:
    format("abc", ",")
except ValueError as e:
    print("ValueError", e)
print("{:,}".format(2 ** 64), "{:_}".format(-(2 ** 64)))
print(format(1234567, "*>15,"), format(1234567, "*^15_"), format(1234567, "*<15,"))
