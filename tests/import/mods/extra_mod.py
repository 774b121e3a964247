# Found only after tests/import/mods is added to sys.path.
print("extra_mod running, __name__ =", __name__)
GREETING = "hello from mods/extra_mod"
