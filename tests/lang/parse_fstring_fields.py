# f-string fields: conversions, format specs with nested fields, '=', quotes, escapes.
x = 42
name = "Ann"
w = 8
print(f"{x}")
print(f"{x!r} {name!r} {name!s} {name!a}")
print(f"[{x:>{w}}]")
print(f"[{x:{'<'}{w}}]")
print(f"[{3.14159:.{2}f}]")
print(f"{x=}")
print(f"{x = }")
print(f"{name=!s}")
print(f"{x=:>6}")
print(f"{{literal}} {x}")
print(f"}}{{")
print(f'{"quoted"}')
print(f"{'single'}")
print(f"{x + 1} {x * 2:05d}")
print(f"{[1, 2][0]} {dict(a=1)['a']}")
print(f"{(lambda: 7)()}")
print(f"{x if x else 0}")
print(f"a" "b" f"{x}" "c")
print(rf"\d{x}\n")
print(fr"{x}\t")
print(f"\t{x}\n".strip())
print(f"""multi
{x}
line""")
print(f"{x:{w}}|{x:<{w}}|{x:^{w}}|")
print(f"{'nested ' + f'{x}'}")
print(f"{x!r:>{w}}")
print(f"{3 != 4} {1 <= 2}")
print(F"{x}")
print(f"{ x }")
items = [1, 2]
print(f"{len(items)} items: {', '.join(map(str, items))}")
print(f"{x:x} {x:o} {x:b} {x:#x}")
