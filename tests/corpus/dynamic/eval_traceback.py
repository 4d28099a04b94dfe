# Uncaught error inside eval'd code: traceback shows the <string> frame.
def run(expr):
    return eval(expr)
print(run('10 // 3'))
run('10 // 0')
