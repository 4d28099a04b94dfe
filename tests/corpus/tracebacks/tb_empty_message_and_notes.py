# Exception without a message, then one with notes.
try:
    raise RuntimeError
except RuntimeError as e:
    print('caught', repr(e))
err = ValueError('with notes')
err.add_note('note one')
err.add_note('note two\nspans lines')
raise err
