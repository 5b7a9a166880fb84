package org.arstance.models;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.arstance.corpus.BenchmarkExample;
import org.arstance.features.FeatureConfig;
import org.arstance.features.PairFeatures;
import org.arstance.features.TermCounter;
import org.arstance.text.AnalysisConfig;
import org.arstance.text.TextAnalyzer;

/**
 * The term counts (and, for a pair, the overlap values) of benchmark examples under one analysis
 * and feature setting, computed once per example and kept: counting does not depend on the
 * training data, so every fold and candidate with these settings can share them.
 */
public final class ExampleFeatures {

    private final TermCounter counter;
    private final PairFeatures pairs;
    private final boolean pairDifference;
    private final Map<String, Values> values = new ConcurrentHashMap<>();

    /** One example's term counts and, for a pair, its overlap values (empty for a single text). */
    private record Values(Map<String, Integer> counts, Map<String, Double> overlap) {
    }

    public ExampleFeatures(AnalysisConfig analysis, FeatureConfig features, List<String> negationWords, boolean pairDifference) {
        TextAnalyzer analyzer = new TextAnalyzer(analysis);
        this.counter = new TermCounter(analyzer, features);
        this.pairs = new PairFeatures(analyzer, counter, negationWords);
        this.pairDifference = pairDifference;
    }

    /** The key under which settings share an instance. */
    public static String key(CandidateConfig c) {
        return org.arstance.io.Json.line(List.of(c.analysis(), c.features(), c.pairDifference()));
    }

    public Map<String, Integer> counts(BenchmarkExample e) {
        return values(e).counts();
    }

    /** The pair overlap values (empty for a single-text example). */
    public Map<String, Double> overlap(BenchmarkExample e) {
        return values(e).overlap();
    }

    private Values values(BenchmarkExample e) {
        return values.computeIfAbsent(e.id(), id -> {
            if (e.text2() == null) {
                return new Values(counter.count(e.text()), Map.of());
            }
            PairFeatures.Pair pair = pairs.analyze(e.text(), e.text2());
            return new Values(pairs.counts(pair, pairDifference), pairs.overlap(pair));
        });
    }
}
