package org.arstance.models;

import java.util.List;
import java.util.function.IntFunction;
import org.arstance.features.SparseVector;

/**
 * A linear classifier's weights laid out over the indices of a {@link FeatureSpace}, so that a
 * paragraph's vector is scored with no per-example objects and no feature-name lookups: one
 * multiply-add per active feature and label, then the model's link function. It is built once
 * at load time from the trained model (which stays the source of truth, see
 * {@link TribuoLinearWeights}) and gives the same probabilities as the library's own prediction.
 *
 * <p>Weights are feature-major ({@code weights[feature * labels + label]}), which keeps the
 * labels of one feature on one cache line. Labels are in the order of the list it is built with.
 */
final class LinearScorer {

    /** How raw scores become the values {@link #probabilities} returns. */
    enum Link {
        /** Softmax over the labels (multinomial logistic regression; also the scores of a margin model). */
        SOFTMAX,
        /** One logistic per label, normalized to sum to one (liblinear's one-vs-rest logistic regression). */
        LOGISTIC_NORMALIZED,
        /** A single logistic for the first label, its complement for the second (liblinear, two labels). */
        LOGISTIC_BINARY,
        /** A single margin for the first label and its negation for the second, then softmax (liblinear SVM, two labels). */
        MARGIN_BINARY
    }

    private final List<String> labels;
    private final int width;
    private final double[] weights;
    private final double[] bias;
    private final Link link;

    /**
     * @param weights feature-major weights over the feature space, {@code width} per feature
     *                ({@code width} is 1 for the binary links, the number of labels otherwise)
     * @param bias    the constant score per weight column
     */
    LinearScorer(List<String> labels, int width, double[] weights, double[] bias, Link link) {
        boolean binary = link == Link.LOGISTIC_BINARY || link == Link.MARGIN_BINARY;
        if (binary ? labels.size() != 2 || width != 1 : width != labels.size()) {
            throw new IllegalArgumentException("weight width " + width + " does not fit " + labels.size() + " labels under " + link);
        }
        if (weights.length % width != 0 || bias.length != width) {
            throw new IllegalArgumentException("weights and bias do not match the width " + width);
        }
        this.labels = List.copyOf(labels);
        this.width = width;
        this.weights = weights;
        this.bias = bias;
        this.link = link;
    }

    /** How many feature indices the weights cover. */
    int features() {
        return weights.length / width;
    }

    /** The raw linear scores {@code W x + b}, one per weight column. */
    double[] scores(SparseVector x) {
        double[] s = bias.clone();
        int[] idx = x.indices();
        double[] val = x.values();
        int n = features();
        for (int k = 0; k < idx.length; k++) {
            int f = idx[k];
            if (f < n) {
                int base = f * width;
                double v = val[k];
                for (int c = 0; c < width; c++) {
                    s[c] += weights[base + c] * v;
                }
            }
        }
        return s;
    }

    double[] probabilities(SparseVector x) {
        double[] s = scores(x);
        return switch (link) {
            case SOFTMAX -> EvidenceRanker.softmax(s);
            case LOGISTIC_NORMALIZED -> {
                double sum = 0;
                for (int c = 0; c < s.length; c++) {
                    s[c] = 1.0 / (1.0 + Math.exp(-s[c]));
                    sum += s[c];
                }
                for (int c = 0; c < s.length; c++) {
                    s[c] /= sum;
                }
                yield s;
            }
            case LOGISTIC_BINARY -> {
                double p = 1.0 / (1.0 + Math.exp(-s[0]));
                yield new double[] {p, 1.0 - p};
            }
            case MARGIN_BINARY -> EvidenceRanker.softmax(new double[] {s[0], -s[0]});
        };
    }

    /**
     * The {@code k} active features of {@code x} that weigh most toward {@code label}: each
     * feature's contribution to that label's score minus its mean contribution over the labels,
     * strongest first, ties by name. {@code names} gives each feature index its name.
     */
    List<Evidence> evidence(SparseVector x, String label, int k, IntFunction<String> names) {
        int target = labels.indexOf(label);
        int[] idx = x.indices();
        double[] val = x.values();
        int n = features();
        double[] margin = new double[idx.length];
        for (int j = 0; j < idx.length; j++) {
            margin[j] = idx[j] < n ? contribution(idx[j], val[j], target) : 0.0;
        }
        return TopK.of(idx, margin, k, names);
    }

    /** A feature's share of {@code label}'s score minus its mean share over all labels. */
    private double contribution(int feature, double value, int label) {
        int base = feature * width;
        if (width == 1) {
            // two labels scored as +s and -s: the mean is zero
            double s = weights[base] * value;
            return label == 0 ? s : -s;
        }
        double mean = 0;
        for (int c = 0; c < width; c++) {
            mean += weights[base + c] * value;
        }
        mean /= width;
        return weights[base + label] * value - mean;
    }

    /**
     * For each label, the {@code k} features of the whole model that weigh most toward it (weight
     * minus the mean weight over the labels), leaving out the features {@code skip} names.
     */
    List<List<Evidence>> topFeatures(int k, IntFunction<String> names, java.util.function.Predicate<String> skip) {
        int n = features();
        int[] kept = java.util.stream.IntStream.range(0, n).filter(f -> !skip.test(names.apply(f))).toArray();
        List<List<Evidence>> out = new java.util.ArrayList<>();
        double[] margin = new double[kept.length];
        for (int l = 0; l < labels.size(); l++) {
            for (int j = 0; j < kept.length; j++) {
                margin[j] = contribution(kept[j], 1.0, l);
            }
            out.add(TopK.of(kept, margin, k, names));
        }
        return out;
    }
}
