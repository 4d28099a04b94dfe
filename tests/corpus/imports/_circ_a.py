# Circular import partner A.
print('_circ_a: start')
A_EARLY = 'defined before importing B'
import _circ_b
print('_circ_a: B imported, B.B_VALUE =', _circ_b.B_VALUE)
A_LATE = 'defined after importing B'
