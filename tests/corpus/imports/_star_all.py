# Support module with __all__.
__all__ = ['exported', 'ALSO']
exported = 'in __all__'
ALSO = 'also in __all__'
not_exported = 'not in __all__'
_hidden = 'underscore, not in __all__'
