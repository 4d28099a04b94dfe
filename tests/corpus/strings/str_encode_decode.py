# str <-> bytes with utf-8 and error handlers.
samples = ['hello', 'héllo', '日本語', '😀 emoji', '', '\x00\x7f\x80', 'a\u0300']
for s in samples:
    b = s.encode()
    print(repr(s), b, len(s), len(b), b.decode() == s, s.encode('utf-8') == b, s.encode('ascii', 'replace'), s.encode('ascii', 'ignore'))
    print('  ', s.encode('ascii', 'backslashreplace'), s.encode('ascii', 'xmlcharrefreplace'), s.encode('latin-1', 'replace'))
print(bytes('abc', 'ascii'), str(b'abc', 'utf-8'), str(b'abc'), bytes('é', 'utf-8'), bytes('é', 'latin-1'))
print(b'\xff\xfe'.decode('utf-8', 'replace'), b'\xff'.decode('utf-8', 'ignore'), b'\xe9'.decode('latin-1'), b'a\xffb'.decode('utf-8', 'backslashreplace'))
print(b'caf\xc3\xa9'.decode('utf-8'), b'caf\xc3\xa9'.decode('ascii', 'replace'), b'caf\xc3\xa9'.decode('latin-1'))
print(b'x\xed\xa0\x80'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
for call in [lambda: 'é'.encode('ascii'), lambda: b'\xff'.decode('utf-8'), lambda: b'\xc3'.decode('utf-8'), lambda: b'\xc3('.decode(),
             lambda: '\ud800'.encode(), lambda: 'é'.encode('nonexistent-codec'), lambda: 'x'.encode('utf-8', 'bogus'),
             lambda: str(b'x', 'utf-8', 'strict', 1), lambda: 'x'.encode(1), lambda: bytes('x'), lambda: str('x', 'utf-8'),
             lambda: '日本'.encode('latin-1'), lambda: b'\x80abc'.decode('ascii')]:
    try:
        print(call())
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__, e)
print('abc'.encode('utf8'), 'abc'.encode('UTF-8'), 'abc'.encode(encoding='ascii'), b'abc'.decode(encoding='latin1'))
e = None
try:
    b'ab\xffcd'.decode('utf-8')
except UnicodeDecodeError as exc:
    e = exc
print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
try:
    'aé'.encode('ascii')
except UnicodeEncodeError as exc:
    print(exc.encoding, repr(exc.object), exc.start, exc.end, exc.reason)
