#!/usr/bin/env python3
"""Round 4 of the ANT labels: hard negatives for the topic model (a reproducible sample, not labels).

A model trained on the labels as they were before round 4 (commit 6624c8e) put 300 ANT paragraphs
under `karabakh`, a topic the 2018 corpus does not cover: mostly EU and Brexit news, whose words
the model learned from the seeds' EU statements. This picks which of them annotators are shown:
one paragraph per article, in a seeded order (seed 2027), at most 20 from Al Arabiya and 15 from
each other outlet. The labels were then written by two annotators reading each paragraph in its
article, per the guide, without seeing any prediction.

  bin/arstance train --labels labels --out /tmp/m.zip            # at commit 6624c8e
  python3 sample_round4.py DATA_DIR PARAGRAPHS.jsonl             # every 40+ character paragraph of
                                                                 # an unlabelled ANT article
  bin/arstance classify --model /tmp/m.zip --out PRED.jsonl PARAGRAPHS.jsonl
  python3 sample_round4.py DATA_DIR PARAGRAPHS.jsonl PRED.jsonl OUT.jsonl

OUT holds corpus text (for annotators only) and is never committed.
"""
import collections
import glob
import gzip
import hashlib
import json
import random
import sys

from sample_ant import seen_articles

CORPUS = "ant_multisource/ant_multisource_v2.1.jsonl.gz"
CAPS = {"AL": 20, "BB": 15, "CN": 15, "FR": 15, "SK": 15}


def corpus(data_dir):
    with gzip.open(data_dir + "/" + CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def paragraphs(data_dir, out_path):
    seen = seen_articles(sorted(glob.glob("labels/ant/*.jsonl")))
    with open(out_path, "w", encoding="utf-8") as out:
        for d in corpus(data_dir):
            if "ant/" + d["doc_id"] in seen:
                continue
            for i, p in enumerate(d["paragraphs"]):
                if len(p) > 40:
                    out.write(json.dumps({"id": "ant/%s/%d" % (d["doc_id"], i), "text": p}, ensure_ascii=False) + "\n")


def sample(data_dir, pred_path, out_path):
    rows = [json.loads(line) for line in open(pred_path, encoding="utf-8")]
    hits = [r for r in rows if r["topic"] == "karabakh"]
    rnd = random.Random(2027)
    rnd.shuffle(hits)
    picked, articles, per_outlet = [], set(), collections.Counter()
    for r in sorted(hits, key=lambda r: rnd.random()):
        article = r["id"].rsplit("/", 1)[0]
        outlet = article.split("/")[1][:2]
        if article in articles or per_outlet[outlet] >= CAPS.get(outlet, 10):
            continue
        articles.add(article)
        per_outlet[outlet] += 1
        picked.append(r)
    picked.sort(key=lambda r: r["id"])
    docs = {r["id"].split("/")[1] for r in picked}
    texts = {d["doc_id"]: d for d in corpus(data_dir) if d["doc_id"] in docs}
    with open(out_path, "w", encoding="utf-8") as out:
        for r in picked:
            _, doc, i = r["id"].split("/")
            d = texts[doc]
            p = d["paragraphs"][int(i)]
            out.write(json.dumps({"key": r["id"], "sha1": hashlib.sha1(p.encode("utf-8")).hexdigest(), "text": p,
                                  "title": d["title"], "category": d["category"],
                                  "article_paragraphs": d["paragraphs"], "index": int(i)}, ensure_ascii=False) + "\n")
    print(len(hits), "predicted;", len(picked), "picked", dict(per_outlet), file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) == 3:
        paragraphs(sys.argv[1], sys.argv[2])
    elif len(sys.argv) == 5:
        sample(sys.argv[1], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
