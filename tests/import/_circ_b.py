print("_circ_b: start")
import _circ_a
print("_circ_b: sees _circ_a.A_EARLY =", _circ_a.A_EARLY)
print("_circ_b: _circ_a has A_LATE yet:", hasattr(_circ_a, "A_LATE"))
B_VALUE = "b value"
