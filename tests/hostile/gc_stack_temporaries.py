# Objects held only by the C stack and the VM's value stack (unnamed temporaries
# passed to built-ins) survive collections that happen inside the call. Found by
# fuzz_exec: with clang the collector scanned almost none of the stack, so the
# source string of compile() was freed as it was being read.
import gc

for n in (4301, 100000):
    try:
        compile("x = 1" + "0" * (n - 1), "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.lineno, len(e.text.rstrip("\n")))


def churn(x):
    gc.collect()
    junk = [str(i) * 10 for i in range(2000)]
    return len(junk) + len(x)


print(sorted(["a" * 5000 + str(i) for i in range(30)], key=churn)[0][-3:])
print(len(list(map(churn, ["b" * 3000 + str(i) for i in range(20)]))))
print(max(("c" * 2000 + str(i) for i in range(50)), key=lambda s: (gc.collect(), s)[1])[-3:])
print(eval("[" + ",".join(str(i) * 3 for i in range(3000)) + "]")[-1])
print("alive")
