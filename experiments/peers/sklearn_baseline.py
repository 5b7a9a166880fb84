#!/usr/bin/env python3
"""Plain scikit-learn peer for arstance's topic and stance evaluation.

Usage: sklearn_baseline.py REPORT_DIR [--root DIR] [--json]

Reads REPORT_DIR/folds.json (written by arstance's evaluator), and for every fold fits a
TfidfVectorizer(word 1-2 + char_wb 2-5) + LinearSVC topic model and stance model on the fold's
train paragraphs only, then predicts the fold's test paragraphs. Stance is predicted toward the
*predicted* topic: a predicted topic without a target gets the schema's no-stance value.

This is a benchmark, not part of arstance's runtime. See README.md in this folder.

Exit codes: 0 done, 1 bad input or data (one line on stderr naming the file or id),
2 bad usage.
"""

import argparse
import collections
import json
import os
import sys
import warnings

PEER = "scikit-learn TfidfVectorizer(word 1-2 + char_wb 2-5) + LinearSVC"

WORD_NGRAMS = (1, 2)
CHAR_NGRAMS = (2, 5)
MIN_DF = 2
C = 1.0
CLASS_WEIGHT = "balanced"


class UserError(Exception):
    """Bad input or data; reported as one line on stderr, exit code 1."""


# ---------------------------------------------------------------------------------------------
# Input


def read_json_file(path, what):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        raise UserError(f"{path}: {what} not found")
    except IsADirectoryError:
        raise UserError(f"{path}: {what} is a directory, not a file")
    except UnicodeDecodeError as e:
        raise UserError(f"{path}: {what} is not UTF-8 ({e.reason} at byte {e.start})")
    except json.JSONDecodeError as e:
        raise UserError(f"{path}:{e.lineno}: {what} is not valid JSON ({e.msg}, column {e.colno})")
    except OSError as e:
        raise UserError(f"{path}: cannot read {what} ({e.strerror})")


def read_folds(report_dir):
    path = os.path.join(report_dir, "folds.json")
    data = read_json_file(path, "folds file")
    if not isinstance(data, dict):
        raise UserError(f"{path}: expected a JSON object at the top level")

    seed = data.get("seed")
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise UserError(f"{path}: 'seed' must be an integer")
    schema = data.get("schema")
    if not isinstance(schema, str) or not schema:
        raise UserError(f"{path}: 'schema' must be a non-empty string (a path)")
    label_files = data.get("label_files")
    if (not isinstance(label_files, list) or not label_files
            or not all(isinstance(x, str) and x for x in label_files)):
        raise UserError(f"{path}: 'label_files' must be a non-empty list of paths")
    folds = data.get("folds")
    if not isinstance(folds, list) or not folds:
        raise UserError(f"{path}: 'folds' must be a non-empty list")

    names = set()
    for i, fold in enumerate(folds):
        where = f"{path}: fold {i + 1}"
        if not isinstance(fold, dict):
            raise UserError(f"{where}: expected an object with 'name', 'train' and 'test'")
        name = fold.get("name")
        if not isinstance(name, str) or not name:
            raise UserError(f"{where}: 'name' must be a non-empty string")
        where = f"{path}: fold '{name}'"
        if name in names:
            raise UserError(f"{where}: duplicate fold name")
        names.add(name)
        for key in ("train", "test"):
            ids = fold.get(key)
            if not isinstance(ids, list) or not all(isinstance(x, str) for x in ids):
                raise UserError(f"{where}: '{key}' must be a list of paragraph ids")
            dup = first_duplicate(ids)
            if dup is not None:
                raise UserError(f"{where}: paragraph id '{dup}' appears twice in '{key}'")
        if not fold["train"]:
            raise UserError(f"{where}: 'train' is empty")
        if not fold["test"]:
            raise UserError(f"{where}: 'test' is empty")
        both = set(fold["train"]) & set(fold["test"])
        if both:
            raise UserError(f"{where}: paragraph id '{min(both)}' is in both train and test")

    return {
        "path": path,
        "protocol": data.get("protocol"),
        "seed": seed,
        "schema": schema,
        "label_files": label_files,
        "folds": folds,
    }


