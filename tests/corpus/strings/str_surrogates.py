# Lone surrogates: the surrogate error handlers of the UTF and one-byte codecs, stdout and stderr handlers.
import sys
b = b'abc\xff\xfe\x80def'
s = b.decode('utf-8', 'surrogateescape')
print(ascii(s), len(s), s.encode('utf-8', 'surrogateescape') == b)
print(repr('\udcff'.encode('latin-1', 'surrogateescape')), 'a\udc80'.encode('ascii', 'surrogateescape'))
print('\ud800'.encode('utf-8', 'surrogatepass'), b'\xed\xa0\x80x'.decode('utf-8', 'surrogatepass') == '\ud800x')
print('\ud83d'.encode('utf-16-le', 'surrogatepass'), b'=\xd8'.decode('utf-16-le', 'surrogatepass') == '\ud83d')
print('\ud800'.encode('utf-32-be', 'surrogatepass'), '\udc00x'.encode('utf-8', 'replace'), '\udc00x'.encode('utf-8', 'ignore'))
print('\udc00x'.encode('utf-8', 'backslashreplace'), '\udc00x'.encode('utf-8', 'xmlcharrefreplace'), '\udc00\ud800'.encode('ascii', 'backslashreplace'))
for f in [lambda: '\ud800\udc00'.encode(), lambda: 'ab\udc80\ud800'.encode('utf-8', 'surrogateescape'), lambda: '\ud800'.encode('utf-16'),
          lambda: '\ud800'.encode('ascii'), lambda: 'x\ud800'.encode('latin-1', 'surrogatepass'), lambda: b'a\x00'.decode('ascii', 'surrogateescape'),
          lambda: b'\x80'.decode('ascii', 'surrogateescape'), lambda: b'\xed\xa0'.decode('utf-8', 'surrogatepass'), lambda: 'é\udcff'.encode('ascii', 'surrogateescape')]:
    try:
        print(repr(f()))
    except UnicodeError as e:
        print(type(e).__name__, e, e.start, e.end)
print(sys.stdout.errors, sys.stderr.errors)
sys.stdout.write('escaped:' + b'\xff\xfe'.decode('utf-8', 'surrogateescape') + '\n')
print('\ud800' in 'a\ud800b', 'a\ud800b'.split('\ud800'), 'x\udfff'.upper(), '\ud800'.isprintable(), '{:>3}|'.format('\ud800'))
print(sorted(['\ud800', 'z', '\U0001f600', '\uffff']) == ['z', '\ud800', '\uffff', '\U0001f600'])
sys.stderr.write('err:\ud800\n')
print('\ud800')
