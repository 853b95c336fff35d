# A helper package for rt_import_files.py.
NAME = "pkg"
