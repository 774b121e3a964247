# expected output written by hand (MicroPython-only API): help() in MicroPython's form
help()
help(5)
help('text')
help([1, 2])


class Config:
    rate = 115200
    name = 'esp'
    pins = (0, 2)


help(Config)
print(help() is None)
