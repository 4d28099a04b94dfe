# Custom exception with __str__ and module-qualified name in the final line.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return '%s: %s' % (self.field, self.problem)
def validate(age):
    if age < 0:
        raise ValidationError('age', 'must not be negative (got %d)' % age)
validate(5)
validate(-1)
