# str.format_map with dict subclasses.
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{a} {b}'.format_map({'a': 1, 'b': 2}))
print('{a} {missing}'.format_map(Default(a='A')))
class Obj:
    def __getitem__(self, key):
        return key.upper()
print('{hello} {world}'.format_map(Obj()))
try:
    '{a}'.format_map({})
except KeyError as e:
    print('KeyError', e)
try:
    '{}'.format_map({})
except ValueError as e:
    print('ValueError', e)
try:
    '{a}'.format_map(5)
except TypeError as e:
    print('TypeError', e)
try:
    'x'.format_map()
except TypeError as e:
    print('TypeError', e)
