# "During handling of the above exception, another exception occurred".
def cleanup():
    raise RuntimeError('cleanup failed')
def work():
    try:
        return {}['missing']
    except KeyError:
        cleanup()
work()
