# Dict-heavy work: word frequencies over a stream of documents, grouping by key, an inverted index.
# SPDX-License-Identifier: MIT
import sys

N = 150  # pi: 4
if len(sys.argv) > 1:
    N = int(sys.argv[1])

DOC_WORDS = 1000
CONS = "bcdfghklmnprstvz"
VOWELS = "aeiou"


def document(seed):
    # Pronounceable pseudo-words, skewed so that some repeat a lot.
    out = []
    for _ in range(DOC_WORDS):
        seed = (seed * 3877 + 29573) % 139968
        n = 1 + seed % 2 + (seed % 11 == 0) if seed % 7 else 1
        w = ""
        s = seed
        for _ in range(n):
            w += CONS[s % 16] + VOWELS[(s >> 4) % 5]
            s = s // 80 + 13
        out.append(w)
    return out, seed


def count_into(counts, ws):
    for w in ws:
        counts[w] = counts.get(w, 0) + 1


def group_by_first(counts):
    groups = {}
    for w, c in counts.items():
        key = w[0]
        if key in groups:
            groups[key].append((w, c))
        else:
            groups[key] = [(w, c)]
    return groups


counts = {}
index = {}
seed = 7
for doc_id in range(N):
    ws, seed = document(seed)
    count_into(counts, ws)
    local = {}
    for pos, w in enumerate(ws):
        local.setdefault(w, []).append(pos)
    for w in local:
        if len(local[w]) > 1:
            index.setdefault(w, set()).add(doc_id)
groups = group_by_first(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
h = 0
for k in sorted(groups):
    h = (h * 131 + len(groups[k]) + sum([c for _, c in groups[k]])) % 1000000007
spread = 0
for w in index:
    docs = index[w]
    spread += len(docs) * len(w) + max(docs) - min(docs)
d = dict(counts)
for w in list(d):
    if d[w] == 1:
        del d[w]
print("distinct", len(counts), "repeated", len(d), "indexed", len(index))
print("top", top)
print("checksum:", (h + spread) % 1000000007)
