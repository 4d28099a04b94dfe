# An uncaught custom exception with notes, raised from another exception: chained traceback with notes.
class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key = key
        self.problem = problem
    def __str__(self):
        return 'bad config key %r: %s' % (self.key, self.problem)
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        err = ConfigError('port', 'not a number')
        err.add_note('while reading the [server] section')
        err.add_note('hint: use digits only')
        raise err from e
print('parsed', parse('8080'))
print('parsed', parse('80x'))
