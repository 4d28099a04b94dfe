# Exception replaced inside finally; traceback shows both.
def f():
    try:
        raise ValueError('original')
    finally:
        print('finally running')
        raise TypeError('replacement in finally')
f()
