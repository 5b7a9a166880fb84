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

Round 2 (--round2 ROUND1.jsonl): round 1 gave fewer korea and lebanon paragraphs than needed
(many paragraphs of those pools were about other things), so a second draw takes Middle East and
international news articles whose *title* names Lebanon (300 paragraphs) or Korea (130),
excluding every article of round 1, with seed 2024.

Round 3 (--exclude LABELS.jsonl ...): a fresh draw from the round-1 pools, with seed 2026 and
80 paragraphs per pool, excluding every article that any given label file already holds: a
set never seen while the attribution rules were written, to measure them on (issue 6).

usage: sample_ant.py DATA_DIR PER_POOL OUT.jsonl [--seed N] [--exclude LABELS.jsonl ...]
       sample_ant.py DATA_DIR 0 OUT.jsonl --round2 ROUND1.jsonl [--seed 2024]
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


def record(doc, i):
    text = doc["paragraphs"][i]
    return {
        "key": "ant/%s/%d" % (doc["doc_id"], i),
        "sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(),
        "outlet": doc["source"], "month": month(doc), "category": doc["category"],
        "title": doc["title"], "text": text,
        "before": doc["paragraphs"][i - 1] if i > 0 else "",
        "after": doc["paragraphs"][i + 1] if i + 1 < len(doc["paragraphs"]) else "",
    }


def seen_articles(paths):
    """The articles (ant/DOC_ID) whose paragraphs the given label files already hold."""
    seen = set()
    for name in paths:
        with open(name, encoding="utf-8") as f:
            for line in f:
                seen.add(json.loads(line)["key"].rsplit("/", 1)[0])
    return seen


def round2(path, round1, seed):
    seen = seen_articles([round1])
    pools = {"lebanon": {}, "korea": {}}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if "ant/" + d["doc_id"] in seen or d["category"] not in ("middleEast", "internationalNews"):
                continue
            leb, kor = has(d["title"], LEBANON + ["جنوب لبنان"]), has(d["title"], KOREA)
            if leb and not kor:
                pools["lebanon"].setdefault((d["source"], month(d)), []).append(d)
            elif kor and not leb:
                pools["korea"].setdefault((d["source"], month(d)), []).append(d)
    rnd = random.Random(seed)
    out = []
    for name, target in (("lebanon", 300), ("korea", 130)):
        buckets = pools[name]
        keys = sorted(buckets)
        for k in keys:
            buckets[k].sort(key=lambda d: d["doc_id"])
            rnd.shuffle(buckets[k])
        words = LEBANON + ["جنوب لبنان"] if name == "lebanon" else KOREA
        taken = 0
        while taken < target and any(buckets[k] for k in keys):
            for k in keys:
                if not buckets[k] or taken >= target:
                    continue
                d = buckets[k].pop()
                idx = [i for i, p in enumerate(d["paragraphs"]) if len(p.strip()) >= 40]
                hits = [i for i in idx if has(d["paragraphs"][i], words)]
                rest = [i for i in idx if i not in hits]
                rnd.shuffle(hits)
                rnd.shuffle(rest)
                for i in sorted((hits[:2] + rest[:1]) if rest else hits[:3]):
                    out.append(record(d, i))
                    taken += 1
    rnd.shuffle(out)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data_dir")
    ap.add_argument("per_pool", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--round2", metavar="ROUND1.jsonl")
    ap.add_argument("--exclude", nargs="*", default=[], metavar="LABELS.jsonl")
    a = ap.parse_args()
    seen = seen_articles(a.exclude)
    path = a.data_dir.rstrip("/") + "/ant_multisource/ant_multisource_v2.1.jsonl.gz"
    if a.round2:
        out = round2(path, a.round2, 2024 if a.seed is None else a.seed)
        with open(a.out, "w", encoding="utf-8") as f:
            for r in out:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("%d paragraphs -> %s" % (len(out), a.out), file=sys.stderr)
        return
    rnd = random.Random(42 if a.seed is None else a.seed)
    pools = {"korea": {}, "lebanon": {}, "negative": {}}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if "ant/" + doc["doc_id"] in seen:
                continue
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
                    out.append(dict(record(doc, i), pool=name))
                    taken += 1
    rnd.shuffle(out)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("%d paragraphs -> %s" % (len(out), a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
