# nested lists: aliasing, deep modification, matrix operations, recursion-free copies
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
grid[0][0] = 1
print(grid)
alias = [[0] * 3] * 3
alias[1][2] = 5
print(alias)
t = [list(row) for row in zip(*[[1, 2, 3], [4, 5, 6]])]
print(t)
m = [[1, 2], [3, 4]]
n = [[5, 6], [7, 8]]
prod = [[sum(m[i][k] * n[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
print(prod)
flat = [x for row in prod for x in row]
print(flat, sum(flat), max(max(r) for r in prod))
deep = [1, [2, [3, [4, [5]]]]]
print(deep, deep[1][1][1][1][0], len(deep[1]))
deep[1][1][1][1].append(6)
print(deep)
shallow = deep[:]
shallow[0] = "x"
shallow[1][0] = "y"
print(deep, shallow)

def deepcopy(v):
    if isinstance(v, list):
        return [deepcopy(i) for i in v]
    return v

dc = deepcopy(deep)
dc[1][1][0] = "changed"
print(deep, dc)

def flatten(v):
    out = []
    for i in v:
        if isinstance(i, list):
            out.extend(flatten(i))
        else:
            out.append(i)
    return out

print(flatten(deep), flatten([[], [[]], [[], [1]]]))
print([[1, 2], [3]] + [[4]], [[1]] * 2, [[]] == [[]], [[1, [2]]] == [[1, [2]]])
rows = [["b", 2], ["a", 2], ["c", 1]]
rows.sort(key=lambda r: (r[1], r[0]))
print(rows)
print(sorted(rows, key=lambda r: r[0], reverse=True))
pascal = [[1]]
for i in range(8):
    prev = pascal[-1]
    pascal.append([1] + [prev[j] + prev[j + 1] for j in range(len(prev) - 1)] + [1])
for row in pascal:
    print(row)
