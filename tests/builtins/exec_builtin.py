# exec(): statements, namespaces, definitions, return value, errors
ns = {}
r = exec("a = 1\nb = a + 1\ndef f(x):\n    return x * b\n", ns)
print(r, ns["a"], ns["b"], ns["f"](5), sorted(k for k in ns if k != "__builtins__"))
g = {"base": 10}
loc = {}
exec("result = base * 2\nbase2 = base", g, loc)
print(loc, "result" in g)
code = """
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
out = p.norm2()
"""
env = {}
exec(code, env)
print(env["out"], type(env["p"]).__name__)
exec("for i in range(3):\n    acc.append(i * i)", {"acc": (acc := [])})
print(acc)
counter = {"n": 0}
for _ in range(3):
    exec("n += 1", counter)
print(counter["n"])
exec("print('printed from exec', 1 + 1)")
exec(compile("print('compiled then exec')", "<c>", "exec"))
exec(b"print('bytes source')")
try:
    exec("if True\n    pass")
except SyntaxError as e:
    print("SyntaxError", type(e).__name__)
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print("ValueError", e)
try:
    exec("missing_name_q")
except NameError as e:
    print("NameError", e)
try:
    exec(5)
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    exec("x = 1", "not a dict")
except TypeError as e:
    print("TypeError", type(e).__name__)
shared = {}
exec("def setter():\n    global value\n    value = 'set'", shared)
shared["setter"]()
print(shared["value"])
exec("import math\nroot = math.sqrt(81)", shared)
print(shared["root"])
