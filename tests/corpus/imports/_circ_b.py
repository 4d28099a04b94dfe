# Circular import partner B: sees A partially initialised.
print('_circ_b: start')
import _circ_a
print('_circ_b: A_EARLY =', getattr(_circ_a, 'A_EARLY', '<missing>'), '| A_LATE =', getattr(_circ_a, 'A_LATE', '<missing>'))
B_VALUE = 'b value'
