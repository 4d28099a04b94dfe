# raise SystemExit with several args: code is the args tuple, printed as its str on stderr, exit 1.
try:
    raise SystemExit(1, 'two')
except SystemExit as e:
    print('code is', e.code)
print('raising uncaught')
raise SystemExit('a', 2, None)
