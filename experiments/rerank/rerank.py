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
candidate is the no-source value, the outlet's voice or an actor. Optionally also what stands
around the candidate's first mention in the paragraph (the words before and after it, whether a
verb of saying is within three words, its position in its sentence, the sentence's first word)
and, for the no-source candidate, the paragraph's first word, how many actors it mentions and
whether it quotes anyone.

Protocol: leave one outlet out over the development paragraphs (seeds count as one outlet; the
paragraphs of labelling rounds 3, 4 and 5, the rules' held-out paragraphs, are never trained on
nor scored here); with --held-out, also one fit on all development paragraphs scored on each of
rounds 3, 4 and 5 (print them once, for a design already fixed). Default regularization (C=1),
not tuned.

  java -cp target/classes:target/test-classes:$(cat cp.txt) org.arstance.attribution.CandidateExport /tmp/candidates.jsonl
  /usr/bin/python3 experiments/rerank/rerank.py /tmp/candidates.jsonl [--held-out]
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


def stem(word):
    return re.sub(r"^[وف]", "", word)


def bucket(n):
    return str(n) if n < 4 else ("4-7" if n < 8 else "8+")


def local_features(p, a):
    f = {}
    loc = p["local"].get(a)
    if loc:
        f.update({"loc": 1, "loc_p1=" + stem(loc["p1"]): 1, "loc_p2=" + stem(loc["p2"]): 1,
                  "loc_n1=" + stem(loc["n1"]): 1, "loc_sep=" + loc["sep_before"]: 1,
                  "loc_verb_before=%s" % loc["verb_before"]: 1, "loc_verb_after=%s" % loc["verb_after"]: 1,
                  "loc_sentence_position=" + bucket(loc["spos"]): 1, "loc_position=" + bucket(loc["pos"]): 1,
                  "loc_rule_kind=%s&sentence_position=%s" % (p["rule_kind"], bucket(loc["spos"])): 1})
        if loc["spos"] <= 2:
            f["loc_sentence_first=" + stem(loc["sent_first"])] = 1
    if a == NO_SOURCE:
        f.update({"none&first=" + stem(p["first_word"]): 1, "none&mentions=%d" % min(len(p["local"]), 3): 1,
                  "none&quote=%s" % bool(re.search("[«\"“]", p["text"])): 1})
    return f


def features(p, a, words, local=False):
    f = {"cand=" + a: 1}
    if local:
        f.update(local_features(p, a))
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


def rerank(train, test, words, local=False):
    rows, y = [], []
    for p in train:
        for a in candidates(p):
            rows.append(features(p, a, words, local))
            y.append(int(a == p["gold"]))
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=1.0, max_iter=2000).fit(vectorizer.fit_transform(rows), y)
    out = []
    for p in test:
        cs = candidates(p)
        scores = model.decision_function(vectorizer.transform([features(p, a, words, local) for a in cs]))
        out.append(cs[int(np.argmax(scores))])
    return out


def accuracy(predicted, paragraphs):
    return sum(a == p["gold"] for a, p in zip(predicted, paragraphs)) / len(paragraphs)


VARIANTS = (("candidates", False, False), ("+ local", False, True), ("+ local + words", True, True))


def main(path, held_out):
    paragraphs = [json.loads(line) for line in open(path, encoding="utf-8")]
    for p in paragraphs:
        words = re.findall(r"\w+", p["text"])
        p["words"] = set(words)
        p["first_word"] = words[0] if words else ""
    dev = [p for p in paragraphs if p["round"] is None]
    covered = sum(p["gold"] in candidates(p) for p in dev) / len(dev)
    print("development paragraphs %d; gold source among the candidates: %.3f" % (len(dev), covered))
    print("%-24s %-10s %s" % ("", "rules", "re-ranker (" + " / ".join(v[0] for v in VARIANTS) + ")"))
    pooled = [0.0] * len(VARIANTS)
    for outlet in sorted({p["outlet"] for p in dev}):
        test = [p for p in dev if p["outlet"] == outlet]
        train = [p for p in dev if p["outlet"] != outlet]
        scores = [accuracy(rerank(train, test, words, local), test) for _, words, local in VARIANTS]
        pooled = [a + s * len(test) for a, s in zip(pooled, scores)]
        print("%-24s %-10.3f %s" % ("leave out " + outlet, accuracy([p["rule"] for p in test], test),
                                    " / ".join("%.3f" % s for s in scores)))
    print("%-24s %-10.3f %s" % ("development, pooled", accuracy([p["rule"] for p in dev], dev),
                                " / ".join("%.3f" % (s / len(dev)) for s in pooled)))
    if not held_out:
        return
    for r in sorted({p["round"] for p in paragraphs if p["round"] is not None}):
        test = [p for p in paragraphs if p["round"] == r]
        print("%-24s %-10.3f %s" % ("round %d (train: dev)" % r, accuracy([p["rule"] for p in test], test),
                                    " / ".join("%.3f" % accuracy(rerank(dev, test, words, local), test)
                                               for _, words, local in VARIANTS)))


if __name__ == "__main__":
    main(sys.argv[1], "--held-out" in sys.argv[2:])
