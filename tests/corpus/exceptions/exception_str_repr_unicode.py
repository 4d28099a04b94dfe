# Exception str/repr with non-ASCII, multi-line and non-string args.
for exc in [ValueError('naïve café'), KeyError('ключ'), Exception('line1\nline2'), Exception(b'bytes arg'), Exception(['list', 1]),
            Exception(('tuple',)), Exception(1.5, None), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'),
            UnicodeEncodeError('ascii', 'é', 0, 1, 'ordinal not in range(128)'), OSError(13, 'Permission denied', 'file.txt'),
            OSError(2, 'No such file', 'a', None, 'b'), SyntaxError('bad', ('f.py', 3, 4, 'x = ?\n')), StopIteration(None)]:
    print(type(exc).__name__, '|', str(exc), '|', repr(exc))
