# print() with sep, end, file, flush and non-string arguments.
import sys
print()
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep=', ', end='!\n')
print('no newline', end='')
print(' continued')
print(1, 2.5, None, True, [1], {'k': 'v'}, (1,), sep='|')
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print(*range(5), sep='-')
print(*[], sep='x', end='<empty>\n')
print('multi\nline', 'text', sep='\n---\n')
print('sep None', 'end None', sep=None, end=None)
class S:
    def __str__(self):
        return 'S-object'
print(S(), [S()] if False else 'list-of-S-skipped')
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writer()
print('captured', 42, file=w, sep=':')
print(w.parts)
for kwargs in [{'sep': 1}, {'end': 2}, {'file': 5}, {'bogus': 1}]:
    try:
        print('x', **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(None, file=None)
sys.stdout.write('direct write\n')
