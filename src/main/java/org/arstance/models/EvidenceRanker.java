package org.arstance.models;

import java.util.List;

/** Ranks features by how much more they score for one label than on average over all labels. */
final class EvidenceRanker {

    private EvidenceRanker() {
    }

    /**
     * @param names  feature names, one per column of {@code scores}
     * @param scores scores[label][feature]
     * @param target the row of the label to explain
     */
    static List<Evidence> top(String[] names, double[][] scores, int target, int k) {
        int[] features = new int[names.length];
        double[] margin = new double[names.length];
        for (int f = 0; f < names.length; f++) {
            double mean = 0;
            for (double[] row : scores) {
                mean += row[f];
            }
            mean /= scores.length;
            features[f] = f;
            margin[f] = scores[target][f] - mean;
        }
        return TopK.of(features, margin, k, f -> names[f]);
    }

    static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        double[] p = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            p[i] = Math.exp(scores[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
