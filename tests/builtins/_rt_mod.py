# A helper module for rt_import_files.py.
VALUE = 21
def twice(x):
    return 2 * x
