# Raw string literals keep backslashes.

print(r"\n\t\\", len(r"\n"), r"\x41", r"C:\path\to\file")
print(R"upper R", rb"\x00", len(rb"\x00"), Rb"\n", bR"\t")
print(r'single', r"it's", r'say "x"')
print(r"\"", len(r"\""), r'\'', len(r'\''))
print(r"\\", len(r"\\"))
print(r"""triple
raw \n""")
print(repr(r"\u0041"), len(r"\u0041"))
print(r"\d+\.\d*" == "\\d+\\.\\d*")
pattern = r"^(\w+)\s*=\s*(\d+)$"
print(pattern, len(pattern))
print(r"a" "\tb", r"\t" + "\t" == "\\t\t")
print(rb"\d".decode(), type(rb"").__name__)
