# Circular 'from' import that fails because the name is not yet defined.
from _circ_from_b import b_thing
a_thing = 'a thing'
