# A small regex-free template engine: {{ expr|filter }}, {% for %}, {% if/else %}, nested scopes, and errors.
class TemplateError(Exception):
    pass

FILTERS = {
    'upper': str.upper, 'lower': str.lower, 'title': str.title, 'strip': str.strip,
    'len': len, 'reverse': lambda v: v[::-1], 'join': lambda v: ', '.join(map(str, v)),
    'money': lambda v: '$%.2f' % v, 'escape': lambda s: str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'),
}

def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        starts = [(src.find(m, i), m) for m in ('{{', '{%')]
        starts = [(p, m) for p, m in starts if p != -1]
        if not starts:
            tokens.append(('text', src[i:]))
            break
        pos, marker = min(starts)
        if pos > i:
            tokens.append(('text', src[i:pos]))
        close = '}}' if marker == '{{' else '%}'
        end = src.find(close, pos + 2)
        if end == -1:
            raise TemplateError('unclosed %r at offset %d' % (marker, pos))
        tokens.append(('var' if marker == '{{' else 'tag', src[pos + 2:end].strip()))
        i = end + 2
    return tokens

def parse(tokens, i=0, closers=()):
    nodes = []
    while i < len(tokens):
        kind, body = tokens[i]
        if kind == 'tag':
            word = body.split()[0] if body else ''
            if word in closers:
                return nodes, i
            if word == 'for':
                parts = body.split()
                if len(parts) != 4 or parts[2] != 'in':
                    raise TemplateError('bad for tag: %r' % body)
                inner, j = parse(tokens, i + 1, ('endfor',))
                if j >= len(tokens):
                    raise TemplateError('missing endfor')
                nodes.append(('for', parts[1], parts[3], inner))
                i = j + 1
                continue
            if word == 'if':
                then, j = parse(tokens, i + 1, ('else', 'endif'))
                other = []
                if j < len(tokens) and tokens[j][1] == 'else':
                    other, j = parse(tokens, j + 1, ('endif',))
                if j >= len(tokens):
                    raise TemplateError('missing endif')
                nodes.append(('if', body[2:].strip(), then, other))
                i = j + 1
                continue
            raise TemplateError('unknown tag %r' % word)
        nodes.append((kind, body))
        i += 1
    if closers:
        raise TemplateError('missing %s' % closers[-1])
    return nodes, i

def lookup(path, scopes):
    if path.isdigit():
        return int(path)
    if path.startswith('"') and path.endswith('"'):
        return path[1:-1]
    head, *rest = path.split('.')
    for scope in reversed(scopes):
        if head in scope:
            value = scope[head]
            break
    else:
        raise TemplateError('undefined variable %r' % head)
    for part in rest:
        if isinstance(value, dict):
            if part not in value:
                raise TemplateError('%r has no key %r' % (head, part))
            value = value[part]
        elif part.isdigit():
            value = value[int(part)]
        else:
            value = getattr(value, part)
    return value

def evaluate(expr, scopes):
    pieces = [p.strip() for p in expr.split('|')]
    value = lookup(pieces[0], scopes)
    for name in pieces[1:]:
        if name not in FILTERS:
            raise TemplateError('unknown filter %r' % name)
        value = FILTERS[name](value)
    return value

def condition(expr, scopes):
    negate = expr.startswith('not ')
    if negate:
        expr = expr[4:]
    for op in ('==', '!=', '>=', '<=', '>', '<'):
        if op in expr:
            left, right = (evaluate(s, scopes) for s in expr.split(op, 1))
            result = {'==': left == right, '!=': left != right, '>=': left >= right, '<=': left <= right,
                      '>': left > right, '<': left < right}[op]
            break
    else:
        result = bool(evaluate(expr, scopes))
    return not result if negate else result

def render_nodes(nodes, scopes, out):
    for node in nodes:
        kind = node[0]
        if kind == 'text':
            out.append(node[1])
        elif kind == 'var':
            out.append(str(evaluate(node[1], scopes)))
        elif kind == 'for':
            _, name, source, body = node
            seq = evaluate(source, scopes)
            items = list(seq)
            for index, item in enumerate(items):
                loop = {'index': index + 1, 'first': index == 0, 'last': index == len(items) - 1}
                scopes.append({name: item, 'loop': loop})
                render_nodes(body, scopes, out)
                scopes.pop()
        elif kind == 'if':
            render_nodes(node[2] if condition(node[1], scopes) else node[3], scopes, out)

def render(src, **context):
    nodes, _ = parse(tokenize(src))
    out = []
    render_nodes(nodes, [{'true': True, 'false': False}, context], out)
    return ''.join(out)

page = '''<h1>{{ title|upper }}</h1>
{% if user.admin %}Welcome back, administrator {{ user.name|title }}!{% else %}Hello {{ user.name }}.{% endif %}
<ul>
{% for item in items %}  <li>{{ loop.index }}. {{ item.name|escape }} - {{ item.price|money }}{% if item.tags %} [{{ item.tags|join }}]{% endif %}{% if loop.last %} (last){% endif %}</li>
{% endfor %}</ul>
{% if not items %}No items.{% endif %}Total items: {{ items|len }}; reversed title: {{ title|reverse }}
{% for row in grid %}{% for cell in row %}{{ cell }}{% if not loop.last %},{% endif %}{% endfor %};{% endfor %}
{% if count > 2 %}many{% else %}few{% endif %} {% if user.name == "ann" %}is ann{% endif %}'''
ctx = dict(title='shop <list>', user={'name': 'ann', 'admin': True},
           items=[{'name': 'Tea & Co', 'price': 4.5, 'tags': ['hot', 'drink']}, {'name': '<Cake>', 'price': 12, 'tags': []},
                  {'name': 'Water', 'price': 0.999, 'tags': ['cold']}],
           grid=[[1, 2, 3], [4, 5], []], count=3)
print(render(page, **ctx))
print(render(page, **dict(ctx, items=[], user={'name': 'bob', 'admin': False}, count=1)))
for bad in ['{{ missing }}', '{{ title|shout }}', '{% for x items %}{% endfor %}', '{% if a %}never closed',
            '{{ open', '{% bogus %}', '{% for x in items %}no end', '{{ user.email }}', '{{ title.nope }}']:
    try:
        print(repr(render(bad, title='t', items=[1], a=1, user={'name': 'x'})))
    except TemplateError as e:
        print('TemplateError:', e)
    except AttributeError as e:
        print('AttributeError:', e)
print(tokenize('a{{b}}c{%d%}e'))
