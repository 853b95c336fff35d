# Comments on their own lines, after code, and inside brackets.
x = 1  # trailing comment
# a comment line
    # an indented comment line
print(x)
values = [1,  # first
          2,  # second
          # a comment between items
          3]
print(values)
def f():
    # comment as the first line of a body
    return "f"  # after return
        # badly indented comment: ignored
print(f())
s = "# not a comment"
print(s)
print('#' * 3)  # print('hidden')
