package org.arstance.features;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arstance.text.TextAnalyzer;

/**
 * Features of a sentence pair: the terms of the first sentence (prefixed {@code 1|}) and of the
 * second ({@code 2|}), optionally the analyzed words found in only one of them ({@code d1|},
 * {@code d2|}), and overlap values: the Jaccard index of their word sets (also as one of five
 * bins, for a linear model), and whether a negation word is in one sentence and not the other.
 * The negation words come from the benchmark's schema file, normalized as the text is.
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

    public Map<String, Integer> counts(String first, String second, boolean differenceTerms) {
        Map<String, Integer> out = new HashMap<>();
        counter.count(first).forEach((k, v) -> out.put("1|" + k, v));
        counter.count(second).forEach((k, v) -> out.put("2|" + k, v));
        if (differenceTerms) {
            Set<String> a = new HashSet<>(analyzer.terms(first));
            Set<String> b = new HashSet<>(analyzer.terms(second));
            a.stream().filter(w -> !b.contains(w)).forEach(w -> out.put("d1|" + w, 1));
            b.stream().filter(w -> !a.contains(w)).forEach(w -> out.put("d2|" + w, 1));
        }
        return out;
    }

    /** The overlap values, keyed by the names in {@link #OVERLAP} (zero values left out). */
    public Map<String, Double> overlap(String first, String second) {
        Set<String> a = new HashSet<>(analyzer.terms(first));
        Set<String> b = new HashSet<>(analyzer.terms(second));
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        long shared = a.stream().filter(b::contains).count();
        double jaccard = union.isEmpty() ? 0 : shared / (double) union.size();
        Map<String, Double> out = new LinkedHashMap<>();
        if (jaccard > 0) {
            out.put("pair:jaccard", jaccard);
        }
        out.put("pair:jaccard_bin" + Math.min(4, (int) (jaccard * 5)), 1.0);
        boolean na = hasNegation(first);
        boolean nb = hasNegation(second);
        if (na != nb) {
            out.put("pair:negation_mismatch", 1.0);
        } else if (na) {
            out.put("pair:negation_both", 1.0);
        }
        return out;
    }

    private boolean hasNegation(String text) {
        return analyzer.surfaceTokens(text).stream().anyMatch(negations::contains);
    }
}
