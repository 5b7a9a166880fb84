package org.arstance.features;

import java.util.HashMap;
import java.util.Map;
import org.arstance.text.AnalyzedText;
import org.arstance.text.TextAnalyzer;

/**
 * The terms of one paragraph: word n-grams ({@code w:}) over the analyzed words, and
 * word-bounded character n-grams ({@code c:}) over the normalized surface words, each word
 * padded with a space on both sides as scikit-learn's {@code char_wb} does.
 *
 * <p>{@link #forEachTerm} hands every occurrence to a {@link TermSink} from one reused buffer
 * (the vectorizing path); {@link #count} collects them into a map (the fitting path).
 */
public final class TermCounter {

    public static final String WORD = "w:";
    public static final String CHAR = "c:";
    private static final int PREFIX = 2;

    private final TextAnalyzer analyzer;
    private final FeatureConfig config;

    public TermCounter(TextAnalyzer analyzer, FeatureConfig config) {
        this.analyzer = analyzer;
        this.config = config;
    }

    public FeatureConfig config() {
        return config;
    }

    /** Each term occurrence of the paragraph, in a fixed order, to {@code sink}. */
    public void forEachTerm(String text, TermSink sink) {
        forEachTerm(analyzer.analyze(text, config.charNgrams()), sink);
    }

    /**
     * As {@link #forEachTerm(String, TermSink)}, over a paragraph already analyzed by this counter's
     * analyzer (with its surface words when char n-grams are on).
     */
    public void forEachTerm(AnalyzedText analyzed, TermSink sink) {
        char[] chars = analyzed.chars();
        int words = analyzed.termCount();
        char[] buf = new char[128];
        buf[0] = 'w';
        buf[1] = ':';
        for (int n = 1; n <= config.wordNgramMax(); n++) {
            for (int i = 0; i + n <= words; i++) {
                int length = PREFIX;
                for (int k = i; k < i + n; k++) {
                    length += analyzed.end(k) - analyzed.start(k) + (k > i ? 1 : 0);
                }
                buf = ensure(buf, length);
                int at = PREFIX;
                for (int k = i; k < i + n; k++) {
                    if (k > i) {
                        buf[at++] = ' ';
                    }
                    int w = analyzed.end(k) - analyzed.start(k);
                    System.arraycopy(chars, analyzed.start(k), buf, at, w);
                    at += w;
                }
                sink.term(buf, length);
            }
        }
        if (config.charNgrams()) {
            char[] padded = new char[64];
            for (int s = words; s < words + analyzed.surfaceCount(); s++) {
                int w = analyzed.end(s) - analyzed.start(s);
                int p = w + 2;
                padded = ensure(padded, p);
                padded[0] = ' ';
                System.arraycopy(chars, analyzed.start(s), padded, 1, w);
                padded[p - 1] = ' ';
                buf = ensure(buf, PREFIX + p);
                buf[0] = 'c';
                buf[1] = ':';
                for (int n = config.charNgramMin(); n <= config.charNgramMax() && n <= p; n++) {
                    for (int i = 0; i + n <= p; i++) {
                        System.arraycopy(padded, i, buf, PREFIX, n);
                        sink.term(buf, PREFIX + n);
                    }
                }
            }
        }
    }

    /** How often each term occurs in the paragraph. */
    public Map<String, Integer> count(String text) {
        return count(analyzer.analyze(text, config.charNgrams()));
    }

    /** As {@link #count(String)}, over a paragraph already analyzed (see {@link #forEachTerm(AnalyzedText, TermSink)}). */
    public Map<String, Integer> count(AnalyzedText analyzed) {
        Map<String, Integer> counts = new HashMap<>();
        forEachTerm(analyzed, (chars, length) -> counts.merge(new String(chars, 0, length), 1, Integer::sum));
        return counts;
    }

    private static char[] ensure(char[] buf, int length) {
        return buf.length >= length ? buf : java.util.Arrays.copyOf(buf, Math.max(length, buf.length * 2));
    }
}
