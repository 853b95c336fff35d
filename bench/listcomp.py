# List comprehensions: filtering, mapping, nested comprehensions, dict and set comprehensions.
# SPDX-License-Identifier: MIT
import sys

N = 170  # pi: 40
if len(sys.argv) > 1:
    N = int(sys.argv[1])

ROUNDS = 4


def matrix(n, seed):
    rows = []
    for i in range(n):
        row = []
        for j in range(n):
            seed = (seed * 3877 + 29573) % 139968
            row.append(seed % 100 - 50)
        rows.append(row)
    return rows


def one_round(seed):
    m = matrix(N, seed)
    transposed = [[m[j][i] for j in range(N)] for i in range(N)]
    flat = [v for row in m for v in row]
    positives = [v for v in flat if v > 0]
    squares = [v * v for v in flat]
    row_sums = [sum(row) for row in transposed]
    diag = [m[i][i] for i in range(N)]
    pairs = [(i, v) for i, v in enumerate(row_sums) if v % 3 == 0]
    by_value = {v: i for i, v in enumerate(flat)}
    distinct = {v % 37 for v in flat}
    scaled = [[v * 2 + 1 for v in row] for row in m]
    small = [x for x in range(N * 60) if x % 7 == 3 and x % 11 != 0]
    words = [str(v) for v in diag if v < 0]
    joined = [w + "!" for w in words if len(w) > 2]
    h = (sum(squares) + sum(row_sums) * 7 + sum(diag) + sum(by_value.values())
         + sum(scaled[N // 2]) + len(small) + sum(small) + len(joined))
    return h, len(positives), len(pairs), len(distinct)


total = 0
for r in range(ROUNDS):
    h, npos, npairs, ndistinct = one_round(31 + r)
    total = (total * 3 + h) % 1000000007
print("positives", npos, "pairs", npairs, "distinct", ndistinct)
print("checksum:", total)
