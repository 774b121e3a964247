# Helper module: prints each time its body runs.
print("_counted body executing")
value = "initial"
