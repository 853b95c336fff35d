import heapq
data = [(i * 7919) % 101 for i in range(60)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))] == sorted(data))
d2 = list(data)
heapq.heapify(d2)
print(d2)
for x in (50, -1, 200):
    print(heapq.heapreplace(d2, x), heapq.heappushpop(d2, x * 2))
print(d2)
