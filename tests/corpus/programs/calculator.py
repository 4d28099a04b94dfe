# A tokenizer and recursive-descent calculator with variables, functions, precedence, and error reporting.
class CalcError(Exception):
    def __init__(self, message, pos):
        super().__init__(message, pos)
        self.message = message
        self.pos = pos
    def __str__(self):
        return '%s at column %d' % (self.message, self.pos + 1)

class Token:
    __slots__ = ('kind', 'value', 'pos')
    def __init__(self, kind, value, pos):
        self.kind = kind
        self.value = value
        self.pos = pos
    def __repr__(self):
        return 'Token(%s, %r)' % (self.kind, self.value)

OPERATORS = {'+', '-', '*', '/', '%', '^', '(', ')', ',', '='}

def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == '.' and i + 1 < len(text) and text[i + 1].isdigit()):
            start = i
            seen_dot = False
            while i < len(text) and (text[i].isdigit() or (text[i] == '.' and not seen_dot)):
                if text[i] == '.':
                    seen_dot = True
                i += 1
            literal = text[start:i]
            tokens.append(Token('num', float(literal) if seen_dot else int(literal), start))
        elif ch.isalpha() or ch == '_':
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == '_'):
                i += 1
            tokens.append(Token('name', text[start:i], start))
        elif ch in OPERATORS:
            tokens.append(Token('op', ch, i))
            i += 1
        else:
            raise CalcError('unexpected character %r' % ch, i)
    tokens.append(Token('end', None, len(text)))
    return tokens

def isqrt(n):
    if n < 0:
        raise ValueError('square root of negative number')
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

FUNCTIONS = {
    'abs': (1, abs),
    'max': (None, max),
    'min': (None, min),
    'isqrt': (1, isqrt),
    'round': (2, round),
}

class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def advance(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, value):
        tok = self.advance()
        if tok.value != value:
            raise CalcError('expected %r but found %r' % (value, tok.value), tok.pos)
        return tok

    def statement(self):
        if self.peek().kind == 'name' and self.tokens[self.i + 1].value == '=':
            name = self.advance().value
            self.advance()
            value = self.expression()
            self.env[name] = value
            result = value
        else:
            result = self.expression()
        tok = self.peek()
        if tok.kind != 'end':
            raise CalcError('unexpected %r' % tok.value, tok.pos)
        return result

    def expression(self):
        value = self.term()
        while self.peek().value in ('+', '-'):
            op = self.advance().value
            rhs = self.term()
            value = value + rhs if op == '+' else value - rhs
        return value

    def term(self):
        value = self.unary()
        while self.peek().value in ('*', '/', '%'):
            tok = self.advance()
            rhs = self.unary()
            if tok.value != '*' and rhs == 0:
                raise CalcError('division by zero', tok.pos)
            if tok.value == '*':
                value = value * rhs
            elif tok.value == '/':
                value = value / rhs if (isinstance(value, float) or isinstance(rhs, float) or value % rhs) else value // rhs
            else:
                value = value % rhs
        return value

    def unary(self):
        if self.peek().value == '-':
            self.advance()
            return -self.unary()
        if self.peek().value == '+':
            self.advance()
            return self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().value == '^':
            self.advance()
            exponent = self.unary()
            return base ** exponent
        return base

    def atom(self):
        tok = self.advance()
        if tok.kind == 'num':
            return tok.value
        if tok.kind == 'name':
            if self.peek().value == '(':
                return self.call(tok)
            if tok.value not in self.env:
                raise CalcError('unknown variable %r' % tok.value, tok.pos)
            return self.env[tok.value]
        if tok.value == '(':
            value = self.expression()
            self.expect(')')
            return value
        raise CalcError('unexpected %s' % ('end of input' if tok.kind == 'end' else repr(tok.value)), tok.pos)

    def call(self, name_tok):
        if name_tok.value not in FUNCTIONS:
            raise CalcError('unknown function %r' % name_tok.value, name_tok.pos)
        arity, fn = FUNCTIONS[name_tok.value]
        self.expect('(')
        args = []
        if self.peek().value != ')':
            args.append(self.expression())
            while self.peek().value == ',':
                self.advance()
                args.append(self.expression())
        self.expect(')')
        if arity is not None and len(args) != arity:
            raise CalcError('%s() takes %d argument(s), got %d' % (name_tok.value, arity, len(args)), name_tok.pos)
        try:
            return fn(*args)
        except (ValueError, TypeError) as e:
            raise CalcError('%s(): %s' % (name_tok.value, e), name_tok.pos) from e

def evaluate(line, env):
    return Parser(tokenize(line), env).statement()

session = [
    '1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ^ 2', '10 / 4', '10 / 5', '7 % 3', '1.5 * 4',
    'x = 12', 'y = x * 2 + 1', 'x + y', 'max(x, y, 100)', 'min(3, 1, 2)', 'abs(-7)', 'isqrt(10 ^ 20 + 1)',
    'round(3.14159, 2)', '2 ^ 100', 'big = 3 ^ 50', 'big % 1000007', '((((1))))', '.5 + .25',
    '1 +', '2 * (3 + 4', 'foo + 1', 'sqrt(4)', '4 / (2 - 2)', '3 $ 4', 'abs(1, 2)', 'isqrt(-4)', '1 2',
    ')', 'x = ', 'max()',
]
env = {'pi': 3.14159}
for line in session:
    try:
        result = evaluate(line, env)
        print('%-22s => %r' % (line, result))
    except CalcError as e:
        print('%-22s !! %s' % (line, e))
        print(' ' * 26 + ' ' * e.pos + '^')
print('variables:', ', '.join('%s=%r' % (k, env[k]) for k in sorted(env)))
print(tokenize('a=1+2.5*(b-3)'))
