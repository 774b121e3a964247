from _circ_c import C_VALUE
