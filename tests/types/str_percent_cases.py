# printf-style % on str and bytes: a fixed set of random cases checked against CPython
# (flags, widths, precisions, * arguments, every conversion, errors)
def bytes_args(a):
    return tuple(x.encode() if isinstance(x, str) else x for x in a)

def run_percent(cases):
    for f, a in cases:
        try:
            r = repr(f % a)
        except Exception as e:
            r = type(e).__name__ + ' ' + str(e)
        print(repr(f), repr(a), r)
        try:
            r = repr(f.encode() % bytes_args(a))
        except Exception as e:
            r = type(e).__name__ + ' ' + str(e)
        print(' b', r)
run_percent([
    ('x%+*.*Fy', (-2, -2, None,)),
    ('x%#.*gy', (-3, 'abc',)),
    ('x%-2iy', (float('nan'),)),
    ('x% ay', ('héllo',)),
    ('x%-0*iy', (3, 0,)),
    ('x%.sy', (0,)),
    ('x% *gy', (-6, -7,)),
    ('x%-9.iy', (65,)),
])
run_percent([
    ('x%09Fy', (0,)),
    ('x%-#0Gy', (None,)),
    ('x%#*gy', (-4, 1,)),
    ('x%oy', (-7,)),
    ('x%+ 10Xy', (1e-5,)),
    ('x%0.7iy', (1e-5,)),
    ('x%Gy', (0.0,)),
    ('x%- oy', (0,)),
])
run_percent([
    ('x%0xy', (65,)),
    ('x%.Gy', (0.0,)),
    ('x%-5fy', (b'xy',)),
    ('x%Xy', (b'xy',)),
])
run_percent([
    ('x%ey', (float('inf'),)),
    ('x%iy', (65,)),
    ('x% ey', (True,)),
    ('x%dy', (True,)),
    ('x%-.ey', ('héllo',)),
    ('x%ry', (-1234,)),
    ('x%0*xy', (-2, 1234,)),
    ('x%#08ay', (True,)),
])
run_percent([
    ('x%*uy', (-3, 255,)),
    ('x% 2.uy', ('',)),
    ('x%-.*Xy', (2, -1,)),
    ('x%+#01%y', ('a',)),
    ('x%+#Fy', ('a',)),
    ('x% .6cy', (3.14159,)),
    ('x%0cy', (1e-5,)),
    ('x%3.*gy', (6, -0.0,)),
])
run_percent([
    ('x%-0*Xy', (-4, (1,),)),
    ('x%.xy', (1,)),
    ('x%-#0*.4cy', (-7, 65,)),
    ('x%+0*cy', (1, -2**70,)),
])
run_percent([
    ('x%-dy', (-2**70,)),
    ('x%-.2sy', (True,)),
    ('x%10xy', ('a',)),
    ('x%fy', ([1, 'é'],)),
    ('x%0ay', (1,)),
    ('x% 8.ay', (0x10ffff,)),
    ('x%7.4uy', (65,)),
    ('x%8Fy', (0,)),
])
run_percent([
    ('x% 0Ey', (1234,)),
    ('x%0iy', (0.0,)),
    ('x%xy', (65,)),
    ('x%#.4%y', (1e-5,)),
    ('x%sy', ('a',)),
    ('x%+9.ey', (3.14159,)),
    ('x%-+5Fy', (0x10ffff,)),
    ('x%*iy', (-3, 7,)),
])
run_percent([
    ('x%.Xy', (2**40,)),
    ('x%Ey', (b'xy',)),
    ('x%xy', ((1,),)),
    ('x%9.*xy', (1, -1.5,)),
])
run_percent([
    ('x%+0.xy', (0,)),
    ('x% .1ey', (7,)),
    ('x%+3dy', (65,)),
    ('x% #7%y', (2**40,)),
    ('x%+fy', (255,)),
    ('x%-+ *oy', (-1, 1e-5,)),
    ('x%Gy', (1,)),
    ('x% %y', (-1234,)),
])
run_percent([
    ('x% 0Ey', (0.0,)),
    ('x%-0*%y', (5, 1e20,)),
    ('x%-11ey', (255,)),
    ('x%.*Gy', (8, 0x10ffff,)),
    ('x%-dy', (None,)),
    ('x%.4dy', ((1,),)),
    ('x%+ xy', (True,)),
    ('x%4uy', (255,)),
])
run_percent([
    ('x% 10.*sy', (0, 'a',)),
    ('x% 09.0ey', (7,)),
    ('x%.iy', (1234,)),
    ('x%+ xy', (1e20,)),
])
run_percent([
    ('x% .6cy', (None,)),
    ('x%.*ey', (-2, -1.5,)),
    ('x%9Ey', (0,)),
    ('x%-#0xy', (-7,)),
    ('x%-#7uy', ((1,),)),
    ('x%8iy', (1,)),
    ('x%#.5ey', (-1,)),
    ('x%+#6uy', (1234,)),
])
run_percent([
    ('x%uy', (1,)),
    ('x%2fy', (-7,)),
    ('x% 4Xy', (3.14159,)),
    ('x%10.uy', (float('nan'),)),
    ('x% 9ay', ('a',)),
    ('x%-.*ay', (4, True,)),
    ('x%%y', (2**40,)),
    ('x%-Gy', (float('nan'),)),
])
run_percent([
    ('x%+#10Gy', (2**40,)),
    ('x%+ #.*sy', (-8, 1e20,)),
    ('x%ry', (255,)),
    ('x%07.6oy', (b'xy',)),
])
