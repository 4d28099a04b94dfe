from .inner import no_such_name
