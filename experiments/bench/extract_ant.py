#!/usr/bin/env python3
"""Write the first N ANT paragraphs longer than 40 characters, in file order, as JSON lines
{"id", "text", "category"} (category: the article's ANT category, for the scikit-learn reference).

usage: extract_ant.py DATA_DIR N OUT.jsonl     (standard library only; the output holds corpus
text and is written to a temporary place, never committed)
"""
import gzip
import json
import os
import sys


def main():
    if len(sys.argv) != 4:
        print(__doc__.strip().splitlines()[-2], file=sys.stderr)
        return 2
    data_dir, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    path = os.path.join(data_dir, "ant_multisource", "ant_multisource_v2.1.jsonl.gz")
    written = 0
    with gzip.open(path, "rt", encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
        for line in f:
            d = json.loads(line)
            for i, p in enumerate(d["paragraphs"]):
                if len(p) > 40:
                    o.write(json.dumps({"id": "ant/%s/%d" % (d["doc_id"], i), "text": p, "category": d["category"]},
                                       ensure_ascii=False) + "\n")
                    written += 1
                    if written == n:
                        return 0
    if written < n:
        print("only %d paragraphs longer than 40 characters in %s" % (written, path), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
