#!/usr/bin/env python3
"""The scikit-learn throughput reference for experiments/bench/run.sh: TF-IDF word 1-2-grams +
LinearSVC fit on the first 20,000 paragraphs of a JSON-lines file with their `category`, then
`predict` on all of them. Prints one JSON line of timings. A benchmark, not part of arstance.

usage: /usr/bin/python3 sklearn_throughput.py PARAGRAPHS.jsonl [--fit N]
"""
import argparse
import json
import sys
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paragraphs")
    ap.add_argument("--fit", type=int, default=20000)
    a = ap.parse_args()
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC
    import sklearn
    t0 = time.perf_counter()
    texts, cats = [], []
    with open(a.paragraphs, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            texts.append(r["text"])
            cats.append(r["category"])
    t1 = time.perf_counter()
    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
    x = vec.fit_transform(texts[:a.fit])
    clf = LinearSVC(C=1.0, random_state=0).fit(x, cats[:a.fit])
    t2 = time.perf_counter()
    pred = clf.predict(vec.transform(texts))
    t3 = time.perf_counter()
    print(json.dumps({"sklearn": sklearn.__version__, "paragraphs": len(texts), "fit_paragraphs": min(a.fit, len(texts)),
                      "read_s": round(t1 - t0, 3), "fit_s": round(t2 - t1, 3), "predict_s": round(t3 - t2, 3),
                      "predicted": len(pred)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
