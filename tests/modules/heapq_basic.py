import heapq
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 11, -4]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -10), data)
print(heapq.heappushpop(data, 100), data)
print(heapq.heappushpop([], 3))
e = []
heapq.heapify(e)
print(e)
t = [(2, 'b'), (1, 'z'), (1, 'a'), (3, 'c')]
heapq.heapify(t)
print(t, heapq.heappop(t), t)
words = ['pear', 'fig', 'apple', 'kiwi', 'banana', 'date']
heapq.heapify(words)
print(words)
