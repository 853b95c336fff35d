# SyntaxErrors inside f-strings.
def check(src):
    try:
        compile(src, "<test>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset)

check("x = f'{}'")
check("x = f'{ }'")
check("x = f'{x!z}'")
check("x = f'{x!}'")
check("x = f'{x!rr}'")
check("x = f'{x!r=}'")
check("x = f'}'")
check("x = f'{x}}'")
check("x = f'{x'")
check("x = f'{#}'")
check("x = f'{a\\n}'")
check("x = f'{\"\\n\"}'")
check("x = f'{x:{y:{z}}}'")
check("x = f'{(}'")
check("x = f'{x:{y:>10}}'")
check("x = f'{x=!r:>10}'")
check("x = f'{a:=1}'")
check("x = f'{3!r:>{10}}'")
check("x = f'a{{b}}c'")
check("x = f'{*a}'")
