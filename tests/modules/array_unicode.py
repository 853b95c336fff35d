# Type code u: one code point per item (4 bytes, as wchar_t on Linux).
import array
u = array.array('u', 'h\u00e9\U0001F600')
print(u, len(u), u.itemsize, u[1], u[2], u.tounicode(), list(u), u.tolist())
u.append('x'); u.extend('yz'); u.fromunicode('!'); u.insert(0, 'A'); print(u, u.count('x'), u.index('y'))
print(array.array('u'), array.array('u', ['a', 'b']), u[::2], u[::-1], 'x' in u)
print(array.array('u', 'ab') == array.array('u', 'ab'), array.array('u', 'ab') < array.array('u', 'b'))
print(array.array('u', 'ab').tobytes(), array.array('u', b'a\x00\x00\x00'))
for f in (lambda: u.append('ab'), lambda: u.append(1), lambda: u.append(''), lambda: array.array('i').tounicode(),
          lambda: array.array('i').fromunicode('a'), lambda: u.fromunicode(5), lambda: array.array('i', array.array('u', 'a')),
          lambda: array.array('u', array.array('i', [1])), lambda: array.array('u', [1]),
          lambda: array.array('u', b'\x00\x00\x11\x00'), lambda: array.array('u', b'\x00\x00\x11\x00')[0]):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
u2 = array.array('u', 'abc'); u2.reverse(); u2.byteswap(); u2.byteswap(); print(u2, u2 * 2, u2 + u2)
print(array.typecodes)
