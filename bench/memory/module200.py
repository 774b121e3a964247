"""A 200-line module for measuring the on-board compiler's heap use (bench/memory)."""

import gc

LIMIT = 100
NAMES = ("alpha", "beta", "gamma", "delta")

class Sensor1:
    """Reads and filters value 1."""

    def __init__(self, pin, scale=1.5):
        self.pin = pin
        self.scale = scale
        self.history = []

    def read(self, raw):
        value = raw * self.scale + 1
        if value > LIMIT:
            value = LIMIT
        self.history.append(value)
        return value

    def average(self):
        if not self.history:
            return 0
        return sum(self.history) / len(self.history)


def report1(sensors, names=NAMES):
    out = {}
    for n, s in zip(names, sensors):
        try:
            out[n] = "%.2f" % s.average()
        except ZeroDivisionError:
            out[n] = None
    return [(k, v) for k, v in out.items() if v is not None]


class Sensor2:
    """Reads and filters value 2."""

    def __init__(self, pin, scale=2.5):
        self.pin = pin
        self.scale = scale
        self.history = []

    def read(self, raw):
        value = raw * self.scale + 2
        if value > LIMIT:
            value = LIMIT
        self.history.append(value)
        return value

    def average(self):
        if not self.history:
            return 0
        return sum(self.history) / len(self.history)


def report2(sensors, names=NAMES):
    out = {}
    for n, s in zip(names, sensors):
        try:
            out[n] = "%.2f" % s.average()
        except ZeroDivisionError:
            out[n] = None
    return [(k, v) for k, v in out.items() if v is not None]


class Sensor3:
    """Reads and filters value 3."""

    def __init__(self, pin, scale=3.5):
        self.pin = pin
        self.scale = scale
        self.history = []

    def read(self, raw):
        value = raw * self.scale + 3
        if value > LIMIT:
            value = LIMIT
        self.history.append(value)
        return value

    def average(self):
        if not self.history:
            return 0
        return sum(self.history) / len(self.history)


def report3(sensors, names=NAMES):
    out = {}
    for n, s in zip(names, sensors):
        try:
            out[n] = "%.2f" % s.average()
        except ZeroDivisionError:
            out[n] = None
    return [(k, v) for k, v in out.items() if v is not None]


class Sensor4:
    """Reads and filters value 4."""

    def __init__(self, pin, scale=4.5):
        self.pin = pin
        self.scale = scale
        self.history = []

    def read(self, raw):
        value = raw * self.scale + 4
        if value > LIMIT:
            value = LIMIT
        self.history.append(value)
        return value

    def average(self):
        if not self.history:
            return 0
        return sum(self.history) / len(self.history)


def report4(sensors, names=NAMES):
    out = {}
    for n, s in zip(names, sensors):
        try:
            out[n] = "%.2f" % s.average()
        except ZeroDivisionError:
            out[n] = None
    return [(k, v) for k, v in out.items() if v is not None]


class Sensor5:
    """Reads and filters value 5."""

    def __init__(self, pin, scale=5.5):
        self.pin = pin
        self.scale = scale
        self.history = []

    def read(self, raw):
        value = raw * self.scale + 5
        if value > LIMIT:
            value = LIMIT
        self.history.append(value)
        return value

    def average(self):
        if not self.history:
            return 0
        return sum(self.history) / len(self.history)


def report5(sensors, names=NAMES):
    out = {}
    for n, s in zip(names, sensors):
        try:
            out[n] = "%.2f" % s.average()
        except ZeroDivisionError:
            out[n] = None
    return [(k, v) for k, v in out.items() if v is not None]


class Sensor6:
    """Reads and filters value 6."""

    def __init__(self, pin, scale=6.5):
        self.pin = pin
        self.scale = scale
        self.history = []

    def read(self, raw):
        value = raw * self.scale + 6
        if value > LIMIT:
            value = LIMIT
        self.history.append(value)
        return value

    def average(self):
        if not self.history:
            return 0
        return sum(self.history) / len(self.history)


def report6(sensors, names=NAMES):
    out = {}
    for n, s in zip(names, sensors):
        try:
            out[n] = "%.2f" % s.average()
        except ZeroDivisionError:
            out[n] = None
    return [(k, v) for k, v in out.items() if v is not None]


if __name__ == "__main__":
    s = Sensor1(2)
    s.read(10)
    print(report1([s]))



