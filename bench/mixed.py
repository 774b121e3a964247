# A mixed workload in the spirit of the classic synthetic benchmarks (written for
# this project): records with attributes, procedure calls with several arguments,
# global variables, list "arrays", string comparison, integer and boolean logic.

import sys

SMALL = sys.argv[1:] == ["small"]   # make bench-lx106: sizes for the board's heap under QEMU

IDENT = ["ident1", "ident2", "ident3", "ident4", "ident5"]


class Record:
    def __init__(self, link=None, discr=0, comp=2, num=0, text=""):
        self.link = link
        self.discr = discr
        self.comp = comp
        self.num = num
        self.text = text

    def copy(self):
        return Record(self.link, self.discr, self.comp, self.num, self.text)


glob_int = 0
glob_bool = False
glob_char1 = "A"
glob_char2 = "B"
array1 = [0] * 51
array2 = [[0] * 51 for _ in range(51)]
glob_ptr = None


def proc_assign(rec):
    global glob_ptr
    nxt = rec.link
    nxt.num = rec.num
    nxt.discr = rec.discr
    nxt.text = rec.text
    rec.num = 5
    nxt.num = rec.num
    nxt.link = rec.link
    nxt.num = proc_add(nxt.num, 10)
    if nxt.discr == 0:
        nxt.num = 6
        nxt.comp = choose(rec.comp)
        nxt.link = glob_ptr.link
        nxt.num = proc_add(nxt.num, 12) if nxt.num < 10 else nxt.num
    else:
        rec.num = nxt.num
    return rec


def proc_add(a, b):
    return a + b if a < b else a - b + 1


def choose(v):
    if v == 2:
        return 3
    if glob_int > 100:
        return 0
    return v + 1 if v < 4 else 1


def fill_arrays(a1, a2, i1, i2):
    loc = i1 + 5
    a1[loc] = i2
    a1[loc + 1] = a1[loc]
    a1[loc + 30] = loc
    for idx in range(loc, loc + 2):
        a2[loc][idx] = loc
    a2[loc][loc - 1] += 1
    a2[loc + 20][loc] = a1[loc]
    return loc


def compare_text(s1, s2):
    i = 2
    ch = "A"
    while i <= 2:
        if char_eq(s1[i], s2[i + 1]) == "A":
            ch = "A"
            i += 1
        else:
            break
    if ch >= "W" and ch < "Z":
        i = 7
    if ch == "R":
        return True
    if s1 > s2:
        return True
    return False


def char_eq(c1, c2):
    return "B" if c1 == c2 else "A"


def main_loop(loops):
    global glob_int, glob_bool, glob_char1, glob_char2, glob_ptr
    glob_ptr = Record(Record(), 0, 2, 40, "SOME STRING")
    glob_ptr.link.link = glob_ptr
    s1 = "DHRYSTONE-LIKE, 1'ST STRING"
    total = 0
    for i in range(loops):
        glob_char1 = "A"
        glob_bool = not glob_bool
        s2 = "DHRYSTONE-LIKE, 2'ND STRING"
        int1 = 2
        int2 = 3
        glob_bool = not compare_text(s1, s2)
        while int1 < int2:
            int3 = 5 * int1 - int2
            int3 = proc_add(int1, int3)
            int1 += 1
        loc = fill_arrays(array1, array2, int1, int3)
        glob_ptr = proc_assign(glob_ptr)
        for ch in "ABC":
            if ch == glob_char2:
                int2 = int3 + loc
        int2 = int2 * int1
        int1 = int2 // int3
        int2 = 7 * (int2 - int3) - int1
        glob_int = (glob_int + int1 + (1 if glob_bool else 0)) % 1000
        rec = glob_ptr.copy()
        total += rec.num + int2 + len(IDENT[i % 5]) + array2[8][7]
        glob_char2 = "B" if glob_char2 == "A" else "A"
    return total


result = main_loop(1000 if SMALL else 360000)
print("mixed checksum", result, glob_int, sum(array1), sum(sum(row) for row in array2), glob_ptr.num)
