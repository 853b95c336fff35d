# An uncaught exception raised `from` another prints both, cause first.
class AppError(Exception):
    pass
def load():
    raise KeyError("cfg")
def start():
    try:
        load()
    except KeyError as e:
        raise AppError("cannot start") from e
start()
