package org.arstance.models;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.arstance.features.SparseVector;
import smile.classification.SparseLogisticRegression;
import smile.data.SparseDataset;
import smile.util.SparseArray;

/**
 * Smile's sparse logistic regression (L-BFGS, L2 penalty): a batch optimizer Tribuo's
 * classification modules lack, kept for comparison with Tribuo's SGD logistic regression.
 * Smile takes no example weights, so balanced class weights are applied by oversampling every
 * class to the size of the largest (whole copies, deterministic).
 */
final class SmileLogisticTrainer implements ClassifierTrainer {

    private final ModelConfig config;

    SmileLogisticTrainer(ModelConfig config) {
        this.config = config;
    }

    @Override
    public LabelClassifier train(List<SparseVector> x, List<String> y, double[] weights, FeatureSpace space, long seed) {
        List<String> labels = new ArrayList<>(new TreeSet<>(y));
        if (labels.size() < 2) {
            throw new IllegalArgumentException("Smile logistic regression needs two or more labels, got " + labels);
        }
        double minWeight = Double.POSITIVE_INFINITY;
        for (double w : weights) {
            minWeight = Math.min(minWeight, w);
        }
        List<SparseArray> rows = new ArrayList<>();
        List<Integer> classes = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            int copies = config.balanced() ? (int) Math.max(1, Math.round(weights[i] / minWeight)) : 1;
            SparseArray row = SmileLabelClassifier.row(x.get(i));
            for (int c = 0; c < copies; c++) {
                rows.add(row);
                classes.add(labels.indexOf(y.get(i)));
            }
        }
        int[] yy = classes.stream().mapToInt(Integer::intValue).toArray();
        SparseLogisticRegression model = SparseLogisticRegression.fit(
                SparseDataset.of(rows, space.size()), yy, config.lambda(), 1e-5, 500);
        return new SmileLabelClassifier(model, labels, space);
    }
}
