# time module used without printing times: monotonic non-decreasing, sleep(0), types.
import time
a = time.monotonic()
time.sleep(0)
b = time.monotonic()
print(b >= a, type(a).__name__, type(time.time()).__name__, type(time.perf_counter_ns()).__name__)
t0 = time.perf_counter()
total = sum(range(10000))
print(total, time.perf_counter() - t0 >= 0)
print(time.gmtime(0)[:6], time.strftime('%Y-%m-%d', time.gmtime(86400 * 365)))
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError', e)
