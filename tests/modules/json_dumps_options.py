# json.dumps options: separators, indent (int and str), sort_keys, combined
import json
data = {"name": "x", "list": [1, 2, {"deep": None}], "empty_list": [], "empty": {}, "b": True}
print(json.dumps(data))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=(";", "=")))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps([1, [2, 3]], indent=1, separators=(",", ": ")))
print(json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps("s", indent=4), json.dumps(5, indent=2))
print(json.dumps({"b": 1, "a": [3, 1]}, sort_keys=True, separators=(",", ":")))
try:
    json.dumps({"a": 1, 2: "b"}, sort_keys=True)
except TypeError as e:
    print("TypeError", type(e).__name__)
print(json.dumps({"x": [1, {"y": []}]}, indent=3))
print(json.dumps([1, 2], indent=None), json.dumps({"k": 1}, separators=(", ", ": ")))
print(json.dumps({"a": [1, 2]}, indent=2, separators=(",", ": ")).count("\n"), json.dumps({"a": 1}, indent=2).splitlines())
