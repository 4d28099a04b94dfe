# Dynamically generated classes and functions via exec, and __name__ of exec'd functions.
template = '''
class {name}:
    def __init__(self, {args}):
{body}
    def __repr__(self):
        return '{name}(' + ', '.join(repr(getattr(self, a)) for a in {fields!r}) + ')'
'''
def make_record(name, fields):
    body = '\n'.join('        self.%s = %s' % (f, f) for f in fields)
    src = template.format(name=name, args=', '.join(fields), body=body, fields=tuple(fields))
    ns = {}
    exec(src, ns)
    return ns[name]
Point = make_record('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, Point.__name__, Point.__qualname__, Point.__module__)
Person = make_record('Person', ['name', 'age', 'email'])
print(Person('Ann', 30, 'a@example.com'))
ns = {'__name__': 'custom_module'}
exec('def f():\n    return __name__\nclass C:\n    pass\n', ns)
print(ns['f'](), ns['f'].__module__, ns['C'].__module__)
