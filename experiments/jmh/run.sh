#!/usr/bin/env bash
# JMH microbenchmarks of the hot path, in ns per paragraph (see ParagraphBenchmarks.java).
#
#   experiments/jmh/run.sh [JMH options]     (from anywhere; it runs from the repository root)
#
# Installs the arstance jar into the local Maven repository, builds the benchmark jar (a separate
# Maven project: `mvn verify` at the root never runs it) and runs it; the results are printed and
# written to experiments/reports/bench/jmh.txt. Extra arguments go to JMH (e.g. -f 1 -wi 1 -i 3).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests install
mvn -B -q -f experiments/jmh/pom.xml package
mkdir -p experiments/reports/bench
java -jar experiments/jmh/target/benchmarks.jar "$@" | tee experiments/reports/bench/jmh.txt.tmp
mv experiments/reports/bench/jmh.txt.tmp experiments/reports/bench/jmh.txt
