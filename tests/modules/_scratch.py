# The scratch-directory helper of the file tests next to it (a module file:
# its name starts with "_", so the runner does not take it for a test).
# SPDX-License-Identifier: MIT
import os


# Removes [path] and everything under it; nothing if it does not exist.
def rmtree(path):
    try:
        names = os.listdir(path)
    except OSError:
        return
    for n in names:
        p = path + "/" + n
        if os.stat(p)[0] & 0o170000 == 0o040000:
            rmtree(p)
        else:
            os.remove(p)
    os.rmdir(path)