def first_duplicate(items):
    seen = set()
    for x in items:
        if x in seen:
            return x
        seen.add(x)
    return None


def read_schema(path):
    data = read_json_file(path, "schema")
    if not isinstance(data, dict):
        raise UserError(f"{path}: expected a JSON object at the top level")
    no_stance = data.get("no_stance")
    if not isinstance(no_stance, str) or not no_stance:
        raise UserError(f"{path}: 'no_stance' must be a non-empty string")
    topics = data.get("topics")
    if not isinstance(topics, list) or not topics:
        raise UserError(f"{path}: 'topics' must be a non-empty list")
    has_target = {}
    for i, t in enumerate(topics):
        if not isinstance(t, dict) or not isinstance(t.get("id"), str) or not t["id"]:
            raise UserError(f"{path}: topic {i + 1} has no string 'id'")
        if "target" not in t:
            raise UserError(f"{path}: topic '{t['id']}' has no 'target' (use null for none)")
        has_target[t["id"]] = t["target"] is not None
    return {"no_stance": no_stance, "has_target": has_target}


def read_corpus(data_dir, keys):
    """Returns {key: text} for ANT corpus keys ant/<doc_id>/<0-based paragraph index>."""
    import gzip
    path = os.path.join(data_dir, "ant_multisource", "ant_multisource_v2.1.jsonl.gz")
    wanted = {}
    for key in keys:
        doc, _, index = key[len("ant/"):].rpartition("/")
        wanted.setdefault(doc, set()).add(int(index))
    found = {}
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                for i in wanted.get(d["doc_id"], ()):
                    if i < len(d["paragraphs"]):
                        found["ant/%s/%d" % (d["doc_id"], i)] = d["paragraphs"][i]
    except FileNotFoundError:
        raise UserError(f"{path}: the ANT corpus is not there (give --data-dir)")
    return found


def read_labels(paths, schema, schema_path, data_dir):
    """Returns {paragraph id: (text, topic, stance)} over all label files.

    A record holds its own text (doc, n, text; id doc#n) or points into the ANT corpus
    (key, sha1; id = key), its text joined from the corpus and checked against the SHA-1."""
    import hashlib
    records = {}
    origin = {}
    pending = {}
    for path in paths:
        try:
            f = open(path, encoding="utf-8")
        except FileNotFoundError:
            raise UserError(f"{path}: label file not found")
        except IsADirectoryError:
            raise UserError(f"{path}: label file is a directory, not a file")
        except OSError as e:
            raise UserError(f"{path}: cannot read label file ({e.strerror})")
        with f:
            try:
                lines = f.read().split("\n")
            except UnicodeDecodeError as e:
                raise UserError(f"{path}: label file is not UTF-8 ({e.reason} at byte {e.start})")
        for lineno, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                raise UserError(f"{where}: not valid JSON ({e.msg}, column {e.colno})")
            if not isinstance(r, dict):
                raise UserError(f"{where}: expected a JSON object")
            corpus = "key" in r
            for key in (("key", "sha1") if corpus else ("doc", "text")) + ("topic", "stance"):
                if not isinstance(r.get(key), str):
                    raise UserError(f"{where}: '{key}' must be a string")
            if corpus:
                pid = r["key"]
                if not pid.startswith("ant/"):
                    raise UserError(f"{where}: unknown corpus in key '{pid}'")
            else:
                n = r.get("n")
                if not isinstance(n, int) or isinstance(n, bool):
                    raise UserError(f"{where}: 'n' must be an integer")
                pid = r["doc"] + "#" + str(n)
            if r["topic"] not in schema["has_target"]:
                raise UserError(f"{where}: topic '{r['topic']}' of '{pid}' is not in {schema_path}")
            if pid in records or pid in pending:
                raise UserError(f"{where}: paragraph id '{pid}' already labelled at {origin[pid]}")
            origin[pid] = where
            if corpus:
                pending[pid] = (r["sha1"], r["topic"], r["stance"])
            else:
                records[pid] = (r["text"], r["topic"], r["stance"])
    if pending:
        texts = read_corpus(data_dir, pending)
        for pid, (sha1, topic, stance) in pending.items():
            text = texts.get(pid)
            if text is None:
                raise UserError(f"{origin[pid]}: key '{pid}' is not in the corpus")
            if hashlib.sha1(text.encode("utf-8")).hexdigest() != sha1:
                raise UserError(f"{origin[pid]}: hash of '{pid}' does not match the corpus text")
            records[pid] = (text, topic, stance)
    return records


