# finally runs on normal exit, on exception and on return, in that order of events.
log = []
try:
    log.append("try")
finally:
    log.append("finally")
print(log)
log = []
try:
    try:
        log.append("try")
        raise ValueError
    finally:
        log.append("finally")
except ValueError:
    log.append("outer except")
print(log)
log = []
try:
    log.append("try")
    raise KeyError
except KeyError:
    log.append("except")
else:
    log.append("else")
finally:
    log.append("finally")
print(log)
