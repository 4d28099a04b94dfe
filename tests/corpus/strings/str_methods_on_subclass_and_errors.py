# Calling str methods with wrong argument types produces CPython's messages.
calls = [
    ('center', (1.5,)), ('count', (1,)), ('encode', (1,)), ('endswith', (1,)), ('expandtabs', ('x',)), ('find', (None,)),
    ('format', ()), ('index', (2,)), ('join', ([1],)), ('ljust', ('5',)), ('lstrip', (5,)), ('partition', (5,)),
    ('removeprefix', (5,)), ('removesuffix', (None,)), ('replace', ('a',)), ('rfind', ([],)), ('rindex', ('zz',)),
    ('rjust', (5, 'xx')), ('rpartition', ('',)), ('rsplit', (5,)), ('rstrip', (1,)), ('split', ('',)), ('splitlines', ('x',)),
    ('startswith', (None,)), ('strip', (0,)), ('translate', (5,)), ('zfill', ('3',)), ('upper', (1,)), ('isdigit', (1,)),
    ('casefold', (1,)), ('title', (None,)),
]
for name, args in calls:
    try:
        r = getattr('sample text', name)(*args)
        print(name, 'ok', repr(r))
    except (TypeError, ValueError) as e:
        print(name, type(e).__name__, e)
