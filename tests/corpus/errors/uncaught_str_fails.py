# Uncaught exception whose __str__ raises: CPython prints '<exception str() failed>' after the type name.
class Weird(Exception):
    def __str__(self):
        raise RuntimeError('cannot stringify')
def run():
    try:
        raise Weird('payload')
    except Weird as e:
        print('caught once, repr:', repr(e))
    raise Weird('again')
run()
