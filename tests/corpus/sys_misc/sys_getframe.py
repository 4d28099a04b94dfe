# sys functions with deterministic results: getrefcount relationships, is_finalizing, call stack depth via _getframe.
import sys
print(sys.is_finalizing())
def depth():
    f = sys._getframe()
    n = 0
    while f is not None:
        n += 1
        f = f.f_back
    return n
def nested(k):
    return depth() if k == 0 else nested(k - 1)
print(depth(), nested(3), nested(3) - depth())
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno)
def who_called():
    return sys._getframe(1).f_code.co_name
def caller_func():
    return who_called()
print(caller_func())
try:
    sys._getframe(100)
except ValueError as e:
    print('ValueError', e)
