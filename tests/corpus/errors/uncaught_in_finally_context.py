# An exception raised in a finally block while another propagates: 'During handling' context chain, exit 1.
def cleanup(resource):
    print('cleanup', resource)
    return resource['handle'].close()
def work():
    res = {'name': 'db'}
    try:
        print('working')
        raise ConnectionError('lost connection')
    finally:
        cleanup(res)
work()
