#!/usr/bin/env python3
"""scikit-learn reference for arstance's public benchmarks (Mawqif, ANS, ANT categories).

Usage: sklearn_benchmark.py REPORT_DIR --data-dir DIR [--root DIR]

Reads REPORT_DIR/split.json (written by `arstance experiment experiments/benchmarks/X.json`: the
benchmark's schema file, the example ids of every split, which splits the final model is trained
on, and the reference's settings under "peer"), reads the benchmark's files from the data
directory exactly as the schema describes them, fits the reference on the final training splits
and predicts the test split. Prints one JSON object:

  {"peer": ..., "sklearn_version": ..., "settings": {...},
   "scores": {"macro_f1": ..., "accuracy": ...}, "predictions": [{"id": ..., "label": ...}]}

The reference is the plain one issue #7 describes: TfidfVectorizer (settings from the config's
"vectorizer", scikit-learn defaults otherwise) + LogisticRegression or LinearSVC (the config's
"classifier" and "classifier_params"). No Arabic normalization. For a pair task the two texts are
joined with the config's "pair_join" into one document. Nothing is tuned; test is used once.

Exit codes: 0 done, 1 bad input or data (one line on stderr), 2 bad usage.
"""

import argparse
import csv
import gzip
import json
import os
import sys


class UserError(Exception):
    pass


def read_json(path, what):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        raise UserError(f"{path}: {what} not found")
    except json.JSONDecodeError as e:
        raise UserError(f"{path}:{e.lineno}: {what} is not valid JSON ({e.msg})")


def read_csv(path, split, schema):
    cols = schema["columns"]
    out = []
    csv.field_size_limit(1 << 30)
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        try:
            header = next(reader)
        except StopIteration:
            raise UserError(f"{path}:1: empty file")
        prev_end = reader.line_num

        def col(name):
            if name not in header:
                raise UserError(f"{path}:1: no column '{name}'")
            return header.index(name)

        text_cols = [col(c) for c in as_list(cols["text"])]
        text2 = col(cols["text2"]) if cols.get("text2") else None
        id_col = col(cols["id"]) if cols.get("id") else None
        label = col(cols["label"])
        group = col(cols["group"]) if cols.get("group") else None
        for row in reader:
            start = prev_end + 1
            prev_end = reader.line_num
            if not row or row == [""]:
                continue
            if len(row) != len(header):
                raise UserError(f"{path}:{start}: {len(row)} fields, the header has {len(header)}")
            out.append({
                "id": row[id_col].strip() if id_col is not None else f"{split}:{start}",
                "text": "\n".join(row[c] for c in text_cols),
                "text2": row[text2] if text2 is not None else None,
                "group": row[group].strip() if group is not None else None,
                "label": row[label].strip(),
            })
    return out


def as_list(v):
    return v if isinstance(v, list) else [v]


def read_jsonl(path, split, schema):
    cols = schema["columns"]
    limit = schema.get("max_list_items", 1 << 30)
    opener = gzip.open if path.endswith(".gz") else open
    out = []
    with opener(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                o = json.loads(line)
            except json.JSONDecodeError:
                raise UserError(f"{path}:{n}: malformed JSON")
            parts = []
            for c in as_list(cols["text"]):
                v = o.get(c)
                if isinstance(v, list):
                    parts.extend(str(x) for x in v[:limit])
                elif v is not None:
                    parts.append(str(v))
            out.append({
                "id": str(o[cols["id"]]) if cols.get("id") else f"{split}:{n}",
                "text": "\n".join(parts),
                "text2": o.get(cols["text2"]) if cols.get("text2") else None,
                "group": o.get(cols["group"]) if cols.get("group") else None,
                "label": str(o[cols["label"]]),
            })
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("report_dir")
    ap.add_argument("--data-dir", required=True)
    ap.add_argument("--root", default=".")
    args = ap.parse_args()
    try:
        import sklearn
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.metrics import accuracy_score, f1_score
        from sklearn.svm import LinearSVC
    except ImportError:
        raise UserError("scikit-learn is not installed for " + sys.executable
                        + " (Debian: apt-get install python3-sklearn)")
    split = read_json(os.path.join(args.report_dir, "split.json"), "split file")
    schema = read_json(os.path.join(args.root, split["schema"]), "benchmark schema")
    peer = split.get("peer", {})
    examples = {}
    for name, rel in schema["splits"].items():
        path = os.path.join(args.data_dir, rel)
        if not os.path.isfile(path):
            raise UserError(f"{path}: not found")
        rows = read_csv(path, name, schema) if schema.get("format", "csv") == "csv" else read_jsonl(path, name, schema)
        for r in rows:
            examples[r["id"]] = r

    def take(names):
        out = []
        for n in names:
            for i in split["splits"][n]:
                if i not in examples:
                    raise UserError(f"{args.report_dir}/split.json: id {i} is not in the data")
                out.append(examples[i])
        return out

    train = take(split["final_training"])
    test = take([split["test"]])
    join = peer.get("pair_join", " ")

    def doc(e):
        return e["text"] if e["text2"] is None else e["text"] + join + e["text2"]

    vec_params = dict(peer.get("vectorizer", {}))
    if "ngram_range" in vec_params:
        vec_params["ngram_range"] = tuple(vec_params["ngram_range"])
    vectorizer = TfidfVectorizer(**vec_params)
    params = dict(peer.get("classifier_params", {}))
    kind = peer.get("classifier", "logistic_regression")
    if kind == "logistic_regression":
        clf = LogisticRegression(**params)
    elif kind == "linear_svc":
        clf = LinearSVC(**params)
    else:
        raise UserError(f"{args.report_dir}/split.json: unknown classifier '{kind}'")
    x = vectorizer.fit_transform([doc(e) for e in train])
    clf.fit(x, [e["label"] for e in train])
    predicted = list(clf.predict(vectorizer.transform([doc(e) for e in test])))
    gold = [e["label"] for e in test]
    labels = sorted(set(gold))
    print(json.dumps({
        "peer": peer.get("name", "scikit-learn reference"),
        "sklearn_version": sklearn.__version__,
        "settings": {"script": "experiments/peers/sklearn_benchmark.py", "vectorizer": vectorizer.get_params(),
                     "classifier": kind, "classifier_params": clf.get_params(), "pair_join": join,
                     "trained_on": split["final_training"], "n_train": len(train), "n_test": len(test)},
        "scores": {"macro_f1": round(f1_score(gold, predicted, labels=labels, average="macro", zero_division=0), 6),
                   "accuracy": round(accuracy_score(gold, predicted), 6)},
        "predictions": [{"id": e["id"], "label": p} for e, p in zip(test, predicted)],
    }, ensure_ascii=False, default=str))


if __name__ == "__main__":
    try:
        main()
    except UserError as e:
        print(f"sklearn_benchmark.py: {e}", file=sys.stderr)
        sys.exit(1)
