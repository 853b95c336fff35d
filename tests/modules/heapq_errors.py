import heapq
def t(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)
t(heapq.heappop, [])
t(heapq.heapreplace, [], 1)
t(heapq.heappush, (), 1)
t(heapq.heappop, "abc")
t(heapq.heapify, {1: 2})
h = [1, 2]
t(heapq.heappush, h, "x")
print(h)
h2 = [3, "a"]
t(heapq.heapify, h2)
t(heapq.nsmallest, 2, 5)
