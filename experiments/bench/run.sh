#!/usr/bin/env bash
# Whole-process throughput benchmark: arstance classify against the scikit-learn reference.
#
#   experiments/bench/run.sh [N]        (default N = 100000; run from the repository root)
#
# 1. takes the first N ANT paragraphs longer than 40 characters, in file order, into a temporary
#    JSON-lines file (the corpus: $ARSTANCE_DATA, else ../shared/data);
# 2. times training on labels/ alone (`bin/arstance train`), then training on labels/ plus a
#    5-fold evaluation in one process (`bin/arstance evaluate --protocol kfold:5
#    --no-learning-curve --model-out FILE`: the model it writes is the one classify uses);
# 3. times `bin/arstance classify` on the file with that model as a whole process (JVM start
#    included) under -Xmx256m, with peak resident memory from /usr/bin/time -v;
# 4. times experiments/peers/sklearn_throughput.py (TF-IDF word 1-2-grams + LinearSVC fit on the
#    first 20,000 paragraphs with their ANT categories, then predict on all N) the same way;
# 5. prints paragraphs/s and MB/s for both and their ratio, and the training times, and writes them, with the machine's
#    core count and the exact commands, to experiments/reports/bench/.
# BENCH_XMX sets arstance's heap (default 256m).
# Needs: Java 17, Maven, /usr/bin/time (Debian 'time'), /usr/bin/python3 with python3-sklearn.
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-100000}"
xmx="${BENCH_XMX:-256m}"   # the heap arstance runs under (issue 8 asks for 256m)
data="${ARSTANCE_DATA:-../shared/data}"
for tool in /usr/bin/time /usr/bin/python3; do
  [ -x "$tool" ] || { echo "bench: $tool is needed (apt-get install time python3-sklearn)" >&2; exit 1; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "bench: extracting $n ANT paragraphs" >&2
python3 experiments/bench/extract_ant.py "$data" "$n" "$work/paragraphs.jsonl"
paragraphs=$(wc -l < "$work/paragraphs.jsonl")
bytes=$(stat -c %s "$work/paragraphs.jsonl")

measure() { # name, command...: runs under /usr/bin/time -v, prints "seconds rss_kb"
  local name="$1"; shift
  if ! /usr/bin/time -v -o "$work/$name.time" "$@" > "$work/$name.out" 2> "$work/$name.err"; then
    echo "bench: $name failed:" >&2
    tail -n 3 "$work/$name.err" >&2
    exit 1
  fi
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$work/$name.time" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$work/$name.time" | awk '{print $NF}')
  echo "$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }') $rss"
}

train_cmd=(bin/arstance train --labels labels --data-dir "$data" --out "$work/train-only.zip")
evaluate_cmd=(bin/arstance evaluate --labels labels --data-dir "$data" --protocol kfold:5 --no-learning-curve --report "$work/report" --model-out "$work/model.zip")
echo "bench: training the model on labels/" >&2
measure train "${train_cmd[@]}" > "$work/train.measure"
read -r t_s t_kb < "$work/train.measure"
echo "bench: training on labels/ and a 5-fold evaluation, in one process" >&2
measure evaluate "${evaluate_cmd[@]}" > "$work/evaluate.measure"
read -r e_s e_kb < "$work/evaluate.measure"

arstance_cmd=(env ARSTANCE_JAVA_OPTS=-Xmx$xmx bin/arstance classify --model "$work/model.zip" --out "$work/predictions.jsonl" "$work/paragraphs.jsonl")
sklearn_cmd=(/usr/bin/python3 experiments/peers/sklearn_throughput.py "$work/paragraphs.jsonl")
echo "bench: arstance classify" >&2
measure arstance "${arstance_cmd[@]}" > "$work/arstance.measure"
read -r a_s a_kb < "$work/arstance.measure"
echo "bench: scikit-learn" >&2
measure sklearn "${sklearn_cmd[@]}" > "$work/sklearn.measure"
read -r s_s s_kb < "$work/sklearn.measure"

