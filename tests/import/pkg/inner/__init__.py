print("pkg/inner/__init__ running, __name__ =", __name__)
