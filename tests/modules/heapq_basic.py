# heapq: heappush, heappop, heapify, heapreplace, heappushpop, heap invariant
import heapq
h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
print(h[0], len(h), all(h[i] <= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h)))
print([heapq.heappop(h) for _ in range(len(h))], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data[0], sorted(data) == list(range(10)))
out = []
while data:
    out.append(heapq.heappop(data))
print(out)
h = [1, 3, 5]
heapq.heapify(h)
print(heapq.heapreplace(h, 4), h, heapq.heappushpop(h, 0), h, heapq.heappushpop(h, 10), h)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heappush([1], "a")
except TypeError as e:
    print("TypeError", type(e).__name__)
tasks = []
for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])
import random
random.seed(5)
nums = [random.randrange(1000) for _ in range(100)]
h = []
for n in nums:
    heapq.heappush(h, n)
print([heapq.heappop(h) for _ in range(100)] == sorted(nums))
h = list(nums)
heapq.heapify(h)
print(heapq.heappop(h) == min(nums), len(h))
print(heapq.merge is not None, list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
