# heapq.nlargest and nsmallest with and without key, n larger than data, ties
import heapq
data = [5, 1, 8, 3, 9, 2, 7, 8]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(0, data), heapq.nsmallest(1, data))
print(heapq.nlargest(20, data), heapq.nsmallest(20, data), heapq.nlargest(3, []), heapq.nsmallest(-1, data))
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len), heapq.nsmallest(3, words))
recs = [("a", 3), ("b", 1), ("c", 3), ("d", 2)]
print(heapq.nlargest(2, recs, key=lambda r: r[1]), heapq.nsmallest(2, recs, key=lambda r: r[1]))
print(heapq.nlargest(2, iter(range(10))), heapq.nsmallest(2, (x * x for x in range(-3, 3))))
print(heapq.nlargest(3, "hello"), heapq.nsmallest(2, {3: 0, 1: 0, 2: 0}))
try:
    heapq.nlargest(2, [1, "a", 2])
except TypeError as e:
    print("TypeError", type(e).__name__)
scores = {"ann": 91, "bob": 78, "cy": 85, "di": 99, "ed": 60}
print(heapq.nlargest(2, scores, key=scores.get), heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1]))
print(heapq.nlargest(1, [2.5, 2, 3]), heapq.nsmallest(2, [-1, -1, 0]))
big = [(i * 7919) % 1000 for i in range(300)]
print(heapq.nlargest(5, big) == sorted(big, reverse=True)[:5], heapq.nsmallest(5, big) == sorted(big)[:5])
print(heapq.nlargest(4, [1, 1, 1, 2]), heapq.nsmallest(2, [[2], [1, 5], [1]]))
print(heapq.nlargest(2, [(1, "x"), (1, "y")]), heapq.nsmallest(3, range(100, 0, -7)))