cores=$(nproc)
mkdir -p experiments/reports/bench
python3 - "$paragraphs" "$bytes" "$a_s" "$a_kb" "$s_s" "$s_kb" "$cores" "$work/sklearn.out" \
  "${arstance_cmd[*]}" "${sklearn_cmd[*]}" "$t_s" "$e_s" "${train_cmd[*]}" "${evaluate_cmd[*]}" <<'PY'
import json, sys
p, b, a_s, a_kb, s_s, s_kb, cores, sk_out, a_cmd, s_cmd, t_s, e_s, t_cmd, e_cmd = sys.argv[1:]
t_s, e_s = float(t_s), float(e_s)
p, b, a_s, s_s = int(p), int(b), float(a_s), float(s_s)
sk = json.loads(open(sk_out).read().strip().splitlines()[-1])
r = {"paragraphs": p, "megabytes": round(b / 1e6, 2), "cores": int(cores),
     "arstance": {"seconds": a_s, "paragraphs_per_s": round(p / a_s, 1), "mb_per_s": round(b / 1e6 / a_s, 3),
                  "peak_rss_mb": round(int(a_kb) / 1024, 1), "command": a_cmd},
     "sklearn": {"seconds": s_s, "paragraphs_per_s": round(p / s_s, 1), "mb_per_s": round(b / 1e6 / s_s, 3),
                 "peak_rss_mb": round(int(s_kb) / 1024, 1), "command": s_cmd, "detail": sk},
     "ratio_arstance_over_sklearn": round((p / a_s) / (p / s_s), 3),
     "training": {"train_seconds": t_s, "train_plus_kfold5_seconds": e_s,
                  "train_command": t_cmd, "train_plus_kfold5_command": e_cmd}}
json.dump(r, open("experiments/reports/bench/results.json", "w"), indent=2)
md = ["# Throughput: arstance classify against scikit-learn", "",
      f"{p} ANT paragraphs ({r['megabytes']} MB of JSON lines), {cores} cores. Whole processes, start-up included; "
      "peak resident memory from /usr/bin/time -v. Produced by `experiments/bench/run.sh`.", "",
      "| system | seconds | paragraphs/s | MB/s | peak RSS (MB) |", "|---|---|---|---|---|"]
for k in ("arstance", "sklearn"):
    x = r[k]
    md.append(f"| {k} | {x['seconds']} | {x['paragraphs_per_s']} | {x['mb_per_s']} | {x['peak_rss_mb']} |")
ratio, rss = r['ratio_arstance_over_sklearn'], r['arstance']['peak_rss_mb']
verdict = ("met" if ratio >= 5 and rss < 400 else "**not met**: " + "; ".join(
    ([f"arstance runs at {ratio} times scikit-learn's paragraphs/s, not 5 times"] if ratio < 5 else [])
    + ([f"its peak RSS is {rss} MB, not under 400 MB"] if rss >= 400 else [])))
md += ["", f"Ratio arstance / scikit-learn (paragraphs/s): {ratio}.", "",
       f"Issue 8's target (at least 5 times scikit-learn's paragraphs/s, with arstance's peak RSS under 400 MB): {verdict}. "
       "Where the time goes, and what arstance does that the reference does not: [profile.md](profile.md).", "",
       "arstance: `" + a_cmd + "` (topic, stance and source with evidence, model trained on labels/).", "",
       "scikit-learn: `" + s_cmd + f"` (fit on {sk['fit_paragraphs']} paragraphs: {sk['fit_s']} s; predict on all: "
       f"{sk['predict_s']} s; one label per paragraph, no evidence).", "",
       "## Training", "",
       f"Training on all the labels plus a 5-fold evaluation, in one process (`{e_cmd}`: the five folds, and the "
       f"model on all the labels written as `train` writes it): **{e_s} s** (issue 8's target: under 30 s on two cores). "
       f"Training alone (`{t_cmd}`): {t_s} s.", "",
       ""]
open("experiments/reports/bench/results.md", "w").write("\n".join(md))
print("\n".join(md))
PY
