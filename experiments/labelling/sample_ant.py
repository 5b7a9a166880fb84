#!/usr/bin/env python3
"""Pick candidate ANT paragraphs for labelling (issue 5): a reproducible sample, not labels.

Keywords only decide which paragraphs are *shown* to annotators; every label is then written by
reading the paragraph in its article per the annotation guide. Three pools of articles are drawn:

  korea     articles that mention Korea (North or South) or Pyongyang/Seoul/Kim Jong Un
  lebanon   articles that mention Lebanon, Beirut, Hezbollah or Lebanese leaders
  negative  hard negatives: culture/sport/economy/technology articles mentioning Korea or
            Lebanon, Hezbollah-in-Syria articles, and Middle East / international news about
            Israel-Palestine, Syria, Iran, Yemen, the Gulf, Ukraine and Russia

From each article at most three paragraphs (40+ characters) are taken, keyword paragraphs
first. Articles are drawn round-robin over (outlet, month) buckets in a seeded order, so that
all five outlets and the corpus's months are covered. Output: JSON lines with the paragraph's
key (ant/<doc_id>/<0-based paragraph index>), SHA-1, text, article title and neighbours, for
annotators only: this output holds corpus text and is never committed.

usage: sample_ant.py DATA_DIR PER_POOL OUT.jsonl [--seed N]
"""
import argparse
import gzip
import hashlib
import json
import random
import re
import sys
from email.utils import parsedate_to_datetime

KOREA = ["كوريا", "الكوري", "الكورية", "بيونغ يانغ", "بيونغيانغ", "كيم جونغ", "سيول"]
LEBANON = ["لبنان", "اللبناني", "اللبنانية", "حزب الله", "بيروت", "الحريري", "نصر الله", "ميشال عون", "نبيه بري"]
NEGATIVE_TOPICS = ["غزة", "الفلسطيني", "الفلسطينية", "إسرائيل", "سوريا", "السوري", "إيران", "الإيراني", "اليمن",
                   "الحوثي", "السعودية", "قطر", "الإمارات", "أوكرانيا", "الأوكراني", "روسيا", "موسكو"]
SOFT_CATEGORIES = {"culture", "sport", "economy", "technology"}


def has(text, words):
    return any(w in text for w in words)


def pool_of(doc):
    text = doc["title"] + " " + " ".join(doc["paragraphs"])
    korea, lebanon = has(text, KOREA), has(text, LEBANON)
    if doc["category"] in SOFT_CATEGORIES and (korea or lebanon):
        return "negative"
    if "حزب الله" in text and has(text, ["سوريا", "السوري"]) and not has(text, ["لبنان", "اللبناني"]):
        return "negative"
    if korea and not lebanon:
        return "korea"
    if lebanon and not korea:
        return "lebanon"
    if not korea and not lebanon and doc["category"] in {"middleEast", "internationalNews"} and has(text, NEGATIVE_TOPICS):
        return "negative"
    return None


def month(doc):
    try:
        return parsedate_to_datetime(doc["date"]).strftime("%Y-%m")
    except (TypeError, ValueError):
        return "unknown"


def pick_paragraphs(doc, pool, rnd):
    words = {"korea": KOREA, "lebanon": LEBANON}.get(pool, KOREA + LEBANON + NEGATIVE_TOPICS + ["حزب الله"])
    idx = [i for i, p in enumerate(doc["paragraphs"]) if len(p.strip()) >= 40]
    hits = [i for i in idx if has(doc["paragraphs"][i], words)]
    rest = [i for i in idx if i not in hits]
    rnd.shuffle(hits)
    rnd.shuffle(rest)
    chosen = (hits[:2] + rest[:1]) if rest else hits[:3]
    if len(chosen) < 3:
        chosen += [i for i in hits[2:] + rest[1:] if i not in chosen][: 3 - len(chosen)]
    return sorted(chosen)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data_dir")
    ap.add_argument("per_pool", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    path = a.data_dir.rstrip("/") + "/ant_multisource/ant_multisource_v2.1.jsonl.gz"
    pools = {"korea": {}, "lebanon": {}, "negative": {}}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            p = pool_of(doc)
            if p:
                pools[p].setdefault((doc["source"], month(doc)), []).append(doc)
    out = []
    for name, buckets in pools.items():
        keys = sorted(buckets)
        for k in keys:
            buckets[k].sort(key=lambda d: d["doc_id"])
            rnd.shuffle(buckets[k])
        taken = 0
        while taken < a.per_pool and any(buckets[k] for k in keys):
            for k in keys:
                if not buckets[k] or taken >= a.per_pool:
                    continue
                doc = buckets[k].pop()
                for i in pick_paragraphs(doc, name, rnd):
                    text = doc["paragraphs"][i]
                    out.append({
                        "key": "ant/%s/%d" % (doc["doc_id"], i),
                        "sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(),
                        "pool": name, "outlet": doc["source"], "month": month(doc), "category": doc["category"],
                        "title": doc["title"], "text": text,
                        "before": doc["paragraphs"][i - 1] if i > 0 else "",
                        "after": doc["paragraphs"][i + 1] if i + 1 < len(doc["paragraphs"]) else "",
                    })
                    taken += 1
    rnd.shuffle(out)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("%d paragraphs -> %s" % (len(out), a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
