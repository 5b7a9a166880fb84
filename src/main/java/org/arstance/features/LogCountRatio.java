package org.arstance.features;

import java.util.List;

/**
 * NB-SVM's log-count ratio (Wang and Manning, 2012) for one class against the rest:
 * {@code r = ln((p / |p|₁) / (q / |q|₁))} with {@code p = α + Σ x̂} over the class's training
 * vectors and {@code q = α + Σ x̂} over the others, {@code x̂} the binarized vector. It is fitted on
 * training vectors only and then scales any vector feature by feature ({@code x ⊙ r}).
 */
public final class LogCountRatio {

    private final double[] ratio;

    private LogCountRatio(double[] ratio) {
        this.ratio = ratio;
    }

    /**
     * @param x         training vectors over a space of {@code dimension} features
     * @param positive  for each vector, whether it belongs to the class
     * @param alpha     additive smoothing (1 in the paper)
     */
    public static LogCountRatio fit(List<SparseVector> x, boolean[] positive, int dimension, double alpha) {
        if (x.size() != positive.length) {
            throw new IllegalArgumentException("vectors and class flags differ in length");
        }
        if (!(alpha > 0)) {
            throw new IllegalArgumentException("alpha must be positive");
        }
        double[] p = new double[dimension];
        double[] q = new double[dimension];
        java.util.Arrays.fill(p, alpha);
        java.util.Arrays.fill(q, alpha);
        for (int i = 0; i < x.size(); i++) {
            double[] side = positive[i] ? p : q;
            SparseVector v = x.get(i);
            for (int k = 0; k < v.size(); k++) {
                if (v.values()[k] > 0) {
                    side[v.indices()[k]] += 1;
                }
            }
        }
        double ps = 0;
        double qs = 0;
        for (int j = 0; j < dimension; j++) {
            ps += p[j];
            qs += q[j];
        }
        double[] r = new double[dimension];
        for (int j = 0; j < dimension; j++) {
            r[j] = Math.log((p[j] / ps) / (q[j] / qs));
        }
        return new LogCountRatio(r);
    }

    public double ratio(int feature) {
        return ratio[feature];
    }

    /** {@code x ⊙ r}; features beyond the fitted dimension (none in normal use) are kept as they are. */
    public SparseVector apply(SparseVector x) {
        double[] v = x.values().clone();
        int[] idx = x.indices();
        for (int k = 0; k < v.length; k++) {
            if (idx[k] < ratio.length) {
                v[k] *= ratio[idx[k]];
            }
        }
        return new SparseVector(idx, v);
    }
}
