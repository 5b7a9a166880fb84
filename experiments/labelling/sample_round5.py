#!/usr/bin/env python3
"""Round 5 of the ANT labels: general news (a reproducible sample, not labels).

Rounds 1-4 were drawn from keyword pools (Korea, Lebanon, hard negatives) or from one model's
Karabakh false positives, so no label file says how the models do on the news an archive is
mostly made of. Round 5 draws from every ANT article that no label file holds, in two strata,
one paragraph (40+ characters) per article, with seed 2028:

  random   120 articles drawn at random, 24 from each outlet: what a random paragraph of the
           archive is (its topic, its source), whatever a model says of it
  flagged  80 paragraphs that a model trained on the labels of rounds 1-4 (commit 7e56f75) puts
           under a topic other than the one without a target, from 1,500 further random
           articles (16 per outlet at most): how often such a prediction is right on general
           news, and hard cases for training

Steps (OUT holds corpus text, for annotators only, and is never committed):

  bin/arstance train --labels labels --out M.zip
  python3 sample_round5.py pool DATA_DIR POOL.jsonl         # the flagged stratum's candidates
  bin/arstance classify --model M.zip --out PRED.jsonl POOL.jsonl
  python3 sample_round5.py sample DATA_DIR PRED.jsonl OUT.jsonl
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
SEED = 2028
RANDOM_PER_OUTLET = 24
POOL_ARTICLES = 1500
FLAGGED = 80
FLAGGED_PER_OUTLET = 16
OTHER = "other"


def corpus(data_dir):
    with gzip.open(data_dir + "/" + CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def long_paragraphs(doc):
    return [i for i, p in enumerate(doc["paragraphs"]) if len(p.strip()) >= 40]


def draw(data_dir):
    """The random stratum's articles (24 per outlet) and the flagged stratum's pool, disjoint."""
    label_files = sorted(glob.glob("labels/ant/*.jsonl"))
    if not label_files:
        sys.exit("sample_round5.py: no labels/ant/*.jsonl here; run it from the project's root")
    seen = seen_articles(label_files)
    docs = [d for d in corpus(data_dir) if "ant/" + d["doc_id"] not in seen and long_paragraphs(d)]
    docs.sort(key=lambda d: d["doc_id"])
    rnd = random.Random(SEED)
    rnd.shuffle(docs)
    per_outlet = collections.Counter()
    chosen, rest = [], []
    for d in docs:
        if per_outlet[d["source"]] < RANDOM_PER_OUTLET:
            per_outlet[d["source"]] += 1
            chosen.append(d)
        else:
            rest.append(d)
    return rnd, chosen, rest[:POOL_ARTICLES]


def pool(data_dir, out_path):
    _, _, candidates = draw(data_dir)
    with open(out_path, "w", encoding="utf-8") as out:
        for d in candidates:
            for i in long_paragraphs(d):
                out.write(json.dumps({"id": "ant/%s/%d" % (d["doc_id"], i), "doc": "ant/" + d["doc_id"],
                                      "n": i + 1, "text": d["paragraphs"][i]}, ensure_ascii=False) + "\n")


def packet(d, i, stratum):
    p = d["paragraphs"][i]
    return {"key": "ant/%s/%d" % (d["doc_id"], i), "sha1": hashlib.sha1(p.encode("utf-8")).hexdigest(),
            "stratum": stratum, "outlet": d["source"], "category": d["category"], "title": d["title"],
            "index": i, "text": p, "article_paragraphs": d["paragraphs"]}


def sample(data_dir, pred_path, out_path):
    rnd, chosen, candidates = draw(data_dir)
    out = [packet(d, rnd.choice(long_paragraphs(d)), "random") for d in chosen]
    by_id = {d["doc_id"]: d for d in candidates}
    rows = [json.loads(line) for line in open(pred_path, encoding="utf-8")]
    flagged = sorted((r for r in rows if r["topic"] != OTHER), key=lambda r: r["id"])
    rnd.shuffle(flagged)
    taken, per_outlet = set(), collections.Counter()
    for r in flagged:
        _, doc, i = r["id"].split("/")
        d = by_id[doc]
        if doc in taken or per_outlet[d["source"]] >= FLAGGED_PER_OUTLET or len(taken) >= FLAGGED:
            continue
        taken.add(doc)
        per_outlet[d["source"]] += 1
        out.append(packet(d, int(i), "flagged"))
    out.sort(key=lambda r: r["key"])
    with open(out_path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("%d flagged of %d pool paragraphs; %d picked (%s)" % (
        len(flagged), len(rows), len(out), dict(collections.Counter(r["stratum"] for r in out))), file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "pool":
        pool(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 5 and sys.argv[1] == "sample":
        sample(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
