# json.loads of every JSON form: literals, numbers, strings with escapes, arrays, objects, whitespace
import json
for s in ("null", "true", "false", "0", "-0", "42", "-17", "12345678901234567890123", "1.5", "-0.25", "1e3", "1E-2",
          "2.5e+2", "-0.0", '""', '"abc"', '"a\\"b"', '"\\\\"', '"\\/"', '"\\b\\f\\n\\r\\t"', '"\\u0041"', '"\\u00e9\\u20ac"',
          '"\\ud83d\\ude00"', '"é€"', "[]", "[1, 2, 3]", '[1, "a", null, true, [false]]', "{}", '{"a": 1}',
          '{"a": {"b": [1, {"c": null}]}}', ' \n\t [ 1 , 2 ] \r\n ', '{"dup": 1, "dup": 2}', "[[[[]]]]",
          "Infinity", "-Infinity", "NaN"):
    v = json.loads(s)
    print(repr(s), repr(v), type(v).__name__)
print(json.loads(b'{"bytes": true}'), json.loads(bytearray(b"[1]")), json.loads('"\\u00e9"') == "é")
print(json.loads("1.0") == 1, type(json.loads("1.0")).__name__, type(json.loads("10")).__name__, json.loads("1e400"))
d = json.loads('{"z": 1, "a": 2, "m": 3}')
print(list(d), d)
big = json.loads("[" + ",".join(str(i) for i in range(50)) + "]")
print(len(big), sum(big))
print(json.loads('{"a": [1, 2]}', object_hook=lambda o: sorted(o.items())))
print(json.loads("[1.5, 2]", parse_float=str), json.loads("[7]", parse_int=lambda s: int(s) * 2))
s = json.dumps({"round": [1, 2.5, "three", None, True, {"x": []}]})
print(json.loads(s) == {"round": [1, 2.5, "three", None, True, {"x": []}]})
print(json.loads('{"list": [], "obj": {}, "str": "", "zero": 0}'), json.loads("[-1.5e-3, 0.5E1]"))
