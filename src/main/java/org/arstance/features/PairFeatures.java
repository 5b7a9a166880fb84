package org.arstance.features;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arstance.text.AnalyzedText;
import org.arstance.text.TextAnalyzer;

/**
 * Features of a sentence pair: the terms of the first sentence (prefixed {@code 1|}) and of the
 * second ({@code 2|}), optionally the analyzed words found in only one of them ({@code d1|},
 * {@code d2|}), and overlap values: the Jaccard index of their word sets (also as one of five
 * bins, for a linear model), and whether a negation word is in one sentence and not the other.
 * The negation words come from the benchmark's schema file, normalized as the text is. Each
 * sentence goes through the analysis chain once ({@link #analyze}).
 */
public final class PairFeatures {

    public static final List<String> OVERLAP = List.of("pair:jaccard", "pair:jaccard_bin0", "pair:jaccard_bin1",
            "pair:jaccard_bin2", "pair:jaccard_bin3", "pair:jaccard_bin4", "pair:negation_mismatch", "pair:negation_both");

    private final TextAnalyzer analyzer;
    private final TermCounter counter;
    private final Set<String> negations;

    public PairFeatures(TextAnalyzer analyzer, TermCounter counter, List<String> negationWords) {
        this.analyzer = analyzer;
        this.counter = counter;
        this.negations = new HashSet<>();
        negationWords.forEach(w -> negations.add(analyzer.normalizer().normalize(w)));
    }

    /**
     * Both sentences of a pair through the analysis chain once, with their surface words, and the
     * set of each one's terms.
     */
    public record Pair(AnalyzedText first, AnalyzedText second, Set<String> firstTerms, Set<String> secondTerms) {
    }

    public Pair analyze(String first, String second) {
        AnalyzedText a = analyzer.analyze(first, true);
        AnalyzedText b = analyzer.analyze(second, true);
        return new Pair(a, b, new HashSet<>(a.terms()), new HashSet<>(b.terms()));
    }

    public Map<String, Integer> counts(Pair pair, boolean differenceTerms) {
        Map<String, Integer> out = new HashMap<>();
        counter.count(pair.first()).forEach((k, v) -> out.put("1|" + k, v));
        counter.count(pair.second()).forEach((k, v) -> out.put("2|" + k, v));
        if (differenceTerms) {
            Set<String> a = pair.firstTerms();
            Set<String> b = pair.secondTerms();
            a.stream().filter(w -> !b.contains(w)).forEach(w -> out.put("d1|" + w, 1));
            b.stream().filter(w -> !a.contains(w)).forEach(w -> out.put("d2|" + w, 1));
        }
        return out;
    }

    /** The overlap values, keyed by the names in {@link #OVERLAP} (zero values left out). */
    public Map<String, Double> overlap(Pair pair) {
        Set<String> a = pair.firstTerms();
        Set<String> b = pair.secondTerms();
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        long shared = a.stream().filter(b::contains).count();
        double jaccard = union.isEmpty() ? 0 : shared / (double) union.size();
        Map<String, Double> out = new LinkedHashMap<>();
        if (jaccard > 0) {
            out.put("pair:jaccard", jaccard);
        }
        out.put("pair:jaccard_bin" + Math.min(4, (int) (jaccard * 5)), 1.0);
        boolean na = hasNegation(pair.first());
        boolean nb = hasNegation(pair.second());
        if (na != nb) {
            out.put("pair:negation_mismatch", 1.0);
        } else if (na) {
            out.put("pair:negation_both", 1.0);
        }
        return out;
    }

    private boolean hasNegation(AnalyzedText text) {
        return text.surface().stream().anyMatch(negations::contains);
    }
}
