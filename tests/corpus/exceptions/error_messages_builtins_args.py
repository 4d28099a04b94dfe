# Argument errors from builtin functions and methods.
calls = [lambda: len(), lambda: len(1, 2), lambda: abs(1, 2), lambda: isinstance(1), lambda: sorted([], 1), lambda: range(),
         lambda: 'x'.join(), lambda: [].append(), lambda: {}.get(), lambda: int('1', base=1), lambda: print(sep=5),
         lambda: round(1, 2, 3), lambda: divmod(1, 2, 3), lambda: min(), lambda: zip(strict=1, x=2), lambda: getattr(),
         lambda: hasattr(1), lambda: iter(1, 2, 3), lambda: next(), lambda: chr(), lambda: ord(), lambda: hex(), lambda: repr(),
         lambda: str.split(), lambda: list.append([]), lambda: dict.get({}), lambda: object.__new__(), lambda: type.__call__()]
for c in calls:
    try:
        c()
        print('no error')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