# ---------------------------------------------------------------------------------------------
# Models


def make_features():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion

    return FeatureUnion([
        ("word", TfidfVectorizer(analyzer="word", ngram_range=WORD_NGRAMS,
                                 sublinear_tf=True, min_df=MIN_DF)),
        ("char_wb", TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS,
                                    sublinear_tf=True, min_df=MIN_DF)),
    ])


def majority(labels):
    """Most frequent label; ties go to the smallest label, so the result is deterministic."""
    counts = collections.Counter(labels)
    return min(counts, key=lambda k: (-counts[k], k))


class Classifier:
    """Tf-idf features + LinearSVC, with the degenerate cases spelled out.

    - one class in the training data: predict it;
    - no class (empty training data): predict `empty`;
    - no feature survives min_df=2 (tiny training data): predict the majority class.
    """

    def __init__(self, seed, empty):
        self.seed = seed
        self.empty = empty
        self.constant = None
        self.features = None
        self.svm = None
        self.notes = []

    def fit(self, texts, labels):
        from sklearn.exceptions import ConvergenceWarning
        from sklearn.svm import LinearSVC

        classes = sorted(set(labels))
        if not classes:
            self.constant = self.empty
            return self
        if len(classes) == 1:
            self.constant = classes[0]
            return self
        features = make_features()
        try:
            x = features.fit_transform(texts)
        except ValueError as e:
            if "empty vocabulary" not in str(e):
                raise
            self.constant = majority(labels)
            self.notes.append("no feature reached min_df=2; predicted the majority class")
            return self
        svm = LinearSVC(C=C, class_weight=CLASS_WEIGHT, random_state=self.seed)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ConvergenceWarning)
            svm.fit(x, labels)
        if any(issubclass(w.category, ConvergenceWarning) for w in caught):
            self.notes.append("LinearSVC did not converge")
        self.features = features
        self.svm = svm
        return self

    def predict(self, texts):
        if not texts:
            return []
        if self.constant is not None:
            return [self.constant] * len(texts)
        return [str(y) for y in self.svm.predict(self.features.transform(texts))]


def run_fold(fold, records, schema, seed):
    train = [records[i] for i in fold["train"]]
    test = [records[i] for i in fold["test"]]
    no_stance = schema["no_stance"]
    has_target = schema["has_target"]

    topic_model = Classifier(seed, empty=None).fit(
        [t for t, _, _ in train], [topic for _, topic, _ in train])
    stance_train = [(t, s) for t, topic, s in train if has_target[topic]]
    stance_model = Classifier(seed, empty=no_stance).fit(
        [t for t, _ in stance_train], [s for _, s in stance_train])

    test_texts = [t for t, _, _ in test]
    topics = topic_model.predict(test_texts)
    targeted = [k for k, topic in enumerate(topics) if has_target[topic]]
    stances = [no_stance] * len(test)
    for k, s in zip(targeted, stance_model.predict([test_texts[k] for k in targeted])):
        stances[k] = s

    notes = [f"fold '{fold['name']}' topic: {n}" for n in topic_model.notes]
    notes += [f"fold '{fold['name']}' stance: {n}" for n in stance_model.notes]
    predictions = [
        {"id": pid, "fold": fold["name"], "topic": topic, "stance": stance}
        for pid, topic, stance in zip(fold["test"], topics, stances)
    ]
    return predictions, notes


