package org.arstance.models;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.arstance.features.SparseVector;
import org.arstance.features.TermCounter;
import org.arstance.features.TfidfVectorizer;

/**
 * The names of a classifier's input features: the frozen vocabulary, then (for the topic
 * classifier) the vocabulary's words again for the text around the paragraph in its article, named
 * {@value #CONTEXT} + term, then any extra features (the stance model's topic indicators, a
 * benchmark's group indicators and stacked auxiliary predictions) at indices after them.
 */
public final class FeatureSpace {

    /** The prefix of a context block feature's name. */
    public static final String CONTEXT = "context:";

    private final TfidfVectorizer vocabulary;
    /** The vocabulary indices of the context block's terms, in order (empty: no context block). */
    private final int[] contextTerms;
    /** Each vocabulary index's position in the context block, or -1 (null: no context block). */
    private final int[] contextOf;
    private final List<String> extra;
    /** Each extra feature's position in {@link #extra}. */
    private final Map<String, Integer> extraPositions = new HashMap<>();

    public FeatureSpace(TfidfVectorizer vocabulary, List<String> extra) {
        this(vocabulary, false, extra);
    }

    /**
     * A space with a context block after the vocabulary when {@code context}: the vocabulary's word
     * terms (the context is read for the words that name places, people and bodies; its character
     * n-grams would add four times as many features, and a model the 256 MB heap cannot read).
     */
    public FeatureSpace(TfidfVectorizer vocabulary, boolean context, List<String> extra) {
        this.vocabulary = vocabulary;
        if (context) {
            contextOf = new int[vocabulary.size()];
            java.util.Arrays.fill(contextOf, -1);
            List<Integer> words = new java.util.ArrayList<>();
            for (int i = 0; i < vocabulary.size(); i++) {
                if (vocabulary.term(i).startsWith(TermCounter.WORD)) {
                    contextOf[i] = words.size();
                    words.add(i);
                }
            }
            contextTerms = words.stream().mapToInt(Integer::intValue).toArray();
        } else {
            contextOf = null;
            contextTerms = new int[0];
        }
        this.extra = List.copyOf(extra);
        for (int i = 0; i < this.extra.size(); i++) {
            extraPositions.putIfAbsent(this.extra.get(i), i);
        }
    }

    public int size() {
        return firstExtra() + extra.size();
    }

    public String name(int index) {
        int v = vocabulary.size();
        if (index < v) {
            return vocabulary.term(index);
        }
        return index < firstExtra() ? CONTEXT + vocabulary.term(contextTerms[index - v]) : extra.get(index - firstExtra());
    }

    private int firstExtra() {
        return vocabulary.size() + contextTerms.length;
    }

    /**
     * The entries of {@code x} (a vector over the vocabulary) whose terms the context block has
     * ({@code x} itself when it has no other).
     */
    public SparseVector contextTerms(SparseVector x) {
        requireContext();
        int n = 0;
        for (int i : x.indices()) {
            n += contextOf[i] >= 0 ? 1 : 0;
        }
        if (n == x.size()) {
            return x;
        }
        int[] idx = new int[n];
        double[] val = new double[n];
        int k = 0;
        for (int j = 0; j < x.size(); j++) {
            if (contextOf[x.indices()[j]] >= 0) {
                idx[k] = x.indices()[j];
                val[k++] = x.values()[j];
            }
        }
        return new SparseVector(idx, val);
    }

    /**
     * {@code x} followed by {@code context} (a vector over the vocabulary) times {@code weight} in
     * the context block; the context's terms the block does not have are left out.
     */
    public SparseVector withContext(SparseVector x, SparseVector context, double weight) {
        SparseVector c = contextTerms(context);
        int[] idx = java.util.Arrays.copyOf(x.indices(), x.size() + c.size());
        double[] val = java.util.Arrays.copyOf(x.values(), x.size() + c.size());
        for (int j = 0; j < c.size(); j++) {
            idx[x.size() + j] = vocabulary.size() + contextOf[c.indices()[j]];
            val[x.size() + j] = c.values()[j] * weight;
        }
        return new SparseVector(idx, val);
    }

    private void requireContext() {
        if (contextOf == null) {
            throw new IllegalStateException("a feature space without a context block");
        }
    }

    /** Index of an extra feature. */
    public int extraIndex(String name) {
        Integer i = extraPositions.get(name);
        if (i == null) {
            throw new IllegalArgumentException("no extra feature " + name);
        }
        return firstExtra() + i;
    }

    /**
     * {@code x} with the extra features named in {@code values} set to their values (indices kept
     * increasing); names that are not extra features of this space are left out.
     */
    public SparseVector withValues(SparseVector x, Map<String, Double> values) {
        TreeMap<Integer, Double> added = new TreeMap<>();
        values.forEach((name, v) -> {
            Integer i = extraPositions.get(name);
            if (i != null) {
                added.put(firstExtra() + i, v);
            }
        });
        if (added.isEmpty()) {
            return x;
        }
        int n = x.size() + added.size();
        int[] idx = new int[n];
        double[] val = new double[n];
        int a = 0;
        int out = 0;
        for (Map.Entry<Integer, Double> e : added.entrySet()) {
            while (a < x.size() && x.indices()[a] < e.getKey()) {
                idx[out] = x.indices()[a];
                val[out++] = x.values()[a++];
            }
            idx[out] = e.getKey();
            val[out++] = e.getValue();
        }
        System.arraycopy(x.indices(), a, idx, out, x.size() - a);
        System.arraycopy(x.values(), a, val, out, x.size() - a);
        return new SparseVector(idx, val);
    }

    /** {@code x} with each of the extra features {@code names} set to 1. */
    public SparseVector withIndicators(SparseVector x, List<String> names) {
        int[] extra = names.stream().mapToInt(this::extraIndex).sorted().distinct().toArray();
        int k = x.size();
        int[] idx = java.util.Arrays.copyOf(x.indices(), k + extra.length);
        double[] val = java.util.Arrays.copyOf(x.values(), k + extra.length);
        for (int i = 0; i < extra.length; i++) {
            idx[k + i] = extra[i];
            val[k + i] = 1.0;
        }
        return new SparseVector(idx, val);
    }

    /** {@code x} with the extra feature {@code name} set to 1 (it sorts after every vocabulary and context index). */
    public SparseVector withIndicator(SparseVector x, String name) {
        int k = x.size();
        int[] idx = java.util.Arrays.copyOf(x.indices(), k + 1);
        double[] val = java.util.Arrays.copyOf(x.values(), k + 1);
        idx[k] = extraIndex(name);
        val[k] = 1.0;
        return new SparseVector(idx, val);
    }
}
