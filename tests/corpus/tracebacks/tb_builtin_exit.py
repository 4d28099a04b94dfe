# The site-provided exit() builtin raises SystemExit with the given code.
print('calling exit(4)')
try:
    exit(5)
except SystemExit as e:
    print('caught exit(5): code', e.code)
exit(4)
