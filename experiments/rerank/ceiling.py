#!/usr/bin/python3
"""How far could a better choice among the actors a paragraph names take source accuracy?

A side analysis for issue #6 (a benchmark, not part of the product). Input: the file written by
the test-scope class org.arstance.attribution.CandidateExport. Starting from the rules' sources,
it grants, one step after another, an oracle that knows the gold source, and prints the accuracy
each step would reach:

  1. the rules as they are;
  2. subject choice: where the rules name an actor, the gold is an actor, and the paragraph
     mentions the gold actor, the right one is chosen (the most a parser could add: it tells the
     subject of a verb from its object, not whether a mention speaks);
  3. speaker or not: where the rules say no source but the paragraph mentions the gold actor, it
     is found (an official act the verb list lacks, a mention the rules passed over);
  4. coreference: where the gold actor is not mentioned in the paragraph but in a paragraph before
     it in the article, it is found (a pronoun, a title, a name defined earlier);
  5. narration: where the gold says no source, none is given.

What no step grants is a gold actor named nowhere in the article up to the paragraph (an
official known only by name, police or a lawyer counted by country): that needs knowing who the
person is. The figures are upper bounds: every step assumes a perfect judgement.

  java -cp target/classes:target/test-classes:$(cat cp.txt) org.arstance.attribution.CandidateExport /tmp/candidates.jsonl
  /usr/bin/python3 experiments/rerank/ceiling.py /tmp/candidates.jsonl
"""
import json
import sys

NO_SOURCE = "none"  # the schema's no_source

STEPS = ["rules as they are", "+ subject choice", "+ speaker or not", "+ coreference", "+ narration"]


def step_fixed(p):
    """The first step that makes the paragraph right, 0 if the rules already are, None if no step does."""
    gold, rule = p["gold"], p["rule"]
    if gold == rule:
        return 0
    if gold == NO_SOURCE:
        return 4
    if gold in p["mentions"]:
        return 1 if rule != NO_SOURCE else 2
    if gold in p["before_mentions"]:
        return 3
    return None


def main(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    splits = {"all": rows,
              "development": [p for p in rows if p["round"] is None],
              "rounds 3-5 (held out)": [p for p in rows if p["round"] is not None]}
    print("| step | " + " | ".join(f"{name} (n={len(ps)})" for name, ps in splits.items()) + " |")
    print("|---|" + "---|" * len(splits))
    for k, step in enumerate(STEPS):
        cells = []
        for ps in splits.values():
            right = sum(1 for p in ps if (s := step_fixed(p)) is not None and s <= k)
            cells.append(f"{right / len(ps):.3f}")
        print(f"| {step} | " + " | ".join(cells) + " |")
    unknown = sum(1 for p in rows if step_fixed(p) is None)
    print(f"\nwrong under every step (gold actor named nowhere in the article up to the paragraph): {unknown}")


if __name__ == "__main__":
    main(sys.argv[1])
