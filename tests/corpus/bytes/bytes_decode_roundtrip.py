# Encoding/decoding round trips across codecs available without imports.
text = 'Grüße, 世界! 😀'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'latin-1', 'ascii', 'cp1252']:
    try:
        b = text.encode(enc)
        print(enc, len(b), b[:12], b.decode(enc) == text)
    except UnicodeEncodeError as e:
        print(enc, 'UnicodeEncodeError', e.reason, e.start, e.end)
        b = text.encode(enc, 'replace')
        print('  replaced:', b, b.decode(enc))
print('é'.encode('utf-8-sig'), b'\xef\xbb\xbfhi'.decode('utf-8-sig'), 'x'.encode('utf_8'), 'x'.encode('U8'))
print(b'\x80abc'.decode('utf-8', 'replace'), b'\x80abc'.decode('latin-1'), b'abc\xff'.decode('ascii', 'ignore'))
print(bytes(range(0x80, 0x84)).decode('cp1252', 'replace'), 'Ω'.encode('utf-16-be').hex())
