package org.arstance.models;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.arstance.features.SparseVector;

/** Trains a {@link LabelClassifier} from vectors, their labels and per-example weights. */
public interface ClassifierTrainer {

    LabelClassifier train(List<SparseVector> x, List<String> y, double[] weights, FeatureSpace space, long seed);

    /** Balanced example weights: N / (K × n_class) for each example of class n_class. */
    static double[] balancedWeights(List<String> y) {
        Map<String, Integer> n = new HashMap<>();
        y.forEach(l -> n.merge(l, 1, Integer::sum));
        double[] w = new double[y.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = y.size() / ((double) n.size() * n.get(y.get(i)));
        }
        return w;
    }

    /** Equal example weights, one per example. */
    static double[] unitWeights(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0);
        return w;
    }

    /** The trainer for a model config. */
    static ClassifierTrainer forConfig(ModelConfig config) {
        return config.trainer() == TrainerKind.SMILE_LOGISTIC
                ? new SmileLogisticTrainer(config)
                : new TribuoClassifierTrainer(config);
    }
}
