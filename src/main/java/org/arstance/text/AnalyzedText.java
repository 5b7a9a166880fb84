package org.arstance.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A paragraph through the analysis chain once: its words after the whole chain ("terms") and,
 * when asked for, its normalized surface words, kept as ranges of one character array (no
 * {@code String} per word). Filled by {@link TextAnalyzer#analyze}; read by index.
 */
public final class AnalyzedText {

    private char[] chars = new char[256];
    private int length;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int words;
    private int terms = -1;

    AnalyzedText() {
    }

    /** Appends a word (called by the analyzer while it runs a chain). */
    void add(char[] buffer, int count) {
        if (length + count > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(length + count, chars.length * 2));
        }
        if (words == starts.length) {
            starts = Arrays.copyOf(starts, words * 2);
            ends = Arrays.copyOf(ends, words * 2);
        }
        System.arraycopy(buffer, 0, chars, length, count);
        starts[words] = length;
        length += count;
        ends[words] = length;
        words++;
    }

    /** Marks the end of the terms: the words added after are surface words. */
    void endTerms() {
        terms = words;
    }

    /** The characters of every word; word {@code i} is {@code chars()[start(i), end(i))}. */
    public char[] chars() {
        return chars;
    }

    /** How many words the whole chain gave (words 0 to {@code termCount() - 1}). */
    public int termCount() {
        return terms;
    }

    /** How many surface words there are (they follow the terms). */
    public int surfaceCount() {
        return words - terms;
    }

    public int start(int word) {
        return starts[word];
    }

    public int end(int word) {
        return ends[word];
    }

    /** The terms as strings (for tests and reports, not the hot path). */
    public List<String> terms() {
        return strings(0, terms);
    }

    /** The surface words as strings (for tests and reports, not the hot path). */
    public List<String> surface() {
        return strings(terms, words);
    }

    private List<String> strings(int from, int to) {
        List<String> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(new String(chars, starts[i], ends[i] - starts[i]));
        }
        return out;
    }
}
