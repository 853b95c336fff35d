import errno
for n in ('EPERM', 'ENOENT', 'EIO', 'EBADF', 'EAGAIN', 'ENOMEM', 'EACCES', 'EEXIST', 'ENODEV', 'EISDIR',
          'EINVAL', 'ENOSPC', 'ETIMEDOUT', 'ECONNRESET', 'EPIPE', 'EWOULDBLOCK', 'EINTR', 'ENOTDIR',
          'EADDRINUSE', 'ECONNREFUSED', 'EHOSTUNREACH', 'EALREADY', 'EINPROGRESS', 'ENOTCONN', 'EOPNOTSUPP'):
    v = getattr(errno, n)
    print(n, v, errno.errorcode[v])
print(errno.errorcode[errno.ENOENT] == 'ENOENT', errno.EAGAIN == errno.EWOULDBLOCK)
print(2 in errno.errorcode, errno.errorcode.get(110))
try:
    raise OSError(errno.ENOENT, 'missing')
except OSError as e:
    print(e.errno == errno.ENOENT, e.args)
try:
    errno.errorcode[100000]
except KeyError as e:
    print('KeyError', e)
