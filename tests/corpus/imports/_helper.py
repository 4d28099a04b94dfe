# Support module for import tests.
print('_helper being imported, __name__ =', __name__)
VALUE = 42
_private = 'underscore'
def greet(who):
    return 'hello ' + who
class Thing:
    def __repr__(self):
        return 'Thing()'
