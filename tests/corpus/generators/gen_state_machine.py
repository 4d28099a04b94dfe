# A generator used as a state machine / tokenizer.
def tokenize(text):
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
            continue
        if c.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            yield ('NUM', int(text[i:j]))
            i = j
        elif c.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            yield ('NAME', text[i:j])
            i = j
        elif c in '+-*/()=':
            yield ('OP', c)
            i += 1
        else:
            raise SyntaxError('bad character %r at %d' % (c, i))
print(list(tokenize('x1 = 42 + (y * 7)')))
try:
    list(tokenize('a $ b'))
except SyntaxError as e:
    print('SyntaxError', e)
def parse(tokens):
    tokens = list(tokens)
    pos = 0
    def expr():
        nonlocal pos
        v = term()
        while pos < len(tokens) and tokens[pos][1] in '+-':
            op = tokens[pos][1]; pos += 1
            v = v + term() if op == '+' else v - term()
        return v
    def term():
        nonlocal pos
        v = atom()
        while pos < len(tokens) and tokens[pos][1] in ('*', '/'):
            op = tokens[pos][1]; pos += 1
            v = v * atom() if op == '*' else v / atom()
        return v
    def atom():
        nonlocal pos
        kind, val = tokens[pos]; pos += 1
        if val == '(':
            v = expr(); pos += 1
            return v
        return val
    return expr()
print(parse(tokenize('2 + 3 * (4 - 1) / 2')), parse(tokenize('10 - 2 - 3')))
