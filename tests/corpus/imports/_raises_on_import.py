# Module that fails part-way through import.
partial = 'set before the error'
raise ValueError('error during import of _raises_on_import')
