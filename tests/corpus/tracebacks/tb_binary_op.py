# Caret markers under a binary operation inside a function.
def compute(a, b):
    total = a + 1
    return total * 2 + b / a
print(compute(2, 4))
print(compute(0, 4))
