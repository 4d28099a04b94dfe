# pass, del of names/items/attributes/slices, and UnboundLocal/NameError after del.
x = 1
del x
try:
    print(x)
except NameError as e:
    print('NameError', e)
a, b, c = 1, 2, 3
del a, b
print(c, 'a' in globals(), 'b' in globals())
lst = list(range(6))
del lst[0], lst[-1]
del lst[::2]
print(lst)
d = {'k': 1, 'j': 2}
del d['k']
print(d)
class O:
    pass
o = O()
o.attr = 5
del o.attr
print(hasattr(o, 'attr'))
try:
    del o.attr
except AttributeError as e:
    print('AttributeError', e)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return 'UnboundLocalError ' + str(e)
print(f())
def g():
    pass
print(g())
if True:
    pass
for _ in range(2):
    pass
while False:
    pass
class Empty:
    pass
print(Empty.__name__)
try:
    del undefined_name
except NameError as e:
    print('NameError', e)
[p, q] = [1, 2]
del [p, q]
print('p' in globals())
