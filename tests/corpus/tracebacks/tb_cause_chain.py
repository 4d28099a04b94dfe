# "The above exception was the direct cause of the following exception".
class ConfigError(Exception):
    pass
def parse(text):
    return int(text)
def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise ConfigError('bad config value %r' % text) from e
load('12')
load('twelve')
