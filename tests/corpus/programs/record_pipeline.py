# A record-processing pipeline built from generators: parsing, validation with error records, enrichment,
# windowed aggregation, grouping, top-N, and a generator-based report writer using send() and close().
LOG = '''2024-01-01T10:00:01 GET /index.html 200 512 alice
2024-01-01T10:00:03 GET /about.html 200 1024 bob
2024-01-01T10:00:04 POST /login 302 0 alice
2024-01-01T10:00:09 GET /missing 404 128 carol
malformed line here
2024-01-01T10:00:12 GET /index.html 200 512 -
2024-01-01T10:01:02 GET /api/items 500 64 bob
2024-01-01T10:01:05 GET /api/items 200 4096 bob
2024-01-01T10:01:30 DELETE /api/items/3 403 32 carol
2024-01-01T10:02:00 GET /index.html 200 512 dave
2024-01-01T10:02:01 GET /index.html notanumber 512 dave
2024-01-01T10:02:15 PUT /api/items/4 201 256 alice
2024-01-01T10:03:59 GET /about.html 304 0 erin
2024-01-01T10:04:00 GET /api/items 200 4096 alice'''

class Record:
    __slots__ = ('ts', 'seconds', 'method', 'path', 'status', 'size', 'user')
    def __init__(self, **fields):
        for k, v in fields.items():
            setattr(self, k, v)
    def __repr__(self):
        return 'Record(%s %s %s %d)' % (self.ts[11:], self.method, self.path, self.status)

class BadRecord:
    def __init__(self, lineno, line, reason):
        self.lineno, self.line, self.reason = lineno, line, reason
    def __repr__(self):
        return 'BadRecord(line %d: %s)' % (self.lineno, self.reason)

def read_lines(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield lineno, line

def parse(lines):
    for lineno, line in lines:
        parts = line.split()
        if len(parts) != 6:
            yield BadRecord(lineno, line, 'expected 6 fields, got %d' % len(parts))
            continue
        ts, method, path, status, size, user = parts
        try:
            hh, mm, ss = (int(x) for x in ts[11:].split(':'))
            yield Record(ts=ts, seconds=hh * 3600 + mm * 60 + ss, method=method, path=path, status=int(status),
                         size=int(size), user=None if user == '-' else user)
        except ValueError as e:
            yield BadRecord(lineno, line, str(e))

def split_errors(records, errors):
    for r in records:
        if isinstance(r, BadRecord):
            errors.append(r)
        else:
            yield r

def enrich(records):
    for r in records:
        r.path = r.path.rstrip('/')
        yield r, ('error' if r.status >= 500 else 'client' if r.status >= 400 else 'redirect' if r.status >= 300 else 'ok')

def windows(pairs, width):
    current, bucket = None, []
    for r, cls in pairs:
        key = r.seconds // width
        if current is not None and key != current:
            yield current * width, bucket
            bucket = []
        current = key
        bucket.append((r, cls))
    if bucket:
        yield current * width, bucket

def fmt_time(seconds):
    return '%02d:%02d:%02d' % (seconds // 3600, seconds // 60 % 60, seconds % 60)

def report_writer(title):
    lines = ['== %s ==' % title]
    count = 0
    try:
        while True:
            row = yield count
            if row is None:
                continue
            count += 1
            lines.append('%3d | %s' % (count, row))
    except GeneratorExit:
        lines.append('== %d rows ==' % count)
        print('\n'.join(lines))
        raise

errors = []
pipeline = enrich(split_errors(parse(read_lines(LOG)), errors))
materialized = []
def tee(pairs):
    for p in pairs:
        materialized.append(p)
        yield p
for start, bucket in windows(tee(pipeline), 60):
    classes = {}
    for _, cls in bucket:
        classes[cls] = classes.get(cls, 0) + 1
    total = sum(r.size for r, _ in bucket)
    print('window %s: %d requests, %5d bytes, %s' % (fmt_time(start), len(bucket), total,
                                                     ', '.join('%s=%d' % kv for kv in sorted(classes.items()))))
print('errors:', errors)
records = [r for r, _ in materialized]
by_user = {}
for r in records:
    by_user.setdefault(r.user or '<anon>', []).append(r)
print('per user:')
for user, rs in sorted(by_user.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print('  %-7s %d req %6d bytes  paths=%s' % (user, len(rs), sum(r.size for r in rs), sorted({r.path for r in rs})))
hits = {}
for r in records:
    hits[r.path] = hits.get(r.path, 0) + 1
top = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print('top paths:', top)
status_classes = sorted({(r.status // 100) * 100 for r in records})
print('status classes:', status_classes, 'any 5xx:', any(r.status >= 500 for r in records), 'all sized:', all(r.size >= 0 for r in records))
gaps = [b.seconds - a.seconds for a, b in zip(records, records[1:])]
print('max gap %ds between %r and %r' % (max(gaps), records[gaps.index(max(gaps))], records[gaps.index(max(gaps)) + 1]))
writer = report_writer('failed requests')
next(writer)
for r in records:
    if r.status >= 400:
        n = writer.send('%s %-6s %-16s %d %s' % (r.ts[11:], r.method, r.path, r.status, r.user))
writer.send(None)
writer.close()
print('rows sent:', n)
lazy = (r.path for r in records if r.method == 'GET')
first_two = [next(lazy), next(lazy)]
print('lazy first two:', first_two, 'remaining:', sum(1 for _ in lazy))
def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total
print('running bytes:', list(running_total(r.size for r in records)))
