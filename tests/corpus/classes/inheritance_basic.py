# Single and multiple inheritance, method resolution, attribute lookup through bases.
class Animal:
    sound = 'generic'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '%s says %s' % (self.name, self.sound)
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog, a kind of ' + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return Animal.speak(self) + ' (puppy, %d)' % self.age
for a in [Animal('x'), Dog('rex'), Puppy('bit', 1)]:
    print(type(a).__name__, a.speak(), a.kind(), isinstance(a, Animal), isinstance(a, Dog), type(a).__bases__)
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, (int, Animal)), Puppy.__mro__)
print(Puppy.__base__, object.__base__, Animal.__subclasses__(), Dog.__subclasses__())
class A:
    def who(self):
        return 'A'
class B:
    def who(self):
        return 'B'
    def only_b(self):
        return 'only in B'
class AB(A, B):
    pass
class BA(B, A):
    pass
print(AB().who(), BA().who(), AB().only_b(), AB.__mro__, BA.__mro__)
p = Puppy('p', 2)
print(p.__dict__, vars(p), Puppy.__dict__['speak'].__name__, 'sound' in Puppy.__dict__, 'sound' in Dog.__dict__)
