# __init_subclass__ receives the class keywords; it is an implicit classmethod.
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class Alpha(Plugin, name="first"):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta, name="third"):
    pass
print(Plugin.registry, Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)

# Unknown keywords reach object.__init_subclass__, which rejects them.
try:
    class Bad(Plugin, name="x", colour="red"):
        pass
except TypeError as e:
    print("TypeError", e)

try:
    class Plain(extra=1):
        pass
except TypeError as e:
    print("TypeError", e)

# With a metaclass: keywords go to the metaclass and to __init_subclass__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)
class Root(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Leaf(Root, level=2):
    pass
