# format() and f-strings reach __format__ through the type: builtin methods called directly,
# overrides in subclasses and user classes, and the errors on the way.


class MyInt(int):
    def __format__(self, spec):
        return "MyInt(%s|%s)" % (int(self), spec)


class Plain(float):
    pass


class NoFormat:
    pass


class BadFormat:
    def __format__(self, spec):
        return 42


values = [7, -3.25, "txt", True, None, 2 ** 70, 1.5e300, MyInt(5), Plain(2.5), (1, 2), b"x"]
for v in values:
    for spec in ("", ">8", "^9"):
        try:
            print(repr(format(v, spec)), f"[{v:{spec}}]")
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
for v, spec in [(7, "q"), (2.5, "d"), ("s", "d"), (NoFormat(), "x"), (BadFormat(), "")]:
    try:
        print(format(v, spec))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    format(5, 1)
except TypeError as e:
    print("TypeError", e)
print(format(NoFormat(), "")[:10] == str(NoFormat())[:10])
print(int.__format__(5, "04"), float.__format__(1.0, ".3f"), str.__format__("ab", "<4") + "|")
try:
    int.__format__(5)
except TypeError as e:
    print("TypeError", e)
total = 0
for i in range(2000):
    total += len(f"{i:06d}|{i / 7:.3f}|{i:#x}|{'w':>3}")
print(total)