# ---------------------------------------------------------------------------------------------
# Main


def settings(spec):
    return {
        "folds_file": "folds.json",
        "protocol": spec["protocol"],
        "seed": spec["seed"],
        "schema": spec["schema"],
        "label_files": spec["label_files"],
        "folds": len(spec["folds"]),
        "features": {
            "union": "FeatureUnion(word, char_wb)",
            "word": {"vectorizer": "TfidfVectorizer", "analyzer": "word",
                     "ngram_range": list(WORD_NGRAMS), "sublinear_tf": True, "min_df": MIN_DF},
            "char_wb": {"vectorizer": "TfidfVectorizer", "analyzer": "char_wb",
                        "ngram_range": list(CHAR_NGRAMS), "sublinear_tf": True, "min_df": MIN_DF},
            "normalization": "none (scikit-learn defaults: lowercase=True, "
                             "token_pattern=r\"(?u)\\b\\w\\w+\\b\")",
        },
        "classifier": {"name": "LinearSVC", "C": C, "class_weight": CLASS_WEIGHT,
                       "random_state": spec["seed"]},
        "topic": "trained on all train paragraphs of the fold",
        "stance": "trained on the fold's train paragraphs whose gold topic has a target; "
                  "predicted toward the predicted topic, which gets the schema's no_stance "
                  "value when it has no target",
    }


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="sklearn_baseline.py",
        description="Plain scikit-learn topic and stance peer over the folds of an arstance "
                    "evaluation report.")
    parser.add_argument("report_dir", metavar="REPORT_DIR",
                        help="folder holding folds.json")
    parser.add_argument("--root", default=".", metavar="DIR",
                        help="folder the schema and label file paths are relative to "
                             "(default: the current directory)")
    parser.add_argument("--data-dir", default=os.path.join("..", "shared", "data"), metavar="DIR",
                        help="where the public corpora are, for label records that point into one "
                             "(default: ../shared/data)")
    parser.add_argument("--json", action="store_true",
                        help="print the predictions as one JSON object instead of scores")
    args = parser.parse_args(argv)

    try:
        import sklearn
    except ImportError:
        print(f"error: scikit-learn is not installed for {sys.executable}; install it with "
              "'apt-get install python3-sklearn' and run this script with /usr/bin/python3",
              file=sys.stderr)
        return 1

    try:
        spec = read_folds(args.report_dir)
        schema_path = os.path.join(args.root, spec["schema"])
        schema = read_schema(schema_path)
        records = read_labels([os.path.join(args.root, p) for p in spec["label_files"]],
                              schema, schema_path, args.data_dir)
        for fold in spec["folds"]:
            for key in ("train", "test"):
                for pid in fold[key]:
                    if pid not in records:
                        raise UserError(
                            f"{spec['path']}: fold '{fold['name']}': unknown paragraph id "
                            f"'{pid}' in '{key}' (not in any label file)")
    except UserError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1

    predictions = []
    notes = []
    for fold in spec["folds"]:
        p, n = run_fold(fold, records, schema, spec["seed"])
        predictions += p
        notes += n
    for n in notes:
        print(f"note: {n}", file=sys.stderr)

    if args.json:
        out = {
            "peer": PEER,
            "sklearn_version": sklearn.__version__,
            "settings": settings(spec),
            "predictions": predictions,
        }
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        return 0

    from sklearn.metrics import accuracy_score, f1_score

    for task, column in (("topic", 1), ("stance", 2)):
        gold = [records[p["id"]][column] for p in predictions]
        pred = [p[task] for p in predictions]
        labels = sorted(set(gold))
        f1 = f1_score(gold, pred, average="macro", labels=labels, zero_division=0)
        acc = accuracy_score(gold, pred)
        print(f"{task}: macro-F1 {f1:.3f}, accuracy {acc:.3f} "
              f"({len(predictions)} paragraphs, {len(spec['folds'])} folds)")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        sys.exit(1)
