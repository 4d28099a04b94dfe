# Traceback through three frames with different statement kinds.
def outer(data):
    print('outer')
    return middle(data, 'key')
def middle(data, key):
    result = inner(data[key])
    return result
def inner(items):
    return items[10]
outer({'key': [1, 2, 3]})
