import errno
print(type(errno.errorcode), all(getattr(errno, name) == num for num, name in errno.errorcode.items() if hasattr(errno, name)))
print(errno.errorcode[1], errno.errorcode[13], errno.errorcode[22], errno.errorcode[28], errno.errorcode[104])
print(errno.ENOMEM, errno.EDOM, errno.ERANGE, errno.ENOSYS, errno.ENOTEMPTY, errno.ELOOP, errno.ENAMETOOLONG)
