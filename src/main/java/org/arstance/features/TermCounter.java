package org.arstance.features;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.arstance.text.TextAnalyzer;

/**
 * Counts the terms of one paragraph: word n-grams ({@code w:}) over the analyzed words, and
 * word-bounded character n-grams ({@code c:}) over the normalized surface words, each word
 * padded with a space on both sides as scikit-learn's {@code char_wb} does.
 */
public final class TermCounter {

    public static final String WORD = "w:";
    public static final String CHAR = "c:";

    private final TextAnalyzer analyzer;
    private final FeatureConfig config;

    public TermCounter(TextAnalyzer analyzer, FeatureConfig config) {
        this.analyzer = analyzer;
        this.config = config;
    }

    public FeatureConfig config() {
        return config;
    }

    public Map<String, Integer> count(String text) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> words = analyzer.terms(text);
        for (int n = 1; n <= config.wordNgramMax(); n++) {
            for (int i = 0; i + n <= words.size(); i++) {
                String gram = n == 1 ? words.get(i) : String.join(" ", words.subList(i, i + n));
                counts.merge(WORD + gram, 1, Integer::sum);
            }
        }
        if (config.charNgrams()) {
            for (String word : analyzer.surfaceTokens(text)) {
                String padded = " " + word + " ";
                for (int n = config.charNgramMin(); n <= config.charNgramMax() && n <= padded.length(); n++) {
                    for (int i = 0; i + n <= padded.length(); i++) {
                        counts.merge(CHAR + padded.substring(i, i + n), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }
}
