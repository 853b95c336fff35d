# and/or stop evaluating as soon as the result is known.
log = []
def t(name):
    log.append(name)
    return True
def f(name):
    log.append(name)
    return False
print(f("a") and t("b"))
print(log)
log.clear()
print(t("a") or f("b"))
print(log)
log.clear()
print(t("a") and f("b") and t("c"))
print(log)
log.clear()
print(f("a") or f("b") or t("c") or t("d"))
print(log)
