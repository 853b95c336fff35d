# os.uname: five str fields, by index and by name
import os

u = os.uname()
print(len(u), [type(x).__name__ for x in u])
print(u.sysname == u[0], u.nodename == u[1], u.release == u[2], u.version == u[3],
      u.machine == u[4])
sysname, nodename, release, version, machine = u
print(sysname == u.sysname, len(tuple(u)), u == os.uname())
print(all(len(x) > 0 for x in (u.sysname, u.release, u.version, u.machine)))
