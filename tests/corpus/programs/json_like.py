# A hand-written JSON-like serializer and parser: pretty printing, escapes, round trips and error positions.
class ParseError(Exception):
    pass

ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
REVERSE = {'"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}

def quote(s):
    out = ['"']
    for ch in s:
        if ch in REVERSE:
            out.append(REVERSE[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            code = ord(ch)
            if code > 0xffff:
                code -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff)))
            else:
                out.append('\\u%04x' % code)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)

def dumps(value, indent=None, level=0, sort_keys=False):
    if value is None:
        return 'null'
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float('inf'), float('-inf')):
            raise ValueError('out of range float value: %r' % value)
        return repr(value)
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return '[]'
        items = [dumps(v, indent, level + 1, sort_keys) for v in value]
        return _wrap('[', ']', items, indent, level)
    if isinstance(value, dict):
        if not value:
            return '{}'
        keys = sorted(value) if sort_keys else list(value)
        items = []
        for k in keys:
            if not isinstance(k, str):
                raise TypeError('keys must be str, not %s' % type(k).__name__)
            items.append(quote(k) + ': ' + dumps(value[k], indent, level + 1, sort_keys))
        return _wrap('{', '}', items, indent, level)
    raise TypeError('Object of type %s is not serializable' % type(value).__name__)

def _wrap(open_, close, items, indent, level):
    if indent is None:
        return open_ + ', '.join(items) + close
    pad = ' ' * (indent * (level + 1))
    return open_ + '\n' + ',\n'.join(pad + item for item in items) + '\n' + ' ' * (indent * level) + close

class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def fail(self, what):
        line = self.text.count('\n', 0, self.pos) + 1
        col = self.pos - (self.text.rfind('\n', 0, self.pos) + 1) + 1
        raise ParseError('%s at line %d column %d' % (what, line, col))

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in ' \t\r\n':
            self.pos += 1

    def parse(self):
        value = self.value()
        self.skip()
        if self.pos != len(self.text):
            self.fail('extra data')
        return value

    def value(self):
        self.skip()
        if self.pos >= len(self.text):
            self.fail('unexpected end of input')
        ch = self.text[self.pos]
        if ch == '{':
            return self.obj()
        if ch == '[':
            return self.arr()
        if ch == '"':
            return self.string()
        for word, result in (('null', None), ('true', True), ('false', False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return result
        if ch == '-' or ch.isdigit():
            return self.number()
        self.fail('unexpected character %r' % ch)

    def number(self):
        start = self.pos
        if self.text[self.pos] == '-':
            self.pos += 1
        digits_start = self.pos
        while self.pos < len(self.text) and self.text[self.pos].isdigit():
            self.pos += 1
        if self.pos == digits_start:
            self.fail('expected digits')
        is_float = False
        if self.pos < len(self.text) and self.text[self.pos] == '.':
            is_float = True
            self.pos += 1
            while self.pos < len(self.text) and self.text[self.pos].isdigit():
                self.pos += 1
        if self.pos < len(self.text) and self.text[self.pos] in 'eE':
            is_float = True
            self.pos += 1
            if self.pos < len(self.text) and self.text[self.pos] in '+-':
                self.pos += 1
            while self.pos < len(self.text) and self.text[self.pos].isdigit():
                self.pos += 1
        literal = self.text[start:self.pos]
        return float(literal) if is_float else int(literal)

    def string(self):
        self.pos += 1
        out = []
        while True:
            if self.pos >= len(self.text):
                self.fail('unterminated string')
            ch = self.text[self.pos]
            if ch == '"':
                self.pos += 1
                return ''.join(out)
            if ch == '\\':
                esc = self.text[self.pos + 1:self.pos + 2]
                if esc == 'u':
                    code = int(self.text[self.pos + 2:self.pos + 6], 16)
                    self.pos += 6
                    if 0xd800 <= code < 0xdc00 and self.text.startswith('\\u', self.pos):
                        low = int(self.text[self.pos + 2:self.pos + 6], 16)
                        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                        self.pos += 6
                    out.append(chr(code))
                    continue
                if esc not in ESCAPES:
                    self.fail('invalid escape %r' % esc)
                out.append(ESCAPES[esc])
                self.pos += 2
            else:
                out.append(ch)
                self.pos += 1

    def arr(self):
        self.pos += 1
        items = []
        self.skip()
        if self.text.startswith(']', self.pos):
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == ']':
                return items
            if ch != ',':
                self.pos -= 1
                self.fail("expected ',' or ']'")

    def obj(self):
        self.pos += 1
        result = {}
        self.skip()
        if self.text.startswith('}', self.pos):
            self.pos += 1
            return result
        while True:
            self.skip()
            if not self.text.startswith('"', self.pos):
                self.fail('expected string key')
            key = self.string()
            self.skip()
            if not self.text.startswith(':', self.pos):
                self.fail("expected ':'")
            self.pos += 1
            result[key] = self.value()
            self.skip()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == '}':
                return result
            if ch != ',':
                self.pos -= 1
                self.fail("expected ',' or '}'")

def loads(text):
    return Parser(text).parse()

doc = {'name': 'Widget "Pro"', 'price': 19.99, 'tags': ['a', 'b\tc', 'é', '😀'], 'stock': None,
       'active': True, 'dims': {'w': 10, 'h': -2.5e-3, 'deep': [[], {}, [1, [2, [3]]]]}, 'count': 10 ** 20}
text = dumps(doc)
print(text)
print(dumps(doc, indent=2, sort_keys=True))
back = loads(text)
print(back == doc, back['tags'][3] == '😀', type(back['count']).__name__)
pretty = dumps(doc, indent=4)
print(loads(pretty) == doc, len(pretty.splitlines()))
for bad in ['', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1 2]', 'tru', '"abc', '{"x": [1, 2, }', '01x', '"bad \\q"',
            '{1: 2}', '[1]]', '-', '\n\n  @']:
    try:
        print('parsed', repr(bad), '->', loads(bad))
    except ParseError as e:
        print('error', repr(bad), '->', e)
for bad in [{1: 2}, {'s': {1, 2}}, [float('nan')], object]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(loads('  {"nested": {"list": [true, false, null, -0, 1.5e2, "\\u00e9\\n"]}}  '))
