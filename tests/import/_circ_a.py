print("_circ_a: start")
A_EARLY = "a early"
import _circ_b
print("_circ_a: back from _circ_b, B_VALUE =", _circ_b.B_VALUE)
A_LATE = "a late"
