# functools: partial, reduce, wraps, cmp_to_key, lru_cache, total_ordering.
# SPDX-License-Identifier: MIT

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)

_missing = object()


def reduce(function, iterable, *args):
    if len(args) > 1:
        raise TypeError('reduce expected at most 3 arguments, got %d' % (len(args) + 2))
    it = iter(iterable)
    if args:
        value = args[0]
    else:
        value = next(it, _missing)
        if value is _missing:
            raise TypeError('reduce() of empty iterable with no initial value')
    for x in it:
        value = function(value, x)
    return value


class partial:
    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            kw = dict(func.keywords)
            kw.update(keywords)
            keywords = kw
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        kw = dict(self.keywords)
        kw.update(keywords)
        return self.func(*(self.args + args), **kw)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        try:
            setattr(wrapper, attr, value)
        except (AttributeError, TypeError):
            pass
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except (AttributeError, TypeError):
            pass
    try:
        wrapper.__wrapped__ = wrapped
    except (AttributeError, TypeError):
        pass
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


def cmp_to_key(mycmp):
    class K:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


class _CacheInfo(tuple):
    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % self

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])


def _make_cached(func, maxsize, typed):
    cache = {}
    stats = [0, 0]

    def wrapper(*args, **kwargs):
        key = args
        if kwargs:
            key = args + (_missing,) + tuple(sorted(kwargs.items()))
        if typed:
            key = key + tuple([type(a) for a in args])
        try:
            result = cache[key]
        except KeyError:
            stats[1] += 1
            result = func(*args, **kwargs)
            if maxsize is None or maxsize > 0:
                if maxsize is not None and len(cache) >= maxsize:
                    # Drop the least recently used entry (dicts keep insertion order).
                    del cache[next(iter(cache))]
                cache[key] = result
            return result
        stats[0] += 1
        if maxsize is not None:
            # Move the hit to the most recent end.
            del cache[key]
            cache[key] = result
        return result

    def cache_info():
        return _CacheInfo((stats[0], stats[1], maxsize, len(cache)))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    update_wrapper(wrapper, func)
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and not isinstance(maxsize, int):
        return _make_cached(maxsize, 128, False)
    if maxsize is not None and not isinstance(maxsize, int):
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    if maxsize is not None and maxsize < 0:
        maxsize = 0

    def decorator(func):
        return _make_cached(func, maxsize, typed)
    return decorator


def cache(func):
    return _make_cached(func, None, False)


def total_ordering(cls):
    d = cls.__dict__
    roots = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
             if op in d and d[op] is not getattr(object, op, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = roots[0]
    if root == '__lt__':
        def __gt__(self, other):
            r = self.__lt__(other)
            return r if r is NotImplemented else (not r and self != other)
        def __le__(self, other):
            r = self.__lt__(other)
            return r if r is NotImplemented else (r or self == other)
        def __ge__(self, other):
            r = self.__lt__(other)
            return r if r is NotImplemented else not r
        new = {'__gt__': __gt__, '__le__': __le__, '__ge__': __ge__}
    elif root == '__le__':
        def __ge__(self, other):
            r = self.__le__(other)
            return r if r is NotImplemented else (not r or self == other)
        def __lt__(self, other):
            r = self.__le__(other)
            return r if r is NotImplemented else (r and self != other)
        def __gt__(self, other):
            r = self.__le__(other)
            return r if r is NotImplemented else not r
        new = {'__ge__': __ge__, '__lt__': __lt__, '__gt__': __gt__}
    elif root == '__gt__':
        def __lt__(self, other):
            r = self.__gt__(other)
            return r if r is NotImplemented else (not r and self != other)
        def __ge__(self, other):
            r = self.__gt__(other)
            return r if r is NotImplemented else (r or self == other)
        def __le__(self, other):
            r = self.__gt__(other)
            return r if r is NotImplemented else not r
        new = {'__lt__': __lt__, '__ge__': __ge__, '__le__': __le__}
    else:
        def __le__(self, other):
            r = self.__ge__(other)
            return r if r is NotImplemented else (not r or self == other)
        def __gt__(self, other):
            r = self.__ge__(other)
            return r if r is NotImplemented else (r and self != other)
        def __lt__(self, other):
            r = self.__ge__(other)
            return r if r is NotImplemented else not r
        new = {'__le__': __le__, '__gt__': __gt__, '__lt__': __lt__}
    for name in new:
        if name not in roots:
            setattr(cls, name, new[name])
    return cls
