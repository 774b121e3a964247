# json.loads errors: JSONDecodeError is a ValueError (only type and class relation are printed)
import json
print(issubclass(json.JSONDecodeError, ValueError))
bad_docs = ["", " ", "[", "]", "{", '{"a"}', '{"a":}', '{"a": 1,}', "[1,]", "[1 2]", "tru", "nul", "01", "1.", ".5",
            "+1", '"unterminated', "'single'", '{a: 1}', '{"a": 1} extra', "[1] [2]", '"\\x41"', '"\\u12"', "\x00",
            '{"a" 1}', "[,]", "--1", "1e", "[\"\n\"]", "{1: 2}", "NAN", "infinity"]
for doc in bad_docs:
    try:
        json.loads(doc)
        print("accepted", repr(doc))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", repr(doc), isinstance(e, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    json.loads(None)
except TypeError as e:
    print("TypeError", type(e).__name__)
try:
    json.loads("{")
except ValueError as e:
    print("caught as ValueError", type(e).__name__)
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError", type(e).__name__)
print(json.loads("  7  "), json.loads("\t\"ok\"\n"))
