# strerror texts of errors raised by the system (the port), as CPython gives them on Linux
import os
def t(f, *a):
    try:
        f(*a)
        print('ok')
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, '|', e)
t(open, "definitely_missing_file_1234.txt")
t(open, ".")
t(os.mkdir, ".")
t(os.listdir, "exc_oserror_texts.py")
t(os.listdir, "definitely_missing_dir_1234")
t(os.remove, "definitely_missing_file_1234.txt")
t(os.rename, "definitely_missing_file_1234.txt", "x")
