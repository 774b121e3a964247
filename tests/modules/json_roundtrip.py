# json round trips: dumps then loads gives equal data; tuples become lists, int keys become strings
import json
cases = [None, True, 0, -1, 2 ** 62, 1.25, "text", "uni é€😀", "\u0001\u001f", [], {}, [1, [2, [3, [4]]]],
         {"a": [1, {"b": None}], "c": "d"}, [0.1, 0.2, 0.30000000000000004], [1e-300, 1e300, -2.5e-10],
         {"k" * 20: "v" * 30}, ["\\", "\"", "/", "\b\f\n\r\t"]]
for c in cases:
    s = json.dumps(c)
    back = json.loads(s)
    print(back == c, s)
print(json.loads(json.dumps((1, (2, 3)))), json.loads(json.dumps({1: "a", 2: "b"})))
print(json.loads(json.dumps({"x": 1}, indent=2)) == {"x": 1}, json.loads(json.dumps([1, 2], separators=(",", ":"))))
floats = [i / 7 for i in range(1, 8)]
print(json.loads(json.dumps(floats)) == floats, json.dumps(floats))
s1 = json.dumps({"b": 2, "a": 1}, sort_keys=True)
s2 = json.dumps(json.loads(s1), sort_keys=True)
print(s1 == s2, s1)
nested = {"level": 0}
cur = nested
for i in range(1, 15):
    cur["child"] = {"level": i}
    cur = cur["child"]
text = json.dumps(nested)
print(len(text), json.loads(text)["child"]["child"]["level"], text.count("{"))
print(json.dumps(json.loads('"\\u00e9"')), json.dumps(json.loads('"\\ud83d\\ude00"')))
