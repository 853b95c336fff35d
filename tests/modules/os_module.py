# The os module's names shared with CPython; uos is MicroPython's alias
import os

print(os.sep, os.__name__)
for name in ["listdir", "stat", "mkdir", "rmdir", "remove", "unlink", "rename", "getcwd",
             "chdir", "uname", "urandom"]:
    print(name, callable(getattr(os, name)))
print(type(os.getcwd()).__name__)
print(os.remove is os.unlink or os.remove == os.unlink)
