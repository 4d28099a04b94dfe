# Cooperative __init__ with super() and **kwargs across a diamond; each __init__ runs once in MRO order.
class Base:
    def __init__(self, **kwargs):
        print('Base.__init__ leftover kwargs:', sorted(kwargs))
        super().__init__()
class Named(Base):
    def __init__(self, name, **kwargs):
        print('Named.__init__', name)
        self.name = name
        super().__init__(**kwargs)
class Aged(Base):
    def __init__(self, age, **kwargs):
        print('Aged.__init__', age)
        self.age = age
        super().__init__(**kwargs)
class Person(Named, Aged):
    def __init__(self, **kwargs):
        print('Person.__init__')
        super().__init__(**kwargs)
p = Person(name='Ann', age=40, extra=1)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
class Mixin:
    def describe(self):
        return 'Mixin>' + super().describe()
class Core:
    def describe(self):
        return 'Core'
class Combined(Mixin, Core):
    def describe(self):
        return 'Combined>' + super().describe()
print(Combined().describe())
try:
    Mixin().describe()
except AttributeError as e:
    print('AttributeError', e)
