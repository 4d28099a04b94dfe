# sys.intern returns the canonical string object.
import sys
a = ''.join(['inter', 'ned'])
b = ''.join(['inter', 'ned'])
print(a == b, a is b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib, ia == 'interned')
for bad in [1, b'bytes', None]:
    try:
        sys.intern(bad)
    except TypeError as e:
        print('TypeError', e)
class S(str):
    pass
try:
    sys.intern(S('sub'))
except TypeError as e:
    print('TypeError', e)
