package org.arstance.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded bootstrap over held-out paragraphs: a percentile 95% interval for macro-F1, and a
 * paired test of the difference in macro-F1 between two systems scored on the same paragraphs.
 * Paragraphs of one article are correlated, so paragraph-level resampling gives intervals that
 * are, if anything, too narrow; reports say so.
 */
public final class Bootstrap {

    public static final int RESAMPLES = 2000;

    private final int resamples;
    private final long seed;

    public Bootstrap(int resamples, long seed) {
        if (resamples < 1000) {
            throw new IllegalArgumentException("at least 1000 resamples, not " + resamples);
        }
        this.resamples = resamples;
        this.seed = seed;
    }

    public int resamples() {
        return resamples;
    }

    /** [lower, upper] of the 95% percentile interval of macro-F1. */
    public double[] macroF1Interval(List<String> gold, List<String> predicted) {
        return interval(encode(gold, predicted, predicted), TaskMetrics::macroF1);
    }

    /**
     * [lower, upper] of the 95% percentile interval of the mean F1 of {@code classes} (F_avg), each
     * resample scored as {@link TaskMetrics#meanF1} scores: a class without gold support in a
     * resample is left out of the mean.
     */
    public double[] meanF1Interval(List<String> gold, List<String> predicted, List<String> classes) {
        Encoded e = encode(gold, predicted, predicted);
        int[] codes = classes.stream().mapToInt(e.labels::indexOf).toArray();
        return interval(e, (g, p, k) -> TaskMetrics.meanF1(g, p, k, codes));
    }

    /** A statistic of encoded gold and predicted labels over {@code k} classes. */
    @FunctionalInterface
    private interface Statistic {
        double of(int[] gold, int[] predicted, int k);
    }

    private double[] interval(Encoded e, Statistic statistic) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] stats = new double[resamples];
        int n = e.gold.length;
        int[] g = new int[n];
        int[] p = new int[n];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) {
                int j = rnd.nextInt(n);
                g[i] = e.gold[j];
                p[i] = e.a[j];
            }
            stats[b] = statistic.of(g, p, e.labels.size());
        }
        Arrays.sort(stats);
        return new double[] {quantile(stats, 0.025), quantile(stats, 0.975)};
    }

    /**
     * Two-sided p-value of the paired bootstrap test that systems A and B have the same macro-F1
     * on these paragraphs: twice the share of resamples (shifted to the null) at least as extreme
     * as the observed difference (the shift method of Berg-Kirkpatrick et al., 2012), floored at
     * 1 / resamples.
     */
    public double pairedPValue(List<String> gold, List<String> a, List<String> b) {
        Encoded e = encode(gold, a, b);
        int n = e.gold.length;
        double observed = TaskMetrics.macroF1(e.gold, e.a, e.labels.size()) - TaskMetrics.macroF1(e.gold, e.b, e.labels.size());
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] g = new int[n];
        int[] pa = new int[n];
        int[] pb = new int[n];
        int extreme = 0;
        for (int r = 0; r < resamples; r++) {
            for (int i = 0; i < n; i++) {
                int j = rnd.nextInt(n);
                g[i] = e.gold[j];
                pa[i] = e.a[j];
                pb[i] = e.b[j];
            }
            double d = TaskMetrics.macroF1(g, pa, e.labels.size()) - TaskMetrics.macroF1(g, pb, e.labels.size());
            if (Math.abs(d - observed) >= Math.abs(observed) - 1e-12) {
                extreme++;
            }
        }
        return Math.max(1.0 / resamples, Math.min(1.0, (double) extreme / resamples));
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    /** Labels as codes: the index of each in {@code labels}, in order of first appearance. */
    private record Encoded(int[] gold, int[] a, int[] b, List<String> labels) {
    }

    private static Encoded encode(List<String> gold, List<String> a, List<String> b) {
        if (gold.size() != a.size() || gold.size() != b.size() || gold.isEmpty()) {
            throw new IllegalArgumentException("paired lists must be non-empty and of one length");
        }
        List<String> labels = new ArrayList<>();
        int[][] out = new int[3][gold.size()];
        List<List<String>> lists = List.of(gold, a, b);
        for (int l = 0; l < 3; l++) {
            for (int i = 0; i < gold.size(); i++) {
                String s = lists.get(l).get(i);
                int idx = labels.indexOf(s);
                if (idx < 0) {
                    labels.add(s);
                    idx = labels.size() - 1;
                }
                out[l][i] = idx;
            }
        }
        return new Encoded(out[0], out[1], out[2], List.copyOf(labels));
    }
}
