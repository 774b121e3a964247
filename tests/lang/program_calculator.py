# a program mixing features: regex tokenizer and a recursive-descent calculator class
import re
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\*\*|[-+*/()%]))")
def tokenize(s):
    pos, out = 0, []
    s = s.rstrip()
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m or m.end() == pos:
            raise SyntaxError(f"bad char at {pos}: {s[pos]!r}")
        num, op = m.groups()
        out.append(("num", float(num) if "." in num else int(num)) if num else ("op", op))
        pos = m.end()
    return out
class Parser:
    def __init__(self, toks): self.toks, self.i = toks, 0
    def peek(self): return self.toks[self.i] if self.i < len(self.toks) else (None, None)
    def take(self):
        t = self.peek(); self.i += 1; return t
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            r = self.factor()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def factor(self):
        if self.peek()[1] == "-":
            self.take(); return -self.factor()
        b = self.atom()
        if self.peek()[1] == "**":
            self.take(); return b ** self.factor()
        return b
    def atom(self):
        kind, val = self.take()
        if kind == "num": return val
        if val == "(":
            v = self.expr()
            if self.take()[1] != ")": raise SyntaxError("expected )")
            return v
        raise SyntaxError(f"unexpected {val!r}")
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "10 / 4", "7 % 3 + 0.5", "((2))", "1 +", "3 $ 4", "1 / 0"]:
    try:
        print(f"{src:12} = {Parser(tokenize(src)).expr()!r}")
    except SyntaxError as e:
        print(f"{src:12} ! SyntaxError: {e}")
    except ZeroDivisionError as e:
        print(f"{src:12} ! ZeroDivisionError: {e}")
