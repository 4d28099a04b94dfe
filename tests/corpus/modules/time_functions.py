# time: struct_time, gmtime/localtime/mktime round trips, strftime, asctime/ctime, clocks' types
# and CPython's errors (no current times or local-zone values are printed).
import time

t = time.gmtime(10**9)
print(t)
print(t[:], len(t), t.tm_year, t.tm_yday, t.tm_wday, t.tm_isdst, t.tm_gmtoff)
print(type(t).__name__, type(t).__module__, time.struct_time.n_fields, time.struct_time.n_sequence_fields)
print(time.gmtime(-1.5)[:6], time.gmtime(1.9)[5], time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
print(len(time.localtime(86400 * 365)), time.mktime(time.localtime(123456789)))
print(time.strftime('%Y-%m-%d %H:%M:%S %j %a %A %b %B %p %y %w %U %%', t))
print(time.strftime('%c|%x|%X', t), repr(time.strftime('', t)))
print(time.strftime('%Y %m %d', (2020, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime('%Y', (-5, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime(t), '|', time.ctime(0) == time.asctime(time.localtime(0)), '|', time.asctime((2020, 1, 1, 0, 0, 0, 7, 1, 0)))
st = time.struct_time((2001, 2, 3, 4, 5, 6, 0, 34, 0))
print(st, st.tm_mon, st[-1], st.tm_zone)
print(time.strftime('%d/%m/%Y', st), time.mktime(st) == time.mktime((2001, 2, 3, 4, 5, 6, 0, 34, 0)))
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1), len(time.tzname))
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__,
      type(time.process_time()).__name__, type(time.thread_time_ns()).__name__, type(time.perf_counter()).__name__)
a = time.perf_counter_ns()
time.sleep(0.001)
print(time.perf_counter_ns() - a >= 1000000, time.monotonic() <= time.monotonic())
info = time.get_clock_info('monotonic')
print(info.monotonic, info.adjustable, info.implementation)
for expr in ['time.sleep(-1)', 'time.sleep("x")', 'time.sleep(float("nan"))', 'time.sleep(1e300)',
             'time.sleep(10**30)', 'time.sleep()', 'time.gmtime(1e300)', 'time.gmtime(10**30)',
             'time.gmtime(float("nan"))', 'time.gmtime("x")', 'time.gmtime(2**62)',
             'time.mktime((1, 2))', 'time.mktime(5)', 'time.strftime("%Y", (1, 2))', 'time.strftime("%Y", 5)',
             'time.strftime(5)', 'time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0))',
             'time.strftime("%Y", (2020, 1, 1, 25, 0, 0, 0, 1, 0))', 'time.strftime("%Y", (2020, 1, 1, 0, 60, 0, 0, 1, 0))',
             'time.strftime("%Y", (2020, 1, 1, 0, 0, 62, 0, 1, 0))', 'time.strftime("%Y", (2020, 1, 1, 0, 0, 0, -1, 1, 0))',
             'time.strftime("%Y", (2020, 1, 1, 0, 0, 0, 0, 367, 0))', 'time.strftime("%Y", (2020, 1, 32, 0, 0, 0, 0, 1, 0))',
             'time.asctime((2020, 0, 1, 0, 0, 0, 0, 1, 0))', 'time.asctime((2020, 1, 0, 0, 0, 0, 0, 1, 0))',
             'time.struct_time((1, 2, 3))', 'time.struct_time(range(12))', 'time.struct_time(range(11)).tm_gmtoff',
             'time.get_clock_info("nope")']:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
