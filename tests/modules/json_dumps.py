# json.dumps of every type: None, bools, ints, floats, strings with escapes, lists, dicts, tuples
import json
vals = [None, True, False, 0, -5, 2 ** 70, 1.5, -0.0, 1e100, 0.1, 3.0, "", "plain", 'quote"s', "back\\slash",
        "nl\ncr\rtab\t", "\x00\x1f\x7f", "é€😀", "/slash", [], [1, "a", None], (1, 2), {}, {"k": "v"},
        {"nested": {"list": [1, [2, [3]]]}}, [{"a": 1}, {"b": [True, False]}]]
for v in vals:
    print(json.dumps(v))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "none key"}))
print(json.dumps("é€😀", ensure_ascii=False), json.dumps(["ü"], ensure_ascii=True))
print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
for bad in ({1, 2}, b"bytes", object(), {(1, 2): "tuple key"}):
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", type(bad).__name__)
print(json.dumps({"a": 1}, default=str), json.dumps({1, 2}, default=sorted), json.dumps(b"x", default=lambda o: o.decode()))
print(type(json.dumps(1)).__name__, json.dumps("a" * 3), json.dumps([[]]), json.dumps([{}]))
print(json.dumps({"z": 1, "a": 2}), json.dumps({"b": {"d": 1, "c": 2}}, sort_keys=True))
print(json.dumps(12345678901234567890), json.dumps(-1e-7), json.dumps(1 / 3))
