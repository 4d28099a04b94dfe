# Support module for specialization/module_attrs.py: attributes that the program reads in
# loops and monkeypatches.
SCALE = 3
def triple(x):
    return x * SCALE
def name():
    return 'helper'
class Box:
    def __init__(self, v):
        self.v = v
