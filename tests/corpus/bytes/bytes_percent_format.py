# %-formatting of bytes.
print(b'%s %d %x' % (b'abc', 42, 255), b'%5s|%-5s|' % (b'ab', b'cd'), b'%c%c' % (65, b'B'), b'%r' % (b'x',) if False else b'', b'%a' % 'é')
print(b'%(k)s' % {b'k': b'v'}, b'%%', b'%05.1f' % 2.25, b'%b' % bytearray(b'ba'), b'%s' % memoryview(b'mv'))
print(bytearray(b'%d-%d') % (1, 2), type(bytearray(b'%s') % b'x').__name__)
for fmt, args in [(b'%s', 'str'), (b'%s', 5), (b'%d', b'1'), (b'%c', 256), (b'%c', b'ab'), (b'%z', 1), (b'%s %s', (b'a',))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
