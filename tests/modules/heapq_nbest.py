import heapq
d = [5, 1, 8, 3, 9, 2, 8, 7]
print(heapq.nlargest(3, d), heapq.nsmallest(3, d), heapq.nlargest(0, d), heapq.nsmallest(-1, d))
print(heapq.nlargest(100, d), heapq.nsmallest(2, iter(d)))
words = ['bb', 'a', 'ccc', 'dd', 'e']
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nsmallest(2, [(1, 'b'), (1, 'a'), (0, 'z')]), heapq.nlargest(1, []))
