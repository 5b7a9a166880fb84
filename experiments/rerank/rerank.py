#!/usr/bin/python3
"""Does a learned re-ranker over the attribution rules' candidates beat the rules?

A side experiment for issue #6 (a benchmark, not part of the product). Input: the file written by
the test-scope class org.arstance.attribution.CandidateExport, one line per labelled paragraph with
what the rules saw in its article. Each paragraph offers a small set of candidate sources: the
rules' resolved source, the speaker named in the paragraph alone, the no-source value, the
outlet's own voice, the sources the rules gave the two paragraphs before it and the article's
first, and every actor mentioned in the paragraph or the article's first paragraph. A logistic
regression scores each (paragraph, candidate) pair from relative features (is it the rules'
choice and by which rule, the previous paragraph's source, its rank among the mentions, …) and
the candidate's identity crossed with the paragraph's kind, position and rule; the best-scoring
candidate is the prediction. Optionally the paragraph's words, crossed with whether the
candidate is the no-source value, the outlet's voice or an actor.

Protocol: leave one outlet out over the development paragraphs (seeds count as one outlet; the
labelling round-3 paragraphs are never trained on nor scored here), then one fit on all
development paragraphs scored once on round 3. Default regularization (C=1), not tuned.

  java -cp target/classes:target/test-classes:$(cat cp.txt) org.arstance.attribution.CandidateExport /tmp/candidates.jsonl
  /usr/bin/python3 experiments/rerank/rerank.py /tmp/candidates.jsonl
"""
import json
import re
import sys

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

NO_SOURCE = "none"   # the schema's no_source
OUTLET_VOICE = "press"  # the schema's actor for the outlet's own voice


def candidates(p):
    pool = [p["rule"], NO_SOURCE, OUTLET_VOICE, p["found"], p["prev"], p["prev2"], p["first_src"]]
    pool += p["mentions"] + p["title_mentions"]
    out = []
    for a in pool:
        if a and a not in out:
            out.append(a)
    return out


def features(p, a, words):
    f = {"cand=" + a: 1}
    if a == p["rule"]:
        f.update({"is_rule": 1, "is_rule&" + p["rule_kind"]: 1, "is_rule&kind=" + p["kind"]: 1,
                  "is_rule&cue=" + p["cue"]: 1, "is_rule&opinion=%s" % p["opinion"]: 1})
    if a == p["found"]:
        f["is_found&" + p["found_kind"]] = 1
    if a == p["prev"]:
        f.update({"is_prev": 1, "is_prev&continuation=%s" % p["continuation"]: 1,
                  "is_prev&rule_kind=" + p["rule_kind"]: 1})
    if a == p["prev2"]:
        f["is_prev2"] = 1
    if a == p["first_src"]:
        f["is_first_source"] = 1
    if a in p["mentions"]:
        f["mention_rank=%d" % min(p["mentions"].index(a), 3)] = 1
        f["mention&rule_kind=" + p["rule_kind"]] = 1
    if a in p["title_mentions"]:
        f["in_first_paragraph"] = 1
    for k, v in (("kind", p["kind"]), ("rule_kind", p["rule_kind"]), ("opinion", p["opinion"]),
                 ("position", min(p["i"], 3)), ("mentions", min(len(p["mentions"]), 2))):
        f["cand=%s&%s=%s" % (a, k, v)] = 1
    if words:
        side = a if a in (NO_SOURCE, OUTLET_VOICE) else "actor"
        for w in p["words"]:
            f["cand=%s&w=%s" % (side, w)] = 1
    return f


def rerank(train, test, words):
    rows, y = [], []
    for p in train:
        for a in candidates(p):
            rows.append(features(p, a, words))
            y.append(int(a == p["gold"]))
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=1.0, max_iter=2000).fit(vectorizer.fit_transform(rows), y)
    out = []
    for p in test:
        cs = candidates(p)
        scores = model.decision_function(vectorizer.transform([features(p, a, words) for a in cs]))
        out.append(cs[int(np.argmax(scores))])
    return out


def accuracy(predicted, paragraphs):
    return sum(a == p["gold"] for a, p in zip(predicted, paragraphs)) / len(paragraphs)


def main(path):
    paragraphs = [json.loads(line) for line in open(path, encoding="utf-8")]
    for p in paragraphs:
        p["words"] = set(re.findall(r"\w+", p["text"]))
    dev = [p for p in paragraphs if not p["heldout"]]
    round3 = [p for p in paragraphs if p["heldout"]]
    covered = sum(p["gold"] in candidates(p) for p in dev) / len(dev)
    print("development paragraphs %d, round 3 %d; gold source among the candidates: %.3f" % (len(dev), len(round3), covered))
    print("%-24s %-10s %s" % ("", "rules", "re-ranker (candidates / + words)"))
    pooled = {False: 0, True: 0}
    for outlet in sorted({p["outlet"] for p in dev}):
        test = [p for p in dev if p["outlet"] == outlet]
        train = [p for p in dev if p["outlet"] != outlet]
        scores = {w: accuracy(rerank(train, test, w), test) for w in pooled}
        for w in pooled:
            pooled[w] += scores[w] * len(test)
        print("%-24s %-10.3f %.3f / %.3f" % ("leave out " + outlet, accuracy([p["rule"] for p in test], test),
                                           scores[False], scores[True]))
    print("%-24s %-10.3f %.3f / %.3f" % ("development, pooled", accuracy([p["rule"] for p in dev], dev),
                                       pooled[False] / len(dev), pooled[True] / len(dev)))
    if round3:
        print("%-24s %-10.3f %.3f / %.3f" % ("round 3 (train: dev)", accuracy([p["rule"] for p in round3], round3),
                                           accuracy(rerank(dev, round3, False), round3),
                                           accuracy(rerank(dev, round3, True), round3)))


if __name__ == "__main__":
    main(sys.argv[1])
