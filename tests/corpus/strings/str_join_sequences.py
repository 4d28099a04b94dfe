# str.join over exact lists and tuples (joined in place), their subclasses (whose __iter__
# CPython ignores only for the exact types), iterators, and the errors of each.


class L(list):
    def __iter__(self):
        print("L.__iter__")
        return iter(["x", "y"])


class T(tuple):
    def __iter__(self):
        print("T.__iter__")
        return iter(("p", "q"))


pieces = [str(i) for i in range(10)]
print("-".join(pieces), ",".join(tuple(pieces)), "".join(iter(pieces)))
print("+".join(L(["a", "b", "c"])), "+".join(T(("a", "b"))))
print(repr("".join([])), repr(", ".join(())), repr("|".join(["only"])))
single = "alone"
print("".join([single]) is single, "".join((single,)) is single)
big = ["ab"] * 100000
print(len("".join(big)), len(",".join(big)))
for bad in (["a", 1], ("a", b"b"), ["a", None, "c"], (x for x in ["a", 2.5])):
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    "".join(5)
except TypeError as e:
    print("TypeError", e)
nested = ["a", "b"]
nested.append("c")
print("".join(nested), nested)
