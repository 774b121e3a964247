# __name__ is "__main__" for the program being run.

print(__name__)

def main():
    print("main() called because __name__ == '__main__'")
    return 0

if __name__ == "__main__":
    status = main()
    print("status", status)
else:
    print("imported, not run")

print(type(__name__).__name__, __name__ == "__main__")

# functions and classes record their module name
def f():
    pass

class C:
    pass

print(f.__module__, C.__module__, C().__class__.__module__)

# builtins live in the builtins module
print(int.__module__)
