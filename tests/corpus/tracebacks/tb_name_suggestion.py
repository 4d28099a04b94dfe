# NameError with suggestion for a similar local name.
def f():
    counter = 10
    return countr + 1
f()
