# References and aliasing: assignment never copies.

a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b)

c = a[:]
c.append(5)
print(a, c)

# the repetition pitfall: the inner list is shared
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)

# functions receive references
def mutate(lst):
    lst.append("added")

def rebind(lst):
    lst = ["new"]
    return lst

x = []
mutate(x)
r = rebind(x)
print(x, r)

# a list containing itself
self_ref = [1]
self_ref.append(self_ref)
print(self_ref, self_ref[1] is self_ref, len(self_ref[1][1][1]))

# shallow copies share nested objects
outer = [[1], [2]]
copy = list(outer)
copy[0].append(10)
copy[1] = ["replaced"]
print(outer, copy)

# aliasing through dict values and default arguments
shared = []
d = {"a": shared, "b": shared}
d["a"].append("x")
print(d)

# augmented assignment on an alias mutates, plain assignment rebinds
p = [1]
q = p
q += [2]
print(p)
q = q + [3]
print(p, q)

# iterating and modifying a copy
nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)

# tuples holding references to mutable objects
inner = [1]
tup = (inner, inner)
inner.append(2)
print(tup)

# strings and ints are immutable: "modifying" creates new objects
s = "abc"
t = s
s += "d"
print(s, t)
