# Blank and whitespace-only lines inside blocks do not end them.
def f(n):

    total = 0
    
    for i in range(n):

        total += i
        
    return total


print(f(5))
if True:

    print("after blank")
        
    print("after spaces")
