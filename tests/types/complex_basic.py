# complex numbers: literals, arithmetic, repr, parsing, errors, hashing
print(1j, 2 + 3j, -1j, (1 - 0j), complex(1, -0.0), 1.5j * 2, (1+2j) * (3-4j), (1+2j) / (3-4j))
print(abs(3 + 4j), (1+2j) ** 2, (1+2j) ** 0.5, 2 ** (1j), (-8) ** (1/3), (-1) ** 0.5)
print(complex("1+2j"), complex(" (3-4J) "), complex("j"), complex("-j"), complex("2.5"), complex("1e3j"))
print(complex(), complex(2), complex(1, 2), complex(1j, 1j), complex(real=3, imag=4))
print((1+2j).real, (1+2j).imag, (1+2j).conjugate(), 1j == 1j, 1 + 0j == 1, hash(1 + 0j) == hash(1), hash(2+3j))
print(repr(complex(float("inf"), float("nan"))), complex(1e16, 1e-5), [1j, 0j, -0j], bool(0j), bool(1j))
for bad in ("1+", "j1", "1+2", "((1))", "1 + 2j"):
    try:
        complex(bad)
    except ValueError as e:
        print(bad, e)
for expr in ("1j < 2j", "1j // 2", "1j % 2", "1 / 0j", "0j ** -1"):
    try:
        eval(expr)
    except (TypeError, ZeroDivisionError) as e:
        print(expr, type(e).__name__, e)
print(sum([1j, 2, 3.5]), sorted([3, 1]) , {1j: "a"}[1j], isinstance(1j, complex), type(1j).__name__)
print(f"{1+2j}", str(3j), format(1j))
