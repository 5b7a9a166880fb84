package org.arstance.features;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A frozen TF-IDF vocabulary: the terms kept from the training paragraphs (sorted), their
 * inverse document frequencies, and the settings that turn term counts into vectors. It is
 * made only by {@link #fit} on training paragraphs and never changes afterwards, so that a
 * held-out paragraph can never add a term or move an IDF.
 *
 * <p>IDF is smoothed as in scikit-learn: {@code ln((1 + N) / (1 + df)) + 1}.
 */
public final class TfidfVectorizer {

    private final String[] terms;
    private final double[] idf;
    private final int documents;
    private final boolean sublinearTf;
    private final boolean l2Normalize;
    private final TermIndex termIndex;
    /** Per-thread count accumulator over the vocabulary, reused from paragraph to paragraph. */
    private final ThreadLocal<Accumulator> accumulators;

    @JsonCreator
    TfidfVectorizer(@JsonProperty("terms") String[] terms, @JsonProperty("idf") double[] idf,
                    @JsonProperty("documents") int documents, @JsonProperty("sublinear_tf") boolean sublinearTf,
                    @JsonProperty("l2_normalize") boolean l2Normalize) {
        if (terms.length != idf.length) {
            throw new IllegalArgumentException("terms and idf differ in length");
        }
        for (int i = 1; i < terms.length; i++) {
            if (terms[i - 1].compareTo(terms[i]) >= 0) {
                throw new IllegalArgumentException("vocabulary is not sorted and unique at " + i);
            }
        }
        this.terms = terms;
        this.idf = idf;
        this.documents = documents;
        this.sublinearTf = sublinearTf;
        this.l2Normalize = l2Normalize;
        this.termIndex = new TermIndex(terms);
        this.accumulators = ThreadLocal.withInitial(() -> new Accumulator(terms.length));
    }

    /** Fits the vocabulary and IDF on the term counts of the training paragraphs only. */
    public static TfidfVectorizer fit(List<Map<String, Integer>> training, FeatureConfig config) {
        Map<String, Integer> df = new HashMap<>();
        for (Map<String, Integer> doc : training) {
            for (String term : doc.keySet()) {
                df.merge(term, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> kept = new ArrayList<>();
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            if (e.getValue() >= config.minDf()) {
                kept.add(e);
            }
        }
        if (kept.size() > config.maxFeatures()) {
            kept.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            kept = new ArrayList<>(kept.subList(0, config.maxFeatures()));
        }
        kept.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
        int n = training.size();
        String[] terms = new String[kept.size()];
        double[] idf = new double[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            terms[i] = kept.get(i).getKey();
            idf[i] = Math.log((1.0 + n) / (1.0 + kept.get(i).getValue())) + 1.0;
        }
        return new TfidfVectorizer(terms, idf, n, config.sublinearTf(), config.l2Normalize());
    }

    /** The TF-IDF vector of a paragraph's term counts; terms outside the vocabulary are ignored. */
    public SparseVector tfidf(Map<String, Integer> counts) {
        return weigh(counts(counts));
    }

    /**
     * The raw in-vocabulary counts of a paragraph, its terms counted straight into vocabulary
     * indices (as {@code counts(counter.count(text))}, with no string or map per term).
     */
    public SparseVector counts(TermCounter counter, String text) {
        Accumulator acc = accumulators.get();
        try {
            counter.forEachTerm(text, (chars, length) -> {
                int i = termIndex.find(chars, length);
                if (i >= 0) {
                    acc.add(i);
                }
            });
        } catch (RuntimeException e) {
            acc.drain(); // leave it empty for the thread's next paragraph
            throw e;
        }
        return acc.drain();
    }

    /**
     * The TF-IDF vector (sublinear TF and L2 norm as configured) of raw in-vocabulary counts, such
     * as {@link #counts(TermCounter, String)} gives or the {@link SparseVector#sum} of several.
     */
    public SparseVector tfidf(SparseVector rawCounts) {
        return weigh(new SparseVector(rawCounts.indices().clone(), rawCounts.values().clone()));
    }

    /** TF-IDF weights (sublinear TF and L2 norm as configured) of a raw count vector, in place. */
    private SparseVector weigh(SparseVector raw) {
        int[] idx = raw.indices();
        double[] v = raw.values();
        double norm = 0;
        for (int k = 0; k < idx.length; k++) {
            double tf = sublinearTf ? 1.0 + Math.log(v[k]) : v[k];
            v[k] = tf * idf[idx[k]];
            norm += v[k] * v[k];
        }
        if (l2Normalize && norm > 0) {
            double scale = 1.0 / Math.sqrt(norm);
            for (int k = 0; k < v.length; k++) {
                v[k] *= scale;
            }
        }
        return new SparseVector(idx, v);
    }

    /** The raw counts of a paragraph's in-vocabulary terms (for count models such as naive Bayes). */
    public SparseVector counts(Map<String, Integer> counts) {
        int[] idx = new int[counts.size()];
        int size = 0;
        for (String term : counts.keySet()) {
            int i = termIndex.find(term);
            if (i >= 0) {
                idx[size++] = i;
            }
        }
        idx = Arrays.copyOf(idx, size);
        Arrays.sort(idx);
        double[] v = new double[size];
        for (int k = 0; k < size; k++) {
            v[k] = counts.get(terms[idx[k]]);
        }
        return new SparseVector(idx, v);
    }

    /** Counts by vocabulary index for one paragraph at a time; {@link #drain} empties it. */
    private static final class Accumulator {
        private final int[] counts;
        private int[] touched = new int[256];
        private int size;

        Accumulator(int vocabulary) {
            counts = new int[vocabulary];
        }

        void add(int i) {
            if (counts[i]++ == 0) {
                if (size == touched.length) {
                    touched = Arrays.copyOf(touched, size * 2);
                }
                touched[size++] = i;
            }
        }

        SparseVector drain() {
            int[] idx = Arrays.copyOf(touched, size);
            Arrays.sort(idx);
            double[] v = new double[size];
            for (int k = 0; k < size; k++) {
                v[k] = counts[idx[k]];
                counts[idx[k]] = 0;
            }
            size = 0;
            return new SparseVector(idx, v);
        }
    }

    @JsonProperty("terms")
    public String[] terms() {
        return terms.clone();
    }

    @JsonProperty("idf")
    public double[] idf() {
        return idf.clone();
    }

    public String term(int i) {
        return terms[i];
    }

    public int size() {
        return terms.length;
    }

    public boolean contains(String term) {
        return termIndex.find(term) >= 0;
    }

    public double idf(String term) {
        int i = termIndex.find(term);
        return i < 0 ? Double.NaN : idf[i];
    }

    /** How many training paragraphs the IDF was fit on. */
    @JsonProperty("documents")
    public int documents() {
        return documents;
    }

    @JsonProperty("sublinear_tf")
    public boolean sublinearTf() {
        return sublinearTf;
    }

    @JsonProperty("l2_normalize")
    public boolean l2Normalize() {
        return l2Normalize;
    }
}
