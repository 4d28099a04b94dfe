# KeyboardInterrupt raised with a message from inside a loop in a function, after partial output; finally runs.
def long_task():
    total = 0
    try:
        for i in range(100):
            total += i
            if i == 5:
                print('interrupting at', i, 'total', total)
                raise KeyboardInterrupt('user pressed ctrl-c')
    finally:
        print('finally in long_task')
try:
    long_task()
except Exception:
    print('not caught by Exception')
