# Enum-like patterns with class attributes, __iter__ on the metaclass and class-level registries.
class EnumMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls._members = {k: v for k, v in ns.items() if not k.startswith('_') and isinstance(v, int)}
        return cls
    def __iter__(cls):
        return iter(sorted(cls._members.items(), key=lambda kv: kv[1]))
    def __len__(cls):
        return len(cls._members)
    def __contains__(cls, value):
        return value in cls._members.values()
    def __getitem__(cls, name):
        return cls._members[name]
class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3
    _private = 99
print(list(Color), len(Color), 2 in Color, 9 in Color, Color['BLUE'])
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)
class Status:
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    @classmethod
    def values(cls):
        return sorted(v for k, v in vars(cls).items() if k.isupper())
print(Status.values())
