package org.arstance.models;

import java.util.List;
import org.arstance.features.SparseVector;

/** Trains a {@link LabelClassifier} from vectors, their labels and per-example weights. */
public interface ClassifierTrainer {

    LabelClassifier train(List<SparseVector> x, List<String> y, double[] weights, FeatureSpace space, long seed);

    /** The trainer for a model config. */
    static ClassifierTrainer forConfig(ModelConfig config) {
        return config.trainer() == TrainerKind.SMILE_LOGISTIC
                ? new SmileLogisticTrainer(config)
                : new TribuoClassifierTrainer(config);
    }
}
