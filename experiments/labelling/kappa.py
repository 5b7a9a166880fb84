#!/usr/bin/env python3
"""Cohen's kappa per field between two label files over the paragraphs they share.

usage: kappa.py FIRST.jsonl SECOND.jsonl
Records are matched by `key` (corpus records) or `doc#n`. Prints kappa and raw agreement for
topic, source and stance, and the number of paragraphs compared. Standard library only.
"""
import collections
import json
import sys


def load(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                out[r.get("key") or "%s#%s" % (r["doc"], r["n"])] = r
    return out


def kappa(x, y):
    n = len(x)
    po = sum(a == b for a, b in zip(x, y)) / n
    cx, cy = collections.Counter(x), collections.Counter(y)
    pe = sum(cx[k] * cy.get(k, 0) for k in cx) / (n * n)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0, po


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    a, b = load(sys.argv[1]), load(sys.argv[2])
    ids = sorted(set(a) & set(b))
    print("%d paragraphs in both files" % len(ids))
    for field in ("topic", "source", "stance"):
        k, po = kappa([a[i][field] for i in ids], [b[i][field] for i in ids])
        print("%-7s kappa %.3f  agreement %.3f" % (field, k, po))
    return 0


if __name__ == "__main__":
    sys.exit(main())
