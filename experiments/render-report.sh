#!/usr/bin/env bash
# Renders a report.html in headless Chromium (Debian's chromium), checks that every chart in it
# decoded and drew, and writes a screenshot PNG.
#   experiments/render-report.sh REPORT.html OUT.png
# Needs: apt-get install chromium
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 REPORT.html OUT.png" >&2
  exit 2
fi
html="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
out="$2"
[ -f "$html" ] || { echo "$1: no such report" >&2; exit 1; }
browser="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$browser" ] || { echo "render-report: chromium is not installed (apt-get install chromium)" >&2; exit 1; }

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --disable-extensions --hide-scrollbars
       --user-data-dir="$profile" --virtual-time-budget=5000)

# 1. every <img> (the charts, embedded as data: URIs) decoded: the page marks <body data-charts="ok/total">
dom="$("$browser" "${flags[@]}" --dump-dom "file://$html" 2>/dev/null)"
marker="$(printf '%s' "$dom" | grep -o 'data-charts="[0-9]*/[0-9]*"' | head -n 1 || true)"
if [ -z "$marker" ]; then
  echo "render-report: $1: the page did not finish loading in Chromium (no data-charts mark)" >&2
  exit 1
fi
counts="${marker#data-charts=\"}"; counts="${counts%\"}"
ok="${counts%/*}"; total="${counts#*/}"
if [ "$total" -eq 0 ] || [ "$ok" -ne "$total" ]; then
  echo "render-report: $1: $ok of $total charts drew in Chromium" >&2
  exit 1
fi

# 2. the screenshot, tall enough for the whole report
"$browser" "${flags[@]}" --window-size=1200,9000 --screenshot="$out" "file://$html" >/dev/null 2>&1
size=$(stat -c %s "$out" 2>/dev/null || echo 0)
if [ "$size" -lt 20000 ]; then
  echo "render-report: $out: screenshot missing or empty ($size bytes)" >&2
  exit 1
fi
echo "render-report: $1 -> $out ($ok/$total charts drawn, $size bytes)"
