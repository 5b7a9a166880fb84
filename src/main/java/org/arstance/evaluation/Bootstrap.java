package org.arstance.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded bootstrap over held-out items: a percentile 95% interval for macro-F1 or F_avg, and a
 * paired test of the difference between two systems scored on the same items. The resampling
 * unit is a cluster of items: paragraphs of one article (or story) are correlated, so the
 * evaluation of labelled paragraphs resamples whole stories (a cluster bootstrap); items with
 * no unit given are each their own.
 */
public final class Bootstrap {

    public static final int RESAMPLES = 2000;

    private final int resamples;
    private final long seed;
    /** Each item's unit, or null when every item is its own. */
    private final List<String> units;

    public Bootstrap(int resamples, long seed) {
        this(resamples, seed, null);
    }

    /** @param units each item's resampling unit (a story id, say), in the order of the lists to be scored */
    public Bootstrap(int resamples, long seed, List<String> units) {
        if (resamples < 1000) {
            throw new IllegalArgumentException("at least 1000 resamples, not " + resamples);
        }
        this.resamples = resamples;
        this.seed = seed;
        this.units = units == null ? null : List.copyOf(units);
    }

    /** A bootstrap over held-out predictions, in order, that resamples whole stories. */
    public static Bootstrap overStories(int resamples, long seed, List<HeldOutPrediction> predictions) {
        return new Bootstrap(resamples, seed, predictions.stream().map(HeldOutPrediction::story).toList());
    }

    /** The number of units resampled from {@code n} items. */
    public int unitCount(int n) {
        return members(n).length;
    }

    public int resamples() {
        return resamples;
    }

    /** [lower, upper] of the 95% percentile interval of macro-F1. */
    public Interval macroF1Interval(List<String> gold, List<String> predicted) {
        return interval(encode(gold, predicted, predicted), TaskMetrics::macroF1);
    }

    /**
     * [lower, upper] of the 95% percentile interval of the mean F1 of {@code classes} (F_avg), each
     * resample scored as {@link TaskMetrics#meanF1} scores: a class without gold support in a
     * resample is left out of the mean.
     */
    public Interval meanF1Interval(List<String> gold, List<String> predicted, List<String> classes) {
        Encoded e = encode(gold, predicted, predicted);
        int[] codes = classes.stream().mapToInt(e.labels::indexOf).toArray();
        return interval(e, (g, p, k) -> TaskMetrics.meanF1(g, p, k, codes));
    }

    /** A statistic of encoded gold and predicted labels over {@code k} classes. */
    @FunctionalInterface
    private interface Statistic {
        double of(int[] gold, int[] predicted, int k);
    }

    private Interval interval(Encoded e, Statistic statistic) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[][] members = members(e.gold.length);
        double[] stats = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            int[] draw = draw(members, rnd);
            stats[b] = statistic.of(pick(e.gold, draw), pick(e.a, draw), e.labels.size());
        }
        Arrays.sort(stats);
        return new Interval(quantile(stats, 0.025), quantile(stats, 0.975));
    }

    /**
     * The unit of each of {@code n} items, units numbered from 0 in order of first appearance
     * (each item a unit of its own when the bootstrap resamples items).
     */
    public int[] unitOf(int n) {
        int[] out = new int[n];
        if (units == null) {
            Arrays.setAll(out, i -> i);
            return out;
        }
        if (units.size() != n) {
            throw new IllegalArgumentException(units.size() + " units for " + n + " items");
        }
        java.util.Map<String, Integer> number = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            out[i] = number.computeIfAbsent(units.get(i), u -> number.size());
        }
        return out;
    }

    /** The items of each unit, units in order of first appearance. */
    private int[][] members(int n) {
        int[] unit = unitOf(n);
        List<List<Integer>> byUnit = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (unit[i] == byUnit.size()) {
                byUnit.add(new ArrayList<>());
            }
            byUnit.get(unit[i]).add(i);
        }
        return byUnit.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** One resample: as many units as there are, drawn with replacement; the items of each, in order. */
    private static int[] draw(int[][] members, SplittableRandom rnd) {
        int[][] chosen = new int[members.length][];
        int size = 0;
        for (int u = 0; u < members.length; u++) {
            chosen[u] = members[rnd.nextInt(members.length)];
            size += chosen[u].length;
        }
        int[] out = new int[size];
        int at = 0;
        for (int[] c : chosen) {
            System.arraycopy(c, 0, out, at, c.length);
            at += c.length;
        }
        return out;
    }

    private static int[] pick(int[] codes, int[] draw) {
        int[] out = new int[draw.length];
        for (int i = 0; i < draw.length; i++) {
            out[i] = codes[draw[i]];
        }
        return out;
    }

    /**
     * Two-sided p-value of the paired bootstrap test that systems A and B have the same macro-F1
     * on these items: the share of resamples whose difference, shifted to the null, is at least as
     * large in absolute value as the observed difference (the shift method of Berg-Kirkpatrick et
     * al., 2012), floored at 1 / resamples.
     */
    public double pairedPValue(List<String> gold, List<String> a, List<String> b) {
        return pairedPValue(encode(gold, a, b), TaskMetrics::macroF1);
    }

    /** As {@link #pairedPValue}, for the mean F1 of {@code classes} (F_avg) instead of macro-F1. */
    public double pairedMeanF1PValue(List<String> gold, List<String> a, List<String> b, List<String> classes) {
        Encoded e = encode(gold, a, b);
        int[] codes = classes.stream().mapToInt(e.labels::indexOf).toArray();
        return pairedPValue(e, (g, p, k) -> TaskMetrics.meanF1(g, p, k, codes));
    }

    private double pairedPValue(Encoded e, Statistic statistic) {
        int k = e.labels.size();
        double observed = statistic.of(e.gold, e.a, k) - statistic.of(e.gold, e.b, k);
        SplittableRandom rnd = new SplittableRandom(seed);
        int[][] members = members(e.gold.length);
        int extreme = 0;
        for (int r = 0; r < resamples; r++) {
            int[] draw = draw(members, rnd);
            int[] g = pick(e.gold, draw);
            double d = statistic.of(g, pick(e.a, draw), k) - statistic.of(g, pick(e.b, draw), k);
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
