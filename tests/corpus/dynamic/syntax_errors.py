# SyntaxError details from compile(): msg, lineno, offset, text.
sources = ['x = (1, 2', 'def f()\n    pass', 'return 5', 'a = 1 +* 2', 'for x in range(3):\nprint(x)', 'x = 5 = 6', 'lambda: yield',
           'break', 'f(**x, *y)', 'class:', '"unterminated', 'x = [1, 2,, 3]', 'del f()', 'nonlocal q', 'if True:\n  a = 1\n b = 2',
           '1 = x', 'None = 1', 'def f(a, a): pass', 'f(a=1, a=2)', "f'{'", 'x := 5', 'print "hello"', 'a b']
for src in sources:
    try:
        compile(src, '<src>', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text))
