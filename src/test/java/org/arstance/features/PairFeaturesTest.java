package org.arstance.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arstance.corpus.BenchmarkExample;
import org.arstance.corpus.BenchmarkReader;
import org.arstance.corpus.BenchmarkSchema;
import org.arstance.corpus.DataDirectory;
import org.arstance.text.AnalysisConfig;
import org.arstance.text.TextAnalyzer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Pair features on ANS sentence pairs: each sentence analyzed once gives what the separate chains give. */
class PairFeaturesTest {

    private static final BenchmarkSchema ANS = BenchmarkSchema.load(Path.of("experiments", "benchmarks", "ans.schema.json"));
    private final TextAnalyzer analyzer = new TextAnalyzer(AnalysisConfig.full());
    private final TermCounter counter = new TermCounter(analyzer, new FeatureConfig(2, true, 2, 5, true, 2, 50000, true));
    private final PairFeatures pairs = new PairFeatures(analyzer, counter, ANS.negationWords());

    private static List<BenchmarkExample> ansDev() {
        Path data = DataDirectory.resolve(null);
        Assumptions.assumeTrue(Files.isDirectory(data.resolve("ans")), "ANS not beside the project");
        return new BenchmarkReader(ANS, data).read(42).split("dev");
    }

    @Test
    void onAnsDevPairsOneAnalysisGivesTheTermsOverlapAndNegationsOfTheSeparateChains() {
        Set<String> negations = new HashSet<>();
        ANS.negationWords().forEach(w -> negations.add(analyzer.normalizer().normalize(w)));
        int mismatches = 0;
        for (BenchmarkExample e : ansDev()) {
            PairFeatures.Pair pair = pairs.analyze(e.text(), e.text2());
            Map<String, Integer> counts = pairs.counts(pair, true);
            counter.count(e.text()).forEach((k, v) -> assertEquals(v, counts.get("1|" + k), e.id() + " " + k));
            counter.count(e.text2()).forEach((k, v) -> assertEquals(v, counts.get("2|" + k), e.id() + " " + k));
            Set<String> a = new HashSet<>(analyzer.terms(e.text()));
            Set<String> b = new HashSet<>(analyzer.terms(e.text2()));
            a.stream().filter(w -> !b.contains(w)).forEach(w -> assertEquals(1, counts.get("d1|" + w), e.id() + " " + w));
            Set<String> union = new HashSet<>(a);
            union.addAll(b);
            double jaccard = union.isEmpty() ? 0 : a.stream().filter(b::contains).count() / (double) union.size();
            Map<String, Double> overlap = pairs.overlap(pair);
            assertEquals(jaccard, overlap.getOrDefault("pair:jaccard", 0.0), 1e-12, e.id());
            boolean na = analyzer.surfaceTokens(e.text()).stream().anyMatch(negations::contains);
            boolean nb = analyzer.surfaceTokens(e.text2()).stream().anyMatch(negations::contains);
            assertEquals(na != nb, overlap.containsKey("pair:negation_mismatch"), e.id());
            mismatches += na != nb ? 1 : 0;
        }
        assertTrue(mismatches > 0, "some ANS dev pairs differ by a negation");
    }

    @Test
    void aSentenceAgainstItsNegationSharesMostWordsAndDiffersByTheNegation() {
        List<BenchmarkExample> dev = ansDev();
        String s1 = dev.get(0).text();
        Map<String, Double> same = pairs.overlap(pairs.analyze(s1, s1));
        assertEquals(1.0, same.get("pair:jaccard"), 1e-12);
        assertTrue(same.containsKey("pair:jaccard_bin4"));
        assertFalse(same.containsKey("pair:negation_mismatch"));
        Map<String, Double> negated = pairs.overlap(pairs.analyze(s1, "لم " + s1));
        assertTrue(negated.containsKey("pair:negation_mismatch"), negated.toString());
    }
}
