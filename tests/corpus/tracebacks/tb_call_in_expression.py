# Error raised inside a called function used within a larger expression.
def divide(x, y):
    return x / y
results = [divide(10, n) for n in [5, 2, 0, 1]]
