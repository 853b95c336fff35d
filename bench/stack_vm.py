# A small interpreter in Python: a tokenizer, a compiler to stack code and a stack machine running it.
# SPDX-License-Identifier: MIT
import sys

N = 10000  # pi: 300
if len(sys.argv) > 1:
    N = int(sys.argv[1])

PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, LT, JMP, JZ, PRINT, HALT = range(12)

# A tiny language: one statement per line.
#   set x EXPR | add x EXPR | while x < EXPR | end | out EXPR
# EXPR is a sum of products of names and numbers (a * b + c - d ...).
PROGRAM = """
set total 0
set i 0
while i < LIMIT
  set j 0
  while j < 10
    add total i * j + 3 - j % 4
    add j 1
  end
  set total total % 1000003
  add i 1
end
out total
out i * 2 + 1
"""


def tokenize(expr):
    out = []
    for tok in expr.split():
        if tok.isdigit():
            out.append((PUSH, int(tok)))
        elif tok in "+-*%":
            out.append(tok)
        else:
            out.append((LOAD, tok))
    return out


def compile_expr(tokens, code):
    # Precedence by two levels: products bind tighter than sums.
    def term(pos):
        code.append(tokens[pos])
        pos += 1
        while pos < len(tokens) and tokens[pos] in "*%":
            op = tokens[pos]
            code.append(tokens[pos + 1])
            code.append((MUL, None) if op == "*" else (MOD, None))
            pos += 2
        return pos

    pos = term(0)
    while pos < len(tokens):
        op = tokens[pos]
        pos = term(pos + 1)
        code.append((ADD, None) if op == "+" else (SUB, None))


def compile_program(src, limit):
    code = []
    loops = []
    for line in src.replace("LIMIT", str(limit)).split("\n"):
        words = line.split()
        if not words:
            continue
        kw = words[0]
        if kw == "set":
            compile_expr(tokenize(" ".join(words[2:])), code)
            code.append((STORE, words[1]))
        elif kw == "add":
            code.append((LOAD, words[1]))
            compile_expr(tokenize(" ".join(words[2:])), code)
            code.append((ADD, None))
            code.append((STORE, words[1]))
        elif kw == "while":
            start = len(code)
            code.append((LOAD, words[1]))
            compile_expr(tokenize(" ".join(words[3:])), code)
            code.append((LT, None))
            loops.append((start, len(code)))
            code.append((JZ, None))
        elif kw == "end":
            start, jz = loops.pop()
            code.append((JMP, start))
            code[jz] = (JZ, len(code))
        elif kw == "out":
            compile_expr(tokenize(" ".join(words[1:])), code)
            code.append((PRINT, None))
    code.append((HALT, None))
    return code


def run(code):
    env = {}
    stack = []
    out = []
    pc = 0
    steps = 0
    while True:
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == PUSH:
            stack.append(arg)
        elif op == LOAD:
            stack.append(env[arg])
        elif op == STORE:
            env[arg] = stack.pop()
        elif op == ADD:
            b = stack.pop()
            stack[-1] += b
        elif op == SUB:
            b = stack.pop()
            stack[-1] -= b
        elif op == MUL:
            b = stack.pop()
            stack[-1] *= b
        elif op == MOD:
            b = stack.pop()
            stack[-1] %= b
        elif op == LT:
            b = stack.pop()
            stack[-1] = 1 if stack[-1] < b else 0
        elif op == JMP:
            pc = arg
        elif op == JZ:
            if not stack.pop():
                pc = arg
        elif op == PRINT:
            out.append(stack.pop())
        else:
            return out, steps


code = compile_program(PROGRAM, N)
out, steps = run(code)
print("code", len(code), "steps", steps)
print("out", out)
print("checksum:", (sum(out) + steps) % 1000000007)
